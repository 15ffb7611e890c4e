"""Doing what a verified privacy request asks: export, erasure, rectification, objection, withdrawal.

Admins approve public requests (`approve`); objections and consent withdrawals apply on verification
(`apply_request`); a signed-in user's account erasure runs after its grace period (`run_due_erasures`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from app.accounts.mfa import verify_second_factor
from app.accounts.models import Membership, Organization, Role, User, UserStatus
from app.accounts.organizations import actor_role, can_manage, end_membership
from app.accounts.services import update_profile
from app.accounts.sessions import revoke_sessions
from app.audit import services as audit
from app.customfields import services as custom_services
from app.customfields.models import CustomField
from app.errors import AccessDenied, DomainError, ErrorCode
from app.jobs import Job, JobKind, enqueue, handler
from app.leads.models import Lead
from app.leads.services import update_lead
from app.privacy import requests as service
from app.privacy.consent import apply_objection, withdraw_consent
from app.privacy.datamap import data_map
from app.privacy.erasure import (
    ErasureOutcome,
    check_account_erasable,
    erase_lead,
    erase_user,
    organisations_left_empty,
)
from app.privacy.erasure_models import ObjectionKind
from app.privacy.export import start_export
from app.privacy.holds import check_subject_known, require_one_subject
from app.privacy.org_erasure import erase_organization
from app.privacy.request_models import (
    ExportFormat,
    PrivacyRequest,
    RequestChannel,
    RequestStatus,
    RequestType,
    SubjectKind,
)
from app.request_context import current_request
from app.security.crypto import (
    PLATFORM_SCOPE,
    blind_index,
    blind_index_candidates,
    normalize_email,
    normalize_phone,
    scope_of,
)
from app.security.passwords import verify_password
from app.security.ratelimit import Limit, enforce
from app.settings import get_settings
from app.text import MAX_EMAIL
from app.tombstones.models import TombstoneReason

log = logging.getLogger("quantix.privacy")
S = RequestStatus


def no_data_outcome(request: PrivacyRequest) -> dict[str, Any]:
    return {"requestId": str(request.id), "noDataHeld": True, "categories": [], "kept": []}


# --- approval ------------------------------------------------------------------------------------------


async def approve(
    organization_id: uuid.UUID,
    request_id: uuid.UUID | None,
    corrections: list[tuple[str, str]] | None = None,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    by_token: bool = False,
) -> PrivacyRequest:
    """An admin approves a verified request (-> IN_PROGRESS) and its work runs.

    A MINOR_REPORT names its subject here (exactly one of lead_id, user_id); other types take neither.
    `by_token`: a `privacy:manage` API token approves, which may not act on a member's account
    (`_refuse_member_management`).
    """
    request = await service.get_for_org(organization_id, request_id)
    # Another organisation's subject is unknown first (NOT_FOUND, SPEC §6), whatever the request's type.
    await check_subject_known(organization_id, lead_id=lead_id, user_id=user_id)
    named = (lead_id is not None) + (user_id is not None)
    if request.type is RequestType.MINOR_REPORT and named != 1:
        raise DomainError(ErrorCode.INVALID_INPUT, "Name the minor: exactly one of leadId and userId.", field="leadId")
    if request.type is not RequestType.MINOR_REPORT and named:
        given = "leadId" if lead_id is not None else "userId"
        raise DomainError(ErrorCode.INVALID_INPUT, f"Only a MINOR_REPORT names a {given}.", field=given)
    if request.status is not S.VERIFIED:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"Only a VERIFIED request can be approved (this one is {request.status.value}).",
            field="id",
        )
    if request.type is RequestType.MINOR_REPORT:
        if by_token:
            _refuse_member_management(request, user_id)
        return await _approve_minor_report(request, lead_id=lead_id, user_id=user_id)
    if request.subject_kind is SubjectKind.LEAD and request.subject_lead_id is None and request.email:
        await match_subject(request)  # the lead may have arrived since verification
    if by_token:
        _refuse_member_management(request, user_id)
    planned: list[tuple[str, Any]] = []
    if request.type is RequestType.RECTIFICATION:
        planned = await plan_corrections(request, corrections or [])
    await service.audit_request("privacy.request_approved", request, details={"type": request.type.value})
    return await run(request, planned)


ACCOUNT_CHANGING = (RequestType.ERASURE, RequestType.RECTIFICATION)


def _refuse_member_management(request: PrivacyRequest, user_id: uuid.UUID | None) -> None:
    """SPEC §6: a token never manages members. A minor report naming a member (flagMinor suspends and removes
    them), or the erasure or correction of a member's account, is member management: an ADMIN's session approves
    it. A request about a lead is the privacy queue a `privacy:manage` token works."""
    if user_id is not None or (request.type in ACCOUNT_CHANGING and request.subject_user_id is not None):
        raise AccessDenied(
            "FORBIDDEN", "An API token cannot act on a member's account: an admin approves this request."
        )


async def run(request: PrivacyRequest, planned: list[tuple[str, Any]] | None = None) -> PrivacyRequest:
    """Claim a VERIFIED request (-> IN_PROGRESS, once even with two admins) and do its work.

    An export and an erasure finish in their jobs; the rest completes here. A refused step (e.g. the subject
    became the sole owner of a team) puts the request back to VERIFIED.
    """
    if request.type is RequestType.ERASURE:
        await _check_erasable(request)
    service.move(request, S.IN_PROGRESS)
    claimed = await PrivacyRequest.filter(id=request.id, status=S.VERIFIED).update(
        status=S.IN_PROGRESS, updated_at=service.now()
    )
    if not claimed:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already being handled.", field="id")
    try:
        return await _work(request, planned or [])
    except DomainError:
        await _back_to_verified(request)
        raise


async def _back_to_verified(request: PrivacyRequest) -> None:
    """A step was refused: the request waits for the admin again, as verified."""
    await PrivacyRequest.filter(id=request.id, status=S.IN_PROGRESS).update(status=S.VERIFIED)
    request.status = S.VERIFIED


async def _work(request: PrivacyRequest, planned: list[tuple[str, Any]]) -> PrivacyRequest:
    if request.type in (RequestType.ACCESS, RequestType.PORTABILITY):
        if not _has_subject(request):
            return await service.complete(request, no_data_outcome(request), extra_text=" We hold no data about you.")
        await request.save()  # the subject matched at approval
        await start_export(request)
        return request
    if request.type is RequestType.ERASURE:  # IN_PROGRESS until its ERASURE job has run (SPEC §6)
        await enqueue(
            JobKind.ERASURE,
            {"request_id": str(request.id)},
            organization_id=request.organization_id,
            dedupe_key=f"privacy-erasure:{request.id}",
        )
        return request
    if request.type is RequestType.RECTIFICATION:
        return await apply_corrections(request, planned)
    return await _apply_preference(request)


async def apply_request(request: PrivacyRequest) -> PrivacyRequest:
    """A verified objection or consent withdrawal takes effect at once, without approval."""
    return await run(request)


def _has_subject(request: PrivacyRequest) -> bool:
    return request.subject_lead_id is not None or request.subject_user_id is not None


# --- objection and consent withdrawal ------------------------------------------------------------------


def objection_kinds(request: PrivacyRequest) -> list[ObjectionKind]:
    """The kind the requester named (SPEC §7.2: never guessed from the details); rows from before the
    field existed object to direct marketing, the one kind every objection covered."""
    return [ObjectionKind(request.objection_kind or ObjectionKind.DIRECT_MARKETING.value)]


async def _apply_preference(request: PrivacyRequest) -> PrivacyRequest:
    if not _has_subject(request):
        return await service.complete(request, no_data_outcome(request), extra_text=" We hold no data about you.")
    who: dict[str, Any] = (
        {"lead_id": request.subject_lead_id}
        if request.subject_lead_id is not None
        else {"user_id": request.subject_user_id}
    )
    if request.type is RequestType.OBJECTION:
        kinds = objection_kinds(request)
        for kind in kinds:
            await apply_objection(request.organization_id, kind, source="PRIVACY_REQUEST", **who)
        outcome = {"requestId": str(request.id), "objections": [k.value for k in kinds], "kept": []}
    else:
        withdrawn = await withdraw_consent(request.organization_id, source="PRIVACY_REQUEST", **who)
        outcome = {"requestId": str(request.id), "withdrawn": [p.value for p in withdrawn], "kept": []}
    return await service.complete(request, outcome)


# --- erasure -------------------------------------------------------------------------------------------


async def _check_erasable(request: PrivacyRequest) -> None:
    if request.subject_user_id is not None and request.subject_lead_id is None:
        await check_account_erasable(request.subject_user_id)


async def execute_erasure(request: PrivacyRequest) -> PrivacyRequest:
    """Erase the request's subject through the erasure engine; the subject is mailed the outcome."""
    address = await service.subject_address(request)
    if request.subject_kind is SubjectKind.ORGANIZATION and request.organization_id is not None:
        outcome = await erase_organization(request.organization_id, request_id=request.id)
        result = await service.complete(request, outcome.to_json(), address=address)
    elif request.subject_lead_id is not None and request.organization_id is not None:
        if not await Lead.for_org(request.organization_id).filter(id=request.subject_lead_id).exists():
            outcome_json = await service.signed_outcome(request, [], [], noDataHeld=True)
            result = await service.complete(request, outcome_json, address=address)
        else:
            outcome = await erase_lead(request.organization_id, request.subject_lead_id, request_id=request.id)
            result = await service.complete(request, outcome.to_json(), address=address)
    elif request.subject_user_id is not None:
        outcome = await erase_user(request.subject_user_id, request_id=request.id)
        if outcome.erased:
            request.subject_user_id = None  # the row is gone (the database already detached it)
        result = await service.complete(request, outcome.to_json(), address=address)
    else:
        outcome_json = await service.signed_outcome(request, [], [], noDataHeld=True)
        result = await service.complete(request, outcome_json, address=address)
    # The request stays as evidence; its contact details served their purpose.
    await PrivacyRequest.filter(id=request.id).update(email=None, phone=None, details=None)
    return result


