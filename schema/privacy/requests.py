"""GraphQL of privacy requests: public intake, the admin queue, and a signed-in user's own requests."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from app.accounts.models import Role
from app.errors import DomainError, ErrorCode
from app.jobs.models import Job
from app.privacy import intake, processing
from app.privacy import requests as service
from app.privacy.erasure_models import ObjectionKind
from app.privacy.request_models import (
    ExportFormat,
    IntakeChannel,
    PrivacyRequest,
    RequestStatus,
    RequestType,
    SubjectKind,
    intake_channel_of,
)
from schema.context import Context, ctx
from schema.errors import UserError, payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.nodes import by_id
from schema.permissions import allow, public, signed_in
from schema.privacy.engine_types import ObjectionKindEnum
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_field,
    from_row,
    id_input,
    paginate,
    pk_of,
    register_node,
    to_global_id,
)

PrivacyRequestTypeEnum = strawberry.enum(RequestType, name="PrivacyRequestType")
PrivacySubjectKindEnum = strawberry.enum(SubjectKind, name="PrivacySubjectKind")
PrivacyRequestStatusEnum = strawberry.enum(RequestStatus, name="PrivacyRequestStatus")
ExportFormatEnum = strawberry.enum(ExportFormat, name="ExportFormat")
PrivacyRequestChannelEnum = strawberry.enum(
    IntakeChannel,
    name="PrivacyRequestChannel",
    description="How a request arrived: WEB = privacy center, API = submitPrivacyRequest or a signed-in user's "
    "own request, META = Meta's data-deletion callback, the rest logged by an admin (logPrivacyRequest).",
)


@strawberry.type(description="A finished data export: a signed link, valid 72 hours, for 5 downloads.")
class PrivacyExport:
    url: str
    expires_at: dt.datetime
    size_bytes: int
    sha256: str = strawberry.field(description="SHA-256 of the ZIP file, hex.")


@strawberry.type(description="One extension of a request's deadline.")
class PrivacyRequestExtension:
    days: int
    reason: str
    extended_at: dt.datetime


@strawberry.type(name="PrivacyRequest", description="A request to exercise a privacy right, and how it went.")
class PrivacyRequestType(Node):
    type: PrivacyRequestTypeEnum  # type: ignore[valid-type]
    subject_kind: PrivacySubjectKindEnum  # type: ignore[valid-type]
    status: PrivacyRequestStatusEnum  # type: ignore[valid-type]
    received_at: dt.datetime
    verified_at: dt.datetime | None
    due_at: dt.datetime | None = strawberry.field(description="Verification + QUANTIX_PRIVACY_DUE_DAYS + extensions.")
    scheduled_for: dt.datetime | None = strawberry.field(description="When a scheduled erasure runs.")
    completed_at: dt.datetime | None
    confirmation_code: str
    status_url: str
    outcome: JSON | None = strawberry.field(description="Per category what was done, what was kept and why.")
    overdue: bool
    extensions: list[PrivacyRequestExtension]
    rejection_reason: str | None
    channel: PrivacyRequestChannelEnum  # type: ignore[valid-type]
    objection_kind: ObjectionKindEnum | None = strawberry.field(  # type: ignore[valid-type]
        description="What an OBJECTION objects to, as the requester named it."
    )
    model: strawberry.Private[PrivacyRequest]

    @classmethod
    def from_model(cls, row: PrivacyRequest) -> PrivacyRequestType:
        return from_row(
            cls,
            row,
            channel=intake_channel_of(row),
            objection_kind=ObjectionKind(row.objection_kind) if row.objection_kind else None,
            status_url=service.status_url(row.confirmation_code),
            overdue=service.is_overdue(row),
            extensions=[
                PrivacyRequestExtension(
                    days=int(e["days"]), reason=str(e["reason"]), extended_at=dt.datetime.fromisoformat(e["at"])
                )
                for e in row.extensions or []
            ],
            model=row,
        )

    @strawberry.field(description="The export of an access request: only its subject sees the link.")
    async def export(self, info: Info) -> PrivacyExport | None:
        from app.privacy.export import current_export, export_url

        viewer = ctx(info).viewer
        if viewer is None or viewer.is_token or self.model.subject_user_id != viewer.user_id:
            return None
        found = await current_export(self.model.id)
        if found is None:
            return None
        return PrivacyExport(
            url=export_url(found), expires_at=found.expires_at, size_bytes=found.size_bytes, sha256=found.sha256
        )

    def _admin_view(self, info: Info) -> bool:
        context = ctx(info)
        return (
            _can_manage(context)
            and context.viewer is not None
            and (self.model.organization_id == context.viewer.organization_id)
        )

    @strawberry.field(description="The address the requester verified (the organisation's admins only).")
    def contact_email(self, info: Info) -> str | None:
        return str(self.model.email) if self.model.email and self._admin_view(info) else None

    @strawberry.field(description="The phone the requester gave (admins only; never used to match the subject).")
    def contact_phone(self, info: Info) -> str | None:
        return str(self.model.phone) if self.model.phone and self._admin_view(info) else None

    @strawberry.field(description="What the requester wrote (admins only).")
    def details(self, info: Info) -> str | None:
        return str(self.model.details) if self.model.details and self._admin_view(info) else None

    @strawberry.field(description="The lead or user the request was matched to (admins only); null when none.")
    def subject_id(self, info: Info) -> strawberry.ID | None:
        if not self._admin_view(info):
            return None
        if self.model.subject_lead_id is not None:
            return to_global_id("Lead", self.model.subject_lead_id)
        if self.model.subject_user_id is not None:
            return to_global_id("User", self.model.subject_user_id)
        return None

    @strawberry.field(description="The background job doing the work (exports).")
    async def job(self, info: Info) -> JobType | None:
        if self.model.job_id is None or ctx(info).viewer is None:
            return None
        row = await Job.get_or_none(id=self.model.job_id)
        return JobType.from_model(row) if row else None


def _public_view(row: PrivacyRequest) -> PrivacyRequestType:
    """What an anonymous submitter sees: the handle of their request, nothing about the subject."""
    view = PrivacyRequestType.from_model(row)
    view.outcome = None
    view.rejection_reason = None
    view.extensions = []
    return view


def _can_manage(context: Context) -> bool:
    viewer = context.viewer
    if viewer is None or viewer.role is None or viewer.role < Role.ADMIN:
        return False
    return not viewer.is_token or "privacy:manage" in (viewer.scopes or frozenset())


async def load_privacy_requests(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The organisation's requests for its admins; otherwise only the caller's own."""
    qs = PrivacyRequest.filter(id__in=pks, organization_id=context.organization_id)
    if not _can_manage(context):
        qs = qs.filter(subject_user_id=context.require_viewer().user_id)
    return {row.id: PrivacyRequestType.from_model(row) for row in await qs}


