from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.audit.models import AuditEvent
from schema.context import Context
from schema.permissions import admins_only
from schema.relay import Node, from_row, register_node, to_global_id


@strawberry.type(name="AuditEvent", description="Something that happened in your organisation, who did it and when.")
class AuditEventType(Node):
    action: str = strawberry.field(
        description="e.g. auth.signed_in, auth.sign_in_failed, mfa.enabled, member.role_changed."
    )
    actor_id: strawberry.ID | None = strawberry.field(description="The User who acted, if any.")
    actor_token_id: strawberry.ID | None = strawberry.field(description="The ApiToken used, if any.")
    target_type: str | None
    target_id: strawberry.ID | None = strawberry.field(description="Global id of the target (type targetType).")
    ip_address: str | None
    details: JSON | None
    request_id: str | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, event: AuditEvent) -> AuditEventType:
        target_id: strawberry.ID | None = None
        if event.target_id and event.target_type:
            try:
                target_id = to_global_id(event.target_type, uuid.UUID(event.target_id))
            except ValueError:
                target_id = strawberry.ID(event.target_id)
        return from_row(
            cls,
            event,
            actor_id=to_global_id("User", event.actor_user_id) if event.actor_user_id else None,
            actor_token_id=to_global_id("ApiToken", event.actor_token_id) if event.actor_token_id else None,
            target_id=target_id,
        )


@admins_only
async def load_audit_events(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await AuditEvent.filter(id__in=pks, organization_id=context.organization_id)
    return {e.id: AuditEventType.from_model(e) for e in rows}


register_node("AuditEvent", load_audit_events)
