"""WhatsApp broadcasts (SPEC §7.6, §7.7): one approved template to every lead of a filter who may get it.

The BROADCAST job writes one recipient row per matching lead when it starts (the audience is fixed then),
skipping leads without WHATSAPP consent, with a DIRECT_MARKETING objection (marketing templates), without a
phone, or sharing a phone with an earlier lead. It then sends in batches: a batch of recipients is claimed
(PENDING -> SENDING, each with a QUEUED WhatsAppMessage), and each message is claimed again (QUEUED -> SENDING)
just before its call to Meta, so a re-run never sends twice (a message caught mid-call ends UNKNOWN and is
not resent, SPEC §6). Sends are paced below QUANTIX_WHATSAPP_MPS per number by a slot reservation shared by
every process (app.security.ratelimit.reserve_slot), and back off on Meta's pacing errors (META-2 §15.3).
Long broadcasts run in slices, each slice a job that enqueues the next one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import time
import uuid
from collections.abc import Sequence
from typing import Any

from tortoise.expressions import F, Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from app.accounts.models import Organization
from app.audit import services as audit
from app.billing.services import is_read_only
from app.disclosures.services import WHATSAPP as WHATSAPP_RECIPIENT
from app.disclosures.services import record_disclosures
from app.errors import DomainError, ErrorCode
from app.integrations.meta.graph import GraphClient, MetaError, MetaRetryable
from app.jobs import JobKind, enqueue, handler, report_progress
from app.jobs.models import Job
from app.leads.models import Lead
from app.leads.queries import LeadFilter, LeadRow, filter_leads
from app.leads.services import phone_index, sendable_phone
from app.messaging import services
from app.messaging.broadcast_models import (
    Broadcast,
    BroadcastRecipient,
    BroadcastStatus,
    RecipientStatus,
    SkipReason,
)
from app.messaging.models import MessageDirection, MessageStatus, TemplateCategory, WhatsAppMessage
from app.orm import get_owned
from app.privacy.consent import objecting_leads
from app.privacy.erasure_models import ConsentPurpose, LeadConsent, ObjectionKind
from app.security import ratelimit
from app.settings import get_settings

log = logging.getLogger("quantix.messaging.broadcasts")

BATCH = 50
CONCURRENCY = 16  # sends in flight per job (each claimed before its call)
CHUNK = 500
HEADROOM = 0.94  # pace at 94 % of the number's throughput: never above it, within 10 % of it
WINDOW_HEADROOM = 0.92  # and at most 92 % of it in any second, counted as each call starts (arrival jitter)
THROTTLE_BACKOFF = 1.0  # 130429: the number's throughput was hit (META-2 §15.3)
PAIR_BACKOFF = dt.timedelta(seconds=6)  # 131056: one user got messages too fast
TRANSIENT_TRIES = 4
READ_ONLY_RECHECK = 300.0
LOOK_EVERY = 2.0  # seconds between progress reports and billing checks of a running broadcast
MARKETING_LIMIT = 131049
SPAM_LIMIT = 131048
MAX_NAME = 200


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def _audience(organization_id: uuid.UUID, country: str, flt: LeadFilter) -> list[LeadRow]:
    """The filter's leads, `country` being Organization.country_of (search terms and phones read in it)."""
    return await filter_leads(organization_id, country, flt).all("created_at, id", ["id", "phone"])


# --- create, cancel, read ---------------------------------------------------------------------------------


