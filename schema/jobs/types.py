from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.jobs.models import Job, JobKind, JobStatus
from schema.context import Context
from schema.relay import Node, register_node, to_global_id

JobKindEnum = strawberry.enum(JobKind, name="JobKind")
JobStatusEnum = strawberry.enum(JobStatus, name="JobStatus")


@strawberry.type(name="Job", description="Background work and how far it has got.")
class JobType(Node):
    kind: JobKindEnum  # type: ignore[valid-type]
    status: JobStatusEnum  # type: ignore[valid-type]
    progress: int = strawberry.field(description="0-100.")
    attempts: int
    error: str | None
    result: JSON | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None

    @classmethod
    def from_model(cls, job: Job) -> JobType:
        return cls(
            id=to_global_id("Job", job.id),
            kind=job.kind,
            status=job.status,
            progress=job.progress,
            attempts=job.attempts,
            error=job.error,
            result=job.result,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
        )


async def load_jobs(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Job.filter(id__in=pks, organization_id=context.organization_id)
    return {row.id: JobType.from_model(row) for row in rows}


register_node("Job", load_jobs, scope=None)
