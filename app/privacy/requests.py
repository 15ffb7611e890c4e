"""The privacy request lifecycle: one state machine for every right and every kind of subject.

Public requests wait for verification, then (except objections and consent withdrawals) for an admin.
A signed-in user's own requests start VERIFIED; an account erasure waits out the grace period
(SCHEDULED). Every completion mails the subject. Services raise DomainError; nothing here knows GraphQL.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import string
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from app.accounts.models import Organization, Role, User
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.integrations.meta.callbacks import verified_user_id
from app.integrations.meta.connection import unsubscribe_meta_user_pages
from app.integrations.meta.purge import purge_meta_user_grants
from app.mail.services import send_mail
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.orm import filter_given
from app.privacy.holds import HOLD_REASON
from app.privacy.request_models import (
    PrivacyRequest,
    RequestChannel,
    RequestStatus,
    RequestType,
    SubjectKind,
)
from app.settings import get_settings
from app.text import one_address

log = logging.getLogger("quantix.privacy")

S = RequestStatus
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.PENDING_VERIFICATION: frozenset({S.VERIFIED, S.CANCELLED, S.REJECTED}),
    S.VERIFIED: frozenset({S.SCHEDULED, S.IN_PROGRESS, S.COMPLETED, S.REJECTED, S.CANCELLED}),
    S.SCHEDULED: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.VERIFIED}),  # back to VERIFIED only when a job gives up
    S.COMPLETED: frozenset(),
    S.REJECTED: frozenset(),
    S.CANCELLED: frozenset(),
}
MAX_EXTENSION_DAYS = 60
REMIND_BEFORE = dt.timedelta(days=3)
REMIND_LISTED = 50  # requests named in one reminder
MAX_SLUG = 64  # characters of Organization.slug, the public intake's handle of an organisation
PRIVACY_QUEUE_LINK = "/settings/privacy/requests"
_CODE_ALPHABET = string.ascii_letters + string.digits
CODE_LIKE = re.compile(r"\d{6,}")  # a run of digits a reader could take for a verification code


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_confirmation_code() -> str:
    """24 random alphanumerics: the public handle of a request (status page). Drawn again while it holds a run
    of six digits (about one draw in 3,000): the status URL rides in the verification mail, whose only run of
    six digits must be the code (SPEC §6)."""
    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(24))
        if not CODE_LIKE.search(code):
            return code


def status_url(code: str) -> str:
    return f"{get_settings().base_url.rstrip('/')}/privacy/status/{code}"


def move(request: PrivacyRequest, to: RequestStatus) -> None:
    """Apply one transition of the state machine, or refuse with INVALID_STATE."""
    if to not in TRANSITIONS[request.status]:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"A {request.status.value} request cannot become {to.value}.",
            field="id",
        )
    request.status = to


def mark_verified(request: PrivacyRequest, at: dt.datetime | None = None) -> None:
    """VERIFIED, with the deadline counted from verification (QUANTIX_PRIVACY_DUE_DAYS)."""
    at = at or now()
    move(request, S.VERIFIED)
    request.verified_at = at
    request.due_at = at + dt.timedelta(days=get_settings().privacy_due_days)


async def new_request(
    *,
    organization_id: uuid.UUID | None,
    type: RequestType,
    subject_kind: SubjectKind,
    channel: RequestChannel,
    status: RequestStatus,
    subject_user_id: uuid.UUID | None = None,
    subject_lead_id: uuid.UUID | None = None,
    save: bool = True,
    **fields: Any,
) -> PrivacyRequest:
    at = now()
    request = PrivacyRequest(
        organization_id=organization_id,
        type=type,
        subject_kind=subject_kind,
        channel=channel,
        status=S.PENDING_VERIFICATION,
        subject_user_id=subject_user_id,
        subject_lead_id=subject_lead_id,
        confirmation_code=new_confirmation_code(),
        received_at=at,
        **fields,
    )
    if status is not S.PENDING_VERIFICATION:
        mark_verified(request, at)
        if status is not S.VERIFIED:
            move(request, status)
    if save:
        await request.save()
    return request


# --- telling the subject -------------------------------------------------------------------------------


async def subject_address(request: PrivacyRequest) -> str | None:
    """Where the subject hears back: the verified email of a public request, else the account's email."""
    if request.email:
        return str(request.email)
    if request.subject_user_id is not None:
        user = await User.get_or_none(id=request.subject_user_id)
        if user is not None and user.email:
            return str(user.email)
    return None


