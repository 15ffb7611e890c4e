"""Reading leads: filters and the search of SPEC §6 over blind indexes (exact email, exact phone, whole name words)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from app.leads.models import Lead, LeadNameWord, LeadSource, LeadStatus, LeadTag
from app.security.crypto import blind_index_candidates, name_words, normalize_email, normalize_phone, scope_of

_PHONE_SEPARATORS = re.compile(r"[\s\-.()]")
_PHONE_LIKE = re.compile(r"^\+?\d{7,}$")


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
    impossible: bool = False  # an id of another type was given: nothing can match
    given: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not self.given and not self.impossible

    def key(self) -> dict[str, Any]:
        """What a cursor is bound to."""
        return {
            name: str(getattr(self, name)) if getattr(self, name) is not None else None for name in sorted(self.given)
        }


def filter_leads(organization_id: uuid.UUID, default_country: str, flt: LeadFilter) -> QuerySet[Lead]:
    """The organisation's leads matching `flt` (search phones parse with the organisation's country)."""
    qs = Lead.for_org(organization_id)
    if flt.impossible:
        return qs.filter(id__in=[])
    if flt.status is not None:
        qs = qs.filter(status=flt.status)
    if flt.source is not None:
        qs = qs.filter(source=flt.source)
    if flt.campaign_id is not None:
        qs = qs.filter(campaign_id=flt.campaign_id)
    if flt.form_id is not None:
        qs = qs.filter(form_id=flt.form_id)
    if flt.owner_id is not None:
        qs = qs.filter(owner_id=flt.owner_id)
    if flt.tag is not None:
        tagged = LeadTag.filter(organization_id=organization_id, name=flt.tag.strip()).values("lead_id")
        qs = qs.filter(id__in=Subquery(tagged))
    if flt.created_after is not None:
        qs = qs.filter(created_at__gte=flt.created_after)
    if flt.created_before is not None:
        qs = qs.filter(created_at__lt=flt.created_before)
    if flt.search is not None:
        term = parse_search(flt.search, default_country)
        if term is not None:
            qs = _apply_search(qs, organization_id, term)
    return qs


def _apply_search(qs: QuerySet[Lead], organization_id: uuid.UUID, term: SearchTerm) -> QuerySet[Lead]:
    scope = scope_of(organization_id)
    if term.kind == "email":
        return qs.filter(email_bidx__in=blind_index_candidates(scope, "email", term.values[0]))
    if term.kind == "phone":
        return qs.filter(phone_bidx__in=blind_index_candidates(scope, "phone", term.values[0]))
    if term.kind == "name":
        for word in term.values:
            matching = LeadNameWord.filter(
                organization_id=organization_id, word_bidx__in=blind_index_candidates(scope, "name", word)
            ).values("lead_id")
            qs = qs.filter(id__in=Subquery(matching))
        return qs
    return qs.filter(id__in=[])
