"""Lead Ads: turn `leadgen` changes (webhooks) or backfilled leads into stored Leads.

For each lead: find the Page's organisation, skip erased Meta lead ids, fetch the lead with the Page
token, map `field_data` with the form's questions, attribute campaign / ad set / ad, refuse minors
(tombstone MINOR, nothing stored) and upsert on the Meta lead id (re-deliveries are harmless). The lead keeps
Meta's ids of its ad: a lead that comes before its ad is synced is attributed after the sync that brings it.
Webhook events are drained from the inbox in batches: the per-lead look-ups, Graph calls and writes
become per-batch ones, which is what lets ingestion keep up with bursts of leads.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from app.campaigns.models import Ad, AdSet, Campaign, LeadForm
from app.customfields.formmapping import FormMapping, load_form_mapping
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.integrations.meta import webhooks
from app.integrations.meta.calls import Graph, MetaAuthError, MetaError, MetaPermanent, MetaRetryable
from app.integrations.meta.connection import (
    effective_status,
    get_connection,
    note_token_failure,
    upsert_form,
    usable_connection,
)
from app.integrations.meta.graph import THROTTLE_CODES, BatchRequest
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page, WebhookEvent
from app.jobs import Job, JobKind, RetryLater, drain, enqueue, handler, poke, report_progress
from app.orm import Statement, select_rows
from app.tombstones.ledger import erased_meta_lead_ids, record_tombstone, subject_keys
from app.tombstones.models import TombstoneReason

log = logging.getLogger("quantix.meta.leadgen")

LEAD_FIELDS = (
    "id,created_time,ad_id,ad_name,adset_id,adset_name,campaign_id,campaign_name,form_id,field_data,"
    "is_organic,platform,partner_name,custom_disclaimer_responses"
)
FORM_FIELDS = "id,name,status,locale,questions"
ADULT_AGE = 18
CHECKED = {"1", "true", "yes", "checked"}  # how Meta spells a ticked disclaimer checkbox
DRAIN = "meta_leadgen"
CLAIM = 50  # inbox events per round: typically one lead each, so one Graph batch request per Page
DRAIN_BUDGET = 30.0  # seconds


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


# --- storing fetched leads -------------------------------------------------------------------------------


@dataclass
class Outcome:
    counts: Counter[str] = field(default_factory=Counter)
    organization_ids: set[uuid.UUID] = field(default_factory=set)


@dataclass
class Lookups:
    """What a unit of work (a drained batch, a backfill) asks once: Pages, connections, forms, attribution."""

    graph: Graph
    pages: dict[str, Page | None] = field(default_factory=dict)
    connections: dict[uuid.UUID, bool] = field(default_factory=dict)
    forms: dict[tuple[uuid.UUID, str], LeadForm | None] = field(default_factory=dict)
    attributions: dict[tuple[Any, ...], dict[str, uuid.UUID | None]] = field(default_factory=dict)
    mappings: dict[uuid.UUID, FormMapping | None] = field(default_factory=dict)

    async def page(self, page_meta_id: str) -> Page | None:
        if page_meta_id not in self.pages:
            self.pages[page_meta_id] = await page_for(page_meta_id)
        return self.pages[page_meta_id]

    async def connection_works(self, organization_id: uuid.UUID) -> bool:
        if organization_id not in self.connections:
            self.connections[organization_id] = await connection_works(organization_id)
        return self.connections[organization_id]

    async def form(self, page: Page, form_meta_id: str | None) -> LeadForm | None:
        if not form_meta_id:
            return None
        key = (page.organization_id, form_meta_id)
        if key not in self.forms:
            self.forms[key] = await _form_questions(self.graph, page, form_meta_id)
        return self.forms[key]

    async def mapping(self, form: LeadForm | None) -> FormMapping | None:
        if form is None:
            return None
        if form.id not in self.mappings:
            self.mappings[form.id] = await load_form_mapping(form)
        return self.mappings[form.id]

    async def attribution(self, organization_id: uuid.UUID, lead: dict[str, Any]) -> dict[str, uuid.UUID | None]:
        key = (organization_id, *(lead.get(k) for k in ("ad_id", "adgroup_id", "adset_id", "campaign_id")))
        if key not in self.attributions:
            self.attributions[key] = await _attribution(organization_id, lead)
        return self.attributions[key]


async def _form_questions(graph: Graph, page: Page, form_meta_id: str) -> LeadForm | None:
    form = await LeadForm.for_org(page.organization_id).filter(meta_id=form_meta_id).first()
    if form is not None and form.questions:
        return form
    try:
        item = await graph.get(form_meta_id, token=page.access_token, fields=FORM_FIELDS)
    except MetaPermanent:
        return form
    return await upsert_form(page.organization_id, page.meta_id, item) if isinstance(item, dict) else form


def meta_ad_ids(lead: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """Meta's campaign, ad set and ad ids of a lead (`adgroup_id` is the ad's legacy name; `0` means none)."""

    def meta_id(*keys: str) -> str | None:
        for key in keys:
            value = lead.get(key)
            if value and str(value) != "0":
                return str(value)[:64]
        return None

    return meta_id("campaign_id"), meta_id("adset_id"), meta_id("ad_id", "adgroup_id")


async def _attribution(organization_id: uuid.UUID, lead: dict[str, Any]) -> dict[str, uuid.UUID | None]:
    """Our campaign / ad set / ad for Meta's ids: one query when the ad is known (it names the other two)."""
    campaign_meta, adset_meta, ad_meta = meta_ad_ids(lead)
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


