"""GraphQL types for Meta ads data: AdAccount, Campaign, AdSet, Ad, LeadForm and campaign insights."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import uuid
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.types import Info

from app.campaigns import models
from app.campaigns.services import InsightTotals, campaign_insights, insight_range
from app.deals.queries import PerformanceRow, ReportLevel, ReportObjects, performance
from app.errors import DomainError
from app.money import from_minor
from app.orm import SqlSelection, typed_row
from schema.context import Context, ctx
from schema.customfields.types import LeadFormMappingEntryType, form_mapping_of
from schema.permissions import allow
from schema.relay import Node, NodeLoader, from_row, invalid_input, pk_of, register_node, rows_loader


@strawberry.enum(description="A Meta ad object's configured status.")
class AdStatus(enum.Enum):
    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    DELETED = "DELETED"
    ARCHIVED = "ARCHIVED"


_STATUSES = {status.value: status for status in AdStatus}


def _status(value: str | None) -> AdStatus | None:
    """Meta's status as the enum (a dict lookup: a report makes ten thousand nodes), None when unknown."""
    return _STATUSES.get(value) if value else None


@strawberry.enum
class InsightGranularity(enum.Enum):
    DAY = "DAY"
    TOTAL = "TOTAL"


@strawberry.input(description="An inclusive date range in the ad account's time zone.")
class InsightRangeInput:
    since: dt.date
    until: dt.date | None = strawberry.field(default=None, description="Default: today.")


@strawberry.type(description="An amount of money: a decimal and its ISO 4217 currency.")
class Money:
    amount: Decimal
    currency: str


@strawberry.type(description="Delivery over a period (one day, or the whole range).")
class InsightPoint:
    date: dt.date = strawberry.field(description="First day of the period.")
    until: dt.date
    impressions: int
    clicks: int
    spend: Money
    reach: int
    leads: int = strawberry.field(description="Meta's `lead` actions (0 when none).")
    ctr: Decimal | None = strawberry.field(description="Clicks per 100 impressions.")
    cpc: Decimal | None
    cpm: Decimal | None
    cost_per_lead: Decimal | None = strawberry.field(description="Null when there were no leads.")

    @classmethod
    def of(cls, t: InsightTotals) -> InsightPoint:
        return from_row(cls, t, date=t.since, spend=Money(amount=t.spend, currency=t.currency))


@strawberry.type(description="A campaign's insights over a range: totals and a series.")
class CampaignInsights:
    since: dt.date
    until: dt.date
    granularity: InsightGranularity
    impressions: int
    clicks: int
    spend: Money
    currency: str = strawberry.field(description="ISO 4217 currency of every amount here (as `spend.currency`).")
    reach: int = strawberry.field(description="Sum of daily reach (people reached per day).")
    leads: int
    ctr: Decimal | None
    cpc: Decimal | None
    cpm: Decimal | None
    cost_per_lead: Decimal | None = strawberry.field(description="Null when there were no leads.")
    series: list[InsightPoint] = strawberry.field(description="Per day (DAY) or one point for the range (TOTAL).")
    daily: list[InsightPoint] = strawberry.field(description="Per day with delivery, whatever the granularity.")


@strawberry.type(name="AdAccount", description="A Meta ad account the organisation's connection can read.")
class AdAccountType(Node):
    meta_id: str = strawberry.field(description="Meta's id (`act_...`).")
    account_id: str
    name: str
    currency: str
    timezone_name: str | None
    account_status: int | None = strawberry.field(description="Meta's account_status (1 = active).")
    selected: bool
    last_synced_at: dt.datetime | None

    @classmethod
    def from_model(cls, row: models.AdAccount) -> AdAccountType:
        return from_row(cls, row)


def _money(minor: str | None, currency: str) -> Money | None:
    """Meta budgets are strings in the currency's minor unit."""
    if not minor:
        return None
    try:
        return Money(amount=from_minor(minor, currency), currency=currency)
    except ArithmeticError:
        return None


