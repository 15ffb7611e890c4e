"""The erasure engine: plans computed from the data map and the ORM relations, executed per subject.

A plan lists, per table, the rows that go (DELETE), the values that are blanked while the row stays
(ANONYMIZE, e.g. the audit trail) and the rows kept under a legal basis or a legal hold (KEEP).
`preview_erasure` returns the plan; `erase_lead` / `erase_user` execute the same plan in one transaction,
leave a blind-index tombstone, clear Redis keys carrying the subject's indexes and return a signed receipt.
An organisation's plan (`deleteOrganization`, SPEC §7.7) is made here too: an account erasure that would leave
an organisation with no member erases it with the account.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tortoise import fields
from tortoise.expressions import F, Q, Subquery
from tortoise.fields.relational import ForeignKeyFieldInstance
from tortoise.transactions import in_transaction

from app.accounts.models import Membership, Organization, Role, User
from app.audit import services as audit
from app.audit.models import AuditEvent
from app.billing.services import delete_customer
from app.classification import DataCategory, Erase, registered_models
from app.disclosures.services import summary_by_recipient
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.leads.models import Lead
from app.mail.models import OutboxMail
from app.privacy.datamap import DataMapEntry, data_map
from app.privacy.erasure_models import LegalHold
from app.privacy.holds import HOLD_REASON, active_holds, check_subject_known, held_lead_ids, require_one_subject
from app.privacy.receipts import sign_outcome
from app.privacy.request_models import PrivacyRequest, RequestStatus, RequestType
from app.request_context import current_request
from app.security import ratelimit
from app.security.crypto import (
    PLATFORM_SCOPE,
    blind_index_candidates,
    normalize_email,
    normalize_phone,
    scope_of,
)
from app.settings import get_settings
from app.tombstones.ledger import Replayed, record_tombstone, replay, subject_keys
from app.tombstones.models import ErasureTombstone, TombstoneReason

log = logging.getLogger("quantix.privacy.erasure")

LEAD = "LEAD"
ACCOUNT = "ACCOUNT"
ORGANIZATION = "ORGANIZATION"
DELETED_NAME = "Deleted organisation"
BULK_ERASURE_BATCH = 1_000  # leads per batch of a bulk erasure: the size of its statements' IN lists


@dataclass
class TableStep:
    """What happens to the matching rows of one table."""

    model: type[Any]
    action: Erase
    where: Q
    categories: tuple[DataCategory, ...]
    records: int
    blank: tuple[str, ...] = ()  # ANONYMIZE: columns set to NULL
    reason: str | None = None  # KEEP: the legal basis
    # ANONYMIZE: a column set to NULL only on those of the rows that also match its condition, in this order
    blank_where: tuple[tuple[str, Q], ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # ANONYMIZE: columns set alongside (a request closed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model.__name__,
            "table": self.model._meta.db_table,
            "action": self.action.value,
            "categories": [c.value for c in self.categories],
            "records": self.records,
            "reason": self.reason,
        }

    @classmethod
    async def counted(
        cls,
        model: type[Any],
        action: Erase,
        where: Q,
        categories: tuple[DataCategory, ...],
        blank: tuple[str, ...] = (),
        reason: str | None = None,
        values: dict[str, Any] | None = None,
    ) -> TableStep:
        """The step with its rows counted now, inside the caller's transaction."""
        records = await model.filter(where).count()
        return cls(model, action, where, categories, records, blank, reason, values=values or {})


@dataclass
class ErasurePlan:
    """A dry run: exactly what `erase_lead` / `erase_user` would delete, anonymise and keep."""

    subject_kind: str
    organization_id: uuid.UUID | None
    subject_id: uuid.UUID
    steps: list[TableStep] = field(default_factory=list)
    held_reason: str | None = None  # set when a legal hold keeps the whole subject

    @property
    def held(self) -> bool:
        return self.held_reason is not None

    def categories(self) -> list[dict[str, Any]]:
        """Per category, rows erased and rows anonymised (held subjects erase nothing)."""
        erased: dict[DataCategory, int] = defaultdict(int)
        anonymised: dict[DataCategory, int] = defaultdict(int)
        for step in self.steps:
            if step.records == 0:
                continue
            for category in step.categories:
                if step.action is Erase.DELETE:
                    erased[category] += step.records
                elif step.action is Erase.ANONYMIZE:
                    anonymised[category] += step.records
        names = sorted({*erased, *anonymised}, key=lambda c: c.value)
        return [{"category": c.value, "erased": erased[c], "anonymised": anonymised[c]} for c in names]

    def kept(self) -> list[dict[str, Any]]:
        """Rows kept, with their reason: a legal basis, or the legal hold over the whole subject."""
        kept: dict[tuple[str, str], int] = defaultdict(int)
        for step in self.steps:
            if step.records and step.action is Erase.KEEP:
                for category in step.categories:
                    kept[(category.value, step.reason or "Kept under a legal basis")] += step.records
        return [{"category": c, "reason": r, "records": n} for (c, r), n in sorted(kept.items())]

    def as_dict(self) -> dict[str, Any]:
        return {
            "subjectKind": self.subject_kind,
            "categories": self.categories(),
            "kept": self.kept(),
            "tables": [s.as_dict() for s in self.steps if s.records],
        }


