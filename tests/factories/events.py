"""Node factories for the events room's types (partner webhook subscriptions and deliveries)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def _webhook_subscription(org: Organization, user: User) -> str:
    from app.webhooks.services import create_subscription

    row, _ = await create_subscription(org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"])
    return to_global_id("WebhookSubscription", row.id)


async def _webhook_delivery(org: Organization, user: User) -> str:
    from app.webhooks.models import WebhookDelivery, WebhookEventType
    from app.webhooks.services import create_subscription, encode_body

    subscription, _ = await create_subscription(org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"])
    event_id, now = uuid.uuid4(), dt.datetime.now(dt.UTC)
    row = await WebhookDelivery.create(
        organization_id=org.id,
        subscription=subscription,
        event_id=event_id,
        event_type=WebhookEventType.LEAD_CREATED,
        body=encode_body(event_id, "LEAD_CREATED", now, org.id, {"leadId": to_global_id("Lead", uuid.uuid4())}),
        scheduled_at=now,
    )
    return to_global_id("WebhookDelivery", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "WebhookSubscription": _webhook_subscription,
    "WebhookDelivery": _webhook_delivery,
}