REPORT_SCOPES = ("leads:read", "campaigns:read")  # reports read leads and campaigns: a token needs both


PERFORMANCE_DESCRIPTION = "Spend, leads, deals and return on ad spend over `range` (null: neither spend nor leads)."


@strawberry.type(name="Campaign", description="A Meta campaign.")
class CampaignType(Node):
    meta_id: str
    name: str
    status: AdStatus | None
    effective_status: str | None
    objective: str | None
    daily_budget: Money | None
    lifetime_budget: Money | None
    start_time: dt.datetime | None
    stop_time: dt.datetime | None
    created_time: dt.datetime | None
    updated_time: dt.datetime | None
    ad_account: AdAccountType | None
    pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: models.Campaign, account: AdAccountType | None = None) -> CampaignType:
        currency = account.currency if account is not None else "USD"
        return from_row(
            cls,
            row,
            status=_status(row.status),
            daily_budget=_money(row.daily_budget, currency),
            lifetime_budget=_money(row.lifetime_budget, currency),
            created_time=row.meta_created_time,
            updated_time=row.meta_updated_time,
            ad_account=account,
            pk=row.id,
        )

    @strawberry.field(description="Delivery, spend and leads over `range` (default: the last 30 days).")
    async def insights(
        self,
        info: Info,
        range: InsightRangeInput | None = None,
        granularity: InsightGranularity = InsightGranularity.DAY,
    ) -> CampaignInsights:
        zone = self.ad_account.timezone_name if self.ad_account is not None else None
        try:
            since, until = insight_range(range.since if range else None, range.until if range else None, time_zone=zone)
        except DomainError as error:
            raise invalid_input(error.message) from None
        currency = self.ad_account.currency if self.ad_account is not None else None
        totals, daily = await campaign_insights(ctx(info).organization_id, self.pk, since, until, currency)
        points = [InsightPoint.of(d) for d in daily]
        return CampaignInsights(
            since=since,
            until=until,
            granularity=granularity,
            impressions=totals.impressions,
            clicks=totals.clicks,
            spend=Money(amount=totals.spend, currency=totals.currency),
            currency=totals.currency,
            reach=totals.reach,
            leads=totals.leads,
            ctr=totals.ctr,
            cpc=totals.cpc,
            cpm=totals.cpm,
            cost_per_lead=totals.cost_per_lead,
            series=points if granularity is InsightGranularity.DAY else [InsightPoint.of(totals)],
            daily=points,
        )

    @strawberry.field(extensions=allow(scope=REPORT_SCOPES), description=PERFORMANCE_DESCRIPTION)
    async def performance(self, info: Info, range: InsightRangeInput) -> PerformanceRowType | None:
        return await object_performance(info, models.Campaign, ReportLevel.CAMPAIGN, self.pk, range)


@strawberry.type(name="PerformanceRow", description="One object's spend and what its leads became (one currency).")
class PerformanceRowType:
    campaign: CampaignType
    ad_set: AdSetType | None = strawberry.field(description="Set at AD_SET and AD level.")
    ad: AdType | None = strawberry.field(description="Set at AD level.")
    spend: Money
    meta_leads: int = strawberry.field(description="Leads as Meta counts them (the `lead` action).")
    leads: int = strawberry.field(description="Stored leads attributed to the object, created in the range.")
    qualified_leads: int = strawberry.field(description="Of those, now QUALIFIED or CONVERTED, or with a deal.")
    deals_won: int = strawberry.field(description="WON deals of those leads, whenever won.")
    revenue: Money = strawberry.field(description="Won deals in the ad account's currency.")
    pipeline_value: Money = strawberry.field(description="Open deals x their stage's probability.")
    other_currency_deals: int = strawberry.field(description="Deals in another currency: counted, never converted.")
    cost_per_lead: Money | None = strawberry.field(description="spend / leads; null without leads.")
    cost_per_qualified_lead: Money | None
    roas: Decimal | None = strawberry.field(description="revenue / spend, 4 decimals; null without spend.")


