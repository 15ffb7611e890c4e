"""Node factories: for each Node type, make one object in an organisation and return its global id.

A cross-cutting test walks NODE_FACTORIES to check `node(id:)` and foreign-organisation ids for every type.
Each room adds its own types here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.leads.models import Lead
from app.privacy.erasure_models import (
    ConsentPurpose,
    LeadConsent,
    LeadObjection,
    LegalHold,
    ObjectionKind,
    UsageEvent,
)
from app.security.crypto import blind_index, normalize_email, scope_of
from schema.relay import to_global_id


async def _lead(org: Organization) -> Lead:
    email = f"factory-{org.id.hex[:6]}@example.org"
    return await Lead.create(
        organization=org,
        full_name="Factory Lead",
        email=email,
        email_bidx=blind_index(scope_of(org.id), "email", normalize_email(email)),
    )


async def legal_hold(org: Organization, user: User) -> str:
    lead = await _lead(org)
    hold = await LegalHold.create(organization=org, lead_id=lead.id, reason="Factory hold", placed_by_id=user.id)
    return to_global_id("LegalHold", hold.id)


async def consent(org: Organization, user: User) -> str:
    lead = await _lead(org)
    row = await LeadConsent.create(
        organization=org, lead=lead, purpose=ConsentPurpose.WHATSAPP, granted=True, source="MANUAL"
    )
    return to_global_id("Consent", row.id)


async def objection(org: Organization, user: User) -> str:
    lead = await _lead(org)
    row = await LeadObjection.create(organization=org, lead=lead, kind=ObjectionKind.DIRECT_MARKETING, source="MANUAL")
    return to_global_id("Objection", row.id)


async def usage_event(org: Organization, user: User) -> str:
    row = await UsageEvent.create(user=user, organization_id=org.id, name="page_view", path="/")
    return to_global_id("UsageEvent", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "LegalHold": legal_hold,
    "Consent": consent,
    "Objection": objection,
    "UsageEvent": usage_event,
}
