"""SecurityIncident and its parts; ADMIN only, sessions only (SPEC §7.7)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from app.classification import DataCategory
from app.incidents.models import (
    SecurityIncident,
    SecurityIncidentKind,
    SecurityIncidentLead,
    SecurityIncidentNotice,
    SecurityIncidentNoticeAudience,
    SecurityIncidentStatus,
)
from app.incidents.report import regulator_report
from app.incidents.services import is_overdue
from app.leads.models import Lead
from schema.context import Context, ctx
from schema.leads.types import LeadType, lead_nodes, want_under
from schema.permissions import admins_only
from schema.privacy.queries import DataCategoryEnum
from schema.relay import Connection, Node, PageArgs, connection_args, from_row, paginate, register_node

SecurityIncidentKindEnum = strawberry.enum(SecurityIncidentKind, name="SecurityIncidentKind")
SecurityIncidentStatusEnum = strawberry.enum(SecurityIncidentStatus, name="SecurityIncidentStatus")
SecurityIncidentNoticeAudienceEnum = strawberry.enum(
    SecurityIncidentNoticeAudience, name="SecurityIncidentNoticeAudience"
)


@strawberry.type(description="One category of data the matching events touched.")
class SecurityIncidentCategory:
    category: DataCategoryEnum  # type: ignore[valid-type]
    subjects: int = strawberry.field(description="Distinct leads or users with at least one matching event.")
    records: int = strawberry.field(description="Matching events.")


@strawberry.type(description="What the assessment found in the audit trail (only what was recorded).")
class SecurityIncidentAffected:
    leads: int = strawberry.field(description="Distinct leads with at least one matching event.")
    users: int = strawberry.field(description="Distinct users with at least one matching event (sign-ins).")
    records: int = strawberry.field(description="Matching events.")
    categories: list[SecurityIncidentCategory]


@strawberry.type(name="SecurityIncidentNotice", description="A notice sent to one audience.")
class SecurityIncidentNoticeType:
    audience: SecurityIncidentNoticeAudienceEnum  # type: ignore[valid-type]
    sent_at: dt.datetime
    recipients: int


@strawberry.type(name="SecurityIncident", description="A personal data breach and what was done about it.")
class SecurityIncidentType(Node):
    title: str
    description: str
    kind: SecurityIncidentKindEnum  # type: ignore[valid-type]
    status: SecurityIncidentStatusEnum  # type: ignore[valid-type]
    detected_at: dt.datetime
    window_start: dt.datetime
    window_end: dt.datetime
    regulator_due_at: dt.datetime = strawberry.field(description="detectedAt + 72 hours (GDPR Art. 33(1)).")
    regulator_notified_at: dt.datetime | None
    overdue: bool = strawberry.field(description="Not notified past regulatorDueAt (and not closed).")
    assessed_at: dt.datetime | None
    closed_at: dt.datetime | None
    created_at: dt.datetime
    affected: SecurityIncidentAffected | None = strawberry.field(description="Null until assessed.")
    notices: list[SecurityIncidentNoticeType]
    model: strawberry.Private[SecurityIncident]

    @strawberry.field(description="The Art. 33(3) items for the supervisory authority.")
    async def regulator_report(self) -> JSON:
        return await regulator_report(self.model)

    @strawberry.field(description="The leads the assessment found in matching events (still held).")
    @connection_args
    async def affected_leads(self, info: Info, *, page: PageArgs) -> Connection[LeadType]:
        context = ctx(info)
        qs = SecurityIncidentLead.for_org(self.model.organization_id).filter(incident_id=self.model.id)
        want = want_under(info, "edges", "node")

        async def to_nodes(links: list[SecurityIncidentLead]) -> list[LeadType]:
            leads = {
                lead.id: lead
                for lead in await Lead.for_org(self.model.organization_id).filter(id__in=[x.lead_id for x in links])
            }
            nodes = {n.pk: n for n in await lead_nodes(context, list(leads.values()), want)}
            return [nodes[x.lead_id] for x in links]

        return await paginate(qs, page, to_nodes, filter_key=["incidentLeads", str(self.model.id)])


def _affected(raw: dict[str, Any] | None) -> SecurityIncidentAffected | None:
    if raw is None:
        return None
    return SecurityIncidentAffected(
        leads=raw["leads"],
        users=raw["users"],
        records=raw["records"],
        categories=[
            SecurityIncidentCategory(category=DataCategory(c["category"]), subjects=c["subjects"], records=c["records"])
            for c in raw["categories"]
        ],
    )


async def incident_nodes(rows: list[SecurityIncident]) -> list[SecurityIncidentType]:
    notices: dict[uuid.UUID, list[SecurityIncidentNoticeType]] = {}
    if rows:
        for n in await SecurityIncidentNotice.filter(incident_id__in=[r.id for r in rows]).order_by("sent_at"):
            notices.setdefault(n.incident_id, []).append(
                SecurityIncidentNoticeType(audience=n.audience, sent_at=n.sent_at, recipients=n.recipients)
            )
    return [
        from_row(
            SecurityIncidentType,
            r,
            description=r.description or "",
            overdue=is_overdue(r),
            affected=_affected(r.affected),
            notices=notices.get(r.id, []),
            model=r,
        )
        for r in rows
    ]


async def incident_node(row: SecurityIncident) -> SecurityIncidentType:
    return (await incident_nodes([row]))[0]


@admins_only
async def load_incidents(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = list(await SecurityIncident.for_org(context.organization_id).filter(id__in=pks))
    return {row.id: node for row, node in zip(rows, await incident_nodes(rows), strict=True)}


register_node("SecurityIncident", load_incidents, scope=None)  # sessions only
