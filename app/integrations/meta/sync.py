"""Meta ads sync: ad accounts, campaigns, ad sets, ads and daily insights per campaign and per ad, upserted on
(organization, meta_id). Few Graph calls: every edge is a "stream" of pages; each round sends the next page
of every unfinished stream in one batch (<= 50 operations per HTTP call), and insights are split into one
stream per day so a large account needs a handful of rounds rather than hundreds of sequential pages.
After the first run, objects are fetched with `updated_time > last sync` and insights for the last days only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode, urlsplit

from tortoise.transactions import in_transaction

from app.audit.services import record_change
from app.campaigns.delivery import refresh_running_totals
from app.campaigns.models import Ad, AdAccount, AdInsight, AdSet, Campaign, Insight, LeadForm
from app.campaigns.services import MAX_DAYS
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit_many
from app.integrations.meta.graph import (
    MAX_BATCH,
    THROTTLE_CODES,
    BatchRequest,
    GraphClient,
    MetaError,
    MetaPermanent,
    MetaRetryable,
    halve_limit,
    is_reduce_data,
    relative_url,
)
from app.integrations.meta.leadgen import attribute_waiting_leads
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page
from app.jobs import Job, JobKind, enqueue
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.campaigns.sync")

PAGE_SIZE = 500
FIRST_RUN_DAYS = 37 * 30  # the first run reads the history Meta keeps (rows exist only for days with delivery)
DAILY_STREAM_DAYS = 31  # the most recent days get one stream each (dense); older ones one stream per month
RESTATE_DAYS = 3  # Meta revises recent days; an incremental run re-reads them
OVERLAP = dt.timedelta(hours=1)  # clock skew margin for updated_time filtering

ACCOUNT_FIELDS = "id,account_id,name,currency,timezone_name,account_status"
CAMPAIGN_FIELDS = (
    "id,name,status,effective_status,objective,daily_budget,lifetime_budget,start_time,stop_time,"
    "created_time,updated_time"
)
ADSET_FIELDS = (
    "id,name,campaign_id,status,effective_status,daily_budget,lifetime_budget,optimization_goal,"
    "start_time,end_time,created_time,updated_time"
)
AD_FIELDS = "id,name,adset_id,campaign_id,status,effective_status,created_time,updated_time"
INSIGHT_FIELDS = "campaign_id,impressions,clicks,spend,reach,actions,account_currency,date_start,date_stop"
AD_INSIGHT_FIELDS = f"ad_id,adset_id,{INSIGHT_FIELDS}"
FORM_FIELDS = "id,name,status,locale,questions"
STATUSES = {
    "campaigns": ["ACTIVE", "PAUSED", "DELETED", "ARCHIVED", "IN_PROCESS", "WITH_ISSUES"],
    "adsets": ["ACTIVE", "PAUSED", "DELETED", "ARCHIVED", "IN_PROCESS", "WITH_ISSUES", "CAMPAIGN_PAUSED"],
    "ads": [
        "ACTIVE",
        "PAUSED",
        "DELETED",
        "ARCHIVED",
        "IN_PROCESS",
        "WITH_ISSUES",
        "CAMPAIGN_PAUSED",
        "ADSET_PAUSED",
        "DISAPPROVED",
        "PENDING_REVIEW",
        "PREAPPROVED",
        "PENDING_BILLING_INFO",
    ],
}

Progress = Callable[[int], Awaitable[None]]


@dataclasses.dataclass
class SyncReport:
    ad_account: str
    incremental: bool
    since: str
    until: str
    campaigns: int = 0
    ad_sets: int = 0
    ads: int = 0
    insight_rows: int = 0
    ad_insight_rows: int = 0
    skipped_rows: int = 0
    operations: int = 0
    rounds: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class _Stream:
    name: str
    next: str | None
    items: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    urgent: bool = True  # dense streams start at once; sparse ones fill the spare room of batches
    started: bool = False


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_time(value: Any) -> dt.datetime | None:
    """Meta's `2026-07-01T09:12:44+0000` (also with a colon or `Z`)."""
    if not value or not isinstance(value, str):
        return None
    text = value.replace("Z", "+00:00")
    if len(text) >= 5 and text[-5] in "+-" and text[-3] != ":":
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _int(value: Any) -> int:
    try:
        return int(Decimal(str(value)))
    except (InvalidOperation, ValueError, TypeError):
        return 0


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value is not None else Decimal("0")
    except InvalidOperation:
        return Decimal("0")