def ticked_boxes(responses: Any) -> list[str]:
    """The checkbox keys of a lead's `custom_disclaimer_responses` that were ticked (`is_checked` is a string)."""
    if not isinstance(responses, list):
        return []
    return [
        str(r.get("checkbox_key") or "")
        for r in responses
        if isinstance(r, dict) and str(r.get("is_checked")).strip().lower() in CHECKED
    ]


async def store_leads(
    lookups: Lookups, page: Page, leads: list[dict[str, Any]], *, erasure_checked: bool = False
) -> list[str]:
    """Store fetched Meta leads for the Page's organisation. Returns what happened to each (for counts)."""
    from app.leads.services import MetaLeadInput, upsert_meta_leads

    organization_id = page.organization_id
    ids = [str(lead.get("id") or "") for lead in leads]
    erased = set() if erasure_checked else await erased_meta_lead_ids(organization_id, [i for i in ids if i])
    outcomes = ["invalid"] * len(leads)
    todo: list[tuple[int, MetaLeadInput, LeadForm | None, Any]] = []
    for index, (lead, meta_lead_id) in enumerate(zip(leads, ids, strict=True)):
        if not meta_lead_id:
            continue
        if meta_lead_id in erased:
            outcomes[index] = "erased"
            continue
        created = parse_meta_time(lead.get("created_time")) or _now()
        answers = field_answers(lead.get("field_data"))
        if is_minor(answers, created):
            await record_tombstone(
                organization_id, subject_keys(organization_id, meta_lead_id=meta_lead_id), TombstoneReason.MINOR
            )
            outcomes[index] = "minor"
            continue
        form = await lookups.form(page, str(lead.get("form_id") or "") or None)
        field_data = lead.get("field_data")
        mapping = await lookups.mapping(form)
        custom_rows: list[Any] = []
        if mapping is None:
            full_name, email, phone = contact_of(answers)
        else:  # the form's mapping wins; unmapped questions keep today's rules; IGNORE'd answers go nowhere
            mapped = mapping.apply(answers)
            rest = {k: v for k, v in answers.items() if k not in mapping.mapped}
            guessed = contact_of(rest)
            full_name = mapped.full_name or guessed[0]
            email = mapped.email or guessed[1]
            phone = mapped.phone or guessed[2]
            field_data = [i for i in field_data or [] if not (isinstance(i, dict) and i.get("name") in mapped.dropped)]
            custom_rows = mapped.custom_rows
        del answers  # nothing below may keep an ignored answer
        attribution = await lookups.attribution(organization_id, lead)
        meta_campaign_id, meta_ad_set_id, meta_ad_id = meta_ad_ids(lead)
        item = MetaLeadInput(
            meta_lead_id=meta_lead_id,
            created_time=created,
            full_name=full_name,
            email=email,
            phone=phone,
            answers=map_answers(field_data, form.questions if form else None),
            platform=platform_of(lead.get("platform")),
            campaign_id=attribution["campaign_id"],
            ad_set_id=attribution["ad_set_id"],
            ad_id=attribution["ad_id"],
            form_id=form.id if form else None,
            custom_rows=custom_rows,
            meta_campaign_id=meta_campaign_id,
            meta_ad_set_id=meta_ad_set_id,
            meta_ad_id=meta_ad_id,
        )
        todo.append((index, item, form, lead.get("custom_disclaimer_responses")))
    stored = await upsert_meta_leads(organization_id, [item for _, item, _, _ in todo]) if todo else []
    for (index, _, form, responses), row in zip(todo, stored, strict=True):
        if row is not None:  # messaging turns the form's WhatsApp opt-in checkbox into consent
            await emit(
                EventType.META_LEAD_STORED,
                organization_id,
                row.id,
                form_id=form.id if form else None,
                ticked_boxes=ticked_boxes(responses),
            )
        outcomes[index] = "stored" if row is not None else "skipped"
    return outcomes


