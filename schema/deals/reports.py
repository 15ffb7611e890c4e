"""performanceReport: thin over app.deals.queries (one SQL statement per report)."""

from __future__ import annotations

import datetime as dt
import enum

import strawberry
from strawberry.types import Info

from app.campaigns.models import AdAccount
from app.deals.queries import campaign_performance
from app.errors import DomainError, ErrorCode
from schema.campaigns.types import PerformanceRowType, performance_rows, require_report_scopes
from schema.context import ctx
from schema.deals.api import pk_or_not_found
from schema.permissions import allow


@strawberry.enum(name="PerformanceReportLevel", description="Which objects the rows are.")
class PerformanceReportLevel(enum.Enum):
    CAMPAIGN = "CAMPAIGN"


@strawberry.input(description="An inclusive date range in the ad account's time zone.")
class PerformanceReportInput:
    ad_account_id: strawberry.ID
    since: dt.date
    until: dt.date
    level: PerformanceReportLevel = PerformanceReportLevel.CAMPAIGN


@strawberry.type(description="Rows with spend or leads, by spend descending, all in the ad account's currency.")
class PerformanceReport:
    currency: str
    since: dt.date
    until: dt.date
    rows: list[PerformanceRowType]


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(scope="leads:read"),
        description="Return on ad spend per object of an ad account (tokens need leads:read and campaigns:read).",
    )
    async def performance_report(self, info: Info, input: PerformanceReportInput) -> PerformanceReport:
        context = ctx(info)
        require_report_scopes(context)
        org_id = context.organization_id
        pk = pk_or_not_found(input.ad_account_id, "AdAccount", "adAccountId")
        account = await AdAccount.for_org(org_id).get_or_none(id=pk)
        if account is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such ad account.", "adAccountId")
        rows = await campaign_performance(org_id, account, input.since, input.until)
        return PerformanceReport(
            currency=account.currency,
            since=input.since,
            until=input.until,
            rows=await performance_rows(org_id, rows),
        )
