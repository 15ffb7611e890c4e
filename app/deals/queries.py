"""Return on ad spend: two SQL statements per report, run at once, whatever the number of campaigns, leads or deals.

Definitions (SPEC §7.7): the range is inclusive, in the ad account's time zone; `leads` = attributed stored
leads whose Meta `created_time` (else `createdAt`) falls in it (a lead flagged as a duplicate counts; merged
duplicates are gone: a merge deletes them); `qualifiedLeads` = those now QUALIFIED or CONVERTED or with a deal;
`dealsWon` = their WON deals, whenever won; revenue and pipeline value count deals in the ad account's currency
only (others are counted in `otherCurrencyDeals`); rows are objects with spend or leads, by spend descending then
id. Money is rounded half-even to minor units.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import enum
import itertools
import operator
import re
import uuid
import zoneinfo
from collections.abc import Awaitable, Callable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from app.campaigns.models import AdAccount
from app.errors import DomainError, ErrorCode
from app.ids import global_id
from app.leads.models import Lead
from app.money import Money, money_in
from app.orm import Statement, select_records, select_rows, typed_row

MAX_RANGE_DAYS = 37 * 31  # Meta keeps 37 months of insights

# Two statements run at once on two connections (each a CPU of the server): what the objects' leads became,
# and what Meta says they spent. Every `{name}` is filled from `_LEVELS` or bound as a parameter.
_LEADS_SQL = """
WITH lead_counts AS (
  SELECT l.{lead_column} AS obj, COUNT(*) AS leads,
    SUM(CASE WHEN l.status IN ('QUALIFIED', 'CONVERTED') THEN 1 ELSE 0 END) AS qualified
  FROM "lead" l JOIN "{table}" c ON c.id = l.{lead_column}
  WHERE {leads_in_range}
  GROUP BY l.{lead_column}
),
deal_sums AS (
  SELECT l.{lead_column} AS obj,
    COUNT(DISTINCT CASE WHEN l.status NOT IN ('QUALIFIED', 'CONVERTED') THEN l.id END) AS qualified,
    SUM(CASE WHEN d.status = 'WON' THEN 1 ELSE 0 END) AS won,
    SUM(CASE WHEN d.status = 'WON' AND d.currency = {currency} THEN COALESCE(d.amount, 0) ELSE 0 END) AS revenue,
    SUM(CASE WHEN d.status = 'OPEN' AND d.currency = {currency}
             THEN COALESCE(d.amount, 0) * s.probability / 100 ELSE 0 END) AS pipeline,
    SUM(CASE WHEN d.currency <> {currency} THEN 1 ELSE 0 END) AS other
  FROM "deal" d JOIN "pipeline_stage" s ON s.id = d.stage_id JOIN "lead" l ON l.id = d.lead_id
    JOIN "{table}" c ON c.id = l.{lead_column}
  WHERE d.organization_id = {org} AND {leads_in_range}
  GROUP BY l.{lead_column}
)
SELECT {ids}, lc.leads, lc.qualified + COALESCE(ds.qualified, 0) AS qualified, COALESCE(ds.won, 0) AS won,
  COALESCE(ds.revenue, 0) AS revenue, COALESCE(ds.pipeline, 0) AS pipeline, COALESCE(ds.other, 0) AS other
