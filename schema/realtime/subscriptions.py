"""`leadEvents`: creations, changes and erasures of the caller's organisation's leads, live.

The WebSocket is authenticated once by the `connection_init` payload (`{"authorization": "Bearer ..."}`,
else the socket closes with 4403) and watched while it is open: a revoked session or token, or the member's
removal, closes the socket with 4403 as soon as it is announced, and a re-check every `AUTH_RECHECK_SECONDS`
closes it for any other loss of access.
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
from app.realtime import REVOCATIONS, LeadEventMessage, RevocationMessage, hub
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
    """The queue's messages while the socket's credentials hold. Shared by every subscription.

    A revocation of its session or token (log-out, revokeSession, a password or MFA change, a revoked token,
    removal from the organisation) is announced to the user's subscriptions in every process and closes the
    socket with 4403 at once; no message is yielded once it has arrived. As a backstop (a lost announcement, a
    change nobody announces such as a new role), the session or token and the membership are re-read every
    AUTH_RECHECK_SECONDS (without spending rate limits or last-seen).
    """
    viewer = context.require_viewer()
    async with hub(REVOCATIONS).listen(viewer.user_id) as revocations:
        checked_at = time.monotonic()
        while True:
            wait = max(0.0, checked_at + AUTH_RECHECK_SECONDS - time.monotonic())
            message, heard = await _next(queue, revocations, wait)
            revoked = any(r.ends(viewer.session_id, viewer.token_id, viewer.organization_id) for r in heard)
            if not revoked and time.monotonic() - checked_at >= AUTH_RECHECK_SECONDS:
                revoked = not await still_authorized(viewer)
                checked_at = time.monotonic()
            if revoked:
                await _close_forbidden(context)
                await asyncio.Event().wait()  # the closed socket cancels this operation
            if message is not None:
                yield message


async def _next(
    queue: asyncio.Queue[M], revocations: asyncio.Queue[RevocationMessage], timeout: float
) -> tuple[M | None, list[RevocationMessage]]:
    """Wait up to `timeout` for the next message or a revocation; returns the message (if one came) and every
    revocation that has arrived, so a revocation is never read after a message it preceded or accompanied."""
    message_task = asyncio.ensure_future(queue.get())
    revocation_task = asyncio.ensure_future(revocations.get())
    try:
        await asyncio.wait((message_task, revocation_task), timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (message_task, revocation_task):
            task.cancel()  # a get that has not returned leaves its item in the queue
        await asyncio.gather(message_task, revocation_task, return_exceptions=True)
    heard = [revocation_task.result()] if not revocation_task.cancelled() else []
    while not revocations.empty():
        heard.append(revocations.get_nowait())
    return (message_task.result() if not message_task.cancelled() else None), heard


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
