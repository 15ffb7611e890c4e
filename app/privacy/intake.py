"""Public privacy intake: anyone may ask, without signing in; a mailed 6-digit code proves the email.

The answer never reveals whether the organisation holds data about the address: the request is always
created (up to 3 unverified per email, organisation and day; beyond that the answer looks the same
but nothing is stored or sent) and the code always mailed. The subject is matched by the verified
email only, never by phone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import uuid

from tortoise.expressions import F

from app.accounts.models import Organization
from app.accounts.organizations import privacy_contact_of
from app.errors import DomainError, ErrorCode
from app.mail.services import send_mail
from app.privacy import processing
from app.privacy import requests as service
from app.privacy.erasure_models import ObjectionKind
from app.privacy.request_models import (
    LOGGED_CHANNELS,
    IntakeChannel,
    PrivacyRequest,
    RequestChannel,
    RequestStatus,
    RequestType,
    SubjectKind,
)
from app.request_context import current_request
from app.security.crypto import (
    blind_index,
    blind_index_candidates,
    normalize_email,
    normalize_phone,
    scope_of,
)
from app.security.ratelimit import Limit, enforce, hashed
from app.security.tokens import numeric_code
from app.settings import get_settings
from app.text import email_shaped, unstorable

SUBMIT_PER_IP = Limit("privacy-submit-ip", 20, 3600)
SUBMIT_PER_EMAIL = Limit("privacy-submit-email", 10, 3600)
VERIFY_PER_IP = Limit("privacy-verify-ip", 60, 900)
CODE_LIFETIME = dt.timedelta(minutes=30)
MAX_ATTEMPTS = 5
UNVERIFIED_PER_DAY = 3
APPLY_ON_VERIFICATION = (RequestType.OBJECTION, RequestType.CONSENT_WITHDRAWAL)


def code_digest(request_id: uuid.UUID, code: str) -> str:
    """Keyed hash of a verification code, bound to its request (the code itself is never stored)."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"privacy-code:{request_id}:{code}".encode(), hashlib.sha256).hexdigest()


def _clean_email(email: str) -> str:
    """The address the code goes to: an email as every channel takes one, and exactly one address (no list,
    display name or control character), on every intake channel alike."""
    text = normalize_email(email or "")
    if not email_shaped(text):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give one valid email address.", field="email")
    return text


def check_objection_kind(type: RequestType, kind: ObjectionKind | None) -> None:
    """An OBJECTION names its kind; no other request type takes one (never guessed from the details)."""
    if type is RequestType.OBJECTION and kind is None:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            "Say what you object to: DIRECT_MARKETING or AUTOMATED_DECISIONS.",
            field="objectionKind",
        )
    if type is not RequestType.OBJECTION and kind is not None:
        raise DomainError(ErrorCode.INVALID_INPUT, "Only an OBJECTION takes an objectionKind.", field="objectionKind")


MAX_DETAILS = 10_000  # SPEC §6: notes and details 10,000, on every channel (API, privacy center, logged)
MAX_PHONE = 40  # SPEC §6: phones 40, on the privacy center's form as on the API


def _check_details(details: str | None) -> None:
    """Text, at most MAX_DETAILS characters: the privacy center's form is held to what the API's input check
    refuses (a NUL or a lone surrogate, SPEC §6), as it is to the length."""
    if details is not None and (len(details) > MAX_DETAILS or unstorable(details)):
        raise DomainError(ErrorCode.INVALID_INPUT, "Details are text of at most 10,000 characters.", field="details")


def _ip_subject() -> str:
    return hashed(current_request().client_ip or "unknown")


async def _pending_request(
    org: Organization,
    type: RequestType,
    channel: IntakeChannel,
    address: str | None,
    email_bidx: str | None,
    phone: str | None,
    details: str | None,
    objection_kind: ObjectionKind | None,
) -> PrivacyRequest:
    """A request about a lead of `org`, awaiting verification and not yet saved: the public intake and an
    admin's log open it alike. A phone must be valid in the organisation's country."""
    e164 = None
    if phone is not None and phone.strip():
        e164 = None if len(phone) > MAX_PHONE or unstorable(phone) else normalize_phone(phone, org.default_country)
        if e164 is None:
            raise DomainError(ErrorCode.INVALID_INPUT, "Give a valid phone number.", field="phone")
    return await service.new_request(
        organization_id=org.id,
        type=type,
        subject_kind=SubjectKind.LEAD,
        channel=RequestChannel.PUBLIC,
        intake_channel=channel,
        status=RequestStatus.PENDING_VERIFICATION,
        email=address,
        email_bidx=email_bidx,
        phone=e164,
        details=(details or "").strip() or None,
        objection_kind=objection_kind.value if objection_kind else None,
        save=False,
    )


