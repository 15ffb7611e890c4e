from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.webhooks.models import WebhookDelivery, WebhookSubscription
from schema.context import ctx
from schema.nodes import by_id
from schema.permissions import allow
from schema.relay import Connection, PageArgs, connection_field, filter_pk, paginate
from schema.webhooks.types import (
    WebhookDeliveryStatusEnum,
    WebhookDeliveryType,
    WebhookEventTypeEnum,
    WebhookSubscriptionType,
)

MANAGE = allow(Role.ADMIN, "webhooks:manage")


@strawberry.input
class WebhookDeliveryFilter:
    subscription_id: strawberry.ID | None = None
    event_type: WebhookEventTypeEnum | None = None  # type: ignore[valid-type]
    status: WebhookDeliveryStatusEnum | None = None  # type: ignore[valid-type]
    event_id: str | None = None


@strawberry.type
class Query:
    @strawberry.field(extensions=MANAGE, description="Your organisation's webhook subscriptions, oldest first.")
    async def webhook_subscriptions(self, info: Info) -> list[WebhookSubscriptionType]:
        rows = await WebhookSubscription.for_org(ctx(info).organization_id).order_by("created_at", "id")
        return [WebhookSubscriptionType.from_model(r) for r in rows]

    @strawberry.field(extensions=MANAGE, description="A webhook subscription of your organisation.")
    async def webhook_subscription(self, info: Info, id: strawberry.ID) -> WebhookSubscriptionType | None:
        return await by_id(info, "WebhookSubscription", id)

    @connection_field(MANAGE, "The delivery log, newest first: one entry per attempt, with status and duration.")
    async def webhook_deliveries(
        self, info: Info, filter: WebhookDeliveryFilter | None = None, *, page: PageArgs
    ) -> Connection[WebhookDeliveryType]:
        qs = WebhookDelivery.for_org(ctx(info).organization_id)
        key: dict[str, str] = {}
        if filter is not None:
            if filter.subscription_id is not None:
                pk, matches_nothing = filter_pk(filter.subscription_id, "WebhookSubscription")
                qs = qs.filter(id__isnull=True) if matches_nothing else qs.filter(subscription_id=pk)
                key["subscription"] = str(filter.subscription_id)
            if filter.event_type is not None:
                qs = qs.filter(event_type=filter.event_type)
                key["eventType"] = filter.event_type.value
            if filter.status is not None:
                qs = qs.filter(status=filter.status)
                key["status"] = filter.status.value
            if filter.event_id is not None:
                try:
                    qs = qs.filter(event_id=uuid.UUID(filter.event_id))
                except ValueError:
                    qs = qs.filter(id__isnull=True)  # no delivery has that event id
                key["eventId"] = filter.event_id
        return await paginate(qs, page, WebhookDeliveryType.from_model, filter_key=key)
