"""Factories for the erasure tests: leads with indexed contact details, audit rows about them."""

from __future__ import annotations

import uuid
from typing import Any

from app.accounts.models import Organization
from app.leads.models import Lead
from app.security.crypto import blind_index, normalize_email, normalize_phone, scope_of


async def make_lead(
    org: Organization,
    *,
    full_name: str = "Grace Hopper",
    email: str | None = None,
    phone: str | None = "+1 415 555 0134",
    meta_lead_id: str | None = None,
    answers: Any = None,
    **extra: Any,
) -> Lead:
    email = email or f"lead-{uuid.uuid4().hex[:8]}@example.org"
    scope = scope_of(org.id)
    e164 = normalize_phone(phone, org.default_country) if phone else None
    return await Lead.create(
        organization=org,
        full_name=full_name,
        email=email,
        email_bidx=blind_index(scope, "email", normalize_email(email)),
        phone=phone,
        phone_bidx=blind_index(scope, "phone", e164) if e164 else None,
        meta_lead_id=meta_lead_id,
        answers=answers,
        **extra,
    )
