"""Lead services: create, correct, move through the pipeline, assign, annotate, tag, and take Meta leads in.

Contact fields are encrypted; the services keep their blind indexes (email, phone, each name word) in
step so search and dedupe never need the plaintext. Every change announces a domain event (ids only).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from app.accounts.models import Membership, Organization
from app.customfields.services import check_values as check_custom_values
from app.customfields.services import insert_value_rows
from app.customfields.services import write_values as write_custom_values
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.ids import global_id
from app.leads.models import (
    STATUS_RANK,
    Lead,
    LeadMerge,
    LeadNameWord,
    LeadNote,
    LeadSource,
    LeadStatus,
    LeadStatusChange,
    LeadTag,
)
from app.leads.queries import LeadRow
from app.notifications.models import LEAD_PLACEHOLDER, Notification, NotificationKind
from app.notifications.services import Notice, announce, notify_many
from app.orm import select_rows
from app.security.crypto import (
    blind_index,
    blind_index_candidates,
    name_words,
    normalize_email,
    normalize_phone,
    scope_of,
)
from app.text import email_shaped
from app.tombstones.ledger import erased_meta_lead_ids, is_contact_erased, record_tombstone, subject_keys
from app.tombstones.models import TombstoneReason

MAX_NAME = 200
MAX_NOTE = 10_000
MAX_TAG = 200  # a tag is a "name" (SPEC §6, §7.7)
MAX_TAGS = 50


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def _organization(organization_id: uuid.UUID) -> Organization:
    org = await Organization.get_or_none(id=organization_id)
    if org is None:
        raise DomainError(ErrorCode.NOT_FOUND, "Unknown organisation.", "organizationId")
    return org


async def get_lead(organization_id: uuid.UUID, lead_id: uuid.UUID | None, field: str = "id") -> Lead:
    """A lead of this organisation; another organisation's lead is just unknown."""
    lead = await Lead.for_org(organization_id).get_or_none(id=lead_id) if lead_id is not None else None
    if lead is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field)
    return lead


# --- normalisation and validation -------------------------------------------------------------------


def clean_name(value: str | None, field: str = "fullName") -> str:
    name = (value or "").strip()
    if not name:
        raise DomainError(ErrorCode.INVALID_INPUT, "A full name is required.", field)
    if len(name) > MAX_NAME:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A name has at most {MAX_NAME} characters.", field)
    return name


def clean_email(value: str | None, field: str = "email") -> str | None:
    if value is None or not value.strip():
        return None
    email = value.strip()
    if not email_shaped(email):
        raise DomainError(ErrorCode.INVALID_INPUT, "This is not an email address.", field)
    return email


def clean_phone(value: str | None, default_country: str, field: str = "phone") -> tuple[str | None, str | None]:
    """(the phone as given, its E.164 form); an unparseable number is INVALID_INPUT."""
    if value is None or not value.strip():
        return None, None
    e164 = normalize_phone(value, default_country)
    if e164 is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "This is not a phone number.", field)
    return value.strip(), e164


def sendable_phone(lead: Lead | LeadRow, country: str) -> str | None:
    """The lead's phone in E.164, a national number read in `country` (Organization.country_of), or None: what
    leaves for WhatsApp or the Conversions API; a phone that cannot be written so is never sent as stored."""
    return normalize_phone(lead.phone, country) if lead.phone else None


def clean_tags(values: Iterable[str] | None, field: str = "tags") -> list[str]:
    """Distinct tags in order; refused at the first one over the limit, so a huge list costs no more."""
    tags: dict[str, None] = {}
    for raw in values or ():
        tag = raw.strip()
        if not tag or len(tag) > MAX_TAG:
            raise DomainError(ErrorCode.INVALID_INPUT, f"A tag has 1 to {MAX_TAG} characters.", field)
        tags[tag] = None
        if len(tags) > MAX_TAGS:
            raise DomainError(ErrorCode.INVALID_INPUT, f"At most {MAX_TAGS} tags at once.", field)
    return list(tags)


