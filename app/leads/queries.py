"""Reading leads: filters and the search of SPEC §6 over blind indexes (exact email, exact phone, whole name words),
and the hot reads of a lead page (tags, last notes) as typed rows, written by hand on `app.orm.SqlSelection`."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.campaigns.models import Campaign
from app.customfields.services import CustomMatch
from app.leads.models import Lead, LeadNote, LeadSource, LeadStatus, LeadTag
from app.orm import SqlSelection
from app.security.crypto import blind_index_candidates, name_words, normalize_email, normalize_phone, scope_of

_PHONE_SEPARATORS = re.compile(r"[\s\-.()]")
_PHONE_LIKE = re.compile(r"^\+?\d{7,}$")


@dataclass(frozen=True)
class LeadRow:
    """A lead as a page of the list reads it: what the page does not show (sealed fields, tags, sort keys, ids of
    related rows) stays None unless selected."""

    id: uuid.UUID
    organization_id: uuid.UUID
    status: LeadStatus
    created_at: dt.datetime
    source: LeadSource | None = None
    updated_at: dt.datetime | None = None
    platform: str | None = None
    campaign_id: uuid.UUID | None = None
    ad_set_id: uuid.UUID | None = None
    ad_id: uuid.UUID | None = None
    form_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    duplicate_of_id: uuid.UUID | None = None
    status_rank: int | None = None
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    answers: Any = None
    tag_names: list[str] | None = None  # computed: the lead's tags, sorted, read in the page's own statement
    # computed, read in the page's own statement: the campaign the lead came from, found in its organisation
    campaign_row_id: uuid.UUID | None = None
    campaign_name: str | None = None
    campaign_meta_id: str | None = None


# LeadRow fields read from the lead's campaign row -> the Campaign column
CAMPAIGN_COLUMNS = {"campaign_row_id": "id", "campaign_name": "name", "campaign_meta_id": "meta_id"}


@dataclass(frozen=True)
class TagRow:
    lead_id: uuid.UUID
    name: str


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    created_at: dt.datetime
    organization_id: uuid.UUID
    lead_id: uuid.UUID
    author_id: uuid.UUID | None
    body: str


@dataclass(frozen=True)
class SearchTerm:
    kind: str  # "email" | "phone" | "name" | "nothing"
    values: tuple[str, ...] = ()


def parse_search(text: str, default_country: str) -> SearchTerm | None:
    """`@` -> email; >= 7 digits once separators are gone -> E.164 phone; else every name word (SPEC §6)."""
    if not text or not text.strip():
        return None
    if "@" in text:
        return SearchTerm("email", (normalize_email(text),))
    compact = _PHONE_SEPARATORS.sub("", text.strip())
    if _PHONE_LIKE.match(compact):
        e164 = normalize_phone(compact, default_country)
        return SearchTerm("phone", (e164,)) if e164 else SearchTerm("nothing")
    words = name_words(text)
    return SearchTerm("name", tuple(dict.fromkeys(words))) if words else SearchTerm("nothing")


@dataclass
class LeadFilter:
    status: LeadStatus | None = None
    source: LeadSource | None = None
    campaign_id: uuid.UUID | None = None
    form_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    tag: str | None = None
    search: str | None = None
    created_after: dt.datetime | None = None
    created_before: dt.datetime | None = None
    custom: CustomMatch | None = None  # exact match on a custom field
    lead_ids: tuple[uuid.UUID, ...] | None = None  # exactly these leads (an incident's affected leads)
    impossible: bool = False  # an id of another type was given: nothing can match
    given: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not self.given and not self.impossible and self.custom is None and self.lead_ids is None

    def key(self) -> dict[str, Any]:
        """What a cursor is bound to."""
        key = {
            name: str(getattr(self, name)) if getattr(self, name) is not None else None for name in sorted(self.given)
        }
        if self.custom is not None:
            key["custom"] = f"{self.custom.field_id}:{','.join(self.custom.indexes)}"
        return key

    def to_json(self) -> dict[str, Any]:
        """The filter as a job or broadcast seals it (it may hold a searched name, email or phone); every
        condition goes in, so a job started later matches exactly what the caller asked for."""
        out: dict[str, Any] = {"given": sorted(self.given), "impossible": self.impossible}
        for name in ("status", "source"):
            value = getattr(self, name)
            out[name] = value.value if value is not None else None
        for name in ("campaign_id", "form_id", "owner_id"):
            value = getattr(self, name)
            out[name] = str(value) if value is not None else None
        out["tag"], out["search"] = self.tag, self.search
        for name in ("created_after", "created_before"):
            value = getattr(self, name)
            out[name] = value.isoformat() if value is not None else None
        if self.custom is not None:
            out["custom"] = self.custom.as_json()
        if self.lead_ids is not None:
            out["leadIds"] = [str(pk) for pk in self.lead_ids]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> LeadFilter:
        """A sealed filter back (absent names are conditions not given)."""
        data = data or {}
        flt = cls(given=set(data.get("given") or ()), impossible=bool(data.get("impossible")))
        flt.status = LeadStatus(data["status"]) if data.get("status") else None
        flt.source = LeadSource(data["source"]) if data.get("source") else None
        for name in ("campaign_id", "form_id", "owner_id"):
            setattr(flt, name, uuid.UUID(data[name]) if data.get(name) else None)
        flt.tag, flt.search = data.get("tag"), data.get("search")
        for name in ("created_after", "created_before"):
            setattr(flt, name, dt.datetime.fromisoformat(data[name]) if data.get(name) else None)
        if data.get("custom"):
            flt.custom = CustomMatch.from_json(data["custom"])
        if data.get("leadIds") is not None:
            flt.lead_ids = tuple(uuid.UUID(pk) for pk in data["leadIds"])
        return flt


def filter_leads(organization_id: uuid.UUID, default_country: str, flt: LeadFilter) -> SqlSelection[LeadRow]:
    """The organisation's leads matching `flt` (search phones parse with the organisation's country).

    The lead list is the CRM's hottest read, so its SQL is written here by hand: building it with the
    ORM cost more CPU than PostgreSQL spends running it."""
    leads = SqlSelection(Lead, organization_id, LeadRow)
    sql = leads.statement
    # Each lead's tags, sorted, in the same statement as the page (read only when a page asks for them).
    if sql.postgres:
        tags = 'ARRAY(SELECT t.name FROM "lead_tag" t WHERE t.lead_id = "lead".id ORDER BY t.name)'
        leads.computed["tag_names"] = (tags, list)
    else:
        tags = (
            "(SELECT json_group_array(name) FROM "
            '(SELECT t.name FROM "lead_tag" t WHERE t.lead_id = "lead".id ORDER BY t.name))'
        )
        leads.computed["tag_names"] = (tags, json.loads)
    # The lead's campaign (none read when no column of it is); a campaign of another organisation is never
    # found. PostgreSQL: one lateral join of at most one row (a memoised primary-key probe per page row); SQLite
    # has no LATERAL: a probe per row and column read.
    own = " AND ".join(('c.id = "lead".campaign_id', 'c.organization_id = "lead".organization_id'))
    campaign_row = ", ".join(f'c."{column}" AS "qx_campaign_{column}"' for column in CAMPAIGN_COLUMNS.values())
    joined = f'LEFT JOIN LATERAL (SELECT {campaign_row} FROM "campaign" c WHERE {own}) qx_campaign ON true'  # noqa: S608 (names from the model)
    for name, column in CAMPAIGN_COLUMNS.items():
        convert = _optional(Campaign._meta.fields_map[column].to_python_value)
        if sql.postgres:
            leads.computed[name] = (f'qx_campaign."qx_campaign_{column}"', convert)
            leads.joins[name] = joined
        else:
            leads.computed[name] = (f'(SELECT c."{column}" FROM "campaign" c WHERE {own})', convert)  # noqa: S608 (names from the model)
    fields = Lead._meta.fields_map
    if flt.impossible:
        leads.where("1 = 0")
        return leads
    for name in ("status", "source", "campaign_id", "form_id", "owner_id"):
        value = getattr(flt, name)
        if value is not None:
            leads.where(f"{name} = {sql.param(fields[name].to_db_value(value, Lead))}")
    if flt.tag is not None:
        org, tag = sql.param(organization_id), sql.param(flt.tag.strip())  # numbered in the order they appear
        leads.where(f'id IN (SELECT lead_id FROM "lead_tag" WHERE organization_id = {org} AND name = {tag})')  # noqa: S608
    if flt.created_after is not None:
        leads.where(f"created_at >= {sql.param(flt.created_after)}")
    if flt.created_before is not None:
        leads.where(f"created_at < {sql.param(flt.created_before)}")
    if flt.custom is not None:
        org, field_id = sql.param(organization_id), sql.param(flt.custom.field_id)
        table = flt.custom.table  # a model's table name, never the caller's text
        indexes = sql.one_of("value_bidx", list(flt.custom.indexes))
        match = f'SELECT lead_id FROM "{table}" WHERE organization_id = {org} AND field_id = {field_id}'  # noqa: S608
        leads.where(f"id IN ({match} AND {indexes})")
    if flt.lead_ids is not None:
        leads.where(sql.one_of("id", list(flt.lead_ids)))
    if flt.search is not None:
        term = parse_search(flt.search, default_country)
        if term is not None:
            _search(leads, organization_id, term)
    return leads


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _search(leads: SqlSelection[LeadRow], organization_id: uuid.UUID, term: SearchTerm) -> None:
    scope = scope_of(organization_id)
    sql = leads.statement
    if term.kind == "email":
        leads.where(sql.one_of("email_bidx", blind_index_candidates(scope, "email", term.values[0])))
    elif term.kind == "phone":
        leads.where(sql.one_of("phone_bidx", blind_index_candidates(scope, "phone", term.values[0])))
    elif term.kind == "name":
        for word in term.values:
            org = sql.param(organization_id)
            words = sql.one_of("word_bidx", blind_index_candidates(scope, "name", word))
            leads.where(f'id IN (SELECT lead_id FROM "lead_name_word" WHERE organization_id = {org} AND {words})')  # noqa: S608
    else:
        leads.where("1 = 0")


async def lead_tags(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each lead's tags, sorted (leads without tags are absent)."""
    rows = SqlSelection(LeadTag, organization_id, TagRow)
    rows.where(rows.statement.one_of("lead_id", lead_ids))
    tags: dict[uuid.UUID, list[str]] = {}
    for row in await rows.all("name"):
        tags.setdefault(row.lead_id, []).append(row.name)
    return tags


async def last_notes(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> dict[uuid.UUID, NoteRow]:
    """The newest note of each lead, in one statement."""
    notes = SqlSelection(LeadNote, organization_id, NoteRow)
    notes.where(notes.statement.one_of("lead_id", lead_ids))
    return {n.lead_id: n for n in await notes.first_of_each("lead_id", "created_at DESC, id DESC")}
