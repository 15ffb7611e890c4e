"""Retention: per-organisation rules within platform bounds, a preview, and the daily sweep.

Lead categories are measured from the lead's last activity (falling back to its last update); the
others from the row's own time. The sweep works in batches, and each batch removes what it touched
from the next batch's query, so a re-run (after a crash) simply continues. Held subjects are skipped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, Subquery

from app.accounts.models import Organization
from app.audit.models import AuditEvent
from app.classification import RETENTION_CATEGORIES, DataCategory
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit_many
from app.jobs import Job, JobKind, cron, enqueue, handler, report_progress
from app.leads.models import SEARCH_INDEXES, Lead
from app.privacy.datamap import data_map
from app.privacy.erasure_models import RetentionAction, RetentionRule
from app.privacy.holds import held_lead_ids, held_user_ids
from app.privacy.retention_rules import BOUNDS
from app.tombstones.models import TombstoneReason

BATCH = 200
LEAD_CATEGORIES = (
    DataCategory.LEAD_CONTACT,
    DataCategory.LEAD_ANSWERS,
    DataCategory.LEAD_NOTES,
    DataCategory.MESSAGES,
    DataCategory.META_ADS_DATA,
    DataCategory.DEALS,
    DataCategory.TASKS,
    DataCategory.MEDIA,
)
ANONYMISED_NAME = "Anonymised lead"


@dataclass(frozen=True)
class EffectiveRule:
    category: DataCategory
    days: int
    action: RetentionAction
    is_default: bool

    @property
    def min_days(self) -> int:
        return BOUNDS[self.category].min_days

    @property
    def max_days(self) -> int:
        return BOUNDS[self.category].max_days

    @property
    def default_days(self) -> int:
        return BOUNDS[self.category].default_days


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def retention_rules(organization_id: uuid.UUID) -> list[EffectiveRule]:
    """Every retention category with the organisation's rule, or the platform default."""
    own = {r.category: r for r in await RetentionRule.for_org(organization_id)}
    rules = []
    for category in RETENTION_CATEGORIES:
        rule = own.get(category)
        if rule is not None:
            rules.append(EffectiveRule(category, rule.days, rule.action, False))
        else:
            rules.append(EffectiveRule(category, BOUNDS[category].default_days, RetentionAction.DELETE, True))
    return rules


async def set_retention_rule(
    organization_id: uuid.UUID, category: DataCategory, days: int, action: RetentionAction
) -> EffectiveRule:
    bounds = BOUNDS.get(category)
    if bounds is None:
        raise DomainError(ErrorCode.INVALID_INPUT, f"{category.value} has no retention rule.", field="category")
    if not bounds.min_days <= days <= bounds.max_days:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            f"{category.value} must be kept between {bounds.min_days} and {bounds.max_days} days.",
            field="days",
        )
    await RetentionRule.update_or_create(
        organization_id=organization_id, category=category, defaults={"days": days, "action": action}
    )
    from app.audit import services as audit

    await audit.record(
        "retention.rule_set",
        organization_id=organization_id,
        target_type="RetentionRule",
        details={"category": category.value, "days": days, "action": action.value},
    )
    return EffectiveRule(category, days, action, False)


# --- what a category touches ---------------------------------------------------------------------------


@dataclass
class Target:
    """Rows of one table that a category's rule applies to, and what applying it means."""

    model: type[Any]
    due: Q  # expired and not yet handled
    held: Q  # the subset under legal hold (skipped)
    apply: Callable[[list[uuid.UUID]], Awaitable[int]]


def _among(field: str, values: list[Any]) -> Q:
    """`field IN values`, false (never NULL) for NULL fields and empty lists, so `exclude()` stays exact."""
    if not values:
        return Q(id__isnull=True)
    return Q(**{f"{field}__isnull": False, f"{field}__in": values})


def _stale_lead(cutoff: dt.datetime) -> Q:
    return Q(last_activity_at__lt=cutoff) | Q(last_activity_at__isnull=True, updated_at__lt=cutoff)


def _models_with(category: DataCategory) -> dict[type[Any], list[str]]:
    found: dict[type[Any], list[str]] = {}
    for entry in data_map():
        if entry.classification.category is category:
            found.setdefault(entry.model, []).append(entry.field_name)
    return found


def _lead_fk(model: type[Any]) -> str | None:
    for name in (*model._meta.fk_fields, *model._meta.o2o_fields):  # one-to-one rows of a lead count too
        fk = model._meta.fields_map[name]
        if fk.related_model is Lead:
            return str(fk.source_field)
    return None


def _contact_indexes_elsewhere() -> list[tuple[type[Any], str, str]]:
    """(model, lead column, blind index) of lead contact details kept outside the lead row."""
    found = []
    for model, names in _models_with(DataCategory.LEAD_CONTACT).items():
        lead_fk = _lead_fk(model) if model is not Lead else None
        for name in names:
            if lead_fk is not None and f"{name}_bidx" in model._meta.fields_map:
                found.append((model, lead_fk, f"{name}_bidx"))
    return found


