"""Security incidents: ADMIN, sessions only (SPEC §7.1, §7.7); thin over app.incidents.services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.incidents import services
from app.incidents.models import SecurityIncidentKind, SecurityIncidentNoticeAudience, SecurityIncidentStatus
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.incidents.types import (
    SecurityIncidentKindEnum,
    SecurityIncidentNoticeAudienceEnum,
    SecurityIncidentStatusEnum,
    SecurityIncidentType,
    incident_node,
    incident_nodes,
)
from schema.jobs.types import JobType
from schema.leads.bulk import LeadExportType
from schema.nodes import by_id
from schema.permissions import allow
from schema.relay import Connection, PageArgs, connection_field, paginate, pk_of

ADMIN = allow(Role.ADMIN)  # tokens refused: incidents are for sessions only
T = TypeVar("T")


@strawberry.input(description="Who or what was compromised; every list may be empty, but not all.")
class SecurityIncidentScopeInput:
    user_ids: list[strawberry.ID]
    api_token_ids: list[strawberry.ID]
    session_ids: list[strawberry.ID]
    ip_addresses: list[str] = strawberry.field(description="Addresses or CIDR networks.")
    webhook_subscription_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class ReportSecurityIncidentInput:
    title: str
    description: str
    kind: SecurityIncidentKindEnum  # type: ignore[valid-type]
    detected_at: dt.datetime
    window_start: dt.datetime
    window_end: dt.datetime
    scope: SecurityIncidentScopeInput


@strawberry.input
class AssessSecurityIncidentInput:
    id: strawberry.ID


@strawberry.input
class NotifySecurityIncidentInput:
    id: strawberry.ID
    audience: SecurityIncidentNoticeAudienceEnum  # type: ignore[valid-type]
    message: str = strawberry.field(description="Plain words; no full IP address, token or secret.")


@strawberry.input
class MarkRegulatorNotifiedInput:
    id: strawberry.ID
    authority: str
    reference: str | None = None
    notified_at: dt.datetime | None = strawberry.field(default=None, description="Default: now.")


@strawberry.input
class CloseSecurityIncidentInput:
    id: strawberry.ID
    summary: str
    notification_not_required_reason: str | None = strawberry.field(
        default=None, description="Required when the regulator was not notified; kept in regulatorReport."
    )


@strawberry.input
class SecurityIncidentFilter:
    status: SecurityIncidentStatusEnum | None = None  # type: ignore[valid-type]
    overdue: bool | None = None


ReportSecurityIncidentPayload = payload_type("ReportSecurityIncidentPayload", security_incident=SecurityIncidentType)
NotifySecurityIncidentPayload = payload_type("NotifySecurityIncidentPayload", security_incident=SecurityIncidentType)
MarkRegulatorNotifiedPayload = payload_type("MarkRegulatorNotifiedPayload", security_incident=SecurityIncidentType)
CloseSecurityIncidentPayload = payload_type("CloseSecurityIncidentPayload", security_incident=SecurityIncidentType)
AssessSecurityIncidentPayload = payload_type("AssessSecurityIncidentPayload", job=JobType)


@strawberry.input
class ExportAffectedLeadsInput:
    id: strawberry.ID


ExportAffectedLeadsPayload = payload_type("ExportAffectedLeadsPayload", lead_export=LeadExportType, job=JobType)


def _pk(value: strawberry.ID) -> object:
    return pk_of(value, "SecurityIncident")


async def _act(info: Info, action: Callable[..., Awaitable[T]], id: strawberry.ID, *args: Any, **fields: Any) -> T:
    """Apply an incident service to the organisation's incident `id`, on behalf of the viewer."""
    org_id, actor_id = org_and_actor(info)
    return await action(org_id, _pk(id), *args, actor_id=actor_id, **fields)


def _scope(given: SecurityIncidentScopeInput) -> services.ScopeInput:
    return services.ScopeInput(
        user_ids=[pk_of(i, "User") for i in given.user_ids],
        api_token_ids=[pk_of(i, "ApiToken") for i in given.api_token_ids],
        session_ids=[pk_of(i, "Session") for i in given.session_ids],
        ip_addresses=list(given.ip_addresses),
        webhook_subscription_ids=[pk_of(i, "WebhookSubscription") for i in given.webhook_subscription_ids],
    )


