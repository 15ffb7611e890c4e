"""Node factories for merges, bulk updates and list exports (LeadExport)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.leads.models import LeadExport, LeadExportFormat
from schema.relay import to_global_id


async def lead_export_factory(org: Organization, user: User) -> str:
    export = await LeadExport.create(
        organization=org, requested_by_id=user.id, format=LeadExportFormat.CSV, columns=["id"]
    )
    return to_global_id("LeadExport", export.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {"LeadExport": lead_export_factory}