@handler(JobKind.ERASURE)
async def run_approved_erasure(job: Job) -> dict[str, Any]:
    """An approved ERASURE request's work; a re-run after it completed finds nothing left to do. Refused
    since the approval (the subject became a team's sole owner): back to VERIFIED, as a refused approval."""
    request = await PrivacyRequest.get_or_none(id=uuid.UUID(job.payload["request_id"]))
    if request is None or request.status is not S.IN_PROGRESS:
        return {"status": request.status.value if request else None}
    try:
        await _check_erasable(request)
        done = await execute_erasure(request)
    except DomainError as refusal:
        await _back_to_verified(request)
        return {"status": request.status.value, "refused": refusal.code.value}
    return {"status": done.status.value}


async def run_due_erasures(now: dt.datetime | None = None) -> int:
    """Run every account erasure whose grace period is over (cron; safe with several workers)."""
    now = now or service.now()
    done = 0
    for request in await PrivacyRequest.filter(status=S.SCHEDULED, scheduled_for__lte=now).order_by("scheduled_for"):
        claimed = await PrivacyRequest.filter(id=request.id, status=S.SCHEDULED).update(status=S.IN_PROGRESS)
        if not claimed:
            continue  # cancelled, or another worker took it
        request.status = S.IN_PROGRESS
        try:
            await execute_erasure(request)
            done += 1
        except DomainError as error:
            # E.g. the user became the sole owner of a team meanwhile: try again tomorrow, and say why.
            await PrivacyRequest.filter(id=request.id).update(
                status=S.SCHEDULED, scheduled_for=now + dt.timedelta(days=1)
            )
            await service.tell_subject(
                request,
                "Your account could not be deleted yet",
                f"We could not delete your account: {error.message} We will try again tomorrow.",
                kind="privacy.erasure_blocked",
            )
    return done


