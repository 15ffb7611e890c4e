"""GraphQL of usage analytics: the organisation's report over consented events (SPEC §7.2)."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.privacy.usage import UsageGroup, usage_report
from schema.context import ctx
from schema.permissions import allow

UsageGroupByEnum = strawberry.enum(UsageGroup, name="UsageReportGroupBy")


@strawberry.input
class UsageReportInput:
    since: dt.datetime
    until: dt.datetime
    group_by: UsageGroupByEnum  # type: ignore[valid-type]


@strawberry.type(description="One group of usage events: how many events, distinct users and distinct sessions.")
class UsageReportRow:
    key: str = strawberry.field(description="The page path, referrer host, UTC day or 'browser / os / deviceType'.")
    events: int
    users: int
    sessions: int


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(Role.ADMIN),
        description="Usage analytics over [since, until) (366 days at most), from consented events only; most "
        "events first.",
    )
    async def usage_report(self, info: Info, input: UsageReportInput) -> list[UsageReportRow]:
        rows = await usage_report(ctx(info).organization_id, input.since, input.until, UsageGroup(input.group_by.value))
        return [UsageReportRow(key=r.key, events=r.events, users=r.users, sessions=r.sessions) for r in rows]
