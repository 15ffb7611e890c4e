"""Workflows: LEAD_CREATED -> send a WhatsApp template after a delay; runs show what happened and why."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.campaigns.models import Campaign, LeadForm
from app.errors import DomainError, ErrorCode
from app.messaging import services
from app.messaging import workflows as service
from app.messaging.models import Workflow, WorkflowRun, WorkflowRunStatus, WorkflowTrigger
from schema.context import Context, ctx
from schema.errors import UserError, payload
from schema.leads.types import LeadSourceEnum
from schema.messaging.types import WhatsAppMessageType
from schema.permissions import allow
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_args,
    from_row,
    paginate,
    pk_of,
    register_node,
    to_global_id,
)

WorkflowTriggerEnum = strawberry.enum(WorkflowTrigger, name="WorkflowTrigger")
WorkflowRunStatusEnum = strawberry.enum(
    WorkflowRunStatus,
    name="WorkflowRunStatus",
    description="COMPLETED: the message was queued. SKIPPED: consent, objection or erasure said no (see reason).",
)


@strawberry.type(name="WorkflowConditions", description="All given conditions must match the new lead.")
class WorkflowConditionsType:
    form_id: strawberry.ID | None
    campaign_id: strawberry.ID | None
    source: LeadSourceEnum | None  # type: ignore[valid-type]


@strawberry.type(name="WhatsAppTemplateAction")
class WhatsAppTemplateActionType:
    name: str
    language: str
    parameters: list[str]


@strawberry.type(name="WorkflowAction")
class WorkflowActionType:
    send_whats_app_template: WhatsAppTemplateActionType


@strawberry.type(name="Workflow", description="Send a WhatsApp template to new leads that match.")
class WorkflowType(Node):
    name: str
    trigger: WorkflowTriggerEnum  # type: ignore[valid-type]
    conditions: WorkflowConditionsType
    action: WorkflowActionType
    delay_seconds: int
    enabled: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, w: Workflow) -> WorkflowType:
        return from_row(
            cls,
            w,
            conditions=WorkflowConditionsType(
                form_id=to_global_id("LeadForm", w.form_id) if w.form_id else None,
                campaign_id=to_global_id("Campaign", w.campaign_id) if w.campaign_id else None,
                source=service.LeadSource(w.source) if w.source else None,
            ),
            action=WorkflowActionType(
                send_whats_app_template=WhatsAppTemplateActionType(
                    name=w.template_name, language=w.template_language, parameters=list(w.parameters or [])
                )
            ),
        )


@strawberry.type(name="WorkflowRun", description="One workflow for one lead (never more than once).")
class WorkflowRunType(Node):
    workflow_id: strawberry.ID
    lead_id: strawberry.ID = strawberry.field(description="The lead (its id stays after an erasure).")
    status: WorkflowRunStatusEnum  # type: ignore[valid-type]
    reason: str | None = strawberry.field(description="Why it was SKIPPED or FAILED, e.g. CONSENT_REQUIRED.")
    run_at: dt.datetime
    completed_at: dt.datetime | None
    created_at: dt.datetime
    message_pk: strawberry.Private[uuid.UUID | None]
    organization_pk: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The message this run queued.")
    async def message(self) -> WhatsAppMessageType | None:
        if self.message_pk is None:
            return None
        row = await services.WhatsAppMessage.for_org(self.organization_pk).get_or_none(id=self.message_pk)
        return WhatsAppMessageType.from_model(row) if row else None

    @classmethod
    def from_model(cls, r: WorkflowRun) -> WorkflowRunType:
        return from_row(
            cls,
            r,
            workflow_id=to_global_id("Workflow", r.workflow_id),
            lead_id=to_global_id("Lead", r.lead_key),
            message_pk=r.message_id,
            organization_pk=r.organization_id,
        )


async def _load_workflows(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, object]:
    rows = await Workflow.for_org(context.organization_id).filter(id__in=pks)
    return {w.id: WorkflowType.from_model(w) for w in rows}


async def _load_runs(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, object]:
    rows = await WorkflowRun.for_org(context.organization_id).filter(id__in=pks)
    return {r.id: WorkflowRunType.from_model(r) for r in rows}


register_node("Workflow", _load_workflows, scope="leads:read")
register_node("WorkflowRun", _load_runs, scope="leads:read")


@strawberry.input(name="WorkflowConditionsInput")
class WorkflowConditionsInput:
    form_id: strawberry.ID | None = None
    campaign_id: strawberry.ID | None = None
    source: LeadSourceEnum | None = None  # type: ignore[valid-type]


@strawberry.input(name="WhatsAppTemplateActionInput")
class WhatsAppTemplateActionInput:
    name: str
    language: str
    parameters: list[str] = strawberry.field(
        default_factory=list,
        description="Body placeholder values in order; `{{lead.fullName}}` / `{{lead.firstName}}` are filled in.",
    )


@strawberry.input(name="WorkflowActionInput")
class WorkflowActionInput:
    send_whats_app_template: WhatsAppTemplateActionInput


@strawberry.input
class CreateWorkflowInput:
    name: str
    trigger: WorkflowTriggerEnum = WorkflowTrigger.LEAD_CREATED  # type: ignore[valid-type]
    conditions: WorkflowConditionsInput | None = None
    action: WorkflowActionInput
    delay_seconds: int = 0
    enabled: bool = True


@strawberry.input
class UpdateWorkflowInput:
    id: strawberry.ID
    name: str | None = None
    conditions: WorkflowConditionsInput | None = strawberry.field(
        default=None, description="Replaces every condition when given."
    )
    action: WorkflowActionInput | None = None
    delay_seconds: int | None = None
    enabled: bool | None = None


@strawberry.input
class DeleteWorkflowInput:
    id: strawberry.ID


@strawberry.type
class CreateWorkflowPayload:
    workflow: WorkflowType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class UpdateWorkflowPayload:
    workflow: WorkflowType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteWorkflowPayload:
    deleted_id: strawberry.ID | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input(name="WorkflowRunFilter")
class WorkflowRunFilterInput:
    workflow_id: strawberry.ID | None = None
    lead_id: strawberry.ID | None = None
    status: WorkflowRunStatusEnum | None = None  # type: ignore[valid-type]


async def _ref(
    organization_id: uuid.UUID, value: strawberry.ID | None, model: Any, type_name: str, field: str
) -> uuid.UUID | None:
    """Our global id, or Meta's numeric id of the form/campaign."""
    if value is None:
        return None
    text = str(value).strip()
    pk: uuid.UUID | None
    if text.isdigit():
        row = await model.for_org(organization_id).filter(meta_id=text).first()
        pk = row.id if row else None
    else:
        pk = pk_of(text, type_name)
    if pk is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such object.", field=field)
    return pk


