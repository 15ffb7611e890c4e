"""Workflows: LEAD_CREATED -> one action after a delay (one-of input); runs show what happened and why."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.campaigns.models import Campaign, LeadForm
from app.errors import DomainError, ErrorCode
from app.messaging import services
from app.messaging import workflows as service
from app.messaging.models import Workflow, WorkflowActionKind, WorkflowRun, WorkflowRunStatus, WorkflowTrigger
from schema.context import ctx
from schema.deals.types import DealType, related_field
from schema.errors import entity_payloads, payload_mutation
from schema.leads.types import LeadSourceEnum
from schema.messaging.types import WhatsAppMessageType
from schema.permissions import allow
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_field,
    filter_pk,
    from_row,
    id_input,
    paginate,
    pk_of,
    pk_or_not_found,
    register_node,
    rows_loader,
    to_global_id,
)
from schema.tasks.types import TaskType

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


WorkflowActionKindEnum = strawberry.enum(WorkflowActionKind, name="WorkflowActionKind")


@strawberry.enum(name="CreateTaskActionAssignee", description="Who gets a workflow's task.")
class WorkflowTaskAssignee(enum.Enum):
    LEAD_OWNER = "LEAD_OWNER"
    MEMBER = "MEMBER"


@strawberry.enum(name="NotifyMembersActionChannel")
class NotifyMembersChannel(enum.Enum):
    EMAIL = "EMAIL"
    IN_APP = "IN_APP"


@strawberry.type(name="AssignRoundRobinAction")
class AssignRoundRobinActionType:
    member_ids: list[strawberry.ID]


@strawberry.type(name="CreateTaskAction")
class CreateTaskActionType:
    title: str
    due_in_minutes: int
    assignee: WorkflowTaskAssignee
    member_id: strawberry.ID | None


@strawberry.type(name="NotifyMembersAction")
class NotifyMembersActionType:
    member_ids: list[strawberry.ID]
    channels: list[NotifyMembersChannel]


@strawberry.type(name="CreateDealAction")
class CreateDealActionType:
    pipeline_id: strawberry.ID | None
    stage_id: strawberry.ID | None
    amount: Decimal | None
    currency: str | None


@strawberry.type(name="WorkflowAction", description="Exactly one member is set, the one `kind` names.")
class WorkflowActionType:
    kind: WorkflowActionKindEnum  # type: ignore[valid-type]
    send_whats_app_template: WhatsAppTemplateActionType | None = None
    assign_round_robin: AssignRoundRobinActionType | None = None
    create_task: CreateTaskActionType | None = None
    notify_members: NotifyMembersActionType | None = None
    create_deal: CreateDealActionType | None = None

    @classmethod
    def from_model(cls, w: Workflow) -> WorkflowActionType:
        kind, c = w.action_kind, dict(w.action_config or {})
        users = [to_global_id("User", i) for i in c.get("member_ids") or []]
        gid = lambda name, value: to_global_id(name, value) if value else None  # noqa: E731
        if kind is WorkflowActionKind.ASSIGN_ROUND_ROBIN:
            return cls(kind=kind, assign_round_robin=AssignRoundRobinActionType(member_ids=users))
        if kind is WorkflowActionKind.CREATE_TASK:
            task = CreateTaskActionType(
                title=c["title"],
                due_in_minutes=c["due_in_minutes"],
                assignee=WorkflowTaskAssignee(c["assignee"]),
                member_id=gid("User", c.get("member_id")),
            )
            return cls(kind=kind, create_task=task)
        if kind is WorkflowActionKind.NOTIFY_MEMBERS:
            channels = [NotifyMembersChannel(x) for x in c.get("channels") or []]
            return cls(kind=kind, notify_members=NotifyMembersActionType(member_ids=users, channels=channels))
        if kind is WorkflowActionKind.CREATE_DEAL:
            deal = CreateDealActionType(
                pipeline_id=gid("Pipeline", c.get("pipeline_id")),
                stage_id=gid("PipelineStage", c.get("stage_id")),
                amount=Decimal(str(c["amount"])) if c.get("amount") is not None else None,
                currency=c.get("currency"),
            )
            return cls(kind=kind, create_deal=deal)
        template = WhatsAppTemplateActionType(
            name=w.template_name or "", language=w.template_language or "", parameters=list(w.parameters or [])
        )
        return cls(kind=kind, send_whats_app_template=template)


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
            action=WorkflowActionType.from_model(w),
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
    explanation: str = strawberry.field(description="What the automation did and why (no personal data).")
    message_pk: strawberry.Private[uuid.UUID | None]
    organization_pk: strawberry.Private[uuid.UUID]
    task_pk: strawberry.Private[uuid.UUID | None] = None
    deal_pk: strawberry.Private[uuid.UUID | None] = None
    task: TaskType | None = related_field("Task", "task_pk", "The task this run created.")
    deal: DealType | None = related_field("Deal", "deal_pk", "The deal this run created.")

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
            explanation=r.explanation or f"Waiting to run at {r.run_at.isoformat()}.",
            message_pk=r.message_id,
            organization_pk=r.organization_id,
            task_pk=r.task_id,
            deal_pk=r.deal_id,
        )


register_node("Workflow", rows_loader(Workflow, WorkflowType.from_model), scope="leads:read")
register_node("WorkflowRun", rows_loader(WorkflowRun, WorkflowRunType.from_model), scope="leads:read")


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


@strawberry.input(name="AssignRoundRobinActionInput")
class AssignRoundRobinActionInput:
    member_ids: list[strawberry.ID] = strawberry.field(description="MEMBER or higher; new unowned leads go in turn.")


@strawberry.input(name="CreateTaskActionInput")
class CreateTaskActionInput:
    title: str
    due_in_minutes: int
    assignee: WorkflowTaskAssignee
    member_id: strawberry.ID | None = strawberry.field(default=None, description="Exactly when assignee is MEMBER.")


@strawberry.input(name="NotifyMembersActionInput")
class NotifyMembersActionInput:
    member_ids: list[strawberry.ID]
    channels: list[NotifyMembersChannel] = strawberry.field(description="EMAIL (a link, never contact details).")


@strawberry.input(name="CreateDealActionInput")
class CreateDealActionInput:
    pipeline_id: strawberry.ID | None = None
    stage_id: strawberry.ID | None = None
    amount: Decimal | None = None
    currency: str | None = None


@strawberry.input(name="WorkflowActionInput", description="Give exactly one action.")
class WorkflowActionInput:
    send_whats_app_template: WhatsAppTemplateActionInput | None = None
    assign_round_robin: AssignRoundRobinActionInput | None = None
    create_task: CreateTaskActionInput | None = None
    notify_members: NotifyMembersActionInput | None = None
    create_deal: CreateDealActionInput | None = None


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


DeleteWorkflowInput = id_input("DeleteWorkflowInput")
CreateWorkflowPayload, UpdateWorkflowPayload, DeleteWorkflowPayload = entity_payloads(
    "Workflow", WorkflowType, "workflow"
)


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


def _user_ids(values: list[strawberry.ID], where: str) -> list[str]:
    return [str(pk_or_not_found(v, "User", where)) for v in values]


def _apply_action(spec: service.WorkflowSpec, action: WorkflowActionInput) -> None:
    """The one action given (else INVALID_INPUT on `action`), as the service's kind and settings."""
    given = [name for name in ACTION_KINDS if getattr(action, name) is not None]
    if len(given) != 1:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give exactly one action.", field="action")
    spec.action_kind, value = ACTION_KINDS[given[0]], getattr(action, given[0])
    spec.template, spec.action_config = None, {}
    if isinstance(value, WhatsAppTemplateActionInput):
        spec.template = services.TemplateSpec(value.name.strip(), value.language.strip(), list(value.parameters))
    elif isinstance(value, AssignRoundRobinActionInput):
        spec.action_config = {"member_ids": _user_ids(value.member_ids, "action.assignRoundRobin.memberIds")}
    elif isinstance(value, CreateTaskActionInput):
        member = pk_or_not_found(value.member_id, "User", "action.createTask.memberId")
        spec.action_config = {
            "title": value.title,
            "due_in_minutes": value.due_in_minutes,
            "assignee": value.assignee.value,
            "member_id": str(member) if member else None,
        }
    elif isinstance(value, NotifyMembersActionInput):
        spec.action_config = {
            "member_ids": _user_ids(value.member_ids, "action.notifyMembers.memberIds"),
            "channels": [c.value for c in value.channels],
        }
    else:
        pipeline = pk_or_not_found(value.pipeline_id, "Pipeline", "action.createDeal.pipelineId")
        stage = pk_or_not_found(value.stage_id, "PipelineStage", "action.createDeal.stageId")
        spec.action_config = {
            "pipeline_id": str(pipeline) if pipeline else None,
            "stage_id": str(stage) if stage else None,
            "amount": str(value.amount) if value.amount is not None else None,
            "currency": value.currency,
        }


