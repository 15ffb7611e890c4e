"""Privacy engine operations: erasure preview, legal holds, minors, consents, objections, retention, usage."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from app.accounts.models import Role
from app.classification import DataCategory
from app.errors import DomainError, ErrorCode
from app.privacy import consent as consent_service
from app.privacy import retention as retention_service
from app.privacy.erasure import preview_erasure
from app.privacy.erasure_models import ConsentPurpose, LegalHold, ObjectionKind, RetentionAction
from app.privacy.holds import place_legal_hold, release_legal_hold
from app.privacy.processing import flag_minor
from app.privacy.usage import record_usage_event
from schema.context import ctx, forbidden
from schema.errors import UserError, payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.permissions import allow, signed_in
from schema.privacy.engine_types import (
    ConsentPurposeEnum,
    ConsentType,
    ErasureCategoryCount,
    ErasurePreview,
    ErasureSubjectKind,
    ErasureTableStep,
    KeptRecords,
    LegalHoldType,
    ObjectionKindEnum,
    ObjectionType,
    RetentionActionEnum,
    RetentionPreviewItem,
    RetentionRuleType,
    UsageEventType,
)
from schema.privacy.queries import DataCategoryEnum
from schema.relay import id_input, id_or_named_pk, invalid_input, pk_of, pk_or_not_found

ADMIN_PRIVACY = allow(Role.ADMIN, "privacy:manage")


def _subject(lead_id: strawberry.ID | None, user_id: strawberry.ID | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """Exactly one of leadId / userId."""
    if (lead_id is None) == (user_id is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give exactly one of leadId and userId.", field="leadId")
    if lead_id is not None:
        return _lead_pk(lead_id), None
    assert user_id is not None
    return None, pk_or_not_found(user_id, "User", "userId", what="member")


def _lead_pk(lead_id: strawberry.ID) -> uuid.UUID:
    return pk_or_not_found(lead_id, "Lead", "leadId", what="lead")


# --- inputs and payloads -------------------------------------------------------------------------------


@strawberry.input
class _SubjectInput:
    """Whose data: a lead or a member, exactly one (`_subject`). The base of the inputs that name them in this
    order; no argument takes it, so the schema does not show it (FlagMinorInput names them userId first)."""

    lead_id: strawberry.ID | None = None
    user_id: strawberry.ID | None = None


@strawberry.input
class ErasurePreviewInput(_SubjectInput):
    """Whose erasure to preview: a lead or a member."""


@strawberry.input
class PlaceLegalHoldInput(_SubjectInput):
    reason: str


PlaceLegalHoldPayload = payload_type("PlaceLegalHoldPayload", legal_hold=LegalHoldType)


ReleaseLegalHoldInput = id_input("ReleaseLegalHoldInput")

ReleaseLegalHoldPayload = payload_type("ReleaseLegalHoldPayload", legal_hold=LegalHoldType)


@strawberry.input
class FlagMinorInput:
    user_id: strawberry.ID | None = None
    lead_id: strawberry.ID | None = None


@strawberry.type
class FlagMinorPayload:
    outcome: JSON | None = strawberry.field(
        default=None, description="The signed erasure outcome, when something was erased."
    )
    suspended: bool = False
    account_erased: bool = False
    lead_erased: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class SetConsentInput:
    purpose: ConsentPurposeEnum  # type: ignore[valid-type]
    granted: bool


@strawberry.type
class SetConsentPayload:
    consent: ConsentType | None = None
    meta_disconnected: bool | None = strawberry.field(
        default=None, description="Withdrawing META_INTEGRATION: whether a Meta connection was removed."
    )
    meta_records_removed: int | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class SetLeadConsentInput:
    purpose: ConsentPurposeEnum  # type: ignore[valid-type]
    granted: bool
    source: str | None = None
    form_id: str | None = None
    question: str | None = None
    text_shown: str | None = None
    channel: str | None = None
    id: strawberry.ID | None = strawberry.field(default=None, description="The lead (or give it as `leadId`).")
    lead_id: strawberry.ID | None = None


SetLeadConsentPayload = payload_type("SetLeadConsentPayload", consent=ConsentType)


@strawberry.input
class ObjectToProcessingInput:
    kind: ObjectionKindEnum  # type: ignore[valid-type]
    lead_id: strawberry.ID | None = None


ObjectToProcessingPayload = payload_type("ObjectToProcessingPayload", objection=ObjectionType)


@strawberry.input
class SetRetentionRuleInput:
    category: DataCategoryEnum  # type: ignore[valid-type]
    days: int
    action: RetentionActionEnum  # type: ignore[valid-type]


SetRetentionRulePayload = payload_type("SetRetentionRulePayload", retention_rule=RetentionRuleType)


RunRetentionSweepPayload = payload_type("RunRetentionSweepPayload", job=JobType)


@strawberry.input
class RecordUsageEventInput:
    name: str
    path: str
    referrer: str


@strawberry.type
class RecordUsageEventPayload:
    usage_event: UsageEventType | None = strawberry.field(
        default=None, description="Null when the event was dropped (no ANALYTICS consent)."
    )
    recorded: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


# --- queries -------------------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(
        extensions=ADMIN_PRIVACY,
        description="Dry run of an erasure: what would be deleted, anonymised and kept (exactly one id).",
    )
    async def erasure_preview(self, info: Info, input: ErasurePreviewInput) -> ErasurePreview | None:
        if (input.lead_id is None) == (input.user_id is None):
            raise invalid_input("Give exactly one of leadId and userId.")
        try:
            lead_pk, user_pk = _subject(input.lead_id, input.user_id)
            plan = await preview_erasure(ctx(info).organization_id, lead_id=lead_pk, user_id=user_pk)
        except DomainError as error:
            if error.code is ErrorCode.NOT_FOUND:
                return None
            raise
        return ErasurePreview.from_plan(plan)

    @strawberry.field(extensions=ADMIN_PRIVACY, description="Legal holds of your organisation.")
    async def legal_holds(self, info: Info, active_only: bool = True) -> list[LegalHoldType]:
        qs = LegalHold.for_org(ctx(info).organization_id)
        if active_only:
            qs = qs.filter(released_at__isnull=True)
        return [LegalHoldType.from_model(h) for h in await qs.order_by("-created_at")]

    @strawberry.field(
        extensions=signed_in(),
        description="Your consents: the current state per purpose, or every change with `history: true`.",
    )
    async def consents(self, info: Info, history: bool = False) -> list[ConsentType]:
        rows = await consent_service.user_consents(ctx(info).require_viewer().user_id, history=history)
        return [ConsentType.from_model(r) for r in rows]

    @strawberry.field(extensions=signed_in(), description="Your objections to processing.")
    async def my_objections(self, info: Info) -> list[ObjectionType]:
        rows = await consent_service.user_objections(ctx(info).require_viewer().user_id)
        return [ObjectionType.from_model(r) for r in rows]

    @strawberry.field(
        extensions=allow(Role.VIEWER, "leads:read"),
        description="A lead's consents: the current state per purpose, or every change with `history: true`.",
    )
    async def lead_consents(self, info: Info, lead_id: strawberry.ID, history: bool = False) -> list[ConsentType]:
        pk = pk_of(lead_id, "Lead")
        if pk is None:
            return []
        rows = await consent_service.lead_consents(ctx(info).organization_id, pk, history=history)
        return [ConsentType.from_model(r) for r in rows]

    @strawberry.field(extensions=allow(Role.VIEWER, "leads:read"), description="A lead's objections to processing.")
    async def lead_objections(self, info: Info, lead_id: strawberry.ID) -> list[ObjectionType]:
        pk = pk_of(lead_id, "Lead")
        if pk is None:
            return []
        rows = await consent_service.lead_objections(ctx(info).organization_id, pk)
        return [ObjectionType.from_model(r) for r in rows]

    @strawberry.field(extensions=allow(Role.VIEWER), description="Retention per category (yours or the default).")
    async def retention_rules(self, info: Info) -> list[RetentionRuleType]:
        rules = await retention_service.retention_rules(ctx(info).organization_id)
        return [RetentionRuleType.from_rule(r) for r in rules]

    @strawberry.field(extensions=allow(Role.ADMIN), description="What the next retention sweep would touch.")
    async def retention_preview(self, info: Info) -> list[RetentionPreviewItem]:
        items = await retention_service.retention_preview(ctx(info).organization_id)
        return [RetentionPreviewItem(**item) for item in items]


# --- mutations -----------------------------------------------------------------------------------------


@strawberry.type
class Mutation:
    @payload_mutation(ADMIN_PRIVACY, "Keep a lead or a member from erasure and retention.")
    async def place_legal_hold(self, info: Info, input: PlaceLegalHoldInput) -> PlaceLegalHoldPayload:
        lead_pk, user_pk = _subject(input.lead_id, input.user_id)
        context = ctx(info)
        hold = await place_legal_hold(
            context.organization_id,
            lead_id=lead_pk,
            user_id=user_pk,
            reason=input.reason,
            placed_by_id=context.require_viewer().user_id,
        )
        return PlaceLegalHoldPayload(legal_hold=LegalHoldType.from_model(hold))

    @payload_mutation(ADMIN_PRIVACY, "Release a legal hold.")
    async def release_legal_hold(self, info: Info, input: ReleaseLegalHoldInput) -> ReleaseLegalHoldPayload:
        pk = pk_or_not_found(input.id, "LegalHold", what="legal hold")
        context = ctx(info)
        hold = await release_legal_hold(context.organization_id, pk, released_by_id=context.require_viewer().user_id)
        return ReleaseLegalHoldPayload(legal_hold=LegalHoldType.from_model(hold))

    @payload_mutation(
        allow(Role.ADMIN),
        "A minor: a lead is erased at once; a user is suspended, removed, and erased if in no other organisation.",
    )
    async def flag_minor(self, info: Info, input: FlagMinorInput) -> FlagMinorPayload:
        lead_pk, user_pk = _subject(input.lead_id, input.user_id)
        context = ctx(info)
        result = await flag_minor(
            context.organization_id, lead_id=lead_pk, user_id=user_pk, actor_id=context.require_viewer().user_id
        )
        outcome = result.outcome
        return FlagMinorPayload(
            outcome=outcome.to_json() if outcome else None,
            suspended=result.suspended,
            account_erased=bool(user_pk and outcome and outcome.erased),
            lead_erased=bool(lead_pk and outcome and outcome.erased),
        )

    @payload_mutation(signed_in(), "Grant or withdraw one of your consents (every change is kept).")
    async def set_consent(self, info: Info, input: SetConsentInput) -> SetConsentPayload:
        viewer = ctx(info).require_viewer()
        row, disconnect = await consent_service.set_user_consent(
            viewer.user_id,
            ConsentPurpose(input.purpose.value),
            input.granted,
            organization_id=viewer.organization_id,
            source="SETTINGS",
            evidence={"channel": "graphql"},
        )
        return SetConsentPayload(
            consent=ConsentType.from_model(row),
            meta_disconnected=disconnect.disconnected if disconnect else None,
            meta_records_removed=disconnect.records_removed if disconnect else None,
        )

    @payload_mutation(
        allow(Role.MEMBER, "leads:write"),
        "Record a lead's consent or its withdrawal, with evidence (form, question, text shown, channel).",
    )
    async def set_lead_consent(self, info: Info, input: SetLeadConsentInput) -> SetLeadConsentPayload:
        context = ctx(info)
        lead_pk, field = id_or_named_pk(input.id, input.lead_id, "Lead", "leadId", what="lead")
        row = await consent_service.set_lead_consent(
            context.organization_id,
            lead_pk,
            ConsentPurpose(input.purpose.value),
            input.granted,
            source=input.source or "MANUAL",
            evidence={
                "formId": input.form_id,
                "question": input.question,
                "textShown": input.text_shown,
                "channel": input.channel,
            },
            recorded_by_id=context.require_viewer().user_id,
            lead_field=field,
        )
        return SetLeadConsentPayload(consent=ConsentType.from_model(row))

    @payload_mutation(
        allow(Role.VIEWER, tokens=True),
        "Object to direct marketing or automated decisions: for a lead (MEMBER+), or yourself.",
    )
    async def object_to_processing(self, info: Info, input: ObjectToProcessingInput) -> ObjectToProcessingPayload:
        context = ctx(info)
        viewer = context.require_viewer()
        kind = ObjectionKind(input.kind.value)
        if input.lead_id is not None:
            if viewer.role is None or viewer.role < Role.MEMBER:
                raise forbidden("This needs the MEMBER role or higher.")
            if viewer.is_token and "leads:write" not in (viewer.scopes or frozenset()):
                raise forbidden("This API token does not have the scope for this operation.")
            row = await consent_service.apply_objection(
                context.organization_id,
                kind,
                lead_id=_lead_pk(input.lead_id),
                source="MANUAL",
                recorded_by_id=viewer.user_id,
            )
        else:
            if viewer.is_token:
                raise forbidden("An API token cannot object on its own behalf.")
            row = await consent_service.apply_objection(
                viewer.organization_id, kind, user_id=viewer.user_id, source="SETTINGS"
            )
        return ObjectToProcessingPayload(objection=ObjectionType.from_model(row))

    @payload_mutation(allow(Role.ADMIN), "Set how long a category is kept (within the platform bounds).")
    async def set_retention_rule(self, info: Info, input: SetRetentionRuleInput) -> SetRetentionRulePayload:
        rule = await retention_service.set_retention_rule(
            ctx(info).organization_id,
            DataCategory(input.category.value),
            input.days,
            RetentionAction(input.action.value),
        )
        return SetRetentionRulePayload(retention_rule=RetentionRuleType.from_rule(rule))

    @payload_mutation(allow(Role.ADMIN), "Run the retention sweep now (a job).")
    async def run_retention_sweep(self, info: Info) -> RunRetentionSweepPayload:
        job = await retention_service.enqueue_sweep_now(ctx(info).organization_id)
        return RunRetentionSweepPayload(job=JobType.from_model(job))

    @payload_mutation(signed_in(), "Record a product-analytics event; dropped without ANALYTICS consent.")
    async def record_usage_event(self, info: Info, input: RecordUsageEventInput) -> RecordUsageEventPayload:
        context = ctx(info)
        viewer = context.require_viewer()
        headers = context.request.headers if context.request is not None else {}
        event = await record_usage_event(
            viewer.user_id,
            viewer.organization_id,
            name=input.name,
            path=input.path,
            referrer=input.referrer,
            session_id=viewer.session_id,
            user_agent=headers.get("user-agent"),
            global_privacy_control=headers.get("sec-gpc", "").strip() == "1",
        )
        return RecordUsageEventPayload(
            usage_event=UsageEventType.from_model(event) if event else None, recorded=event is not None
        )


types = [
    ErasurePreview,
    ErasureCategoryCount,
    ErasureTableStep,
    ErasureSubjectKind,
    KeptRecords,
    LegalHoldType,
    ConsentType,
    ObjectionType,
    RetentionRuleType,
    UsageEventType,
]