def email_index(organization_id: uuid.UUID, email: str) -> str:
    return blind_index(scope_of(organization_id), "email", normalize_email(email))


def phone_index(organization_id: uuid.UUID, e164: str) -> str:
    return blind_index(scope_of(organization_id), "phone", e164)


def name_indexes(organization_id: uuid.UUID, full_name: str) -> list[str]:
    scope = scope_of(organization_id)
    return sorted({blind_index(scope, "name", word) for word in name_words(full_name)})


async def find_contact_match(
    organization_id: uuid.UUID,
    *,
    email: str | None,
    e164: str | None,
    exclude_id: uuid.UUID | None = None,
    originals_only: bool = False,
) -> tuple[Lead | None, str | None]:
    """The oldest lead with this email or phone (and which field matched), or (None, None)."""
    scope = scope_of(organization_id)
    conditions = []
    email_cands: list[str] = []
    phone_cands: list[str] = []
    if email:
        email_cands = blind_index_candidates(scope, "email", normalize_email(email))
        conditions.append(Q(email_bidx__in=email_cands))
    if e164:
        phone_cands = blind_index_candidates(scope, "phone", e164)
        conditions.append(Q(phone_bidx__in=phone_cands))
    if not conditions:
        return None, None
    qs = Lead.for_org(organization_id).filter(Q(*conditions, join_type="OR"))
    if exclude_id is not None:
        qs = qs.exclude(id=exclude_id)
    if originals_only:
        qs = qs.filter(duplicate_of_id=None)
    match = await qs.order_by("created_at", "id").first()
    if match is None:
        return None, None
    return match, ("email" if match.email_bidx in email_cands else "phone")


async def _refuse_erased_or_duplicate(
    org: Organization,
    *,
    email: str | None,
    phone: str | None,
    e164: str | None,
    exclude_id: uuid.UUID | None = None,
) -> None:
    if (email or phone) and await is_contact_erased(
        org.id, email=email, phone=e164 or phone, default_country=org.default_country
    ):
        raise DomainError(
            ErrorCode.SUBJECT_ERASED,
            "This person's data was erased; they cannot be added again this way.",
            "email" if email else "phone",
        )
    match, field = await find_contact_match(org.id, email=email, e164=e164, exclude_id=exclude_id)
    if match is not None:
        raise DomainError(
            ErrorCode.DUPLICATE,
            f"A lead with this {field} already exists ({global_id('Lead', match.id)}).",
            field,
            duplicate=match,
            duplicate_id=match.id,
        )


_LOCK_SQL = (
    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n)"
)


async def lock_contacts(
    organization_id: uuid.UUID, *, emails: Sequence[str | None] = (), phones: Sequence[str | None] = ()
) -> None:
    """Serialise writers of the same email or phone until the transaction ends (PostgreSQL advisory locks),
    so two concurrent creations cannot both pass the duplicate check. Phones are E.164. SQLite has one
    writer at a time already."""
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect != "postgres":
        return
    keys = sorted(
        {email_index(organization_id, e) for e in emails if e} | {phone_index(organization_id, p) for p in phones if p}
    )
    if keys:
        await conn.execute_query(_LOCK_SQL, [keys])