# --- rectification -------------------------------------------------------------------------------------


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name.strip()).lower()


def correctable_fields(model: type[Any]) -> dict[str, str]:
    """snake_case field -> export label, for the fields the data map marks correctable."""
    return {
        e.field_name: e.classification.export or e.field_name
        for e in data_map()
        if e.model is model and e.classification.correctable
    }


async def plan_corrections(request: PrivacyRequest, corrections: list[tuple[str, str]]) -> list[tuple[str, Any]]:
    """Validate corrections against the data map before anything changes."""
    if not corrections:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give at least one correction.", field="corrections")
    model: type[Any] = Lead if request.subject_lead_id is not None else User
    allowed = correctable_fields(model)
    country = None
    if request.organization_id is not None:
        org = await Organization.get_or_none(id=request.organization_id)
        country = org.default_country if org else None
    planned: list[tuple[str, Any]] = []
    for name, value in corrections:
        if request.subject_lead_id is not None and name.startswith(CUSTOM_PREFIXES):
            planned.append(await _plan_custom_correction(request, name, value, country))
            continue
        field = _snake(name)
        if field not in allowed:
            raise DomainError(
                ErrorCode.INVALID_INPUT,
                f"{name!r} cannot be corrected here; correctable: {', '.join(sorted(allowed))}.",
                field="corrections",
            )
        text = (value or "").strip()
        if field == "email":
            text = normalize_email(text)
            if "@" not in text or len(text) > MAX_EMAIL:
                raise DomainError(ErrorCode.INVALID_INPUT, "Not a valid email address.", field="corrections")
        elif field == "phone":
            e164 = normalize_phone(text, country) if text else None
            if e164 is None:
                raise DomainError(ErrorCode.INVALID_INPUT, "Not a valid phone number.", field="corrections")
            text = e164
        elif not text and field == "full_name":
            raise DomainError(ErrorCode.INVALID_INPUT, "A name cannot be empty.", field="corrections")
        planned.append((field, text or None))
    return planned


