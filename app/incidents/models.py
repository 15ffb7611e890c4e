"""Security incidents of one organisation, the leads an assessment found affected, and the notices sent.

What an administrator writes about an incident (title, description, summary, reasons) and the scope (which may
name IP addresses) are encrypted and kept as the Art. 33(5) documentation: category INCIDENTS, retained from
the incident's closing (1095-3650 days, default 1825).
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, not_personal
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedJSONField, EncryptedTextField

KEPT = "Documentation of a personal data breach (GDPR Art. 33(5))"


class SecurityIncidentKind(enum.Enum):
    UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"
    ACCOUNT_TAKEOVER = "ACCOUNT_TAKEOVER"
    CREDENTIAL_LEAK = "CREDENTIAL_LEAK"
    DATA_LEAK = "DATA_LEAK"
    DATA_LOSS = "DATA_LOSS"
    OTHER = "OTHER"


class SecurityIncidentStatus(enum.Enum):
    OPEN = "OPEN"
    ASSESSED = "ASSESSED"
    NOTIFIED = "NOTIFIED"  # the supervisory authority was notified (markRegulatorNotified)
    CLOSED = "CLOSED"


class SecurityIncidentNoticeAudience(enum.Enum):
    AFFECTED_USERS = "AFFECTED_USERS"
    ORGANIZATION_MEMBERS = "ORGANIZATION_MEMBERS"


def _text(**kwargs: Any) -> EncryptedTextField:
    return EncryptedTextField(DataCategory.INCIDENTS, export=None, erase=Erase.KEEP, kept_reason=KEPT, **kwargs)


class SecurityIncident(TenantModel, Updated):
    title = _text()
    description = _text()
    kind = fields.CharEnumField(SecurityIncidentKind, max_length=32)
    status = fields.CharEnumField(
        SecurityIncidentStatus, max_length=16, default=SecurityIncidentStatus.OPEN, db_index=True
    )
    detected_at = fields.DatetimeField()
    window_start = fields.DatetimeField()
    window_end = fields.DatetimeField()
    regulator_due_at = fields.DatetimeField(db_index=True)  # detected_at + 72 h (Art. 33(1))
    # {userIds, apiTokenIds, sessionIds, ipAddresses, webhookSubscriptionIds}: ids and networks as given
    scope = EncryptedJSONField(DataCategory.INCIDENTS, export=None, erase=Erase.KEEP, kept_reason=KEPT)
    reported_by_id = fields.UUIDField(null=True)
    assessment_job_id = fields.UUIDField(null=True)
    assessed_at = fields.DatetimeField(null=True)
    # {leads, users, records, categories: [{category, subjects, records}]}: counts only
    affected: Any = not_personal(fields.JSONField(null=True))
    # the account users whose sign-ins matched (the AFFECTED_USERS audience): user ids only
    affected_user_ids: Any = not_personal(fields.JSONField(default=list))
    regulator_authority = not_personal(fields.CharField(max_length=1000, null=True))
    regulator_reference = not_personal(fields.CharField(max_length=1000, null=True))
    regulator_notified_at = fields.DatetimeField(null=True)
    summary = _text(null=True)
    not_required_reason = _text(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "security_incident"
        indexes = (("organization", "created_at", "id"),)


class SecurityIncidentLead(TenantModel):
    """One lead an assessment found in a matching audit event (rewritten by every assessment run)."""

    incident: Any = fields.ForeignKeyField(
        "models.SecurityIncident", related_name="affected_lead_links", on_delete=fields.CASCADE
    )
    lead: Any = fields.ForeignKeyField("models.Lead", related_name="incident_links", on_delete=fields.CASCADE)

    class Meta:
        table = "security_incident_lead"
        unique_together = (("incident", "lead"),)


class SecurityIncidentNotice(TenantModel):
    """A notice sent to one audience; an audience may get several (updates). The message itself went out as
    notifications and mails."""

    incident: Any = fields.ForeignKeyField("models.SecurityIncident", related_name="notices", on_delete=fields.CASCADE)
    audience = fields.CharEnumField(SecurityIncidentNoticeAudience, max_length=32)
    sent_at = fields.DatetimeField()
    recipients = fields.IntField(default=0)

    class Meta:
        table = "security_incident_notice"
        indexes = (("incident", "sent_at"),)