FROM lead_counts lc JOIN "{table}" o ON o.id = lc.obj LEFT JOIN deal_sums ds ON ds.obj = lc.obj
WHERE o.organization_id = {org} AND o.ad_account_id = {account} {object}
"""
# A lead counts in the range by Meta's created_time, else by when we stored it (written as two ranges so the
# planner can estimate them). Every stored lead counts (SPEC §7.4), a lead flagged as a duplicate too: only merged
# duplicates are left out (SPEC §7.7), and a merge deletes them.
_LEADS_IN_RANGE = """l.organization_id = {org} AND c.ad_account_id = {account}
    AND (l.meta_created_time >= {start} AND l.meta_created_time < {end}
         OR l.meta_created_time IS NULL AND l.created_at >= {start} AND l.created_at < {end}) {lead_object}"""
# A range's spend is the running total on its last delivery day minus the one before it: two index probes per
# object, whatever the number of days.
_SPEND_SQL = """
WITH bounds AS (
  SELECT s.id AS source,
    (SELECT MAX(i.date) FROM "{insights}" i WHERE i.{source_column} = s.id AND i.date <= {until}) AS last_day,
    (SELECT MAX(i.date) FROM "{insights}" i WHERE i.{source_column} = s.id AND i.date < {since}) AS day_before
  FROM "{source_table}" s
  WHERE s.organization_id = {org} AND s.ad_account_id = {account} {source_object}
),
spend AS (
  SELECT hi.{insight_column} AS obj,
    SUM(hi.spend_to_date - COALESCE(lo.spend_to_date, 0)) AS spend,
    SUM(hi.leads_to_date - COALESCE(lo.leads_to_date, 0)) AS meta_leads
  FROM bounds b JOIN "{insights}" hi ON hi.{source_column} = b.source AND hi.date = b.last_day
    LEFT JOIN "{insights}" lo ON lo.{source_column} = b.source AND lo.date = b.day_before
  WHERE hi.organization_id = {org}
  GROUP BY hi.{insight_column}
)
SELECT {ids}, sp.spend, sp.meta_leads
FROM spend sp JOIN "{table}" o ON o.id = sp.obj
WHERE o.organization_id = {org} AND o.ad_account_id = {account} {object} AND (sp.spend <> 0 OR sp.meta_leads <> 0)
"""


class ReportLevel(enum.Enum):
    """Which objects a report's rows are. Campaign rows read Meta's campaign-level insights; ad set and ad
    rows sum the ad-level ones (both synced per day)."""

    CAMPAIGN = "CAMPAIGN"
    AD_SET = "AD_SET"
    AD = "AD"


@dataclasses.dataclass(frozen=True)
class _Level:
    """Where a level's rows come from: its objects and their leads, and the daily rows its spend sums."""

    table: str  # the objects the rows are
    lead_column: str  # the lead's column naming its object
    ids: str  # the row's campaign, ad set and ad ids
    insights: str  # daily delivery rows, with running totals per source object
    source_table: str  # the objects those running totals belong to
    source_column: str  # the insight column naming the source object
    insight_column: str  # the insight column naming the report's object
    source_filter: str  # the source column naming the report's object (for one object's row)


_LEVELS: dict[ReportLevel, _Level] = {
    ReportLevel.CAMPAIGN: _Level(
        "campaign",
        "campaign_id",
        "o.id AS campaign_id, NULL AS ad_set_id, NULL AS ad_id",
        "campaign_insight",
        "campaign",
        "campaign_id",
        "campaign_id",
        "id",
    ),
    ReportLevel.AD_SET: _Level(
        "ad_set",
        "ad_set_id",
        "o.campaign_id, o.id AS ad_set_id, NULL AS ad_id",
        "ad_insight",
        "ad",
        "ad_id",
        "ad_set_id",
        "ad_set_id",
    ),
    ReportLevel.AD: _Level(
        "ad", "ad_id", "o.campaign_id, o.ad_set_id, o.id AS ad_id", "ad_insight", "ad", "ad_id", "ad_id", "id"
    ),
}


@dataclasses.dataclass(frozen=True)
class PerformanceRow:
    """One object's delivery and what its leads became, in the ad account's currency."""

    campaign_id: uuid.UUID
    ad_set_id: uuid.UUID | None
    ad_id: uuid.UUID | None
    currency: str
    spend: Money
    meta_leads: int
    leads: int
    qualified_leads: int
    deals_won: int
    revenue: Money
    pipeline_value: Money
    other_currency_deals: int
    cost_per_lead: Money | None
    cost_per_qualified_lead: Money | None
    roas: Decimal | None


_ROAS = Decimal("0.0001")
_ZERO = Decimal(0)
_NO_OUTCOME = {"leads": 0, "qualified": 0, "won": 0, "revenue": _ZERO, "pipeline": _ZERO, "other": 0}


def _decimal(value: Any) -> Decimal:
    return value if type(value) is Decimal else Decimal(str(value or 0))


def _uuid(value: Any) -> uuid.UUID | None:
    return value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(str(value))


_ROW_TYPES = {"campaign_id": "Campaign", "ad_set_id": "AdSet", "ad_id": "Ad"}  # the API's names of a row's object


