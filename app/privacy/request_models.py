"""Privacy requests (one state machine for every right) and the export files they produce."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, classify, not_personal
from app.orm import BaseModel, Updated
from app.security.fields import EncryptedJSONField, EncryptedTextField, SealedChunk, SecretField


class RequestType(enum.Enum):
    ACCESS = "ACCESS"
    PORTABILITY = "PORTABILITY"
    RECTIFICATION = "RECTIFICATION"
    ERASURE = "ERASURE"
    OBJECTION = "OBJECTION"
    CONSENT_WITHDRAWAL = "CONSENT_WITHDRAWAL"
    MINOR_REPORT = "MINOR_REPORT"  # someone reports that a lead or user is a minor (SPEC §7.2)


class SubjectKind(enum.Enum):
    ACCOUNT = "ACCOUNT"
    LEAD = "LEAD"
    META_USER = "META_USER"
    ORGANIZATION = "ORGANIZATION"  # deleteOrganization: every row the organisation holds


class RequestStatus(enum.Enum):
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    VERIFIED = "VERIFIED"
    SCHEDULED = "SCHEDULED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"

    @property
    def open(self) -> bool:
        return self not in (RequestStatus.COMPLETED, RequestStatus.REJECTED, RequestStatus.CANCELLED)


class RequestChannel(enum.Enum):
    """Where the request came from: it decides who is told and whether an admin must approve."""

    PUBLIC = "PUBLIC"  # the no-sign-in intake; the subject is only an email until verified
    ACCOUNT = "ACCOUNT"  # a signed-in user about their own account
    ADMIN = "ADMIN"  # an admin acting for a subject (deleteLead, flagMinor)
    META = "META"  # Meta's data-deletion callback


class IntakeChannel(enum.Enum):
    """How the request reached the organisation (`PrivacyRequest.channel`, SPEC §7.2/§7.7).

    WEB = the privacy-center form; API = submitPrivacyRequest or a signed-in user's own request;
    META = the data-deletion callback; EMAIL/PHONE/POST/IN_PERSON only through logPrivacyRequest.
    """

    WEB = "WEB"
    API = "API"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    POST = "POST"
    IN_PERSON = "IN_PERSON"
    META = "META"


LOGGED_CHANNELS = (IntakeChannel.EMAIL, IntakeChannel.PHONE, IntakeChannel.POST, IntakeChannel.IN_PERSON)


class ExportFormat(enum.Enum):
    JSON = "JSON"
    CSV = "CSV"


class PrivacyRequest(BaseModel, Updated):
    """One request about one subject. `organization` is null only for a META_USER request (many orgs)."""

    organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, on_delete=fields.CASCADE, related_name="privacy_requests"
    )
    type = fields.CharEnumField(RequestType, max_length=24)
    subject_kind = not_personal(fields.CharEnumField(SubjectKind, max_length=16))
    status = fields.CharEnumField(RequestStatus, max_length=24, db_index=True)
    channel = fields.CharEnumField(RequestChannel, max_length=16)
    # How it arrived (null on rows from before the field: derived from `channel`, see intake_channel_of).
    intake_channel = fields.CharEnumField(IntakeChannel, max_length=16, null=True)
    # The objection's kind, named explicitly by the requester (never guessed from the details).
    objection_kind = not_personal(fields.CharField(max_length=24, null=True))
    subject_user: Any = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.SET_NULL, related_name="privacy_requests"
    )
    subject_lead_id = fields.UUIDField(null=True, db_index=True)  # no FK: the request outlives an erased lead
    email = EncryptedTextField(DataCategory.PRIVACY_REQUESTS, export="Contact email", null=True)
    email_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    phone = EncryptedTextField(DataCategory.PRIVACY_REQUESTS, export="Contact phone", null=True)
    details = EncryptedTextField(DataCategory.PRIVACY_REQUESTS, export="Request details", null=True)
    export_format = fields.CharEnumField(ExportFormat, max_length=8, null=True)
    confirmation_code = fields.CharField(max_length=24, unique=True)
    code_hash = classify(fields.CharField(max_length=64, null=True), DataCategory.SECRETS)
    code_expires_at = fields.DatetimeField(null=True)
    code_attempts = fields.SmallIntField(default=0, db_default=0)
    received_at = fields.DatetimeField()
    verified_at = fields.DatetimeField(null=True)
    due_at = fields.DatetimeField(null=True, db_index=True)
    scheduled_for = fields.DatetimeField(null=True, db_index=True)
    completed_at = fields.DatetimeField(null=True)
    extended_days = fields.SmallIntField(default=0, db_default=0)
    extensions = EncryptedJSONField(
        DataCategory.PRIVACY_REQUESTS,
        export="Deadline extensions",
        erase=Erase.KEEP,
        null=True,
        kept_reason="Evidence that the request was handled within its deadline.",
    )
    rejection_reason = EncryptedTextField(
        DataCategory.PRIVACY_REQUESTS,
        export="Rejection reason",
        erase=Erase.KEEP,
        null=True,
        kept_reason="Evidence of how the request was answered.",
    )
    outcome = not_personal(fields.JSONField(null=True))  # counts, categories and legal bases only
    job_id = fields.UUIDField(null=True)
    reminded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "privacy_request"
        indexes = (("organization", "status", "received_at"),)


def intake_channel_of(request: PrivacyRequest) -> IntakeChannel:
    """The channel shown to admins; rows without one are derived from the internal route."""
    if request.intake_channel is not None:
        return request.intake_channel
    return IntakeChannel.META if request.channel is RequestChannel.META else IntakeChannel.API


class ExportFile(BaseModel):
    """A finished export ZIP, sealed at rest with its own data key, served by `/exports/{token}`."""

    request: Any = fields.ForeignKeyField("models.PrivacyRequest", related_name="exports", on_delete=fields.CASCADE)
    # The subject's own rows: an erasure of the user or lead deletes their export files with them.
    # Indexed: deleting a user or lead cascades here, and would otherwise scan the table.
    subject_user: Any = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.CASCADE, related_name="export_files", db_index=True
    )
    subject_lead: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.CASCADE, related_name="export_files", db_index=True
    )
    data_key = SecretField()
    format = fields.CharEnumField(ExportFormat, max_length=8)
    size_bytes = fields.BigIntField()
    sha256 = classify(fields.CharField(max_length=64), DataCategory.EXPORT_FILES)
    expires_at = fields.DatetimeField(db_index=True)
    downloads = fields.SmallIntField(default=0, db_default=0)
    chunk_count = fields.IntField(default=0, db_default=0)

    class Meta:
        table = "privacy_export_file"


class ExportChunk(BaseModel, SealedChunk):
    """One sealed slice of an export ZIP."""

    export: Any = fields.ForeignKeyField("models.ExportFile", related_name="chunks", on_delete=fields.CASCADE)

    class Meta:
        table = "privacy_export_chunk"
        unique_together = (("export", "seq"),)
