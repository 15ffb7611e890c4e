"""Custom fields: ADMIN defines them and maps Lead Ads forms to them with a session (settings: FORBIDDEN for
tokens, SPEC §7.7), VIEWER reads them (tokens: leads:read); their values are lead data (`updateLead`)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.customfields import formmapping, services
from app.savedviews.services import forget_custom_field
from schema.context import ctx
from schema.customfields.types import CustomFieldType, CustomFieldTypeEnum, LeadFormMappingTargetEnum
from schema.errors import entity_payloads, payload_mutation, payload_type
from schema.permissions import allow
from schema.privacy.queries import DataCategoryEnum
from schema.relay import id_input, pk_or_not_found

if TYPE_CHECKING:
    from schema.campaigns.types import LeadFormType

READ = allow(scope="leads:read")
ADMIN = allow(Role.ADMIN)  # definitions and form mappings are settings: sessions only


def _field_pk(value: strawberry.ID) -> uuid.UUID:
    return pk_or_not_found(value, "CustomField", what="custom field")


@strawberry.input
class CreateCustomFieldInput:
    key: str = strawberry.field(description="^[a-z][a-z0-9_]{0,62}$, not id, email, phone, status or tags.")
    label: str
    type: CustomFieldTypeEnum  # type: ignore[valid-type]
    options: list[str] | None = strawberry.field(default=None, description="Required for SELECT and MULTI_SELECT.")
    personal_data: bool = False
    category: DataCategoryEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Required exactly when personalData: LEAD_CONTACT, LEAD_ANSWERS or LEAD_NOTES."
    )


@strawberry.input(description="Fields left out stay as they are; key and type cannot change.")
class UpdateCustomFieldInput:
    id: strawberry.ID
    key: str | None = None
    type: CustomFieldTypeEnum | None = None  # type: ignore[valid-type]
    label: str | None = None
    options: list[str] | None = None
    personal_data: bool | None = None
    category: DataCategoryEnum | None = strawberry.UNSET  # type: ignore[valid-type]


DeleteCustomFieldInput = id_input("DeleteCustomFieldInput")
CreateCustomFieldPayload, UpdateCustomFieldPayload, DeleteCustomFieldPayload = entity_payloads(
    "CustomField", CustomFieldType, "custom field"
)


@strawberry.input(name="LeadFormMappingInput")
class LeadFormMappingInput:
    question: str = strawberry.field(description="A question key of the form (LeadForm.questions.key).")
    target: LeadFormMappingTargetEnum  # type: ignore[valid-type]
    custom_field_key: str | None = strawberry.field(default=None, description="Exactly with CUSTOM_FIELD.")


@strawberry.input
class SetLeadFormMappingInput:
    form_id: strawberry.ID
    mappings: list[LeadFormMappingInput] = strawberry.field(
        description="Replaces the form's mapping; an empty list removes it (back to the default rules)."
    )


SetLeadFormMappingPayload = payload_type(
    "SetLeadFormMappingPayload", lead_form=Annotated["LeadFormType", strawberry.lazy("schema.campaigns.types")]
)


@strawberry.type
class Query:
    @strawberry.field(extensions=READ, description="Your organisation's custom fields, oldest first.")
    async def custom_fields(self, info: Info) -> list[CustomFieldType]:
        rows = await services.custom_fields(ctx(info).organization_id)
        return [CustomFieldType.from_model(r) for r in rows]


@strawberry.type
class Mutation:
    @payload_mutation(ADMIN, "Add a custom field (at most 100 per organisation).")
    async def create_custom_field(self, info: Info, input: CreateCustomFieldInput) -> CreateCustomFieldPayload:
        row = await services.create_field(
            ctx(info).organization_id,
            key=input.key,
            label=input.label,
            field_type=input.type,
            options=input.options,
            personal_data=input.personal_data,
            category=input.category,
        )
        return CreateCustomFieldPayload(custom_field=CustomFieldType.from_model(row))

    @payload_mutation(ADMIN, "Change a custom field's label, options or classification.")
    async def update_custom_field(self, info: Info, input: UpdateCustomFieldInput) -> UpdateCustomFieldPayload:
        extra = {} if input.category is strawberry.UNSET else {"category": input.category}
        row = await services.update_field(
            ctx(info).organization_id,
            _field_pk(input.id),
            key=input.key,
            field_type=input.type,
            label=input.label,
            options=input.options,
            personal_data=input.personal_data,
            **extra,
        )
        if row.personal_data:  # a view may not store equality on a personal field
            await forget_custom_field(row.organization_id, row.key, columns=False)
        return UpdateCustomFieldPayload(custom_field=CustomFieldType.from_model(row))

    @payload_mutation(ADMIN, "Say where each question of a Lead Ads form goes; IGNORE'd answers are never stored.")
    async def set_lead_form_mapping(self, info: Info, input: SetLeadFormMappingInput) -> SetLeadFormMappingPayload:
        form = await formmapping.set_form_mapping(
            ctx(info).organization_id,
            pk_or_not_found(input.form_id, "LeadForm", "formId", what="lead form"),
            [(m.question, m.target, m.custom_field_key) for m in input.mappings],
        )
        from schema.campaigns.types import LeadFormType

        return SetLeadFormMappingPayload(lead_form=LeadFormType.from_model(form))

    @payload_mutation(ADMIN, "Remove a custom field and every value of it.")
    async def delete_custom_field(self, info: Info, input: DeleteCustomFieldInput) -> DeleteCustomFieldPayload:
        row = await services.delete_field(ctx(info).organization_id, _field_pk(input.id))
        await forget_custom_field(row.organization_id, row.key, columns=True)
        return DeleteCustomFieldPayload(custom_field=CustomFieldType.from_model(row), deleted_id=input.id)
