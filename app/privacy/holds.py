"""Legal holds: a subject under hold is skipped by erasure and retention, which report the reason."""

from __future__ import annotations

import datetime as dt
import uuid

from tortoise.transactions import in_transaction

from app.accounts.models import Membership, User
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.leads.models import Lead
from app.orm import filter_given
from app.privacy.erasure_models import LegalHold

MAX_REASON = 1_000  # one of SPEC §6's "other strings"
# Why a legal hold kept a subject, as outcomes, signed receipts and the public status page say it: the admin's own
# reason names a case and its parties (personal data, encrypted, never exported), so only `legalHolds` shows it.
HOLD_REASON = "Legal hold (a legal claim requires us to keep it)"


def require_one_subject(lead_id: uuid.UUID | None, user_id: uuid.UUID | None) -> None:
    """A subject is a lead or a member: exactly one of them is named."""
    if (lead_id is None) == (user_id is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give exactly one of leadId and userId.", field="leadId")


async def check_subject_known(
    organization_id: uuid.UUID,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    lead_field: str = "leadId",
) -> None:
    """A named lead or member is the organisation's: another organisation's is unknown here (NOT_FOUND on the
    input field that named it)."""
    if lead_id is not None and not await Lead.for_org(organization_id).filter(id=lead_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field=lead_field)
    if user_id is not None and not await Membership.for_org(organization_id).filter(user_id=user_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field="userId")


async def place_legal_hold(
    organization_id: uuid.UUID,
    *,
    lead_id: uuid.UUID | None = None,
    user_id: uuid.UUID | None = None,
    reason: str,
    placed_by_id: uuid.UUID | None = None,
) -> LegalHold:
    require_one_subject(lead_id, user_id)
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A reason of 1-{MAX_REASON} characters is required.", "reason")
    async with in_transaction():
        # The subject's row lock, which erase_lead / erase_user take first: an erasure under way finishes
        # before the hold is checked (then the subject is unknown), or the erasure sees the hold.
        if lead_id is not None:
            await Lead.for_org(organization_id).filter(id=lead_id).select_for_update().first()
        else:
            await User.filter(id=user_id).select_for_update().first()
        await check_subject_known(organization_id, lead_id=lead_id, user_id=user_id)
        hold = await LegalHold.create(
            organization_id=organization_id, lead_id=lead_id, user_id=user_id, reason=reason, placed_by_id=placed_by_id
        )
    await audit.record(
        "legal_hold.placed",
        organization_id=organization_id,
        target_type="Lead" if lead_id else "User",
        target_id=lead_id or user_id,
        details={"holdId": str(hold.id)},
    )
    return hold


async def release_legal_hold(
    organization_id: uuid.UUID, hold_id: uuid.UUID, *, released_by_id: uuid.UUID | None = None
) -> LegalHold:
    hold = await LegalHold.for_org(organization_id).get_or_none(id=hold_id)
    if hold is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such legal hold.", field="id")
    if hold.released_at is not None:
        raise DomainError(ErrorCode.ALREADY_DONE, "This legal hold is already released.", field="id")
    hold.released_at = dt.datetime.now(dt.UTC)
    hold.released_by_id = released_by_id
    await hold.save(update_fields=["released_at", "released_by_id"])
    await audit.record(
        "legal_hold.released",
        organization_id=organization_id,
        target_type="Lead" if hold.lead_id else "User",
        target_id=hold.lead_id or hold.user_id,
        details={"holdId": str(hold.id)},
    )
    return hold


async def active_holds(
    *, organization_id: uuid.UUID | None = None, lead_id: uuid.UUID | None = None, user_id: uuid.UUID | None = None
) -> list[LegalHold]:
    """Unreleased holds on a lead (of an organisation) or on a user (in any organisation)."""
    qs = LegalHold.filter(released_at__isnull=True).order_by("created_at")
    return await filter_given(qs, organization_id=organization_id, lead_id=lead_id, user_id=user_id)


async def held_lead_ids(organization_id: uuid.UUID, among: list[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """The organisation's leads under an active hold (only those `among` the given ones, when given)."""
    rows = LegalHold.for_org(organization_id).filter(released_at__isnull=True, lead_id__isnull=False)
    if among is not None:
        rows = rows.filter(lead_id__in=among)
    return set(await rows.values_list("lead_id", flat=True))


async def held_user_ids(organization_id: uuid.UUID | None = None) -> set[uuid.UUID]:
    qs = LegalHold.filter(released_at__isnull=True, user_id__isnull=False)
    return {r.user_id for r in await filter_given(qs, organization_id=organization_id)}
