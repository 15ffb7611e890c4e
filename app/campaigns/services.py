"""Campaign reads: insights aggregated in SQL, cost metrics computed from the sums (the Meta sync that fills
them, and its request, live in app/integrations/meta/sync.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
import zoneinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tortoise.functions import Sum

from app.campaigns.models import Campaign, Insight
from app.errors import DomainError, ErrorCode
from app.money import round_money

MAX_DAYS = 37 * 31  # Meta keeps 37 months of insights
DEFAULT_RANGE_DAYS = 30
MICRO = Decimal("0.000001")


@dataclasses.dataclass(frozen=True)
class InsightTotals:
    """Sums over a date range (or one day) with the ratios Meta would show."""

    since: dt.date
    until: dt.date
    impressions: int
    clicks: int
    spend: Decimal
    reach: int
    leads: int
    currency: str

    @property
    def ctr(self) -> Decimal | None:
        """Clicks per 100 impressions."""
        if not self.impressions:
            return None
        return (Decimal(self.clicks) * 100 / self.impressions).quantize(MICRO, ROUND_HALF_UP)

    @property
    def cpc(self) -> Decimal | None:
        return (self.spend / self.clicks).quantize(MICRO, ROUND_HALF_UP) if self.clicks else None

    @property
    def cpm(self) -> Decimal | None:
        return (self.spend * 1000 / self.impressions).quantize(MICRO, ROUND_HALF_UP) if self.impressions else None

    @property
    def cost_per_lead(self) -> Decimal | None:
        """Null when there were no leads (never a division by zero or a misleading 0)."""
        return (self.spend / self.leads).quantize(MICRO, ROUND_HALF_UP) if self.leads else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def today_in(*time_zones: str | None) -> dt.date:
    """Today in an ad account's time zone (Meta's days are the account's days; UTC for no or an unknown zone).
    Over several accounts (a range for a whole organisation) it is the latest of their todays: each account's
    current day is then in the range, and a day that has not begun somewhere simply has no data there yet."""
    now = _now()
    return max((now.astimezone(_zone(name)).date() for name in time_zones), default=now.date())


def _zone(name: str | None) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name) if name else dt.UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def insight_range(
    since: dt.date | None, until: dt.date | None, *, time_zone: str | None = None
) -> tuple[dt.date, dt.date]:
    """Validate a requested range of an ad account's days (default: the last 30 days up to today in the account's
    `time_zone`, as `today_in` says)."""
    today = today_in(time_zone)
    since = since or ((until or today) - dt.timedelta(days=DEFAULT_RANGE_DAYS - 1))
    if until is None and since > today:
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"`since` is after today ({today}) in the ad account's time zone.", field="since"
        )
    until = until or today
    if since > until:
        raise DomainError(ErrorCode.INVALID_INPUT, "`since` must not be after `until`.", field="since")
    if (until - since).days > MAX_DAYS:
        raise DomainError(ErrorCode.INVALID_INPUT, "The range may span at most 37 months.", field="since")
    return since, until


async def _currency(organization_id: uuid.UUID | str, campaign_id: uuid.UUID) -> str:
    campaign = await Campaign.for_org(organization_id).get_or_none(id=campaign_id).prefetch_related("ad_account")
    return campaign.ad_account.currency if campaign is not None else "USD"


def _totals(row: dict[str, Any], since: dt.date, until: dt.date, currency: str) -> InsightTotals:
    return InsightTotals(
        since=since,
        until=until,
        impressions=int(row.get("impressions") or 0),
        clicks=int(row.get("clicks") or 0),
        spend=round_money(Decimal(str(row.get("spend") or 0)), currency),  # 5000 JPY, 1.234 KWD
        reach=int(row.get("reach") or 0),
        leads=int(row.get("leads") or 0),
        currency=currency,
    )


async def campaign_insights(
    organization_id: uuid.UUID | str,
    campaign_id: uuid.UUID,
    since: dt.date,
    until: dt.date,
    currency: str | None = None,
) -> tuple[InsightTotals, list[InsightTotals]]:
    """(totals over the range, one entry per day with data), both summed by the database."""
    base = Insight.for_org(organization_id).filter(campaign_id=campaign_id, date__gte=since, date__lte=until)
    sums = {
        "impressions": Sum("impressions"),
        "clicks": Sum("clicks"),
        "spend": Sum("spend"),
        "reach": Sum("reach"),
        "leads": Sum("leads"),
    }
    currency = currency or await _currency(organization_id, campaign_id)
    total_rows = await base.annotate(**sums).values(*sums)
    totals = _totals(total_rows[0] if total_rows else {}, since, until, currency)
    daily_rows = await base.annotate(**sums).group_by("date").order_by("date").values("date", *sums)
    daily = [_totals(r, _as_date(r["date"]), _as_date(r["date"]), currency) for r in daily_rows]
    return totals, daily


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