async def contact_for(organization_id: uuid.UUID | None) -> str:
    """Who answers data-protection questions for this organisation (falls back to QUANTIX_PRIVACY_CONTACT)."""
    from app.accounts.organizations import privacy_contact_of

    org = await Organization.get_or_none(id=organization_id) if organization_id is not None else None
    return privacy_contact_of(org)


async def tell_subject(
    request: PrivacyRequest, subject: str, text: str, kind: str, *, address: str | None = None
) -> None:
    address = address or await subject_address(request)
    if address is None:
        return
    if not one_address(address):  # a lead's address taken by a channel that let a list through: mail no list
        log.warning("privacy mail not sent: the subject's address is not one address", extra={"mail_kind": kind})
        return
    footer = (
        f"\n\nFollow this request at {status_url(request.confirmation_code)}\n"
        f"Questions about your data: {await contact_for(request.organization_id)}\n"
    )
    await send_mail(address, subject, text + footer, kind=kind, organization_id=request.organization_id)


_TYPE_WORDS = {
    RequestType.ACCESS: "access to your data",
    RequestType.PORTABILITY: "a portable copy of your data",
    RequestType.RECTIFICATION: "a correction of your data",
    RequestType.ERASURE: "the erasure of your data",
    RequestType.OBJECTION: "your objection to processing",
    RequestType.CONSENT_WITHDRAWAL: "the withdrawal of your consent",
    RequestType.MINOR_REPORT: "your report about a minor",
}