register_node("PrivacyRequest", load_privacy_requests, scope="privacy:manage")


# --- inputs and payloads -------------------------------------------------------------------------------


@strawberry.input
class PrivacyRequestFilter:
    status: PrivacyRequestStatusEnum | None = None  # type: ignore[valid-type]
    type: PrivacyRequestTypeEnum | None = None  # type: ignore[valid-type]
    overdue: bool | None = None


@strawberry.input
class SubmitPrivacyRequestInput:
    organization_slug: str
    type: PrivacyRequestTypeEnum  # type: ignore[valid-type]
    email: str
    phone: str | None = None
    details: str | None = None
    objection_kind: ObjectionKindEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Required for OBJECTION; INVALID_INPUT on other types."
    )


@strawberry.input(description="A request that arrived by mail, phone, post or in person.")
class LogPrivacyRequestInput:
    type: PrivacyRequestTypeEnum  # type: ignore[valid-type]
    channel: PrivacyRequestChannelEnum = strawberry.field(  # type: ignore[valid-type]
        description="EMAIL, PHONE, POST or IN_PERSON; WEB, API and META are how other intakes arrive "
        "(INVALID_INPUT on channel)."
    )
    email: str | None = strawberry.field(
        default=None, description="The code is mailed here; without one an admin verifies manually."
    )
    phone: str | None = None
    details: str | None = None
    received_at: dt.datetime | None = strawberry.field(default=None, description="When it arrived; default now.")
    objection_kind: ObjectionKindEnum | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Required for OBJECTION; INVALID_INPUT on other types."
    )