# After a sync, one statement per level, the ad first: the organisation's leads still waiting for their ad (none
# attributed, Meta's ad id kept; Meta names ad, ad set and campaign together) take the ad now synced, else its ad
# set, else its campaign. Both sides are the organisation's: the lead by its column, the object by the lead's.
_ATTRIBUTE_SQL = """
UPDATE "lead" SET {columns}, updated_at = {now}
FROM "{table}" AS synced
WHERE "lead".organization_id = {org} AND "lead".ad_id IS NULL AND "lead".meta_ad_id IS NOT NULL
  AND "lead".{empty} IS NULL AND synced.organization_id = "lead".organization_id AND synced.meta_id = "lead".{kept}
RETURNING "lead".id
"""
_LEVELS: tuple[tuple[type[Ad | AdSet | Campaign], str, str, str], ...] = (
    # the synced objects, what the lead takes from one, the lead's column still empty, the lead's Meta id of it
    (Ad, "ad_id = synced.id, ad_set_id = synced.ad_set_id, campaign_id = synced.campaign_id", "ad_id", "meta_ad_id"),
    (AdSet, "ad_set_id = synced.id, campaign_id = synced.campaign_id", "ad_set_id", "meta_ad_set_id"),
    (Campaign, "campaign_id = synced.id", "campaign_id", "meta_campaign_id"),
)


async def attribute_waiting_leads(organization_id: uuid.UUID) -> list[uuid.UUID]:
    """Attribute the leads that arrived before the ad Meta named was synced (or whose attribution a purge took):
    three set-based statements. Returns the leads now attributed (to announce once the caller commits)."""
    from app.leads.models import Lead

    attributed: list[uuid.UUID] = []
    for model, columns, empty, kept in _LEVELS:
        statement = Statement()
        now, org = statement.param(_now()), statement.param(organization_id)
        table = model._meta.db_table
        sql = _ATTRIBUTE_SQL.format(columns=columns, now=now, table=table, org=org, empty=empty, kept=kept)
        rows = await select_rows(sql, statement.values, {"id": Lead._meta.fields_map["id"]})
        attributed.extend(row["id"] for row in rows)
    return list(dict.fromkeys(attributed))


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