async def create_broadcast(
    organization_id: uuid.UUID,
    *,
    name: str,
    template: services.TemplateSpec,
    lead_filter: LeadFilter,
    scheduled_at: dt.datetime | None = None,
    actor_id: uuid.UUID | None = None,
) -> Broadcast:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A name needs 1 to {MAX_NAME} characters.", field="name")
    config = await services._require_config(organization_id)
    _, category = await services.resolve_template(config, template)
    now = _now()
    if scheduled_at is not None and scheduled_at.tzinfo is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give a time with its offset.", field="scheduledAt")
    if scheduled_at is not None and scheduled_at > now + dt.timedelta(days=365):
        raise DomainError(ErrorCode.INVALID_INPUT, "Schedule at most a year ahead.", field="scheduledAt")
    when = max(scheduled_at or now, now)
    if when <= now + dt.timedelta(seconds=1) and not await _audience(
        organization_id, await Organization.country_of(organization_id), lead_filter
    ):
        raise DomainError(ErrorCode.INVALID_INPUT, "No lead matches this filter.", field="filter")
    broadcast = await Broadcast.create(
        organization_id=organization_id,
        name=name,
        template_name=template.name,
        template_language=template.language,
        template_category=category,
        parameters=list(template.parameters),
        lead_filter=lead_filter.to_json(),
        scheduled_at=when,
        created_by_id=actor_id,
    )
    job = await enqueue(
        JobKind.BROADCAST,
        {"broadcast_id": str(broadcast.id), "slice": 0},
        organization_id=organization_id,
        created_by_id=actor_id,
        dedupe_key=f"broadcast:{broadcast.id}:0",
        defer=max(0.0, (when - now).total_seconds()) or None,
    )
    await Broadcast.filter(id=broadcast.id).update(job_id=job.id)
    broadcast.job_id = job.id
    await audit.record_change(
        "whatsapp.broadcast_created", broadcast, actor_id, {"template": template.name, "scheduledAt": when.isoformat()}
    )
    return broadcast


async def get_broadcast(organization_id: uuid.UUID, broadcast_id: uuid.UUID | None) -> Broadcast:
    return await get_owned(Broadcast, organization_id, broadcast_id, "No such broadcast.")


async def cancel_broadcast(
    organization_id: uuid.UUID, broadcast_id: uuid.UUID | None, *, actor_id: uuid.UUID | None = None
) -> Broadcast:
    """Stop it: nothing more is sent (a running job notices within a fraction of a second)."""
    broadcast = await get_broadcast(organization_id, broadcast_id)
    moved = await Broadcast.filter(
        id=broadcast.id, status__in=[BroadcastStatus.SCHEDULED, BroadcastStatus.RUNNING]
    ).update(status=BroadcastStatus.CANCELLED, cancelled_at=_now())
    if not moved:
        raise DomainError(ErrorCode.INVALID_STATE, "The broadcast has already ended.", field="id")
    waiting = BroadcastRecipient.filter(broadcast_id=broadcast.id, status=RecipientStatus.PENDING)
    held = await waiting.filter(message_id__isnull=False).values_list("message_id", flat=True)
    await waiting.update(status=RecipientStatus.SKIPPED, reason=SkipReason.CANCELLED)
    if held:  # messages made for a retry that will not come
        await WhatsAppMessage.filter(id__in=list(held), status=MessageStatus.QUEUED).delete()
    await audit.record_change("whatsapp.broadcast_cancelled", broadcast, actor_id)
    return await Broadcast.get(id=broadcast.id)


def broadcasts_query(organization_id: uuid.UUID, status: BroadcastStatus | None = None) -> Any:
    qs = Broadcast.for_org(organization_id)
    return qs.filter(status=status) if status is not None else qs


@dataclasses.dataclass
class Counts:
    sent: int = 0
    delivered: int = 0
    read: int = 0
    failed: int = 0
    pending: int = 0
    skipped: dict[str, int] = dataclasses.field(default_factory=dict)

    def skip(self, reason: str, n: int) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + n


