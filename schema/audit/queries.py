from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.audit.services import events_for_org
from schema.audit.types import AuditEventType
from schema.context import ctx
from schema.permissions import allow
from schema.relay import Connection, PageArgs, connection_field, invalid_input, paginate, pk_of


@strawberry.input(description="Every field narrows the list; `action` ending in '.' matches a prefix (e.g. 'mfa.').")
class AuditEventFilter:
    action: str | None = None
    actor_id: strawberry.ID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@strawberry.type
class Query:
    @connection_field(allow(Role.ADMIN), "Your organisation's audit trail, newest first.")
    async def audit_events(
        self, info: Info, filter: AuditEventFilter | None = None, *, page: PageArgs
    ) -> Connection[AuditEventType]:
        f = filter or AuditEventFilter()
        actor = None
        if f.actor_id is not None:
            actor = pk_of(f.actor_id, "User")
            if actor is None:
                raise invalid_input("`actorId` must be a User id.")
        qs = events_for_org(
            ctx(info).organization_id, action=f.action, actor_user_id=actor, since=f.since, until=f.until
        )
        key = {
            "action": f.action,
            "actor": str(actor) if actor else None,
            "since": f.since.isoformat() if f.since else None,
            "until": f.until.isoformat() if f.until else None,
        }
        return await paginate(qs, page, AuditEventType.from_model, filter_key=key)
