"""The durable webhook inbox: store every signed Meta event before answering, then process it.

Receipt writes one encrypted row and hands it on by the body's `object` through a small registry: Lead
Ads (`page`) events are claimed in batches by a drain that receipt pokes; other objects get a job per
event (the WhatsApp room registers `whatsapp_business_account`). If the queue is down the row stays
PENDING and the sweeper cron hands it on later, so nothing is lost. Identical re-deliveries hit the
unique body index and are acknowledged without a second row.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.jobs import Job, JobKind, cron, enqueue, handler, poke
from app.security.crypto import PLATFORM_SCOPE, blind_index, sha256_hex
from app.text import holds_unstorable

log = logging.getLogger("quantix.meta.webhooks")

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_PROCESSING_ATTEMPTS = 12  # with leadgen's backoff: over 2 hours of Meta throttling (60 s doubling to 15 min)
NEVER_ENQUEUED_AFTER = dt.timedelta(seconds=30)  # receipt could not reach the queue
STUCK_AFTER = dt.timedelta(minutes=10)  # enqueued or claimed, yet still PENDING: the job or drain was lost
RETENTION = dt.timedelta(days=30)

# `object` of the webhook body -> what processes its events: a job per event, or a drain claiming batches.
_object_kinds: dict[str, JobKind] = {}
_object_drains: dict[str, str] = {}


EventHandler = Callable[[WebhookEvent, dict[str, Any]], Awaitable[dict[str, Any] | None]]
OrganizationOf = Callable[[dict[str, Any]], Awaitable[uuid.UUID | None]]


def webhook_job(
    object_type: str, kind: JobKind, *, organization: OrganizationOf | None = None
) -> Callable[[EventHandler], EventHandler]:
    """Route events whose body has `"object": object_type` to jobs of `kind` (payload `{"event_id"}`), each
    handled by the decorated function with the stored row and its decoded body. An event already finished
    (a re-run job, or one the sweeper handed on twice) is skipped here, so no handler checks it again.
    `organization` names the organisation a body concerns (None: unknown): its job then belongs to it."""

    def register(fn: EventHandler) -> EventHandler:
        async def run(job: Job) -> dict[str, Any] | None:
            loaded = await load_event(job.payload["event_id"])
            if loaded is None:
                return {"skipped": "already handled"}
            if organization is not None and job.organization_id is None:
                job.organization_id = await organization(loaded[1])
                if job.organization_id is not None:
                    await Job.filter(id=job.id).update(organization_id=job.organization_id)
            try:
                return await fn(*loaded)
            except Exception as exc:  # counted, so an event its handler cannot take ends FAILED, not re-run forever
                await note_attempt(loaded[0], f"{type(exc).__name__}: the handler failed")
                raise

        handler(kind)(run)
        _object_kinds[object_type] = kind
        return fn

    return register


def register_webhook_drain(object_type: str, drain_name: str) -> None:
    """Poke drain `drain_name` for events of `object_type`; it takes them with `claim`."""
    _object_drains[object_type] = drain_name


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class InvalidWebhookBody(ValueError):
    """Signed, but not a JSON object with an `object` field."""


async def receive(raw: bytes) -> WebhookEvent | None:
    """Store a verified body durably, then try to hand it on (its job, or a poke of its drain). Returns None
    for a re-delivery."""
    try:
        text = raw.decode("utf-8")  # Meta sends UTF-8; json.loads alone would also take UTF-16
        parsed = json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise InvalidWebhookBody("body is not JSON") from exc
    if not isinstance(parsed, dict) or not isinstance(parsed.get("object"), str):
        raise InvalidWebhookBody("body has no object")
    if holds_unstorable(parsed):  # no platform sends them; stored, they would fail their job on every retry
        raise InvalidWebhookBody("body holds a NUL character or a lone surrogate")
    routed = parsed["object"] in _object_kinds or parsed["object"] in _object_drains
    try:
        # Marked enqueued up front (one write less on the hot path); cleared below if the queue is down.
        event = await WebhookEvent.create(
            object=parsed["object"][:64],
            body=text,
            body_bidx=blind_index(PLATFORM_SCOPE, "meta_webhook", sha256_hex(raw)),
            enqueued_at=_now() if routed else None,
            # An object nothing here handles (e.g. `instagram`): acknowledged, kept the 30 days, never swept.
            status=WebhookEventStatus.PENDING if routed else WebhookEventStatus.PROCESSED,
            processed_at=None if routed else _now(),
        )
    except IntegrityError:
        return None  # the same bytes again: Meta re-delivered; the first row is being handled
    if routed and not await _hand_on(event):
        event.enqueued_at = None
        await WebhookEvent.filter(id=event.id).update(enqueued_at=None)
    return event


async def _hand_on(event: WebhookEvent) -> bool:
    try:
        if event.object in _object_drains:
            await poke(_object_drains[event.object])
        else:
            await enqueue(_object_kinds[event.object], {"event_id": str(event.id)})
    except Exception:
        log.warning("could not enqueue a webhook event; the sweeper will retry", extra={"event_id": str(event.id)})
        return False
    return True


async def dispatch(event: WebhookEvent) -> bool:
    """Enqueue processing (the sweeper's path); a queue outage leaves the row PENDING for the next sweep."""
    if event.object not in _object_kinds:
        return False
    if not await _hand_on(event):
        return False
    event.enqueued_at = _now()
    await WebhookEvent.filter(id=event.id).update(enqueued_at=event.enqueued_at)
    return True


async def claim(object_type: str, limit: int) -> list[WebhookEvent]:
    """Up to `limit` PENDING events of `object_type` that nobody works on, oldest first, leased for
    STUCK_AFTER (the sweeper hands on the events of a drain that died). Concurrent claims (two worker
    processes) skip each other's rows: `FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite has one process."""
    now = _now()
    async with in_transaction():
        events = (
            await WebhookEvent.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            .filter(status=WebhookEventStatus.PENDING, object=object_type)
            .order_by("created_at")
            .limit(limit)
            .select_for_update(skip_locked=True)
        )
        if events:
            await WebhookEvent.filter(id__in=[e.id for e in events]).update(next_attempt_at=now + STUCK_AFTER)
    return events


async def load_event(event_id: uuid.UUID | str) -> tuple[WebhookEvent, dict[str, Any]] | None:
    """The row and its decoded body, or None when it is gone or already finished."""
    event = await WebhookEvent.get_or_none(id=event_id)
    if event is None or event.status is not WebhookEventStatus.PENDING:
        return None
    return event, json.loads(event.body)


async def mark_processed(event: WebhookEvent, organization_ids: list[uuid.UUID] | None = None) -> None:
    await mark_all_processed([event], organization_ids)


async def mark_all_processed(
    events: Sequence[WebhookEvent], organization_ids: list[uuid.UUID] | set[uuid.UUID] | None = None
) -> None:
    """One statement for a drained batch (events of one organisation share their `organization_ids`)."""
    if events:
        await WebhookEvent.filter(id__in=[e.id for e in events]).update(
            status=WebhookEventStatus.PROCESSED,
            processed_at=_now(),
            error=None,
            next_attempt_at=None,
            organization_ids=sorted({str(o) for o in organization_ids or []}),
        )


async def note_attempt(
    event: WebhookEvent,
    error: str,
    organization_ids: list[uuid.UUID] | None = None,
    *,
    retry_in: float | None = None,
) -> bool:
    """Count a failed attempt; after MAX_PROCESSING_ATTEMPTS the event is FAILED (shown in health).
    `retry_in`: a drain claims the event again after that many seconds. Returns True when it gave up."""
    event.attempts += 1
    failed = event.attempts >= MAX_PROCESSING_ATTEMPTS
    await WebhookEvent.filter(id=event.id).update(
        attempts=event.attempts,
        error=error[:300],
        status=WebhookEventStatus.FAILED if failed else WebhookEventStatus.PENDING,
        next_attempt_at=_now() + dt.timedelta(seconds=retry_in) if retry_in is not None else None,
        processed_at=_now() if failed else None,
        organization_ids=sorted({str(o) for o in organization_ids or []} | set(event.organization_ids or [])),
    )
    return failed


async def mark_failed(event: WebhookEvent, error: str, organization_ids: list[uuid.UUID] | None = None) -> None:
    """A permanent failure: no retry helps (shown in integrationHealth)."""
    await WebhookEvent.filter(id=event.id).update(
        status=WebhookEventStatus.FAILED,
        attempts=event.attempts + 1,
        error=error[:300],
        processed_at=_now(),
        organization_ids=sorted({str(o) for o in organization_ids or []}),
    )


async def sweep() -> int:
    """Hand on PENDING rows nobody works on (e.g. Redis was down at receipt, a worker died). Returns how many."""
    now = _now()
    old = WebhookEvent.filter(status=WebhookEventStatus.PENDING, created_at__lt=now - NEVER_ENQUEUED_AFTER)
    count = 0
    for object_type, drain_name in _object_drains.items():
        due = await old.filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now), object=object_type
        ).count()
        if due:
            try:
                await poke(drain_name)
            except Exception:
                log.warning("could not poke a webhook drain; the next sweep will retry", extra={"drain": drain_name})
                continue
            count += due
    rows = await old.filter(object__in=list(_object_kinds)).order_by("created_at").limit(500)
    for event in rows:
        if event.enqueued_at is not None and event.enqueued_at > now - STUCK_AFTER:
            continue
        if await dispatch(event):
            count += 1
    return count


async def purge_old() -> int:
    """Stored bodies go 30 days after use (processed or given up)."""
    return await WebhookEvent.filter(processed_at__lt=_now() - RETENTION).delete()


@cron("meta_webhook_sweeper")
async def _sweep_cron() -> None:
    await sweep()


@cron("meta_webhook_purge", minute=17, hour=3)
async def _purge_cron() -> None:
    await purge_old()
