"""Recording audit events. Callers pass ids and non-personal facts; details are encrypted at rest."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from tortoise.queryset import QuerySet

from app.audit.models import AuditEvent
from app.orm import filter_given, insert_rows
from app.request_context import current_request


async def record(
    action: str,
    *,
    organization_id: uuid.UUID | None = None,
    actor_user_id: uuid.UUID | None = None,
    actor_token_id: uuid.UUID | None = None,
    actor_session_id: uuid.UUID | None = None,
    webhook_subscription_id: uuid.UUID | None = None,
    target_type: str | None = None,
    target_id: object | None = None,
    subject_bidx: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    request = current_request()
    return await AuditEvent.create(
        organization_id=organization_id,
        actor_user_id=actor_user_id if actor_user_id is not None else request.user_id,
        actor_token_id=actor_token_id if actor_token_id is not None else request.token_id,
        actor_session_id=actor_session_id if actor_session_id is not None else request.session_id,
        webhook_subscription_id=webhook_subscription_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id) if target_id is not None else None,
        subject_bidx=subject_bidx,
        ip_address=request.client_ip,
        details=details,
        request_id=request.request_id,
    )


async def record_change(
    action: str, row: Any, actor_user_id: uuid.UUID | None, details: dict[str, Any] | None = None
) -> AuditEvent:
    """`action` on a tenant row, in its organisation's trail; the row's model names the target type."""
    return await record(
        action,
        organization_id=row.organization_id,
        actor_user_id=actor_user_id,
        target_type=type(row).__name__,
        target_id=row.id,
        details=details,
    )


_EVENT_FIELDS = frozenset(
    (
        "organization_id",
        "actor_user_id",
        "actor_token_id",
        "actor_session_id",
        "webhook_subscription_id",
        "action",
        "target_type",
        "target_id",
        "subject_bidx",
        "details",
    )
)


async def record_many(events: Iterable[dict[str, Any]], **common: Any) -> None:
    """One INSERT for a batch (e.g. every lead whose contact fields a request read). `common` holds fields
    every event of the batch shares (written once for the batch, as are the request's actor, IP and id)."""
    request = current_request()
    shared: dict[str, Any] = {
        **request.actor_columns(),
        "ip_address": request.client_ip,
        "request_id": request.request_id,
        **common,
    }
    rows = []
    for e in events:
        row = {name: value for name, value in e.items() if name in _EVENT_FIELDS}
        if "action" not in row and "action" not in shared:
            raise KeyError("action")
        if row.get("target_id") is not None:
            row["target_id"] = str(row["target_id"])
        rows.append(row)
    own = {name for row in rows for name in row}
    for name in own & shared.keys():  # an event's own actor (or other shared field) wins for that event
        for row in rows:
            row.setdefault(name, shared[name])
        del shared[name]
    if "target_id" in shared and shared["target_id"] is not None:
        shared["target_id"] = str(shared["target_id"])
    await insert_rows(AuditEvent, rows, shared)


def events_for_org(
    organization_id: uuid.UUID,
    *,
    action: str | None = None,
    actor_user_id: uuid.UUID | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> QuerySet[AuditEvent]:
    """The organisation's audit trail, filtered; never another organisation's events."""
    qs = AuditEvent.filter(organization_id=organization_id)
    if action:
        qs = qs.filter(action__startswith=action) if action.endswith(".") else qs.filter(action=action)
    return filter_given(qs, actor_user_id=actor_user_id, created_at__gte=since, created_at__lt=until)