@dataclass
class ErasureOutcome:
    request_id: uuid.UUID | None
    subject_kind: str
    completed_at: dt.datetime
    categories: list[dict[str, Any]]
    kept: list[dict[str, Any]]
    receipt: dict[str, str] = field(default_factory=dict)
    erased: bool = True  # False when a legal hold kept the subject
    disclosures: list[dict[str, Any]] = field(default_factory=list)  # per recipient: what left, to whom, when

    def body(self) -> dict[str, Any]:
        return {
            "requestId": str(self.request_id) if self.request_id else None,
            "subjectKind": self.subject_kind,
            "completedAt": self.completed_at.isoformat().replace("+00:00", "Z"),
            "categories": self.categories,
            "kept": self.kept,
            "disclosures": self.disclosures,
        }

    def to_json(self) -> dict[str, Any]:
        """The outcome as stored on a privacy request and shown to the subject, with its receipt."""
        return {**self.body(), "receipt": self.receipt}


# --- planning ------------------------------------------------------------------------------------------


def _entries_by_model() -> dict[type[Any], list[DataMapEntry]]:
    grouped: dict[type[Any], list[DataMapEntry]] = defaultdict(list)
    for entry in data_map():
        grouped[entry.model].append(entry)
    return grouped


def _categories_of(entries: list[DataMapEntry], default: DataCategory | None = None) -> tuple[DataCategory, ...]:
    """The categories a table's rows count under; rows with no classified field (tags, memberships, name-word
    indexes) are still deleted but count under `default` only when one is given."""
    personal = sorted({e.classification.category for e in entries if e.classification.personal}, key=lambda c: c.value)
    if personal:
        return tuple(c for c in personal if c is not None)
    if any(e.classification.category is DataCategory.SECRETS for e in entries):
        return (DataCategory.SECRETS,)
    return (default,) if default is not None else ()


def _relations_to(target: type[Any]) -> list[tuple[type[Any], ForeignKeyFieldInstance]]:
    """Every (model, foreign key) that points at `target`."""
    found = []
    for model in registered_models():
        for name in (*model._meta.fk_fields, *model._meta.o2o_fields):
            fk = model._meta.fields_map[name]
            if fk.related_model is target:
                found.append((model, fk))
    return found


async def _related_steps(
    target: type[Any],
    subject_ids: list[uuid.UUID],
    default: DataCategory,
    by_model: dict[type[Any], list[DataMapEntry]],
) -> list[TableStep]:
    """Rows of other tables that belong to (CASCADE) or mention (SET NULL) the subjects: one step per table,
    however many subjects (a person's leads, a purge's thousand)."""
    steps: list[TableStep] = []
    for model, fk in _relations_to(target):
        if model is target:
            continue  # e.g. a lead's duplicate_of: other subjects, detached by the database
        if model is PrivacyRequest:
            continue  # the subject's requests stay, without what names them: `_request_steps`
        entries = by_model.get(model, [])
        where = Q(**{f"{fk.source_field}__in": subject_ids})
        on_delete = str(getattr(fk.on_delete, "value", fk.on_delete)).upper()
        if on_delete == "SET NULL":
            blank = tuple(
                e.field_name
                for e in entries
                if e.classification.erase is Erase.ANONYMIZE and model._meta.fields_map[e.field_name].null
            )
            kept = [e for e in entries if e.classification.erase is Erase.KEEP]
            if blank:
                cats = _categories_of([e for e in entries if e.field_name in blank], default)
                steps.append(await TableStep.counted(model, Erase.ANONYMIZE, where, cats, blank))
            elif kept:
                reason = kept[0].classification.kept_reason
                steps.append(
                    await TableStep.counted(model, Erase.KEEP, where, _categories_of(kept, default), reason=reason)
                )
            continue  # otherwise the row is someone else's (a lead's owner): the database detaches it
        steps.append(await TableStep.counted(model, Erase.DELETE, where, _categories_of(entries)))
    return steps


async def _referring_steps(
    column: str, subject_ids: list[uuid.UUID], by_model: dict[type[Any], list[DataMapEntry]]
) -> list[TableStep]:
    """Rows that name the subject in a plain id column (`lead_id` without a foreign key, e.g. a delivery log
    kept by its own age): their classified fields are blanked, deleted or kept as the data map says."""
    steps: list[TableStep] = []
    for model, entries in by_model.items():
        field = model._meta.fields_map.get(column)
        fk_columns = {model._meta.fields_map[n].source_field for n in (*model._meta.fk_fields, *model._meta.o2o_fields)}
        if field is None or column in fk_columns or not isinstance(field, fields.UUIDField):
            continue  # foreign keys are `_related_steps`' business
        where = Q(**{f"{column}__in": subject_ids})
        blank = tuple(e.field_name for e in entries if e.classification.erase is Erase.ANONYMIZE)
        kept = [e for e in entries if e.classification.erase is Erase.KEEP]
        if blank and all(model._meta.fields_map[f].null for f in blank):
            cats = _categories_of([e for e in entries if e.field_name in blank])
            unlinked = (*blank, column) if field.null else blank  # the id goes too: nothing points at the person
            steps.append(await TableStep.counted(model, Erase.ANONYMIZE, where, cats, unlinked))
        elif kept:
            reason = kept[0].classification.kept_reason
            steps.append(await TableStep.counted(model, Erase.KEEP, where, _categories_of(kept), reason=reason))
        elif any(e.classification.erase is Erase.DELETE for e in entries):
            steps.append(await TableStep.counted(model, Erase.DELETE, where, _categories_of(entries)))
    return steps