async def submit(
    organization_slug: str,
    type: RequestType,
    email: str,
    phone: str | None = None,
    details: str | None = None,
    *,
    objection_kind: ObjectionKind | None = None,
    channel: IntakeChannel = IntakeChannel.API,
) -> PrivacyRequest:
    """Open a public request and mail its code. Same answer whether or not the organisation knows the email.

    `channel` is API (submitPrivacyRequest) or WEB (the privacy center form): same rules, same limits.
    """
    await enforce(SUBMIT_PER_IP, _ip_subject())
    check_objection_kind(type, objection_kind)
    address = _clean_email(email)
    org = await service.organization_by_slug(organization_slug)
    email_bidx = blind_index(scope_of(org.id), "email", address)
    await enforce(SUBMIT_PER_EMAIL, email_bidx)
    _check_details(details)
    since = service.now() - dt.timedelta(days=1)
    unverified = await PrivacyRequest.filter(
        organization_id=org.id,
        email_bidx__in=blind_index_candidates(scope_of(org.id), "email", address),
        status=RequestStatus.PENDING_VERIFICATION,
        received_at__gte=since,
    ).count()
    request = await _pending_request(org, type, channel, address, email_bidx, phone, details, objection_kind)
    if unverified >= UNVERIFIED_PER_DAY:
        return request  # the same answer; nothing stored, nothing sent
    await _save_and_mail_code(request, org, address)
    return request


WORD_JOINER = "\u2060"


def _unlike_a_code(text: str) -> str:
    """The organisation's own words with every run of six or more digits split by an invisible word joiner,
    so the mail's code stays its only run of six digits (SPEC §6) however the organisation is named."""
    return service.CODE_LIKE.sub(lambda run: WORD_JOINER.join(re.findall(r"\d{1,3}", run.group())), text)


def awaits_code(request: PrivacyRequest) -> bool:
    """Whether a mailed code can confirm this request: its status page then shows the code form (the
    verification itself keeps the expiry, the attempt lock and the rate limits)."""
    return (
        request.status is RequestStatus.PENDING_VERIFICATION
        and request.channel is RequestChannel.PUBLIC
        and request.code_hash is not None
        and request.organization_id is not None
    )


async def _save_and_mail_code(request: PrivacyRequest, org: Organization, address: str) -> None:
    """Mail the code with a link to the request's status page, where it can be entered: the subject of a
    logged request, or one who closed the privacy center, has no other form. The link holds no run of six
    digits (new_confirmation_code), so the code stays the mail's only one (SPEC §6)."""
    code = numeric_code(6)
    request.code_hash = code_digest(request.id, code)
    request.code_expires_at = service.now() + CODE_LIFETIME
    await request.save()
    await send_mail(
        address,
        "Your privacy request verification code",
        f"Someone, hopefully you, asked {_unlike_a_code(org.name)}, an organisation that uses QuantixOne, about "
        f"the personal data it holds for this email address.\n\nYour verification code is: {code}\n\n"
        f"Enter it on this page to confirm the request: {service.status_url(request.confirmation_code)}\n"
        "It expires in half an hour. If you did not ask, ignore this mail.\n"
        f"\nQuestions about your data: {_unlike_a_code(privacy_contact_of(org))}\n",
        kind="privacy.verification",
        organization_id=org.id,
    )


async def log_request(
    organization_id: uuid.UUID,
    actor_user_id: uuid.UUID | None,
    *,
    type: RequestType,
    channel: IntakeChannel,
    email: str | None,
    phone: str | None = None,
    details: str | None = None,
    received_at: dt.datetime | None = None,
    objection_kind: ObjectionKind | None = None,
) -> PrivacyRequest:
    """A request that reached the organisation by mail, phone, post or in person, logged by an admin.

    With an email the subject gets a code as from the public intake; without one an admin verifies it
    (verify_manually). It then follows the public intake's rules (approval, matching by verified email).
    """
    if channel not in LOGGED_CHANNELS:
        raise DomainError(ErrorCode.INVALID_INPUT, "Use EMAIL, PHONE, POST or IN_PERSON.", field="channel")
    check_objection_kind(type, objection_kind)
    _check_details(details)
    org = await Organization.get(id=organization_id)
    address = _clean_email(email) if email is not None and email.strip() else None
    email_bidx = blind_index(scope_of(org.id), "email", address) if address else None
    request = await _pending_request(org, type, channel, address, email_bidx, phone, details, objection_kind)
    at = service.now()
    received = received_at or at
    if received.tzinfo is None:
        received = received.replace(tzinfo=dt.UTC)
    if received > at + dt.timedelta(minutes=5):
        raise DomainError(ErrorCode.INVALID_INPUT, "receivedAt cannot be in the future.", field="receivedAt")
    request.received_at = received
    if address is not None:
        await _save_and_mail_code(request, org, address)
    else:
        await request.save()
    await service.audit_request(
        "privacy.request_logged",
        request,
        actor_user_id=actor_user_id,
        details={"type": type.value, "channel": channel.value},
    )
    return request