async def counts_of(broadcast_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Counts]:
    """Live counts, one statement for a page of broadcasts: delivered and read come from the messages'
    statuses (Meta's webhooks); a send Meta later reports failed counts as failed (131049 as skipped)."""
    out = {bid: Counts() for bid in broadcast_ids}
    if not broadcast_ids:
        return out
    rows = (
        await BroadcastRecipient.filter(broadcast_id__in=list(broadcast_ids))
        .annotate(n=Count("id"))
        .group_by("broadcast_id", "status", "reason", "message__status", "message__error_code")
        .values("broadcast_id", "status", "reason", "message__status", "message__error_code", "n")
    )
    for row in rows:
        c = out[row["broadcast_id"]]
        n = int(row["n"])
        status = RecipientStatus(row["status"]) if not isinstance(row["status"], RecipientStatus) else row["status"]
        message_status = row["message__status"]
        if message_status is not None and not isinstance(message_status, MessageStatus):
            message_status = MessageStatus(message_status)
        if status is RecipientStatus.SKIPPED:
            reason = row["reason"]
            c.skip(reason.value if hasattr(reason, "value") else str(reason), n)
        elif status is RecipientStatus.FAILED:
            c.failed += n
        elif status is RecipientStatus.SENT:
            if message_status is MessageStatus.FAILED:
                if row["message__error_code"] == MARKETING_LIMIT:
                    c.skip(SkipReason.MARKETING_LIMIT.value, n)
                else:
                    c.failed += n
            else:
                c.sent += n
                if message_status in (MessageStatus.DELIVERED, MessageStatus.READ):
                    c.delivered += n
                if message_status is MessageStatus.READ:
                    c.read += n
        else:
            c.pending += n
    return out


def progress_of(broadcast: Broadcast, counts: Counts) -> int:
    if broadcast.status.finished:
        return 100
    if not broadcast.materialized or broadcast.recipients == 0:
        return 0
    return int(100 * (broadcast.recipients - counts.pending) / broadcast.recipients)


# --- the job: materialise the audience ---------------------------------------------------------------------


