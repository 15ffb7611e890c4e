"""The data map: every model field that may hold personal data, declared where it lives.

Fields carry a `Classification` (set with `classify()` or by the encrypted field types). Export, erasure,
retention, log redaction, the `dataMap` query and partner-scope filtering all read `data_map()`.
`unclassified_fields()` lists fields that look personal but carry no classification; a test keeps it empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tortoise import fields

from app.classification import Classification, registered_models


@dataclass(frozen=True)
class DataMapEntry:
    model: type[Any]
    field_name: str
    classification: Classification

    @property
    def table(self) -> str:
        return self.model._meta.db_table

    @property
    def model_name(self) -> str:
        return self.model.__name__


def data_map() -> list[DataMapEntry]:
    """Every classified personal (or secret) field of every registered model."""
    entries: list[DataMapEntry] = []
    for model in registered_models():
        for name, field in model._meta.fields_map.items():
            classification = getattr(field, "classification", None)
            if classification is not None and classification.category is not None:
                entries.append(DataMapEntry(model, name, classification))
    return entries


def entries_for(model: type[Any]) -> list[DataMapEntry]:
    return [e for e in data_map() if e.model is model]


def personal_field_names() -> frozenset[str]:
    """Field names that hold personal data or secrets somewhere: the log redaction filter's list."""
    return frozenset(e.field_name for e in data_map())


# Names that suggest personal content; such a field must say what it holds. Payment details count (a card's
# brand, last 4 digits and expiry are personal data of the card holder), and a number or a date can be as
# personal as a text (an expiry month, a date of birth), so the names are checked on those types too.
_LOOKS_PERSONAL = re.compile(
    r"(name|email|phone|address|agent|text|body|note|answer|payload|token|secret|birth|message|"
    r"detail|reason|value|data|content|summary|subject|title|label|card|last4|iban|(?:^|_)ip(?:_|$))",
    re.IGNORECASE,
)
_OPAQUE_TYPES = (fields.TextField, fields.JSONField)
_CHECKED_TYPES = (
    fields.CharField,
    fields.TextField,
    fields.JSONField,
    fields.IntField,
    fields.DecimalField,
    fields.FloatField,
    fields.DateField,
)


def unclassified_fields(models: list[type[Any]] | None = None) -> list[str]:
    """Text, JSON, number or date fields that may hold personal data yet carry no classification (must stay
    empty)."""
    missing: list[str] = []
    for model in models if models is not None else registered_models():
        for name, field in model._meta.fields_map.items():
            if not isinstance(field, _CHECKED_TYPES) or field.pk:
                continue
            if name.endswith("_bidx") or hasattr(field, "classification"):
                continue
            if isinstance(field, _OPAQUE_TYPES) or _LOOKS_PERSONAL.search(name):
                missing.append(f"{model.__name__}.{name}")
    return missing


def undeclared_processing(models: list[type[Any]] | None = None) -> list[str]:
    """Personal fields whose purposes, legal basis, source or recipients are unknown: their category has no
    default in app.classification.CATEGORY_PROCESSING and the field declares none (must stay empty)."""
    missing: list[str] = []
    for model in models if models is not None else registered_models():
        for name, field in model._meta.fields_map.items():
            classification = getattr(field, "classification", None)
            if classification is None or classification.category is None:
                continue
            if not classification.declares_processing:
                missing.append(f"{model.__name__}.{name}")
    return missing