async def _audit_step(about: Q, linked: Q, *, acted: Q | None = None, scope: Q | None = None) -> TableStep:
    """Audit events about the subject (SPEC §6): anonymised, never deleted. The subject's identity and personal
    data go: their id where they are the target (`about`), their index (`linked`), their actor id where they acted
    (`acted`; a lead never acts), the details of events about them or by them, and the IP address unless another
    person (an admin) or a token acted. That other actor stays on record with their IP, and so does what the
    subject did to others (another target, another person's index). Each rule reads no column blanked before it."""
    nobody_else = Q(actor_user_id__isnull=True, actor_token_id__isnull=True)
    if acted is None:
        where = about | linked
        rules = (("ip_address", nobody_else), ("details", about), ("target_id", about), ("subject_bidx", linked))
    else:
        where = about | linked | acted
        rules = (
            ("ip_address", nobody_else | acted),
            ("details", about | acted),
            ("target_id", about),
            ("subject_bidx", linked),
            ("actor_user_id", acted),
        )
    where = scope & where if scope is not None else where
    records = await AuditEvent.filter(where).count()
    return TableStep(AuditEvent, Erase.ANONYMIZE, where, (DataCategory.AUDIT_EVENTS,), records, blank_where=rules)


async def _delete_step(
    model: type[Any], where: Q, by_model: dict[type[Any], list[DataMapEntry]], default: DataCategory
) -> TableStep:
    """Rows of `model` found by something other than a key to the subject (an address index), deleted."""
    return await TableStep.counted(model, Erase.DELETE, where, _categories_of(by_model.get(model, []), default))


async def _request_steps(where: Q, by_model: dict[type[Any], list[DataMapEntry]], *links: str) -> list[TableStep]:
    """The subject's privacy requests stay as the evidence of how each was handled (the data map keeps its
    deadline extensions and rejection reason under a legal basis), listed under `kept`; what else of theirs the
    data map lists goes (contact details, free text, the code), with the blind index and `links` to the subject.
    One still open is closed (CANCELLED): the erasure answers it, and nobody can confirm or carry it out now."""
    entries = by_model.get(PrivacyRequest, [])
    kept = [e for e in entries if e.classification.erase is Erase.KEEP]
    erased = [e for e in entries if e.classification.erase is not Erase.KEEP]
    blank = (*(e.field_name for e in erased), "email_bidx", *links)
    cats = _categories_of(erased)
    still_open = Q(status__in=[s for s in RequestStatus if s.open])
    at = dt.datetime.now(dt.UTC)
    closed = {"status": RequestStatus.CANCELLED, "completed_at": at, "updated_at": at}
    reason = kept[0].classification.kept_reason
    return [
        await TableStep.counted(PrivacyRequest, Erase.ANONYMIZE, where & ~still_open, cats, blank),
        await TableStep.counted(PrivacyRequest, Erase.ANONYMIZE, where & still_open, cats, blank, values=closed),
        await TableStep.counted(PrivacyRequest, Erase.KEEP, where, _categories_of(kept), reason=reason),
    ]


def _besides(spare: Q | None) -> Q:
    """Every privacy request but those `spare` matches (the one being carried out is its own evidence)."""
    return ~Q(id__in=Subquery(PrivacyRequest.filter(spare).values("id"))) if spare is not None else Q()


def _redis_tokens_for(
    organization_id: uuid.UUID | None, subject_id: uuid.UUID, email: str | None, phone: str | None, country: str | None
) -> set[str]:
    """Substrings by which a Redis key could name the subject: blind indexes, keyed hashes, the id."""
    tokens = {str(subject_id), subject_id.hex}
    scopes = [PLATFORM_SCOPE] + ([scope_of(organization_id)] if organization_id else [])
    if email:
        normalized = normalize_email(email)
        tokens.add(ratelimit.hashed(normalized))
        for scope in scopes:
            tokens.update(blind_index_candidates(scope, "email", normalized))
    e164 = normalize_phone(phone, country) if phone else None
    if e164:
        tokens.add(ratelimit.hashed(e164))
        for scope in scopes:
            tokens.update(blind_index_candidates(scope, "phone", e164))
    return tokens


@dataclass
class _LeadContext:
    leads: list[Lead]  # the lead asked about first, then the same person's other leads
    country: str | None
    plan: ErasurePlan
    redis_tokens: set[str]