async def _member_or_error(organization_id: uuid.UUID, user_id: uuid.UUID | None, field: str) -> uuid.UUID | None:
    if user_id is None:
        return None
    if not await Membership.filter(organization_id=organization_id, user_id=user_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such member of this organisation.", field)
    return user_id


async def _write_name_words(lead: Lead) -> None:
    await LeadNameWord.filter(lead_id=lead.id).delete()
    rows = [
        LeadNameWord(organization_id=lead.organization_id, lead_id=lead.id, word_bidx=b)
        for b in name_indexes(lead.organization_id, lead.full_name)
    ]
    if rows:
        await LeadNameWord.bulk_create(rows)


async def _add_tags(lead_ids: Sequence[uuid.UUID], organization_id: uuid.UUID, tags: Sequence[str]) -> None:
    if not tags or not lead_ids:
        return
    existing = {
        (row[0], row[1]) for row in await LeadTag.filter(lead_id__in=list(lead_ids)).values_list("lead_id", "name")
    }
    rows = [
        LeadTag(organization_id=organization_id, lead_id=lid, name=tag)
        for lid in lead_ids
        for tag in tags
        if (lid, tag) not in existing
    ]
    if rows:
        await LeadTag.bulk_create(rows)


async def refresh_lead_count(organization_id: uuid.UUID) -> int:
    """Recount an organisation's leads into its counter."""
    count = await Lead.for_org(organization_id).count()
    await Organization.filter(id=organization_id).update(lead_count=count)
    return count


async def lead_total(organization_id: uuid.UUID, known: int | None = None) -> int:
    """The organisation's number of leads from its counter; recounted once after a bulk deletion (-1).
    Read on every page that asks for `totalCount`, so the statement is hand-written; `known` is the counter
    as already read in this request (with the session), which saves the statement."""
    if known is not None and known >= 0:
        return known
    rows = await select_rows('SELECT lead_count FROM "organization" WHERE id = $1', [organization_id], {})
    if not rows or rows[0]["lead_count"] is None:
        return 0
    if int(rows[0]["lead_count"]) >= 0:
        return int(rows[0]["lead_count"])
    count = await Lead.for_org(organization_id).count()
    await Organization.filter(id=organization_id, lead_count__lt=0).update(lead_count=count)
    return count


async def _count_one_more(organization_id: uuid.UUID) -> None:
    await _count_more(organization_id, 1)


async def _count_more(organization_id: uuid.UUID, n: int) -> None:
    # An unknown counter (-1, after a bulk deletion) stays unknown until the next read recounts it.
    await Organization.filter(id=organization_id, lead_count__gte=0).update(lead_count=F("lead_count") + n)


# --- create and correct ------------------------------------------------------------------------------


async def create_lead(
    organization_id: uuid.UUID,
    *,
    full_name: str,
    email: str | None = None,
    phone: str | None = None,
    status: LeadStatus = LeadStatus.NEW,
    source: LeadSource = LeadSource.MANUAL,
    owner_id: uuid.UUID | None = None,
    tags: Sequence[str] = (),
    answers: list[dict[str, Any]] | None = None,
    actor_id: uuid.UUID | None = None,
    custom_fields: Any = None,
) -> Lead:
    """A lead from a person (manual, API or import). Same email or phone -> DUPLICATE; erased -> SUBJECT_ERASED.
    `custom_fields` ([{key, value}]) are checked before anything is stored."""
    org = await _organization(organization_id)
    name = clean_name(full_name)
    email = clean_email(email)
    phone, e164 = clean_phone(phone, org.default_country)
    if email is None and phone is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give an email or a phone number.", "email")
    tag_list = clean_tags(tags)
    await _member_or_error(organization_id, owner_id, "ownerId")
    custom = await check_custom_values(organization_id, custom_fields, org.default_country)
    now = _now()
    async with in_transaction():
        await lock_contacts(organization_id, emails=[email], phones=[e164])
        await _refuse_erased_or_duplicate(org, email=email, phone=phone, e164=e164)
        lead = await Lead.create(
            organization_id=organization_id,
            full_name=name,
            email=email,
            email_bidx=email_index(organization_id, email) if email else None,
            phone=phone,
            phone_bidx=phone_index(organization_id, e164) if e164 else None,
            answers=answers,
            status=status,
            status_rank=STATUS_RANK[status.value],
            source=source,
            owner_id=owner_id,
            last_activity_at=now,
        )
        await _write_name_words(lead)
        await _add_tags([lead.id], organization_id, tag_list)
        await write_custom_values(lead.id, custom)
        await LeadStatusChange.create(
            organization_id=organization_id, lead_id=lead.id, from_status=None, to_status=status, changed_by_id=actor_id
        )
        await _count_one_more(organization_id)
    await emit(EventType.LEAD_CREATED, organization_id, lead.id)
    await tell_new_owner(lead, actor_id)
    return lead


async def update_lead(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    *,
    full_name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    custom_fields: Any = None,
) -> Lead:
    """Correct a lead's contact details and custom values. None leaves a field as it is; an empty string clears
    email or phone; a custom value of null clears it."""
    org = await _organization(organization_id)
    lead = await get_lead(organization_id, lead_id)
    custom = await check_custom_values(organization_id, custom_fields, org.default_country)
    changed: list[str] = []
    if full_name is not None:
        name = clean_name(full_name)
        if name != lead.full_name:
            lead.full_name = name
            changed.append("full_name")
    new_email, check_email = lead.email, None
    if email is not None:
        new_email = clean_email(email)
        if new_email != lead.email:
            changed += ["email", "email_bidx"]
            if new_email and (not lead.email or normalize_email(new_email) != normalize_email(lead.email)):
                check_email = new_email
    new_phone, new_e164, check_phone = lead.phone, None, None
    if phone is not None:
        new_phone, new_e164 = clean_phone(phone, org.default_country)
        if new_phone != lead.phone:
            changed += ["phone", "phone_bidx"]
            if new_e164 and lead.phone_bidx not in blind_index_candidates(scope_of(organization_id), "phone", new_e164):
                check_phone = new_phone
    if new_email is None and new_phone is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "A lead keeps an email or a phone number.", "email")
    if not changed and not custom:
        return lead
    if "email" in changed:
        lead.email = new_email
        lead.email_bidx = email_index(organization_id, new_email) if new_email else None
    if "phone" in changed:
        lead.phone = new_phone
        lead.phone_bidx = phone_index(organization_id, new_e164) if new_e164 else None
    lead.last_activity_at = _now()
    async with in_transaction():
        if check_email or check_phone:
            await lock_contacts(organization_id, emails=[check_email], phones=[new_e164 if check_phone else None])
            await _refuse_erased_or_duplicate(
                org, email=check_email, phone=check_phone, e164=new_e164 if check_phone else None, exclude_id=lead.id
            )
        await lead.save(update_fields=[*changed, "last_activity_at", "updated_at"])
        if "full_name" in changed:
            await _write_name_words(lead)
        await write_custom_values(lead.id, custom)
    await emit(EventType.LEAD_UPDATED, organization_id, lead.id)
    return lead


