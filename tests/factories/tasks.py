"""Node factories of the tasks room: Task."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.tasks import services
from schema.relay import to_global_id
from tests.factories.leads import make_lead


async def _task(org: Organization, user: User) -> str:
    lead = await make_lead(org)
    task = await services.create_task(org.id, title="Call back", lead_id=lead.id, actor_id=user.id)  # type: ignore[attr-defined]
    return to_global_id("Task", task.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {"Task": _task}
