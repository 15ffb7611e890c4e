"""WhatsApp broadcasts: one template sent to the leads of a filter, with one row per recipient.

The recipient row is the outbox entry of SPEC §7.6: unique per (broadcast, lead) and per (broadcast, phone),
claimed before its message is sent, so a re-run never messages anyone twice.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, classify, not_personal
from app.messaging.models import TemplateCategory
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedJSONField


class BroadcastStatus(enum.Enum):
    SCHEDULED = "SCHEDULED"
    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"

    @property
    def finished(self) -> bool:
        return self in (BroadcastStatus.COMPLETED, BroadcastStatus.CANCELLED, BroadcastStatus.FAILED)


class RecipientStatus(enum.Enum):
    PENDING = "PENDING"  # to send
    SENDING = "SENDING"  # its message is claimed (see the message's own status)
    SENT = "SENT"
    FAILED = "FAILED"
    SKIPPED = "SKIPPED"  # `reason` says why


class SkipReason(enum.Enum):
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    OBJECTION_RECORDED = "OBJECTION_RECORDED"
    NO_PHONE = "NO_PHONE"
    SAME_PHONE = "SAME_PHONE"
    MARKETING_LIMIT = "MARKETING_LIMIT"
    ERASED = "ERASED"
    CANCELLED = "CANCELLED"


class Broadcast(TenantModel, Updated):
    name = not_personal(fields.CharField(max_length=200))  # the team's label
    status = fields.CharEnumField(BroadcastStatus, max_length=16, default=BroadcastStatus.SCHEDULED, db_index=True)
    template_name = not_personal(fields.CharField(max_length=512))
    template_language = fields.CharField(max_length=16)
    template_category = fields.CharEnumField(TemplateCategory, max_length=16, null=True)
    parameters = not_personal(fields.JSONField(default=list))  # the business's fixed values
    # The lead filter as given (a search may name a person): sealed, read once when the job starts.
    lead_filter = EncryptedJSONField(DataCategory.LEAD_CONTACT, null=True)
    scheduled_at = fields.DatetimeField()
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    recipients = fields.IntField(default=0)  # leads matching when the job started
    materialized = fields.BooleanField(default=False)  # recipient rows written
    paused_reason = not_personal(fields.CharField(max_length=64, null=True))  # e.g. SUBSCRIPTION_INACTIVE
    error = not_personal(fields.CharField(max_length=300, null=True))  # a Meta error summary, no data
    job_id = fields.UUIDField(null=True)
    created_by: Any = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.SET_NULL, related_name="broadcasts"
    )

    class Meta:
        table = "broadcast"
        indexes = (("organization", "created_at", "id"),)


class BroadcastRecipient(TenantModel, Updated):
    broadcast: Any = fields.ForeignKeyField("models.Broadcast", related_name="recipient_rows", on_delete=fields.CASCADE)
    lead: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="broadcast_recipients"
    )
    lead_key = fields.UUIDField()  # the lead's id, kept after erasure for the (broadcast, lead) uniqueness
    # The phone's blind index on the one row per phone that may be messaged (null on skipped rows); blanked
    # when the lead is erased.
    phone_key = classify(fields.CharField(max_length=64, null=True), DataCategory.LEAD_CONTACT, erase=Erase.ANONYMIZE)
    status = fields.CharEnumField(RecipientStatus, max_length=16, default=RecipientStatus.PENDING, db_index=True)
    reason = not_personal(fields.CharEnumField(SkipReason, max_length=24, null=True))  # a code, no data
    message: Any = fields.ForeignKeyField(
        "models.WhatsAppMessage", null=True, on_delete=fields.SET_NULL, related_name="broadcast_recipients"
    )
    error_code = fields.IntField(null=True)
    not_before = fields.DatetimeField(null=True)  # Meta's pair rate limit: this recipient waits a little

    class Meta:
        table = "broadcast_recipient"
        unique_together = (("broadcast", "lead_key"), ("broadcast", "phone_key"))
        indexes = (("broadcast", "status"),)
