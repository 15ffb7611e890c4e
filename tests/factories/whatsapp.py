"""Node factory for WhatsAppMessage (tenant-isolation harness)."""

from __future__ import annotations

import uuid

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def whatsapp_message_factory(org: Organization, user: User) -> str:
    from app.leads.services import create_lead
    from app.messaging.models import MessageDirection, MessageStatus, WhatsAppMessage

    lead = await create_lead(
        org.id, full_name="Isolation Lead", email=f"wa-{uuid.uuid4().hex[:8]}@example.com", actor_id=user.id
    )
    message = await WhatsAppMessage.create(
        organization_id=org.id,
        lead_id=lead.id,
        direction=MessageDirection.IN,
        body="isolation",
        status=MessageStatus.RECEIVED,
    )
    return to_global_id("WhatsAppMessage", message.id)


NODE_FACTORIES: dict = {"WhatsAppMessage": whatsapp_message_factory}


async def workflow_factory(org: Organization, user: User) -> str:
    from app.messaging.models import Workflow

    workflow = await Workflow.create(
        organization_id=org.id,
        name="Isolation workflow",
        template_name="appointment_reminder",
        template_language="en_US",
        parameters=["a", "b"],
    )
    return to_global_id("Workflow", workflow.id)


async def workflow_run_factory(org: Organization, user: User) -> str:
    import datetime as dt

    from app.leads.services import create_lead
    from app.messaging.models import Workflow, WorkflowRun

    workflow = await Workflow.create(
        organization_id=org.id, name="Isolation", template_name="t", template_language="en_US", enabled=False
    )
    lead = await create_lead(
        org.id, full_name="Isolation Lead", email=f"wr-{uuid.uuid4().hex[:8]}@example.com", actor_id=user.id
    )
    run = await WorkflowRun.create(
        organization_id=org.id, workflow=workflow, lead_id=lead.id, lead_key=lead.id, run_at=dt.datetime.now(dt.UTC)
    )
    return to_global_id("WorkflowRun", run.id)


NODE_FACTORIES.update({"Workflow": workflow_factory, "WorkflowRun": workflow_run_factory})
