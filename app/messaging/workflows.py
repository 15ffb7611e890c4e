"""Workflows: on LEAD_CREATED, a lead matching the conditions gets an action after a delay: a WhatsApp
template, round-robin assignment, a task, a mail to members or a deal (app/messaging/workflow_actions.py).

Runs are jobs, one per (workflow, lead) (a unique row and a job dedupe key), so a duplicate lead webhook
never double-sends. Consent, objections and erasure are checked when the run executes: a run that fails
them ends SKIPPED with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError

from app.audit import services as audit
from app.billing.services import is_read_only
from app.campaigns.models import Campaign, LeadForm
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, EventType, subscribe
from app.jobs import JobKind, enqueue, handler
from app.jobs.models import Job
from app.leads.models import Lead, LeadSource
from app.messaging import services, workflow_actions
from app.messaging.models import Workflow, WorkflowActionKind, WorkflowRun, WorkflowRunStatus, WorkflowTrigger
from app.orm import filter_given, get_owned
from app.privacy.consent import has_objection
from app.privacy.erasure_models import ObjectionKind
from app.settings import get_settings

MAX_DELAY = 30 * 86400
SKIP_CODES = {ErrorCode.CONSENT_REQUIRED, ErrorCode.OBJECTION_RECORDED, ErrorCode.NOT_FOUND}
LEAD_TOKEN = re.compile(r"\{\{\s*lead\.(fullName|firstName)\s*\}\}")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class WorkflowSpec:
    name: str
    form_id: uuid.UUID | None
    campaign_id: uuid.UUID | None
    source: LeadSource | None
    template: services.TemplateSpec | None
    delay_seconds: int
    enabled: bool = True
    action_kind: WorkflowActionKind = WorkflowActionKind.SEND_WHATS_APP_TEMPLATE
    action_config: dict[str, Any] | None = None


async def _validate(organization_id: uuid.UUID, spec: WorkflowSpec) -> None:
    spec.name = spec.name.strip()
    if not spec.name or len(spec.name) > 200:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give a name of 1 to 200 characters.", field="name")
    if not 0 <= spec.delay_seconds <= MAX_DELAY:
        raise DomainError(ErrorCode.INVALID_INPUT, f"delaySeconds must be 0 to {MAX_DELAY}.", field="delaySeconds")
    if spec.form_id is not None and not await LeadForm.for_org(organization_id).filter(id=spec.form_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead form.", field="conditions.formId")
    if (
        spec.campaign_id is not None
        and not await Campaign.for_org(organization_id).filter(id=spec.campaign_id).exists()
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "No such campaign.", field="conditions.campaignId")
    if spec.action_kind is not WorkflowActionKind.SEND_WHATS_APP_TEMPLATE:
        spec.template = None
        spec.action_config = await workflow_actions.validate(
            organization_id, spec.action_kind, spec.action_config or {}
        )
        return
    if spec.template is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give the template to send.", field="action")
    spec.action_config = {}
    config = await services.get_config(organization_id)
    if config is None:
        raise DomainError(ErrorCode.INTEGRATION_NOT_CONNECTED, "Configure WhatsApp first.", field="action")
    try:
        await services.resolve_template(config, spec.template)
    except DomainError as exc:  # named where the workflow input holds the template
        if exc.field is not None and exc.field.startswith("template."):
            exc.field = "action.sendWhatsAppTemplate." + exc.field.removeprefix("template.")
        raise


def _values(spec: WorkflowSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "form_id": spec.form_id,
        "campaign_id": spec.campaign_id,
        "source": spec.source.value if spec.source else None,
        "action_kind": spec.action_kind,
        "action_config": spec.action_config or {},
        "template_name": spec.template.name if spec.template else None,
        "template_language": spec.template.language if spec.template else None,
        "parameters": list(spec.template.parameters) if spec.template else [],
        "delay_seconds": spec.delay_seconds,
        "enabled": spec.enabled,
    }


async def create_workflow(organization_id: uuid.UUID, spec: WorkflowSpec, actor_id: uuid.UUID | None) -> Workflow:
    await _validate(organization_id, spec)
    workflow = await Workflow.create(
        organization_id=organization_id, trigger=WorkflowTrigger.LEAD_CREATED, **_values(spec)
    )
    await audit.record_change("workflow.created", workflow, actor_id)
    return workflow


async def get_workflow(organization_id: uuid.UUID, workflow_id: uuid.UUID | None) -> Workflow:
    return await get_owned(Workflow, organization_id, workflow_id, "No such workflow.")


def spec_of(workflow: Workflow) -> WorkflowSpec:
    return WorkflowSpec(
        name=workflow.name,
        form_id=workflow.form_id,
        campaign_id=workflow.campaign_id,
        source=LeadSource(workflow.source) if workflow.source else None,
        template=services.TemplateSpec(
            workflow.template_name, workflow.template_language or "", list(workflow.parameters or [])
        )
        if workflow.template_name
        else None,
        delay_seconds=workflow.delay_seconds,
        enabled=workflow.enabled,
        action_kind=workflow.action_kind,
        action_config=dict(workflow.action_config or {}),
    )


async def update_workflow(
    organization_id: uuid.UUID, workflow: Workflow, spec: WorkflowSpec, actor_id: uuid.UUID | None
) -> Workflow:
    await _validate(organization_id, spec)
    await Workflow.filter(id=workflow.id).update(**_values(spec))
    await audit.record_change("workflow.updated", workflow, actor_id)
    return await Workflow.get(id=workflow.id)


async def delete_workflow(
    organization_id: uuid.UUID, workflow_id: uuid.UUID | None, actor_id: uuid.UUID | None
) -> Workflow:
    """The workflow as it was (id kept), so the caller can still show what went."""
    workflow = await get_workflow(organization_id, workflow_id)
    await workflow.delete()
    await audit.record_change("workflow.deleted", workflow, actor_id)
    return workflow


def matches(workflow: Workflow, lead: Lead) -> bool:
    if workflow.form_id is not None and workflow.form_id != lead.form_id:
        return False
    if workflow.campaign_id is not None and workflow.campaign_id != lead.campaign_id:
        return False
    return workflow.source is None or workflow.source == lead.source.value


@subscribe
async def on_lead_created(event: DomainEvent) -> None:
    if event.type is not EventType.LEAD_CREATED or event.subject_id is None:
        return
    workflows = await Workflow.for_org(event.organization_id).filter(enabled=True, trigger=WorkflowTrigger.LEAD_CREATED)
    if not workflows:
        return
    lead = await Lead.for_org(event.organization_id).get_or_none(id=event.subject_id)
    if lead is None:
        return
    for workflow in workflows:
        if matches(workflow, lead):
            await start_run(workflow, lead)


@subscribe
async def on_subscription_reactivated(event: DomainEvent) -> None:
    """Runs paused while the organisation was read-only (SPEC §7.7) run now."""
    if event.type is not EventType.SUBSCRIPTION_REACTIVATED:
        return
    now = _now()
    for run in await WorkflowRun.for_org(event.organization_id).filter(status=WorkflowRunStatus.PENDING):
        await enqueue(
            JobKind.WORKFLOW_RUN,
            {"run_id": str(run.id)},
            organization_id=event.organization_id,
            dedupe_key=f"workflow-run:{run.workflow_id}:{run.lead_key}:{event.id}",
            defer=max(0.0, (run.run_at - now).total_seconds()) or None,  # a delayed run keeps its delay
        )


async def start_run(workflow: Workflow, lead: Lead) -> WorkflowRun | None:
    """One run per (workflow, lead); a second trigger for the same pair does nothing."""
    try:
        run = await WorkflowRun.create(
            organization_id=workflow.organization_id,
            workflow_id=workflow.id,
            lead_id=lead.id,
            lead_key=lead.id,
            run_at=_now() + dt.timedelta(seconds=workflow.delay_seconds),
        )
    except IntegrityError:
        return None
    await enqueue(
        JobKind.WORKFLOW_RUN,
        {"run_id": str(run.id)},
        organization_id=workflow.organization_id,
        dedupe_key=f"workflow-run:{workflow.id}:{lead.id}",
        # Meta leads: a short grace so the opt-in recorded right after the lead (its form's checkbox) is seen.
        defer=max(float(workflow.delay_seconds), 2.0 if lead.source is LeadSource.META_LEAD_ADS else 0.0) or None,
    )
    return run


def _personalise(parameters: list[str], lead: Lead) -> list[str]:
    first = (lead.full_name or "").split()[0] if (lead.full_name or "").split() else ""
    values = {"fullName": lead.full_name or "", "firstName": first}
    return [LEAD_TOKEN.sub(lambda m: values[m.group(1)], str(p)) for p in parameters]


async def _end(
    run: WorkflowRun, status: WorkflowRunStatus, reason: str | None = None, explanation: str = "", **extra: Any
) -> dict[str, Any]:
    await WorkflowRun.filter(id=run.id, status=WorkflowRunStatus.PENDING).update(
        status=status,
        reason=(reason or None) and reason[:300],
        explanation=(explanation or f"{status.value.capitalize()}{f': {reason}' if reason else ''}.")[:500],
        completed_at=_now(),
        **extra,
    )
    return {"status": status.value, "reason": reason}


@handler(JobKind.WORKFLOW_RUN)
async def run_workflow(job: Job) -> dict[str, Any] | None:
    run = await WorkflowRun.get_or_none(id=job.payload["run_id"])
    if run is None or run.status is not WorkflowRunStatus.PENDING:
        return {"skipped": "no pending run"}
    workflow = await Workflow.get_or_none(id=run.workflow_id)
    if workflow is None or not workflow.enabled:
        return await _end(run, WorkflowRunStatus.SKIPPED, "WORKFLOW_DISABLED", "The workflow was disabled.")
    lead = await Lead.for_org(run.organization_id).get_or_none(id=run.lead_id) if run.lead_id else None
    if lead is None:
        return await _end(run, WorkflowRunStatus.SKIPPED, "LEAD_ERASED", "The lead was erased before the run.")
    if await has_objection(run.organization_id, lead.id, ObjectionKind.AUTOMATED_DECISIONS):
        return await _end(
            run,
            WorkflowRunStatus.SKIPPED,
            "OBJECTION_AUTOMATED_DECISIONS",
            "The lead objected to automated decisions, so no automation acts on it.",
        )
    if await is_read_only(get_settings(), run.organization_id):
        return {"paused": "SUBSCRIPTION_INACTIVE"}  # the run stays PENDING; reactivation runs it again
    if workflow.action_kind is not WorkflowActionKind.SEND_WHATS_APP_TEMPLATE:
        outcome = await workflow_actions.run(workflow, lead)
        status = WorkflowRunStatus.SKIPPED if outcome.reason else WorkflowRunStatus.COMPLETED
        ids = {f"{name}_id": row.id for name, row in outcome.extra.items()}
        return await _end(run, status, outcome.reason, outcome.explanation, **ids)
    template = services.TemplateSpec(
        workflow.template_name or "",
        workflow.template_language or "",
        _personalise(list(workflow.parameters or []), lead),
    )
    try:
        message = await services.send_message(run.organization_id, lead.id, template=template)
    except DomainError as exc:
        status = WorkflowRunStatus.SKIPPED if exc.code in SKIP_CODES else WorkflowRunStatus.FAILED
        return await _end(run, status, exc.code.value)
    explanation = f"Queued the WhatsApp template {workflow.template_name} (the lead's WhatsApp consent was checked)."
    return await _end(run, WorkflowRunStatus.COMPLETED, None, explanation, message_id=message.id)


def runs_query(
    organization_id: uuid.UUID,
    *,
    workflow_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    status: WorkflowRunStatus | None = None,
) -> Any:
    return filter_given(WorkflowRun.for_org(organization_id), workflow_id=workflow_id, lead_key=lead_id, status=status)