async def mark_responded(organization_id: uuid.UUID, lead: uuid.UUID | Lead, actor_id: uuid.UUID | None) -> None:
    """Speed to lead: the first outbound message, note, completed task, status change or deal by a member
    (a session or a member's token: `actor_id`) sets `first_response_at` once; automation has no actor. A
    loaded lead gets the value too, so the payload that returns it shows the response."""
    now = _now()
    lead_id = lead.id if isinstance(lead, Lead) else lead
    set_now = await mark_many_responded(organization_id, [lead_id], actor_id, now)
    if set_now and isinstance(lead, Lead):
        lead.first_response_at = now


async def mark_many_responded(
    organization_id: uuid.UUID, lead_ids: Sequence[uuid.UUID], actor_id: uuid.UUID | None, now: dt.datetime
) -> int:
    """`mark_responded` for many leads in one statement (a bulk change by a member answers each lead it moves);
    returns how many leads got their first response now."""
    if actor_id is None or not lead_ids:
        return 0
    return await (
        Lead.for_org(organization_id)
        .filter(id__in=list(lead_ids), first_response_at__isnull=True)
        .update(first_response_at=now)
    )


async def set_status(
    organization_id: uuid.UUID, lead_id: uuid.UUID, status: LeadStatus, *, actor_id: uuid.UUID | None = None
) -> Lead:
    """Move a lead in the pipeline; each move is kept in its status history."""
    async with in_transaction():
        # Under the row lock, a move starts from the status the last move left (its history stays a chain).
        lead = await Lead.for_org(organization_id).select_for_update().get_or_none(id=lead_id)
        if lead is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "id")
        if lead.status is status:
            return lead
        previous = lead.status
        lead.status = status
        lead.status_rank = STATUS_RANK[status.value]
        lead.last_activity_at = _now()
        await lead.save(update_fields=["status", "status_rank", "last_activity_at", "updated_at"])
        await LeadStatusChange.create(
            organization_id=organization_id,
            lead_id=lead.id,
            from_status=previous,
            to_status=status,
            changed_by_id=actor_id,
        )
    await mark_responded(organization_id, lead, actor_id)
    await emit(EventType.LEAD_UPDATED, organization_id, lead.id)
    return lead