async def _same_person(organization_id: uuid.UUID, lead: Lead) -> list[Lead]:
    """The person's other leads in the organisation: same email or phone index (which is what makes a Meta
    lead a `duplicateOf` another), or the lead it duplicates. Every condition is on an indexed column."""
    conditions = []
    if lead.email_bidx:
        conditions.append(Q(email_bidx=lead.email_bidx))
    if lead.phone_bidx:
        conditions.append(Q(phone_bidx=lead.phone_bidx))
    if lead.duplicate_of_id:
        conditions.append(Q(id=lead.duplicate_of_id))
    if not conditions:
        return []
    query = Lead.for_org(organization_id).filter(Q(*conditions, join_type="OR")).exclude(id=lead.id)
    return list(await query.order_by("created_at", "id"))


def _kept_by_hold(steps: list[TableStep], reason: str) -> list[TableStep]:
    """A legal hold keeps every row of the subject: each step becomes KEEP with the hold's reason."""
    for step in steps:
        if step.action is not Erase.KEEP:
            step.action, step.reason = Erase.KEEP, reason
    return steps


async def _lead_steps(
    organization_id: uuid.UUID, leads: list[Lead], country: str | None, by_model: dict[type[Any], list[DataMapEntry]]
) -> tuple[list[TableStep], set[str]]:
    """What erasing `leads` deletes and anonymises, one step per table whatever their number, and the Redis
    tokens naming them. Rows mentioning a lead (SET NULL) come before the lead rows, which detach them."""
    ids = [each.id for each in leads]
    steps = await _related_steps(Lead, ids, DataCategory.LEAD_CONTACT, by_model)
    steps += await _referring_steps("lead_id", ids, by_model)

    # Audit events about the person: anonymised, never deleted.
    scope = scope_of(organization_id)
    bidx = sorted({b for each in leads for b in (each.email_bidx, each.phone_bidx) if b})
    for each in leads:
        if each.meta_lead_id:
            bidx += blind_index_candidates(scope, "meta_lead", each.meta_lead_id)
    about = Q(target_id__in=[str(each.id) for each in leads])
    steps.append(await _audit_step(about, Q(subject_bidx__in=bidx), scope=Q(organization_id=organization_id)))
    # Mails this organisation sent to the person's addresses.
    emails = {normalize_email(each.email) for each in leads if each.email}
    if emails:
        to = [b for e in sorted(emails) for b in blind_index_candidates(PLATFORM_SCOPE, "email", e)]
        mail_where = Q(organization_id=organization_id, to_bidx__in=to)
        steps.append(await _delete_step(OutboxMail, mail_where, by_model, DataCategory.LEAD_CONTACT))
    tokens: set[str] = set(bidx)
    lead_entries = by_model.get(Lead, [])
    by_categories: dict[tuple[DataCategory, ...], list[uuid.UUID]] = defaultdict(list)
    for each in leads:
        present = {e.classification.category for e in lead_entries if getattr(each, e.field_name) is not None}
        own = tuple(c for c in _categories_of(lead_entries, DataCategory.LEAD_CONTACT) if c in present)
        by_categories[own or (DataCategory.LEAD_CONTACT,)].append(each.id)
        tokens |= _redis_tokens_for(organization_id, each.id, each.email, each.phone, country)
    for categories, group in by_categories.items():
        where = Q(id__in=group, organization_id=organization_id)
        steps.append(TableStep(Lead, Erase.DELETE, where, categories, len(group)))
    return steps, tokens


async def _lead_request_steps(
    organization_id: uuid.UUID,
    leads: list[Lead],
    request_id: uuid.UUID | None,
    by_model: dict[type[Any], list[DataMapEntry]],
) -> list[TableStep]:
    """The person's privacy requests in the organisation (but `request_id`'s, the one being carried out): those
    matched to one of their leads, and those not matched to anyone yet that came from one of their addresses (one
    still awaiting its code, say). A minor report's address is its reporter's, never the subject's."""
    scope = scope_of(organization_id)
    emails = sorted({normalize_email(each.email) for each in leads if each.email})
    bidx = [b for e in emails for b in blind_index_candidates(scope, "email", e)]
    theirs = Q(subject_lead_id__in=[each.id for each in leads])
    if bidx:
        unmatched = Q(email_bidx__in=bidx, subject_lead_id__isnull=True, subject_user_id__isnull=True)
        theirs |= unmatched & ~Q(type=RequestType.MINOR_REPORT)
    where = Q(organization_id=organization_id) & theirs & _besides(Q(id=request_id) if request_id else None)
    return await _request_steps(where, by_model, "subject_lead_id")


async def _plan_lead(
    organization_id: uuid.UUID,
    lead: Lead,
    *,
    others: list[Lead] | None = None,
    person: bool = True,
    request_id: uuid.UUID | None = None,
) -> _LeadContext:
    """The plan for a person known as `lead` (and `others`, the same person's other leads), their privacy requests
    included (but `request_id`'s); `person=False` plans the lead's rows alone (retention, ledger replay)."""
    leads = [lead, *(others or [])]
    org = await Organization.get(id=organization_id)
    country = org.default_country
    by_model = _entries_by_model()
    steps, tokens = await _lead_steps(organization_id, leads, country, by_model)
    if person:
        steps += await _lead_request_steps(organization_id, leads, request_id, by_model)
    holds = []
    for each in leads:
        holds += await active_holds(organization_id=organization_id, lead_id=each.id)
    held = _held_reason(holds)
    plan = ErasurePlan(LEAD, organization_id, lead.id, _kept_by_hold(steps, held) if held else steps, held)
    return _LeadContext(leads, country, plan, tokens)


