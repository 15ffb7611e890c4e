"""`leadEvents`: creations, changes and erasures of the caller's organisation's leads, live.

The WebSocket is authenticated once by the `connection_init` payload (`{"authorization": "Bearer ..."}`,
else the socket closes with 4403) and re-checked while it is open: a revoked session, a removed member or
a revoked token closes the socket with 4403 within `AUTH_RECHECK_SECONDS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import logging
import time
from collections.abc import AsyncGenerator
from typing import Any, TypeVar

import strawberry
from starlette.websockets import WebSocket
from strawberry.exceptions import ConnectionRejectionError
from strawberry.types import Info

from app.accounts.auth import still_authorized
from app.accounts.models import Role
from app.leads.models import Lead
from app.realtime import LeadEventMessage, hub
from schema.context import Context, bearer_from_header, ctx
from schema.leads.audit import flush_contact_reads
from schema.leads.types import LeadType, Want, lead_node, want_under
from schema.permissions import allow
from schema.relay import to_global_id

log = logging.getLogger("quantix.realtime")

AUTH_RECHECK_SECONDS = 2.0
M = TypeVar("M")
CLOSE_FORBIDDEN = 4403


@strawberry.enum(name="LeadEventKind", description="What happened to the lead.")
class LeadEventKind(enum.Enum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    ERASED = "ERASED"
    MERGED = "MERGED"


@strawberry.type(name="LeadEvent", description="A lead of your organisation was created, changed or erased.")
class LeadEvent:
    kind: LeadEventKind
    lead_id: strawberry.ID = strawberry.field(description="Global id of the lead (also when it was erased).")
    occurred_at: dt.datetime
    lead: LeadType | None = strawberry.field(description="The lead as it is now; null when it was erased.")
    merged_into_id: strawberry.ID | None = strawberry.field(
        default=None, description="MERGED: global id of the lead this one was merged into."
    )


def _authorization(params: Any) -> str | None:
    """The bearer token of a `connection_init` payload; the key is matched without regard to case."""
    if not isinstance(params, dict):
        return None
    for key, value in params.items():
        if isinstance(key, str) and key.lower() == "authorization" and isinstance(value, str):
            return bearer_from_header(value)
    return None


async def authenticate_connection(context: Context) -> None:
    """`on_ws_connect`: the `connection_init` payload must carry a valid bearer token, else 4403."""
    token = _authorization(getattr(context, "connection_params", None))
    await context.authenticate(token)
    if context.viewer is None:
        raise ConnectionRejectionError({"reason": "A valid bearer token is required in connection_init."})


async def _close_forbidden(context: Context) -> None:
    """Close the whole socket: its credentials no longer hold, so no operation on it may continue."""
    context.viewer = None
    socket = context.request if isinstance(context.request, WebSocket) else context.response
    if isinstance(socket, WebSocket):
        with contextlib.suppress(Exception):
            await socket.close(code=CLOSE_FORBIDDEN, reason="Forbidden: the session or token is no longer valid")


async def _current_lead(context: Context, message: LeadEventMessage, want: Want) -> LeadType | None:
    """The lead as it is when the event is sent (contact reads audited per event); None once erased."""
    if (
        message.kind in (LeadEventKind.ERASED.value, LeadEventKind.MERGED.value) or want.names == set()
    ):  # erased, or `lead` not selected
        return None
    row = await Lead.for_org(message.organization_id).get_or_none(id=message.lead_id)
    if row is None:
        return None
    node = await lead_node(context, row, want)
    await flush_contact_reads(context)
    return node


async def live(context: Context, queue: asyncio.Queue[M]) -> AsyncGenerator[M, None]:
    """The queue's messages while the socket's credentials hold: the session or token and the membership are
    re-read every AUTH_RECHECK_SECONDS (without spending rate limits or last-seen); once they no longer hold,
    the socket closes with 4403. Shared by every subscription."""
    viewer = context.require_viewer()
    checked_at = time.monotonic()
    while True:
        wait = max(0.0, checked_at + AUTH_RECHECK_SECONDS - time.monotonic())
        message: M | None = None
        with contextlib.suppress(TimeoutError):
            message = await asyncio.wait_for(queue.get(), timeout=wait)
        if time.monotonic() - checked_at >= AUTH_RECHECK_SECONDS:
            if not await still_authorized(viewer):
                await _close_forbidden(context)
                await asyncio.Event().wait()  # the closed socket cancels this operation
            checked_at = time.monotonic()
        if message is not None:
            yield message


@strawberry.type
class Subscription:
    @strawberry.subscription(
        extensions=allow(Role.VIEWER, "leads:read"),
        description="Creations, changes and erasures of your organisation's leads as they happen "
        "(at-most-once, no replay of missed events).",
    )
    async def lead_events(self, info: Info) -> AsyncGenerator[LeadEvent, None]:
        context = ctx(info)
        want = want_under(info, "lead")
        async with hub().listen(context.organization_id) as queue:
            async for message in live(context, queue):
                yield LeadEvent(
                    kind=LeadEventKind(message.kind),
                    lead_id=to_global_id("Lead", message.lead_id),
                    occurred_at=message.occurred_at,
                    lead=await _current_lead(context, message, want),
                    merged_into_id=to_global_id("Lead", message.merged_into_id) if message.merged_into_id else None,
                )
