"""The data-map vocabulary: categories, erasure rules and the field-declaration helpers.

The bottom layer of the data map: every models.py classifies its fields with these names, and app/privacy/
builds the registry and the rights (export, erasure, retention) on top. It imports nothing of app/.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, TypedDict, TypeVar, Unpack

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
    MEDIA = "MEDIA"
    DISCLOSURES = "DISCLOSURES"
    INCIDENTS = "INCIDENTS"


class LegalBasis(enum.Enum):
    """Art. 6(1) GDPR bases a field may declare; fields without one take their category's default."""

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
    DataCategory.INCIDENTS,
    DataCategory.MEDIA,
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


class Purpose(enum.Enum):
    """Why a field is processed (Art. 30(1)(b) GDPR); the records of processing have one row per purpose."""

    SERVICE = "SERVICE"
    META_ADS = "META_ADS"
    LEAD_MANAGEMENT = "LEAD_MANAGEMENT"
    MESSAGING = "MESSAGING"
    ANALYTICS = "ANALYTICS"
    SECURITY = "SECURITY"
    BILLING = "BILLING"
    LEGAL = "LEGAL"


class DataMapFieldSource(enum.Enum):
    """Where a field's data comes from (Art. 14(2)(f) GDPR: the source, when not the subject)."""

    USER = "USER"  # the signed-in person themself
    ORGANIZATION = "ORGANIZATION"  # the organisation's members, about their leads
    META_LEAD_ADS = "META_LEAD_ADS"
    META_MARKETING_API = "META_MARKETING_API"
    WHATSAPP = "WHATSAPP"
    STRIPE = "STRIPE"
    SYSTEM = "SYSTEM"  # the service records it itself (audit, sessions, deliveries)


@dataclass(frozen=True)
class Processing:
    """What a field is processed for, on which basis, from where, and which processors receive it."""

    purposes: tuple[Purpose, ...]
    legal_basis: LegalBasis
    sources: tuple[DataMapFieldSource, ...]  # every source the data can come from, the main one first
    recipients: tuple[str, ...]  # processor keys of the processors file (QUANTIX_PROCESSORS_FILE)


def _processing(purposes: str, basis: LegalBasis, sources: str, recipients: str = "hosting") -> Processing:
    return Processing(
        tuple(Purpose(p) for p in purposes.split()),
        basis,
        tuple(DataMapFieldSource(s) for s in sources.split()),
        tuple(recipients.split()),
    )


_B = LegalBasis
# A lead's contact details come from a Lead Ads form, the organisation's team (entered, imported or sent through
# the API: LeadSource MANUAL, IMPORT, API) or an inbound WhatsApp message (LeadSource WHATSAPP).
_LEAD_SOURCES = "META_LEAD_ADS ORGANIZATION WHATSAPP"
# Each category's default processing; a field's `classify(...)` (or encrypted field) may override any part.
# A new category needs a row here (or every field of it must declare all four); tests/test_datamap.py checks.
CATEGORY_PROCESSING: dict[DataCategory, Processing] = {
    DataCategory.ACCOUNT: _processing("SERVICE", _B.CONTRACT, "USER", "hosting mail"),
    DataCategory.LEAD_CONTACT: _processing("LEAD_MANAGEMENT", _B.CONTRACT, _LEAD_SOURCES, "hosting meta"),
    DataCategory.LEAD_ANSWERS: _processing("LEAD_MANAGEMENT", _B.CONTRACT, "META_LEAD_ADS ORGANIZATION"),
    DataCategory.LEAD_NOTES: _processing("LEAD_MANAGEMENT", _B.LEGITIMATE_INTEREST, "ORGANIZATION"),
    DataCategory.MESSAGES: _processing("MESSAGING", _B.CONTRACT, "WHATSAPP", "hosting whatsapp"),
    DataCategory.AUDIT_EVENTS: _processing("SECURITY LEGAL", _B.LEGITIMATE_INTEREST, "SYSTEM"),
    DataCategory.USAGE_EVENTS: _processing("ANALYTICS", _B.CONSENT, "SYSTEM"),
    DataCategory.SESSIONS: _processing("SECURITY", _B.LEGITIMATE_INTEREST, "SYSTEM"),
    DataCategory.WEBHOOK_DELIVERIES: _processing("LEAD_MANAGEMENT", _B.CONTRACT, "SYSTEM"),
    DataCategory.META_ADS_DATA: _processing("META_ADS", _B.CONTRACT, "META_MARKETING_API", "hosting meta"),
    DataCategory.EXPORT_FILES: _processing("SERVICE", _B.CONTRACT, "SYSTEM"),
    DataCategory.CONSENTS: _processing("LEGAL", _B.LEGAL_OBLIGATION, "USER"),
    DataCategory.PRIVACY_REQUESTS: _processing("LEGAL", _B.LEGAL_OBLIGATION, "USER", "hosting mail"),
    DataCategory.SECRETS: _processing("SECURITY", _B.CONTRACT, "SYSTEM"),
    DataCategory.BILLING: _processing("BILLING", _B.CONTRACT, "STRIPE", "hosting stripe"),
    DataCategory.INVOICES: _processing("BILLING LEGAL", _B.LEGAL_OBLIGATION, "STRIPE", "hosting stripe"),
    DataCategory.DEALS: _processing("LEAD_MANAGEMENT", _B.LEGITIMATE_INTEREST, "ORGANIZATION"),
    DataCategory.TASKS: _processing("LEAD_MANAGEMENT", _B.LEGITIMATE_INTEREST, "ORGANIZATION"),
    DataCategory.MEDIA: _processing("MESSAGING", _B.CONTRACT, "WHATSAPP", "hosting whatsapp"),
    DataCategory.DISCLOSURES: _processing("LEGAL", _B.LEGAL_OBLIGATION, "SYSTEM"),
    DataCategory.INCIDENTS: _processing("SECURITY LEGAL", _B.LEGAL_OBLIGATION, "SYSTEM"),
}


