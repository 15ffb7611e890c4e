"""Records of the privacy engine: legal holds, receipt keys, consents, objections, retention rules, usage.

Consents and objections are append-only histories: the current state is the newest row per purpose.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields
from tortoise.models import Model

from app.classification import DataCategory, Erase, classify, not_personal
from app.orm import BaseModel, TenantModel, Updated
from app.security.fields import EncryptedJSONField, EncryptedTextField


class LegalHold(TenantModel):
    """Keeps one subject's rows from erasure and retention until released."""

    lead_id = fields.UUIDField(null=True, db_index=True)
    user_id = fields.UUIDField(null=True, db_index=True)
    reason = EncryptedTextField(
        DataCategory.PRIVACY_REQUESTS, export=None, erase=Erase.KEEP, kept_reason="Legal hold evidence"
    )
    placed_by_id = fields.UUIDField(null=True)
    released_at = fields.DatetimeField(null=True)
    released_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "legal_hold"


class ReceiptKey(BaseModel):
    """Every Ed25519 public key that ever signed a receipt: `/.well-known/quantix-receipt-key` lists them."""

    kid = fields.CharField(max_length=64, unique=True)
    public_key = fields.CharField(max_length=64)  # base64url of the raw 32-byte public key (JWK `x`)

    class Meta:
        table = "receipt_key"


class ConsentPurpose(enum.Enum):
    ANALYTICS = "ANALYTICS"
    MARKETING_EMAIL = "MARKETING_EMAIL"
    WHATSAPP = "WHATSAPP"
    META_INTEGRATION = "META_INTEGRATION"
    AD_MEASUREMENT = "AD_MEASUREMENT"  # leads sent to Meta's Conversions API under the CONSENT basis


class ObjectionKind(enum.Enum):
    DIRECT_MARKETING = "DIRECT_MARKETING"
    AUTOMATED_DECISIONS = "AUTOMATED_DECISIONS"


class ConsentChange(Model):
    """What a user's and a lead's consent ledgers both record of one change: the person's choice is their
    data, so an access export shows what was granted or withdrawn, when, how and under which policy."""

    purpose = classify(fields.CharEnumField(ConsentPurpose, max_length=24), DataCategory.CONSENTS, export="Purpose")
    granted = classify(fields.BooleanField(), DataCategory.CONSENTS, export="Granted")
    source = classify(fields.CharField(max_length=48), DataCategory.CONSENTS, export="Source")
    policy_version = classify(
        fields.CharField(max_length=32, null=True), DataCategory.CONSENTS, export="Policy version"
    )
    evidence = EncryptedJSONField(DataCategory.CONSENTS, export="Consent evidence", null=True)

    class Meta:
        abstract = True


class UserConsent(BaseModel, ConsentChange):
    """One change of a user's consent (append-only)."""

    user: Any = fields.ForeignKeyField("models.User", related_name="consents", on_delete=fields.CASCADE)
    organization_id = fields.UUIDField(null=True)

    class Meta:
        table = "user_consent"
        indexes = (("user", "purpose", "created_at"),)


class LeadConsent(TenantModel, ConsentChange):
    """One change of a lead's consent (append-only): form, question, text shown, channel."""

    lead: Any = fields.ForeignKeyField("models.Lead", related_name="consents", on_delete=fields.CASCADE)
    recorded_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "lead_consent"
        indexes = (("lead", "purpose", "created_at"),)


class ObjectionRecord(Model):
    """What a user's and a lead's objections both record: what is objected to, and how it reached us (the
    person's own choice: in their access export beside their consents)."""

    kind = classify(fields.CharEnumField(ObjectionKind, max_length=24), DataCategory.CONSENTS, export="Objection")
    source = classify(fields.CharField(max_length=48), DataCategory.CONSENTS, export="Source")

    class Meta:
        abstract = True


class LeadObjection(TenantModel, ObjectionRecord):
    """An objection by a lead to direct marketing or automated decisions."""

    lead: Any = fields.ForeignKeyField("models.Lead", related_name="objections", on_delete=fields.CASCADE)
    recorded_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "lead_objection"
        unique_together = (("lead", "kind"),)


class UserObjection(BaseModel, ObjectionRecord):
    """An objection by a user (about their own account's processing)."""

    user: Any = fields.ForeignKeyField("models.User", related_name="objections", on_delete=fields.CASCADE)

    class Meta:
        table = "user_objection"
        unique_together = (("user", "kind"),)


class RetentionAction(enum.Enum):
    DELETE = "DELETE"
    ANONYMIZE = "ANONYMIZE"


class RetentionRule(TenantModel, Updated):
    """An organisation's retention for one category, within the platform bounds."""

    category = fields.CharEnumField(DataCategory, max_length=32)
    days = fields.IntField()
    action = fields.CharEnumField(RetentionAction, max_length=16, default=RetentionAction.DELETE)

    class Meta:
        table = "retention_rule"
        unique_together = (("organization", "category"),)


class UsageEvent(BaseModel):
    """Product analytics, stored only with the user's ANALYTICS consent."""

    user: Any = fields.ForeignKeyField("models.User", related_name="usage_events", on_delete=fields.CASCADE)
    organization_id = fields.UUIDField(null=True, db_index=True)
    name = not_personal(fields.CharField(max_length=200))
    path = EncryptedTextField(DataCategory.USAGE_EVENTS, export="Page", null=True)
    referrer = EncryptedTextField(DataCategory.USAGE_EVENTS, export="Referrer", null=True)
    session_id = fields.UUIDField(null=True, db_index=True)  # the sign-in it came from (sessions in reports)
    # "browser / os / deviceType" families parsed from the user agent at record time (no raw user agent).
    device = classify(fields.CharField(max_length=120, null=True), DataCategory.USAGE_EVENTS, export="Device")

    class Meta:
        table = "usage_event"
        indexes = (("created_at",),)