CUSTOM_PREFIXES = ("custom.", "customFields.")


async def _plan_custom_correction(
    request: PrivacyRequest, name: str, value: str | None, country: str | None
) -> tuple[str, Any]:
    """`custom.<key>`: a personal custom field of the lead's organisation, checked against its type (the
    correction's text is read as the CSV import reads a cell)."""
    key = name.split(".", 1)[1]
    field = await CustomField.for_org(request.organization_id).get_or_none(key=key, personal_data=True)
    if field is None:
        raise DomainError(ErrorCode.INVALID_INPUT, f"{name!r} is not a personal custom field.", field="corrections")
    try:
        parsed = custom_services.parse_text(field, value or "")
        custom_services.check_value(field, parsed, country)
    except DomainError as error:
        raise DomainError(ErrorCode.INVALID_INPUT, error.message, field="corrections") from None
    return f"custom.{key}", parsed


def _digest(scope: str, value: object) -> str | None:
    return None if value is None else blind_index(scope, "rectification", str(value))


async def apply_corrections(request: PrivacyRequest, planned: list[tuple[str, Any]]) -> PrivacyRequest:
    """Apply the corrections through the owning domain's correction service (which keeps blind indexes,
    name-word indexes and dedupe right); the audit trail keeps keyed digests of old and new values,
    never the old text."""
    if not _has_subject(request):
        return await service.complete(request, no_data_outcome(request), extra_text=" We hold no data about you.")
    custom = {name[len("custom.") :]: value for name, value in planned if name.startswith("custom.")}
    values = {name: value for name, value in planned if not name.startswith("custom.")}
    if request.subject_lead_id is not None:
        subject: Any = await Lead.for_org(request.organization_id).get_or_none(id=request.subject_lead_id)
        scope, target_type = scope_of(request.organization_id), "Lead"
    else:
        subject = await User.get_or_none(id=request.subject_user_id)
        scope, target_type = PLATFORM_SCOPE, "User"
    if subject is None:
        return await service.complete(request, no_data_outcome(request), extra_text=" We hold no data about you.")
    before = {field: getattr(subject, field) for field in values}
    custom_before: dict[str, Any] = {}
    if isinstance(subject, Lead):
        if custom:
            held = await custom_services.lead_values(request.organization_id, [subject.id])
            custom_before = {f.key: v for f, v in held.get(subject.id, [])}
        subject = await update_lead(
            request.organization_id,
            subject.id,
            **{field: "" if value is None else value for field, value in values.items()},
            custom_fields=custom or None,
        )
    else:
        subject = await update_profile(
            subject.id,
            **{field: value for field, value in values.items() if value is not None},
            clear_phone="phone" in values and values["phone"] is None,
            clear_job_title="job_title" in values and values["job_title"] is None,
        )
    changes = [
        {
            "field": field,
            "oldDigest": _digest(scope, before[field]),
            "newDigest": _digest(scope, getattr(subject, field)),
        }
        for field in values
        if before[field] != getattr(subject, field)
    ]
    changes += [
        {"field": f"custom.{key}", "oldDigest": _digest(scope, custom_before.get(key)), "newDigest": _digest(scope, v)}
        for key, v in custom.items()
        if custom_before.get(key) != v
    ]
    if changes:
        await audit.record(
            "privacy.rectified",
            organization_id=request.organization_id,
            target_type=target_type,
            target_id=subject.id,
            subject_bidx=request.email_bidx,
            details={"requestId": str(request.id), "changes": changes},
        )
    outcome = {"requestId": str(request.id), "corrected": [c["field"] for c in changes], "kept": []}
    return await service.complete(request, outcome)


