"""Node factory for Conversation (tenant-isolation harness)."""

from __future__ import annotations

import datetime as dt
import uuid

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def conversation_factory(org: Organization, user: User) -> str:
    from app.leads.services import create_lead
    from app.messaging.inbox import conversation_for

    lead = await create_lead(
        org.id, full_name="Isolation Lead", email=f"conv-{uuid.uuid4().hex[:8]}@example.com", actor_id=user.id
    )
    conversation = await conversation_for(org.id, lead.id, dt.datetime.now(dt.UTC))
    return to_global_id("Conversation", conversation.id)


NODE_FACTORIES: dict = {"Conversation": conversation_factory}