@strawberry.input
class VerifyPrivacyRequestManuallyInput:
    id: strawberry.ID
    note: str = strawberry.field(description="How the requester's identity was checked (audited).")


@strawberry.input
class VerifyPrivacyRequestInput:
    request_id: strawberry.ID
    code: str


@strawberry.input(description="A corrected value for a field the data map marks correctable (e.g. fullName).")
class PrivacyCorrectionInput:
    field: str
    value: str


@strawberry.input
class ApprovePrivacyRequestInput:
    id: strawberry.ID
    corrections: list[PrivacyCorrectionInput] = strawberry.field(
        default_factory=list, description="For RECTIFICATION requests."
    )
    lead_id: strawberry.ID | None = strawberry.field(
        default=None, description="MINOR_REPORT: the lead to flag (exactly one of leadId, userId)."
    )
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="MINOR_REPORT: the member to flag (exactly one of leadId, userId)."
    )


@strawberry.input
class RejectPrivacyRequestInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class ExtendPrivacyRequestInput:
    id: strawberry.ID
    days: int
    reason: str


@strawberry.input
class RequestMyDataExportInput:
    format: ExportFormatEnum  # type: ignore[valid-type]


@strawberry.input
class RequestAccountDeletionInput:
    password: str
    otp: str | None = strawberry.field(default=None, description="Your two-factor code; required when MFA is on.")


@strawberry.input
class DeleteOrganizationInput:
    slug: str = strawberry.field(description="The organisation's slug, typed back to confirm.")
    password: str
    otp: str | None = strawberry.field(default=None, description="Your two-factor code; required when MFA is on.")


CancelPrivacyRequestInput = id_input("CancelPrivacyRequestInput")

SubmitPrivacyRequestPayload = payload_type("SubmitPrivacyRequestPayload", privacy_request=PrivacyRequestType)
VerifyPrivacyRequestPayload = payload_type("VerifyPrivacyRequestPayload", privacy_request=PrivacyRequestType)
ApprovePrivacyRequestPayload = payload_type("ApprovePrivacyRequestPayload", privacy_request=PrivacyRequestType)
RejectPrivacyRequestPayload = payload_type("RejectPrivacyRequestPayload", privacy_request=PrivacyRequestType)
ExtendPrivacyRequestPayload = payload_type("ExtendPrivacyRequestPayload", privacy_request=PrivacyRequestType)
RequestAccountDeletionPayload = payload_type("RequestAccountDeletionPayload", privacy_request=PrivacyRequestType)
CancelPrivacyRequestPayload = payload_type("CancelPrivacyRequestPayload", privacy_request=PrivacyRequestType)
DeleteOrganizationPayload = payload_type("DeleteOrganizationPayload", privacy_request=PrivacyRequestType)
LogPrivacyRequestPayload = payload_type("LogPrivacyRequestPayload", privacy_request=PrivacyRequestType)
VerifyPrivacyRequestManuallyPayload = payload_type(
    "VerifyPrivacyRequestManuallyPayload", privacy_request=PrivacyRequestType
)


@strawberry.type
class RequestMyDataExportPayload:
    privacy_request: PrivacyRequestType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
    job: JobType | None = None  # after errors, as the schema has always had it


def _pk(global_id: str) -> uuid.UUID | None:
    return pk_of(global_id, "PrivacyRequest")


