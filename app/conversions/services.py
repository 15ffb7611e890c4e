"""Conversions API for CRM: setup, the outbox of stage events, the gates and the batched upload.

Events come from domain events (a Meta lead created, a mapped status reached, a deal won); one row per
(lead, stage) so a stage is queued once; `event_id = {leadgen_id}:{stage}` so a re-send is de-duplicated by
Meta. A won deal's value rides on the lead's pending converted-stage event, else goes as the deal's own event
(`{leadgen_id}:{stage}:{deal}`), once per deal. The upload (a CONVERSIONS_UPLOAD job) reads the lead's
identifiers at send time, applies the gates (objections, AD_MEASUREMENT consent under CONSENT, erasure, billing
read-only) and sends ≤ 1,000 events per request; throttling / 5xx keep the rows pending with a backoff; an event
older than 7 days is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.accounts.models import Organization, Role
from app.audit.services import record_change, record_many
from app.billing.services import is_read_only
from app.conversions.models import (
    ConversionEvent,
    ConversionEventStatus,
    ConversionsConfig,
    ConversionsLegalBasis,
)
from app.disclosures.services import META_CONVERSIONS, record_disclosures
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, EventType, batch_for, subscribe
from app.integrations.meta import conversions as capi
from app.integrations.meta.calls import MetaAuthError, MetaError, MetaRetryable
from app.integrations.meta.connection import get_connection, note_token_failure, usable_connection
from app.integrations.meta.status_notices import INTEGRATIONS_LINK
from app.jobs import JobKind, enqueue
from app.leads.models import STATUS_RANK, Lead, LeadStatus, LeadStatusChange
from app.leads.services import sendable_phone
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.privacy.consent import objecting_leads
from app.privacy.erasure_models import ConsentPurpose, LeadConsent, ObjectionKind
from app.request_context import ACTOR_COLUMNS, current_request
from app.settings import get_settings

log = logging.getLogger("quantix.conversions")

UPLOAD_DELAY = 300.0  # events of 5 minutes go in one upload: sent within 15 minutes of the change
BACKOFF_BASE = 30.0
BACKOFF_MAX = 900.0
DEFAULT_INITIAL_EVENT = "Lead"
DEFAULT_WON_EVENT = "Converted"
BLOCKING_OBJECTIONS = (ObjectionKind.DIRECT_MARKETING, ObjectionKind.AUTOMATED_DECISIONS)
DROP_WARNING_WINDOW = dt.timedelta(days=7)  # a dropped event keeps the health warning up this long


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- setup ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageEvent:
    lead_status: LeadStatus
    event_name: str


def _clean_stages(stages: Sequence[StageEvent]) -> list[dict[str, str]]:
    seen: set[LeadStatus] = set()
    out: list[dict[str, str]] = []
    for stage in stages:
        name = (stage.event_name or "").strip()
        if not name or len(name) > 100:
            raise DomainError(ErrorCode.INVALID_INPUT, "An event name has 1 to 100 characters.", field="stageEvents")
        if stage.lead_status in seen:
            raise DomainError(
                ErrorCode.INVALID_INPUT, f"{stage.lead_status.value} is mapped twice.", field="stageEvents"
            )
        seen.add(stage.lead_status)
        out.append({"leadStatus": stage.lead_status.value, "eventName": name})
    return out


async def configure(
    organization_id: uuid.UUID,
    *,
    dataset_id: str,
    stage_events: Sequence[StageEvent],
    legal_basis: ConversionsLegalBasis = ConversionsLegalBasis.LEGITIMATE_INTEREST,
    enabled: bool = True,
    actor_id: uuid.UUID | None = None,
) -> ConversionsConfig:
    """Save the setup once Meta confirmed the connection's token reaches the dataset; audited as
    `conversions.configured` with what it is now and which of it changed (no personal data)."""
    dataset_id = (dataset_id or "").strip()
    if not dataset_id.isdigit() or len(dataset_id) > 32:
        raise DomainError(ErrorCode.INVALID_INPUT, "A dataset id is a number (Events Manager).", field="datasetId")
    stages = _clean_stages(stage_events)
    conn = await usable_connection(organization_id)
    problem = await capi.check_dataset(dataset_id, str(conn.access_token))
    if problem is not None:
        raise DomainError(ErrorCode.INVALID_INPUT, problem, field="datasetId")
    config = await ConversionsConfig.for_org(organization_id).first()
    before = _setup(config) if config is not None else {}
    if config is None:
        config = ConversionsConfig(organization_id=organization_id)
    config.dataset_id = dataset_id
    config.stage_events = stages
    config.legal_basis = legal_basis
    config.enabled = enabled
    config.last_error = None
    await config.save()
    after = _setup(config)
    changed = [name for name, value in after.items() if before.get(name) != value]
    await record_change("conversions.configured", config, actor_id, {**after, "changed": changed})
    return config


def _setup(config: ConversionsConfig) -> dict[str, Any]:
    """The setup as its audit event records it (classified not personal)."""
    return {
        "datasetId": config.dataset_id,
        "enabled": config.enabled,
        "legalBasis": config.legal_basis.value,
        "stageEvents": list(config.stage_events or []),
    }


async def get_config(organization_id: uuid.UUID) -> ConversionsConfig | None:
    return await ConversionsConfig.for_org(organization_id).first()


def _mapping(config: ConversionsConfig) -> dict[LeadStatus, str]:
    out: dict[LeadStatus, str] = {}
    for item in config.stage_events or []:
        try:
            out[LeadStatus(item["leadStatus"])] = str(item["eventName"])
        except (KeyError, ValueError):
            continue
    return out


# --- health --------------------------------------------------------------------------------------------


@dataclass
class ConversionsHealth:
    config: ConversionsConfig | None
    sent_last_24h: int = 0
    failed_last_24h: int = 0
    dropped_last_7d: int = 0
    pending: int = 0
    warnings: list[str] = field(default_factory=list)


async def health(organization_id: uuid.UUID, now: dt.datetime | None = None) -> ConversionsHealth:
    now = now or _now()
    config = await get_config(organization_id)
    out = ConversionsHealth(config)
    if config is None:
        return out
    rows = ConversionEvent.for_org(organization_id)
    day = now - dt.timedelta(hours=24)
    out.sent_last_24h = await rows.filter(status=ConversionEventStatus.SENT, sent_at__gte=day).count()
    out.failed_last_24h = await rows.filter(
        status__in=[ConversionEventStatus.FAILED, ConversionEventStatus.DROPPED], updated_at__gte=day
    ).count()
    out.dropped_last_7d = await rows.filter(
        status=ConversionEventStatus.DROPPED, updated_at__gte=now - DROP_WARNING_WINDOW
    ).count()
    out.pending = await rows.filter(status=ConversionEventStatus.PENDING).count()
    if out.dropped_last_7d:
        out.warnings.append(
            f"{out.dropped_last_7d} Conversions API event(s) could not be sent within 7 days and were dropped."
        )
    if config.last_error:
        out.warnings.append(f"Last upload failed: {config.last_error}")
    return out


# --- the outbox ----------------------------------------------------------------------------------------


async def _schedule(organization_id: uuid.UUID) -> None:
    """One upload job per organisation and 5-minute window (immediately under test)."""
    settings = get_settings()
    if settings.env == "test":
        await enqueue(JobKind.CONVERSIONS_UPLOAD, {}, organization_id=organization_id)
        return
    now = _now().timestamp()
    window = int(now // UPLOAD_DELAY)
    defer = (window + 1) * UPLOAD_DELAY - now
    await enqueue(
        JobKind.CONVERSIONS_UPLOAD,
        {},
        organization_id=organization_id,
        dedupe_key=f"conversions:{organization_id}:{window}",
        defer=defer,
    )


async def queue_event(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    event_name: str,
    event_time: dt.datetime,
    *,
    value: Decimal | None = None,
    currency: str | None = None,
    event_key: str = "",
    deal_id: uuid.UUID | None = None,
) -> bool:
    """Queue one event of a lead, once per (lead, stage, key); False when it was queued before."""
    rows = ConversionEvent.for_org(organization_id)
    if await rows.filter(lead_id=lead_id, event_name=event_name, event_key=event_key).exists():
        return False
    try:
        await ConversionEvent.create(
            organization_id=organization_id,
            lead_id=lead_id,
            event_name=event_name,
            event_key=event_key,
            event_time=event_time,
            value=value,
            currency=currency,
            deal_id=deal_id,
            **current_request().actor_columns(),
        )
    except IntegrityError:  # the unique (lead, stage, key) row appeared meanwhile (or the lead is gone)
        return False
    return True


async def queue_won_deal(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    deal_id: uuid.UUID,
    event_name: str,
    event_time: dt.datetime,
    *,
    value: Decimal | None,
    currency: str | None,
) -> bool:
    """A won deal reaches Meta with its value and currency (SPEC §7.6) as the converted stage's event (META-2
    §11.3: value/currency ride on e.g. "Converted"). While the lead's stage event is pending without a value it
    carries the deal's (one event: winning the deal is what converted the lead); once it was sent or carries
    another deal's value, the deal goes as its own event keyed by the deal, since Meta keeps only the first of
    one event_name + event_id within 48 h (§11.7) and would drop a re-sent stage. A deal won again after a
    reopening is the same conversion: not sent twice (a pending one takes the new amount). A deal without an
    amount adds nothing to the stage event. True when something new is pending."""
    if value is None:
        return await queue_event(organization_id, lead_id, event_name, event_time)
    rows = ConversionEvent.for_org(organization_id)
    mine = await rows.filter(lead_id=lead_id, deal_id=deal_id).first()
    if mine is not None:
        await rows.filter(id=mine.id, status=ConversionEventStatus.PENDING).update(value=value, currency=currency)
        return False
    folded = await rows.filter(
        lead_id=lead_id,
        event_name=event_name,
        event_key="",
        status=ConversionEventStatus.PENDING,
        value__isnull=True,
    ).update(value=value, currency=currency, deal_id=deal_id)
    if folded:
        return True
    facts = {"value": value, "currency": currency, "deal_id": deal_id}
    if await queue_event(organization_id, lead_id, event_name, event_time, **facts):
        return True  # the lead had no stage event yet: it carries the deal
    return await queue_event(organization_id, lead_id, event_name, event_time, event_key=str(deal_id), **facts)


async def _enabled_config(organization_id: uuid.UUID) -> ConversionsConfig | None:
    config = await get_config(organization_id)
    return config if config is not None and config.enabled else None


async def _meta_lead(organization_id: uuid.UUID, lead_id: uuid.UUID | None) -> Lead | None:
    if lead_id is None:
        return None
    lead = await Lead.for_org(organization_id).get_or_none(id=lead_id)
    return lead if lead is not None and capi.valid_leadgen_id(lead.meta_lead_id) else None


async def _on_created(event: DomainEvent, config: ConversionsConfig) -> bool:
    lead = await _meta_lead(event.organization_id, event.subject_id)
    if lead is None:
        return False
    name = _mapping(config).get(LeadStatus.NEW, DEFAULT_INITIAL_EVENT)
    return await queue_event(event.organization_id, lead.id, name, lead.meta_created_time or lead.created_at)


async def _on_updated(event: DomainEvent, config: ConversionsConfig) -> bool:
    lead = await _meta_lead(event.organization_id, event.subject_id)
    if lead is None:
        return False
    mapping = _mapping(config)
    if lead.status not in mapping:
        return False
    change = (
        await LeadStatusChange.for_org(event.organization_id)
        .filter(lead_id=lead.id, to_status=lead.status)
        .order_by("-created_at")
        .first()
    )
    at = change.created_at if change is not None else _now()
    created = lead.meta_created_time or lead.created_at
    at = max(at, created)
    # A lead that jumped ahead also sends the mapped stages it skipped (META-2 §16.5), same time.
    stages = [lead.status]
    if lead.status is not LeadStatus.LOST:
        rank = STATUS_RANK[lead.status.value]
        stages = [s for s in mapping if s is not LeadStatus.LOST and STATUS_RANK[s.value] <= rank]
        stages.sort(key=lambda s: STATUS_RANK[s.value])
    queued = False
    for status in stages:
        queued |= await queue_event(event.organization_id, lead.id, mapping[status], at)
    return queued


async def _on_deal_won(event: DomainEvent, config: ConversionsConfig) -> bool:
    ref = event.data.get("lead_id")
    lead_id = ref[1] if isinstance(ref, tuple) else None
    lead = await _meta_lead(event.organization_id, lead_id)
    if lead is None or event.subject_id is None:
        return False
    value: Decimal | None = None
    try:
        value = Decimal(str(event.data["amount"])) if event.data.get("amount") is not None else None
    except InvalidOperation:
        value = None
    currency = event.data.get("currency") if value is not None else None
    await queue_won_deal(
        event.organization_id,
        lead.id,
        event.subject_id,
        _mapping(config).get(LeadStatus.CONVERTED, DEFAULT_WON_EVENT),
        max(event.occurred_at, lead.meta_created_time or lead.created_at),
        value=value,
        currency=str(currency) if currency else None,
    )
    return True


_HANDLERS = {
    EventType.LEAD_CREATED: _on_created,
    EventType.LEAD_UPDATED: _on_updated,
    EventType.DEAL_WON: _on_deal_won,
}


@subscribe
async def on_domain_event(event: DomainEvent) -> None:
    """Turn lead and deal events into pending Conversions API events (only for configured organisations)."""
    await on_domain_events([event])


@batch_for(on_domain_event)
async def on_domain_events(events: list[DomainEvent]) -> None:
    """Events of one organisation (a bulk update announces 100,000 at once): the setup is read once."""
    if not events:
        return
    organization_id = events[0].organization_id
    if any(e.type is EventType.LEAD_ERASED for e in events):
        await cancel_erased(organization_id)
    if not any(e.type in _HANDLERS for e in events):
        return
    config = await _enabled_config(organization_id)
    if config is None:
        return
    queued = False
    for event in events:
        handle = _HANDLERS.get(event.type)
        if handle is not None and await handle(event, config):
            queued = True
    if queued:
        await _schedule(organization_id)


async def cancel_erased(organization_id: uuid.UUID) -> int:
    """An erased lead's rows lost their lead (SET NULL): its pending events are cancelled, never sent."""
    return (
        await ConversionEvent.for_org(organization_id)
        .filter(status=ConversionEventStatus.PENDING, lead_id__isnull=True)
        .update(status=ConversionEventStatus.CANCELLED, error="The lead was erased.")
    )