async def _apply_conditions(
    organization_id: uuid.UUID, spec: service.WorkflowSpec, conditions: WorkflowConditionsInput
) -> None:
    spec.form_id = await _ref(organization_id, conditions.form_id, LeadForm, "LeadForm", "conditions.formId")
    spec.campaign_id = await _ref(
        organization_id, conditions.campaign_id, Campaign, "Campaign", "conditions.campaignId"
    )
    spec.source = conditions.source


def _template(action: WorkflowActionInput) -> services.TemplateSpec:
    t = action.send_whats_app_template
    return services.TemplateSpec(t.name.strip(), t.language.strip(), list(t.parameters))


def _actor(info: Info) -> uuid.UUID | None:
    viewer = ctx(info).viewer
    return viewer.user_id if viewer else None


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(Role.VIEWER, "leads:read"), description="Workflows, newest first.")
    @connection_args
    async def workflows(self, info: Info, *, page: PageArgs) -> Connection[WorkflowType]:
        qs = Workflow.for_org(ctx(info).organization_id)
        return await paginate(qs, page, WorkflowType.from_model)

    @strawberry.field(extensions=allow(Role.VIEWER, "leads:read"), description="Workflow runs, newest first.")
    @connection_args
    async def workflow_runs(
        self, info: Info, filter: WorkflowRunFilterInput | None = None, *, page: PageArgs
    ) -> Connection[WorkflowRunType]:
        flt = filter or WorkflowRunFilterInput()
        workflow_pk = pk_of(flt.workflow_id, "Workflow") if flt.workflow_id is not None else None
        lead_pk = pk_of(flt.lead_id, "Lead") if flt.lead_id is not None else None
        qs = service.runs_query(ctx(info).organization_id, workflow_id=workflow_pk, lead_id=lead_pk, status=flt.status)
        if (flt.workflow_id is not None and workflow_pk is None) or (flt.lead_id is not None and lead_pk is None):
            qs = qs.filter(id__isnull=True)
        key = f"{flt.workflow_id}|{flt.lead_id}|{flt.status and flt.status.value}"
        return await paginate(qs, page, WorkflowRunType.from_model, filter_key=key)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        extensions=allow(Role.ADMIN),
        description="When a lead matching the conditions is created, send it a WhatsApp template after "
        "delaySeconds (only with its WhatsApp opt-in).",
    )
    @payload
    async def create_workflow(self, info: Info, input: CreateWorkflowInput) -> CreateWorkflowPayload:
        spec = service.WorkflowSpec(
            name=input.name,
            form_id=None,
            campaign_id=None,
            source=None,
            template=_template(input.action),
            delay_seconds=input.delay_seconds,
            enabled=input.enabled,
        )
        if input.conditions is not None:
            await _apply_conditions(ctx(info).organization_id, spec, input.conditions)
        workflow = await service.create_workflow(ctx(info).organization_id, spec, _actor(info))
        return CreateWorkflowPayload(workflow=WorkflowType.from_model(workflow))

    @strawberry.mutation(extensions=allow(Role.ADMIN), description="Change a workflow (given fields only).")
    @payload
    async def update_workflow(self, info: Info, input: UpdateWorkflowInput) -> UpdateWorkflowPayload:
        organization_id = ctx(info).organization_id
        workflow = await service.get_workflow(organization_id, pk_of(input.id, "Workflow"))
        spec = service.spec_of(workflow)
        if input.name is not None:
            spec.name = input.name
        if input.conditions is not None:
            await _apply_conditions(organization_id, spec, input.conditions)
        if input.action is not None:
            spec.template = _template(input.action)
        if input.delay_seconds is not None:
            spec.delay_seconds = input.delay_seconds
        if input.enabled is not None:
            spec.enabled = input.enabled
        workflow = await service.update_workflow(organization_id, workflow, spec, _actor(info))
        return UpdateWorkflowPayload(workflow=WorkflowType.from_model(workflow))

    @strawberry.mutation(extensions=allow(Role.ADMIN), description="Delete a workflow and its run history.")
    @payload
    async def delete_workflow(self, info: Info, input: DeleteWorkflowInput) -> DeleteWorkflowPayload:
        deleted = await service.delete_workflow(ctx(info).organization_id, pk_of(input.id, "Workflow"), _actor(info))
        return DeleteWorkflowPayload(deleted_id=to_global_id("Workflow", deleted))
