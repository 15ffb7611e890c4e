"""Who may use the messaging fields, and who a messaging mutation acts for."""

from __future__ import annotations

import uuid

from strawberry.types import Info

from app.accounts.models import Role
from schema.context import ctx
from schema.permissions import allow

ADMIN = allow(Role.ADMIN)  # configuration, templates and broadcasts: sessions only
VIEWER = allow(Role.VIEWER)
READ = allow(Role.VIEWER, "leads:read")  # messages and conversations are lead data
SEND = allow(Role.MEMBER, "messaging:write")
ANSWER = allow(Role.MEMBER, "leads:write")  # assigning and closing conversations


def acting(info: Info) -> tuple[uuid.UUID, uuid.UUID | None]:
    """(organisation, user) of the caller; the user is what the services record as the actor of the change."""
    context = ctx(info)
    return context.organization_id, context.viewer.user_id if context.viewer else None