async def erase_lead_now(
    organization_id: uuid.UUID, lead_id: uuid.UUID, *, reason: Any = None, notify: bool = True
) -> tuple[PrivacyRequest, Any]:
    """An erasure that needs no approval (`deleteLead`, `flagMinor` on a lead): recorded as a privacy
    request (with a confirmation code and status page), executed at once by the engine.

    Returns (the COMPLETED request, the engine's ErasureOutcome). Unknown lead -> NOT_FOUND on `id`.
    With `notify`, the lead's address (read before it is erased) gets the confirmation mail.
    """
    lead = await Lead.for_org(organization_id).get_or_none(id=lead_id)
    if lead is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field="id")
    address = str(lead.email) if notify and lead.email else None

    async def erase(request_id: uuid.UUID) -> ErasureOutcome:
        return await erase_lead(
            organization_id, lead_id, reason=reason or TombstoneReason.ERASURE, request_id=request_id
        )

    return await _erase_under_request(organization_id, SubjectKind.LEAD, erase, address, subject_lead_id=lead_id)


async def _erasure_request(
    organization_id: uuid.UUID | None,
    kind: SubjectKind,
    channel: RequestChannel,
    status: S,
    *,
    lead: uuid.UUID | None = None,
    user: uuid.UUID | None = None,
) -> PrivacyRequest:
    """An ERASURE request started inside the product (an admin's, or the signed-in user's own), so it needs no
    verification. A SCHEDULED one is due after the grace period (QUANTIX_ERASURE_GRACE_DAYS)."""
    request = await service.new_request(
        organization_id=organization_id,
        type=RequestType.ERASURE,
        subject_kind=kind,
        channel=channel,
        status=status,
        subject_lead_id=lead,
        subject_user_id=user,
        save=False,
    )
    if status is S.SCHEDULED:
        request.scheduled_for = request.verified_at + dt.timedelta(days=get_settings().erasure_grace_days)
    await request.save()
    return request


