"""Node factories: for each Node type, create one row in an organisation and return its global id.

Shared by every room (add your types here, one line each in NODE_FACTORIES); tests use them to check that
`node(id)` answers for the owner and `null` for another organisation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.leads import services as lead_services
from schema.relay import to_global_id


async def make_lead(org: Organization, **fields: object) -> object:
    values: dict[str, object] = {"full_name": "Factory Lead", "email": f"lead-{uuid.uuid4().hex[:10]}@example.com"}
    values.update(fields)
    return await lead_services.create_lead(org.id, **values)  # type: ignore[arg-type]


async def _lead(org: Organization, user: User) -> str:
    lead = await make_lead(org, actor_id=user.id)
    return to_global_id("Lead", lead.id)  # type: ignore[attr-defined]


async def _lead_note(org: Organization, user: User) -> str:
    lead = await make_lead(org)
    _, note = await lead_services.add_note(org.id, lead.id, "A factory note", author_id=user.id)  # type: ignore[attr-defined]
    return to_global_id("LeadNote", note.id)


async def _webhook_subscription(org: Organization, user: User) -> str:
    from app.webhooks.services import create_subscription

    row, _ = await create_subscription(
        org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"], created_by_id=user.id
    )
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
    "Lead": _lead,
    "LeadNote": _lead_note,
    "WebhookSubscription": _webhook_subscription,
    "WebhookDelivery": _webhook_delivery,
}
