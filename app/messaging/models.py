"""WhatsApp Cloud API: the organisation's number, messages (bodies are personal data), status history
and the 24 h customer service window per lead."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, not_personal
from app.orm import TenantModel, Updated
from app.security.fields import EncryptedJSONField, EncryptedTextField, SecretField


class MessageDirection(enum.Enum):
    OUT = "OUT"
    IN = "IN"


class MessageStatus(enum.Enum):
    QUEUED = "QUEUED"
    SENDING = "SENDING"
    SENT = "SENT"
    DELIVERED = "DELIVERED"
    READ = "READ"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"  # the send may or may not have reached Meta; never resent (at-most-once)
    RECEIVED = "RECEIVED"  # an inbound message


class TemplateCategory(enum.Enum):
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"
    AUTHENTICATION = "AUTHENTICATION"


class WhatsAppConfig(TenantModel, Updated):
    """One WhatsApp Business number per organisation; a number belongs to one organisation."""

    phone_number_id = not_personal(fields.CharField(max_length=64, unique=True))  # the business number's id
    business_account_id = fields.CharField(max_length=64)
    access_token = SecretField()
    display_phone_number = not_personal(fields.CharField(max_length=32, null=True))  # the business's number
    verified_name = not_personal(fields.CharField(max_length=255, null=True))
    templates = not_personal(fields.JSONField(default=list))  # Meta's template list (business content)
    templates_fetched_at = fields.DatetimeField(null=True)

    class Meta:
        table = "whatsapp_config"


class WhatsAppMessage(TenantModel, Updated):
    lead: Any = fields.ForeignKeyField("models.Lead", related_name="whatsapp_messages", on_delete=fields.CASCADE)
    direction = fields.CharEnumField(MessageDirection, max_length=8)
    template_name = not_personal(fields.CharField(max_length=512, null=True))
    template_language = fields.CharField(max_length=16, null=True)
    template_category = fields.CharEnumField(TemplateCategory, max_length=16, null=True)
    body = EncryptedTextField(DataCategory.MESSAGES, export="WhatsApp message", erase=Erase.DELETE, null=True)
    parameters = EncryptedJSONField(DataCategory.MESSAGES, export="WhatsApp template parameters", null=True)
    status = fields.CharEnumField(MessageStatus, max_length=16, default=MessageStatus.QUEUED, db_index=True)
    meta_message_id = not_personal(fields.CharField(max_length=128, null=True))  # wamid, an opaque id
    error_code = fields.IntField(null=True)
    error_title = not_personal(fields.CharField(max_length=300, null=True))  # Meta's error title, no data
    status_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    read_at = fields.DatetimeField(null=True)
    failed_at = fields.DatetimeField(null=True)
    created_by: Any = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.SET_NULL, related_name="whatsapp_messages"
    )

    class Meta:
        table = "whatsapp_message"
        unique_together = (("organization", "meta_message_id"),)
        indexes = (("organization", "created_at", "id"), ("organization", "lead", "created_at"))


class WhatsAppStatusEvent(TenantModel):
    """Each (message, status) once: Meta re-delivers and reorders status webhooks."""

    message: Any = fields.ForeignKeyField("models.WhatsAppMessage", related_name="events", on_delete=fields.CASCADE)
    status = fields.CharEnumField(MessageStatus, max_length=16)
    meta_timestamp = fields.DatetimeField(null=True)

    class Meta:
        table = "whatsapp_status_event"
        unique_together = (("message", "status"),)


class WhatsAppWindow(TenantModel):
    """The customer service window: free text is allowed for 24 h after the lead's last message."""

    lead: Any = fields.OneToOneField("models.Lead", related_name="whatsapp_window", on_delete=fields.CASCADE)
    last_inbound_at = fields.DatetimeField()

    class Meta:
        table = "whatsapp_window"


class WorkflowTrigger(enum.Enum):
    LEAD_CREATED = "LEAD_CREATED"


