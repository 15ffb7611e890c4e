"""CustomField and CustomFieldValue; `custom_values_of` batches a page's values in one read per table."""

from __future__ import annotations

import datetime as dt
import uuid
from types import SimpleNamespace

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from app.classification import DataCategory
from app.customfields import models, services
from schema.context import Context
from schema.privacy.queries import DataCategoryEnum
from schema.relay import Node, from_row, register_node, rows_loader

CustomFieldTypeEnum = strawberry.enum(models.CustomFieldType, name="CustomFieldType")


@strawberry.type(name="CustomField", description="A field of the organisation's own on its leads.")
class CustomFieldType(Node):
    key: str = strawberry.field(description="snake_case, unique, fixed once created.")
    label: str
    type: CustomFieldTypeEnum  # type: ignore[valid-type]
    options: list[str] | None = strawberry.field(description="The choices of a SELECT or MULTI_SELECT field.")
    personal_data: bool = strawberry.field(description="Personal values are encrypted and in the data map.")
    category: DataCategoryEnum | None = strawberry.field(  # type: ignore[valid-type]
        description="LEAD_CONTACT, LEAD_ANSWERS or LEAD_NOTES for a personal field (its retention rule)."
    )
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_model(cls, row: models.CustomField) -> CustomFieldType:
        return from_row(cls, row, options=list(row.options) if row.options is not None else None)


@strawberry.type(name="CustomFieldValue", description="A lead's value of a custom field.")
class CustomFieldValueType:
    field: CustomFieldType
    value: JSON = strawberry.field(
        description="NUMBER: a number; DATE: YYYY-MM-DD; BOOLEAN; MULTI_SELECT: a list; PHONE: E.164; else a string."
    )


def _loader(context: Context) -> DataLoader[uuid.UUID, list[CustomFieldValueType] | None]:
    org_id = context.organization_id

    async def batch(lead_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[CustomFieldValueType]]:
        found = await services.lead_values(org_id, lead_ids)
        return {
            lead_id: [CustomFieldValueType(field=CustomFieldType.from_model(f), value=v) for f, v in values]
            for lead_id, values in found.items()
        }

    return context.batch_loader("custom_values", batch, missing=[])


async def custom_values_of(context: Context, lead_id: uuid.UUID) -> list[CustomFieldValueType]:
    """A lead's custom values; the leads of one page are read together. Values of personal LEAD_CONTACT fields
    are contact details: reading them is audited like reading the built-in ones."""
    values = await _loader(context).load(lead_id) or []
    if any(v.field.personal_data and v.field.category is DataCategory.LEAD_CONTACT for v in values):
        from schema.leads.audit import mark_contact_reads  # here: schema.leads builds on this module

        mark_contact_reads(context, [SimpleNamespace(id=lead_id, organization_id=context.organization_id)])
    return values


register_node("CustomField", rows_loader(models.CustomField, CustomFieldType.from_model), scope="leads:read")


@strawberry.input(name="CustomFieldValueInput", description="A custom value to set; null clears it.")
class CustomFieldValueInput:
    key: str
    value: JSON | None = None


@strawberry.input(name="CustomFieldFilter", description="Exact match (a MULTI_SELECT matches leads that chose it).")
class CustomFieldFilterInput:
    key: str
    equals: JSON


LeadFormMappingTargetEnum = strawberry.enum(models.LeadFormMappingTarget, name="LeadFormMappingTarget")


@strawberry.type(name="LeadFormMappingEntry", description="Where one question of a Lead Ads form goes.")
class LeadFormMappingEntryType:
    question: str = strawberry.field(description="The question's key (LeadForm.questions.key).")
    target: LeadFormMappingTargetEnum  # type: ignore[valid-type]
    custom_field_key: str | None = strawberry.field(description="With CUSTOM_FIELD: the custom field's key.")


async def form_mapping_of(organization_id: uuid.UUID, form_id: uuid.UUID) -> list[LeadFormMappingEntryType]:
    from app.customfields.formmapping import form_mapping_entries

    return [
        LeadFormMappingEntryType(
            question=e["question"],
            target=models.LeadFormMappingTarget(e["target"]),
            custom_field_key=e.get("customFieldKey"),
        )
        for e in await form_mapping_entries(organization_id, form_id)
    ]
