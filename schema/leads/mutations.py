"""Lead mutations: thin resolvers over app.leads.services."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable
from typing import Any, TypeVar

import strawberry
from strawberry.file_uploads import Upload
from strawberry.scalars import JSON
from strawberry.types import Info

from app.accounts.models import Role
from app.errors import DomainError, ErrorCode
from app.leads import services
from app.leads.imports import MAX_IMPORT_BYTES, start_import
from app.leads.models import Lead, LeadSource, LeadStatus
from app.privacy import processing
from schema.context import ctx, org_and_actor
from schema.customfields.types import CustomFieldValueInput
from schema.errors import payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.leads.types import (
    LeadNoteType,
    LeadSourceEnum,
    LeadStatusEnum,
    LeadType,
    lead_node,
    lead_nodes,
    want_under,
)
from schema.permissions import allow
from schema.privacy.requests import PrivacyRequestType
from schema.relay import id_input, id_or_named_pk, pk_of, pk_or_not_found

T = TypeVar("T")
WRITE = allow(Role.MEMBER, "leads:write")


def _lead_pk(value: strawberry.ID, field: str = "id") -> uuid.UUID:
    return pk_or_not_found(value, "Lead", field, what="lead")


def _source(given: LeadSource | None, is_token: bool) -> LeadSource:
    if given is None:
        return LeadSource.API if is_token else LeadSource.MANUAL
    if given is LeadSource.META_LEAD_ADS:
        raise DomainError(ErrorCode.INVALID_INPUT, "Meta leads come from Lead Ads only.", "source")
    if given is LeadSource.WHATSAPP:
        raise DomainError(ErrorCode.INVALID_INPUT, "WhatsApp leads come from inbound messages only.", "source")
    return given


def _user_pk(value: strawberry.ID | None) -> uuid.UUID | None:
    return pk_or_not_found(value, "User", "ownerId", what="member of this organisation")


async def _naming_duplicate(info: Info, call: Awaitable[T]) -> T:
    """Run a service call; a DUPLICATE error carries the existing lead as the payload's `duplicate`."""
    try:
        return await call
    except DomainError as error:
        existing = error.details.get("duplicate")
        if isinstance(existing, Lead):
            error.details["duplicate"] = await lead_node(ctx(info), existing, want_under(info, "duplicate"))
        raise


@strawberry.input(name="LeadAnswerInput")
class LeadAnswerInput:
    question: str
    values: list[str]


@strawberry.input
class CreateLeadInput:
    full_name: str
    email: str | None = strawberry.field(default=None, description="Email or phone (or both) is required.")
    phone: str | None = strawberry.field(default=None, description="Parsed with the organisation's country.")
    status: LeadStatusEnum | None = None  # type: ignore[valid-type]
    owner_id: strawberry.ID | None = None
    tags: list[str] | None = None
    source: LeadSourceEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="MANUAL (sessions) or API (tokens) when left out; META_LEAD_ADS is Meta's only."
    )
    answers: list[LeadAnswerInput] | None = None
    custom_fields: list[CustomFieldValueInput] | None = strawberry.field(
        default=None, description="Custom values, checked against their field's type."
    )


CreateLeadPayload = payload_type(
    "CreateLeadPayload", lead=LeadType, duplicate=(LeadType, "The existing lead, on DUPLICATE.")
)


@strawberry.input(description="A correction: fields left out stay as they are; an empty email or phone clears it.")
class UpdateLeadInput:
    id: strawberry.ID
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    custom_fields: list[CustomFieldValueInput] | None = strawberry.field(
        default=None, description="Custom values to set; a null value clears that field."
    )


@strawberry.type
class UpdateLeadPayload(CreateLeadPayload):
    """The same shape, SPEC's name."""


@strawberry.input
class SetLeadStatusInput:
    id: strawberry.ID
    status: LeadStatusEnum  # type: ignore[valid-type]


SetLeadStatusPayload = payload_type("SetLeadStatusPayload", lead=LeadType)


@strawberry.input
class AssignLeadInput:
    id: strawberry.ID
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="A member; null unassigns.")


AssignLeadPayload = payload_type("AssignLeadPayload", lead=LeadType)


@strawberry.input(description="The lead is `id` (or `leadId`); give exactly one.")
class AddLeadNoteInput:
    body: str
    id: strawberry.ID | None = None
    lead_id: strawberry.ID | None = None


AddLeadNotePayload = payload_type(
    "AddLeadNotePayload", lead=LeadType, lead_note=LeadNoteType, former={"note": "lead_note"}
)


@strawberry.input
class TagLeadsInput:
    lead_ids: list[strawberry.ID]
    add: list[str] = strawberry.field(default_factory=list)
    remove: list[str] = strawberry.field(default_factory=list)


TagLeadsPayload = payload_type("TagLeadsPayload", leads=list[LeadType])


DeleteLeadInput = id_input("DeleteLeadInput")


DeleteLeadPayload = payload_type(
    "DeleteLeadPayload",
    privacy_request=(
        PrivacyRequestType,
        "The erasure, recorded as a completed privacy request (status page, receipt).",
    ),
    deleted_lead_id=(strawberry.ID, "Null when a hold kept it."),
    outcome=(JSON, "The erasure receipt: per category what was erased, anonymised or kept, signed."),
)


