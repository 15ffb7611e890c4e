"""Lead Ads: turn a `leadgen` change (webhook) or a backfilled lead into a stored Lead.

For each lead: find the Page's organisation, skip erased Meta lead ids, fetch the lead with the Page
token, map `field_data` with the form's questions, attribute campaign / ad set / ad, refuse minors
(tombstone MINOR, nothing stored) and upsert on the Meta lead id (re-deliveries are harmless).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from app.campaigns.models import Ad, AdSet, Campaign, LeadForm
from app.errors import DomainError, ErrorCode
from app.integrations.meta import webhooks
from app.integrations.meta.calls import Graph, MetaAuthError, MetaError, MetaPermanent, MetaRetryable
from app.integrations.meta.connection import (
    effective_status,
    get_connection,
    note_token_failure,
    upsert_form,
    usable_connection,
)
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page
from app.jobs import Job, JobKind, RetryLater, enqueue, handler, report_progress
from app.privacy.ledger import is_meta_lead_erased, record_tombstone, subject_keys
from app.privacy.models import TombstoneReason

log = logging.getLogger("quantix.meta.leadgen")

LEAD_FIELDS = (
    "id,created_time,ad_id,ad_name,adset_id,adset_name,campaign_id,campaign_name,form_id,field_data,"
    "is_organic,platform,partner_name,custom_disclaimer_responses"
)
FORM_FIELDS = "id,name,status,locale,questions"
ADULT_AGE = 18


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- mapping ----------------------------------------------------------------------------------------------


def parse_meta_time(value: Any) -> dt.datetime | None:
    """`2026-10-03T00:00:08+0000` (objects) or Unix seconds (webhooks)."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    text = str(value).strip()
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


_DOB_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%m-%d-%Y", "%Y%m%d")


def parse_birth_date(value: str) -> list[dt.date]:
    """Every reading of a date of birth (day/month order is ambiguous in some locales)."""
    found: list[dt.date] = []
    for fmt in _DOB_FORMATS:
        try:
            found.append(dt.datetime.strptime(value.strip(), fmt).date())
        except ValueError:
            continue
    return found


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def is_minor(answers: dict[str, list[str]], created: dt.datetime) -> bool:
    """Under 18 at `created_time` by the standard `date_of_birth` answer (any plausible reading)."""
    for value in answers.get("date_of_birth") or []:
        for birth in parse_birth_date(str(value)):
            if age_on(birth, created.date()) < ADULT_AGE:
                return True
    return False


def _values(item: dict[str, Any]) -> list[str]:
    raw = item.get("values")
    if isinstance(raw, list):
        return [str(v) for v in raw if v is not None]
    return [str(raw)] if raw is not None else []