async def _organization_steps(
    organization_id: uuid.UUID, spare: Q | None, by_model: dict[type[Any], list[DataMapEntry]]
) -> list[TableStep]:
    """Each table holding the organisation's rows: kept under its legal basis (invoices), else deleted; its privacy
    requests stay without what names their subjects (`_request_steps`), but those `spare` matches (the one being
    carried out is its own evidence)."""
    steps: list[TableStep] = []
    for model, fk in _relations_to(Organization):
        on_delete = str(getattr(fk.on_delete, "value", fk.on_delete)).upper()
        if on_delete != "CASCADE":
            continue  # rows that merely mention it (a user's last organisation) are detached by close_organization
        entries = by_model.get(model, [])
        where = Q(**{fk.source_field: organization_id})
        if model is PrivacyRequest:
            steps += await _request_steps(where & _besides(spare), by_model)
            continue
        kept = [e for e in entries if e.classification.erase is Erase.KEEP and e.classification.legal_basis]
        if kept:
            reason = kept[0].classification.kept_reason
            steps.append(await TableStep.counted(model, Erase.KEEP, where, _categories_of(kept), reason=reason))
        else:
            steps.append(await TableStep.counted(model, Erase.DELETE, where, _categories_of(entries)))
    return steps


def _held_reason(holds: list[LegalHold]) -> str | None:
    """The reason a legal hold keeps everything (never the admin's own words); None when nothing is held."""
    return HOLD_REASON if holds else None


async def plan_organization(organization_id: uuid.UUID, *, spare: Q | None = None) -> ErasurePlan:
    """The plan of an organisation's erasure; a legal hold on any of its leads or members keeps all of it."""
    steps = await _organization_steps(organization_id, spare, _entries_by_model())
    held = _held_reason(await active_holds(organization_id=organization_id))
    steps = _kept_by_hold(steps, held) if held else steps
    return ErasurePlan(ORGANIZATION, organization_id, organization_id, steps, held)


async def close_organization(organization_id: uuid.UUID, request_id: uuid.UUID | None) -> None:
    """After its rows went (in the caller's transaction): the organisation stays as a nameless shell only so
    the kept invoices still have an owner; no user's last organisation is it any more."""
    await User.filter(last_organization_id=organization_id).update(last_organization_id=None)
    await Organization.filter(id=organization_id).update(
        name=DELETED_NAME, slug=f"deleted-{organization_id.hex[:16]}", lead_count=0
    )
    await audit.record(
        "organization.erased",
        target_type="Organization",
        target_id=organization_id,
        details={"requestId": str(request_id) if request_id else None},
    )


async def delete_stripe_customers(organization_ids: list[uuid.UUID]) -> None:
    """The organisations' Stripe customers go first (which ends their subscriptions): a refusal (INVALID_STATE)
    stops the erasure before anything else went, so that it is retried whole."""
    for organization_id in organization_ids:
        await delete_customer(get_settings(), organization_id)


async def organisations_left_empty(user_id: uuid.UUID) -> list[uuid.UUID]:
    """The organisations the user is the only member of: erasing the account erases them too."""
    mine = await Membership.filter(user_id=user_id).values_list("organization_id", flat=True)
    shared = Membership.filter(organization_id__in=mine).exclude(user_id=user_id)
    others = set(await shared.values_list("organization_id", flat=True)) if mine else set()
    return sorted(set(mine) - others, key=str)


async def _account_holds(user_id: uuid.UUID, emptied: list[uuid.UUID]) -> str | None:
    """A hold on the user, or on anything of an organisation going with the account, keeps all of it."""
    holds = await active_holds(user_id=user_id)
    for organization_id in emptied:
        holds += await active_holds(organization_id=organization_id)
    return _held_reason(holds)


def _spared_requests(user_id: uuid.UUID, request_id: uuid.UUID | None) -> Q:
    """The user's own erasure request (scheduled, or being carried out) stays with the organisation's shell."""
    waiting = [RequestStatus.SCHEDULED, RequestStatus.IN_PROGRESS]
    pending = Q(subject_user_id=user_id, type=RequestType.ERASURE, status__in=waiting)
    return (pending | Q(id=request_id)) if request_id else pending


async def _not_counted_twice(steps: list[TableStep], first: list[TableStep]) -> list[TableStep]:
    """`steps` recounted without the rows the `first` steps already take (a membership of an organisation
    going too), so that a row counts once in the plan and its receipt."""
    taken: dict[type[Any], Q] = {}
    for step in first:
        taken[step.model] = taken[step.model] | step.where if step.model in taken else step.where
    recounted: list[TableStep] = []
    for step in steps:
        if step.model in taken:
            pk = step.model._meta.pk_attr
            where = step.where & ~Q(**{f"{pk}__in": Subquery(step.model.filter(taken[step.model]).values(pk))})
            step = replace(step, where=where, records=await step.model.filter(where).count())
        recounted.append(step)
    return recounted


