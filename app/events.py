"""Domain events: one place where lead, privacy and Meta changes are announced.

Emitters (lead services, privacy, Meta) never import their listeners (subscriptions, partner webhooks,
workflows). Events carry ids only. app.main imports the listener modules, which subscribe themselves.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("quantix.events")


class EventType(enum.Enum):
    LEAD_CREATED = "LEAD_CREATED"
    LEAD_UPDATED = "LEAD_UPDATED"
    LEAD_ERASED = "LEAD_ERASED"
    PRIVACY_REQUEST_COMPLETED = "PRIVACY_REQUEST_COMPLETED"
    META_CONNECTION_CHANGED = "META_CONNECTION_CHANGED"
    DEAL_CREATED = "DEAL_CREATED"
    DEAL_STAGE_CHANGED = "DEAL_STAGE_CHANGED"
    DEAL_WON = "DEAL_WON"
    META_LEAD_STORED = "META_LEAD_STORED"  # data: form_id, ticked_boxes (the custom disclaimer's checked keys)
    LEAD_MERGED = "LEAD_MERGED"  # subject: the primary; data: merged_ids (the removed duplicates)


@dataclass(frozen=True)
class DomainEvent:
    type: EventType
    organization_id: uuid.UUID
    subject_id: uuid.UUID | None  # the lead, request or connection the event is about
    data: dict[str, Any] = field(default_factory=dict)  # ids and non-personal facts only
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    occurred_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


Listener = Callable[[DomainEvent], Awaitable[None]]
_listeners: list[Listener] = []


def subscribe(fn: Listener) -> Listener:
    if fn not in _listeners:
        _listeners.append(fn)
    return fn


async def publish(event: DomainEvent) -> None:
    """Call every listener; one failing listener does not stop the others or the caller."""
    for listener in list(_listeners):
        try:
            await listener(event)
        except Exception:
            log.exception("event listener failed", extra={"event_type": event.type.value})


async def emit(
    type: EventType,
    organization_id: uuid.UUID,
    subject_id: uuid.UUID | None = None,
    **data: Any,
) -> DomainEvent:
    event = DomainEvent(type=type, organization_id=organization_id, subject_id=subject_id, data=data)
    await publish(event)
    return event
