"""The audit record of what happened to a user's account: target the user, in one organisation's trail."""

from __future__ import annotations

import uuid
from typing import Any

from app.audit import services as audit


async def record_user_event(
    action: str,
    organization_id: uuid.UUID | None,
    user_id: uuid.UUID,
    *,
    actor_user_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """`actor_user_id` names the actor where the request does not know them yet (signing up, a reset link)."""
    await audit.record(
        action,
        organization_id=organization_id,
        actor_user_id=actor_user_id,
        target_type="User",
        target_id=user_id,
        details=details,
    )