@strawberry.type
class Query:
    @connection_field(ADMIN, "Your organisation's security incidents, newest first.")
    async def security_incidents(
        self, info: Info, filter: SecurityIncidentFilter | None = None, *, page: PageArgs
    ) -> Connection[SecurityIncidentType]:
        f = filter or SecurityIncidentFilter()
        qs = services.incidents_query(
            ctx(info).organization_id,
            status=SecurityIncidentStatus(f.status.value) if f.status is not None else None,
            overdue=f.overdue,
        )
        return await paginate(qs, page, incident_nodes, filter_key=[f.status, f.overdue])

    @strawberry.field(extensions=ADMIN, description="One security incident (null when unknown).")
    async def security_incident(self, info: Info, id: strawberry.ID) -> SecurityIncidentType | None:
        return await by_id(info, "SecurityIncident", id)


@strawberry.type
class Mutation:
    @payload_mutation(ADMIN, "Record a security incident; the 72 hours run from detectedAt.")
    async def report_security_incident(
        self, info: Info, input: ReportSecurityIncidentInput
    ) -> ReportSecurityIncidentPayload:
        org_id, actor_id = org_and_actor(info)
        incident = await services.report_incident(
            org_id,
            title=input.title,
            description=input.description,
            kind=SecurityIncidentKind(input.kind.value),
            detected_at=input.detected_at,
            window_start=input.window_start,
            window_end=input.window_end,
            scope=_scope(input.scope),
            reported_by_id=actor_id,
        )
        return ReportSecurityIncidentPayload(security_incident=await incident_node(incident))

    @payload_mutation(ADMIN, "Count, from the audit trail, what the scope touched.")
    async def assess_security_incident(
        self, info: Info, input: AssessSecurityIncidentInput
    ) -> AssessSecurityIncidentPayload:
        job = await _act(info, services.request_assessment, input.id)
        return AssessSecurityIncidentPayload(job=JobType.from_model(job))

    @payload_mutation(
        ADMIN, "The assessed incident's affected leads as a CSV lead export (the controller informs them)."
    )
    async def export_affected_leads(self, info: Info, input: ExportAffectedLeadsInput) -> ExportAffectedLeadsPayload:
        export, job = await _act(info, services.export_affected_leads, input.id)
        return ExportAffectedLeadsPayload(
            lead_export=LeadExportType.from_model(export, ctx(info)), job=JobType.from_model(job)
        )

    @payload_mutation(ADMIN, "Tell an audience once, in the app and by mail.")
    async def notify_security_incident(
        self, info: Info, input: NotifySecurityIncidentInput
    ) -> NotifySecurityIncidentPayload:
        audience = SecurityIncidentNoticeAudience(input.audience.value)
        incident = await _act(info, services.notify_incident, input.id, audience, input.message)
        return NotifySecurityIncidentPayload(security_incident=await incident_node(incident))

    @payload_mutation(ADMIN, "Record that the supervisory authority was notified.")
    async def mark_regulator_notified(
        self, info: Info, input: MarkRegulatorNotifiedInput
    ) -> MarkRegulatorNotifiedPayload:
        incident = await _act(
            info,
            services.mark_regulator_notified,
            input.id,
            authority=input.authority,
            reference=input.reference,
            notified_at=input.notified_at,
        )
        return MarkRegulatorNotifiedPayload(security_incident=await incident_node(incident))

    @payload_mutation(ADMIN, "Close; unnotified needs notificationNotRequiredReason.")
    async def close_security_incident(
        self, info: Info, input: CloseSecurityIncidentInput
    ) -> CloseSecurityIncidentPayload:
        incident = await _act(
            info,
            services.close_incident,
            input.id,
            summary=input.summary,
            not_required_reason=input.notification_not_required_reason,
        )
        return CloseSecurityIncidentPayload(security_incident=await incident_node(incident))