ACTION_KINDS = {
    "send_whats_app_template": WorkflowActionKind.SEND_WHATS_APP_TEMPLATE,
    "assign_round_robin": WorkflowActionKind.ASSIGN_ROUND_ROBIN,
    "create_task": WorkflowActionKind.CREATE_TASK,
    "notify_members": WorkflowActionKind.NOTIFY_MEMBERS,
    "create_deal": WorkflowActionKind.CREATE_DEAL,
}


def _actor(info: Info) -> uuid.UUID | None:
    viewer = ctx(info).viewer
    return viewer.user_id if viewer else None


@strawberry.type
class Query:
    @connection_field(allow(Role.VIEWER, "leads:read"), "Workflows, newest first.")
    async def workflows(self, info: Info, *, page: PageArgs) -> Connection[WorkflowType]:
        qs = Workflow.for_org(ctx(info).organization_id)
        return await paginate(qs, page, WorkflowType.from_model)

    @connection_field(allow(Role.VIEWER, "leads:read"), "Workflow runs, newest first.")
    async def workflow_runs(
        self, info: Info, filter: WorkflowRunFilterInput | None = None, *, page: PageArgs
    ) -> Connection[WorkflowRunType]:
        flt = filter or WorkflowRunFilterInput()
        workflow_pk, no_workflow = filter_pk(flt.workflow_id, "Workflow")
        lead_pk, no_lead = filter_pk(flt.lead_id, "Lead")
        qs = service.runs_query(ctx(info).organization_id, workflow_id=workflow_pk, lead_id=lead_pk, status=flt.status)
        if no_workflow or no_lead:
            qs = qs.filter(id__isnull=True)
        key = f"{flt.workflow_id}|{flt.lead_id}|{flt.status and flt.status.value}"
        return await paginate(qs, page, WorkflowRunType.from_model, filter_key=key)


