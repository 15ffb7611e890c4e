"""WhatsApp types: the configuration with Meta's templates, and messages (Node, on the lead's timeline)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info

from app.leads.models import Lead
from app.messaging.models import (
    MessageDirection,
    MessageStatus,
    TemplateCategory,
    WhatsAppConfig,
    WhatsAppMessage,
)
from app.messaging.services import body_placeholders
from app.orm import TenantModel
from schema.context import ctx
from schema.leads.types import LeadType, lead_node
from schema.messaging.media_types import WhatsAppMediaType, media_of_message
from schema.relay import Node, from_row, register_node, rows_loader, to_global_id

MessageDirectionEnum = strawberry.enum(
    MessageDirection, name="MessageDirection", description="OUT: sent by the business; IN: from the lead."
)
MessageStatusEnum = strawberry.enum(
    MessageStatus,
    name="MessageStatus",
    description="Delivery state; from Meta's webhooks it only moves forward (SENT, DELIVERED, READ or FAILED). "
    "UNKNOWN: the send may have reached Meta and is never repeated. RECEIVED: an inbound message.",
)
TemplateCategoryEnum = strawberry.enum(
    TemplateCategory, name="TemplateCategory", description="Meta's category of a WhatsApp template."
)


@strawberry.type(name="WhatsAppTemplate", description="A message template as Meta lists it for the WABA.")
class WhatsAppTemplateType:
    name: str
    language: str
    category: str = strawberry.field(description="MARKETING, UTILITY or AUTHENTICATION, as Meta says.")
    status: str = strawberry.field(description="APPROVED, PENDING, REJECTED, PAUSED or DISABLED.")
    parameter_count: int = strawberry.field(description="Placeholders in the body: parameters a send must give.")
    body: str | None
    rejection_reason: str | None = strawberry.field(
        default=None, description="Meta's reason when REJECTED (INVALID_FORMAT, PROMOTIONAL, …)."
    )
    upcoming_category: str | None = strawberry.field(
        default=None, description="A category Meta announced it will move the template to."
    )

    @classmethod
    def from_dict(cls, t: dict[str, Any]) -> WhatsAppTemplateType:
        body = next(
            (str(c.get("text")) for c in t.get("components") or [] if str(c.get("type")).upper() == "BODY"), None
        )
        return cls(
            name=t.get("name", ""),
            language=t.get("language", ""),
            category=t.get("category", ""),
            status=t.get("status", ""),
            parameter_count=body_placeholders(t),
            body=body,
            rejection_reason=t.get("rejection_reason"),
            upcoming_category=t.get("upcoming_category"),
        )


@strawberry.type(name="WhatsAppConfiguration", description="The organisation's WhatsApp Business number.")
class WhatsAppConfigurationType:
    phone_number_id: str
    business_account_id: str
    display_phone_number: str | None
    verified_name: str | None
    templates: list[WhatsAppTemplateType]
    templates_fetched_at: dt.datetime | None
    updated_at: dt.datetime

    @classmethod
    def from_model(
        cls, config: WhatsAppConfig, templates: list[dict[str, Any]] | None = None
    ) -> WhatsAppConfigurationType:
        return from_row(
            cls,
            config,
            templates=[
                WhatsAppTemplateType.from_dict(t)
                for t in (templates if templates is not None else config.templates or [])
            ],
        )


@strawberry.type(name="WhatsAppMessage", description="A WhatsApp message to or from a lead.")
class WhatsAppMessageType(Node):
    direction: MessageDirectionEnum  # type: ignore[valid-type]
    status: MessageStatusEnum  # type: ignore[valid-type]
    template_name: str | None
    template_language: str | None
    template_category: TemplateCategoryEnum | None  # type: ignore[valid-type]
    body: str | None
    meta_message_id: str | None
    error_code: int | None
    error_title: str | None
    sent_at: dt.datetime | None
    delivered_at: dt.datetime | None
    read_at: dt.datetime | None
    failed_at: dt.datetime | None
    status_at: dt.datetime | None = strawberry.field(description="When the current status was reached.")
    created_at: dt.datetime
    updated_at: dt.datetime
    lead_id: strawberry.ID
    lead_pk: strawberry.Private[uuid.UUID]
    organization_pk: strawberry.Private[uuid.UUID]
    pk: strawberry.Private[uuid.UUID | None] = None

    @strawberry.field(description="The lead (null once erased).")
    async def lead(self, info: Info) -> LeadType | None:
        row = await Lead.for_org(self.organization_pk).get_or_none(id=self.lead_pk)
        return await lead_node(ctx(info), row) if row else None

    @strawberry.field(description="The attachment of an inbound image, document, audio, video or sticker.")
    async def media(self, info: Info) -> WhatsAppMediaType | None:
        return await media_of_message(info, self.organization_pk, self.pk) if self.pk else None

    @classmethod
    def from_model(cls, m: WhatsAppMessage) -> WhatsAppMessageType:
        return from_row(
            cls,
            m,
            lead_id=to_global_id("Lead", m.lead_id),
            lead_pk=m.lead_id,
            organization_pk=m.organization_id,
            pk=m.id,
        )


M = TypeVar("M", bound=TenantModel)


register_node("WhatsAppMessage", rows_loader(WhatsAppMessage, WhatsAppMessageType.from_model), scope="leads:read")
