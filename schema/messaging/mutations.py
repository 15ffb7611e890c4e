from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.messaging import opt_in, services
from app.messaging.models import WhatsAppOptInRule
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.messaging.access import ADMIN, SEND
from schema.messaging.types import WhatsAppConfigurationType, WhatsAppMessageType
from schema.relay import pk_of, to_global_id


@strawberry.input
class ConfigureWhatsAppInput:
    phone_number_id: str = strawberry.field(description="Meta's id of the sending phone number.")
    business_account_id: str = strawberry.field(description="The WhatsApp Business Account (WABA) id.")
    access_token: str = strawberry.field(description="A system-user token with whatsapp_business_messaging.")


ConfigureWhatsAppPayload = payload_type("ConfigureWhatsAppPayload", whats_app_configuration=WhatsAppConfigurationType)
RefreshWhatsAppTemplatesPayload = payload_type(
    "RefreshWhatsAppTemplatesPayload", whats_app_configuration=WhatsAppConfigurationType
)


@strawberry.input(name="WhatsAppTemplateInput")
class WhatsAppTemplateInput:
    name: str
    language: str = strawberry.field(description="Meta's language code, e.g. en_US.")
    parameters: list[str] = strawberry.field(
        default_factory=list, description="Values of the body placeholders {{1}}, {{2}}, … in order."
    )

    def spec(self) -> services.TemplateSpec:
        """The template as the send services take it (name and language trimmed)."""
        return services.TemplateSpec(
            name=self.name.strip(), language=self.language.strip(), parameters=list(self.parameters)
        )


@strawberry.input
class SendWhatsAppMessageInput:
    lead_id: strawberry.ID
    template: WhatsAppTemplateInput | None = strawberry.field(
        default=None, description="A template (its category is Meta's). Give a template or a text."
    )
    text: str | None = strawberry.field(
        default=None, description="Free text, only within 24 hours of the lead's last message."
    )


SendWhatsAppMessagePayload = payload_type(
    "SendWhatsAppMessagePayload", whats_app_message=WhatsAppMessageType, former={"message": "whats_app_message"}
)


@strawberry.input
class SetFormWhatsAppOptInInput:
    form_id: strawberry.ID = strawberry.field(
        description="The LeadForm (or Meta's form id) whose custom disclaimer is the opt-in."
    )
    checkbox_key: str = strawberry.field(description="The `checkbox_key` of the opt-in checkbox.")
    text_shown: str | None = strawberry.field(default=None, description="The opt-in text (kept as evidence).")


@strawberry.type(name="WhatsAppOptInRule", description="A ticked checkbox of this form grants WHATSAPP consent.")
class WhatsAppOptInRuleType:
    form_id: strawberry.ID
    checkbox_key: str
    text_shown: str | None

    @classmethod
    def from_model(cls, rule: WhatsAppOptInRule) -> WhatsAppOptInRuleType:
        return cls(
            form_id=to_global_id("LeadForm", rule.form_id), checkbox_key=rule.checkbox_key, text_shown=rule.text_shown
        )


SetFormWhatsAppOptInPayload = payload_type(
    "SetFormWhatsAppOptInPayload", whats_app_opt_in_rule=WhatsAppOptInRuleType, former={"rule": "whats_app_opt_in_rule"}
)


@strawberry.type
class Mutation:
    @payload_mutation(
        ADMIN,
        "Map a Lead Ads form's custom disclaimer checkbox to the WHATSAPP consent (with evidence). "
        "Without a rule, a checkbox whose key contains `whatsapp` counts.",
    )
    async def set_form_whats_app_opt_in(
        self, info: Info, input: SetFormWhatsAppOptInInput
    ) -> SetFormWhatsAppOptInPayload:
        rule = await opt_in.set_form_opt_in(
            ctx(info).organization_id,
            input.form_id.strip() if input.form_id.strip().isdigit() else pk_of(input.form_id, "LeadForm"),
            input.checkbox_key,
            input.text_shown,
        )
        return SetFormWhatsAppOptInPayload(whats_app_opt_in_rule=WhatsAppOptInRuleType.from_model(rule))

    @payload_mutation(ADMIN, "Connect the organisation's WhatsApp number (checked against the WABA; token encrypted).")
    async def configure_whats_app(self, info: Info, input: ConfigureWhatsAppInput) -> ConfigureWhatsAppPayload:
        organization_id, actor_id = org_and_actor(info)
        config = await services.configure(
            organization_id,
            phone_number_id=input.phone_number_id,
            business_account_id=input.business_account_id,
            access_token=input.access_token,
            actor_id=actor_id,
        )
        return ConfigureWhatsAppPayload(whats_app_configuration=WhatsAppConfigurationType.from_model(config))

    @payload_mutation(ADMIN, "Read the templates from Meta again.")
    async def refresh_whats_app_templates(self, info: Info) -> RefreshWhatsAppTemplatesPayload:
        config = await services.refresh_templates(ctx(info).organization_id)
        return RefreshWhatsAppTemplatesPayload(whats_app_configuration=WhatsAppConfigurationType.from_model(config))

    @payload_mutation(
        SEND,
        "Queue a WhatsApp message to a lead who opted in (a template, or free text inside the 24 h service window).",
    )
    async def send_whats_app_message(self, info: Info, input: SendWhatsAppMessageInput) -> SendWhatsAppMessagePayload:
        organization_id, actor_id = org_and_actor(info)
        template = input.template.spec() if input.template is not None else None
        lead_id = pk_of(input.lead_id, "Lead")
        message = await services.send_message(
            organization_id, lead_id, template=template, text=input.text, actor_id=actor_id
        )
        return SendWhatsAppMessagePayload(whats_app_message=WhatsAppMessageType.from_model(message))