async def _kept_with_owned_organisations(
    user: User, by_model: dict[type[Any], list[DataMapEntry]], besides: list[uuid.UUID]
) -> list[TableStep]:
    """Rows of organisations the user owns (`besides` those going with the account) that the data map keeps
    under a legal basis (invoices: tax and accounting law) stay; the receipt lists them under `kept`."""
    memberships = Membership.filter(user_id=user.id, role=Role.OWNER).exclude(organization_id__in=besides)
    owned = [m.organization_id for m in await memberships]
    where = Q(organization_id__in=owned)
    steps: list[TableStep] = []
    for model, entries in by_model.items():
        kept = [e for e in entries if e.classification.erase is Erase.KEEP]
        if not owned or not kept or "organization" not in model._meta.fk_fields:
            continue
        reason = kept[0].classification.kept_reason
        step = await TableStep.counted(model, Erase.KEEP, where, _categories_of(kept), reason=reason)
        if step.records:
            steps.append(step)
    return steps


@dataclass
class _AccountContext:
    plan: ErasurePlan  # the organisations going with the account first, then the account
    redis_tokens: set[str]
    emptied: list[uuid.UUID]  # the organisations the user is the only member of


async def _plan_user(user: User, request_id: uuid.UUID | None = None) -> _AccountContext:
    by_model = _entries_by_model()
    emptied = await organisations_left_empty(user.id)
    spare = _spared_requests(user.id, request_id)
    organisations = [step for o in emptied for step in await _organization_steps(o, spare, by_model)]
    steps = await _related_steps(User, [user.id], DataCategory.ACCOUNT, by_model)
    org_ids = [m.organization_id for m in await Membership.filter(user_id=user.id)]
    email = normalize_email(user.email)
    # Invitations addressed to the user's email, whichever scope the inviting side indexed it in.
    invite_bidx = [
        b for s in [PLATFORM_SCOPE, *(scope_of(o) for o in org_ids)] for b in blind_index_candidates(s, "email", email)
    ]
    from app.accounts.models import Invitation

    invite_where = Q(email_bidx__in=invite_bidx) & ~Q(invited_by_id=user.id)
    steps.append(await _delete_step(Invitation, invite_where, by_model, DataCategory.ACCOUNT))
    user_bidx = [user.email_bidx, *blind_index_candidates(PLATFORM_SCOPE, "email", email)]
    about, linked = Q(target_id=str(user.id)), Q(subject_bidx__in=user_bidx)
    steps.append(await _audit_step(about, linked, acted=Q(actor_user_id=user.id)))
    steps += await _request_steps(Q(subject_user_id=user.id) & _besides(spare), by_model, "subject_user_id")
    to = blind_index_candidates(PLATFORM_SCOPE, "email", email)
    steps.append(await _delete_step(OutboxMail, Q(to_bidx__in=to), by_model, DataCategory.ACCOUNT))
    steps += await _kept_with_owned_organisations(user, by_model, besides=emptied)
    steps.append(TableStep(User, Erase.DELETE, Q(id=user.id), (DataCategory.ACCOUNT,), 1))
    steps = organisations + await _not_counted_twice(steps, organisations)
    held = await _account_holds(user.id, emptied)
    plan = ErasurePlan(ACCOUNT, None, user.id, _kept_by_hold(steps, held) if held else steps, held)
    tokens = _redis_tokens_for(None, user.id, user.email, user.phone, None)
    tokens.add(user.email_bidx)
    for org_id in org_ids:
        tokens.update(blind_index_candidates(scope_of(org_id), "email", email))
    return _AccountContext(plan, tokens, emptied)


async def preview_erasure(
    organization_id: uuid.UUID, *, lead_id: uuid.UUID | None = None, user_id: uuid.UUID | None = None
) -> ErasurePlan:
    """The dry run of an erasure of one lead of the organisation, or of one of its members' accounts."""
    require_one_subject(lead_id, user_id)
    if lead_id is not None:
        lead = await Lead.for_org(organization_id).get_or_none(id=lead_id)
        if lead is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field="leadId")
        return (await _plan_lead(organization_id, lead, others=await _same_person(organization_id, lead))).plan
    await check_subject_known(organization_id, user_id=user_id)
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field="userId")
    return (await _plan_user(user)).plan


# --- execution -----------------------------------------------------------------------------------------


async def _apply(plan: ErasurePlan) -> ErasurePlan:
    """Run the plan's steps inside the caller's transaction, which also counted them. The counts stay the
    plan's: drivers disagree on what a DELETE reports (SQLite adds the rows its ON DELETE SET NULL touched)."""
    for step in plan.steps:
        if step.action is Erase.DELETE and step.records:
            await step.model.filter(step.where).delete()
        elif step.action is Erase.ANONYMIZE and step.records:
            if step.blank or step.values:
                await step.model.filter(step.where).update(**dict.fromkeys(step.blank), **step.values)
            for column, only in step.blank_where:
                await step.model.filter(step.where & only).update(**{column: None})
    return plan


