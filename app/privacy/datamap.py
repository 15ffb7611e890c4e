"""The data map: every model field that may hold personal data, declared where it lives.

Fields carry a `Classification` (set with `classify()` or by the encrypted field types). Export, erasure,
retention, log redaction, the `dataMap` query and partner-scope filtering all read `data_map()`.
`unclassified_fields()` lists fields that look personal but carry no classification; a test keeps it empty.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from tortoise import Tortoise, fields


class DataCategory(enum.Enum):
    """Retention categories of SPEC.md §6, plus the account itself and secrets."""

    ACCOUNT = "ACCOUNT"
    LEAD_CONTACT = "LEAD_CONTACT"
    LEAD_ANSWERS = "LEAD_ANSWERS"
    LEAD_NOTES = "LEAD_NOTES"
    MESSAGES = "MESSAGES"
    AUDIT_EVENTS = "AUDIT_EVENTS"
    USAGE_EVENTS = "USAGE_EVENTS"
    SESSIONS = "SESSIONS"
    WEBHOOK_DELIVERIES = "WEBHOOK_DELIVERIES"
    META_ADS_DATA = "META_ADS_DATA"
    EXPORT_FILES = "EXPORT_FILES"
    CONSENTS = "CONSENTS"
    PRIVACY_REQUESTS = "PRIVACY_REQUESTS"
    SECRETS = "SECRETS"


class DataSource(enum.Enum):
    """Who gave us a model's rows when it was not the organisation itself (a model's `data_source`).

    Purges find their tables here instead of in a hand-written list: a new Meta-derived model declares
    `data_source = DataSource.META` and disconnect, consent withdrawal, deauthorize and data deletion remove it.
    """

    META = "META"  # shared by Meta through the organisation's connection (tokens, ads, Pages, forms, grants)


RETENTION_CATEGORIES = (
    DataCategory.LEAD_CONTACT,
    DataCategory.LEAD_ANSWERS,
    DataCategory.LEAD_NOTES,
    DataCategory.MESSAGES,
    DataCategory.AUDIT_EVENTS,
    DataCategory.USAGE_EVENTS,
    DataCategory.SESSIONS,
    DataCategory.WEBHOOK_DELIVERIES,
    DataCategory.META_ADS_DATA,
    DataCategory.EXPORT_FILES,
)


class Erase(enum.Enum):
    DELETE = "DELETE"  # the row goes with the subject
    ANONYMIZE = "ANONYMIZE"  # the value is replaced, the row stays (e.g. audit trail)
    KEEP = "KEEP"  # kept under a legal basis, reported in the receipt


@dataclass(frozen=True)
class Classification:
    category: DataCategory | None  # None: explicitly not personal data
    export: str | None = None  # label in a data export; None = not exported
    erase: Erase = Erase.DELETE
    correctable: bool = False
    encrypted: bool = False
    kept_reason: str | None = None

    @property
    def personal(self) -> bool:
        return self.category is not None and self.category is not DataCategory.SECRETS


NOT_PERSONAL = Classification(category=None)

F = TypeVar("F", bound=fields.Field)


def classify(
    field: F,
    category: DataCategory | None,
    *,
    export: str | None = None,
    erase: Erase = Erase.DELETE,
    correctable: bool = False,
    kept_reason: str | None = None,
) -> F:
    """Attach a classification to a plain (unencrypted) Tortoise field and return it."""
    field.classification = Classification(  # type: ignore[attr-defined]
        category=category,
        export=export,
        erase=erase,
        correctable=correctable,
        encrypted=False,
        kept_reason=kept_reason,
    )
    return field


def not_personal(field: F) -> F:
    """Mark a field whose name looks personal but whose content is not (a campaign's name, a slug)."""
    field.classification = NOT_PERSONAL  # type: ignore[attr-defined]
    return field


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


def _models() -> list[type[Any]]:
    found: list[type[Any]] = []
    for app_models in Tortoise.apps.values():
        found.extend(app_models.values())
    return sorted(found, key=lambda m: m.__name__)


def data_map() -> list[DataMapEntry]:
    """Every classified personal (or secret) field of every registered model."""
    entries: list[DataMapEntry] = []
    for model in _models():
        for name, field in model._meta.fields_map.items():
            classification = getattr(field, "classification", None)
            if classification is not None and classification.category is not None:
                entries.append(DataMapEntry(model, name, classification))
    return entries


def models_from(source: DataSource) -> list[type[Any]]:
    """Every registered model whose rows `source` shared with us (sorted by name)."""
    return [m for m in _models() if getattr(m, "data_source", None) is source]


def entries_for(model: type[Any]) -> list[DataMapEntry]:
    return [e for e in data_map() if e.model is model]


def personal_field_names() -> frozenset[str]:
    """Field names that hold personal data or secrets somewhere: the log redaction filter's list."""
    return frozenset(e.field_name for e in data_map())


# Names that suggest personal content; such a text or JSON field must say what it holds.
_LOOKS_PERSONAL = re.compile(
    r"(name|email|phone|address|agent|text|body|note|answer|payload|token|secret|birth|message|"
    r"detail|reason|value|data|content|summary|subject|title|label|(?:^|_)ip(?:_|$))",
    re.IGNORECASE,
)
_OPAQUE_TYPES = (fields.TextField, fields.JSONField)
_TEXT_TYPES = (fields.CharField, fields.TextField, fields.JSONField)


def unclassified_fields(models: list[type[Any]] | None = None) -> list[str]:
    """Text or JSON fields that may hold personal data yet carry no classification (must stay empty)."""
    missing: list[str] = []
    for model in models if models is not None else _models():
        for name, field in model._meta.fields_map.items():
            if not isinstance(field, _TEXT_TYPES) or field.pk:
                continue
            if name.endswith("_bidx") or hasattr(field, "classification"):
                continue
            if isinstance(field, _OPAQUE_TYPES) or _LOOKS_PERSONAL.search(name):
                missing.append(f"{model.__name__}.{name}")
    return missing