# --- the upload ----------------------------------------------------------------------------------------


@dataclass
class UploadReport:
    sent: int = 0
    batches: int = 0
    cancelled: int = 0
    dropped: int = 0
    failed: int = 0
    paused: str | None = None
    retry_in: float | None = None
    retry_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "sent": self.sent,
            "batches": self.batches,
            "cancelled": self.cancelled,
            "dropped": self.dropped,
            "failed": self.failed,
        }
        if self.paused:
            out["paused"] = self.paused
        return out


async def _blocked_leads(organization_id: uuid.UUID, leads: list[Lead], basis: ConversionsLegalBasis) -> set[Any]:
    ids = [lead.id for lead in leads]
    blocked: set[Any] = await objecting_leads(organization_id, ids, *BLOCKING_OBJECTIONS)
    if basis is ConversionsLegalBasis.CONSENT:
        newest: dict[Any, bool] = {}
        rows = (
            await LeadConsent.for_org(organization_id)
            .filter(lead_id__in=ids, purpose=ConsentPurpose.AD_MEASUREMENT)
            .order_by("-created_at", "-id")
            .values_list("lead_id", "granted")
        )
        for lead_id, granted in rows:
            newest.setdefault(lead_id, bool(granted))
        blocked |= {i for i in ids if not newest.get(i, False)}
    return blocked


