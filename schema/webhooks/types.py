from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from graphql import GraphQLError

from app.accounts.models import Role
from app.webhooks.models import WebhookDelivery, WebhookDeliveryStatus, WebhookEventType, WebhookSubscription
from schema.context import Context
from schema.relay import Node, from_row, register_node, to_global_id

WebhookEventTypeEnum = strawberry.enum(
    WebhookEventType,
    name="WebhookEventType",
    description="Events a partner can subscribe to; WEBHOOK_TEST is only sent by `testWebhook`.",
)
WebhookDeliveryStatusEnum = strawberry.enum(WebhookDeliveryStatus, name="WebhookDeliveryStatus")


@strawberry.type(name="WebhookSubscription", description="Where and what we POST, signed with its secret.")
class WebhookSubscriptionType(Node):
    url: str
    events: list[WebhookEventTypeEnum]  # type: ignore[valid-type]
    scopes: list[str] = strawberry.field(description="`leads:read` adds lead contact fields to payloads.")
    active: bool
    consecutive_failures: int
    disabled_at: dt.datetime | None
    secret_rotated_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, row: WebhookSubscription) -> WebhookSubscriptionType:
        return from_row(cls, row, events=[WebhookEventType(e) for e in row.events], scopes=list(row.scopes))


@strawberry.type(name="WebhookDelivery", description="One attempt to deliver one event (the reply body is never kept).")
class WebhookDeliveryType(Node):
    event_id: str = strawberry.field(description="`X-Quantix-Event-Id`: the same on every retry and redelivery.")
    event_type: WebhookEventTypeEnum  # type: ignore[valid-type]
    subscription_id: strawberry.ID
    attempt: int = strawberry.field(description="1 for the first try, up to 8 with automatic retries.")
    manual: bool = strawberry.field(description="A test or a redelivery (not retried automatically).")
    status: WebhookDeliveryStatusEnum  # type: ignore[valid-type]
    http_status: int | None
    duration_ms: int | None
    error: str | None
    scheduled_at: dt.datetime
    attempted_at: dt.datetime | None
    next_attempt_at: dt.datetime | None = strawberry.field(description="When the retry after this failure is due.")
    payload_purged: bool
    created_at: dt.datetime

    @classmethod
    def from_model(cls, row: WebhookDelivery) -> WebhookDeliveryType:
        return from_row(
            cls,
            row,
            event_id=str(row.event_id),
            subscription_id=to_global_id("WebhookSubscription", row.subscription_id),
            payload_purged=row.body is None,  # purged after 30 days, or erased with its lead
        )


def _can_manage(context: Context) -> bool:
    from schema.permissions import Allow, check_viewer

    try:
        check_viewer(context.require_viewer(), None, Allow(Role.ADMIN, "webhooks:manage"))
    except GraphQLError:
        return False
    return True


async def load_subscriptions(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    if not _can_manage(context):
        return {}
    rows = await WebhookSubscription.for_org(context.organization_id).filter(id__in=pks)
    return {r.id: WebhookSubscriptionType.from_model(r) for r in rows}


async def load_deliveries(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    if not _can_manage(context):
        return {}
    rows = await WebhookDelivery.for_org(context.organization_id).filter(id__in=pks)
    return {r.id: WebhookDeliveryType.from_model(r) for r in rows}


register_node("WebhookSubscription", load_subscriptions, scope="webhooks:manage")
register_node("WebhookDelivery", load_deliveries, scope="webhooks:manage")
