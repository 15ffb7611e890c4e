"""`disconnectMeta(purgeLeads: true)`: the leads Meta sent go with the connection, through the erasure engine.

The Meta integration cannot call up into privacy (privacy orchestrates the domains), so the disconnect takes
the leads' erasure from here: each lead goes with everything its erasure removes (custom values, the name-word
index, what mentions it), a lead under a legal hold stays (SPEC §4: erasure and retention skip held rows and
report them), and every erased lead is announced (LEAD_ERASED: `leadEvents` ERASED, partner webhooks).
"""

from __future__ import annotations

import uuid

from app.integrations.meta.connection import disconnect
from app.leads.models import Lead, LeadSource
from app.privacy.erasure import BulkErasure, erase_leads_in_bulk


async def erase_meta_leads(organization_id: uuid.UUID) -> BulkErasure:
    """Erase the organisation's leads that came from Meta Lead Ads, except those under a legal hold."""
    query = Lead.for_org(organization_id).filter(source=LeadSource.META_LEAD_ADS).order_by("id")
    return await erase_leads_in_bulk(organization_id, list(await query.values_list("id", flat=True)))


async def disconnect_meta(organization_id: uuid.UUID, purge_leads: bool) -> dict[str, int]:
    """Disconnect Meta; with `purge_leads` the leads Meta sent go too. Returns the rows deleted per model."""
    return await disconnect(organization_id, erase_meta_leads if purge_leads else None)