def _backoff(attempts: int, hint: float | None) -> float:
    return min(BACKOFF_MAX, max(hint or 0.0, BACKOFF_BASE * 2 ** max(0, attempts - 1)))


async def _batch(
    organization_id: uuid.UUID,
    config: ConversionsConfig,
    token: str,
    now: dt.datetime,
    report: UploadReport,
    batch_size: int,
) -> bool:
    """Send one batch (in parts where Meta refuses it); False when nothing was due or the upload must wait.
    Rows are locked (skip locked) for the send."""
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    async with in_transaction():
        rows = list(
            await ConversionEvent.for_org(organization_id)
            .filter(due, status=ConversionEventStatus.PENDING)
            .order_by("event_time", "created_at", "id")
            .limit(batch_size)
            .select_for_update(skip_locked=True)
        )
        if not rows:
            return False
        lead_ids = {r.lead_id for r in rows if r.lead_id is not None}
        leads = {lead.id: lead for lead in await Lead.for_org(organization_id).filter(id__in=list(lead_ids))}
        blocked = await _blocked_leads(organization_id, list(leads.values()), config.legal_basis)
        country = await Organization.country_of(organization_id)
        too_old = now - capi.MAX_EVENT_AGE + capi.SAFETY_MARGIN
        cancel: dict[str, list[uuid.UUID]] = {}
        dropped: list[uuid.UUID] = []
        sending: list[tuple[ConversionEvent, capi.CrmEvent]] = []
        for row in rows:
            lead = leads.get(row.lead_id) if row.lead_id else None
            if lead is None:
                cancel.setdefault("The lead was erased.", []).append(row.id)
            elif lead.id in blocked:
                cancel.setdefault("The lead objected or has not consented to ad measurement.", []).append(row.id)
            elif not capi.valid_leadgen_id(lead.meta_lead_id):
                cancel.setdefault("The lead has no Meta lead id.", []).append(row.id)
            elif row.event_time < too_old:
                dropped.append(row.id)
            else:
                created = lead.meta_created_time or lead.created_at
                sending.append(
                    (
                        row,
                        capi.CrmEvent(
                            leadgen_id=str(lead.meta_lead_id),
                            event_name=row.event_name,
                            event_time=max(row.event_time, created),
                            email=lead.email,
                            phone=sendable_phone(lead, country),
                            value=row.value,
                            currency=row.currency,
                            key=row.event_key,
                        ),
                    )
                )
        for reason, ids in cancel.items():
            await ConversionEvent.filter(id__in=ids).update(
                status=ConversionEventStatus.CANCELLED, error=reason, updated_at=now
            )
            report.cancelled += len(ids)
        if dropped:
            await ConversionEvent.filter(id__in=dropped).update(
                status=ConversionEventStatus.DROPPED, error="Unsent after 7 days; Meta would refuse it.", updated_at=now
            )
            report.dropped += len(dropped)
        if not sending:
            return True
        outcomes = await _send_isolating(config.dataset_id, token, sending)
        for part, outcome in outcomes:
            if not isinstance(outcome, MetaError):
                await _record_sent(organization_id, config.dataset_id, part, outcome, now, report)
    # A refused part counts as nothing sent; what happens to its rows is decided after the rows' locks go.
    go_on = True
    for part, outcome in outcomes:
        if isinstance(outcome, MetaError):
            go_on = await _record_refusal(organization_id, config, part, outcome, now, report) and go_on
    return go_on


