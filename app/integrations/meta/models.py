"""An organisation's Meta connection and its Pages. Tokens are secrets, encrypted at rest."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, DataSource, not_personal
from app.orm import BaseModel, TenantModel, Updated
from app.security.fields import EncryptedTextField, SecretField


class ConnectionStatus(enum.Enum):
    CONNECTED = "CONNECTED"
    EXPIRING = "EXPIRING"  # computed: CONNECTED with expiry within 7 days
    EXPIRED = "EXPIRED"
    NEEDS_REAUTH = "NEEDS_REAUTH"
    REVOKED = "REVOKED"


class MetaConnection(TenantModel, Updated):
    """One per organisation: the long-lived user token and what it was granted."""

    data_source = DataSource.META

    meta_user_id = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user id")
    meta_user_bidx = fields.CharField(max_length=64, db_index=True)  # platform scope: data deletion finds it
    meta_user_name = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user name", null=True)
    access_token = SecretField(null=True)  # None once revoked or disconnected
    token_expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ConnectionStatus, max_length=16, default=ConnectionStatus.CONNECTED)
    granted_scopes = not_personal(fields.JSONField(default=list))
    declined_scopes = not_personal(fields.JSONField(default=list))
    connected_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    last_synced_at = fields.DatetimeField(null=True)
    last_error = not_personal(fields.CharField(max_length=300, null=True))
    # The status its admins were last told of (EXPIRING and EXPIRED included, though computed): one notice per
    # change (app/integrations/meta/status_notices.py).
    status_notified = fields.CharEnumField(ConnectionStatus, max_length=16, null=True)

    class Meta:
        table = "meta_connection"
        unique_together = (("organization",),)


class Page(TenantModel):
    data_source = DataSource.META

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


class OAuthState(TenantModel):
    """A started connect flow: the state's nonce, bound to user, organisation and redirectUri; single-use."""

    user: Any = fields.ForeignKeyField("models.User", on_delete=fields.CASCADE, related_name=False)
    redirect_uri = not_personal(fields.CharField(max_length=2048))
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "meta_oauth_state"


class PendingGrant(TenantModel):
    """A token obtained by the callback, waiting for `completeMetaConnection` by the same user; single-use."""

    data_source = DataSource.META

    user: Any = fields.ForeignKeyField("models.User", on_delete=fields.CASCADE, related_name=False)
    access_token = SecretField(null=True)  # cleared when the grant is used
    token_expires_at = fields.DatetimeField(null=True)
    meta_user_id = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user id")
    meta_user_name = EncryptedTextField(DataCategory.META_ADS_DATA, export="Meta user name", null=True)
    granted_scopes = not_personal(fields.JSONField(default=list))
    declined_scopes = not_personal(fields.JSONField(default=list))
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "meta_pending_grant"


class WebhookEventStatus(enum.Enum):
    PENDING = "PENDING"
    PROCESSED = "PROCESSED"
    FAILED = "FAILED"


class WebhookEvent(BaseModel):
    """The durable inbox: every signed Meta webhook body, stored (encrypted) before Meta gets its 200.

    Not tenant-owned: the organisation is only known once the body is processed. Purged 30 days after use.
    """

    object = not_personal(fields.CharField(max_length=64))
    body = EncryptedTextField(DataCategory.WEBHOOK_DELIVERIES, export=None)
    body_bidx = fields.CharField(max_length=64, unique=True)  # keyed hash of the raw body: re-deliveries
    status = fields.CharEnumField(WebhookEventStatus, max_length=16, default=WebhookEventStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    error = not_personal(fields.CharField(max_length=300, null=True))
    organization_ids = not_personal(fields.JSONField(default=list))  # filled in by processing (health)
    enqueued_at = fields.DatetimeField(null=True)
    # A drain leaves the row alone until then: its claim (a lease, in case it dies) or a retry's backoff.
    next_attempt_at = fields.DatetimeField(null=True)
    processed_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "meta_webhook_event"
        indexes = (("status", "created_at"),)


class FormReconciliation(TenantModel):
    """Daily comparison of Meta's lead count for a form with the leads stored for it."""

    data_source = DataSource.META

    form_meta_id = fields.CharField(max_length=64)
    form_name = not_personal(fields.CharField(max_length=400, default=""))
    meta_count = fields.IntField(null=True)
    stored_count = fields.IntField(default=0)
    checked_at = fields.DatetimeField()
    error = not_personal(fields.CharField(max_length=300, null=True))

    class Meta:
        table = "meta_form_reconciliation"
        unique_together = (("organization", "form_meta_id"),)