class WorkflowActionKind(enum.Enum):
    SEND_WHATS_APP_TEMPLATE = "SEND_WHATS_APP_TEMPLATE"
    ASSIGN_ROUND_ROBIN = "ASSIGN_ROUND_ROBIN"
    CREATE_TASK = "CREATE_TASK"
    NOTIFY_MEMBERS = "NOTIFY_MEMBERS"
    CREATE_DEAL = "CREATE_DEAL"


class WorkflowRunStatus(enum.Enum):
    PENDING = "PENDING"
    COMPLETED = "COMPLETED"  # the message was queued (see its own status)
    SKIPPED = "SKIPPED"  # consent, objection or erasure said no at send time (`reason`)
    FAILED = "FAILED"


class Workflow(TenantModel, Updated):
    """When a lead matching the conditions is created, send a WhatsApp template after a delay."""

    name = not_personal(fields.CharField(max_length=200))  # the team's label for the workflow
    trigger = fields.CharEnumField(WorkflowTrigger, max_length=24, default=WorkflowTrigger.LEAD_CREATED)
    form: Any = fields.ForeignKeyField("models.LeadForm", null=True, on_delete=fields.CASCADE, related_name="workflows")
    campaign: Any = fields.ForeignKeyField(
        "models.Campaign", null=True, on_delete=fields.CASCADE, related_name="workflows"
    )
    source = fields.CharField(max_length=16, null=True)  # a LeadSource value
    action_kind = fields.CharEnumField(
        WorkflowActionKind,
        max_length=32,
        default=WorkflowActionKind.SEND_WHATS_APP_TEMPLATE,
        db_default="SEND_WHATS_APP_TEMPLATE",
    )
    # The other actions' settings: member ids, a task's title, a deal's pipeline (the team's, not a lead's).
    action_config: Any = not_personal(fields.JSONField(default=dict))
    round_robin_turns = fields.BigIntField(default=0, db_default=0)  # incremented atomically in the database
    template_name = not_personal(fields.CharField(max_length=512, null=True))
    template_language = fields.CharField(max_length=16, null=True)
    parameters = not_personal(fields.JSONField(default=list))  # the business's fixed values or {{lead.*}} tokens
    delay_seconds = fields.IntField(default=0)
    enabled = fields.BooleanField(default=True)

    class Meta:
        table = "workflow"
        indexes = (("organization", "created_at", "id"),)


class WorkflowRun(TenantModel):
    """One per (workflow, lead): a re-delivered lead webhook never sends twice."""

    workflow: Any = fields.ForeignKeyField("models.Workflow", related_name="runs", on_delete=fields.CASCADE)
    lead: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="workflow_runs"
    )
    lead_key = fields.UUIDField()  # the lead's id, kept after erasure for the (workflow, lead) uniqueness
    status = fields.CharEnumField(WorkflowRunStatus, max_length=16, default=WorkflowRunStatus.PENDING)
    reason = not_personal(fields.CharField(max_length=300, null=True))  # an error code or short cause, no data
    message: Any = fields.ForeignKeyField(
        "models.WhatsAppMessage", null=True, on_delete=fields.SET_NULL, related_name="workflow_runs"
    )
    task: Any = fields.ForeignKeyField("models.Task", null=True, on_delete=fields.SET_NULL, related_name=False)
    deal: Any = fields.ForeignKeyField("models.Deal", null=True, on_delete=fields.SET_NULL, related_name=False)
    # What the automation did and why, in words without personal data (Art. 15(1)(h)).
    explanation = not_personal(fields.CharField(max_length=500, null=True))
    run_at = fields.DatetimeField()
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "workflow_run"
        unique_together = (("workflow", "lead_key"),)
        indexes = (("organization", "created_at", "id"),)


class WhatsAppOptInRule(TenantModel):
    """Which Lead Ads custom disclaimer checkbox of a form is the person's WhatsApp opt-in."""

    form: Any = fields.ForeignKeyField(
        "models.LeadForm", related_name="whatsapp_opt_in_rules", on_delete=fields.CASCADE
    )
    checkbox_key = not_personal(fields.CharField(max_length=255))  # the form's checkbox, not an answer
    text_shown = not_personal(fields.TextField(null=True))  # the business's opt-in wording, kept as evidence

    class Meta:
        table = "whatsapp_opt_in_rule"
        unique_together = (("form",),)