Sending = list[tuple[ConversionEvent, capi.CrmEvent]]


async def _send_isolating(
    dataset_id: str, token: str, sending: Sending
) -> list[tuple[Sending, capi.UploadResult | MetaError]]:
    """Meta refuses a whole batch for one invalid event (META-2 §11.2): a refused batch is sent again in halves
    until each refused event stands alone, so one bad event never holds back the rest (k bad events in n cost
    about k·log2(n) more requests). Throttling, 5xx and a dead token say nothing about one event: not split."""
    try:
        return [(sending, await capi.upload(dataset_id, token, [event for _, event in sending]))]
    except MetaError as exc:
        if len(sending) == 1 or isinstance(exc, MetaRetryable | MetaAuthError):
            return [(sending, exc)]
    half = len(sending) // 2
    return await _send_isolating(dataset_id, token, sending[:half]) + await _send_isolating(
        dataset_id, token, sending[half:]
    )


async def _record_sent(
    organization_id: uuid.UUID,
    dataset_id: str,
    part: Sending,
    result: capi.UploadResult,
    now: dt.datetime,
    report: UploadReport,
) -> None:
    rows = [row for row, _ in part]
    await ConversionEvent.filter(id__in=[row.id for row in rows]).update(
        status=ConversionEventStatus.SENT,
        sent_at=now,
        updated_at=now,
        fbtrace_id=result.fbtrace_id,
        error=None,
        attempts=rows[0].attempts + 1,
    )
    await record_disclosures(
        organization_id,
        [row.lead_id for row in rows],
        META_CONVERSIONS,
        ["LEAD_CONTACT", "META_ADS_DATA"],
        reference=result.fbtrace_id,
    )
    await _audit_sends(organization_id, dataset_id, rows, result.fbtrace_id)
    report.sent += len(rows)
    report.batches += 1