async def forget_redis_keys(tokens: set[str]) -> int:
    """Delete the rate-limit keys whose subject carries one of the subject's indexes or ids, found through
    those indexes (never a scan of Redis)."""
    return await ratelimit.forget_subject(tokens)


async def _finish(
    plan: ErasurePlan, request_id: uuid.UUID | None, disclosures: list[dict[str, Any]] | None = None
) -> ErasureOutcome:
    outcome = ErasureOutcome(
        request_id=request_id,
        subject_kind=plan.subject_kind,
        completed_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        categories=plan.categories(),
        kept=plan.kept(),
        erased=not plan.held,
        disclosures=disclosures or [],
    )
    outcome.receipt = await sign_outcome(outcome.body())
    return outcome


async def tombstone_lead(
    organization_id: uuid.UUID,
    lead: Lead,
    country: str | None,
    reason: TombstoneReason,
    request_id: uuid.UUID | None = None,
    *,
    lead_created_at: dt.datetime | None = None,
) -> None:
    """Remember an erased or anonymised lead by its keys (Meta lead id, email, phone), so that Meta's copy of
    it is not added again."""
    keys = subject_keys(
        organization_id,
        meta_lead_id=lead.meta_lead_id,
        email=lead.email,
        phone=lead.phone,
        default_country=country,
    )
    await record_tombstone(organization_id, keys, reason, request_id=request_id, lead_created_at=lead_created_at)


async def erase_lead(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    *,
    reason: TombstoneReason = TombstoneReason.ERASURE,
    request_id: uuid.UUID | None = None,
    tombstone: bool = True,
    same_person: bool = True,
) -> ErasureOutcome:
    """Erase a lead's person now: delete / anonymise per the data map, tombstones, signed receipt.

    The person's other leads in the organisation (same email or phone, or linked as duplicates) go too, in
    the same transaction, and so do their privacy requests' contact details and free text (the requests stay as
    evidence, open ones closed; `request_id`'s is the caller's to finish), unless `same_person=False` (retention
    and ledger replay erase single rows). A hold on any of them keeps them all; the outcome reports it. Unknown
    lead or another organisation's lead -> NOT_FOUND on `id`. `tombstone=False` only when replaying the ledger,
    whose tombstone for this person already exists.
    """
    async with in_transaction():
        lead = await Lead.for_org(organization_id).select_for_update().get_or_none(id=lead_id)
        if lead is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field="id")
        others = await _same_person(organization_id, lead) if same_person else []
        context = await _plan_lead(organization_id, lead, others=others, person=same_person, request_id=request_id)
        plan = context.plan
        disclosed = [
            s.as_dict() for s in await summary_by_recipient(organization_id, [each.id for each in context.leads])
        ]
        if not plan.held:
            await _apply(plan)
            erased = len(context.leads)
            await Organization.filter(id=organization_id, lead_count__gte=erased).update(
                lead_count=F("lead_count") - erased
            )
            if tombstone:
                for each in context.leads:
                    await tombstone_lead(
                        organization_id, each, context.country, reason, request_id, lead_created_at=each.created_at
                    )
            await audit.record(
                "lead.erased",
                organization_id=organization_id,
                target_type="Lead",
                details={
                    "requestId": str(request_id) if request_id else None,
                    "reason": reason.value,
                    "leads": len(context.leads),
                },
            )
    if not plan.held:
        await forget_redis_keys(context.redis_tokens)
        for each in context.leads:
            await emit(EventType.LEAD_ERASED, organization_id, each.id)
    return await _finish(plan, request_id, disclosed)


@dataclass
class BulkErasure:
    """What `erase_leads_in_bulk` did: the leads deleted (to announce once committed) and those a hold kept."""

    erased: list[uuid.UUID] = field(default_factory=list)
    held: list[uuid.UUID] = field(default_factory=list)