def _rows(
    deliveries: Sequence[Mapping[str, Any]], outcomes: Sequence[Mapping[str, Any]], currency: str, key: str
) -> list[PerformanceRow]:
    """Both statements' rows per object, as report rows: objects with spend or leads, by spend descending then
    the object's global id. Each amount is rounded once, here; a report has thousands of rows, so they are built
    without the frozen dataclass's `__init__` (see `typed_row`)."""
    money = money_in(currency)
    type_name = _ROW_TYPES[key]
    # Keyed by the ids' text: the driver's UUIDs compare in Python, their text in C; it sorts as their bytes.
    outcome_of = {str(row[key]): row for row in outcomes}
    pairs = [
        (text, delivery, outcome_of.pop(text, _NO_OUTCOME)) for delivery in deliveries if (text := str(delivery[key]))
    ]
    pairs += [(text, {"spend": _ZERO, "meta_leads": 0, **outcome}, outcome) for text, outcome in outcome_of.items()]
    ranked: list[tuple[Decimal, str, PerformanceRow]] = []
    for text, delivery, outcome in pairs:
        spend, leads = _decimal(delivery["spend"]), outcome["leads"]
        if not (spend > 0 or leads):
            continue
        revenue, qualified = _decimal(outcome["revenue"]), outcome["qualified"]
        row = typed_row(
            PerformanceRow,
            {
                "campaign_id": _uuid(delivery["campaign_id"]),
                "ad_set_id": _uuid(delivery["ad_set_id"]),
                "ad_id": _uuid(delivery["ad_id"]),
                "currency": currency,
                "spend": money(spend),
                "meta_leads": int(delivery["meta_leads"]),
                "leads": int(leads),
                "qualified_leads": int(qualified),
                "deals_won": int(outcome["won"]),
                "revenue": money(revenue),
                "pipeline_value": money(_decimal(outcome["pipeline"])),
                "other_currency_deals": int(outcome["other"]),
                "cost_per_lead": money(spend / leads) if leads else None,
                "cost_per_qualified_lead": money(spend / qualified) if qualified else None,
                "roas": (revenue / spend).quantize(_ROAS, ROUND_HALF_EVEN) if spend else None,
            },
        )
        ranked.append((spend, global_id(type_name, text), row))
    ranked.sort(key=operator.itemgetter(1))  # "then id": the id the client sees, not the key's own order
    ranked.sort(key=operator.itemgetter(0), reverse=True)  # a stable sort: equal spends stay in id order
    return [row for _, _, row in ranked]