async def verify_manually(
    organization_id: uuid.UUID, actor_user_id: uuid.UUID, request_id: uuid.UUID | None, note: str
) -> PrivacyRequest:
    """An admin confirms the identity of a logged request that has no email (e.g. by phone); audited."""
    text = (note or "").strip()
    if not text or len(text) > MAX_DETAILS:  # a note, like details (SPEC §6)
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"Say how the identity was checked (1-{MAX_DETAILS:,} characters).", field="note"
        )
    request = await service.get_for_org(organization_id, request_id)
    if request.status is not RequestStatus.PENDING_VERIFICATION:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already verified or closed.", field="id")
    if request.email:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            "This request has an email: its subject confirms it with the mailed code.",
            field="id",
        )
    claimed = await PrivacyRequest.filter(id=request.id, status=RequestStatus.PENDING_VERIFICATION).update(
        code_hash=None, updated_at=service.now()
    )
    if not claimed:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already verified.", field="id")
    service.mark_verified(request)
    await request.save()
    details = {"type": request.type.value, "note": text}
    await service.audit_request(
        "privacy.request_verified_manually", request, actor_user_id=actor_user_id, details=details
    )
    return await _after_verification(request)


async def verify(
    request_id: uuid.UUID | None, code: str, *, organization_id: uuid.UUID | None = None
) -> PrivacyRequest:
    """Check the mailed code; on success the request is VERIFIED and its subject matched by email.
    `organization_id` (the privacy center) confines the lookup to that organisation's requests."""
    await enforce(VERIFY_PER_IP, _ip_subject())
    request = None
    if request_id is not None:
        found = PrivacyRequest.filter(id=request_id, channel=RequestChannel.PUBLIC)
        if organization_id is not None:
            found = found.filter(organization_id=organization_id)
        request = await found.first()
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such privacy request.", field="requestId")
    if request.status is not RequestStatus.PENDING_VERIFICATION:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already verified or closed.", field="requestId")
    if request.code_attempts >= MAX_ATTEMPTS or request.code_hash is None:
        raise DomainError(
            ErrorCode.INVALID_STATE, "Too many attempts: submit the request again for a new code.", field="code"
        )
    given = (code or "").strip()
    expired = request.code_expires_at is None or request.code_expires_at <= service.now()
    if expired or not hmac.compare_digest(code_digest(request.id, given), request.code_hash):
        await PrivacyRequest.filter(id=request.id).update(code_attempts=F("code_attempts") + 1)
        raise DomainError(ErrorCode.INVALID_OTP, "This code is wrong or has expired.", field="code")
    claimed = await PrivacyRequest.filter(
        id=request.id, status=RequestStatus.PENDING_VERIFICATION, code_hash=request.code_hash
    ).update(code_hash=None)
    if not claimed:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is already verified.", field="requestId")
    request.code_hash = None
    service.mark_verified(request)
    if request.type is not RequestType.MINOR_REPORT:  # the reporter is not the subject: an admin names one
        await processing.match_subject(request)
    await request.save()
    return await _after_verification(request)


async def _after_verification(request: PrivacyRequest) -> PrivacyRequest:
    if request.type in APPLY_ON_VERIFICATION:
        return await processing.apply_request(request)
    await _tell_admins(request)
    return request


async def _tell_admins(request: PrivacyRequest) -> None:
    """A verified request waits for an admin's decision: its OWNERs and ADMINs are told in the app and by mail."""
    if request.organization_id is None:
        return
    await service.tell_admins(
        request.organization_id,
        "A privacy request awaits your decision",
        f"A verified {request.type.value} request ({request.confirmation_code}) is in your privacy queue. "
        f"It is due on {request.due_at:%d %B %Y}.",
        mail_kind="privacy.queue",
    )