def _subject_pk(global_id: strawberry.ID | None, type_name: str, field: str) -> uuid.UUID | None:
    if global_id is None:
        return None
    pk = pk_of(global_id, type_name)
    if pk is None:
        raise DomainError(ErrorCode.NOT_FOUND, "Not found.", field=field)
    return pk


# --- root fields ---------------------------------------------------------------------------------------


@strawberry.type
class Query:
    @connection_field(allow(Role.ADMIN, "privacy:manage"), "The organisation's privacy request queue, newest first.")
    async def privacy_requests(
        self, info: Info, filter: PrivacyRequestFilter | None = None, *, page: PageArgs
    ) -> Connection[PrivacyRequestType]:
        f = filter or PrivacyRequestFilter()
        qs = service.queue_for_org(ctx(info).organization_id, status=f.status, type=f.type, overdue=f.overdue)
        key = {
            "status": getattr(f.status, "value", None),
            "type": getattr(f.type, "value", None),
            "overdue": f.overdue,
        }
        return await paginate(
            qs,
            page,
            PrivacyRequestType.from_model,
            order_field="received_at",
            filter_key=key,
        )

    @strawberry.field(
        extensions=allow(Role.ADMIN, "privacy:manage"), description="One request of the organisation's queue."
    )
    async def privacy_request(self, info: Info, id: strawberry.ID) -> PrivacyRequestType | None:
        return await by_id(info, "PrivacyRequest", id)

    @connection_field(signed_in(), "Your own privacy requests, newest first.")
    async def my_privacy_requests(self, info: Info, *, page: PageArgs) -> Connection[PrivacyRequestType]:
        qs = service.mine(ctx(info).require_viewer().user_id)
        return await paginate(qs, page, PrivacyRequestType.from_model, order_field="received_at")