async def _already_stored(organization_id: uuid.UUID, meta_lead_ids: list[str]) -> set[str]:
    from app.leads.models import Lead

    rows = await Lead.for_org(organization_id).filter(meta_lead_id__in=meta_lead_ids).values_list("meta_lead_id")
    return {row[0] for row in rows}


# --- the webhook inbox's drain ----------------------------------------------------------------------------


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


@dataclass
class _Event:
    """One claimed inbox row and how its leads went. Precedence: retry, then failure, then processed."""

    row: WebhookEvent
    outcome: Outcome = field(default_factory=Outcome)
    retry: MetaRetryable | None = None
    failure: str | None = None


@drain(DRAIN)
async def drain_leadgen() -> None:
    """Claim pending Lead Ads events in batches until none is left. A run hands over to a fresh one after
    DRAIN_BUDGET seconds, well within the job timeout."""
    deadline = time.monotonic() + DRAIN_BUDGET
    async with Graph() as graph:
        while events := await webhooks.claim("page", CLAIM):
            await ingest_events(graph, [_Event(row) for row in events])
            if time.monotonic() > deadline:
                await poke(DRAIN)
                return


async def ingest_events(graph: Graph, events: list[_Event]) -> None:
    """Store the leads the events name: per Page, one look-up of stored and erased ids, one Graph batch
    request per 50 leads, one write per batch of new leads. A lead Meta refuses fails its own event."""
    lookups = Lookups(graph)
    wanted: dict[uuid.UUID, tuple[Page, list[tuple[_Event, str]]]] = {}
    for event in events:
        for value in leadgen_changes(json.loads(event.row.body)):
            leadgen_id, page_meta_id = str(value.get("leadgen_id") or ""), str(value.get("page_id") or "")
            if not leadgen_id or not page_meta_id:
                event.outcome.counts["invalid"] += 1
                continue
            page = await lookups.page(page_meta_id)
            if page is None:
                event.outcome.counts["no_organisation"] += 1
                continue
            event.outcome.organization_ids.add(page.organization_id)
            if not page.access_token or not await lookups.connection_works(page.organization_id):
                event.outcome.counts["not_connected"] += 1  # the event fails: integrationHealth shows it
                continue
            wanted.setdefault(page.id, (page, []))[1].append((event, leadgen_id))
    for page, items in wanted.values():
        await _ingest_page(lookups, page, items)
    await _finish(events)


async def _ingest_page(lookups: Lookups, page: Page, items: list[tuple[_Event, str]]) -> None:
    organization_id = page.organization_id
    ids = [leadgen_id for _, leadgen_id in items]
    stored = await _already_stored(organization_id, ids)
    erased = await erased_meta_lead_ids(organization_id, set(ids) - stored)
    fetch: dict[str, _Event] = {}
    for event, leadgen_id in items:
        if leadgen_id in stored or leadgen_id in fetch:  # stored, or named twice in this batch
            event.outcome.counts["duplicate"] += 1
        elif leadgen_id in erased:
            event.outcome.counts["erased"] += 1
        else:
            fetch[leadgen_id] = event
    if not fetch:
        return
    requests = [BatchRequest(f"{leadgen_id}?{urlencode({'fields': LEAD_FIELDS})}") for leadgen_id in fetch]
    try:
        answers = await lookups.graph.client.batch(
            requests, token=page.access_token, raise_errors=False, subject=page.meta_id
        )
    except (MetaAuthError, MetaRetryable) as exc:
        answers = [exc] * len(fetch)
    except MetaError:  # the batch call itself was refused, not a lead: ask for each lead on its own
        answers = [await _lead_alone(lookups.graph, leadgen_id, page) for leadgen_id in fetch]
    leads: list[tuple[_Event, dict[str, Any]]] = []
    token_failure: MetaAuthError | None = None
    for (leadgen_id, event), answer in zip(fetch.items(), answers, strict=True):
        if isinstance(answer, MetaRetryable):
            event.retry = answer
        elif isinstance(answer, MetaError):
            event.failure = answer.summary()
            token_failure = answer if isinstance(answer, MetaAuthError) else token_failure
        elif isinstance(answer, dict):
            leads.append((event, {"id": leadgen_id, **answer}))
        else:
            event.failure = "Meta answered the lead with something other than an object"
    if token_failure is not None:
        conn = await get_connection(organization_id)
        if conn is not None:
            await note_token_failure(conn, token_failure)
    try:
        outcomes = await store_leads(lookups, page, [lead for _, lead in leads], erasure_checked=True)
    except DomainError as exc:
        for event, _ in leads:
            event.failure = exc.message
        return
    for (event, _), outcome in zip(leads, outcomes, strict=True):
        event.outcome.counts[outcome] += 1