async def tell_new_owners(
    organization_id: uuid.UUID, assigned: Iterable[tuple[uuid.UUID, str | None, uuid.UUID]], actor_id: uuid.UUID | None
) -> list[Notification]:
    """A LEAD_ASSIGNED notification per (lead id, full name, new owner), unless the owner took it themselves:
    written, not yet announced (see `notify_many`). Every member may read contact fields, so the notification
    names the lead. A single assignment and a bulk one tell the owner the same way."""
    notices = [
        Notice(
            user_id=owner_id,
            title="A lead was assigned to you",
            body=f"{LEAD_PLACEHOLDER} is now yours to follow up.",
            link=f"/leads/{lead_id}",
            lead_id=lead_id,
            lead_name=full_name or "A lead",
        )
        for lead_id, full_name, owner_id in assigned
        if owner_id != actor_id
    ]
    return await notify_many(NotificationKind.LEAD_ASSIGNED, notices, organization_id=organization_id)


async def tell_new_owner(lead: Lead, actor_id: uuid.UUID | None) -> None:
    """The lead's new owner is told (`tell_new_owners`), live."""
    if lead.owner_id is not None:
        await announce(
            await tell_new_owners(lead.organization_id, [(lead.id, lead.full_name, lead.owner_id)], actor_id)
        )


async def assign(
    organization_id: uuid.UUID, lead_id: uuid.UUID, owner_id: uuid.UUID | None, *, actor_id: uuid.UUID | None = None
) -> Lead:
    """Give a lead to a member of the organisation (None: nobody)."""
    lead = await get_lead(organization_id, lead_id)
    await _member_or_error(organization_id, owner_id, "ownerId")
    if lead.owner_id == owner_id:
        return lead
    lead.owner_id = owner_id
    lead.last_activity_at = _now()
    await lead.save(update_fields=["owner_id", "last_activity_at", "updated_at"])
    await emit(EventType.LEAD_UPDATED, organization_id, lead.id)
    await tell_new_owner(lead, actor_id)
    return lead


async def add_note(
    organization_id: uuid.UUID, lead_id: uuid.UUID, body: str, *, author_id: uuid.UUID | None = None
) -> tuple[Lead, LeadNote]:
    text = (body or "").strip()
    if not text or len(text) > MAX_NOTE:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A note has 1 to {MAX_NOTE} characters.", "body")
    lead = await get_lead(organization_id, lead_id)
    lead.last_activity_at = _now()
    async with in_transaction():
        note = await LeadNote.create(organization_id=organization_id, lead_id=lead.id, author_id=author_id, body=text)
        await lead.save(update_fields=["last_activity_at", "updated_at"])
    await mark_responded(organization_id, lead, author_id)
    await emit(EventType.LEAD_UPDATED, organization_id, lead.id)
    return lead, note


