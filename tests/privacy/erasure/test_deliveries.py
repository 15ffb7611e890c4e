"""Partner webhook deliveries: an erasure blanks the bodies about the person; retention removes old ones."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.privacy.erasure import erase_lead
from app.privacy.retention import sweep
from app.webhooks.models import WebhookDelivery, WebhookEventType
from app.webhooks.services import create_subscription, encode_body
from tests.privacy.erasure.helpers import make_lead
from tests.support import make_org

pytestmark = pytest.mark.sqlite


async def _delivery(
    org_id: uuid.UUID, lead_id: uuid.UUID | None, created: dt.datetime | None = None
) -> WebhookDelivery:
    subscription, _ = await create_subscription(org_id, url="https://partner.example/hooks", events=["LEAD_CREATED"])
    event_id, now = uuid.uuid4(), dt.datetime.now(dt.UTC)
    row = await WebhookDelivery.create(
        organization_id=org_id,
        subscription=subscription,
        event_id=event_id,
        event_type=WebhookEventType.LEAD_CREATED,
        body=encode_body(event_id, "LEAD_CREATED", now, org_id, {"email": "kept@example.org"}),
        scheduled_at=now,
        lead_id=lead_id,
    )
    if created is not None:
        await WebhookDelivery.filter(id=row.id).update(created_at=created)
    return row


async def test_erasure_blanks_delivery_bodies_about_the_lead() -> None:
    org = await make_org()
    lead = await make_lead(org)
    about = await _delivery(org.id, lead.id)
    other = await _delivery(org.id, None)
    outcome = await erase_lead(org.id, lead.id)
    deliveries = next(c for c in outcome.categories if c["category"] == "WEBHOOK_DELIVERIES")
    assert deliveries == {"category": "WEBHOOK_DELIVERIES", "erased": 0, "anonymised": 1}
    kept = await WebhookDelivery.get(id=about.id)
    assert kept.body is None and kept.lead_id is None
    assert (await WebhookDelivery.get(id=other.id)).body is not None


async def test_retention_removes_deliveries_older_than_the_rule() -> None:
    org = await make_org()
    old = await _delivery(org.id, None, created=dt.datetime.now(dt.UTC) - dt.timedelta(days=31))
    recent = await _delivery(org.id, None)
    report = await sweep(org.id)
    assert next(c for c in report["categories"] if c["category"] == "WEBHOOK_DELIVERIES")["records"] == 1
    assert not await WebhookDelivery.filter(id=old.id).exists()
    assert await WebhookDelivery.filter(id=recent.id).exists()
