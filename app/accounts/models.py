"""Organisations, users, memberships, sessions, API tokens, invitations and policy versions."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, classify, not_personal
from app.orm import BaseModel, TenantModel, Updated
from app.security.fields import EncryptedTextField, SecretField


class Role(enum.IntEnum):
    """Ordered: a higher role can do everything a lower one can."""

    VIEWER = 10
    MEMBER = 20
    ADMIN = 30
    OWNER = 40


class UserStatus(enum.Enum):
    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"  # flagged minor, or awaiting erasure
    ERASED = "ERASED"


class Organization(BaseModel):
    name = not_personal(fields.CharField(max_length=200))
    slug = fields.CharField(max_length=64, unique=True)
    default_country = fields.CharField(max_length=2, default="US", db_default="US")
    require_mfa = fields.BooleanField(default=False, db_default=False)
    lead_count = fields.IntField(default=0, db_default=0)  # maintained counter for cheap totalCount
    currency = fields.CharField(max_length=3, default="EUR", db_default="EUR")  # ISO 4217: deals and reports
    # Published on the privacy center (a role address or page, mailto:/https:); null = QUANTIX_PRIVACY_CONTACT.
    privacy_contact = not_personal(fields.CharField(max_length=500, null=True))
    privacy_policy_url = fields.CharField(max_length=2048, null=True)  # /privacy/{slug}/policy redirects here

    class Meta:
        table = "organization"

    @classmethod
    async def country_of(cls, organization_id: Any) -> str:
        """The organisation's default country, in which its national phone numbers (leads' phones, search terms,
        PHONE values) are read: one statement, for a whole batch of leads."""
        country = await cls.filter(id=organization_id).first().values_list("default_country", flat=True)
        return str(country or "US")


class User(BaseModel, Updated):
    email = EncryptedTextField(DataCategory.ACCOUNT, export="Email", correctable=True)
    email_bidx = fields.CharField(max_length=64, unique=True)
    full_name = EncryptedTextField(DataCategory.ACCOUNT, export="Full name", correctable=True)
    phone = EncryptedTextField(DataCategory.ACCOUNT, export="Phone", correctable=True, null=True)
    job_title = EncryptedTextField(DataCategory.ACCOUNT, export="Job title", correctable=True, null=True)
    password_hash = classify(fields.CharField(max_length=255), DataCategory.SECRETS)
    totp_secret = SecretField(null=True)
    mfa_enabled = fields.BooleanField(default=False, db_default=False)
    totp_last_step = fields.BigIntField(null=True)
    status = fields.CharEnumField(UserStatus, max_length=16, default=UserStatus.ACTIVE)
    accepted_policy_version = fields.CharField(max_length=32, null=True)
    time_zone = not_personal(fields.CharField(max_length=64, default="UTC", db_default="UTC"))  # IANA, for "today"
    last_organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, on_delete=fields.SET_NULL, related_name=False
    )

    class Meta:
        table = "user_account"


class RecoveryCode(BaseModel):
    user: Any = fields.ForeignKeyField("models.User", related_name="recovery_codes", on_delete=fields.CASCADE)
    code_hash = classify(fields.CharField(max_length=64), DataCategory.SECRETS)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "recovery_code"


class Membership(TenantModel):
    user: Any = fields.ForeignKeyField("models.User", related_name="memberships", on_delete=fields.CASCADE)
    role = fields.IntEnumField(Role)

    class Meta:
        table = "membership"
        unique_together = (("organization", "user"),)


class Session(BaseModel):
    """A sign-in. Only the SHA-256 of the bearer token is stored."""

    user: Any = fields.ForeignKeyField("models.User", related_name="sessions", on_delete=fields.CASCADE)
    organization: Any = fields.ForeignKeyField(
        "models.Organization", null=True, on_delete=fields.SET_NULL, related_name="sessions"
    )
    token_hash = classify(fields.CharField(max_length=64, unique=True), DataCategory.SECRETS)
    ip_address = EncryptedTextField(DataCategory.SESSIONS, export="IP address", null=True)
    user_agent = EncryptedTextField(DataCategory.SESSIONS, export="User agent", null=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "session"


class ApiToken(TenantModel):
    """A partner token (`qx_...`), scoped to one organisation; only its hash is stored."""

    created_by: Any = fields.ForeignKeyField("models.User", related_name="api_tokens", on_delete=fields.CASCADE)
    name = not_personal(fields.CharField(max_length=200))
    token_hash = classify(fields.CharField(max_length=64, unique=True), DataCategory.SECRETS)
    token_hint = not_personal(fields.CharField(max_length=16))
    scopes = not_personal(fields.JSONField(default=list))
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"


class Invitation(TenantModel):
    email = EncryptedTextField(DataCategory.ACCOUNT, export=None)
    email_bidx = fields.CharField(max_length=64, db_index=True)
    role = fields.IntEnumField(Role)
    token_hash = classify(fields.CharField(max_length=64, unique=True), DataCategory.SECRETS)
    invited_by: Any = fields.ForeignKeyField("models.User", related_name=False, on_delete=fields.CASCADE)
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "invitation"


class PolicyVersion(BaseModel):
    version = fields.CharField(max_length=32, unique=True)
    effective_date = fields.DateField()
    text = not_personal(fields.TextField())

    class Meta:
        table = "policy_version"


class PolicyAcceptance(BaseModel):
    """Evidence of which policy a user accepted, and when (kept while the account exists)."""

    user: Any = fields.ForeignKeyField("models.User", related_name="policy_acceptances", on_delete=fields.CASCADE)
    version = fields.CharField(max_length=32)

    class Meta:
        table = "policy_acceptance"


class PasswordReset(BaseModel):
    user: Any = fields.ForeignKeyField("models.User", related_name=False, on_delete=fields.CASCADE)
    token_hash = classify(fields.CharField(max_length=64, unique=True), DataCategory.SECRETS)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "password_reset"


__all__ = [
    "ApiToken",
    "Erase",
    "Invitation",
    "Membership",
    "Organization",
    "PasswordReset",
    "PolicyAcceptance",
    "PolicyVersion",
    "RecoveryCode",
    "Role",
    "Session",
    "User",
    "UserStatus",
]
