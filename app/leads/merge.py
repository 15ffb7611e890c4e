"""Merging duplicate leads into one (SPEC §7.5, §7.7).

The primary keeps its contact fields and takes the duplicates' where it has none. Every row that points at a
duplicate (notes, tags, tasks, deals, messages, status history, consents, objections, and whatever later
domains add: conversations, disclosures, referrals...) moves to the primary: the rows pointing at a lead are
found from the models' foreign keys, not listed by hand, so nothing is lost when a domain is added. Where only
one row may stay, the primary's wins: custom values per field (`keep_one_value_per_field`), one-to-one rows;
a domain whose kept row must reflect the duplicates' too folds them into it first, in a `merge_step` (the
WhatsApp conversation and service window: app.messaging.merging).
The duplicates' rows are then deleted without tombstones (the person is still held); a `LeadMerge` record of
each keeps it counted in `leadsThisPeriod` and keeps its Meta lead id pointing at the primary.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from app.audit import services as audit
from app.customfields.services import keep_one_value_per_field
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.leads import services
from app.leads.models import SEARCH_INDEXES, Lead, LeadMerge
from app.security.crypto import blind_index, scope_of

MAX_DUPLICATES = 10
# Columns a lead's row may lack and take from a duplicate (first duplicate that has it, in the order given).
TAKEN_WHEN_MISSING = (
    "owner_id",
    "campaign_id",
    "ad_set_id",
    "ad_id",
    "form_id",
    "platform",
    "meta_created_time",
)
# Rows that are derived from the duplicate itself and go with it (the primary keeps its own).
_DERIVED = set(SEARCH_INDEXES)
# Columns holding a lead id without a foreign key: privacy requests about the person follow the primary.
_PLAIN_LEAD_COLUMNS = ("subject_lead_id",)


def _referring() -> list[tuple[type[Any], str, bool, list[tuple[str, ...]]]]:
    """(model, column, one-to-one, unique column groups with the column) for every field pointing at a lead."""
    found: list[tuple[type[Any], str, bool, list[tuple[str, ...]]]] = []
    for app_models in Tortoise.apps.values():
        for model in app_models.values():
            if model in _DERIVED:  # (earlier merge records into a duplicate move too: they follow the primary)
                continue
            meta = model._meta
            for name in (*meta.fk_fields, *meta.o2o_fields):
                field = meta.fields_map[name]
                if field.related_model is not Lead:
                    continue
                column = field.source_field or f"{name}_id"
                unique = [
                    tuple(meta.fields_map[c].source_field or c for c in group)
                    for group in meta.unique_together
                    if name in group or column in group
                ]
                found.append((model, column, name in meta.o2o_fields, unique))
            for column in _PLAIN_LEAD_COLUMNS:
                if column in meta.fields_map:
                    found.append((model, column, False, []))
    return found


async def _move(
    model: type[Any], column: str, one_to_one: bool, unique: list[tuple[str, ...]], dup: uuid.UUID, primary: uuid.UUID
) -> int:
    """Point `model`'s rows at the primary; a row that would collide with one of the primary's is dropped."""
    rows = model.filter(**{column: dup})
    if one_to_one:
        if await model.filter(**{column: primary}).exists():
            await rows.delete()
            return 0
    for group in unique:
        others = [c for c in group if c != column]
        if not others:
            continue
        taken = {tuple(r) for r in await model.filter(**{column: primary}).values_list(*others)}
        if taken:
            clash = [r[0] for r in await rows.values_list("id", *others) if tuple(r[1:]) in taken]
            if clash:
                await model.filter(id__in=clash).delete()
    return int(await model.filter(**{column: dup}).update(**{column: primary}) or 0)


MergeStep = Callable[[uuid.UUID, uuid.UUID, list[uuid.UUID], "uuid.UUID | None"], Awaitable[None]]
_steps: list[MergeStep] = []


def merge_step(fn: MergeStep) -> MergeStep:
    """Register work another domain does in a merge's transaction before the rows move (privacy refuses held
    leads and settles consents). Called with (organisation, primary id, duplicate ids, actor id); a DomainError
    stops the merge and nothing changes. Domains register themselves (app.main imports them), so leads never
    import the privacy engine that sits above it."""
    if fn not in _steps:
        _steps.append(fn)
    return fn


def _merged_answers(primary: Lead, duplicates: Sequence[Lead]) -> list[dict[str, Any]] | None:
    answers: list[dict[str, Any]] = list(primary.answers or [])
    for dup in duplicates:
        for answer in dup.answers or []:
            if answer not in answers:
                answers.append(answer)
    return answers or None


async def merge_leads(
    organization_id: uuid.UUID,
    primary_id: uuid.UUID | None,
    duplicate_ids: Sequence[uuid.UUID | None],
    *,
    actor_id: uuid.UUID | None = None,
) -> Lead:
    """Merge `duplicate_ids` (at most 10) into `primary_id`; returns the primary as it is now (its score is
    recomputed by the scoring listener of LEAD_MERGED).

    Another organisation's lead is NOT_FOUND; the primary among the duplicates or a lead named twice is
    INVALID_INPUT; a legal hold on any of them is INVALID_STATE (and nothing changes)."""
    if not duplicate_ids:
        raise DomainError(ErrorCode.INVALID_INPUT, "Name at least one duplicate.", "duplicateIds")
    if len(duplicate_ids) > MAX_DUPLICATES:
        raise DomainError(ErrorCode.INVALID_INPUT, f"At most {MAX_DUPLICATES} duplicates at once.", "duplicateIds")
    if primary_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "primaryId")
    if any(i is None for i in duplicate_ids):
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "duplicateIds")
    dup_ids = [i for i in duplicate_ids if i is not None]
    if primary_id in dup_ids:
        raise DomainError(ErrorCode.INVALID_INPUT, "A lead cannot be merged into itself.", "duplicateIds")
    if len(set(dup_ids)) != len(dup_ids):
        raise DomainError(ErrorCode.INVALID_INPUT, "A duplicate is named twice.", "duplicateIds")
    everyone = [primary_id, *dup_ids]
    async with in_transaction():
        found = {
            lead.id: lead for lead in await Lead.for_org(organization_id).select_for_update().filter(id__in=everyone)
        }
        if primary_id not in found:
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "primaryId")
        if any(i not in found for i in dup_ids):
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "duplicateIds")
        for step in _steps:
            await step(organization_id, primary_id, dup_ids, actor_id)
        primary = found[primary_id]
        duplicates = [found[i] for i in dup_ids]
        await _merge_into(organization_id, primary, duplicates, actor_id)
    await emit(EventType.LEAD_MERGED, organization_id, primary.id, merged_ids=list(dup_ids))
    return await services.get_lead(organization_id, primary.id)


async def _merge_into(
    organization_id: uuid.UUID, primary: Lead, duplicates: list[Lead], actor_id: uuid.UUID | None
) -> None:
    scope = scope_of(organization_id)
    changed: set[str] = set()
    # Contact fields: the primary's win; an email or phone it lacks comes from the first duplicate having one.
    for dup in duplicates:
        if primary.email is None and dup.email is not None:
            primary.email, primary.email_bidx = dup.email, dup.email_bidx
            changed |= {"email", "email_bidx"}
        if primary.phone is None and dup.phone is not None:
            primary.phone, primary.phone_bidx = dup.phone, dup.phone_bidx
            changed |= {"phone", "phone_bidx"}
        for column in TAKEN_WHEN_MISSING:
            if getattr(primary, column) is None and getattr(dup, column) is not None:
                setattr(primary, column, getattr(dup, column))
                changed.add(column)
        if dup.first_response_at and (
            primary.first_response_at is None or dup.first_response_at < primary.first_response_at
        ):
            primary.first_response_at = dup.first_response_at
            changed.add("first_response_at")
    answers = _merged_answers(primary, duplicates)
    if answers != primary.answers:
        primary.answers = answers
        changed.add("answers")
    # Meta lead ids: the primary takes one if it has none; the others are kept as blind indexes on the
    # merge records, so a re-delivered webhook updates the primary.
    take_meta = primary.meta_lead_id is None and any(d.meta_lead_id for d in duplicates)
    new_meta = next((d.meta_lead_id for d in duplicates if d.meta_lead_id), None) if take_meta else None
    records = [
        LeadMerge(
            organization_id=organization_id,
            primary_id=primary.id,
            merged_lead_id=dup.id,
            meta_lead_bidx=(
                blind_index(scope, "meta_lead", dup.meta_lead_id)
                if dup.meta_lead_id and dup.meta_lead_id != new_meta
                else None
            ),
            lead_created_at=dup.created_at,
            merged_by_id=actor_id,
        )
        for dup in duplicates
    ]
    # Custom values: per field the primary's win; a field only a duplicate has moves (below) with its value.
    await keep_one_value_per_field(organization_id, primary.id, [d.id for d in duplicates])
    moved: dict[str, int] = {}
    referring = _referring()
    for dup in duplicates:
        for model, column, one_to_one, unique in referring:
            if model is Lead:  # other leads recorded as duplicates of this one now duplicate the primary
                await (
                    Lead.for_org(organization_id)
                    .filter(duplicate_of_id=dup.id)
                    .exclude(id=primary.id)
                    .update(duplicate_of_id=primary.id)
                )
                continue
            count = await _move(model, column, one_to_one, unique, dup.id, primary.id)
            if count:
                moved[model.__name__] = moved.get(model.__name__, 0) + count
    if primary.duplicate_of_id in {d.id for d in duplicates}:
        primary.duplicate_of_id = None
        changed.add("duplicate_of_id")
    await LeadMerge.bulk_create(records)
    await Lead.filter(id__in=[d.id for d in duplicates]).delete()  # marks the lead counter for a recount
    if new_meta is not None:
        primary.meta_lead_id = new_meta
        changed.add("meta_lead_id")
    primary.last_activity_at = services._now()
    await primary.save(update_fields=[*sorted(changed), "last_activity_at", "updated_at"])
    merged = {"mergedIds": [str(d.id) for d in duplicates], "moved": moved}
    await audit.record_change("lead.merged", primary, actor_id, merged)