async def _erase_under_request(
    organization_id: uuid.UUID,
    kind: SubjectKind,
    erase: Callable[[uuid.UUID], Awaitable[ErasureOutcome]],
    address: str | None,
    *,
    subject_lead_id: uuid.UUID | None = None,
) -> tuple[PrivacyRequest, ErasureOutcome]:
    """An admin's ERASURE request, IN_PROGRESS while `erase(request_id)` runs, then COMPLETED with its signed
    outcome: privacyRequests and the status page show it, partners hear PRIVACY_REQUEST_COMPLETED, and `address`
    (if any) is mailed. Without a subject user on the request, nobody else is."""
    request = await _erasure_request(organization_id, kind, RequestChannel.ADMIN, S.IN_PROGRESS, lead=subject_lead_id)
    try:
        outcome = await erase(request.id)
    except DomainError:
        # E.g. a concurrent erasure took the lead first (erase_lead locks it, then finds it gone): nothing was
        # erased under this request, which would otherwise stay IN_PROGRESS in the queue and turn overdue.
        await PrivacyRequest.filter(id=request.id).delete()
        raise
    await service.complete(request, outcome.to_json(), address=address)
    return request, outcome


async def match_subject(request: PrivacyRequest) -> None:
    """Find whom a verified public request is about: a lead with that email, else a member's account."""
    org = await Organization.get(id=request.organization_id)
    address = normalize_email(str(request.email))
    lead = (
        await Lead.for_org(org.id)
        .filter(email_bidx__in=blind_index_candidates(scope_of(org.id), "email", address))
        .order_by("created_at")
        .first()
    )
    if lead is not None:
        request.subject_kind = SubjectKind.LEAD
        request.subject_lead_id = lead.id
        return
    user = await User.filter(email_bidx__in=blind_index_candidates(PLATFORM_SCOPE, "email", address)).first()
    if user is not None and await Membership.for_org(org.id).filter(user_id=user.id).exists():
        request.subject_kind = SubjectKind.ACCOUNT
        request.subject_user_id = user.id


# --- minors --------------------------------------------------------------------------------------------


@dataclass
class MinorOutcome:
    """What flagMinor did: a lead is erased; a user is suspended, removed, and erased if nothing holds them."""

    suspended: bool = False
    membership_removed: bool = False
    outcome: ErasureOutcome | None = None


async def flag_minor(
    organization_id: uuid.UUID,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None,
) -> MinorOutcome:
    """A lead is erased at once. A member is suspended and removed, by removeMember's rule (`_refuse_unmanaged`),
    and erased at once if in no other organisation. Each erasure is a COMPLETED ERASURE request that names nobody,
    with its signed receipt; nobody is mailed."""
    require_one_subject(lead_id, user_id)
    if lead_id is not None:
        await check_subject_known(organization_id, lead_id=lead_id)
        # A completed ERASURE request like deleteLead's (privacyRequests shows it), but nobody is mailed and
        # nothing kept points at the minor: the request forgets which lead it was.
        request, outcome = await erase_lead_now(organization_id, lead_id, reason=TombstoneReason.MINOR, notify=False)
        await PrivacyRequest.filter(id=request.id).update(subject_lead_id=None)
        return MinorOutcome(outcome=outcome)
    assert user_id is not None
    async with in_transaction():
        await Organization.select_for_update(no_key=True).get(id=organization_id)  # roles stay as read below
        membership = await Membership.for_org(organization_id).get_or_none(user_id=user_id)
        if membership is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field="userId")
        await _refuse_unmanaged(organization_id, actor_id, membership)
        await User.filter(id=user_id).update(status=UserStatus.SUSPENDED)
        await revoke_sessions(user_id)
        await end_membership(organization_id, user_id, "creator_removed")  # as removeMember: tokens revoked too
        await audit.record("user.flagged_minor", organization_id=organization_id, target_type="User", target_id=user_id)
    result = MinorOutcome(suspended=True, membership_removed=True)
    if not await Membership.filter(user_id=user_id).exists():
        # As for a lead: the request never names the account, so its completion mails nobody.
        _, result.outcome = await _erase_under_request(
            organization_id, SubjectKind.ACCOUNT, lambda request_id: erase_user(user_id, request_id=request_id), None
        )
    return result