async def audit_request(
    action: str,
    request: PrivacyRequest,
    *,
    actor_user_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Audit a step of a privacy request: the request is the target, and the subject's email index lets the
    subject's own history find the step."""
    await audit.record(
        action,
        organization_id=request.organization_id,
        actor_user_id=actor_user_id,
        target_type="PrivacyRequest",
        target_id=request.id,
        subject_bidx=request.email_bidx,
        details=details,
    )


async def _announce(
    request: PrivacyRequest, step: str, subject: str, text: str, details: dict[str, Any], *, address: str | None = None
) -> PrivacyRequest:
    """A step the subject is told of: the mail (`privacy.<step>`) and the audit event (`privacy.request_<step>`)
    carry one name, so each step's mail and its record are found together."""
    await tell_subject(request, subject, text, kind=f"privacy.{step}", address=address)
    await audit_request(f"privacy.request_{step}", request, details=details)
    return request


async def complete(
    request: PrivacyRequest, outcome: dict[str, Any], *, extra_text: str = "", address: str | None = None
) -> PrivacyRequest:
    """COMPLETED with its outcome; the subject is mailed and partners hear PRIVACY_REQUEST_COMPLETED."""
    move(request, S.COMPLETED)
    request.completed_at = now()
    request.outcome = outcome
    await request.save()
    await _announce(
        request,
        "completed",
        "Your privacy request is complete",
        f"We have completed your request for {_TYPE_WORDS[request.type]}.{extra_text}",
        {"type": request.type.value, "subjectKind": request.subject_kind.value},
        address=address,
    )
    if request.organization_id is not None:
        await emit(
            EventType.PRIVACY_REQUEST_COMPLETED, request.organization_id, request.id, requestType=request.type.value
        )
    return request


# --- reading -------------------------------------------------------------------------------------------


async def get_for_org(organization_id: uuid.UUID, request_id: uuid.UUID | None) -> PrivacyRequest:
    request = None
    if request_id is not None:
        request = await PrivacyRequest.filter(id=request_id, organization_id=organization_id).first()
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such privacy request.", field="id")
    return request


def overdue_q(at: dt.datetime | None = None) -> Q:
    open_statuses = [s for s in RequestStatus if s.open and s is not S.PENDING_VERIFICATION]
    return Q(due_at__lt=at or now(), status__in=open_statuses)


def queue_for_org(
    organization_id: uuid.UUID,
    *,
    status: RequestStatus | None = None,
    type: RequestType | None = None,
    overdue: bool | None = None,
) -> QuerySet[PrivacyRequest]:
    qs = filter_given(PrivacyRequest.filter(organization_id=organization_id), status=status, type=type)
    if overdue is True:
        qs = qs.filter(overdue_q())
    elif overdue is False:
        qs = qs.exclude(overdue_q())
    return qs


def is_overdue(request: PrivacyRequest, at: dt.datetime | None = None) -> bool:
    return (
        request.due_at is not None
        and request.status.open
        and request.status is not S.PENDING_VERIFICATION
        and request.due_at < (at or now())
    )


async def count_overdue() -> int:
    return await PrivacyRequest.filter(overdue_q()).count()


# --- admin decisions -----------------------------------------------------------------------------------


MAX_REASON = 1_000  # a rejection's or extension's reason is one of SPEC §6's "other strings"


def _require_text(value: str | None, field: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A {what} is required.", field=field)
    if len(text) > MAX_REASON:
        raise DomainError(ErrorCode.INVALID_INPUT, f"The {what} is too long (1,000 characters at most).", field=field)
    return text


async def reject(organization_id: uuid.UUID, request_id: uuid.UUID | None, reason: str) -> PrivacyRequest:
    text = _require_text(reason, "reason", "reason")
    request = await get_for_org(organization_id, request_id)
    move(request, S.REJECTED)
    request.rejection_reason = text
    request.completed_at = now()
    await request.save()
    # A minor report's reporter hears only the status, never what was (or was not) found.
    reason = "" if request.type is RequestType.MINOR_REPORT else f"\n\nReason given:\n{text}"
    return await _announce(
        request,
        "rejected",
        "Your privacy request was declined",
        f"We could not act on your request for {_TYPE_WORDS[request.type]}.{reason}",
        {"type": request.type.value},
    )


async def extend(organization_id: uuid.UUID, request_id: uuid.UUID | None, days: int, reason: str) -> PrivacyRequest:
    """Push the deadline back, at most 60 days in total, with a reason the subject is told."""
    text = _require_text(reason, "reason", "reason")
    if days < 1:
        raise DomainError(ErrorCode.INVALID_INPUT, "Extend by at least one day.", field="days")
    request = await get_for_org(organization_id, request_id)
    async with in_transaction():  # under the row lock, each extension builds on the last one (and its cap)
        request = await PrivacyRequest.filter(id=request.id).select_for_update().get()
        if not request.status.open or request.due_at is None:
            raise DomainError(ErrorCode.INVALID_STATE, "Only a verified, open request has a deadline.", field="id")
        if request.extended_days + days > MAX_EXTENSION_DAYS:
            left = MAX_EXTENSION_DAYS - request.extended_days
            raise DomainError(
                ErrorCode.INVALID_INPUT,
                f"A deadline can be extended by {MAX_EXTENSION_DAYS} days in total; {left} left.",
                field="days",
            )
        request.due_at = request.due_at + dt.timedelta(days=days)
        request.extended_days += days
        request.extensions = [*(request.extensions or []), {"days": days, "reason": text, "at": now().isoformat()}]
        request.reminded_at = None
        await request.save(update_fields=["due_at", "extended_days", "extensions", "reminded_at", "updated_at"])
    return await _announce(
        request,
        "extended",
        "Your privacy request needs more time",
        f"We need more time to complete your request for {_TYPE_WORDS[request.type]}. "
        f"The new deadline is {request.due_at:%d %B %Y}.\n\nWhy:\n{text}",
        {"days": days},
    )


# --- the signed-in subject -----------------------------------------------------------------------------


def mine(user_id: uuid.UUID) -> QuerySet[PrivacyRequest]:
    return PrivacyRequest.filter(subject_user_id=user_id, channel=RequestChannel.ACCOUNT)


async def cancel(user_id: uuid.UUID, request_id: uuid.UUID | None) -> PrivacyRequest:
    """The subject withdraws their own request (an account erasure during its grace period)."""
    request = await mine(user_id).filter(id=request_id).first() if request_id else None
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such privacy request.", field="id")
    if request.status not in (S.PENDING_VERIFICATION, S.VERIFIED, S.SCHEDULED):
        raise DomainError(ErrorCode.INVALID_STATE, "This request can no longer be cancelled.", field="id")
    updated = await PrivacyRequest.filter(id=request.id, status=request.status).update(
        status=S.CANCELLED, completed_at=now(), updated_at=now()
    )
    if not updated:
        raise DomainError(ErrorCode.INVALID_STATE, "This request can no longer be cancelled.", field="id")
    await request.refresh_from_db()
    return await _announce(
        request,
        "cancelled",
        "Your privacy request was cancelled",
        f"As you asked, we cancelled your request for {_TYPE_WORDS[request.type]}.",
        {"type": request.type.value},
    )


# --- deadlines -----------------------------------------------------------------------------------------


async def tell_admins(organization_id: uuid.UUID, title: str, body: str, *, mail_kind: str) -> None:
    """The organisation's OWNERs and ADMINs: a PRIVACY_REQUEST notification in the app and a mail each, through
    the one notifications service (no lead data: a request's type, code and due date, and a link)."""
    await notify(
        NotificationKind.PRIVACY_REQUEST,
        title=title,
        body=body,
        organization_id=organization_id,
        roles={Role.OWNER, Role.ADMIN},
        link=PRIVACY_QUEUE_LINK,
        mail=True,
        mail_kind=mail_kind,
    )


async def remind_near_deadline(at: dt.datetime | None = None) -> int:
    """Tell each organisation's admins (notification and mail) about open requests due within three days (once
    per request)."""
    at = at or now()
    due = await PrivacyRequest.filter(
        overdue_q(at + REMIND_BEFORE), organization_id__isnull=False, reminded_at__isnull=True
    ).order_by("due_at")
    by_org: dict[uuid.UUID, list[PrivacyRequest]] = {}
    for request in due:
        by_org.setdefault(request.organization_id, []).append(request)
    for organization_id, requests in by_org.items():
        lines = "\n".join(
            f"- {r.type.value} request {r.confirmation_code}, due {r.due_at:%Y-%m-%d %H:%M} UTC"
            + (" (overdue)" if is_overdue(r, at) else "")
            for r in requests[:REMIND_LISTED]
        )
        if len(requests) > REMIND_LISTED:  # a notification's body is bounded: the queue lists the rest
            lines += f"\n- and {len(requests) - REMIND_LISTED} more in the privacy queue"
        await tell_admins(
            organization_id,
            "Privacy requests near their deadline",
            f"These privacy requests are due soon or overdue:\n{lines}",
            mail_kind="privacy.reminder",
        )
        await PrivacyRequest.filter(id__in=[r.id for r in requests]).update(reminded_at=at)
    return len(due)


# --- Meta data deletion --------------------------------------------------------------------------------


async def open_meta_data_deletion(app_scoped_user_id: str) -> tuple[str, str]:
    """Meta's data-deletion callback: one META_USER request over every organisation that id connected.

    Deletes the connection (tokens, the Meta user's id and name) and the Meta-derived records (pages,
    ad accounts with their campaigns, ad sets, ads and insights, lead forms); leads stay with the
    organisations that collected them. Needs no approval; an unknown id completes at once.
    Returns (confirmation_code, status_url).
    """
    from app.integrations.meta.models import MetaConnection
    from app.security.crypto import PLATFORM_SCOPE, blind_index_candidates

    bidx = blind_index_candidates(PLATFORM_SCOPE, "meta_user", app_scoped_user_id.strip())
    connections = await MetaConnection.filter(meta_user_bidx__in=bidx)
    request = await new_request(
        organization_id=None,
        type=RequestType.ERASURE,
        subject_kind=SubjectKind.META_USER,
        channel=RequestChannel.META,
        status=S.IN_PROGRESS,
    )
    if not connections:
        await complete(request, await signed_outcome(request, [], [], noDataHeld=True))
        return request.confirmation_code, status_url(request.confirmation_code)
    counts: dict[str, int] = {}
    for connection in connections:
        removed = await erase_meta_connection(connection.organization_id)
        for name, n in removed.items():
            counts[name] = counts.get(name, 0) + n
        await audit.record(
            "privacy.meta_data_deleted",
            organization_id=connection.organization_id,
            target_type="PrivacyRequest",
            target_id=request.id,
            details={"records": removed},
        )
        await emit(EventType.META_CONNECTION_CHANGED, connection.organization_id, connection.id, status="DELETED")
    kept = [
        {
            "category": "LEAD_CONTACT",
            "reason": "Leads belong to the businesses you sent them to; ask each business to erase them.",
        }
    ]
    categories = [{"category": "META_ADS_DATA", "erased": sum(counts.values()), "anonymised": 0}]
    outcome = await signed_outcome(
        request, categories, kept, organizations=len({c.organization_id for c in connections}), records=counts
    )
    await complete(request, outcome)
    return request.confirmation_code, status_url(request.confirmation_code)


@dataclass(frozen=True)
class DeletionAnswer:
    url: str
    confirmation_code: str


async def meta_data_deletion(signed_request: str | None) -> DeletionAnswer | None:
    """Meta's Data Deletion callback: open the erasure of everything Meta shared about this app-scoped user
    (None for user_id "0"). A bad `signed_request` raises BadSignedRequest and changes nothing."""
    user_id = verified_user_id(signed_request)
    if user_id == "0":
        return None
    await unsubscribe_meta_user_pages(user_id)
    await purge_meta_user_grants(user_id)
    code, url = await open_meta_data_deletion(user_id)
    return DeletionAnswer(url=url, confirmation_code=code)


async def signed_outcome(
    request: PrivacyRequest, categories: list[dict[str, Any]], kept: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    """An erasure outcome with its Ed25519 receipt, for erasures done outside the engine (Meta, no data)."""
    from app.privacy.receipts import sign_outcome

    body = {
        "requestId": str(request.id),
        "subjectKind": request.subject_kind.value,
        "completedAt": now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "categories": categories,
        "kept": kept,
        "disclosures": [],  # erased outside the engine: no lead of ours was sent anywhere
    }
    return {**body, **extra, "receipt": await sign_outcome(body)}


async def erase_meta_connection(organization_id: uuid.UUID) -> dict[str, int]:
    """Delete an organisation's Meta connection (tokens, the Meta user's id and name) and every
    Meta-derived record (the one Meta purge); leads are kept."""
    from app.integrations.meta.purge import purge_meta_data

    return await purge_meta_data(organization_id)


# What the status page says of a request about someone we held nothing of (SPEC §6: "no data held").
NO_DATA_HELD = {"category": "NO_DATA_HELD", "reason": "We held no data about you, so nothing was kept."}


def kept_of(request: PrivacyRequest) -> list[dict[str, str]]:
    """What was kept and why, from the outcome (the status page shows it; it names no person: an outcome stored
    while a hold's own reason was reported says HOLD_REASON's words); a request about someone we held no data of
    says so. A minor report shows only its status."""
    if request.type is RequestType.MINOR_REPORT:
        return []
    outcome = request.outcome or {}
    kept: Iterable[Any] = outcome.get("kept") or []
    result = [dict(NO_DATA_HELD)] if outcome.get("noDataHeld") else []
    for item in kept:
        if isinstance(item, dict) and item.get("category"):
            reason = str(item.get("reason") or "")
            reason = HOLD_REASON if reason.startswith("Legal hold: ") else reason
            result.append({"category": str(item["category"]), "reason": reason})
    if request.status is S.REJECTED:
        result.append({"category": "PRIVACY_REQUESTS", "reason": "The request was declined; the reason was mailed."})
    return result


async def organization_by_slug(slug: str) -> Organization:
    """The organisation of a public intake's `organizationSlug`. A slug longer than any slug (the API takes any
    string up to 1,000 characters) is refused as input, as the database would refuse it in the lookup."""
    text = (slug or "").strip()
    if len(text) > MAX_SLUG:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            f"An organisation's handle has at most {MAX_SLUG} characters.",
            field="organizationSlug",
        )
    org = await Organization.get_or_none(slug=text)
    if org is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No organisation has this handle.", field="organizationSlug")
    return org