async def object_performance(
    info: Info, model: Any, level: ReportLevel, pk: uuid.UUID, range: InsightRangeInput
) -> PerformanceRowType | None:
    """`Campaign/AdSet/Ad.performance`: the report's row of one object, in its ad account's currency."""
    context = ctx(info)
    row = await model.for_org(context.organization_id).get(id=pk)
    account = await models.AdAccount.for_org(context.organization_id).get_or_none(id=row.ad_account_id)
    if account is None:  # an ad set or ad synced before it knew its ad account
        return None
    nodes = ReportNodes(context.organization_id, account, level)
    # `until` defaults to today in the ad account's time zone, as the input says
    since, until = insight_range(range.since, range.until, time_zone=account.timezone_name)
    rows = await performance(
        context.organization_id, account, since, until, level=level, object_id=pk, on_objects=nodes.read
    )
    return performance_rows(rows, nodes)[0] if rows else None


@dataclass(frozen=True)
class _CampaignRow:
    """The columns a Campaign node shows, read as a typed row (a report names thousands: ORM objects cost more)."""

    id: uuid.UUID
    ad_account_id: uuid.UUID
    meta_id: str
    name: str
    status: str | None
    effective_status: str | None
    objective: str | None
    daily_budget: str | None
    lifetime_budget: str | None
    start_time: dt.datetime | None
    stop_time: dt.datetime | None
    meta_created_time: dt.datetime | None
    meta_updated_time: dt.datetime | None


@dataclass(frozen=True)
class _AdSetRow:
    id: uuid.UUID
    campaign_id: uuid.UUID
    meta_id: str
    name: str
    status: str | None
    effective_status: str | None
    optimization_goal: str | None
    daily_budget: str | None
    lifetime_budget: str | None
    start_time: dt.datetime | None
    end_time: dt.datetime | None


@dataclass(frozen=True)
class _AdRow:
    id: uuid.UUID
    ad_set_id: uuid.UUID
    meta_id: str
    name: str
    status: str | None
    effective_status: str | None


