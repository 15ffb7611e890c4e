"""The erasure tombstone: keyed by blind indexes, consulted by every domain that creates leads."""

from __future__ import annotations

import enum

from tortoise import fields

from app.classification import not_personal
from app.orm import BaseModel


class TombstoneReason(enum.Enum):
    ERASURE = "ERASURE"
    MINOR = "MINOR"
    META_DATA_DELETION = "META_DATA_DELETION"
    RETENTION = "RETENTION"


class ErasureTombstone(BaseModel):
    """Keyed only by blind indexes: proves an erasure and blocks re-import, reveals nothing."""

    organization_id = fields.UUIDField(db_index=True)
    meta_lead_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    email_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    reason = not_personal(fields.CharEnumField(TombstoneReason, max_length=24))
    request_id = fields.UUIDField(null=True)
    erased_at = fields.DatetimeField()
    # The month the erased lead was created (first day; no finer): usage counts leads by creation month.
    lead_created_month = not_personal(fields.DateField(null=True))
    note = not_personal(fields.CharField(max_length=200, null=True))

    class Meta:
        table = "erasure_tombstone"
