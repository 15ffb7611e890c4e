"""Node factories for the notify room's types."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def _notification(org: Organization, user: User) -> str:
    from app.notifications.models import NotificationKind
    from app.notifications.services import notify

    [row] = await notify(
        NotificationKind.TASK_DUE, organization_id=org.id, user_ids=[user.id], title="Isolation probe", body="Due."
    )
    return to_global_id("Notification", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {"Notification": _notification}
