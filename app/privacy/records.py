"""Records of processing activities (Art. 30 GDPR), built from what the code declares rather than written by hand.

One row per purpose: the data map says which categories serve it, on which legal basis and from which sources;
its recipients are the processors that receive any of those categories (`category_recipients`), with where they
are and which safeguard covers a transfer; the organisation's retention rules say how long each category is kept;
the data map's encrypted fields and blind indexes are the technical measures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from typing import Any

from app.accounts.models import Organization
from app.classification import CATEGORY_PROCESSING, DataCategory, Purpose
from app.legal.processors import active_processors
from app.privacy.datamap import DataMapEntry, data_map
from app.privacy.retention import retention_rules
from app.privacy.retention_rules import retention_label
from app.processors import ProcessorEntry, is_transfer
from app.settings import Settings, get_settings

ACCOUNT_USERS, LEADS = "ACCOUNT_USERS", "LEADS"
_LEADS_ONLY = {
    DataCategory.LEAD_CONTACT,
    DataCategory.LEAD_ANSWERS,
    DataCategory.LEAD_NOTES,
    DataCategory.MESSAGES,
    DataCategory.DEALS,
    DataCategory.TASKS,
    DataCategory.MEDIA,
    DataCategory.DISCLOSURES,
    DataCategory.WEBHOOK_DELIVERIES,
}
_BOTH = {
    DataCategory.META_ADS_DATA,  # a member's Meta account (MetaConnection), a lead's ad click (LeadReferral)
    DataCategory.AUDIT_EVENTS,
    DataCategory.CONSENTS,
    DataCategory.PRIVACY_REQUESTS,
    DataCategory.EXPORT_FILES,
    DataCategory.INCIDENTS,
}
# Categories without a retention rule: how long they are kept, in words.
_KEPT_WITHOUT_RULE = {
    DataCategory.ACCOUNT: "while the account exists; erased with the account",
    DataCategory.CONSENTS: "while the account or lead exists (proof of consent, Art. 7(1))",
    DataCategory.PRIVACY_REQUESTS: "while the account or lead exists; the receipt outlives it",
    DataCategory.SECRETS: "while the account, token or connection exists",
    DataCategory.BILLING: "while the organisation exists; erased with it",
    DataCategory.DISCLOSURES: "as long as the lead",
}
COLUMNS = (
    "purpose",
    "subjects",
    "categories",
    "legalBasis",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "securityMeasures",
)


def subjects_of(category: DataCategory) -> list[str]:
    if category in _LEADS_ONLY:
        return [LEADS]
    if category in _BOTH:
        return [ACCOUNT_USERS, LEADS]
    return [ACCOUNT_USERS]


def _entries_by_purpose() -> dict[Purpose, list[DataMapEntry]]:
    found: dict[Purpose, list[DataMapEntry]] = {}
    for entry in data_map():
        if not entry.classification.personal:
            continue
        for purpose in entry.classification.purposes or ():
            found.setdefault(purpose, []).append(entry)
    return found


def category_recipients(settings: Settings | None = None) -> dict[DataCategory, list[ProcessorEntry]]:
    """Per category, the processors this configuration sends it to, in the file's order: every processor
    (built-in or the organisation's own) whose entry in QUANTIX_PROCESSORS_FILE lists the category, and those
    the code sends it to (the data map's fields and the category's default). The one rule behind the records of
    processing and the recipients an access export names."""
    active = active_processors(settings)
    sent = {category: set(processing.recipients) for category, processing in CATEGORY_PROCESSING.items()}
    for entry in data_map():
        if entry.classification.category is not None:
            sent[entry.classification.category].update(entry.classification.recipients or ())
    return {
        category: [p for p in active.values() if category.value in p.categories or p.key in sent[category]]
        for category in DataCategory
    }


async def retention_texts(organization_id: uuid.UUID | None) -> dict[DataCategory, str]:
    """How long each category is kept, in words: the organisation's rule, else the platform default."""
    own = {r.category: r for r in await retention_rules(organization_id)} if organization_id else {}
    texts: dict[DataCategory, str] = {}
    for category in DataCategory:
        rule = own.get(category)
        label = (
            retention_label(category, rule.days, rule.action.value)
            if rule is not None and not rule.is_default
            else retention_label(category)
        )
        texts[category] = label or _KEPT_WITHOUT_RULE.get(category, "while the account or lead exists")
    return texts


async def records_of_processing(organization_id: uuid.UUID, settings: Settings | None = None) -> dict[str, Any]:
    """The organisation's records of processing as one JSON document (`purposes` = the rows)."""
    settings = settings or get_settings()
    org = await Organization.get(id=organization_id)
    receiving = category_recipients(settings)
    retention = await retention_texts(organization_id)
    rows = []
    for purpose, entries in sorted(_entries_by_purpose().items(), key=lambda item: item[0].value):
        categories = sorted(
            {e.classification.category for e in entries if e.classification.category}, key=lambda c: c.value
        )
        processors = sorted({p for c in categories for p in receiving[c]}, key=lambda p: p.key)
        recipients = [
            {"key": p.key, "name": p.name, "country": p.country, "transfer": is_transfer(p, settings.data_region)}
            for p in processors
        ]
        transfers = [
            {"processor": p.key, "country": p.country, "safeguard": p.safeguard.value}
            for p in processors
            if is_transfer(p, settings.data_region)
        ]
        encrypted = sorted(f"{e.model_name}.{e.field_name}" for e in entries if e.classification.encrypted)
        blind = sorted(
            {f"{e.model_name}.{name}" for e in entries for name in e.model._meta.fields_map if name.endswith("_bidx")}
        )
        rows.append(
            {
                "purpose": purpose.value,
                "subjects": sorted({s for c in categories for s in subjects_of(c)}),
                "categories": [c.value for c in categories],
                "legalBasis": sorted(
                    {e.classification.legal_basis.value for e in entries if e.classification.legal_basis}
                ),
                "sources": sorted({s.value for e in entries for s in e.classification.sources or ()}),
                "recipients": recipients,
                "transfers": transfers,
                "retention": [{"category": c.value, "rule": retention[c]} for c in categories],
                "securityMeasures": {
                    "encryptionAtRest": encrypted,
                    "blindIndexes": blind,
                    "mfa": "required for every member of this organisation"
                    if org.require_mfa
                    else "available to every user (TOTP); the organisation may require it",
                    "audit": "reads of contact data, exports, deliveries, sign-ins and changes are recorded "
                    "in the audit trail",
                    "transport": "TLS",
                },
                "fields": sorted(f"{e.model_name}.{e.field_name}" for e in entries),
            }
        )
    return {
        "controller": {"organization": org.name, "organizationId": str(org.id)},
        "processor": {"name": "QuantixOne", "privacyContact": settings.privacy_contact},
        "dataRegion": settings.data_region,
        "generatedAt": dt.datetime.now(dt.UTC).isoformat(),
        "purposes": rows,
    }


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items() if k != "transport" or v)
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and "safeguard" in item:
                parts.append(f"{item['processor']} ({item['country']}, {item['safeguard']})")
            elif isinstance(item, dict) and "rule" in item:
                parts.append(f"{item['category']}: {item['rule']}")
            elif isinstance(item, dict) and "name" in item:
                parts.append(f"{item['name']} ({item['country']})")
            else:
                parts.append(_cell(item))
        return ", ".join(parts) if all(not isinstance(i, dict) for i in value) else "; ".join(parts)
    return str(value)


def records_csv(document: dict[str, Any]) -> str:
    """The rows as CSV (one per purpose; lists joined in words); cells cannot start a spreadsheet formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in document["purposes"]:
        cells = [_cell(row[c]) for c in COLUMNS]
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@", "\t", "\r") else c for c in cells])
    return buffer.getvalue()
