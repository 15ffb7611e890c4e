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
import uuid

from tortoise.expressions import F

from app.errors import DomainError, ErrorCode
from app.mail.services import send_mail
from app.privacy import processing
from app.privacy import requests as service
from app.privacy.request_models import PrivacyRequest, RequestChannel, RequestStatus, RequestType, SubjectKind
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
    text = normalize_email(email or "")
    local, _, domain = text.partition("@")
    if not local or "." not in domain or len(text) > 254 or any(c.isspace() for c in text):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give a valid email address.", field="email")
    return text


def _ip_subject() -> str:
    return hashed(current_request().client_ip or "unknown")


async def submit(
    organization_slug: str,
    type: RequestType,
    email: str,
    phone: str | None = None,
    details: str | None = None,
) -> PrivacyRequest:
    """Open a public request and mail its code. Same answer whether or not the organisation knows the email."""
    await enforce(SUBMIT_PER_IP, _ip_subject())
    address = _clean_email(email)
    org = await service.organization_by_slug(organization_slug)
    email_bidx = blind_index(scope_of(org.id), "email", address)
    await enforce(SUBMIT_PER_EMAIL, email_bidx)
    if details is not None and len(details) > 5000:
        raise DomainError(ErrorCode.INVALID_INPUT, "Details are limited to 5,000 characters.", field="details")
    e164 = None
    if phone is not None and phone.strip():
        e164 = normalize_phone(phone, org.default_country)
        if e164 is None:
            raise DomainError(ErrorCode.INVALID_INPUT, "Give a valid phone number.", field="phone")
    since = service.now() - dt.timedelta(days=1)
    unverified = await PrivacyRequest.filter(
        organization_id=org.id,
        email_bidx__in=blind_index_candidates(scope_of(org.id), "email", address),
        status=RequestStatus.PENDING_VERIFICATION,
        received_at__gte=since,
    ).count()
    request = await service.new_request(
        organization_id=org.id,
        type=type,
        subject_kind=SubjectKind.LEAD,
        channel=RequestChannel.PUBLIC,
        status=RequestStatus.PENDING_VERIFICATION,
        email=address,
        email_bidx=email_bidx,
        phone=e164,
        details=(details or "").strip() or None,
        save=False,
    )
    if unverified >= UNVERIFIED_PER_DAY:
        return request  # the same answer; nothing stored, nothing sent
    code = numeric_code(6)
    request.code_hash = code_digest(request.id, code)
    request.code_expires_at = request.received_at + CODE_LIFETIME
    await request.save()
    await send_mail(
        address,
        "Your privacy request verification code",
        "Someone, hopefully you, asked an organisation that uses QuantixOne about the personal data it holds "
        f"for this email address.\n\nYour verification code is: {code}\n\n"
        "Enter it to confirm the request. It expires in half an hour. If you did not ask, ignore this mail.\n",
        kind="privacy.verification",
        organization_id=org.id,
    )
    return request


async def verify(request_id: uuid.UUID | None, code: str) -> PrivacyRequest:
    """Check the mailed code; on success the request is VERIFIED and its subject matched by email."""
    await enforce(VERIFY_PER_IP, _ip_subject())
    request = None
    if request_id is not None:
        request = await PrivacyRequest.get_or_none(id=request_id, channel=RequestChannel.PUBLIC)
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
    await processing.match_subject(request)
    await request.save()
    if request.type in APPLY_ON_VERIFICATION:
        return await processing.apply_request(request)
    await _tell_admins(request)
    return request


async def _tell_admins(request: PrivacyRequest) -> None:
    for address in await service.admin_addresses(request.organization_id):
        await send_mail(
            address,
            "A privacy request awaits your decision",
            f"A verified {request.type.value} request ({request.confirmation_code}) is in your privacy queue. "
            f"It is due on {request.due_at:%d %B %Y}.\n",
            kind="privacy.queue",
            organization_id=request.organization_id,
        )