@strawberry.type
class Mutation:
    @payload_mutation(
        public(), "Ask an organisation about your data (no sign-in). A 6-digit code is mailed to the address."
    )
    async def submit_privacy_request(self, input: SubmitPrivacyRequestInput) -> SubmitPrivacyRequestPayload:  # type: ignore[valid-type]
        kind = ObjectionKind(input.objection_kind.value) if input.objection_kind else None
        row = await intake.submit(
            input.organization_slug, input.type, input.email, input.phone, input.details, objection_kind=kind
        )
        return SubmitPrivacyRequestPayload(privacy_request=_public_view(row))

    @payload_mutation(public(), "Confirm a public request with the mailed code.")
    async def verify_privacy_request(self, input: VerifyPrivacyRequestInput) -> VerifyPrivacyRequestPayload:  # type: ignore[valid-type]
        row = await intake.verify(pk_of(input.request_id, "PrivacyRequest"), input.code)
        return VerifyPrivacyRequestPayload(privacy_request=_public_view(row))

    @payload_mutation(
        allow(Role.ADMIN, "privacy:manage"), "Approve a verified request; its work (export, erasure, correction) runs."
    )
    async def approve_privacy_request(
        self, info: Info, input: ApprovePrivacyRequestInput
    ) -> ApprovePrivacyRequestPayload:  # type: ignore[valid-type]
        corrections = [(c.field, c.value) for c in input.corrections]
        lead_pk = _subject_pk(input.lead_id, "Lead", "leadId")
        user_pk = _subject_pk(input.user_id, "User", "userId")
        context = ctx(info)
        row = await processing.approve(
            context.organization_id,
            _pk(input.id),
            corrections,
            lead_id=lead_pk,
            user_id=user_pk,
            by_token=context.require_viewer().is_token,
        )
        return ApprovePrivacyRequestPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(
        allow(Role.ADMIN, "privacy:manage"),
        "Log a request that arrived by mail, phone, post or in person; with an email the subject is "
        "mailed a code, as from the public intake.",
    )
    async def log_privacy_request(self, info: Info, input: LogPrivacyRequestInput) -> LogPrivacyRequestPayload:  # type: ignore[valid-type]
        context = ctx(info)
        viewer = context.require_viewer()
        row = await intake.log_request(
            context.organization_id,
            None if viewer.is_token else viewer.user_id,
            type=RequestType(input.type.value),
            channel=input.channel,
            email=input.email,
            phone=input.phone,
            details=input.details,
            received_at=input.received_at,
            objection_kind=ObjectionKind(input.objection_kind.value) if input.objection_kind else None,
        )
        return LogPrivacyRequestPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(
        allow(Role.ADMIN), "Verify a logged request that has no email, saying how the identity was checked (audited)."
    )
    async def verify_privacy_request_manually(
        self, info: Info, input: VerifyPrivacyRequestManuallyInput
    ) -> VerifyPrivacyRequestManuallyPayload:  # type: ignore[valid-type]
        context = ctx(info)
        row = await intake.verify_manually(
            context.organization_id, context.require_viewer().user_id, _pk(input.id), input.note
        )
        return VerifyPrivacyRequestManuallyPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(allow(Role.ADMIN, "privacy:manage"), "Decline a request; the reason is mailed.")
    async def reject_privacy_request(self, info: Info, input: RejectPrivacyRequestInput) -> RejectPrivacyRequestPayload:  # type: ignore[valid-type]
        row = await service.reject(ctx(info).organization_id, _pk(input.id), input.reason)
        return RejectPrivacyRequestPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(
        allow(Role.ADMIN, "privacy:manage"), "Extend a deadline (60 days at most in total); the subject is told why."
    )
    async def extend_privacy_request(self, info: Info, input: ExtendPrivacyRequestInput) -> ExtendPrivacyRequestPayload:  # type: ignore[valid-type]
        row = await service.extend(ctx(info).organization_id, _pk(input.id), input.days, input.reason)
        return ExtendPrivacyRequestPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(signed_in(), "A ZIP of every record about you (JSON or CSV).")
    async def request_my_data_export(self, info: Info, input: RequestMyDataExportInput) -> RequestMyDataExportPayload:  # type: ignore[valid-type]
        viewer = ctx(info).require_viewer()
        row, job = await processing.request_my_export(viewer.user_id, viewer.organization_id, input.format)
        return RequestMyDataExportPayload(
            privacy_request=PrivacyRequestType.from_model(row), job=JobType.from_model(job)
        )

    @payload_mutation(
        signed_in(), "Erase your account after the grace period (QUANTIX_ERASURE_GRACE_DAYS); cancellable until then."
    )
    async def request_account_deletion(
        self, info: Info, input: RequestAccountDeletionInput
    ) -> RequestAccountDeletionPayload:  # type: ignore[valid-type]
        viewer = ctx(info).require_viewer()
        row = await processing.request_account_deletion(
            viewer.user_id, viewer.organization_id, input.password, input.otp
        )
        return RequestAccountDeletionPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(
        allow(Role.OWNER),
        "Erase this organisation's data after the grace period (QUANTIX_ERASURE_GRACE_DAYS), keeping "
        "its invoices and deleting its Stripe customer; the OWNER who asked can cancel it until then.",
    )
    async def delete_organization(self, info: Info, input: DeleteOrganizationInput) -> DeleteOrganizationPayload:  # type: ignore[valid-type]
        viewer = ctx(info).require_viewer()
        row = await processing.request_organization_deletion(
            viewer.user_id, ctx(info).organization_id, input.slug, input.password, input.otp
        )
        return DeleteOrganizationPayload(privacy_request=PrivacyRequestType.from_model(row))

    @payload_mutation(signed_in(), "Cancel one of your requests (e.g. an account deletion).")
    async def cancel_privacy_request(self, info: Info, input: CancelPrivacyRequestInput) -> CancelPrivacyRequestPayload:  # type: ignore[valid-type]
        row = await service.cancel(ctx(info).require_viewer().user_id, _pk(input.id))
        return CancelPrivacyRequestPayload(privacy_request=PrivacyRequestType.from_model(row))


types = [PrivacyRequestType]