async def _record_refusal(
    organization_id: uuid.UUID,
    config: ConversionsConfig,
    part: Sending,
    error: MetaError,
    now: dt.datetime,
    report: UploadReport,
) -> bool:
    """Retry later, pause, drop or fail the refused rows; False when the upload should stop for now."""
    ids = [row.id for row, _ in part]
    attempts = max(row.attempts for row, _ in part) + 1
    if isinstance(error, MetaRetryable):
        delay = _backoff(attempts, error.retry_after if error.code is not None else None)
        await ConversionEvent.filter(id__in=ids, status=ConversionEventStatus.PENDING).update(
            attempts=attempts, next_attempt_at=now + dt.timedelta(seconds=delay), error=error.summary()
        )
        report.retry_in = delay
        report.retry_reason = error.summary()
        return False
    if isinstance(error, MetaAuthError):
        conn = await get_connection(organization_id)
        if conn is not None:
            await note_token_failure(conn, error)
        report.paused = "The Meta token no longer works; reconnect Meta."
        await ConversionsConfig.filter(id=config.id).update(last_error=error.summary())
        return False
    if error.subcode == capi.TOO_OLD_SUBCODE:  # our clock margin failed: drop what Meta calls too old
        await ConversionEvent.filter(id__in=ids).update(
            status=ConversionEventStatus.DROPPED, error=error.summary(), updated_at=now
        )
        report.dropped += len(ids)
        return True
    await ConversionEvent.filter(id__in=ids).update(
        status=ConversionEventStatus.FAILED, attempts=attempts, error=error.summary(), updated_at=now
    )
    await ConversionsConfig.filter(id=config.id).update(last_error=error.summary())
    report.failed += len(ids)
    return True


