"""Node factory for Broadcast (tenant-isolation harness)."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def broadcast_factory(org: Organization, user: User) -> str:
    from app.messaging.broadcast_models import Broadcast

    broadcast = await Broadcast.create(
        organization_id=org.id,
        name="Isolation broadcast",
        template_name="appointment_reminder",
        template_language="en_US",
        parameters=["a", "b"],
        scheduled_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
    )
    return to_global_id("Broadcast", broadcast.id)


NODE_FACTORIES: dict = {"Broadcast": broadcast_factory}
