"""The engine API other rooms call: preview equals execution, tombstones block, holds keep."""

from __future__ import annotations

import pytest

from app.audit import services as audit
from app.audit.models import AuditEvent
from app.leads.models import Lead
from app.privacy.erasure import erase_lead, preview_erasure
from app.privacy.holds import HOLD_REASON, place_legal_hold, release_legal_hold
from app.tombstones.ledger import is_contact_erased, is_meta_lead_erased
from app.tombstones.models import TombstoneReason
from tests.privacy.erasure.helpers import make_lead
from tests.support import make_org

pytestmark = pytest.mark.sqlite


async def test_preview_counts_equal_what_erasure_does() -> None:
    org = await make_org()
    lead = await make_lead(org, email="grace@example.org", meta_lead_id="9001", answers={"city": "Arlington"})
    await audit.record("lead.viewed", organization_id=org.id, target_type="Lead", target_id=lead.id, details={"x": 1})
    plan = await preview_erasure(org.id, lead_id=lead.id)
    outcome = await erase_lead(org.id, lead.id, reason=TombstoneReason.ERASURE)
    assert outcome.categories == plan.categories()
    cats = {c["category"]: c for c in outcome.categories}
    assert cats["LEAD_CONTACT"]["erased"] == 1
    assert cats["LEAD_ANSWERS"]["erased"] == 1
    assert cats["AUDIT_EVENTS"]["anonymised"] == 1
    assert not await Lead.filter(id=lead.id).exists()
    event = await AuditEvent.get(action="lead.viewed")
    assert event.target_id is None and event.details is None
    assert await is_contact_erased(org.id, email=" Grace@Example.org ", phone=None)
    assert await is_contact_erased(org.id, email=None, phone="+14155550134")
    assert await is_meta_lead_erased(org.id, "9001")
    assert outcome.receipt["keyId"] and outcome.receipt["signature"]


async def test_held_lead_is_kept_and_reported() -> None:
    org = await make_org()
    lead = await make_lead(org)
    hold = await place_legal_hold(org.id, lead_id=lead.id, reason="Pending litigation 42")
    outcome = await erase_lead(org.id, lead.id, reason=TombstoneReason.ERASURE)
    assert outcome.categories == []
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 1} in outcome.kept
    assert await Lead.filter(id=lead.id).exists()
    assert not await is_contact_erased(org.id, email=lead.email, phone=None)
    await release_legal_hold(org.id, hold.id)
    outcome = await erase_lead(org.id, lead.id, reason=TombstoneReason.ERASURE)
    assert outcome.kept == [{"category": "PRIVACY_REQUESTS", "reason": "Legal hold evidence", "records": 1}]
    assert not await Lead.filter(id=lead.id).exists()


async def test_the_persons_other_leads_go_with_them() -> None:
    org = await make_org()
    first = await make_lead(org, email="twice@example.org", phone=None, meta_lead_id="m-1")
    again = await make_lead(org, email="Twice@Example.org", phone=None, meta_lead_id="m-2", duplicate_of=first)
    by_phone = await make_lead(org, email="other@example.org", phone="+1 415 555 0100")
    same_phone = await make_lead(org, email=None, phone="(415) 555-0100", full_name="Someone")
    stranger = await make_lead(org, email="stranger@example.org", phone=None)
    plan = await preview_erasure(org.id, lead_id=again.id)
    assert next(c for c in plan.categories() if c["category"] == "LEAD_CONTACT")["erased"] == 2
    outcome = await erase_lead(org.id, again.id)
    assert outcome.categories == plan.categories()
    assert not await Lead.filter(id__in=[first.id, again.id]).exists()
    assert await is_meta_lead_erased(org.id, "m-1") and await is_meta_lead_erased(org.id, "m-2")
    assert await Lead.filter(id__in=[by_phone.id, same_phone.id, stranger.id]).count() == 3
    await place_legal_hold(org.id, lead_id=same_phone.id, reason="Court order")
    held = await erase_lead(org.id, by_phone.id)
    assert held.erased is False
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 2} in held.kept
    assert await Lead.filter(id__in=[by_phone.id, same_phone.id]).count() == 2
