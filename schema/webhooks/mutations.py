from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.webhooks import services
from schema.context import ctx
from schema.errors import payload_mutation, payload_type
from schema.permissions import allow
from schema.relay import pk_of
from schema.webhooks.types import WebhookDeliveryType, WebhookEventTypeEnum, WebhookSubscriptionType

MANAGE = allow(Role.ADMIN, "webhooks:manage")


@strawberry.input
class CreateWebhookSubscriptionInput:
    url: str
    events: list[WebhookEventTypeEnum]  # type: ignore[valid-type]
    scopes: list[str] = strawberry.field(
        default_factory=list, description="Give `leads:read` for lead contact fields in payloads."
    )


@strawberry.input
class UpdateWebhookSubscriptionInput:
    id: strawberry.ID
    url: str | None = None
    events: list[WebhookEventTypeEnum] | None = None  # type: ignore[valid-type]
    scopes: list[str] | None = None
    active: bool | None = strawberry.field(default=None, description="true re-enables a disabled subscription.")


@strawberry.input
class DeleteWebhookSubscriptionInput:
    id: strawberry.ID


@strawberry.input
class RotateWebhookSecretInput:
    id: strawberry.ID


@strawberry.input
class TestWebhookInput:
    id: strawberry.ID


@strawberry.input
class RedeliverWebhookInput:
    id: strawberry.ID = strawberry.field(description="The logged delivery to send again.")


CreateWebhookSubscriptionPayload = payload_type(
    "CreateWebhookSubscriptionPayload",
    webhook_subscription=WebhookSubscriptionType,
    secret=(str, "The signing secret, shown this once."),
)


UpdateWebhookSubscriptionPayload = payload_type(
    "UpdateWebhookSubscriptionPayload", webhook_subscription=WebhookSubscriptionType
)
DeleteWebhookSubscriptionPayload = payload_type(
    "DeleteWebhookSubscriptionPayload", webhook_subscription=WebhookSubscriptionType, deleted_id=strawberry.ID
)


RotateWebhookSecretPayload = payload_type(
    "RotateWebhookSecretPayload",
    webhook_subscription=WebhookSubscriptionType,
    secret=(str, "The new secret, shown this once; the previous one also signs for 24 hours."),
)


TestWebhookPayload = payload_type("TestWebhookPayload", webhook_delivery=WebhookDeliveryType)
RedeliverWebhookPayload = payload_type("RedeliverWebhookPayload", webhook_delivery=WebhookDeliveryType)


@strawberry.type
class Mutation:
    @payload_mutation(MANAGE, "Subscribe a URL to events; the secret is returned once.")
    async def create_webhook_subscription(
        self, info: Info, input: CreateWebhookSubscriptionInput
    ) -> CreateWebhookSubscriptionPayload:
        context = ctx(info)
        row, secret = await services.create_subscription(
            context.organization_id,
            url=input.url,
            events=input.events,
            scopes=input.scopes,
            grantor=context.require_viewer(),
        )
        return CreateWebhookSubscriptionPayload(
            webhook_subscription=WebhookSubscriptionType.from_model(row), secret=secret
        )

    @payload_mutation(MANAGE, "Change a subscription; `active: true` re-enables it.")
    async def update_webhook_subscription(
        self, info: Info, input: UpdateWebhookSubscriptionInput
    ) -> UpdateWebhookSubscriptionPayload:
        context = ctx(info)
        row = await services.update_subscription(
            context.organization_id,
            pk_of(input.id, "WebhookSubscription"),
            url=input.url,
            events=input.events,
            scopes=input.scopes,
            active=input.active,
            grantor=context.require_viewer(),
        )
        return UpdateWebhookSubscriptionPayload(webhook_subscription=WebhookSubscriptionType.from_model(row))

    @payload_mutation(MANAGE, "Stop and remove a subscription and its delivery log.")
    async def delete_webhook_subscription(
        self, info: Info, input: DeleteWebhookSubscriptionInput
    ) -> DeleteWebhookSubscriptionPayload:
        row = await services.delete_subscription(ctx(info).organization_id, pk_of(input.id, "WebhookSubscription"))
        return DeleteWebhookSubscriptionPayload(
            webhook_subscription=WebhookSubscriptionType.from_model(row), deleted_id=input.id
        )

    @payload_mutation(MANAGE, "A new signing secret; both secrets sign deliveries for the next 24 hours.")
    async def rotate_webhook_secret(self, info: Info, input: RotateWebhookSecretInput) -> RotateWebhookSecretPayload:
        context = ctx(info)
        row, secret = await services.rotate_secret(
            context.organization_id, pk_of(input.id, "WebhookSubscription"), grantor=context.require_viewer()
        )
        return RotateWebhookSecretPayload(webhook_subscription=WebhookSubscriptionType.from_model(row), secret=secret)

    @payload_mutation(MANAGE, "Send a signed WEBHOOK_TEST event now and report the answer.")
    async def test_webhook(self, info: Info, input: TestWebhookInput) -> TestWebhookPayload:
        row = await services.send_test_event(ctx(info).organization_id, pk_of(input.id, "WebhookSubscription"))
        return TestWebhookPayload(webhook_delivery=WebhookDeliveryType.from_model(row))

    @payload_mutation(MANAGE, "Send a logged delivery again now (same event id, fresh signature).")
    async def redeliver_webhook(self, info: Info, input: RedeliverWebhookInput) -> RedeliverWebhookPayload:
        row = await services.redeliver(ctx(info).organization_id, pk_of(input.id, "WebhookDelivery"))
        return RedeliverWebhookPayload(webhook_delivery=WebhookDeliveryType.from_model(row))
