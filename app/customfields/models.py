"""Custom field definitions and their values on leads.

A value is stored one row per atom (a MULTI_SELECT has one row per chosen option), in a table per data
category: personal values sit in sealed columns classified LEAD_CONTACT, LEAD_ANSWERS or LEAD_NOTES, so the
data map, the access export, erasure (the rows cascade with the lead) and retention (per category) cover them
without knowing custom fields exist. Non-personal values are stored plainly. Every row carries a keyed index of
its atom (`value_bidx`) so exact-match filters never need the plaintext.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, not_personal
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedJSONField

MAX_FIELDS = 100


class CustomFieldType(enum.Enum):
    TEXT = "TEXT"
    NUMBER = "NUMBER"
    DATE = "DATE"
    BOOLEAN = "BOOLEAN"
    SELECT = "SELECT"
    MULTI_SELECT = "MULTI_SELECT"
    URL = "URL"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


PERSONAL_CATEGORIES = (DataCategory.LEAD_CONTACT, DataCategory.LEAD_ANSWERS, DataCategory.LEAD_NOTES)


class CustomField(TenantModel, Updated):
    key = not_personal(fields.CharField(max_length=63))  # ^[a-z][a-z0-9_]{0,62}$, fixed once created
    label = not_personal(fields.CharField(max_length=200))  # the team's wording, not data about a person
    type = fields.CharEnumField(CustomFieldType, max_length=16)
    options: Any = not_personal(fields.JSONField(null=True))  # SELECT / MULTI_SELECT choices
    personal_data = fields.BooleanField(default=False)
    category = fields.CharEnumField(DataCategory, max_length=32, null=True)  # set exactly when personal

    class Meta:
        table = "custom_field"
        unique_together = (("organization", "key"),)


class CustomValue(TenantModel):
    """One atom of a lead's custom value: the four value tables differ only in how `value` is stored."""

    lead: Any = fields.ForeignKeyField("models.Lead", on_delete=fields.CASCADE, related_name=False)
    field: Any = fields.ForeignKeyField("models.CustomField", on_delete=fields.CASCADE, related_name=False)
    position = fields.SmallIntField(default=0)
    value_bidx = fields.CharField(max_length=64)

    class Meta:
        abstract = True


class _ValueTable:
    """The indexes every value table has (a concrete model's Meta extends this with its table name)."""

    indexes = (("organization", "field", "value_bidx"), ("lead",))


class LeadCustomContactValue(CustomValue):
    """A personal custom value of category LEAD_CONTACT: `{key, value}` sealed."""

    value = EncryptedJSONField(DataCategory.LEAD_CONTACT, export="Custom field", correctable=True)

    class Meta(_ValueTable):
        table = "lead_custom_contact_value"


class LeadCustomAnswerValue(CustomValue):
    """A personal custom value of category LEAD_ANSWERS: `{key, value}` sealed."""

    value = EncryptedJSONField(DataCategory.LEAD_ANSWERS, export="Custom field", correctable=True)

    class Meta(_ValueTable):
        table = "lead_custom_answer_value"


class LeadCustomNoteValue(CustomValue):
    """A personal custom value of category LEAD_NOTES: `{key, value}` sealed."""

    value = EncryptedJSONField(DataCategory.LEAD_NOTES, export="Custom field", correctable=True)

    class Meta(_ValueTable):
        table = "lead_custom_note_value"


class LeadCustomPlainValue(CustomValue):
    """A value of a field the organisation declared not personal: stored plainly."""

    value: Any = not_personal(fields.JSONField(null=True))  # `{key, value}`; the field is declared not personal

    class Meta(_ValueTable):
        table = "lead_custom_plain_value"


VALUE_MODELS: dict[DataCategory | None, type[Any]] = {
    DataCategory.LEAD_CONTACT: LeadCustomContactValue,
    DataCategory.LEAD_ANSWERS: LeadCustomAnswerValue,
    DataCategory.LEAD_NOTES: LeadCustomNoteValue,
    None: LeadCustomPlainValue,
}


class LeadFormMappingTarget(enum.Enum):
    FULL_NAME = "FULL_NAME"
    FIRST_NAME = "FIRST_NAME"
    LAST_NAME = "LAST_NAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    CUSTOM_FIELD = "CUSTOM_FIELD"
    IGNORE = "IGNORE"


class LeadFormMapping(TenantModel, Updated):
    """Where each question of a Lead Ads form goes (`setLeadFormMapping`): a contact field, a custom field, or
    nowhere (IGNORE: data minimisation, the answer is never stored). Questions, not answers: not personal."""

    form: Any = fields.OneToOneField("models.LeadForm", on_delete=fields.CASCADE, related_name=False)
    mappings: Any = not_personal(fields.JSONField(default=list))  # [{question, target, customFieldKey}]

    class Meta:
        table = "lead_form_mapping"
