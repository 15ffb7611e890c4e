from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from app.messaging import services
from app.messaging.models import MessageDirection, MessageStatus
from schema.context import ctx
from schema.messaging.access import READ, VIEWER
from schema.messaging.types import (
    MessageDirectionEnum,
    MessageStatusEnum,
    WhatsAppConfigurationType,
    WhatsAppMessageType,
)
from schema.relay import Connection, PageArgs, connection_field, filter_pk, paginate


@strawberry.input(name="MessageFilter", description="Every field is optional; given fields must all match.")
class MessageFilterInput:
    lead_id: strawberry.ID | None = None
    status: MessageStatusEnum | None = None  # type: ignore[valid-type]
    direction: MessageDirectionEnum | None = None  # type: ignore[valid-type]


async def message_connection(
    organization_id: uuid.UUID,
    page: PageArgs,
    *,
    lead_pk: uuid.UUID | None = None,
    status: MessageStatus | None = None,
    direction: MessageDirection | None = None,
    impossible: bool = False,
) -> Connection[WhatsAppMessageType]:
    """The organisation's messages (`messages`) or one lead's (`Lead.messages`, `Conversation.messages`): one
    connection, one cursor key."""
    qs = services.messages_query(organization_id, lead_id=lead_pk, status=status, direction=direction)
    if impossible:
        qs = qs.filter(id__isnull=True)
    key = f"{lead_pk}|{status and status.value}|{direction and direction.value}|{impossible}"

    return await paginate(qs, page, WhatsAppMessageType.from_model, filter_key=key)


@strawberry.type
class Query:
    @strawberry.field(
        extensions=VIEWER,
        description="The organisation's WhatsApp number and Meta's templates (cached; null when not configured).",
    )
    async def whats_app_configuration(self, info: Info) -> WhatsAppConfigurationType | None:
        config = await services.get_config(ctx(info).organization_id)
        if config is None:
            return None
        templates = await services.templates_of(config)
        config = await services.get_config(ctx(info).organization_id) or config
        return WhatsAppConfigurationType.from_model(config, templates)

    @connection_field(READ, "WhatsApp messages of the organisation, newest first.")
    async def messages(
        self, info: Info, filter: MessageFilterInput | None = None, *, page: PageArgs
    ) -> Connection[WhatsAppMessageType]:
        flt = filter or MessageFilterInput()
        lead_pk, matches_nothing = filter_pk(flt.lead_id, "Lead")
        return await message_connection(
            ctx(info).organization_id,
            page,
            lead_pk=lead_pk,
            status=flt.status,
            direction=flt.direction,
            impossible=matches_nothing,
        )
