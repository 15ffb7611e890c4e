from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON
from tortoise.queryset import QuerySet

from app.accounts.models import Role
from app.jobs.models import Job, JobKind, JobStatus
from schema.context import Context
from schema.relay import Node, from_row, register_node

# Which partner-token scopes may see a job of each kind: the scope of the domain whose data the job works on
# (a lead import or backfill makes leads; a Meta sync refreshes campaigns and insights). Platform work
# (key rotation, mail, inbound webhooks, maintenance) is for sessions only.
JOB_KIND_SCOPES: dict[JobKind, frozenset[str]] = {
    JobKind.META_SYNC: frozenset({"campaigns:read"}),
    JobKind.LEAD_BACKFILL: frozenset({"leads:read", "leads:write"}),
    JobKind.LEAD_IMPORT: frozenset({"leads:read", "leads:write"}),
    JobKind.LEAD_INGEST: frozenset({"leads:read", "leads:write"}),
    JobKind.EXPORT: frozenset({"privacy:manage"}),
    JobKind.ERASURE: frozenset({"privacy:manage"}),
    JobKind.RETENTION_SWEEP: frozenset({"privacy:manage"}),
    JobKind.WEBHOOK_DELIVERY: frozenset({"webhooks:manage"}),
    JobKind.WHATSAPP_SEND: frozenset({"messaging:write"}),
    JobKind.WORKFLOW_RUN: frozenset({"messaging:write"}),
    JobKind.KEY_ROTATION: frozenset(),
    JobKind.MAIL: frozenset(),
    JobKind.WHATSAPP_WEBHOOK: frozenset(),
    JobKind.MAINTENANCE: frozenset(),
    JobKind.BILLING_EVENT: frozenset(),  # billing is for sessions only (SPEC §7.7)
    JobKind.TASK_REMINDER: frozenset(),  # a reminder mail, like MAIL: for sessions only
    JobKind.INCIDENT_ASSESSMENT: frozenset(),  # incidents are for sessions only (SPEC §7.7)
    JobKind.MEDIA_DOWNLOAD: frozenset(),  # internal plumbing of the inbox: for sessions only
    JobKind.CONVERSIONS_UPLOAD: frozenset(),  # Conversions API settings are for sessions only
    JobKind.BROADCAST: frozenset(),  # broadcasts are for sessions only (SPEC §7.7)
    JobKind.BULK_UPDATE: frozenset({"leads:read", "leads:write"}),  # the leads domain, as imports
    JobKind.LEAD_EXPORT: frozenset({"leads:export"}),
}
# Kinds only an ADMIN or OWNER sees (SPEC §7.7): their results speak of billing, incidents and exports.
ADMIN_JOB_KINDS = frozenset({JobKind.BILLING_EVENT, JobKind.INCIDENT_ASSESSMENT, JobKind.LEAD_EXPORT})

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
        return from_row(cls, job)


def visible_job_kinds(context: Context) -> list[JobKind] | None:
    """The job kinds the caller may see: a token those of its scopes' domains, a session below ADMIN all but
    ADMIN_JOB_KINDS; None for an ADMIN's or OWNER's session (all)."""
    viewer = context.require_viewer()
    if not viewer.is_token:
        if viewer.role is not None and viewer.role >= Role.ADMIN:
            return None
        return [kind for kind in JobKind if kind not in ADMIN_JOB_KINDS]
    scopes = viewer.scopes or frozenset()
    return [kind for kind, allowed in JOB_KIND_SCOPES.items() if allowed & scopes]


def visible_jobs(context: Context) -> QuerySet[Job]:
    """The organisation's jobs the caller may see."""
    qs = Job.filter(organization_id=context.organization_id)
    kinds = visible_job_kinds(context)
    return qs if kinds is None else qs.filter(kind__in=kinds)


async def load_jobs(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await visible_jobs(context).filter(id__in=pks)
    return {row.id: JobType.from_model(row) for row in rows}


register_node("Job", load_jobs, scope=None)