def lead_count(actions: Any) -> int:
    """Leads = the `lead` action only; aliases (`onsite_conversion.lead_grouped`...) are not summed."""
    if not isinstance(actions, list):
        return 0
    for action in actions:
        if isinstance(action, dict) and action.get("action_type") == "lead":
            return _int(action.get("value"))
    return 0


def _rel(path: str, params: dict[str, Any]) -> str:
    return f"{path}?{urlencode(params)}"


# --- connection ------------------------------------------------------------------------------------------


def _usable(connection: MetaConnection | None) -> MetaConnection:
    if (
        connection is None
        or connection.status not in (ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING)
        or not connection.access_token
    ):
        raise DomainError(ErrorCode.INTEGRATION_NOT_CONNECTED, "Meta is not connected for this organisation")
    return connection


async def connection_for(organization_id: uuid.UUID | str) -> MetaConnection:
    """The organisation's usable Meta connection, else INTEGRATION_NOT_CONNECTED."""
    return _usable(await MetaConnection.for_org(organization_id).first())


@asynccontextmanager
async def _still_connected(organization_id: uuid.UUID | str) -> AsyncIterator[None]:
    """A transaction for a sync's writes that holds the connection row: a purge (which takes the same row
    first) waits for these writes, or these writes see the connection gone and stop with
    INTEGRATION_NOT_CONNECTED instead of re-creating purged rows or failing on their foreign keys."""
    async with in_transaction():
        _usable(await MetaConnection.for_org(organization_id).select_for_update().first())
        yield


