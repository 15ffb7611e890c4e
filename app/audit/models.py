"""Audit events. Personal details live in encrypted columns and are anonymised, never deleted, on erasure."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, not_personal
from app.orm import BaseModel
from app.security.fields import EncryptedJSONField, EncryptedTextField


class AuditEvent(BaseModel):
    organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, on_delete=fields.CASCADE, related_name="audit_events"
    )
    actor_user_id = fields.UUIDField(null=True, db_index=True)
    actor_token_id = fields.UUIDField(null=True)
    actor_session_id = fields.UUIDField(null=True)  # the session acting (or signed in): incident assessment
    # the partner webhook subscription a delivery went to (events about data that left for a partner)
    webhook_subscription_id = fields.UUIDField(null=True)
    action = not_personal(fields.CharField(max_length=64, db_index=True), export="Action")
    target_type = not_personal(fields.CharField(max_length=32, null=True))
    target_id = fields.CharField(max_length=64, null=True, db_index=True)
    subject_bidx = fields.CharField(max_length=64, null=True, db_index=True)  # whose data the event is about
    ip_address = EncryptedTextField(DataCategory.AUDIT_EVENTS, export="IP address", erase=Erase.ANONYMIZE, null=True)
    details = EncryptedJSONField(DataCategory.AUDIT_EVENTS, export="Details", erase=Erase.ANONYMIZE, null=True)
    request_id = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "audit_event"
        ordering = ["-created_at", "-id"]
        # one organisation's trail in a time window (incident assessment, `auditEvents` newest first)
        indexes = (("organization", "created_at"),)
