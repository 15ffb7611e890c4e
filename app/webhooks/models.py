"""Partner webhooks: subscriptions (signing secret encrypted) and the delivery log (one row per attempt).

The log keeps status, HTTP status and duration, never the reply body. The request body is kept encrypted
so retries and redeliveries send the same bytes, and purged 30 days after the attempt.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, not_personal
from app.events import EventType
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedTextField, SecretField

# The domain events a partner hears, under their own names: delivery maps an `EventType` here by value.
PARTNER_EVENTS = (
    EventType.LEAD_CREATED,
    EventType.LEAD_UPDATED,
    EventType.LEAD_ERASED,
    EventType.PRIVACY_REQUEST_COMPLETED,
    EventType.META_CONNECTION_CHANGED,
    EventType.DEAL_CREATED,
    EventType.DEAL_STAGE_CHANGED,
    EventType.DEAL_WON,
    EventType.LEAD_MERGED,  # also delivered to LEAD_UPDATED subscribers (SPEC §7.7)
)
# The partner events, and WEBHOOK_TEST: sent by `testWebhook` only; not subscribable.
WebhookEventType = enum.Enum(
    "WebhookEventType", [(e.name, e.value) for e in PARTNER_EVENTS] + [("WEBHOOK_TEST", "WEBHOOK_TEST")]
)

SUBSCRIBABLE_EVENTS = tuple(t for t in WebhookEventType if t is not WebhookEventType.WEBHOOK_TEST)


class WebhookDeliveryStatus(enum.Enum):
    PENDING = "PENDING"  # scheduled, not yet attempted
    SENDING = "SENDING"  # the attempt is in flight
    SUCCEEDED = "SUCCEEDED"  # a 2xx answer
    FAILED = "FAILED"  # a non-2xx answer, a timeout, a refused address
    SKIPPED = "SKIPPED"  # the subscription was disabled or deleted before the attempt


class WebhookSubscription(TenantModel, Updated):
    url = not_personal(fields.CharField(max_length=2048))
    events: Any = not_personal(fields.JSONField(default=list))  # WebhookEventType values
    scopes: Any = not_personal(fields.JSONField(default=list))  # e.g. ["leads:read"]: contact fields only with it
    secret = SecretField()
    previous_secret = SecretField(null=True)  # still signs for 24 h after a rotation
    secret_rotated_at = fields.DatetimeField(null=True)
    active = fields.BooleanField(default=True, db_default=True)
    consecutive_failures = fields.IntField(default=0, db_default=0)
    disabled_at = fields.DatetimeField(null=True)
    created_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "webhook_subscription"


class WebhookDelivery(TenantModel):
    """One attempt to deliver one event to one subscription."""

    subscription: Any = fields.ForeignKeyField(
        "models.WebhookSubscription", related_name="deliveries", on_delete=fields.CASCADE
    )
    event_id = fields.UUIDField(db_index=True)  # X-Quantix-Event-Id, the same on every retry and redelivery
    event_type = fields.CharEnumField(WebhookEventType, max_length=40)
    attempt = fields.SmallIntField(default=1)
    manual = fields.BooleanField(default=False, db_default=False)  # a test or redelivery: no automatic retries
    status = fields.CharEnumField(
        WebhookDeliveryStatus, max_length=16, default=WebhookDeliveryStatus.PENDING, db_index=True
    )
    # The lead the payload is about: the erasure engine follows this key and blanks `body` (which may hold
    # contact fields) in the erasure's own transaction, listing it in the receipt. Retention of the log still
    # runs by the row's own age (WEBHOOK_DELIVERIES is not a lead category).
    lead: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="webhook_deliveries"
    )
    body = EncryptedTextField(DataCategory.WEBHOOK_DELIVERIES, export=None, erase=Erase.ANONYMIZE, null=True)
    scheduled_at = fields.DatetimeField()  # not attempted before this time
    attempted_at = fields.DatetimeField(null=True)
    http_status = fields.SmallIntField(null=True)
    duration_ms = fields.IntField(null=True)
    error = not_personal(fields.CharField(max_length=200, null=True))  # our reason, never the reply body
    next_attempt_at = fields.DatetimeField(null=True)  # when the retry after a failure is due
    body_purged_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_delivery"
        indexes = (("organization", "created_at", "id"),)