# --- ad accounts ----------------------------------------------------------------------------------------


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per Meta id (the last seen): pages can repeat an item when objects change while paging, and
    one upsert statement must not touch the same row twice."""
    by_id: dict[str, dict[str, Any]] = {}
    for row in rows:
        if isinstance(row, dict) and row.get("id"):
            by_id[str(row["id"])] = row
    return list(by_id.values())


async def _upsert_ad_accounts(organization_id: uuid.UUID | str, rows: list[dict[str, Any]]) -> None:
    rows = _unique(rows)
    now = _now()
    objects = [
        AdAccount(
            organization_id=organization_id,
            meta_id=str(row["id"]),
            account_id=str(row.get("account_id") or str(row["id"]).removeprefix("act_")),
            name=str(row.get("name") or "")[:400],
            currency=str(row.get("currency") or "USD")[:8],
            timezone_name=row.get("timezone_name"),
            account_status=row.get("account_status"),
            updated_at=now,
        )
        for row in rows
        if row.get("id")
    ]
    if objects:
        await AdAccount.bulk_create(
            objects,
            on_conflict=["organization_id", "meta_id"],
            update_fields=["account_id", "name", "currency", "timezone_name", "account_status", "updated_at"],
        )


async def sync_ad_accounts(graph: GraphClient, organization_id: uuid.UUID | str) -> list[AdAccount]:
    """Every ad account the token can read (`/me/adaccounts`), upserted."""
    rows = [row async for row in graph.paginate("me/adaccounts", {"fields": ACCOUNT_FIELDS, "limit": PAGE_SIZE})]
    async with _still_connected(organization_id):
        await _upsert_ad_accounts(organization_id, rows)
    ids = [str(r["id"]) for r in rows if r.get("id")]
    return await AdAccount.for_org(organization_id).filter(meta_id__in=ids).order_by("meta_id")


# --- one ad account ---------------------------------------------------------------------------------------


def _window(ad_account: AdAccount, since: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date, bool]:
    incremental = ad_account.last_synced_at is not None
    if since is None:
        if incremental:
            since = ad_account.last_synced_at.date() - dt.timedelta(days=RESTATE_DAYS)
        else:
            since = today - dt.timedelta(days=FIRST_RUN_DAYS)
    since = max(since, today - dt.timedelta(days=MAX_DAYS))
    return min(since, today), today, incremental


def plan_streams(
    ad_account: AdAccount,
    since: dt.date,
    until: dt.date,
    *,
    updated_after: dt.datetime | None,
    ad_since: dt.date | None = None,
) -> list[_Stream]:
    """The first page of every edge a sync reads (the account itself, objects, insights streams at campaign
    and at ad level). Ad-level insights start at `ad_since` when given: an account synced before they were
    read gets its ad-level history once."""
    act = ad_account.meta_id if ad_account.meta_id.startswith("act_") else f"act_{ad_account.account_id}"
    streams = [_Stream("account", _rel(act, {"fields": ACCOUNT_FIELDS}))]
    for edge, fields in (("campaigns", CAMPAIGN_FIELDS), ("adsets", ADSET_FIELDS), ("ads", AD_FIELDS)):
        params: dict[str, Any] = {"fields": fields, "limit": PAGE_SIZE, "effective_status": _json(STATUSES[edge])}
        if updated_after is not None:
            since_unix = int(updated_after.timestamp())
            params["filtering"] = _json([{"field": "updated_time", "operator": "GREATER_THAN", "value": since_unix}])
        streams.append(_Stream(edge, _rel(f"{act}/{edge}", params)))
    levels = (("insights", "campaign", INSIGHT_FIELDS, since), ("ad_insights", "ad", AD_INSIGHT_FIELDS, ad_since))
    for name, level, fields, start in levels:
        for first, last in insight_chunks(since if start is None else start, until):
            params = {
                "level": level,
                "fields": fields,
                "time_range": _json({"since": first.isoformat(), "until": last.isoformat()}),
                "time_increment": 1,
                "limit": PAGE_SIZE,
            }
            streams.append(_Stream(name, _rel(f"{act}/insights", params), urgent=first == last))
    return streams


def insight_chunks(since: dt.date, until: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Date ranges read in parallel: one per day for the last DAILY_STREAM_DAYS, one per calendar month
    before that (older history is sparse or cheap; recent days are dense and re-read incrementally)."""
    daily_from = max(since, until - dt.timedelta(days=DAILY_STREAM_DAYS - 1))
    chunks: list[tuple[dt.date, dt.date]] = []
    start = since
    while start < daily_from:
        month_end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        end = min(month_end, daily_from - dt.timedelta(days=1))
        chunks.append((start, end))
        start = end + dt.timedelta(days=1)
    day = daily_from
    while day <= until:
        chunks.append((day, day))
        day += dt.timedelta(days=1)
    return chunks