@strawberry.type
class Mutation:
    @payload_mutation(
        allow(Role.ADMIN),
        "When a lead matching the conditions is created, run one action after delaySeconds: a "
        "WhatsApp template (only with its opt-in), round robin, a task, a mail to members or a deal.",
    )
    async def create_workflow(self, info: Info, input: CreateWorkflowInput) -> CreateWorkflowPayload:
        spec = service.WorkflowSpec(
            name=input.name,
            form_id=None,
            campaign_id=None,
            source=None,
            template=None,
            delay_seconds=input.delay_seconds,
            enabled=input.enabled,
        )
        _apply_action(spec, input.action)
        if input.conditions is not None:
            await _apply_conditions(ctx(info).organization_id, spec, input.conditions)
        workflow = await service.create_workflow(ctx(info).organization_id, spec, _actor(info))
        return CreateWorkflowPayload(workflow=WorkflowType.from_model(workflow))

    @payload_mutation(allow(Role.ADMIN), "Change a workflow (given fields only).")
    async def update_workflow(self, info: Info, input: UpdateWorkflowInput) -> UpdateWorkflowPayload:
        organization_id = ctx(info).organization_id
        workflow = await service.get_workflow(organization_id, pk_of(input.id, "Workflow"))
        spec = service.spec_of(workflow)
        if input.name is not None:
            spec.name = input.name
        if input.conditions is not None:
            await _apply_conditions(organization_id, spec, input.conditions)
        if input.action is not None:
            _apply_action(spec, input.action)
        if input.delay_seconds is not None:
            spec.delay_seconds = input.delay_seconds
        if input.enabled is not None:
            spec.enabled = input.enabled
        workflow = await service.update_workflow(organization_id, workflow, spec, _actor(info))
        return UpdateWorkflowPayload(workflow=WorkflowType.from_model(workflow))

    @payload_mutation(allow(Role.ADMIN), "Delete a workflow and its run history.")
    async def delete_workflow(self, info: Info, input: DeleteWorkflowInput) -> DeleteWorkflowPayload:
        deleted = await service.delete_workflow(ctx(info).organization_id, pk_of(input.id, "Workflow"), _actor(info))
        return DeleteWorkflowPayload(
            workflow=WorkflowType.from_model(deleted), deleted_id=to_global_id("Workflow", deleted.id)
        )
