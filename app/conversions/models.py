"""The organisation's Conversions API setup and its outbox of CRM events (one row per lead and stage, and one
per won deal whose value the lead's stage event could no longer carry)."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import not_personal
from app.orm import TenantModel, Updated


class ConversionsLegalBasis(enum.Enum):
    LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST"
    CONSENT = "CONSENT"


class ConversionEventStatus(enum.Enum):
    PENDING = "PENDING"
    SENT = "SENT"
    FAILED = "FAILED"  # Meta refused the batch for good (bad lead id...)
    DROPPED = "DROPPED"  # still unsent after 7 days: Meta would refuse the whole batch
    CANCELLED = "CANCELLED"  # the lead objected, lacks consent, or was erased


class ConversionsConfig(TenantModel, Updated):
    dataset_id = not_personal(fields.CharField(max_length=32))
    enabled = fields.BooleanField(default=True)
    stage_events: Any = not_personal(fields.JSONField(default=list))  # [{"leadStatus": ..., "eventName": ...}]
    legal_basis = fields.CharEnumField(
        ConversionsLegalBasis, max_length=24, default=ConversionsLegalBasis.LEGITIMATE_INTEREST
    )
    last_upload_at = fields.DatetimeField(null=True)
    last_error = not_personal(fields.CharField(max_length=300, null=True))

    class Meta:
        table = "conversions_config"
        unique_together = (("organization",),)


class ConversionEvent(TenantModel, Updated):
    """A stage of a Meta lead to send, or a won deal's own event. The lead's identifiers are read at send time,
    never stored here; an erased lead's rows lose their lead (SET NULL) and are cancelled."""

    lead: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="conversion_events"
    )
    event_name = not_personal(fields.CharField(max_length=100))
    # "" for a stage event; a won deal's id for that deal's own event (its event id is then
    # `{leadgen_id}:{stage}:{deal}`, so Meta does not drop it as a re-send of the stage within 48 h).
    event_key = not_personal(fields.CharField(max_length=36, default=""))
    # The won deal whose value and currency this row carries (on a stage row or its own): a re-won deal is not
    # sent twice. A plain id: a deleted deal's event keeps its id.
    deal_id = fields.UUIDField(null=True)
    event_time = fields.DatetimeField()
    value = not_personal(fields.DecimalField(max_digits=14, decimal_places=2, null=True))  # a deal's, not a person's
    currency = fields.CharField(max_length=3, null=True)
    status = fields.CharEnumField(ConversionEventStatus, max_length=16, default=ConversionEventStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    fbtrace_id = not_personal(fields.CharField(max_length=64, null=True))
    error = not_personal(fields.CharField(max_length=300, null=True))
    # Whose change queued the stage (a member's session, an API token; none for Meta's own ingest): the send's
    # audit event names them, so an incident assessment of that actor counts what they sent to Meta.
    actor_user_id = fields.UUIDField(null=True)
    actor_token_id = fields.UUIDField(null=True)
    actor_session_id = fields.UUIDField(null=True)

    class Meta:
        table = "conversion_event"
        unique_together = (("lead", "event_name", "event_key"),)
        indexes = (("organization", "status", "next_attempt_at"), ("organization", "status", "updated_at"))