async def _refuse_unmanaged(organization_id: uuid.UUID, actor_id: uuid.UUID | None, membership: Membership) -> None:
    """Flagging a member removes them, so it follows removeMember's rule (SPEC §6): an ADMIN flags members and
    viewers, the OWNER admins too, nobody an OWNER (FORBIDDEN) or themselves, and no organisation loses its owner."""
    if membership.user_id == actor_id:
        raise DomainError(ErrorCode.INVALID_INPUT, "You cannot flag yourself.", field="userId")
    if actor_id is None or not can_manage(await actor_role(organization_id, actor_id), Role(membership.role)):
        raise AccessDenied("FORBIDDEN", "Your role cannot flag this member.")


async def _approve_minor_report(
    request: PrivacyRequest, *, lead_id: uuid.UUID | None, user_id: uuid.UUID | None
) -> PrivacyRequest:
    """Run flagMinor on the subject the admin named; the reporter hears only that the report is handled."""
    organization_id = request.organization_id
    claimed = await PrivacyRequest.filter(id=request.id, status=S.VERIFIED).update(
        status=S.IN_PROGRESS, updated_at=service.now()
    )
    if not claimed:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already being handled.", field="id")
    request.status = S.IN_PROGRESS
    if user_id is not None:
        request.subject_kind = SubjectKind.ACCOUNT
    try:
        result = await flag_minor(organization_id, lead_id=lead_id, user_id=user_id, actor_id=current_request().user_id)
    except (DomainError, AccessDenied):
        await PrivacyRequest.filter(id=request.id, status=S.IN_PROGRESS).update(status=S.VERIFIED)
        request.status = S.VERIFIED
        raise
    await audit.record(
        "privacy.minor_report_approved",
        organization_id=organization_id,
        target_type="PrivacyRequest",
        target_id=request.id,
        details={"subject": "LEAD" if lead_id is not None else "USER", "suspended": result.suspended},
    )
    # The request keeps no pointer to the minor; the outcome says whether the report was acted on and, as an
    # erasure's does, what a legal hold kept and why (the status page and mails show the reporter neither).
    erasure = result.outcome
    acted_on = result.suspended or (erasure is not None and erasure.erased)
    outcome = {
        "requestId": str(request.id),
        "minorReport": "ACTED_ON" if acted_on else "KEPT",
        "kept": erasure.kept if erasure is not None else [],
    }
    done = await service.complete(request, outcome)
    await PrivacyRequest.filter(id=request.id).update(email=None, phone=None, details=None)
    return done


# --- signed-in self service ----------------------------------------------------------------------------

EXPORTS_PER_USER = Limit("privacy-my-export", 5, 3600)
DELETION_ATTEMPTS = Limit("privacy-account-deletion", 5, 900)


async def request_my_export(
    user_id: uuid.UUID, organization_id: uuid.UUID | None, fmt: ExportFormat
) -> tuple[PrivacyRequest, Job]:
    """A signed-in user's copy of their data: VERIFIED at once, no approval, built by an EXPORT job."""
    await enforce(EXPORTS_PER_USER, f"user:{user_id}")
    request = await service.new_request(
        organization_id=organization_id,
        type=RequestType.ACCESS,
        subject_kind=SubjectKind.ACCOUNT,
        channel=RequestChannel.ACCOUNT,
        status=S.VERIFIED,  # the export job moves it to IN_PROGRESS, then COMPLETED
        subject_user_id=user_id,
        export_format=fmt,
    )
    job = await start_export(request)
    await service.audit_request("privacy.export_requested", request, details={"format": fmt.value})
    return request, job


async def _confirm_identity(user_id: uuid.UUID, password: str, otp: str | None) -> None:
    """A deletion needs the password and, with MFA on, a code (null or empty -> MFA_REQUIRED)."""
    await enforce(DELETION_ATTEMPTS, f"user:{user_id}")
    user = await User.get(id=user_id)
    if not verify_password(user.password_hash, password or ""):
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "The password is wrong.", field="password")
    if user.mfa_enabled and not (otp or "").strip():
        raise DomainError(ErrorCode.MFA_REQUIRED, "Enter the code from your authenticator app.", field="otp")
    if user.mfa_enabled and await verify_second_factor(user, (otp or "").strip()) is None:
        raise DomainError(ErrorCode.INVALID_OTP, "The two-factor code is wrong or has expired.", field="otp")


