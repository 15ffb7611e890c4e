"""Templates the organisation writes and submits to Meta (ADMIN, sessions only)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.messaging import templates
from schema.context import org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.messaging.access import ADMIN
from schema.messaging.types import TemplateCategoryEnum, WhatsAppTemplateType


@strawberry.input
class CreateWhatsAppTemplateInput:
    name: str = strawberry.field(description="Lowercase letters, digits and underscores (Meta's rule).")
    language: str = strawberry.field(description="Meta's language code, e.g. en_US or de.")
    category: TemplateCategoryEnum = strawberry.field(  # type: ignore[valid-type]
        description="The category asked for; Meta may re-classify it."
    )
    body: str = strawberry.field(description="At most 1,024 characters; placeholders {{1}}, {{2}}, … in order.")
    examples: list[str] | None = strawberry.field(
        default=None, description="One example value per placeholder, for Meta's review."
    )
    footer: str | None = strawberry.field(default=None, description="At most 60 characters.")


CreateWhatsAppTemplatePayload = payload_type("CreateWhatsAppTemplatePayload", whats_app_template=WhatsAppTemplateType)


@strawberry.input
class DeleteWhatsAppTemplateInput:
    name: str
    language: str


DeleteWhatsAppTemplatePayload = payload_type("DeleteWhatsAppTemplatePayload", whats_app_template=WhatsAppTemplateType)


@strawberry.type
class Mutation:
    @payload_mutation(ADMIN, "Submit a WhatsApp template to Meta for review; it stays PENDING until Meta decides.")
    async def create_whats_app_template(
        self, info: Info, input: CreateWhatsAppTemplateInput
    ) -> CreateWhatsAppTemplatePayload:
        organization_id, actor_id = org_and_actor(info)
        template = await templates.create_template(
            organization_id,
            name=input.name,
            language=input.language,
            category=input.category,
            body=input.body,
            examples=input.examples,
            footer=input.footer,
            actor_id=actor_id,
        )
        return CreateWhatsAppTemplatePayload(whats_app_template=WhatsAppTemplateType.from_dict(template))

    @payload_mutation(ADMIN, "Delete a template (this language) at Meta.")
    async def delete_whats_app_template(
        self, info: Info, input: DeleteWhatsAppTemplateInput
    ) -> DeleteWhatsAppTemplatePayload:
        organization_id, actor_id = org_and_actor(info)
        template = await templates.delete_template(
            organization_id, name=input.name, language=input.language, actor_id=actor_id
        )
        return DeleteWhatsAppTemplatePayload(whats_app_template=WhatsAppTemplateType.from_dict(template))
