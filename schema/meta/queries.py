from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.integrations.meta.connection import get_connection
from app.integrations.meta.health import integration_health
from schema.context import ctx
from schema.meta.conversions import meta_conversions_of
from schema.meta.types import IntegrationHealth, IntegrationIssue, MetaConnectionType
from schema.permissions import allow


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(Role.VIEWER), description="Your organisation's Meta connection (null when not connected)."
    )
    async def meta_connection(self, info: Info) -> MetaConnectionType | None:
        row = await get_connection(ctx(info).organization_id)
        return MetaConnectionType.from_model(row) if row else None

    @strawberry.field(
        extensions=allow(Role.ADMIN),
        description="Token expiry, missing permissions, lost Page subscriptions, failed webhook events and "
        "the daily lead-count reconciliation.",
    )
    async def integration_health(self, info: Info) -> IntegrationHealth:
        org = ctx(info).organization_id
        health = IntegrationHealth.from_health(await integration_health(org))
        health.meta_conversions = await meta_conversions_of(org)
        for warning in health.meta_conversions.warnings if health.meta_conversions else []:
            health.issues.append(IntegrationIssue(kind="CONVERSIONS_API", severity="WARNING", message=warning))
            health.healthy = False
        return health