async def _consents(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Leads whose newest WHATSAPP consent row grants it."""
    rows = (
        await LeadConsent.for_org(organization_id)
        .filter(lead_id__in=lead_ids, purpose=ConsentPurpose.WHATSAPP)
        .order_by("lead_id", "-created_at", "-id")
        .values("lead_id", "granted")
    )
    newest: dict[uuid.UUID, bool] = {}
    for row in rows:
        newest.setdefault(row["lead_id"], bool(row["granted"]))
    return {lead_id for lead_id, granted in newest.items() if granted}


async def _materialize(broadcast: Broadcast) -> int:
    """One row per lead matching now (idempotent: a re-run after a crash writes only what is missing)."""
    organization_id = broadcast.organization_id
    country = await Organization.country_of(organization_id)
    leads = await _audience(organization_id, country, LeadFilter.from_json(broadcast.lead_filter))
    marketing = broadcast.template_category is TemplateCategory.MARKETING
    seen_phones: set[str] = set()
    for start in range(0, len(leads), CHUNK):
        chunk = leads[start : start + CHUNK]
        ids = [lead.id for lead in chunk]
        consented = await _consents(organization_id, ids)
        objecting = await objecting_leads(organization_id, ids, ObjectionKind.DIRECT_MARKETING) if marketing else set()
        rows = []
        for lead in chunk:
            e164 = sendable_phone(lead, country)
            key = phone_index(organization_id, e164) if e164 else None
            reason: SkipReason | None = None
            if key is None:
                reason = SkipReason.NO_PHONE
            elif lead.id not in consented:
                reason = SkipReason.CONSENT_REQUIRED
            elif lead.id in objecting:
                reason = SkipReason.OBJECTION_RECORDED
            elif key in seen_phones:
                reason = SkipReason.SAME_PHONE
            if reason is None:
                seen_phones.add(key)  # type: ignore[arg-type]
            rows.append(
                BroadcastRecipient(
                    organization_id=organization_id,
                    broadcast_id=broadcast.id,
                    lead_id=lead.id,
                    lead_key=lead.id,
                    phone_key=key if reason is None else None,
                    status=RecipientStatus.SKIPPED if reason else RecipientStatus.PENDING,
                    reason=reason,
                )
            )
        await BroadcastRecipient.bulk_create(rows, ignore_conflicts=True)
    total = await BroadcastRecipient.filter(broadcast_id=broadcast.id).count()
    await Broadcast.filter(id=broadcast.id).update(recipients=total, materialized=True)
    broadcast.recipients, broadcast.materialized = total, True
    return total


async def _recover(broadcast: Broadcast) -> None:
    """After a crash: claimed recipients whose message was never handed to Meta go back to PENDING; one
    caught mid-call (SENDING without a Meta id) may have been sent, so it ends UNKNOWN and is not resent."""
    claimed = await BroadcastRecipient.filter(
        broadcast_id=broadcast.id, status=RecipientStatus.SENDING
    ).prefetch_related("message")
    for rec in claimed:
        message = rec.message
        if message is None or message.status is MessageStatus.QUEUED:
            await BroadcastRecipient.filter(id=rec.id, status=RecipientStatus.SENDING).update(
                status=RecipientStatus.PENDING
            )
        elif message.status in (MessageStatus.SENDING, MessageStatus.UNKNOWN) and not message.meta_message_id:
            await WhatsAppMessage.filter(id=message.id, status=MessageStatus.SENDING).update(
                status=MessageStatus.UNKNOWN, status_at=_now()
            )
            await BroadcastRecipient.filter(id=rec.id).update(status=RecipientStatus.FAILED)
        elif message.meta_message_id:
            async with in_transaction():
                await BroadcastRecipient.filter(id=rec.id).update(status=RecipientStatus.SENT)
                await _disclose(broadcast, [rec.lead_id] if rec.lead_id else [])
        else:
            await BroadcastRecipient.filter(id=rec.id).update(status=RecipientStatus.FAILED)


async def _disclose(broadcast: Broadcast, lead_ids: list[uuid.UUID]) -> None:
    """A broadcast message carries the lead's phone and the text to Meta's WhatsApp: a disclosure (SPEC §7.6)."""
    await record_disclosures(
        broadcast.organization_id,
        lead_ids,
        WHATSAPP_RECIPIENT,
        ["LEAD_CONTACT", "MESSAGES"],
        reference=f"broadcast:{broadcast.id}",
    )


# --- the job: send ------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Run:
    broadcast: Broadcast
    graph: GraphClient
    phone_number_id: str
    interval: float
    stop: asyncio.Event
    window_cap: int = 1
    spam_limited: bool = False
    sent: list[tuple[uuid.UUID, uuid.UUID | None]] = dataclasses.field(default_factory=list)  # (recipient, lead)

    async def flush(self) -> None:
        """Mark the recipients whose message Meta accepted as SENT, in one statement, and put the sends in the
        leads' disclosure ledger (one insert) in the same transaction."""
        done, self.sent = self.sent, []
        if done:
            async with in_transaction():
                await BroadcastRecipient.filter(id__in=[r for r, _ in done], status=RecipientStatus.SENDING).update(
                    status=RecipientStatus.SENT
                )
                await _disclose(self.broadcast, [lead for _, lead in done if lead is not None])

    async def pace(self, hold: float = 0.0) -> None:
        """Wait for this send's turn: an evenly spaced slot, then a sliding 1-second window that holds fewer
        than the cap (a sender woken late after a stall must not burst with the ones on time)."""
        wait = await ratelimit.reserve_slot("wa-pace", self.phone_number_id, self.interval, hold=hold)
        if hold:
            return
        if wait > 0:
            await asyncio.sleep(wait)
        for _ in range(1000):  # a window frees up within a second; the bound only guards against a bad clock
            later = await ratelimit.take_in_window("wa-window", self.phone_number_id, self.window_cap)
            if later <= 0:
                return
            await asyncio.sleep(later)


async def _claim(broadcast: Broadcast) -> list[tuple[BroadcastRecipient, WhatsAppMessage]]:
    """Claim up to BATCH pending recipients (rows another process holds are skipped) and give each a QUEUED
    message on the lead's timeline."""
    now = _now()
    async with in_transaction() as conn:
        recipients = (
            await BroadcastRecipient.filter(broadcast_id=broadcast.id, status=RecipientStatus.PENDING)
            .filter(Q(not_before__isnull=True) | Q(not_before__lte=now))
            .order_by("created_at", "id")
            .limit(BATCH)
            .select_for_update(skip_locked=True)
            .using_db(conn)
        )
        if not recipients:
            return []
        held = [rec.message_id for rec in recipients if rec.message_id is not None]
        # re-queued after a pair-rate back-off: the same message again
        messages = {m.id: m for m in await WhatsAppMessage.filter(id__in=held).using_db(conn)} if held else {}
        fresh: dict[uuid.UUID, WhatsAppMessage] = {}
        erased: list[uuid.UUID] = []
        for rec in recipients:
            if rec.message_id in messages:
                continue
            if rec.lead_id is None:
                erased.append(rec.id)
                continue
            fresh[rec.id] = WhatsAppMessage(
                id=rec.id,  # the recipient's message has the recipient's id: one claim statement per batch
                organization_id=broadcast.organization_id,
                lead_id=rec.lead_id,
                direction=MessageDirection.OUT,
                template_name=broadcast.template_name,
                template_language=broadcast.template_language,
                template_category=broadcast.template_category,
                parameters=list(broadcast.parameters or []),
                body=_RENDERED.get(broadcast.id, ""),
                status=MessageStatus.QUEUED,
                created_by_id=broadcast.created_by_id,
            )
        if fresh:
            await WhatsAppMessage.bulk_create(list(fresh.values()), using_db=conn)
        if erased:
            await (
                BroadcastRecipient.filter(id__in=erased)
                .using_db(conn)
                .update(status=RecipientStatus.SKIPPED, reason=SkipReason.ERASED)
            )
        claimed = [
            (rec, fresh.get(rec.id) or messages[rec.message_id])
            for rec in recipients
            if rec.id in fresh or rec.message_id in messages
        ]
        if claimed:
            await (
                BroadcastRecipient.filter(id__in=[rec.id for rec, _ in claimed])
                .using_db(conn)
                .update(status=RecipientStatus.SENDING, message_id=F("id"))
            )
    return claimed


_RENDERED: dict[uuid.UUID, str] = {}


async def _finish_recipient(
    rec: BroadcastRecipient, status: RecipientStatus, reason: SkipReason | None = None, code: int | None = None
) -> None:
    await BroadcastRecipient.filter(id=rec.id).update(status=status, reason=reason, error_code=code)


async def _send_one(run: _Run, rec: BroadcastRecipient, message: WhatsAppMessage, check: _Checks) -> None:
    verdict = check.verdict(rec)
    if verdict is not None:  # consent withdrawn, objection or erasure since the audience was fixed
        await WhatsAppMessage.filter(id=message.id, status=MessageStatus.QUEUED).delete()
        await _finish_recipient(rec, RecipientStatus.SKIPPED, verdict)
        return
    if run.stop.is_set():
        await BroadcastRecipient.filter(id=rec.id, status=RecipientStatus.SENDING).update(
            status=RecipientStatus.PENDING
        )
        return
    tries = 0
    while True:
        await run.pace()
        if run.stop.is_set():
            await BroadcastRecipient.filter(id=rec.id, status=RecipientStatus.SENDING).update(
                status=RecipientStatus.PENDING
            )
            return
        # At most once: only the caller that moves the message QUEUED -> SENDING calls Meta.
        if not await WhatsAppMessage.filter(id=message.id, status=MessageStatus.QUEUED).update(
            status=MessageStatus.SENDING
        ):
            return
        try:
            reply = await run.graph.post(
                f"{run.phone_number_id}/messages", json=services.wire_payload(message, check.to[rec.id])
            )
        except MetaRetryable as exc:
            if exc.code is None:  # the connection broke mid-call: Meta may have sent it; never resend
                await WhatsAppMessage.filter(id=message.id).update(status=MessageStatus.UNKNOWN, status_at=_now())
                await _finish_recipient(rec, RecipientStatus.FAILED)
                return
            # Meta answered with an error: nothing was sent; the message is ours to try again.
            await WhatsAppMessage.filter(id=message.id, status=MessageStatus.SENDING).update(
                status=MessageStatus.QUEUED
            )
            if exc.code == 130429:  # the number's throughput: every sender of this number pauses
                await run.pace(hold=THROTTLE_BACKOFF)
                continue
            if exc.code == 131056:  # this user only: later, in another batch
                await BroadcastRecipient.filter(id=rec.id).update(
                    status=RecipientStatus.PENDING, not_before=_now() + PAIR_BACKOFF
                )
                return
            tries += 1
            if tries >= TRANSIENT_TRIES:  # Meta keeps failing: leave it for a later batch
                await BroadcastRecipient.filter(id=rec.id).update(
                    status=RecipientStatus.PENDING, not_before=_now() + dt.timedelta(seconds=30)
                )
                return
            await asyncio.sleep(min(5.0, 0.25 * 2**tries))
            continue
        except MetaError as exc:
            now = _now()
            await WhatsAppMessage.filter(id=message.id).update(
                status=MessageStatus.FAILED,
                error_code=exc.code,
                error_title=(exc.user_title or exc.message)[:300],
                failed_at=now,
                status_at=now,
            )
            if exc.code == MARKETING_LIMIT:
                await _finish_recipient(rec, RecipientStatus.SKIPPED, SkipReason.MARKETING_LIMIT, exc.code)
            else:
                await _finish_recipient(rec, RecipientStatus.FAILED, code=exc.code)
            if exc.code == SPAM_LIMIT:
                run.spam_limited = True
                run.stop.set()
            return
        first = ((reply or {}).get("messages") or [{}])[0] if isinstance(reply, dict) else {}
        wamid = str(first.get("id") or "") or None
        now = _now()
        await WhatsAppMessage.filter(id=message.id).update(
            status=MessageStatus.SENT if wamid else MessageStatus.UNKNOWN,
            meta_message_id=wamid,
            sent_at=now,
            status_at=now,
        )
        if wamid:
            run.sent.append((rec.id, rec.lead_id))  # written with the batch's others (a crash: _recover reads it)
        else:
            await _finish_recipient(rec, RecipientStatus.FAILED)
        return


@dataclasses.dataclass
class _Checks:
    """Send-time rules for a batch, read in bulk: consent, objection, erasure, phone."""

    skip: dict[uuid.UUID, SkipReason]
    to: dict[uuid.UUID, str]

    def verdict(self, rec: BroadcastRecipient) -> SkipReason | None:
        return self.skip.get(rec.id)


async def _checks(broadcast: Broadcast, batch: list[tuple[BroadcastRecipient, WhatsAppMessage]]) -> _Checks:
    organization_id = broadcast.organization_id
    lead_ids = [rec.lead_id for rec, _ in batch if rec.lead_id]
    leads = {lead.id: lead for lead in await Lead.for_org(organization_id).filter(id__in=lead_ids)}
    consented = await _consents(organization_id, lead_ids)
    country = await Organization.country_of(organization_id)
    objecting = (
        await objecting_leads(organization_id, lead_ids, ObjectionKind.DIRECT_MARKETING)
        if broadcast.template_category is TemplateCategory.MARKETING
        else set()
    )
    skip: dict[uuid.UUID, SkipReason] = {}
    to: dict[uuid.UUID, str] = {}
    for rec, _ in batch:
        lead = leads.get(rec.lead_id) if rec.lead_id else None
        phone = services.recipient(lead, country) if lead is not None else None
        if lead is None:
            skip[rec.id] = SkipReason.ERASED
        elif phone is None:
            skip[rec.id] = SkipReason.NO_PHONE
        elif lead.id not in consented:
            skip[rec.id] = SkipReason.CONSENT_REQUIRED
        elif lead.id in objecting:
            skip[rec.id] = SkipReason.OBJECTION_RECORDED
        else:
            to[rec.id] = phone
    return _Checks(skip, to)


async def _watch(broadcast_id: uuid.UUID, stop: asyncio.Event) -> None:
    """Cancellation reaches a running job within a quarter of a second."""
    while not stop.is_set():
        await asyncio.sleep(0.25)
        status = await Broadcast.filter(id=broadcast_id).first().values_list("status", flat=True)
        if status is not BroadcastStatus.RUNNING and status != BroadcastStatus.RUNNING.value:
            stop.set()


async def _next_slice(job: Job, broadcast: Broadcast, defer: float | None = None) -> None:
    n = int(job.payload.get("slice", 0)) + 1
    nxt = await enqueue(
        JobKind.BROADCAST,
        {"broadcast_id": str(broadcast.id), "slice": n},
        organization_id=broadcast.organization_id,
        created_by_id=job.created_by_id,
        dedupe_key=f"broadcast:{broadcast.id}:{n}",
        defer=defer,
    )
    await Broadcast.filter(id=broadcast.id).update(job_id=nxt.id)


async def _settle_cancelled(broadcast: Broadcast) -> None:
    """A cancelled broadcast: what was claimed but never sent is skipped, its unsent message removed."""
    leftovers = await BroadcastRecipient.filter(
        broadcast_id=broadcast.id, status__in=[RecipientStatus.PENDING, RecipientStatus.SENDING]
    ).prefetch_related("message")
    for rec in leftovers:
        message = rec.message
        if message is not None and message.status is MessageStatus.QUEUED:
            await WhatsAppMessage.filter(id=message.id, status=MessageStatus.QUEUED).delete()
            message = None
        if message is None:
            await _finish_recipient(rec, RecipientStatus.SKIPPED, SkipReason.CANCELLED)
        elif message.meta_message_id:
            await _finish_recipient(rec, RecipientStatus.SENT)
        else:
            await _finish_recipient(rec, RecipientStatus.FAILED)


@handler(JobKind.BROADCAST)
async def run_broadcast(job: Job) -> dict[str, Any] | None:
    broadcast = await Broadcast.get_or_none(id=job.payload["broadcast_id"])
    if broadcast is None:
        return {"skipped": "broadcast is gone"}
    if broadcast.status is BroadcastStatus.CANCELLED:
        await _settle_cancelled(broadcast)
        return {"status": "CANCELLED"}
    if broadcast.status.finished:
        return {"status": broadcast.status.value}
    early = (broadcast.scheduled_at - _now()).total_seconds()
    if broadcast.status is BroadcastStatus.SCHEDULED and early > 1.0:  # run too soon (a queue restart): wait
        await _next_slice(job, broadcast, early)
        return {"status": "SCHEDULED"}
    settings = get_settings()
    organization_id = broadcast.organization_id
    if await is_read_only(settings, organization_id):  # a lapsed subscription pauses broadcasts (SPEC §7.7)
        await Broadcast.filter(id=broadcast.id).update(paused_reason="SUBSCRIPTION_INACTIVE")
        await _next_slice(job, broadcast, READ_ONLY_RECHECK)
        return {"status": "PAUSED"}
    config = await services.get_config(organization_id)
    if config is None:
        await Broadcast.filter(id=broadcast.id).update(
            status=BroadcastStatus.FAILED, error="WhatsApp is not configured", finished_at=_now()
        )
        return {"status": "FAILED"}
    moved = await Broadcast.filter(id=broadcast.id, status=BroadcastStatus.SCHEDULED).update(
        status=BroadcastStatus.RUNNING, started_at=_now()
    )
    if broadcast.paused_reason:
        await Broadcast.filter(id=broadcast.id).update(paused_reason=None)
    broadcast = await Broadcast.get(id=broadcast.id)
    if broadcast.status is not BroadcastStatus.RUNNING:
        return {"status": broadcast.status.value}
    template = next(
        (
            t
            for t in await services.templates_of(config)  # the cached list, read again when stale
            if (t.get("name"), t.get("language")) == (broadcast.template_name, broadcast.template_language)
        ),
        {},
    )
    if template.get("status") != "APPROVED":  # paused, disabled or deleted at Meta since it was created
        await Broadcast.filter(id=broadcast.id).update(
            status=BroadcastStatus.FAILED, error="The template is no longer approved by Meta", finished_at=_now()
        )
        await _settle_cancelled(broadcast)
        return {"status": "FAILED"}
    category = TemplateCategory.__members__.get(str(template.get("category") or ""))
    if category is not None and category is not broadcast.template_category:
        # Meta re-classified the template: its rules (objections, marketing limits) apply from now on.
        broadcast.template_category = category
        await Broadcast.filter(id=broadcast.id).update(template_category=category)
    _RENDERED[broadcast.id] = services._render(template, list(broadcast.parameters or []))
    if not broadcast.materialized:
        await _materialize(broadcast)
    elif not moved:
        await _recover(broadcast)
    deadline = time.monotonic() + max(5.0, min(settings.job_timeout_seconds * 0.5, 300.0))
    stop = asyncio.Event()
    watcher = asyncio.create_task(_watch(broadcast.id, stop))
    interval = 1.0 / (settings.whatsapp_mps * HEADROOM)
    more = paused = False
    next_look = time.monotonic() + LOOK_EVERY
    try:
        async with GraphClient(access_token=config.access_token, max_retries=0) as graph:
            window_cap = max(1, int(settings.whatsapp_mps * WINDOW_HEADROOM))
            run = _Run(broadcast, graph, config.phone_number_id, interval, stop, window_cap)
            limit = asyncio.Semaphore(CONCURRENCY)
            inflight: set[asyncio.Task[None]] = set()

            async def one(rec: BroadcastRecipient, message: WhatsAppMessage, check: _Checks) -> None:
                async with limit:
                    try:
                        await _send_one(run, rec, message, check)
                    except Exception:  # the recipient stays SENDING: the next slice's _recover settles it
                        log.exception("broadcast send failed", extra={"broadcast_id": str(broadcast.id)})

            try:
                while not stop.is_set():
                    if time.monotonic() > deadline:
                        more = True
                        break
                    if len(inflight) >= 2 * CONCURRENCY:  # enough waiting: claim more when some are done
                        await asyncio.wait(inflight, return_when=asyncio.FIRST_COMPLETED)
                        continue
                    await run.flush()
                    batch = await _claim(broadcast)
                    if not batch:
                        if inflight:
                            await asyncio.wait(inflight, return_when=asyncio.FIRST_COMPLETED)
                            continue
                        waiting = (
                            await BroadcastRecipient.filter(broadcast_id=broadcast.id, status=RecipientStatus.PENDING)
                            .order_by("not_before")
                            .first()
                        )
                        if waiting is None:
                            break
                        pause = ((waiting.not_before or _now()) - _now()).total_seconds()
                        await asyncio.sleep(min(2.0, max(0.05, pause)))
                        continue
                    check = await _checks(broadcast, batch)
                    for rec, message in batch:
                        task = asyncio.create_task(one(rec, message, check))
                        inflight.add(task)
                        task.add_done_callback(inflight.discard)
                    if time.monotonic() >= next_look:  # progress and billing, every few seconds
                        next_look = time.monotonic() + LOOK_EVERY
                        counts = (await counts_of([broadcast.id]))[broadcast.id]
                        await report_progress(job, progress_of(broadcast, counts))
                        if await is_read_only(settings, organization_id):
                            paused = True
                            break
            finally:
                if paused or more:
                    stop.set()  # claimed but unsent recipients go back to PENDING for the next slice
                if inflight:
                    await asyncio.gather(*inflight, return_exceptions=True)
                await run.flush()
            if paused:
                await Broadcast.filter(id=broadcast.id).update(paused_reason="SUBSCRIPTION_INACTIVE")
                await _next_slice(job, broadcast, READ_ONLY_RECHECK)
                return {"status": "PAUSED"}
    finally:
        stop.set()
        watcher.cancel()
        _RENDERED.pop(broadcast.id, None)
    current = await Broadcast.get(id=broadcast.id)
    if current.status is BroadcastStatus.CANCELLED:
        await _settle_cancelled(current)
        return {"status": "CANCELLED"}
    if run.spam_limited:
        await Broadcast.filter(id=broadcast.id).update(
            status=BroadcastStatus.FAILED, error="Meta restricted the number (131048)", finished_at=_now()
        )
        await _settle_cancelled(current)
        return {"status": "FAILED"}
    if more:
        await _next_slice(job, broadcast)
        return {"status": "RUNNING", "continues": True}
    await Broadcast.filter(id=broadcast.id, status=BroadcastStatus.RUNNING).update(
        status=BroadcastStatus.COMPLETED, finished_at=_now()
    )
    counts = (await counts_of([broadcast.id]))[broadcast.id]
    return {"status": "COMPLETED", "sent": counts.sent, "failed": counts.failed, "skipped": counts.skipped}
