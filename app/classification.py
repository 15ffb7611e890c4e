"""The data-map vocabulary: categories, erasure rules and the field-declaration helpers.

The bottom layer of the data map: every models.py classifies its fields with these names, and app/privacy/
builds the registry and the rights (export, erasure, retention) on top. It imports nothing of app/.
"""

from __future__ import annotations

import enum
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
    BILLING = "BILLING"
    INVOICES = "INVOICES"
    DEALS = "DEALS"
    TASKS = "TASKS"
    DISCLOSURES = "DISCLOSURES"  # what left to whom (SPEC §7.6): kept as long as the lead


class LegalBasis(enum.Enum):
    """Art. 6(1) GDPR bases a field may declare; fields without one are processed under the contract."""

    CONTRACT = "CONTRACT"
    CONSENT = "CONSENT"
    LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST"
    LEGAL_OBLIGATION = "LEGAL_OBLIGATION"


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
    DataCategory.DEALS,
    DataCategory.TASKS,
    DataCategory.INVOICES,
)


class DataSource(enum.Enum):
    """Who gave us a model's rows when it was not the organisation itself (a model's `data_source`).

    Purges find their tables here instead of in a hand-written list: a new Meta-derived model declares
    `data_source = DataSource.META` and disconnect, consent withdrawal, deauthorize and data deletion remove it.
    """

    META = "META"  # shared by Meta through the organisation's connection (tokens, ads, Pages, forms, grants)


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
    legal_basis: LegalBasis = LegalBasis.CONTRACT

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
    legal_basis: LegalBasis = LegalBasis.CONTRACT,
) -> F:
    """Attach a classification to a plain (unencrypted) Tortoise field and return it."""
    field.classification = Classification(  # type: ignore[attr-defined]
        category=category,
        export=export,
        erase=erase,
        correctable=correctable,
        encrypted=False,
        kept_reason=kept_reason,
        legal_basis=legal_basis,
    )
    return field


def not_personal(field: F) -> F:
    """Mark a field whose name looks personal but whose content is not (a campaign's name, a slug)."""
    field.classification = NOT_PERSONAL  # type: ignore[attr-defined]
    return field


def registered_models() -> list[type[Any]]:
    """Every model Tortoise has registered, sorted by name: the tables the data map is read from."""
    found: list[type[Any]] = []
    for app_models in Tortoise.apps.values():
        found.extend(app_models.values())
    return sorted(found, key=lambda m: m.__name__)


def models_from(source: DataSource) -> list[type[Any]]:
    """Every registered model whose rows `source` shared with us (sorted by name): what a purge deletes."""
    return [m for m in registered_models() if getattr(m, "data_source", None) is source]
