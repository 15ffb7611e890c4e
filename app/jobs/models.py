"""The Job table: the state machine every background job runs over (at-least-once, idempotent)."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, not_personal
from app.orm import BaseModel, Updated
from app.security.fields import EncryptedJSONField


class JobKind(enum.Enum):
    META_SYNC = "META_SYNC"
    LEAD_BACKFILL = "LEAD_BACKFILL"
    LEAD_IMPORT = "LEAD_IMPORT"
    LEAD_INGEST = "LEAD_INGEST"
    EXPORT = "EXPORT"
    ERASURE = "ERASURE"
    RETENTION_SWEEP = "RETENTION_SWEEP"
    KEY_ROTATION = "KEY_ROTATION"
    WEBHOOK_DELIVERY = "WEBHOOK_DELIVERY"
    MAIL = "MAIL"
    WHATSAPP_SEND = "WHATSAPP_SEND"
    WORKFLOW_RUN = "WORKFLOW_RUN"
    WHATSAPP_WEBHOOK = "WHATSAPP_WEBHOOK"
    MAINTENANCE = "MAINTENANCE"
    BILLING_EVENT = "BILLING_EVENT"
    TASK_REMINDER = "TASK_REMINDER"
    INCIDENT_ASSESSMENT = "INCIDENT_ASSESSMENT"
    MEDIA_DOWNLOAD = "MEDIA_DOWNLOAD"
    CONVERSIONS_UPLOAD = "CONVERSIONS_UPLOAD"
    BROADCAST = "BROADCAST"
    BULK_UPDATE = "BULK_UPDATE"
    LEAD_EXPORT = "LEAD_EXPORT"


class JobStatus(enum.Enum):
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    RETRYING = "RETRYING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.SUCCEEDED, JobStatus.FAILED)


class Job(BaseModel, Updated):
    organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, on_delete=fields.CASCADE, related_name="jobs"
    )
    created_by_id = fields.UUIDField(null=True)
    kind = fields.CharEnumField(JobKind, max_length=32, db_index=True)
    status = fields.CharEnumField(JobStatus, max_length=16, default=JobStatus.QUEUED, db_index=True)
    progress = fields.SmallIntField(default=0)
    attempts = fields.SmallIntField(default=0)
    payload = not_personal(fields.JSONField(default=dict))  # ids only: Redis never sees personal data
    result = not_personal(fields.JSONField(null=True))
    # What a job may not put in `payload` (e.g. a lead filter with a searched name): sealed, never queued.
    sealed = EncryptedJSONField(DataCategory.SECRETS, export=None, erase=Erase.DELETE, null=True)
    error = not_personal(fields.CharField(max_length=500, null=True))
    dedupe_key = fields.CharField(max_length=200, null=True, unique=True)
    run_after = fields.DatetimeField(null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "job"