async def erase_leads_in_bulk(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> BulkErasure:
    """Delete many leads of the organisation as erasing each would: the same steps (the rows that belong to
    them, custom values and name-word index included, go; rows that mention them and audit events about them
    are anonymised; mails to them go), run as set-based statements over batches of leads, so that 100,000
    leads cost a few thousand statements instead of a plan each. A lead under an active legal hold stays, with
    all its rows. Each batch is its own transaction (a savepoint inside the caller's, as disconnect runs it);
    the caller announces `erased` (LEAD_ERASED) once everything has committed. The organisation removes its
    copy; the person did not ask to be forgotten: no tombstone, and the rate-limit windows of their own requests
    (privacy intake by email) run out as usual."""
    done = BulkErasure()
    by_model = _entries_by_model()
    country = (await Organization.get(id=organization_id)).default_country
    for start in range(0, len(lead_ids), BULK_ERASURE_BATCH):
        async with in_transaction():
            # The leads' row locks, which place_legal_hold takes first: a hold placed meanwhile is seen here.
            query = Lead.for_org(organization_id).filter(id__in=lead_ids[start : start + BULK_ERASURE_BATCH])
            leads = list(await query.select_for_update())
            held = await held_lead_ids(organization_id, among=[each.id for each in leads])
            going = [each for each in leads if each.id not in held]
            done.held += [each.id for each in leads if each.id in held]
            if not going:
                continue
            steps, _ = await _lead_steps(organization_id, going, country, by_model)
            await _apply(ErasurePlan(LEAD, organization_id, going[0].id, steps))
        done.erased += [each.id for each in going]
    return done


async def check_account_erasable(user_id: uuid.UUID) -> None:
    """A sole OWNER of an organisation that has other members must hand over first (INVALID_STATE)."""
    for membership in await Membership.filter(user_id=user_id, role=Role.OWNER):
        org_id = membership.organization_id
        other_owners = await Membership.for_org(org_id).filter(role=Role.OWNER).exclude(user_id=user_id).exists()
        others = await Membership.for_org(org_id).exclude(user_id=user_id).exists()
        if others and not other_owners:
            raise DomainError(
                ErrorCode.INVALID_STATE,
                "You are the only owner of an organisation with other members: transfer ownership first.",
            )


async def erase_user(user_id: uuid.UUID, *, request_id: uuid.UUID | None = None) -> ErasureOutcome:
    """Erase an account: the user row, sessions, tokens they created, memberships, recovery codes, policy
    acceptances, consents, usage events and mails to them; audit events about them are anonymised, and so are
    their privacy requests (open ones closed), but `request_id`'s, which the caller finishes.
    Leads they own stay (they belong to the organisation) and lose their owner.

    An organisation the user is the only member of goes first, as `deleteOrganization` erases it: its Stripe
    customer (a refusal leaves everything for a retry), then its rows with the account's in one transaction;
    the receipt lists both, and the invoices kept. A legal hold on the user or in that organisation keeps all."""
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such user.", field="id")
    await check_account_erasable(user_id)
    emptied = await organisations_left_empty(user_id)
    if not await _account_holds(user_id, emptied):
        await delete_stripe_customers(emptied)
    async with in_transaction():
        user = await User.filter(id=user_id).select_for_update().get_or_none()
        if user is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such user.", field="id")
        context = await _plan_user(user, request_id)
        plan, tokens = context.plan, context.redis_tokens
        if not plan.held and context.emptied != emptied:
            # A member joined or left since the Stripe customers went: retry whole, with the right ones.
            raise DomainError(ErrorCode.INVALID_STATE, "Your organisations changed meanwhile: try again.")
        if not plan.held:
            await _apply(plan)  # the organisations' rows, then the account's
            for organization_id in context.emptied:
                await close_organization(organization_id, request_id)
            actor = current_request().user_id
            await AuditEvent.create(
                action="account.erased",
                actor_user_id=actor if actor != user_id else None,
                target_type="User",
                details={"requestId": str(request_id) if request_id else None},
                request_id=current_request().request_id,
            )
    if not plan.held:
        await forget_redis_keys(tokens)
    return await _finish(plan, request_id)


# --- restore -------------------------------------------------------------------------------------------


async def restored_lead_ids(organization_id: uuid.UUID) -> list[uuid.UUID]:
    """Leads that a tombstone names and that existed before it: rows a database restore brought back.

    A later Meta lead with a new id is a new submission and is left alone (it was created after the erasure).
    """
    stones = await ErasureTombstone.filter(organization_id=organization_id)
    found: set[uuid.UUID] = set()
    for key in ("email_bidx", "phone_bidx"):
        for stone in (s for s in stones if getattr(s, key)):
            rows = await Lead.for_org(organization_id).filter(
                **{key: getattr(stone, key)}, created_at__lte=stone.erased_at
            )
            found.update(r.id for r in rows)
    metas = {s.meta_lead_bidx: s.erased_at for s in stones if s.meta_lead_bidx}
    if metas:
        scope = scope_of(organization_id)
        candidates = Lead.for_org(organization_id).filter(meta_lead_id__isnull=False)
        for lead_id, meta_id, created_at in await candidates.values_list("id", "meta_lead_id", "created_at"):
            for bidx in blind_index_candidates(scope, "meta_lead", meta_id):
                if bidx in metas and created_at <= metas[bidx]:
                    found.add(lead_id)
    return sorted(found)


async def replay_and_erase(path: Path | None = None) -> tuple[Replayed, int]:
    """After a restore: put the tombstones back, then erase again every restored lead they name.

    Returns (what the replay of the file did, leads erased). Running it twice changes nothing the second time.
    """
    replayed = await replay(path)
    erased = 0
    org_ids = set(await ErasureTombstone.all().distinct().values_list("organization_id", flat=True))
    for organization_id in sorted(org_ids, key=str):
        for lead_id in await restored_lead_ids(organization_id):
            outcome = await erase_lead(
                organization_id, lead_id, reason=TombstoneReason.ERASURE, tombstone=False, same_person=False
            )
            erased += int(outcome.erased)
    return replayed, erased