def _json(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"))


async def run_streams(
    graph: GraphClient, streams: list[_Stream], *, progress: Progress | None = None
) -> tuple[int, int]:
    """Read every stream to its end, one batch per round. Returns (operations, rounds).

    An operation that failed transiently (1, 2, is_transient, 5xx) keeps its page and is asked again in the
    next round (a few times); throttling, auth and permanent errors stop the sync. If Meta refuses the batch
    endpoint itself, the remaining pages are read one call at a time."""
    version = graph.settings.meta_graph_version
    base_path = urlsplit(graph.settings.meta_graph_url).path
    operations = rounds = 0
    total = len(streams)
    batching = True
    retries: dict[int, int] = {}
    while True:
        waiting = [s for s in streams if s.next]
        if not waiting:
            return operations, rounds
        pending = _this_round(waiting)
        for stream in pending:
            stream.started = True
        rounds += 1
        operations += len(pending)
        results: list[Any]
        if batching:
            try:
                results = await graph.batch([BatchRequest(s.next or "") for s in pending], raise_errors=False)
            except MetaPermanent:
                log.warning("Meta refused a batch request; reading pages one by one")
                batching = False
                results = [await _single(graph, s.next or "") for s in pending]
        else:
            results = [await _single(graph, s.next or "") for s in pending]
        transient = False
        for stream, body in zip(pending, results, strict=True):
            if isinstance(body, MetaError):
                if is_reduce_data(body) and stream.next:
                    stream.next = halve_limit(stream.next, None)[0]  # Meta asked for smaller pages
                retryable = isinstance(body, MetaRetryable) and body.code not in THROTTLE_CODES
                retries[id(stream)] = retries.get(id(stream), 0) + 1
                if not retryable or retries[id(stream)] > graph.max_retries:
                    raise body
                transient = True
                continue
            if isinstance(body, dict) and "data" in body:
                stream.items.extend(x for x in body.get("data") or [] if isinstance(x, dict))
                nxt = (body.get("paging") or {}).get("next")
                stream.next = relative_url(nxt, version, base_path) if nxt else None
            else:
                stream.items.append(body if isinstance(body, dict) else {})
                stream.next = None
        if transient:
            await graph.sleep(graph.retry_base * 2 ** min(5, max(retries.values()) - 1))
        if progress is not None:
            done = len([s for s in streams if not s.next])
            await progress(min(95, 5 + int(90 * done / total)))


def _this_round(waiting: list[_Stream]) -> list[_Stream]:
    """Streams whose next page cannot wait (started or dense) go now; the room left in the last batch of
    the round is filled with sparse streams, so a round costs no more HTTP calls than it must."""
    now = [s for s in waiting if s.urgent or s.started]
    later = [s for s in waiting if not (s.urgent or s.started)]
    if not now:
        return later
    room = math.ceil(len(now) / MAX_BATCH) * MAX_BATCH - len(now)
    return now + later[:room]


async def _single(graph: GraphClient, relative: str) -> Any:
    try:
        return await graph.get(relative)
    except MetaRetryable as exc:
        if exc.code in THROTTLE_CODES:
            raise
        return exc


async def sync_ad_account(
    graph: GraphClient,
    organization_id: uuid.UUID | str,
    ad_account: AdAccount,
    *,
    since: dt.date | None = None,
    progress: Progress | None = None,
) -> SyncReport:
    """Bring one ad account's objects and daily insights up to date (idempotent)."""
    started = _now()
    today = started.date()
    first, until, incremental = _window(ad_account, since, today)
    updated_after = (ad_account.last_synced_at - OVERLAP) if incremental else None
    ad_since = first
    if incremental and not await AdInsight.for_org(organization_id).filter(ad_account_id=ad_account.id).exists():
        ad_since = max(since or today - dt.timedelta(days=FIRST_RUN_DAYS), today - dt.timedelta(days=MAX_DAYS))
    streams = plan_streams(ad_account, first, until, updated_after=updated_after, ad_since=ad_since)
    report = SyncReport(ad_account.meta_id, incremental, first.isoformat(), until.isoformat())
    report.operations, report.rounds = await run_streams(graph, streams, progress=progress)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for stream in streams:
        by_name.setdefault(stream.name, []).extend(stream.items)
    async with _still_connected(organization_id):
        if by_name.get("account"):
            await _upsert_ad_accounts(organization_id, by_name["account"])
            await ad_account.refresh_from_db()
        report.campaigns = await _upsert_objects(_CAMPAIGNS, organization_id, ad_account, by_name.get("campaigns", []))
        report.ad_sets = await _upsert_objects(_AD_SETS, organization_id, ad_account, by_name.get("adsets", []))
        report.ads = await _upsert_objects(_ADS, organization_id, ad_account, by_name.get("ads", []))
        report.insight_rows, report.skipped_rows = await _upsert_insights(
            organization_id, ad_account, by_name.get("insights", [])
        )
        report.ad_insight_rows, skipped = await _upsert_ad_insights(
            organization_id, ad_account, by_name.get("ad_insights", [])
        )
        report.skipped_rows += skipped
        ad_account.last_synced_at = started
        await AdAccount.filter(id=ad_account.id).update(last_synced_at=started)
    return report


async def _meta_map(model: Any, organization_id: uuid.UUID | str, meta_ids: set[str]) -> dict[str, uuid.UUID]:
    if not meta_ids:
        return {}
    rows = await model.for_org(organization_id).filter(meta_id__in=list(meta_ids)).values_list("meta_id", "id")
    return {str(m): i for m, i in rows}


@dataclasses.dataclass(frozen=True)
class _ObjectKind:
    """How one kind of Meta object is stored: `parents` maps our foreign key to Meta's field naming the parent
    and the parent's model; `copied` fields are stored as Meta sends them, `times` parsed."""

    model: type[Campaign | AdSet | Ad]
    parents: dict[str, tuple[str, type[Campaign | AdSet]]]
    copied: tuple[str, ...]
    times: tuple[str, ...]


_CAMPAIGNS = _ObjectKind(
    Campaign,
    parents={},
    copied=("status", "effective_status", "objective", "daily_budget", "lifetime_budget"),
    times=("start_time", "stop_time"),
)
_AD_SETS = _ObjectKind(
    AdSet,
    parents={"campaign_id": ("campaign_id", Campaign)},
    copied=("status", "effective_status", "daily_budget", "lifetime_budget", "optimization_goal"),
    times=("start_time", "end_time"),
)
_ADS = _ObjectKind(
    Ad,
    parents={"ad_set_id": ("adset_id", AdSet), "campaign_id": ("campaign_id", Campaign)},
    copied=("status", "effective_status"),
    times=(),
)


async def _upsert_objects(
    kind: _ObjectKind, organization_id: Any, ad_account: AdAccount, rows: list[dict[str, Any]]
) -> int:
    """Campaigns, ad sets or ads upserted on (organization, meta_id); a row whose parent we do not know is
    skipped."""
    rows = _unique(rows)
    found = {
        column: (field, await _meta_map(parent, organization_id, {str(r.get(field)) for r in rows}))
        for column, (field, parent) in kind.parents.items()
    }
    now = _now()
    objects = []
    for r in rows:
        keys = {column: pks.get(str(r.get(field))) for column, (field, pks) in found.items()}
        if not r.get("id") or None in keys.values():
            continue
        objects.append(
            kind.model(
                organization_id=organization_id,
                ad_account_id=ad_account.id,
                **keys,
                meta_id=str(r["id"]),
                name=str(r.get("name") or "")[:400],
                **{f: r.get(f) for f in kind.copied},
                **{f: parse_time(r.get(f)) for f in kind.times},
                meta_created_time=parse_time(r.get("created_time")),
                meta_updated_time=parse_time(r.get("updated_time")),
                updated_at=now,
            )
        )
    if objects:
        await kind.model.bulk_create(
            objects,
            batch_size=500,
            on_conflict=["organization_id", "meta_id"],
            update_fields=[
                "ad_account_id",
                *kind.parents,
                "name",
                *kind.copied,
                *kind.times,
                "meta_created_time",
                "meta_updated_time",
                "updated_at",
            ],
        )
    return len(objects)


INSIGHT_METRICS = ["impressions", "clicks", "spend", "reach", "leads", "currency", "updated_at"]


def _day(row: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(row.get("date_start")))
    except ValueError:
        return None


def _metrics(row: dict[str, Any], ad_account: AdAccount) -> dict[str, Any]:
    """One insights row's figures as stored (Meta sends numbers as strings; a missing metric is 0)."""
    return {
        "impressions": _int(row.get("impressions")),
        "clicks": _int(row.get("clicks")),
        "spend": _decimal(row.get("spend")),
        "reach": _int(row.get("reach")),
        "leads": lead_count(row.get("actions")),
        "currency": str(row.get("account_currency") or ad_account.currency or "USD")[:8],
        "updated_at": _now(),
    }


async def _upsert_delivery(
    model: type[Insight | AdInsight],
    organization_id: Any,
    ad_account: AdAccount,
    rows: list[dict[str, Any]],
    meta_key: str,
    owners: dict[str, dict[str, uuid.UUID]],
) -> tuple[int, int]:
    """Daily rows upserted on (object, date); `owners` maps the Meta id in `meta_key` to our foreign keys,
    the first being the object's. Rows of objects we do not know (or without a date) are skipped."""
    objects: dict[tuple[uuid.UUID, dt.date], Insight | AdInsight] = {}
    skipped = 0
    for r in rows:
        owner, day = owners.get(str(r.get(meta_key))), _day(r)
        if owner is None or day is None:
            skipped += 1
            continue
        objects[(next(iter(owner.values())), day)] = model(
            organization_id=organization_id, ad_account_id=ad_account.id, date=day, **owner, **_metrics(r, ad_account)
        )
    if objects:
        key = next(iter(next(iter(owners.values()))))
        await model.bulk_create(
            list(objects.values()), batch_size=500, on_conflict=[key, "date"], update_fields=INSIGHT_METRICS
        )
        await refresh_running_totals(model, organization_id, ad_account.id)
    return len(objects), skipped


async def _upsert_insights(organization_id: Any, ad_account: AdAccount, rows: list[dict[str, Any]]) -> tuple[int, int]:
    campaigns = await _meta_map(Campaign, organization_id, {str(r.get("campaign_id")) for r in rows})
    owners = {meta_id: {"campaign_id": pk} for meta_id, pk in campaigns.items()}
    return await _upsert_delivery(Insight, organization_id, ad_account, rows, "campaign_id", owners)


async def _upsert_ad_insights(
    organization_id: Any, ad_account: AdAccount, rows: list[dict[str, Any]]
) -> tuple[int, int]:
    """Ad-level rows, each stored with its ad's ad set and campaign (as synced) so reports group in SQL."""
    ads = (
        await Ad.for_org(organization_id)
        .filter(meta_id__in=list({str(r.get("ad_id")) for r in rows}))
        .values_list("meta_id", "id", "ad_set_id", "campaign_id")
    )
    owners = {str(m): {"ad_id": a, "ad_set_id": s, "campaign_id": c} for m, a, s, c in ads}
    return await _upsert_delivery(AdInsight, organization_id, ad_account, rows, "ad_id", owners)


# --- lead forms -------------------------------------------------------------------------------------------


async def sync_lead_forms(graph: GraphClient, organization_id: uuid.UUID | str) -> int:
    """The forms (with their questions) of every selected Page, read with that Page's token."""
    count = 0
    pages = await Page.for_org(organization_id).filter(selected=True)
    now = _now()
    for page in pages:
        if not page.access_token:
            continue
        rows = _unique(
            [
                row
                async for row in graph.paginate(
                    f"{page.meta_id}/leadgen_forms", {"fields": FORM_FIELDS, "limit": 100}, token=page.access_token
                )
            ]
        )
        objects = [
            LeadForm(
                organization_id=organization_id,
                meta_id=str(r["id"]),
                page_meta_id=page.meta_id,
                name=str(r.get("name") or "")[:400],
                status=r.get("status"),
                locale=r.get("locale"),
                questions=r.get("questions") or [],
                updated_at=now,
            )
            for r in rows
            if r.get("id")
        ]
        if objects:
            async with _still_connected(organization_id):
                await LeadForm.bulk_create(
                    objects,
                    on_conflict=["organization_id", "meta_id"],
                    update_fields=["page_meta_id", "name", "status", "locale", "questions", "updated_at"],
                )
        count += len(objects)
    return count


# --- the whole organisation -------------------------------------------------------------------------------


async def sync_organization(
    organization_id: uuid.UUID | str,
    *,
    ad_account_id: uuid.UUID | str | None = None,
    since: dt.date | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Sync one ad account (by our id) or every selected one; refreshes the account list and forms too.
    Raises DomainError INTEGRATION_NOT_CONNECTED, or the Graph client's Meta errors."""
    settings = settings or get_settings()
    connection = await connection_for(organization_id)
    reports: list[dict[str, Any]] = []
    async with GraphClient(settings, access_token=connection.access_token) as graph:
        accounts = await sync_ad_accounts(graph, organization_id)
        if ad_account_id is not None:
            target = await AdAccount.for_org(organization_id).get_or_none(id=ad_account_id)
            if target is None:
                raise DomainError(ErrorCode.NOT_FOUND, "Unknown ad account", field="adAccountId")
            targets = [target]
        else:
            # The chosen accounts; before any choice, every active one (so data shows up after connecting).
            targets = [a for a in accounts if a.selected] or [a for a in accounts if a.account_status in (1, None)]
        for index, account in enumerate(targets):

            async def scaled(pct: int, index: int = index) -> None:
                if progress is not None:
                    await progress(int((index * 100 + pct) / max(1, len(targets))))

            report = await sync_ad_account(graph, organization_id, account, since=since, progress=scaled)
            reports.append(report.as_dict())
        forms = await sync_lead_forms(graph, organization_id)
        calls = graph.calls
    attributed = await _attribute_leads(organization_id)
    await MetaConnection.filter(id=connection.id).update(last_synced_at=_now(), last_error=None)
    return {
        "adAccounts": len(accounts),
        "synced": reports,
        "leadForms": forms,
        "graphCalls": calls,
        "attributedLeads": attributed,
    }


async def _attribute_leads(organization_id: uuid.UUID | str) -> int:
    """Leads that arrived before their ad was synced take it now, under the connection row like every write of
    the sync; listeners hear of each as of any lead change (scores, `leadEvents`, partners)."""
    organization_id = uuid.UUID(str(organization_id))
    async with _still_connected(organization_id):
        lead_ids = await attribute_waiting_leads(organization_id)
    await emit_many(EventType.LEAD_UPDATED, organization_id, lead_ids)
    return len(lead_ids)


# --- the sync request ------------------------------------------------------------------------------------


async def request_sync(
    organization_id: uuid.UUID,
    ad_account_id: uuid.UUID,
    since: dt.date | None,
    *,
    user_id: uuid.UUID | None = None,
) -> Job:
    """Queue a META_SYNC for one of the organisation's ad accounts."""
    await connection_for(organization_id)  # first: without a connection no id could be synced (it says nothing of ids)
    account = await AdAccount.for_org(organization_id).get_or_none(id=ad_account_id)
    if account is None:  # another organisation's id is just unknown
        raise DomainError(ErrorCode.NOT_FOUND, "No such ad account.", field="adAccountId")
    today = dt.datetime.now(dt.UTC).date()
    if since is not None and since > today:
        raise DomainError(ErrorCode.INVALID_INPUT, "`since` must not be in the future.", field="since")
    if since is not None and (today - since).days > MAX_DAYS:
        raise DomainError(ErrorCode.INVALID_INPUT, "Meta keeps at most 37 months of insights.", field="since")
    job = await enqueue(
        JobKind.META_SYNC,
        {"ad_account_id": str(account.id), "since": since.isoformat() if since else None},
        organization_id=organization_id,
        created_by_id=user_id,
    )
    await record_change("meta.sync_requested", account, user_id)
    return job
