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
    META_CONNECTED = "META_CONNECTED"  # not a partner event: a connection completed (the consent ledger's grant)
    DEAL_CREATED = "DEAL_CREATED"
    DEAL_STAGE_CHANGED = "DEAL_STAGE_CHANGED"
    DEAL_WON = "DEAL_WON"
    DEAL_DELETED = "DEAL_DELETED"  # not a partner event: what follows a lead's deals (its score) recomputes
    SUBSCRIPTION_REACTIVATED = "SUBSCRIPTION_REACTIVATED"  # read-only ended: paused automation resumes
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


BatchListener = Callable[[list[DomainEvent]], Awaitable[None]]
_batch_listeners: dict[Listener, BatchListener] = {}


def batch_for(listener: Listener) -> Callable[[BatchListener], BatchListener]:
    """Give `listener` a way to take many events of one organisation at once (bulk updates of 100,000 leads):
    one lookup of its subscriptions or rules for the batch instead of one per event. A listener without one
    gets the events one by one."""

    def register(fn: BatchListener) -> BatchListener:
        _batch_listeners[listener] = fn
        return fn

    return register


async def emit_many(
    type: EventType, organization_id: uuid.UUID, subject_ids: list[uuid.UUID], **data: Any
) -> list[DomainEvent]:
    """One event per subject, as `emit` would announce each, handed to every listener as a batch."""
    events = [DomainEvent(type=type, organization_id=organization_id, subject_id=s, data=data) for s in subject_ids]
    if not events:
        return events
    for listener in list(_listeners):
        many = _batch_listeners.get(listener)
        if many is not None:
            try:
                await many(events)
            except Exception:
                log.exception("event listener failed", extra={"event_type": type.value})
            continue
        for event in events:
            try:
                await listener(event)
            except Exception:
                log.exception("event listener failed", extra={"event_type": type.value})
    return events


async def emit(
    type: EventType,
    organization_id: uuid.UUID,
    subject_id: uuid.UUID | None = None,
    **data: Any,
) -> DomainEvent:
    event = DomainEvent(type=type, organization_id=organization_id, subject_id=subject_id, data=data)
    await publish(event)
    return event
