"""Merging leads, bulk updates and list exports (SPEC §7.5, §7.7): thin resolvers over app.leads.merge, bulk
and lead_export."""

from __future__ import annotations

import datetime as dt
import uuid

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.leads import bulk, lead_export, merge
from app.leads.models import LeadExport, LeadExportFormat, LeadExportStatus
from schema.context import Context, ctx, org_and_actor
from schema.customfields.types import CustomFieldValueInput
from schema.errors import payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.leads.queries import LeadFilterInput, lead_filter
from schema.leads.types import LeadStatusEnum, LeadType, lead_node, want_under
from schema.nodes import by_id
from schema.permissions import admins_only, allow
from schema.relay import Node, pk_of, pk_or_not_found, register_node, to_global_id

LeadExportFormatEnum = strawberry.enum(LeadExportFormat, name="LeadExportFormat")
LeadExportStatusEnum = strawberry.enum(LeadExportStatus, name="LeadExportStatus")
EXPORT = allow(Role.ADMIN, "leads:export")


@strawberry.type(name="LeadExport", description="A list export of leads (CSV or XLSX) and its download link.")
class LeadExportType(Node):
    status: LeadExportStatusEnum  # type: ignore[valid-type]
    format: LeadExportFormatEnum  # type: ignore[valid-type]
    columns: list[str]
    rows: int | None = strawberry.field(description="Rows written; null until the export is ready.")
    row_count: int | None = strawberry.field(description="Same as `rows`.")
    url: str | None = strawberry.field(
        description="The download link (72 h, 5 downloads): only for the ADMIN who asked, once ready."
    )
    expires_at: dt.datetime | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, export: LeadExport, context: Context) -> LeadExportType:
        viewer = context.require_viewer()
        mine = (
            export.requested_by_id == viewer.user_id
            and viewer.role is not None
            and viewer.role >= Role.ADMIN
            and export.status is LeadExportStatus.READY
            and export.expires_at is not None
            and export.expires_at > dt.datetime.now(dt.UTC)
            and export.downloads < lead_export.MAX_DOWNLOADS
        )
        return cls(
            id=to_global_id("LeadExport", export.id),
            status=export.status,
            format=export.format,
            columns=list(export.columns),
            rows=export.row_count,
            row_count=export.row_count,
            url=lead_export.export_url(export) if mine else None,
            expires_at=export.expires_at,
            created_at=export.created_at,
        )


@admins_only
async def load_lead_exports(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, LeadExportType]:
    rows = await LeadExport.for_org(context.organization_id).filter(id__in=pks)
    return {row.id: LeadExportType.from_model(row, context) for row in rows}


register_node("LeadExport", load_lead_exports, scope="leads:export")


# --- merge ---------------------------------------------------------------------------------------------


@strawberry.input
class MergeLeadsInput:
    primary_id: strawberry.ID
    duplicate_ids: list[strawberry.ID] = strawberry.field(description="At most 10 leads merged into the primary.")


MergeLeadsPayload = payload_type("MergeLeadsPayload", lead=LeadType)


# --- bulk ----------------------------------------------------------------------------------------------


@strawberry.input(name="BulkUpdateLeadsSetInput", description="What to change; omitted fields stay as they are.")
class BulkUpdateLeadsSetInput:
    status: LeadStatusEnum | None = None  # type: ignore[valid-type]
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="null leaves the owner.")
    unassign: bool | None = strawberry.field(default=None, description="true clears the owner.")
    add_tags: list[str] | None = None
    remove_tags: list[str] | None = None
    custom_fields: list[CustomFieldValueInput] | None = strawberry.field(
        default=None, description="Custom values to set on every lead; a null value clears that field."
    )


@strawberry.input
class BulkUpdateLeadsInput:
    lead_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="At most 10,000 leads.")
    filter: LeadFilterInput | None = strawberry.field(
        default=None, description="Evaluated when the job starts; more than 100,000 matches is INVALID_INPUT."
    )
    set: BulkUpdateLeadsSetInput


BulkUpdateLeadsPayload = payload_type("BulkUpdateLeadsPayload", job=JobType)


# --- export --------------------------------------------------------------------------------------------


@strawberry.input
class ExportLeadsInput:
    format: LeadExportFormatEnum  # type: ignore[valid-type]
    filter: LeadFilterInput | None = None
    columns: list[str] | None = strawberry.field(
        default=None, description="Column names (null = all): id, fullName, email, ... plus custom.<key>."
    )


ExportLeadsPayload = payload_type("ExportLeadsPayload", lead_export=LeadExportType, job=JobType)


@strawberry.type
class Query:
    @strawberry.field(extensions=EXPORT, description="A list export of your organisation (ADMIN), or null.")
    async def lead_export(self, info: Info, id: strawberry.ID) -> LeadExportType | None:
        return await by_id(info, "LeadExport", id)


@strawberry.type
class Mutation:
    @payload_mutation(
        allow(Role.MEMBER, "leads:write"),
        "Merge up to 10 duplicates into a primary lead; their notes, tags, tasks, deals, messages and "
        "history move to it and they are removed.",
    )
    async def merge_leads(self, info: Info, input: MergeLeadsInput) -> MergeLeadsPayload:
        org_id, actor_id = org_and_actor(info)
        primary = pk_or_not_found(input.primary_id, "Lead", "primaryId", what="lead")
        duplicates = [pk_of(i, "Lead") for i in input.duplicate_ids]
        lead = await merge.merge_leads(org_id, primary, duplicates, actor_id=actor_id)
        return MergeLeadsPayload(lead=await lead_node(ctx(info), lead, want_under(info, "lead")))

    @payload_mutation(
        allow(Role.MEMBER, "leads:write"),
        "Change many leads at once (by ids or a filter) as a BULK_UPDATE job with progress.",
    )
    async def bulk_update_leads(self, info: Info, input: BulkUpdateLeadsInput) -> BulkUpdateLeadsPayload:
        org_id, actor_id = org_and_actor(info)
        given = input.set
        change = bulk.BulkChange(
            status=given.status,
            owner_id=pk_or_not_found(given.owner_id, "User", "set.ownerId", what="member of this organisation"),
            unassign=bool(given.unassign),
            add_tags=tuple(given.add_tags or ()),
            remove_tags=tuple(given.remove_tags or ()),
        )
        job = await bulk.start_bulk_update(
            org_id,
            lead_ids=[pk_of(i, "Lead") for i in input.lead_ids] if input.lead_ids is not None else None,
            flt=await lead_filter(org_id, input.filter) if input.filter is not None else None,
            change=change,
            actor_id=actor_id,
            custom_fields=given.custom_fields,
        )
        return BulkUpdateLeadsPayload(job=JobType.from_model(job))

    @payload_mutation(
        EXPORT, "Export leads (CSV or XLSX) as a LEAD_EXPORT job; the link is on `leadExport.url` when ready."
    )
    async def export_leads(self, info: Info, input: ExportLeadsInput) -> ExportLeadsPayload:
        org_id, actor_id = org_and_actor(info)
        export, job = await lead_export.start_lead_export(
            org_id,
            fmt=input.format,
            flt=await lead_filter(org_id, input.filter) if input.filter is not None else None,
            columns=input.columns,
            actor_id=actor_id,
        )
        shown = LeadExportType.from_model(export, ctx(info))
        return ExportLeadsPayload(lead_export=shown, job=JobType.from_model(job))


types = [LeadExportType]
