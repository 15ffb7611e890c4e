"""Leads. Contact details and answers are encrypted; lookups go through blind indexes."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields
from tortoise.manager import Manager
from tortoise.queryset import QuerySet

from app.classification import DataCategory, DataMapFieldSource, Erase, Purpose, classify, not_personal
from app.orm import TenantModel
from app.security.fields import EncryptedJSONField, EncryptedTextField, SealedChunk, SecretField


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


# Where a lead's details came from, in the data map's words: its access export names this source (Art. 15(1)(g)).
DATA_SOURCE_OF = {
    LeadSource.META_LEAD_ADS: DataMapFieldSource.META_LEAD_ADS,
    LeadSource.MANUAL: DataMapFieldSource.ORGANIZATION,
    LeadSource.API: DataMapFieldSource.ORGANIZATION,
    LeadSource.IMPORT: DataMapFieldSource.ORGANIZATION,
    LeadSource.WHATSAPP: DataMapFieldSource.WHATSAPP,
}


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
    # The ad the lead object names (Lead Ads; Meta gives the three ids together or none): the sync attributes the
    # lead once that ad (else its ad set, else its campaign) is synced, and again after a purge and a reconnect.
    # Ids of the advertiser's objects, like LeadReferral.source_id: not data about the person.
    meta_campaign_id = not_personal(fields.CharField(max_length=64, null=True))
    meta_ad_set_id = not_personal(fields.CharField(max_length=64, null=True))
    meta_ad_id = not_personal(fields.CharField(max_length=64, null=True))
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
            ("organization", "ad", "meta_ad_id"),  # the leads waiting for their ad: ad null, Meta's ad id kept
        )


class LeadTag(TenantModel):
    """A free-form label on a lead; tags are per organisation (`tag` filter, `tagLeads`)."""

    lead: Any = fields.ForeignKeyField("models.Lead", related_name="tag_rows", on_delete=fields.CASCADE)
    name = not_personal(fields.CharField(max_length=200))  # a team's label, not data about the person

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


# Rows derived from a lead's own name to find it (SPEC §5: whole words of a name by blind index). They belong to
# the lead's current name: a merged duplicate's go with it, and retention's anonymisation removes them with the
# name it blanks (erasure deletes them with every other row of the lead).
SEARCH_INDEXES: tuple[type[TenantModel], ...] = (LeadNameWord,)


class ImportFile(TenantModel):
    """An uploaded CSV waiting for its import job: sealed at rest, deleted when the job ends."""

    content = EncryptedTextField(
        DataCategory.LEAD_CONTACT, export=None, sources=(DataMapFieldSource.ORGANIZATION,), recipients=("hosting",)
    )
    uploaded_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    size_bytes = fields.IntField(default=0)

    class Meta:
        table = "lead_import_file"


class LeadMerge(TenantModel):
    """A lead merged into another (SPEC §7.5): the duplicate's row is gone, this record stays.

    It keeps the duplicate counted in `leadsThisPeriod` (by its creation time) and lets a re-delivered webhook of
    the duplicate's Meta lead id (kept as a blind index only) find the primary instead of recreating the lead.
    When the primary is erased, `primary` becomes null and that Meta lead id stays refused.
    """

    primary: Any = fields.ForeignKeyField(
        "models.Lead", null=True, on_delete=fields.SET_NULL, related_name="merged_from", db_index=True
    )
    merged_lead_id = fields.UUIDField()
    meta_lead_bidx = fields.CharField(max_length=64, null=True)
    lead_created_at = fields.DatetimeField()
    merged_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "lead_merge"
        indexes = (("organization", "meta_lead_bidx"), ("organization", "lead_created_at"))


class LeadExportStatus(enum.Enum):
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    READY = "READY"
    FAILED = "FAILED"


class LeadExportFormat(enum.Enum):
    CSV = "CSV"
    XLSX = "XLSX"


class LeadExport(TenantModel):
    """A list export (SPEC §7.5): sealed chunks under its own data key, served by `/exports/{token}` once READY.

    Chunks are written while RUNNING and the row turns READY (with its chunk count) in one statement at the
    end, so a half-written file is never downloadable."""

    requested_by_id = fields.UUIDField(null=True)
    job_id = fields.UUIDField(null=True)
    format = fields.CharEnumField(LeadExportFormat, max_length=8)
    columns: Any = not_personal(fields.JSONField(default=list))  # column names (SPEC §7.7), no data
    status = fields.CharEnumField(LeadExportStatus, max_length=16, default=LeadExportStatus.PENDING)
    row_count = fields.IntField(null=True)
    data_key = SecretField(null=True)
    size_bytes = fields.BigIntField(default=0, db_default=0)
    sha256 = classify(fields.CharField(max_length=64, null=True), DataCategory.EXPORT_FILES)
    chunk_count = fields.IntField(default=0, db_default=0)
    downloads = fields.SmallIntField(default=0, db_default=0)
    expires_at = fields.DatetimeField(null=True, db_index=True)
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "lead_export"


class LeadExportChunk(TenantModel, SealedChunk):
    """One sealed slice of a list export."""

    export: Any = fields.ForeignKeyField("models.LeadExport", related_name="chunks", on_delete=fields.CASCADE)

    class Meta:
        table = "lead_export_chunk"
        unique_together = (("export", "seq"),)


class LeadExportLeads(TenantModel):
    """One page of a list export's lead ids (16 bytes each, in export order), written as the page is exported.

    The export's one `lead.exported` audit event names its leads through these rows (`details.leadIds =
    {"export": <id>}`) instead of carrying them, so the worker's memory does not grow with the export. They are
    part of that audit record: kept, and due, with it (AUDIT_EVENTS retention on `created_at`), not with the file
    (EXPORT_FILES), and not tied to the export row by a foreign key so the file's purge leaves them."""

    export_id = fields.UUIDField()
    seq = fields.IntField()
    lead_ids = classify(fields.BinaryField(), DataCategory.AUDIT_EVENTS, erase=Erase.DELETE)

    class Meta:
        table = "lead_export_leads"
        unique_together = (("export_id", "seq"),)
