"""Who a messaging mutation acts for: the organisation every service call is scoped to, and the audited actor."""

from __future__ import annotations

import uuid

from strawberry.types import Info

from schema.context import ctx


def acting(info: Info) -> tuple[uuid.UUID, uuid.UUID | None]:
    """(organisation, user) of the caller; the user is what the services record as the actor of the change."""
    context = ctx(info)
    return context.organization_id, context.viewer.user_id if context.viewer else None