def _bounds(account: AdAccount, since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The inclusive date range as UTC instants [start, end) in the ad account's time zone."""
    try:
        zone = zoneinfo.ZoneInfo(account.timezone_name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    start = dt.datetime.combine(since, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tzinfo=zone).astimezone(dt.UTC)
    return start, end


def check_range(since: dt.date, until: dt.date) -> None:
    if until < since:
        raise DomainError(ErrorCode.INVALID_INPUT, "`until` is on or after `since`.", "until")
    if (until - since).days >= MAX_RANGE_DAYS:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A range spans at most {MAX_RANGE_DAYS} days.", "until")


@dataclasses.dataclass(frozen=True)
class ReportObjects:
    """The objects one of a report's two statements answered for, with the ad sets and campaigns above them."""

    campaign_ids: frozenset[uuid.UUID]
    ad_set_ids: frozenset[uuid.UUID]
    ad_ids: frozenset[uuid.UUID]


def _objects(rows: Sequence[Mapping[str, Any]]) -> ReportObjects:
    def ids(column: str) -> frozenset[uuid.UUID]:
        found = {row[column] for row in rows} - {None}
        if all(isinstance(value, uuid.UUID) for value in itertools.islice(found, 1)):
            return frozenset(found)  # the driver's UUIDs (PostgreSQL), else text (SQLite)
        return frozenset(uuid.UUID(str(value)) for value in found)

    return ReportObjects(ids("campaign_id"), ids("ad_set_id"), ids("ad_id"))


async def performance(
    organization_id: uuid.UUID,
    account: AdAccount,
    since: dt.date,
    until: dt.date,
    *,
    level: ReportLevel = ReportLevel.CAMPAIGN,
    object_id: uuid.UUID | None = None,
    on_objects: Callable[[ReportObjects], Awaitable[object]] | None = None,
) -> list[PerformanceRow]:
    """Rows per object of `level` in `account` (or just the object `object_id`), in two statements run at once.
    `on_objects` is awaited with each statement's objects as soon as it answers, while the other may still run
    (the API reads the objects' names and parents then)."""
    check_range(since, until)
    start, end = _bounds(account, since, until)
    given: dict[str, Any] = {
        "org": organization_id,
        "account": account.id,
        "start": start,
        "end": end,
        "currency": account.currency,
        "since": since,
        "until": until,
        "one": object_id,
    }
    shape = dataclasses.asdict(_LEVELS[level]) | {
        "leads_in_range": _LEADS_IN_RANGE,
        "lead_object": f"AND l.{_LEVELS[level].lead_column} = {{one}}" if object_id else "",
        "source_object": f"AND s.{_LEVELS[level].source_filter} = {{one}}" if object_id else "",
        "object": "AND o.id = {one}" if object_id else "",
    }

    async def run(template: str) -> Sequence[Mapping[str, Any]]:
        sql = template
        while (filled := re.sub(r"\{(\w+)\}", lambda m: shape.get(m.group(1), m.group(0)), sql)) != sql:
            sql = filled  # names from _LEVELS and the fragments above only
        statement = Statement()  # one parameter per placeholder, in reading order (SQLite numbers them so)
        sql = re.sub(r"\{(\w+)\}", lambda m: statement.param(given[m.group(1)]), sql)
        rows = await select_records(sql, statement.values)
        if on_objects is not None:
            await on_objects(_objects(rows))
        return rows

    deliveries, outcomes = await asyncio.gather(run(_SPEND_SQL), run(_LEADS_SQL))
    return _rows(deliveries, outcomes, account.currency, _LEVELS[level].lead_column)


# --- speed to lead -------------------------------------------------------------------------------------------

# Every stored lead created in the range, a flagged duplicate too (merged ones are deleted), as in the reports.
_RESPONSE_SQL = """
SELECT owner_id, created_at, first_response_at FROM "lead"
WHERE organization_id = {org} AND created_at >= {start} AND created_at < {end}
"""


@dataclasses.dataclass(frozen=True)
class OwnerResponse:
    owner_id: uuid.UUID | None
    leads: int
    answered: int
    median_seconds: int | None


@dataclasses.dataclass(frozen=True)
class ResponseStats:
    leads: int
    answered: int
    median_seconds: int | None
    p90_seconds: int | None
    by_owner: list[OwnerResponse]


def nearest_rank(values: list[int], fraction: float) -> int | None:
    """The nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-int(fraction * 100) * len(ordered) // 100))  # ceil(fraction * n) in integers
    return ordered[rank - 1]


async def lead_response_stats(
    organization_id: uuid.UUID, since: dt.date, until: dt.date, zone_name: str = "UTC"
) -> ResponseStats:
    """Leads created in the range (inclusive, in `zone_name`), how many a member answered and how fast."""
    check_range(since, until)
    zone = zoneinfo.ZoneInfo(zone_name)
    start = dt.datetime.combine(since, dt.time(), tzinfo=zone)
    end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    statement = Statement()
    sql = _RESPONSE_SQL.format(
        org=statement.param(organization_id), start=statement.param(start), end=statement.param(end)
    )
    columns = {name: Lead._meta.fields_map[name] for name in ("owner_id", "created_at", "first_response_at")}
    rows = await select_rows(sql, statement.values, columns)
    seconds: dict[uuid.UUID | None, list[int]] = {}
    counts: dict[uuid.UUID | None, int] = {}
    for row in rows:
        owner = row["owner_id"]
        counts[owner] = counts.get(owner, 0) + 1
        if row["first_response_at"] is not None:
            took = int((row["first_response_at"] - row["created_at"]).total_seconds())
            seconds.setdefault(owner, []).append(max(0, took))
    every = [s for each in seconds.values() for s in each]
    owners = sorted(counts, key=lambda o: (o is None, str(o)))
    return ResponseStats(
        leads=len(rows),
        answered=len(every),
        median_seconds=nearest_rank(every, 0.5),
        p90_seconds=nearest_rank(every, 0.9),
        by_owner=[
            OwnerResponse(o, counts[o], len(seconds.get(o, [])), nearest_rank(seconds.get(o, []), 0.5)) for o in owners
        ],
    )