async def _audit_sends(
    organization_id: uuid.UUID, dataset_id: str, rows: list[ConversionEvent], fbtrace_id: str | None
) -> None:
    """One `conversions.sent` audit event per event sent, naming the lead and whoever queued it: the trail an
    incident assessment reads (SPEC §7.1), one INSERT for the batch."""
    await record_many(
        (
            {
                "target_id": row.lead_id,
                "details": {"eventName": row.event_name, "datasetId": dataset_id, "fbtraceId": fbtrace_id},
                **{name: getattr(row, name) for name in ACTOR_COLUMNS},
            }
            for row in rows
        ),
        action="conversions.sent",
        target_type="Lead",
        organization_id=organization_id,
    )


async def upload_pending(
    organization_id: uuid.UUID, *, now: dt.datetime | None = None, batch_size: int = capi.MAX_EVENTS_PER_REQUEST
) -> UploadReport:
    """Send every due pending event of the organisation, batch by batch (idempotent: rows move from PENDING
    once). Paused while the organisation is read-only for billing or Meta is not usable."""
    now = now or _now()
    report = UploadReport()
    config = await _enabled_config(organization_id)
    if config is None:
        report.paused = "Conversions API is not enabled."
        return report
    if await is_read_only(get_settings(), organization_id):
        report.paused = "The organisation is read-only for billing."
        return report
    try:
        conn = await usable_connection(organization_id)
    except DomainError as exc:
        report.paused = exc.message
        return report
    batch_size = max(1, min(batch_size, capi.MAX_EVENTS_PER_REQUEST))
    warning_up = await _drop_warning_up(organization_id, now)
    while await _batch(organization_id, config, str(conn.access_token), now, report, batch_size):
        pass
    if report.dropped and not warning_up:
        try:
            await _tell_admins_of_drops(organization_id, report.dropped)
        except Exception:  # the notice never undoes or repeats the upload itself
            log.exception("dropped-events notification failed", extra={"organization_id": str(organization_id)})
    if report.batches:
        await ConversionsConfig.filter(id=config.id).update(last_upload_at=now, last_error=None)
    return report


async def _drop_warning_up(organization_id: uuid.UUID, now: dt.datetime) -> bool:
    """Whether the health warning about dropped events already shows (an event dropped within 7 days)."""
    return await (
        ConversionEvent.for_org(organization_id)
        .filter(status=ConversionEventStatus.DROPPED, updated_at__gte=now - DROP_WARNING_WINDOW)
        .exists()
    )


async def _tell_admins_of_drops(organization_id: uuid.UUID, dropped: int) -> None:
    """The warning appears: OWNERs and ADMINs are told once (INTEGRATION_HEALTH), not on every upload that drops
    more while it shows."""
    await notify(
        NotificationKind.INTEGRATION_HEALTH,
        title="Conversions API events were dropped",
        body=f"{dropped} Conversions API event(s) could not be sent to Meta within 7 days and were dropped (Meta "
        "refuses older events). Check the Meta connection and the Conversions API settings: uploads may be paused "
        "or failing.",
        organization_id=organization_id,
        roles={Role.OWNER, Role.ADMIN},
        link=INTEGRATIONS_LINK,
        mail=True,
        mail_kind="conversions_dropped",
    )


async def organizations_with_due_events(now: dt.datetime | None = None) -> list[uuid.UUID]:
    now = now or _now()
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    rows = (
        await ConversionEvent.filter(due, status=ConversionEventStatus.PENDING)
        .distinct()
        .values_list("organization_id", flat=True)
    )
    return list(rows)