def _org_filter(model: type[Any], organization_id: uuid.UUID) -> Q | None:
    names = model._meta.fields_map
    if "organization" in names or "organization_id" in names:
        return Q(organization_id=organization_id)
    return None


def _time_field(model: type[Any], category: DataCategory) -> str:
    names = model._meta.fields_map
    if category is DataCategory.SESSIONS and "last_seen_at" in names:
        return "last_seen_at"
    if category is DataCategory.INVOICES and "issued_at" in names:
        return "issued_at"
    if category is DataCategory.INCIDENTS and "closed_at" in names:
        return "closed_at"  # open incidents (closed_at NULL) are never due
    return "created_at"


async def _targets(organization_id: uuid.UUID, rule: EffectiveRule, now: dt.datetime) -> list[Target]:
    cutoff = now - dt.timedelta(days=rule.days)
    category = rule.category
    held_leads = list(await held_lead_ids(organization_id))
    held_users = list(await held_user_ids(organization_id))
    delete = rule.action is RetentionAction.DELETE
    targets: list[Target] = []
    if category is DataCategory.LEAD_CONTACT:
        base = Q(organization_id=organization_id) & _stale_lead(cutoff)
        if delete:

            async def erase(ids: list[uuid.UUID]) -> int:
                from app.privacy.erasure import erase_lead

                done = 0
                for lead_id in ids:
                    try:
                        outcome = await erase_lead(
                            organization_id, lead_id, reason=TombstoneReason.RETENTION, same_person=False
                        )
                    except DomainError:
                        continue  # erased meanwhile
                    done += int(outcome.erased)
                return done

            targets.append(Target(Lead, base, _among("id", held_leads), erase))
        else:
            linked = Q(email_bidx__isnull=False) | Q(phone_bidx__isnull=False) | Q(meta_lead_id__isnull=False)
            for model, lead_fk, bidx in _contact_indexes_elsewhere():  # e.g. a WhatsApp user id
                linked |= Q(id__in=Subquery(model.filter(**{f"{bidx}__isnull": False}).values(lead_fk)))
            due = base & linked
            targets.append(
                Target(Lead, due, _among("id", held_leads), lambda ids: _anonymise_leads(organization_id, ids))
            )
        return targets
    if category is DataCategory.LEAD_ANSWERS:
        due = Q(organization_id=organization_id, answers__isnull=False) & _stale_lead(cutoff)
        targets.append(
            Target(Lead, due, _among("id", held_leads), lambda ids: Lead.filter(id__in=ids).update(answers=None))
        )  # then the other tables holding answers (custom values of that category), below
    for model, field_names in _models_with(category).items():
        if model is Lead:
            continue
        org = _org_filter(model, organization_id)
        lead_fk = _lead_fk(model) if category in LEAD_CATEGORIES else None
        if lead_fk is not None:  # lead categories: measured from the lead's last activity
            stale = Lead.filter(Q(organization_id=organization_id) & _stale_lead(cutoff)).values("id")
            due = Q(**{f"{lead_fk}__in": Subquery(stale)})
            held = _among(lead_fk, held_leads)
        elif category in LEAD_CATEGORIES or org is None:
            continue  # not tied to a lead nor to this organisation: nothing this rule may touch
        else:
            due = org & Q(**{f"{_time_field(model, category)}__lt": cutoff})
            user_fk = next(
                (str(model._meta.fields_map[n].source_field) for n in model._meta.fk_fields if n == "user"), None
            )
            if model is AuditEvent:
                held = _among("actor_user_id", held_users) | _among(
                    "target_id", [str(i) for i in held_leads + held_users]
                )
            elif user_fk is not None:
                held = _among(user_fk, held_users)
            elif _lead_fk(model) is not None:
                held = _among(str(_lead_fk(model)), held_leads)
            elif "user_id" in model._meta.fields_map:
                held = _among("user_id", held_users)
            else:
                held = _among("id", [])
        if org is not None and lead_fk is not None:
            due = org & due
        nullable = [f for f in field_names if model._meta.fields_map[f].null]
        if not delete and model is AuditEvent:
            nullable = [*nullable, "target_id", "subject_bidx"]
        if delete or not nullable:
            targets.append(Target(model, due, held, _deleter(model)))
        else:
            not_done = Q(*[Q(**{f"{f}__isnull": False}) for f in nullable], join_type="OR")
            targets.append(Target(model, due & not_done, held, _blanker(model, nullable)))
    return targets


def _deleter(model: type[Any]) -> Callable[[list[uuid.UUID]], Awaitable[int]]:
    async def run(ids: list[uuid.UUID]) -> int:
        return int(await model.filter(id__in=ids).delete())

    return run


def _blanker(model: type[Any], names: list[str]) -> Callable[[list[uuid.UUID]], Awaitable[int]]:
    async def run(ids: list[uuid.UUID]) -> int:
        return int(await model.filter(id__in=ids).update(**dict.fromkeys(names)))

    return run