@strawberry.input
class ImportLeadsInput:
    file: Upload = strawberry.field(
        description="UTF-8 CSV, header fullName,email,phone,status,tags,ownerEmail, plus a column per custom field key."
    )


ImportLeadsPayload = payload_type("ImportLeadsPayload", job=(JobType, "Its result lists the rows not imported."))


async def _shown(info: Info, lead: Lead) -> LeadType:
    """The changed lead as the payload's `lead` selection asks for it, read again: the listeners of the change
    (its score, workflows) have written to it since the service held it."""
    context = ctx(info)
    fresh = await Lead.for_org(context.organization_id).get_or_none(id=lead.id)
    return await lead_node(context, fresh or lead, want_under(info, "lead"))


@strawberry.type
class Mutation:
    @payload_mutation(WRITE, "Add a lead; the same email or phone gives DUPLICATE.")
    async def create_lead(self, info: Info, input: CreateLeadInput) -> CreateLeadPayload:
        context = ctx(info)
        viewer = context.require_viewer()
        lead = await _naming_duplicate(
            info,
            services.create_lead(
                context.organization_id,
                full_name=input.full_name,
                email=input.email,
                phone=input.phone,
                status=input.status or LeadStatus.NEW,
                source=_source(input.source, viewer.is_token),
                answers=[{"question": a.question, "values": list(a.values)} for a in input.answers or ()] or None,
                owner_id=_user_pk(input.owner_id),
                tags=input.tags or (),
                actor_id=viewer.user_id,
                custom_fields=input.custom_fields,
            ),
        )
        return CreateLeadPayload(lead=await _shown(info, lead))

    @payload_mutation(WRITE, "Correct a lead's name, email or phone.")
    async def update_lead(self, info: Info, input: UpdateLeadInput) -> UpdateLeadPayload:
        lead = await _naming_duplicate(
            info,
            services.update_lead(
                ctx(info).organization_id,
                _lead_pk(input.id),
                full_name=input.full_name,
                email=input.email,
                phone=input.phone,
                custom_fields=input.custom_fields,
            ),
        )
        return UpdateLeadPayload(lead=await _shown(info, lead))

    @payload_mutation(WRITE, "Move a lead in the pipeline (kept in its history).")
    async def set_lead_status(self, info: Info, input: SetLeadStatusInput) -> SetLeadStatusPayload:
        org_id, actor_id = org_and_actor(info)
        lead = await services.set_status(org_id, _lead_pk(input.id), input.status, actor_id=actor_id)
        return SetLeadStatusPayload(lead=await _shown(info, lead))

    @payload_mutation(WRITE, "Give a lead to a member (or to nobody).")
    async def assign_lead(self, info: Info, input: AssignLeadInput) -> AssignLeadPayload:
        org_id, actor_id = org_and_actor(info)
        lead = await services.assign(org_id, _lead_pk(input.id), _user_pk(input.owner_id), actor_id=actor_id)
        return AssignLeadPayload(lead=await _shown(info, lead))

    @payload_mutation(WRITE, "Write a note about a lead.")
    async def add_lead_note(self, info: Info, input: AddLeadNoteInput) -> AddLeadNotePayload:
        org_id, actor_id = org_and_actor(info)
        lead_pk, field = id_or_named_pk(input.id, input.lead_id, "Lead", "leadId", what="lead")
        await services.get_lead(org_id, lead_pk, field)  # NOT_FOUND names the field given
        lead, note = await services.add_note(org_id, lead_pk, input.body, author_id=actor_id)
        author = await note.author if note.author_id else None
        return AddLeadNotePayload(lead=await _shown(info, lead), lead_note=LeadNoteType.from_model(note, author))

    @payload_mutation(WRITE, "Add and remove tags on up to 100 leads.")
    async def tag_leads(self, info: Info, input: TagLeadsInput) -> TagLeadsPayload:
        context = ctx(info)
        pks = [pk_of(i, "Lead") for i in input.lead_ids]
        leads = await services.tag_leads(context.organization_id, pks, add=input.add, remove=input.remove)
        return TagLeadsPayload(leads=await lead_nodes(context, leads, want_under(info, "leads")))

    @payload_mutation(WRITE, "Erase a lead at once (an erasure: tombstone and receipt).")
    async def delete_lead(self, info: Info, input: DeleteLeadInput) -> DeleteLeadPayload:
        context = ctx(info)
        request, outcome = await processing.erase_lead_now(context.organization_id, _lead_pk(input.id))
        return DeleteLeadPayload(
            privacy_request=PrivacyRequestType.from_model(request),
            deleted_lead_id=input.id if outcome.erased else None,
            outcome=outcome.to_json(),
        )

    @payload_mutation(WRITE, "Import leads from a CSV upload (multipart), as a job.")
    async def import_leads(self, info: Info, input: ImportLeadsInput) -> ImportLeadsPayload:
        org_id, actor_id = org_and_actor(info)
        upload: Any = input.file
        raw = await upload.read(MAX_IMPORT_BYTES + 1) if hasattr(upload, "read") else bytes(upload)
        job = await start_import(org_id, raw, actor_id=actor_id)
        return ImportLeadsPayload(job=JobType.from_model(job))
