"""The durable webhook inbox: store every signed Meta event before answering, then process it in a job.

Receipt writes one encrypted row and enqueues a job chosen by the body's `object` through a small
registry (`page` -> Lead Ads here; the WhatsApp room registers `whatsapp_business_account`). If the
queue is down the row stays PENDING and the sweeper cron enqueues it later, so nothing is lost.
Identical re-deliveries hit the unique body index and are acknowledged without a second row.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from typing import Any

from tortoise.exceptions import IntegrityError

from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.jobs import JobKind, cron, enqueue
from app.security.crypto import PLATFORM_SCOPE, blind_index, sha256_hex

log = logging.getLogger("quantix.meta.webhooks")

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_PROCESSING_ATTEMPTS = 12  # with the backoff in leadgen: about 10 minutes of Meta throttling
NEVER_ENQUEUED_AFTER = dt.timedelta(seconds=30)  # receipt could not reach the queue
STUCK_AFTER = dt.timedelta(minutes=10)  # enqueued, yet still PENDING: the job was lost
RETENTION = dt.timedelta(days=30)

# `object` of the webhook body -> the job kind that processes it.
_object_kinds: dict[str, JobKind] = {"page": JobKind.LEAD_INGEST}


def register_webhook_object(object_type: str, kind: JobKind) -> None:
    """Route events whose body has `"object": object_type` to jobs of `kind` (payload `{"event_id"}`)."""
    _object_kinds[object_type] = kind


def kind_for(object_type: str) -> JobKind | None:
    return _object_kinds.get(object_type)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class InvalidWebhookBody(ValueError):
    """Signed, but not a JSON object with an `object` field."""


async def receive(raw: bytes) -> WebhookEvent | None:
    """Store a verified body durably, then try to enqueue its job. Returns None for a re-delivery."""
    try:
        parsed = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidWebhookBody("body is not JSON") from exc
    if not isinstance(parsed, dict) or not isinstance(parsed.get("object"), str):
        raise InvalidWebhookBody("body has no object")
    text = raw.decode("utf-8")
    kind = kind_for(parsed["object"])
    try:
        # Marked enqueued up front (one write less on the hot path); cleared below if the queue is down.
        event = await WebhookEvent.create(
            object=parsed["object"][:64],
            body=text,
            body_bidx=blind_index(PLATFORM_SCOPE, "meta_webhook", sha256_hex(raw)),
            enqueued_at=_now() if kind is not None else None,
        )
    except IntegrityError:
        return None  # the same bytes again: Meta re-delivered; the first row is being handled
    if kind is not None and not await _enqueue(event, kind):
        event.enqueued_at = None
        await WebhookEvent.filter(id=event.id).update(enqueued_at=None)
    return event


async def _enqueue(event: WebhookEvent, kind: JobKind) -> bool:
    try:
        await enqueue(kind, {"event_id": str(event.id)})
    except Exception:
        log.warning("could not enqueue a webhook event; the sweeper will retry", extra={"event_id": str(event.id)})
        return False
    return True


async def dispatch(event: WebhookEvent) -> bool:
    """Enqueue processing (the sweeper's path); a queue outage leaves the row PENDING for the next sweep."""
    kind = kind_for(event.object)
    if kind is None:
        return False  # stored durably; picked up once a room registers this object type
    if not await _enqueue(event, kind):
        return False
    event.enqueued_at = _now()
    await WebhookEvent.filter(id=event.id).update(enqueued_at=event.enqueued_at)
    return True


async def load_event(event_id: uuid.UUID | str) -> tuple[WebhookEvent, dict[str, Any]] | None:
    """The row and its decoded body, or None when it is gone or already finished."""
    event = await WebhookEvent.get_or_none(id=event_id)
    if event is None or event.status is not WebhookEventStatus.PENDING:
        return None
    return event, json.loads(event.body)


async def mark_processed(event: WebhookEvent, organization_ids: list[uuid.UUID] | None = None) -> None:
    await WebhookEvent.filter(id=event.id).update(
        status=WebhookEventStatus.PROCESSED,
        processed_at=_now(),
        error=None,
        organization_ids=sorted({str(o) for o in organization_ids or []}),
    )


async def note_attempt(event: WebhookEvent, error: str, organization_ids: list[uuid.UUID] | None = None) -> bool:
    """Count a failed attempt; after MAX_PROCESSING_ATTEMPTS the event is FAILED (shown in health).
    Returns True when the event gave up."""
    event.attempts += 1
    failed = event.attempts >= MAX_PROCESSING_ATTEMPTS
    await WebhookEvent.filter(id=event.id).update(
        attempts=event.attempts,
        error=error[:300],
        status=WebhookEventStatus.FAILED if failed else WebhookEventStatus.PENDING,
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
    """Enqueue PENDING rows whose job never started or got lost (e.g. Redis was down at receipt)."""
    now = _now()
    rows = (
        await WebhookEvent.filter(status=WebhookEventStatus.PENDING, created_at__lt=now - NEVER_ENQUEUED_AFTER)
        .order_by("created_at")
        .limit(500)
    )
    count = 0
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