@dataclass(frozen=True)
class Classification:
    """How one field is treated. Unset processing parts (None) take the category's default on creation;
    a part still None afterwards (no default, none declared) fails the data-map test."""

    category: DataCategory | None  # None: explicitly not personal data
    export: str | None = None  # label in a data export; None = not exported
    erase: Erase = Erase.DELETE
    correctable: bool = False
    encrypted: bool = False
    kept_reason: str | None = None
    legal_basis: LegalBasis | None = None
    purposes: tuple[Purpose, ...] | None = None
    sources: tuple[DataMapFieldSource, ...] | None = None
    recipients: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        default = CATEGORY_PROCESSING.get(self.category) if self.category is not None else None
        if default is None:
            return
        for name in ("legal_basis", "purposes", "sources", "recipients"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, getattr(default, name))

    @property
    def personal(self) -> bool:
        return self.category is not None and self.category is not DataCategory.SECRETS

    @property
    def declares_processing(self) -> bool:
        """Purposes, legal basis, sources and recipients are all known (declared or by category default)."""
        return bool(self.purposes) and bool(self.sources) and None not in (self.legal_basis, self.recipients)


NOT_PERSONAL = Classification(category=None)

F = TypeVar("F", bound=fields.Field)


class ClassifyOptions(TypedDict, total=False):
    """How a field is treated beyond its category, as `classify` and the encrypted fields take it; what is
    left out takes Classification's default."""

    export: str | None
    erase: Erase
    correctable: bool
    kept_reason: str | None
    legal_basis: LegalBasis | None
    purposes: tuple[Purpose, ...] | None
    sources: tuple[DataMapFieldSource, ...] | None
    recipients: tuple[str, ...] | None


def classify(field: F, category: DataCategory | None, **options: Unpack[ClassifyOptions]) -> F:
    """Attach a classification to a plain (unencrypted) Tortoise field and return it.

    `legal_basis`, `purposes`, `sources` and `recipients` (processor keys) default to the category's row
    of CATEGORY_PROCESSING; pass them to say that this field is processed differently.
    """
    field.classification = Classification(category=category, encrypted=False, **options)  # type: ignore[attr-defined]
    return field


def not_personal(field: F, *, export: str | None = None) -> F:
    """Mark a field whose name looks personal but whose content is not (a campaign's name, a slug). `export` labels
    it in a data export, beside the personal fields of its rows, when it says what a record is (an event's name)."""
    classification = Classification(category=None, export=export) if export else NOT_PERSONAL
    field.classification = classification  # type: ignore[attr-defined]
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