async def _lead_alone(graph: Graph, leadgen_id: str, page: Page) -> Any:
    try:
        return await graph.get(leadgen_id, token=page.access_token, fields=LEAD_FIELDS)
    except MetaError as exc:
        return exc


def _retry_delay(retry: MetaRetryable, attempts: int) -> float:
    """A lead not readable yet is asked for again soon (1 s, 2 s, 4 s … up to what Meta asked for); a throttled
    read waits out Meta's hint, at least 60 s, doubling up to 15 minutes (META.md §5.5: never retry throttling
    at once), so the attempts outlast a regain window instead of being spent inside it."""
    if retry.code in THROTTLE_CODES:
        return max(retry.retry_after, min(60.0 * 2.0**attempts, 900.0))
    return min(retry.retry_after, 2.0**attempts, 300.0)


async def _finish(events: list[_Event]) -> None:
    """Record each event's fate: processed in one statement per organisation, the rare others one by one."""
    processed: dict[frozenset[uuid.UUID], list[WebhookEvent]] = {}
    for event in events:
        orgs = list(event.outcome.organization_ids)
        if event.retry is not None:
            delay = _retry_delay(event.retry, event.row.attempts)
            if not await webhooks.note_attempt(event.row, event.retry.summary(), orgs, retry_in=delay):
                await poke(DRAIN, defer=delay)
        elif event.failure is not None:
            await webhooks.mark_failed(event.row, event.failure, orgs)
        elif event.outcome.counts["not_connected"]:
            await webhooks.mark_failed(
                event.row, "The Meta connection of this Page does not work (reconnect Meta)", orgs
            )
        else:
            processed.setdefault(frozenset(event.outcome.organization_ids), []).append(event.row)
    for orgs, rows in processed.items():
        await webhooks.mark_all_processed(rows, orgs)


@handler(JobKind.LEAD_INGEST)
async def process_webhook_event(job: Job) -> dict[str, Any] | None:
    """A job queued before the inbox had its drain: the drain now does the work."""
    await poke(DRAIN)
    return {"handed_to": DRAIN}


# --- backfill ---------------------------------------------------------------------------------------------


async def start_backfill(
    organization_id: uuid.UUID, form_id: uuid.UUID | str | None, since: dt.datetime | None, user_id: uuid.UUID | None
) -> Job:
    """`/{form_id}/leads` with the unix `time_created` filter, in a job."""
    await usable_connection(organization_id)  # first: without a connection nothing can be fetched, whatever the id
    form = await _find_form(organization_id, form_id)
    if form is None:  # another organisation's form is just unknown
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead form.", field="formId")
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
            lookups = Lookups(graph)
            total = await _lead_count(graph, page, form.meta_id)
            seen = 0
            async for lead in graph.paginate(f"{form.meta_id}/leads", token=page.access_token, **params):
                seen += 1
                meta_lead_id = str(lead.get("id") or "")
                if meta_lead_id and await _already_stored(organization_id, [meta_lead_id]):
                    counts["duplicate"] += 1
                else:
                    counts[(await store_leads(lookups, page, [lead]))[0]] += 1
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


webhooks.register_webhook_drain("page", DRAIN)