async def tag_leads(
    organization_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID | None],
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
) -> list[Lead]:
    """Add and remove tags on several leads at once; every id must be a lead of this organisation."""
    to_add = clean_tags(add, "add")
    to_remove = clean_tags(remove, "remove")
    if not lead_ids:
        raise DomainError(ErrorCode.INVALID_INPUT, "Name at least one lead.", "leadIds")
    if len(lead_ids) > 100:
        raise DomainError(ErrorCode.INVALID_INPUT, "At most 100 leads at once.", "leadIds")
    wanted = [i for i in lead_ids if i is not None]
    leads = await Lead.for_org(organization_id).filter(id__in=wanted)
    found = {lead.id: lead for lead in leads}
    if len(wanted) != len(lead_ids) or any(i not in found for i in wanted):
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "leadIds")
    ordered = list(dict.fromkeys(wanted))
    async with in_transaction():
        if to_remove:
            await LeadTag.filter(lead_id__in=ordered, name__in=to_remove).delete()
        await _add_tags(ordered, organization_id, [t for t in to_add if t not in to_remove])
        await Lead.filter(id__in=ordered).update(last_activity_at=_now(), updated_at=_now())
    for lead_id in ordered:
        await emit(EventType.LEAD_UPDATED, organization_id, lead_id)
    return list(await Lead.for_org(organization_id).filter(id__in=ordered).order_by("created_at", "id"))


# --- Meta leads ------------------------------------------------------------------------------------------


def _age_at(birth: str, when: dt.datetime) -> int | None:
    for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            born = dt.datetime.strptime(birth.strip(), fmt).date()
        except ValueError:
            continue
        day = when.date()
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    return None


def _birth_answer(answers: list[dict[str, Any]]) -> str | None:
    for answer in answers:
        if str(answer.get("question", "")).lower() == "date_of_birth":
            values = answer.get("values") or []
            return str(values[0]) if values else None
    return None


@dataclass(frozen=True)
class MetaLeadInput:
    """One Lead Ads submission, mapped (see `app.integrations.meta.leadgen`)."""

    meta_lead_id: str
    created_time: dt.datetime | None
    full_name: str | None
    email: str | None
    phone: str | None
    answers: list[dict[str, Any]]
    platform: str | None = None
    campaign_id: uuid.UUID | None = None
    ad_set_id: uuid.UUID | None = None
    ad_id: uuid.UUID | None = None
    form_id: uuid.UUID | None = None
    custom_rows: list[Any] = field(default_factory=list)  # unsaved custom value rows (a form mapping's)
    # Meta's ids of the campaign, ad set and ad the lead object names: a lead that comes before its ad is synced
    # is attributed by the sync that brings it (app.integrations.meta.leadgen.attribute_waiting_leads)
    meta_campaign_id: str | None = None
    meta_ad_set_id: str | None = None
    meta_ad_id: str | None = None


async def upsert_meta_lead(organization_id: uuid.UUID, **fields: Any) -> Lead | None:
    """Store a Lead Ads submission once per Meta lead id (`MetaLeadInput`'s fields as keywords)."""
    return (await upsert_meta_leads(organization_id, [MetaLeadInput(**fields)]))[0]


