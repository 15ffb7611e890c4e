"""An organisation's Meta connection and its Pages. Tokens are secrets, encrypted at rest."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.orm import TenantModel
from app.privacy.datamap import DataCategory, not_personal
from app.security.fields import EncryptedTextField, SecretField


class ConnectionStatus(enum.Enum):
    CONNECTED = "CONNECTED"
    EXPIRING = "EXPIRING"  # computed: CONNECTED with expiry within 7 days
    EXPIRED = "EXPIRED"
    NEEDS_REAUTH = "NEEDS_REAUTH"
    REVOKED = "REVOKED"


class MetaConnection(TenantModel):
    """One per organisation: the long-lived user token and what it was granted."""

    meta_user_id = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user id")
    meta_user_bidx = fields.CharField(max_length=64, db_index=True)  # platform scope: data deletion finds it
    meta_user_name = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user name", null=True)
    access_token = SecretField()
    token_expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ConnectionStatus, max_length=16, default=ConnectionStatus.CONNECTED)
    granted_scopes = not_personal(fields.JSONField(default=list))
    declined_scopes = not_personal(fields.JSONField(default=list))
    connected_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    last_synced_at = fields.DatetimeField(null=True)
    last_error = not_personal(fields.CharField(max_length=300, null=True))
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "meta_connection"
        unique_together = (("organization",),)


class Page(TenantModel):
    meta_id = fields.CharField(max_length=64)
    name = not_personal(fields.CharField(max_length=400, default=""))
    access_token = SecretField(null=True)
    tasks = not_personal(fields.JSONField(default=list))
    selected = fields.BooleanField(default=False, db_default=False)
    subscribed = fields.BooleanField(default=False, db_default=False)
    subscription_checked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "meta_page"
        unique_together = (("organization", "meta_id"),)
