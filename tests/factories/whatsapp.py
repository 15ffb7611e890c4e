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


NODE_FACTORIES = {"WhatsAppMessage": whatsapp_message_factory}
