"""performanceReport: thin over app.deals.queries (two SQL statements per report, run at once)."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from app.accounts.models import User
from app.campaigns.models import AdAccount
from app.deals.queries import ReportLevel, lead_response_stats, performance
from app.errors import DomainError, ErrorCode
from schema.accounts.types import UserType
from schema.campaigns.types import REPORT_SCOPES, PerformanceRowType, ReportNodes, performance_rows
from schema.context import ctx
from schema.permissions import allow
from schema.relay import pk_or_not_found

PerformanceReportLevel = strawberry.enum(
    ReportLevel, name="PerformanceReportLevel", description="Which objects the rows are."
)


@strawberry.input(description="An inclusive date range in the ad account's time zone.")
class PerformanceReportInput:
    ad_account_id: strawberry.ID
    since: dt.date
    until: dt.date
    level: PerformanceReportLevel = ReportLevel.CAMPAIGN


@strawberry.input(description="Leads created in this inclusive range, in your time zone.")
class LeadResponseStatsInput:
    since: dt.date
    until: dt.date


@strawberry.type(description="One owner's leads and how fast they were first answered.")
class LeadResponseOwnerStats:
    owner: UserType | None = strawberry.field(description="Null for unassigned leads.")
    leads: int
    answered: int
    median_seconds_to_first_response: int | None


@strawberry.type(description="Speed to lead: nearest-rank median and p90 over answered leads.")
class LeadResponseStats:
    leads: int
    answered: int
    median_seconds_to_first_response: int | None
    p90_seconds_to_first_response: int | None
    by_owner: list[LeadResponseOwnerStats]


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(scope=REPORT_SCOPES),
        description="How fast members first answer new leads (tokens need leads:read and campaigns:read).",
    )
    async def lead_response_stats(self, info: Info, input: LeadResponseStatsInput) -> LeadResponseStats:
        context = ctx(info)
        viewer = context.require_viewer()
        zone = await User.filter(id=viewer.user_id).first().values_list("time_zone", flat=True)
        stats = await lead_response_stats(context.organization_id, input.since, input.until, str(zone or "UTC"))
        owner_ids = [o.owner_id for o in stats.by_owner if o.owner_id is not None]
        users = {u.id: UserType.from_model(u) for u in await User.filter(id__in=owner_ids)} if owner_ids else {}
        return LeadResponseStats(
            leads=stats.leads,
            answered=stats.answered,
            median_seconds_to_first_response=stats.median_seconds,
            p90_seconds_to_first_response=stats.p90_seconds,
            by_owner=[
                LeadResponseOwnerStats(
                    owner=users.get(o.owner_id) if o.owner_id else None,
                    leads=o.leads,
                    answered=o.answered,
                    median_seconds_to_first_response=o.median_seconds,
                )
                for o in stats.by_owner
            ],
        )

    @strawberry.field(
        extensions=allow(scope=REPORT_SCOPES),
        description="Return on ad spend per object of an ad account with spend or leads, by spend descending, in "
        "the ad account's currency (tokens need leads:read and campaigns:read).",
    )
    async def performance_report(self, info: Info, input: PerformanceReportInput) -> list[PerformanceRowType]:
        context = ctx(info)
        org_id = context.organization_id
        pk = pk_or_not_found(input.ad_account_id, "AdAccount", "adAccountId")
        account = await AdAccount.for_org(org_id).get_or_none(id=pk)
        if account is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such ad account.", "adAccountId")
        nodes = ReportNodes(org_id, account, input.level)
        rows = await performance(org_id, account, input.since, input.until, level=input.level, on_objects=nodes.read)
        return performance_rows(rows, nodes)