async def upsert_meta_leads(organization_id: uuid.UUID, items: Sequence[MetaLeadInput]) -> list[Lead | None]:
    """Store Lead Ads submissions once per Meta lead id, a batch in a fixed number of statements.

    A re-delivery gives the stored lead; an erased Meta lead id, or a person under 18 at `created_time`
    (the `date_of_birth` answer; only a MINOR tombstone of the Meta lead id is kept), gives None. A lead
    whose email or phone matches an existing one (or an earlier one of the batch) is stored with
    `duplicate_of` set: the oldest original with that contact, else the oldest lead with it.
    """
    results: list[Lead | None] = [None] * len(items)
    ids = [item.meta_lead_id for item in items]
    stored = {lead.meta_lead_id: lead for lead in await Lead.for_org(organization_id).filter(meta_lead_id__in=ids)}
    stored |= await _merged_meta_leads(organization_id, [i for i in ids if i not in stored])
    refused = await erased_meta_lead_ids(organization_id, [i for i in ids if i not in stored])
    refused |= {i for i in ids if i in stored and stored[i] is None}  # merged into a lead since erased
    first: dict[str, int] = {}  # Meta lead id -> its first item in this batch
    todo: list[int] = []
    for index, item in enumerate(items):
        if item.meta_lead_id in stored:
            results[index] = stored[item.meta_lead_id]
        elif item.meta_lead_id in refused or item.meta_lead_id in first:
            continue
        elif _is_minor(item):
            await record_tombstone(
                organization_id, subject_keys(organization_id, meta_lead_id=item.meta_lead_id), TombstoneReason.MINOR
            )
            refused.add(item.meta_lead_id)
        else:
            first[item.meta_lead_id] = index
            todo.append(index)
    if todo:
        new = await _new_meta_leads(organization_id, [items[i] for i in todo])
        try:
            async with in_transaction():
                await Lead.bulk_create(new)
                words = [
                    LeadNameWord(organization_id=organization_id, lead_id=lead.id, word_bidx=b)
                    for lead in new
                    for b in name_indexes(organization_id, lead.full_name)
                ]
                if words:
                    await LeadNameWord.bulk_create(words)
                custom: list[Any] = []
                for lead, item in zip(new, [items[i] for i in todo], strict=True):
                    for row in item.custom_rows:
                        row.lead_id = lead.id
                        custom.append(row)
                await insert_value_rows(organization_id, custom)  # the fields as they are now, held
                await LeadStatusChange.bulk_create(
                    [
                        LeadStatusChange(
                            organization_id=organization_id, lead_id=lead.id, from_status=None, to_status=LeadStatus.NEW
                        )
                        for lead in new
                    ]
                )
                await _count_more(organization_id, len(new))
        except IntegrityError:
            if len(todo) == 1:  # a concurrent delivery of the same Meta lead won the race
                results[todo[0]] = await Lead.for_org(organization_id).get_or_none(meta_lead_id=ids[todo[0]])
            else:  # one of them did: take them one at a time
                for index in todo:
                    results[index] = (await upsert_meta_leads(organization_id, [items[index]]))[0]
        else:
            for index, lead in zip(todo, new, strict=True):
                results[index] = lead
                await emit(EventType.LEAD_CREATED, organization_id, lead.id)
    for index, item in enumerate(items):
        if results[index] is None and item.meta_lead_id in first:
            results[index] = results[first[item.meta_lead_id]]
    return results


async def _merged_meta_leads(organization_id: uuid.UUID, meta_lead_ids: list[str]) -> dict[str, Any]:
    """Meta lead ids of leads merged into another (SPEC §7.5) -> the primary (None once it was erased)."""
    if not meta_lead_ids:
        return {}
    scope = scope_of(organization_id)
    by_bidx = {b: m for m in set(meta_lead_ids) for b in blind_index_candidates(scope, "meta_lead", m)}
    records = await LeadMerge.for_org(organization_id).filter(meta_lead_bidx__in=list(by_bidx))
    if not records:
        return {}
    primaries = {
        lead.id: lead
        for lead in await Lead.for_org(organization_id).filter(id__in=[r.primary_id for r in records if r.primary_id])
    }
    return {by_bidx[r.meta_lead_bidx]: primaries.get(r.primary_id) for r in records}


def _is_minor(item: MetaLeadInput) -> bool:
    birth = _birth_answer(item.answers)
    age = _age_at(birth, item.created_time or _now()) if birth is not None else None
    return age is not None and age < 18