async def _rows_by_id(
    model: Any, organization_id: uuid.UUID, row: type[Any], ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """The organisation's rows of `model` among `ids`, in one statement (issued even for no ids, so a report
    sends as many statements whatever its rows)."""
    selection = SqlSelection(model, organization_id, row)
    selection.where(selection.statement.one_of(f'"{selection.table}"."id"', sorted(ids)))
    return {r.id: r for r in await selection.all(f'"{selection.table}"."id"')}


class ReportNodes:
    """The campaigns, ad sets and ads a report's rows show, read and built as each of the report's two
    statements answers (`performance(on_objects=...)`): the first one's while the other still runs. One
    statement per table the level shows, per answer, for the objects not asked for yet; the answers are taken
    one after the other, so an object's parents are built before it."""

    def __init__(self, organization_id: uuid.UUID, account: models.AdAccount, level: ReportLevel) -> None:
        self.organization_id = organization_id
        self.account_id, self.account_node = account.id, AdAccountType.from_model(account)
        shown = {ReportLevel.CAMPAIGN: 1, ReportLevel.AD_SET: 2, ReportLevel.AD: 3}[level]
        self._tables = [(models.Campaign, _CampaignRow), (models.AdSet, _AdSetRow), (models.Ad, _AdRow)][:shown]
        self._asked: list[set[uuid.UUID]] = [set() for _ in self._tables]
        self._one_at_a_time = asyncio.Lock()
        self.campaigns: dict[uuid.UUID, CampaignType] = {}
        self.ad_sets: dict[uuid.UUID, AdSetType] = {}
        self.ads: dict[uuid.UUID, AdType] = {}

    async def read(self, objects: ReportObjects) -> None:
        wanted = [objects.campaign_ids, objects.ad_set_ids, objects.ad_ids]
        async with self._one_at_a_time:
            batches = []
            for (model, row), asked, ids in zip(self._tables, self._asked, wanted, strict=False):
                batches.append(_rows_by_id(model, self.organization_id, row, ids - asked))
                asked.update(ids)
            found = await asyncio.gather(*batches)
        campaign_rows, set_rows, ad_rows = (*found, {}, {})[:3]  # none of the tables the level does not show
        for pk, c in campaign_rows.items():
            account = self.account_node if c.ad_account_id == self.account_id else None
            self.campaigns[pk] = CampaignType.from_model(c, account)
        for pk, s in set_rows.items():
            self.ad_sets[pk] = AdSetType.from_model(s, self.campaigns.get(s.campaign_id))
        for pk, a in ad_rows.items():
            self.ads[pk] = AdType.from_model(a, self.ad_sets.get(a.ad_set_id))


def performance_rows(rows: list[PerformanceRow], nodes: ReportNodes) -> list[PerformanceRowType]:
    """Typed rows shaped for GraphQL, with the nodes `nodes` read for them."""
    campaigns, ad_sets, ads = nodes.campaigns, nodes.ad_sets, nodes.ads
    # The app's row already holds every value as GraphQL shows it (its amounts are `Money` tuples, which the
    # Money type reads like this class): the GraphQL row shares its values and adds the nodes.
    return [
        typed_row(
            PerformanceRowType,
            {
                **vars(r),
                "campaign": campaigns[r.campaign_id],
                "ad_set": ad_sets.get(r.ad_set_id) if r.ad_set_id else None,
                "ad": ads.get(r.ad_id) if r.ad_id else None,
            },
        )
        for r in rows
    ]


@strawberry.type(name="AdSet", description="A Meta ad set.")
class AdSetType(Node):
    meta_id: str
    name: str
    status: AdStatus | None
    effective_status: str | None
    optimization_goal: str | None
    daily_budget: Money | None
    lifetime_budget: Money | None
    start_time: dt.datetime | None
    end_time: dt.datetime | None
    campaign: CampaignType | None
    pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: models.AdSet, campaign: CampaignType | None = None) -> AdSetType:
        currency = campaign.ad_account.currency if campaign is not None and campaign.ad_account else "USD"
        return from_row(
            cls,
            row,
            status=_status(row.status),
            daily_budget=_money(row.daily_budget, currency),
            lifetime_budget=_money(row.lifetime_budget, currency),
            campaign=campaign,
            pk=row.id,
        )

    @strawberry.field(extensions=allow(scope=REPORT_SCOPES), description=PERFORMANCE_DESCRIPTION)
    async def performance(self, info: Info, range: InsightRangeInput) -> PerformanceRowType | None:
        return await object_performance(info, models.AdSet, ReportLevel.AD_SET, self.pk, range)


@strawberry.type(name="Ad", description="A Meta ad.")
class AdType(Node):
    meta_id: str
    name: str
    status: AdStatus | None
    effective_status: str | None
    ad_set: AdSetType | None
    campaign: CampaignType | None
    pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: models.Ad, ad_set: AdSetType | None = None) -> AdType:
        return from_row(
            cls,
            row,
            status=_status(row.status),
            ad_set=ad_set,
            campaign=ad_set.campaign if ad_set is not None else None,
            pk=row.id,
        )

    @strawberry.field(extensions=allow(scope=REPORT_SCOPES), description=PERFORMANCE_DESCRIPTION)
    async def performance(self, info: Info, range: InsightRangeInput) -> PerformanceRowType | None:
        return await object_performance(info, models.Ad, ReportLevel.AD, self.pk, range)


@strawberry.type(description="An answer option of a multiple-choice question.")
class LeadFormOption:
    key: str
    value: str


@strawberry.type(description="A question of a Lead Ads form (keys vary per form).")
class LeadFormQuestion:
    key: str
    label: str | None
    type: str | None
    options: list[LeadFormOption]


