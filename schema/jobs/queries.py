from __future__ import annotations

import strawberry
from strawberry.types import Info

from schema.context import ctx
from schema.jobs.types import JobKindEnum, JobStatusEnum, JobType, visible_jobs
from schema.permissions import allow
from schema.relay import Connection, PageArgs, connection_field, paginate, pk_of


@strawberry.input
class JobFilter:
    kind: JobKindEnum | None = None  # type: ignore[valid-type]
    status: JobStatusEnum | None = None  # type: ignore[valid-type]


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(tokens=True),
        description="A job of your organisation (a partner token: of its scopes' domains; billing, incident and "
        "lead-export jobs: ADMIN).",
    )
    async def job(self, info: Info, id: strawberry.ID) -> JobType | None:
        pk = pk_of(id, "Job")
        if pk is None:
            return None
        row = await visible_jobs(ctx(info)).get_or_none(id=pk)
        return JobType.from_model(row) if row else None

    @connection_field(
        allow(tokens=True), "Your organisation's jobs, newest first (a partner token: of its scopes' domains)."
    )
    async def jobs(self, info: Info, filter: JobFilter | None = None, *, page: PageArgs) -> Connection[JobType]:
        qs = visible_jobs(ctx(info))
        key: dict[str, str] = {}
        if filter and filter.kind is not None:
            qs = qs.filter(kind=filter.kind)
            key["kind"] = filter.kind.value
        if filter and filter.status is not None:
            qs = qs.filter(status=filter.status)
            key["status"] = filter.status.value
        return await paginate(qs, page, JobType.from_model, filter_key=key)