async def _new_meta_leads(organization_id: uuid.UUID, items: Sequence[MetaLeadInput]) -> list[Lead]:
    """Unsaved Lead rows, each linked to the lead it duplicates (one query for the whole batch)."""
    org = await _organization(organization_id)
    scope = scope_of(organization_id)
    contacts: list[tuple[str | None, str | None, str | None, set[str]]] = []  # email, phone, E.164, candidates
    for item in items:
        email = item.email.strip() if item.email and item.email.strip() else None
        phone = item.phone.strip() if item.phone and item.phone.strip() else None
        e164 = normalize_phone(phone, org.default_country) if phone else None
        candidates = set(blind_index_candidates(scope, "email", normalize_email(email)) if email else [])
        candidates |= set(blind_index_candidates(scope, "phone", e164) if e164 else [])
        contacts.append((email, phone, e164, candidates))
    wanted = sorted(set().union(*(c[3] for c in contacts)))
    # (id, email index, phone index, duplicate of), oldest first; the batch's own leads are appended
    known: list[tuple[uuid.UUID, str | None, str | None, uuid.UUID | None]] = []
    if wanted:
        known = list(
            await Lead.for_org(organization_id)
            .filter(Q(email_bidx__in=wanted) | Q(phone_bidx__in=wanted))
            .order_by("created_at", "id")
            .values_list("id", "email_bidx", "phone_bidx", "duplicate_of_id")
        )
    leads: list[Lead] = []
    for item, (email, phone, e164, candidates) in zip(items, contacts, strict=True):
        matches = [row for row in known if row[1] in candidates or row[2] in candidates]
        original = next((row for row in matches if row[3] is None), matches[0] if matches else None)
        lead = Lead(
            organization_id=organization_id,
            full_name=(item.full_name or "").strip()[:MAX_NAME],
            email=email,
            email_bidx=email_index(organization_id, email) if email else None,
            phone=phone,
            phone_bidx=phone_index(organization_id, e164) if e164 else None,
            answers=item.answers,
            status=LeadStatus.NEW,
            status_rank=STATUS_RANK["NEW"],
            source=LeadSource.META_LEAD_ADS,
            platform=item.platform,
            meta_lead_id=item.meta_lead_id,
            meta_created_time=item.created_time,
            campaign_id=item.campaign_id,
            ad_set_id=item.ad_set_id,
            ad_id=item.ad_id,
            form_id=item.form_id,
            meta_campaign_id=item.meta_campaign_id,
            meta_ad_set_id=item.meta_ad_set_id,
            meta_ad_id=item.meta_ad_id,
            duplicate_of_id=original[0] if original else None,
            last_activity_at=_now(),
        )
        known.append((lead.id, lead.email_bidx, lead.phone_bidx, lead.duplicate_of_id))
        leads.append(lead)
    return leads


async def create_whatsapp_lead(
    organization_id: uuid.UUID,
    *,
    full_name: str,
    e164: str | None,
    ad_ids: tuple[Any, Any, Any] | None = None,
    announce: bool = True,
) -> Lead:
    """A lead from an inbound WhatsApp message of an unknown sender (SPEC §7.7): no duplicate refusal (the
    caller looked first) and no SUBJECT_ERASED refusal (a tombstoned phone writing again is a new contact).
    `ad_ids` = (ad, ad set, campaign) of a Click-to-WhatsApp ad of this organisation. `announce=False`: the
    caller emits LEAD_CREATED once its own transaction has committed."""
    name = (full_name or "").strip()[:200] or "WhatsApp contact"
    ad_id, ad_set_id, campaign_id = ad_ids or (None, None, None)
    now = _now()
    async with in_transaction():
        lead = await Lead.create(
            organization_id=organization_id,
            full_name=name,
            phone=e164,
            phone_bidx=phone_index(organization_id, e164) if e164 else None,
            status=LeadStatus.NEW,
            status_rank=STATUS_RANK[LeadStatus.NEW.value],
            source=LeadSource.WHATSAPP,
            ad_id=ad_id,
            ad_set_id=ad_set_id,
            campaign_id=campaign_id,
            last_activity_at=now,
        )
        await _write_name_words(lead)
        await LeadStatusChange.create(
            organization_id=organization_id, lead_id=lead.id, from_status=None, to_status=LeadStatus.NEW
        )
        await _count_one_more(organization_id)
    if announce:
        await emit(EventType.LEAD_CREATED, organization_id, lead.id)
    return lead