async def _anonymise_leads(organization_id: uuid.UUID, ids: list[uuid.UUID]) -> int:
    """Contact details replaced; the row stays for statistics. A tombstone keeps Meta from re-adding it.

    Nothing may find the lead by its old contact details afterwards (SPEC §4: removal covers "rows in search
    indexes"): its blind indexes and name words go too. Listeners hear of it as of any lead change (one
    LEAD_UPDATED per lead, announced as one batch per call): `leadEvents`, partner webhooks.
    """
    from app.privacy.erasure import tombstone_lead

    org = await Organization.get(id=organization_id)
    now = _now()
    done: list[uuid.UUID] = []
    for lead in await Lead.for_org(organization_id).filter(id__in=ids):
        await tombstone_lead(organization_id, lead, org.default_country, TombstoneReason.RETENTION)
        await Lead.filter(id=lead.id).update(
            full_name=ANONYMISED_NAME,
            email=None,
            email_bidx=None,
            phone=None,
            phone_bidx=None,
            answers=None,
            meta_lead_id=None,
            updated_at=now,
            # The other categories' clock (`_stale_lead`) stays where it was: anonymising is no activity.
            last_activity_at=lead.last_activity_at or lead.updated_at,
        )
        done.append(lead.id)
    for index in SEARCH_INDEXES:  # the name words of the name just blanked
        await index.filter(lead_id__in=done).delete()
    # The lead's contact details held elsewhere (e.g. a WhatsApp user id) go too, with their blind index; rows
    # whose details cannot be blanked (a custom contact field's value) are deleted, as the other rules do.
    for model, names in _models_with(DataCategory.LEAD_CONTACT).items():
        lead_fk = _lead_fk(model) if model is not Lead else None
        if lead_fk is None:
            continue
        rows = model.filter(**{f"{lead_fk}__in": done})
        blank = [n for n in names if model._meta.fields_map[n].null]
        if not blank:
            await rows.delete()
            continue
        blank += [f"{n}_bidx" for n in blank if f"{n}_bidx" in model._meta.fields_map]
        await rows.update(**dict.fromkeys(blank))
    await emit_many(EventType.LEAD_UPDATED, organization_id, done)
    return len(done)


# --- preview and sweep ---------------------------------------------------------------------------------


async def retention_preview(organization_id: uuid.UUID, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Per category: what the next sweep would touch, and how many expired rows a legal hold keeps."""
    now = now or _now()
    result = []
    for rule in await retention_rules(organization_id):
        records = held = 0
        for target in await _targets(organization_id, rule, now):
            records += await target.model.filter(target.due).exclude(target.held).count()
            held += await target.model.filter(target.due & target.held).count()
        result.append(
            {"category": rule.category, "action": rule.action, "days": rule.days, "records": records, "held": held}
        )
    return result


async def sweep(
    organization_id: uuid.UUID,
    now: dt.datetime | None = None,
    progress: Callable[[int], Awaitable[None]] | None = None,
) -> dict[str, Any]:
    """Apply every rule in batches; resumable (handled rows leave the query), held rows skipped."""
    now = now or _now()
    rules = await retention_rules(organization_id)
    report = []
    for index, rule in enumerate(rules):
        touched = held = 0
        for target in await _targets(organization_id, rule, now):
            held += await target.model.filter(target.due & target.held).count()
            while True:
                ids = list(
                    await target.model.filter(target.due)
                    .exclude(target.held)
                    .order_by("id")
                    .limit(BATCH)
                    .values_list("id", flat=True)
                )
                if not ids:
                    break
                handled = await target.apply(ids)
                touched += handled
                if handled == 0:
                    break
        entry = {"category": rule.category.value, "action": rule.action.value, "records": touched, "held": held}
        if held:  # why they stayed (the holds' own reasons are on `legalHolds`: free text stays out of job results)
            entry["heldReason"] = "LEGAL_HOLD"
        report.append(entry)
        if progress is not None:
            await progress(int(100 * (index + 1) / len(rules)))
    from app.audit import services as audit

    await audit.record("retention.swept", organization_id=organization_id, details={"categories": report})
    return {"categories": report}


@handler(JobKind.RETENTION_SWEEP)
async def run_sweep(job: Job) -> dict[str, Any]:
    organization_id = uuid.UUID(job.payload["organization_id"])
    if not await Organization.filter(id=organization_id).exists():
        return {"categories": []}

    async def progress(pct: int) -> None:
        await report_progress(job, pct)

    return await sweep(organization_id, progress=progress)


async def enqueue_sweep(organization_id: uuid.UUID, day: dt.date | None = None) -> Job:
    day = day or _now().date()
    return await enqueue(
        JobKind.RETENTION_SWEEP,
        {"organization_id": str(organization_id)},
        organization_id=organization_id,
        dedupe_key=f"retention:{organization_id}:{day.isoformat()}",
    )


async def enqueue_sweep_now(organization_id: uuid.UUID) -> Job:
    """An admin's on-demand sweep (not deduplicated with the daily one)."""
    return await enqueue(
        JobKind.RETENTION_SWEEP, {"organization_id": str(organization_id)}, organization_id=organization_id
    )


@cron("retention-sweep", minute=17, hour=3)
async def daily_sweep() -> None:
    """Once a day, one sweep job per organisation (deduplicated per day)."""
    for organization_id in await Organization.all().values_list("id", flat=True):
        await enqueue_sweep(organization_id)