async def _schedule_erasure(user_id: uuid.UUID, organization_id: uuid.UUID | None, kind: SubjectKind) -> PrivacyRequest:
    """An erasure the signed-in user asked for, due after the grace period (QUANTIX_ERASURE_GRACE_DAYS). Under the
    subject's row lock (the organisation's or the user's): two requests at once schedule one erasure."""
    async with in_transaction():
        if kind is SubjectKind.ORGANIZATION:
            await Organization.filter(id=organization_id).select_for_update().get()
            scheduled = PrivacyRequest.filter(organization_id=organization_id)
            already = "This organisation is already scheduled for deletion."
        else:
            await User.filter(id=user_id).select_for_update().get()
            scheduled = service.mine(user_id)
            already = "Your account is already scheduled for deletion."
        if await scheduled.filter(type=RequestType.ERASURE, subject_kind=kind, status=S.SCHEDULED).exists():
            raise DomainError(ErrorCode.ALREADY_DONE, already)
        request = await _erasure_request(organization_id, kind, RequestChannel.ACCOUNT, S.SCHEDULED, user=user_id)
    return request


async def request_organization_deletion(
    user_id: uuid.UUID, organization_id: uuid.UUID, slug: str, password: str, otp: str | None
) -> PrivacyRequest:
    """Schedule the erasure of the organisation's data after the grace period; the OWNER who asked can cancel
    it (cancelPrivacyRequest) until then. `slug` must be typed back, so no organisation goes by mistake."""
    org = await Organization.get(id=organization_id)
    if (slug or "").strip() != org.slug:
        raise DomainError(ErrorCode.INVALID_INPUT, "Type the organisation's slug to confirm.", field="slug")
    await _confirm_identity(user_id, password, otp)
    request = await _schedule_erasure(user_id, organization_id, SubjectKind.ORGANIZATION)
    await service.tell_subject(
        request,
        "Your organisation will be deleted",
        f"As you asked, the organisation {org.name} and the data it holds will be erased on "
        f"{request.scheduled_for:%d %B %Y at %H:%M} UTC; its invoices are kept as tax and accounting law requires. "
        "Until then you can sign in and cancel the deletion.",
        kind="privacy.organization_erasure_scheduled",
    )
    await service.audit_request("privacy.organization_deletion_scheduled", request, actor_user_id=user_id)
    return request


async def _organisations_going_too(user_id: uuid.UUID) -> str:
    """The sentence telling a user who is the only member of organisations that they go with the account."""
    emptied = await organisations_left_empty(user_id)
    names = await Organization.filter(id__in=emptied).order_by("name").values_list("name", flat=True)
    if not names:
        return ""
    if len(names) == 1:
        which, each = f"the organisation {names[0]}", "it"
    else:
        which, each = "the organisations " + ", ".join(names), "each"
    return (
        f" You are the only member of {which}, so {each} is erased with your account, with the data it holds and "
        "its subscription, except its invoices, which tax and accounting law requires us to keep."
    )


async def request_account_deletion(
    user_id: uuid.UUID, organization_id: uuid.UUID | None, password: str, otp: str | None
) -> PrivacyRequest:
    """Schedule the erasure of the caller's account after the grace period (cancellable until then)."""
    await _confirm_identity(user_id, password, otp)
    await check_account_erasable(user_id)
    request = await _schedule_erasure(user_id, organization_id, SubjectKind.ACCOUNT)
    organisations = await _organisations_going_too(user_id)
    await service.tell_subject(
        request,
        "Your account will be deleted",
        f"As you asked, your QuantixOne account and the personal data it holds will be erased on "
        f"{request.scheduled_for:%d %B %Y at %H:%M} UTC.{organisations} Until then you can sign in and cancel "
        "the deletion.",
        kind="privacy.erasure_scheduled",
    )
    await service.audit_request("privacy.account_deletion_scheduled", request)
    return request
