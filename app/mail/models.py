from __future__ import annotations

import enum

from tortoise import fields

from app.classification import DataCategory, not_personal
from app.orm import BaseModel
from app.security.fields import EncryptedTextField


class MailStatus(enum.Enum):
    QUEUED = "QUEUED"
    SENT = "SENT"
    KEPT = "KEPT"  # no SMTP_URL: kept in the outbox, logged without content
    FAILED = "FAILED"


class OutboxMail(BaseModel):
    """Every outgoing mail. Purged 30 days after it is sent (SPEC §6)."""

    organization_id = fields.UUIDField(null=True, db_index=True)
    to_address = EncryptedTextField(DataCategory.ACCOUNT, export=None)
    to_bidx = fields.CharField(max_length=64, db_index=True)
    subject = EncryptedTextField(DataCategory.ACCOUNT, export=None)
    body_text = EncryptedTextField(DataCategory.ACCOUNT, export=None)
    kind = not_personal(fields.CharField(max_length=48))
    status = fields.CharEnumField(MailStatus, max_length=16, default=MailStatus.QUEUED)
    attempts = fields.SmallIntField(default=0)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_mail"
