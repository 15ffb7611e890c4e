"""Leads. Contact details and answers are encrypted; lookups go through blind indexes."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.orm import TenantModel
from app.privacy.datamap import DataCategory, not_personal
from app.security.fields import EncryptedJSONField, EncryptedTextField


class LeadStatus(enum.Enum):
    NEW = "NEW"
    CONTACTED = "CONTACTED"
    QUALIFIED = "QUALIFIED"
    CONVERTED = "CONVERTED"
    LOST = "LOST"


class LeadSource(enum.Enum):
    META_LEAD_ADS = "META_LEAD_ADS"
    MANUAL = "MANUAL"
    API = "API"
    IMPORT = "IMPORT"


class Lead(TenantModel):
    full_name = EncryptedTextField(DataCategory.LEAD_CONTACT, export="Full name", correctable=True)
    email = EncryptedTextField(DataCategory.LEAD_CONTACT, export="Email", correctable=True, null=True)
    email_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    phone = EncryptedTextField(DataCategory.LEAD_CONTACT, export="Phone", correctable=True, null=True)
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    answers = EncryptedJSONField(DataCategory.LEAD_ANSWERS, export="Form answers", null=True)
    status = fields.CharEnumField(LeadStatus, max_length=16, default=LeadStatus.NEW, db_index=True)
    source = fields.CharEnumField(LeadSource, max_length=16, default=LeadSource.MANUAL)
    platform = not_personal(fields.CharField(max_length=16, null=True))  # facebook / instagram
    meta_lead_id = fields.CharField(max_length=64, null=True)
    campaign: Any = fields.ForeignKeyField(
        "models.Campaign", null=True, on_delete=fields.SET_NULL, related_name="leads"
    )
    ad_set: Any = fields.ForeignKeyField("models.AdSet", null=True, on_delete=fields.SET_NULL, related_name="leads")
    ad: Any = fields.ForeignKeyField("models.Ad", null=True, on_delete=fields.SET_NULL, related_name="leads")
    form: Any = fields.ForeignKeyField("models.LeadForm", null=True, on_delete=fields.SET_NULL, related_name="leads")
    owner: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name="owned_leads")
    duplicate_of: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="duplicates"
    )
    meta_created_time = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True, db_index=True)
    last_activity_at = fields.DatetimeField(null=True)

    class Meta:
        table = "lead"
        unique_together = (("organization", "meta_lead_id"),)
        indexes = (("organization", "created_at", "id"),)