def field_answers(field_data: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in field_data or []:
        if isinstance(item, dict) and item.get("name"):
            out[str(item["name"])] = _values(item)
    return out


def map_answers(field_data: Any, questions: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """`[{question, key, values}]`: labels from the form's questions, option keys turned into their labels."""
    by_key = {str(q.get("key")): q for q in questions or [] if isinstance(q, dict) and q.get("key")}
    mapped: list[dict[str, Any]] = []
    for key, values in field_answers(field_data).items():
        question = by_key.get(key) or {}
        options = {
            str(o.get("key")): str(o.get("value") or o.get("label") or o.get("key"))
            for o in question.get("options") or []
            if isinstance(o, dict) and o.get("key") is not None
        }
        mapped.append(
            {
                "question": str(question.get("label") or question.get("name") or _humanise(key)),
                "key": key,
                "values": [options.get(v, v) for v in values],
            }
        )
    return mapped


def _humanise(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


def _first(answers: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in answers.get(key) or []:
            if value.strip():
                return value.strip()
    return None


def _first_matching(answers: dict[str, list[str]], pattern: str) -> str | None:
    for key, values in answers.items():
        if re.search(pattern, key, re.IGNORECASE):
            for value in values:
                if value.strip():
                    return value.strip()
    return None


def contact_of(answers: dict[str, list[str]]) -> tuple[str, str | None, str | None]:
    full_name = _first(answers, "full_name", "name")
    if not full_name:
        parts = [_first(answers, "first_name"), _first(answers, "last_name")]
        full_name = " ".join(p for p in parts if p)
    email = _first(answers, "email", "work_email") or _first_matching(answers, r"e-?mail")
    phone = _first(answers, "phone_number", "phone", "work_phone_number") or _first_matching(answers, r"phone")
    return full_name or "", email, phone


def platform_of(value: Any) -> str | None:
    text = str(value or "").lower()
    return {"fb": "facebook", "facebook": "facebook", "ig": "instagram", "instagram": "instagram"}.get(
        text, text or None
    )


# --- one lead ---------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    counts: Counter[str] = field(default_factory=Counter)
    organization_ids: set[uuid.UUID] = field(default_factory=set)


async def _form_questions(graph: Graph, page: Page, form_meta_id: str | None) -> LeadForm | None:
    if not form_meta_id:
        return None
    form = await LeadForm.for_org(page.organization_id).filter(meta_id=form_meta_id).first()
    if form is not None and form.questions:
        return form
    try:
        item = await graph.get(form_meta_id, token=page.access_token, fields=FORM_FIELDS)
    except MetaPermanent:
        return form
    return await upsert_form(page.organization_id, page.meta_id, item) if isinstance(item, dict) else form


async def _attribution(organization_id: uuid.UUID, lead: dict[str, Any]) -> dict[str, uuid.UUID | None]:
    """Our campaign / ad set / ad for Meta's ids: one query when the ad is known (it names the other two)."""

    def meta_id(*keys: str) -> str | None:
        for key in keys:
            value = lead.get(key)
            if value and str(value) != "0":
                return str(value)
        return None

    ad_meta, adset_meta, campaign_meta = meta_id("ad_id", "adgroup_id"), meta_id("adset_id"), meta_id("campaign_id")
    if ad_meta:
        ad = await Ad.for_org(organization_id).filter(meta_id=ad_meta).only("id", "ad_set_id", "campaign_id").first()
        if ad is not None:
            return {"campaign_id": ad.campaign_id, "ad_set_id": ad.ad_set_id, "ad_id": ad.id}
    found: dict[str, uuid.UUID | None] = {"campaign_id": None, "ad_set_id": None, "ad_id": None}
    if adset_meta:
        ad_set = await AdSet.for_org(organization_id).filter(meta_id=adset_meta).only("id", "campaign_id").first()
        if ad_set is not None:
            found.update(ad_set_id=ad_set.id, campaign_id=ad_set.campaign_id)
            return found
    if campaign_meta:
        campaign = await Campaign.for_org(organization_id).filter(meta_id=campaign_meta).only("id").first()
        found["campaign_id"] = campaign.id if campaign else None
    return found


async def store_lead(graph: Graph, page: Page, lead: dict[str, Any], *, erasure_checked: bool = False) -> str:
    """Store one fetched Meta lead for the Page's organisation. Returns what happened (for counts)."""
    from app.leads.services import upsert_meta_lead
    from app.messaging.opt_in import apply_disclaimer_opt_in

    organization_id = page.organization_id
    meta_lead_id = str(lead.get("id") or "")
    if not meta_lead_id:
        return "invalid"
    if not erasure_checked and await is_meta_lead_erased(organization_id, meta_lead_id):
        return "erased"
    created = parse_meta_time(lead.get("created_time")) or _now()
    answers = field_answers(lead.get("field_data"))
    if is_minor(answers, created):
        await record_tombstone(
            organization_id, subject_keys(organization_id, meta_lead_id=meta_lead_id), TombstoneReason.MINOR
        )
        return "minor"
    form = await _form_questions(graph, page, str(lead.get("form_id") or "") or None)
    full_name, email, phone = contact_of(answers)
    attribution = await _attribution(organization_id, lead)
    stored = await upsert_meta_lead(
        organization_id,
        meta_lead_id=meta_lead_id,
        created_time=created,
        full_name=full_name,
        email=email,
        phone=phone,
        answers=map_answers(lead.get("field_data"), form.questions if form else None),
        platform=platform_of(lead.get("platform")),
        campaign_id=attribution["campaign_id"],
        ad_set_id=attribution["ad_set_id"],
        ad_id=attribution["ad_id"],
        form_id=form.id if form else None,
    )
    if stored is not None:  # the form's WhatsApp opt-in checkbox (messaging room)
        await apply_disclaimer_opt_in(
            organization_id, stored.id, form.id if form else None, lead.get("custom_disclaimer_responses")
        )
    return "stored" if stored is not None else "skipped"


async def page_for(page_meta_id: str) -> Page | None:
    """The Page row of the one organisation that selected (or alone lists) this Page."""
    page = await Page.filter(meta_id=page_meta_id, selected=True).first()
    if page is None:
        # Not chosen (yet) but Meta sends its leads: acceptable only when exactly one organisation lists it.
        listed = await Page.filter(meta_id=page_meta_id, access_token__isnull=False)
        if len({p.organization_id for p in listed}) == 1:
            page = listed[0]
    return page


async def connection_works(organization_id: uuid.UUID) -> bool:
    conn = await get_connection(organization_id)
    return conn is not None and effective_status(conn) in (ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING)


async def _already_stored(organization_id: uuid.UUID, meta_lead_id: str) -> bool:
    from app.leads.models import Lead

    return await Lead.for_org(organization_id).filter(meta_lead_id=meta_lead_id).exists()


async def ingest_change(graph: Graph, value: dict[str, Any], outcome: Outcome) -> None:
    leadgen_id = str(value.get("leadgen_id") or "")
    page_meta_id = str(value.get("page_id") or "")
    if not leadgen_id or not page_meta_id:
        outcome.counts["invalid"] += 1
        return
    page = await page_for(page_meta_id)
    if page is None:
        outcome.counts["no_organisation"] += 1
        return
    outcome.organization_ids.add(page.organization_id)
    if not page.access_token or not await connection_works(page.organization_id):
        outcome.counts["not_connected"] += 1  # the event fails: integrationHealth shows it to the admin
        return
    if await _already_stored(page.organization_id, leadgen_id):
        outcome.counts["duplicate"] += 1
        return
    if await is_meta_lead_erased(page.organization_id, leadgen_id):
        outcome.counts["erased"] += 1
        return
    try:
        lead = await graph.get(leadgen_id, token=page.access_token, fields=LEAD_FIELDS)
    except MetaAuthError as exc:
        conn = await get_connection(page.organization_id)
        if conn is not None:
            await note_token_failure(conn, exc)
        raise
    outcome.counts[await store_lead(graph, page, lead, erasure_checked=True)] += 1


def leadgen_changes(body: dict[str, Any]) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    for entry in body.get("entry") or []:
        if not isinstance(entry, dict):
            continue
        for change in entry.get("changes") or []:
            if isinstance(change, dict) and change.get("field") == "leadgen" and isinstance(change.get("value"), dict):
                value = dict(change["value"])
                value.setdefault("page_id", entry.get("id"))
                changes.append(value)
    return changes


@handler(JobKind.LEAD_INGEST)
async def process_webhook_event(job: Job) -> dict[str, Any] | None:
    loaded = await webhooks.load_event(job.payload["event_id"])
    if loaded is None:
        return {"skipped": "already handled"}
    event, body = loaded
    outcome = Outcome()
    try:
        async with Graph() as graph:
            for value in leadgen_changes(body):
                await ingest_change(graph, value, outcome)
    except MetaRetryable as exc:
        if await webhooks.note_attempt(event, exc.summary(), list(outcome.organization_ids)):
            return {"failed": exc.summary()}
        # A lead waits in Meta's hands: retry soon, then back off up to what Meta asked for.
        raise RetryLater(min(exc.retry_after, 2.0 ** (event.attempts - 1), 300.0), "Meta throttled or failed") from None
    except MetaError as exc:
        await webhooks.mark_failed(event, exc.summary(), list(outcome.organization_ids))
        return {"failed": f"Meta error {exc.code}"}
    except DomainError as exc:
        await webhooks.mark_failed(event, exc.message, list(outcome.organization_ids))
        return {"failed": exc.code.value}
    if outcome.counts["not_connected"]:
        await webhooks.mark_failed(
            event, "The Meta connection of this Page does not work (reconnect Meta)", list(outcome.organization_ids)
        )
    else:
        await webhooks.mark_processed(event, list(outcome.organization_ids))
    return dict(outcome.counts)


# --- backfill ---------------------------------------------------------------------------------------------


async def start_backfill(
    organization_id: uuid.UUID, form_id: uuid.UUID | str | None, since: dt.datetime | None, user_id: uuid.UUID | None
) -> Job:
    """`/{form_id}/leads` with the unix `time_created` filter, in a job."""
    form = await _find_form(organization_id, form_id)
    if form is None:  # checked first: another organisation's form is just unknown, connected or not
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead form.", field="formId")
    await usable_connection(organization_id)
    page = await _form_page(organization_id, form)
    if page is None:
        raise DomainError(
            ErrorCode.INVALID_STATE, "The form's Page is not one this Meta connection manages.", field="formId"
        )
    payload: dict[str, Any] = {"form_id": str(form.id)}
    if since is not None:
        payload["since"] = int((since if since.tzinfo else since.replace(tzinfo=dt.UTC)).timestamp())
    return await enqueue(JobKind.LEAD_BACKFILL, payload, organization_id=organization_id, created_by_id=user_id)


async def _form_page(organization_id: uuid.UUID, form: LeadForm) -> Page | None:
    """The form's Page with a token (selected or merely listed by this organisation's connection)."""
    return (
        await Page.for_org(organization_id)
        .filter(meta_id=form.page_meta_id or "", access_token__isnull=False)
        .order_by("-selected")
        .first()
    )


async def _find_form(organization_id: uuid.UUID, form_id: uuid.UUID | str | None) -> LeadForm | None:
    if form_id is None:
        return None
    if isinstance(form_id, uuid.UUID):
        return await LeadForm.for_org(organization_id).filter(id=form_id).first()
    return await LeadForm.for_org(organization_id).filter(meta_id=str(form_id).strip()).first()


@handler(JobKind.LEAD_BACKFILL)
async def run_backfill(job: Job) -> dict[str, Any]:
    organization_id = job.organization_id
    form = await LeadForm.for_org(organization_id).filter(id=job.payload["form_id"]).first()
    if form is None:
        return {"skipped": "form is gone"}
    page = await _form_page(organization_id, form)
    conn = await MetaConnection.for_org(organization_id).first()
    if page is None or conn is None or not page.access_token:
        return {"skipped": "not connected"}
    params: dict[str, Any] = {"fields": LEAD_FIELDS, "limit": 100}
    if job.payload.get("since") is not None:
        params["filtering"] = json.dumps(
            [{"field": "time_created", "operator": "GREATER_THAN", "value": int(job.payload["since"])}]
        )
    counts: Counter[str] = Counter()
    try:
        async with Graph() as graph:
            total = await _lead_count(graph, page, form.meta_id)
            seen = 0
            async for lead in graph.paginate(f"{form.meta_id}/leads", token=page.access_token, **params):
                seen += 1
                meta_lead_id = str(lead.get("id") or "")
                if meta_lead_id and await _already_stored(organization_id, meta_lead_id):
                    counts["duplicate"] += 1
                else:
                    counts[await store_lead(graph, page, lead)] += 1
                if total and seen % 20 == 0:
                    await report_progress(job, min(99, seen * 100 // total))
    except MetaRetryable as exc:
        raise RetryLater(min(exc.retry_after, 300.0), "Meta throttled or failed") from None
    except MetaAuthError as exc:
        await note_token_failure(conn, exc)
        raise
    counts["fetched"] = sum(v for k, v in counts.items() if k != "fetched")
    return dict(counts)


async def _lead_count(graph: Graph, page: Page, form_meta_id: str) -> int | None:
    try:
        body = await graph.get(form_meta_id, token=page.access_token, fields="leads_count")
    except MetaPermanent:
        return None
    try:
        return int(body.get("leads_count")) if isinstance(body, dict) else None
    except (TypeError, ValueError):
        return None
