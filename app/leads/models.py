"""Leads. Contact details and answers are encrypted; lookups go through blind indexes."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields
from tortoise.manager import Manager
from tortoise.queryset import QuerySet

from app.classification import DataCategory, DataMapFieldSource, Purpose, not_personal
from app.orm import TenantModel
from app.security.fields import EncryptedJSONField, EncryptedTextField


class LeadStatus(enum.Enum):
    NEW = "NEW"
    CONTACTED = "CONTACTED"
    QUALIFIED = "QUALIFIED"
    CONVERTED = "CONVERTED"
    LOST = "LOST"


# Pipeline order: ordering by STATUS follows the pipeline, not the alphabet.
STATUS_RANK = {"NEW": 10, "CONTACTED": 20, "QUALIFIED": 30, "CONVERTED": 40, "LOST": 50}


class LeadSource(enum.Enum):
    META_LEAD_ADS = "META_LEAD_ADS"
    MANUAL = "MANUAL"
    API = "API"
    IMPORT = "IMPORT"
    WHATSAPP = "WHATSAPP"  # set only by inbound WhatsApp messages


class _CountedDelete:
    """A bulk delete of leads that marks the organisations' lead counters for a recount (-1 = unknown).

    Services keep `Organization.lead_count` exact one lead at a time; bulk deletions elsewhere (erasure,
    retention, a Meta disconnect with purge) go through here, so the counter never silently drifts.
    """

    def __init__(self, queryset: QuerySet[Any], delete: Any) -> None:
        self.queryset = queryset
        self.delete = delete

    def __await__(self) -> Any:
        return self._run().__await__()

    async def _run(self) -> int:
        from app.accounts.models import Organization

        organizations = set(await self.queryset.values_list("organization_id", flat=True))
        deleted = await self.delete
        if organizations:
            await Organization.filter(id__in=list(organizations)).update(lead_count=-1)
        return int(deleted or 0)


class LeadQuerySet(QuerySet[Any]):
    def delete(self) -> Any:  # type: ignore[override]
        return _CountedDelete(self, super().delete())


class LeadManager(Manager):
    def get_queryset(self) -> QuerySet[Any]:
        return LeadQuerySet(self._model)


class Lead(TenantModel):
    full_name = EncryptedTextField(DataCategory.LEAD_CONTACT, export="Full name", correctable=True)
    email = EncryptedTextField(DataCategory.LEAD_CONTACT, export="Email", correctable=True, null=True)
    email_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    phone = EncryptedTextField(
        DataCategory.LEAD_CONTACT,
        export="Phone",
        correctable=True,
        null=True,
        purposes=(Purpose.LEAD_MANAGEMENT, Purpose.MESSAGING),
        recipients=("hosting", "meta", "whatsapp"),
    )
    phone_bidx = fields.CharField(max_length=64, null=True, db_index=True)
    answers = EncryptedJSONField(DataCategory.LEAD_ANSWERS, export="Form answers", null=True)
    status = fields.CharEnumField(LeadStatus, max_length=16, default=LeadStatus.NEW, db_index=True)
    status_rank = fields.SmallIntField(default=10, db_default=10)  # STATUS_RANK[status], kept by the services
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
    duplicate_of: Any = fields.ForeignKeyField(  # indexed: erasing a lead finds its duplicates by this column
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="duplicates", db_index=True
    )
    meta_created_time = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True, db_index=True)
    last_activity_at = fields.DatetimeField(null=True)
    first_response_at = fields.DatetimeField(null=True)  # a member's first action on the lead (speed to lead)
    score = fields.IntField(null=True)  # rule-based lead score (app/scoring); null: unscored or objected
    score_explanation: Any = not_personal(fields.JSONField(null=True))  # [{rule, points}] of the matching rules
    score_rank_desc = fields.IntField(default=-2_000_000_000, db_default=-2_000_000_000)  # unscored last
    score_rank_asc = fields.IntField(default=2_000_000_000, db_default=2_000_000_000)  # unscored last

    class Meta:
        table = "lead"
        manager = LeadManager()
        unique_together = (("organization", "meta_lead_id"),)
        indexes = (
            ("organization", "created_at", "id"),
            ("organization", "updated_at", "id"),
            ("organization", "status_rank", "id"),
            ("organization", "score_rank_desc", "id"),
            ("organization", "score_rank_asc", "id"),
            ("organization", "email_bidx"),
            ("organization", "phone_bidx"),
        )


class LeadTag(TenantModel):
    """A free-form label on a lead; tags are per organisation (`tag` filter, `tagLeads`)."""

    lead: Any = fields.ForeignKeyField("models.Lead", related_name="tag_rows", on_delete=fields.CASCADE)
    name = not_personal(fields.CharField(max_length=64))  # a team's label, not data about the person

    class Meta:
        table = "lead_tag"
        unique_together = (("lead", "name"),)
        indexes = (("organization", "name"),)


class LeadNote(TenantModel):
    lead: Any = fields.ForeignKeyField("models.Lead", related_name="notes", on_delete=fields.CASCADE)
    author: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    body = EncryptedTextField(DataCategory.LEAD_NOTES, export="Notes")

    class Meta:
        table = "lead_note"
        indexes = (("lead", "created_at"),)


class LeadStatusChange(TenantModel):
    """The status history of a lead: who moved it, from what, to what, when."""

    lead: Any = fields.ForeignKeyField("models.Lead", related_name="status_changes", on_delete=fields.CASCADE)
    from_status = fields.CharEnumField(LeadStatus, max_length=16, null=True)
    to_status = fields.CharEnumField(LeadStatus, max_length=16)
    changed_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)

    class Meta:
        table = "lead_status_change"
        indexes = (("lead", "created_at"),)


class LeadNameWord(TenantModel):
    """One blind index per word of a lead's name: whole-word search without the name in clear."""

    lead: Any = fields.ForeignKeyField(  # indexed: erasure deletes a lead's words by this column
        "models.Lead", related_name="name_words", on_delete=fields.CASCADE, db_index=True
    )
    word_bidx = fields.CharField(max_length=64)

    class Meta:
        table = "lead_name_word"
        indexes = (("organization", "word_bidx"),)


class ImportFile(TenantModel):
    """An uploaded CSV waiting for its import job: sealed at rest, deleted when the job ends."""

    content = EncryptedTextField(
        DataCategory.LEAD_CONTACT, export=None, source=DataMapFieldSource.ORGANIZATION, recipients=("hosting",)
    )
    uploaded_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    size_bytes = fields.IntField(default=0)

    class Meta:
        table = "lead_import_file"