@strawberry.type(name="LeadForm", description="A Lead Ads form of a connected Page.")
class LeadFormType(Node):
    meta_id: str
    name: str
    status: str | None
    locale: str | None
    page_id: str | None = strawberry.field(description="Meta's Page id.")
    questions: list[LeadFormQuestion]

    @strawberry.field(description="Where each question goes for new leads (setLeadFormMapping); empty: no mapping.")
    async def mapping(self, info: Info) -> list[LeadFormMappingEntryType]:
        pk = pk_of(self.id, "LeadForm")
        return await form_mapping_of(ctx(info).organization_id, pk) if pk else []

    @classmethod
    def from_model(cls, row: models.LeadForm) -> LeadFormType:
        questions = []
        for q in row.questions or []:
            if not isinstance(q, dict):
                continue
            options = [
                LeadFormOption(key=str(o.get("key", "")), value=str(o.get("value", "")))
                for o in q.get("options") or []
                if isinstance(o, dict)
            ]
            questions.append(
                LeadFormQuestion(key=str(q.get("key", "")), label=q.get("label"), type=q.get("type"), options=options)
            )
        return from_row(cls, row, page_id=row.page_meta_id, questions=questions)


async def account_nodes(organization_id: Any, pks: set[uuid.UUID]) -> dict[uuid.UUID, AdAccountType]:
    if not pks:
        return {}
    rows = await models.AdAccount.for_org(organization_id).filter(id__in=list(pks))
    return {r.id: AdAccountType.from_model(r) for r in rows}


async def campaign_nodes(organization_id: Any, rows: list[models.Campaign]) -> list[CampaignType]:
    """Campaign nodes with their ad accounts loaded in one query (list items stay sync)."""
    accounts = await account_nodes(organization_id, {r.ad_account_id for r in rows})
    return [CampaignType.from_model(r, accounts.get(r.ad_account_id)) for r in rows]


async def ad_set_nodes(organization_id: Any, rows: list[models.AdSet]) -> list[AdSetType]:
    campaign_rows = await models.Campaign.for_org(organization_id).filter(id__in=list({r.campaign_id for r in rows}))
    campaigns = {c.pk: c for c in await campaign_nodes(organization_id, campaign_rows)}
    return [AdSetType.from_model(r, campaigns.get(r.campaign_id)) for r in rows]


async def ad_nodes(organization_id: Any, rows: list[models.Ad]) -> list[AdType]:
    set_rows = await models.AdSet.for_org(organization_id).filter(id__in=list({r.ad_set_id for r in rows}))
    sets = dict(zip([r.id for r in set_rows], await ad_set_nodes(organization_id, set_rows), strict=True))
    return [AdType.from_model(r, sets.get(r.ad_set_id)) for r in rows]


async def load_campaign(organization_id: Any, pk: uuid.UUID) -> CampaignType | None:
    row = await models.Campaign.for_org(organization_id).get_or_none(id=pk)
    return (await campaign_nodes(organization_id, [row]))[0] if row else None


def _nodes_loader(model: Any, nodes: Callable[[Any, list[Any]], Awaitable[list[Any]]]) -> NodeLoader:
    """The node loader of campaigns, ad sets or ads: their nodes are built a page at a time."""

    async def load(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        rows = await model.for_org(context.organization_id).filter(id__in=pks)
        return {node.pk: node for node in await nodes(context.organization_id, rows)}

    return load


register_node("AdAccount", rows_loader(models.AdAccount, AdAccountType.from_model), scope="campaigns:read")
register_node("Campaign", _nodes_loader(models.Campaign, campaign_nodes), scope="campaigns:read")
register_node("AdSet", _nodes_loader(models.AdSet, ad_set_nodes), scope="campaigns:read")
register_node("Ad", _nodes_loader(models.Ad, ad_nodes), scope="campaigns:read")
register_node("LeadForm", rows_loader(models.LeadForm, LeadFormType.from_model), scope="campaigns:read")
