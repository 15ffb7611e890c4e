"""In-app notifications and the sign-in devices a user has been seen on.

A notification belongs to one recipient. Most kinds belong to one organisation too (through the recipient's
membership, so leaving or being removed from it removes them); SECURITY_NOTICE and POLICY_CHANGED follow the
user into every organisation. Title and body never hold a lead's name: a notification about a lead keeps it
apart in `lead_name` (LEAD_CONTACT, erased with the lead) and shows it where the text says `{lead}`.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, DataMapFieldSource, classify, not_personal
from app.orm import BaseModel
from app.security.fields import EncryptedTextField


class NotificationKind(enum.Enum):
    POLICY_CHANGED = "POLICY_CHANGED"
    PROCESSORS_CHANGED = "PROCESSORS_CHANGED"
    SECURITY_NOTICE = "SECURITY_NOTICE"
    INCIDENT = "INCIDENT"
    PRIVACY_REQUEST = "PRIVACY_REQUEST"
    INTEGRATION_HEALTH = "INTEGRATION_HEALTH"
    BILLING = "BILLING"
    TASK_DUE = "TASK_DUE"
    LEAD_ASSIGNED = "LEAD_ASSIGNED"
    TEMPLATE_STATUS = "TEMPLATE_STATUS"


# Kinds about the person rather than an organisation: shown in every organisation the user acts in.
USER_KINDS = frozenset({NotificationKind.SECURITY_NOTICE, NotificationKind.POLICY_CHANGED})

LEAD_PLACEHOLDER = "{lead}"


class Notification(BaseModel):
    user: Any = fields.ForeignKeyField("models.User", related_name="notifications", on_delete=fields.CASCADE)
    organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, related_name="notifications", on_delete=fields.CASCADE
    )
    # The recipient's membership for organisation kinds: ending it (leave, removal) deletes the notification.
    membership: Any = fields.ForeignKeyField(
        "models.Membership", null=True, related_name="notifications", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(NotificationKind, max_length=24)
    topic = not_personal(fields.CharField(max_length=64, null=True))  # e.g. security.lockout: rate limits
    title = EncryptedTextField(DataCategory.ACCOUNT, export="Title", sources=(DataMapFieldSource.SYSTEM,))
    body = EncryptedTextField(DataCategory.ACCOUNT, export="Text", sources=(DataMapFieldSource.SYSTEM,))
    link = not_personal(fields.CharField(max_length=2048, null=True))
    lead: Any = fields.ForeignKeyField("models.Lead", null=True, related_name="notifications", on_delete=fields.CASCADE)
    lead_name = EncryptedTextField(
        DataCategory.LEAD_CONTACT, export="Lead name", null=True, recipients=("hosting",)
    )  # shown in the app only: mails never carry it; the lead's data, so in the lead's access export only
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "notification"
        indexes = (("user", "created_at", "id"),)

    def shown(self, text: str) -> str:
        """The text as the recipient sees it in the app: the lead's name where it says `{lead}`."""
        return text.replace(LEAD_PLACEHOLDER, self.lead_name or "a lead")


class SignInDevice(BaseModel):
    """A (browser family, OS family, IP) a user signed in from, kept as a keyed hash: new ones get a notice."""

    user: Any = fields.ForeignKeyField("models.User", related_name="sign_in_devices", on_delete=fields.CASCADE)
    # HMAC of browser family, OS family and IP: pseudonymous, never exported, deleted with the user.
    fingerprint = classify(fields.CharField(max_length=64), DataCategory.SESSIONS)
    last_seen_at = fields.DatetimeField()

    class Meta:
        table = "sign_in_device"
        unique_together = (("user", "fingerprint"),)
