"""Lead types. List fields are plain attributes filled by `lead_nodes`, which prefetches in a constant
number of queries what the query selected (owner, tags, last note, duplicateOf) and marks contact reads
for the per-request audit batch."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from graphql import FieldNode, FragmentDefinitionNode, FragmentSpreadNode, InlineFragmentNode, SelectionSetNode
from strawberry.types import Info

from app.accounts.models import User
from app.deals.models import Deal
from app.disclosures.models import Disclosure
from app.leads.models import Lead, LeadNote, LeadSource, LeadStatus, LeadStatusChange
from app.leads.queries import LeadRow, NoteRow, last_notes, lead_tags
from app.messaging.inbox_models import Conversation, LeadReferral
from app.messaging.models import WhatsAppMessage
from app.privacy import consent as consent_service
from app.tasks.models import Task
from schema.accounts.types import UserType
from schema.campaigns.types import CampaignType
from schema.context import Context, ctx
from schema.customfields.types import CustomFieldValueType, custom_values_of
from schema.leads.audit import mark_contact_reads
from schema.nodes import related
from schema.privacy.engine_types import ConsentType, ObjectionType
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_args,
    from_row,
    node_types,
    paginate,
    register_node,
    to_global_id,
)

if TYPE_CHECKING:
    from schema.campaigns.types import AdSetType, AdType, LeadFormType

AdSetRef = Annotated["AdSetType", strawberry.lazy("schema.campaigns.types")]
AdRef = Annotated["AdType", strawberry.lazy("schema.campaigns.types")]
LeadFormRef = Annotated["LeadFormType", strawberry.lazy("schema.campaigns.types")]


if TYPE_CHECKING:
    from schema.deals.types import DealType
    from schema.messaging.inbox import ConversationType
    from schema.messaging.types import WhatsAppMessageType
    from schema.tasks.types import TaskType

DealRef = Annotated["DealType", strawberry.lazy("schema.deals.types")]
ConversationRef = Annotated["ConversationType", strawberry.lazy("schema.messaging.inbox")]
WhatsAppMessageRef = Annotated["WhatsAppMessageType", strawberry.lazy("schema.messaging.types")]
TaskRef = Annotated["TaskType", strawberry.lazy("schema.tasks.types")]

LeadStatusEnum = strawberry.enum(LeadStatus, name="LeadStatus", description="Where a lead is in the pipeline.")
LeadSourceEnum = strawberry.enum(LeadSource, name="LeadSource", description="How a lead reached the CRM.")

CONTACT_FIELDS = frozenset({"fullName", "email", "phone", "answers"})
MAX_DUPLICATE_DEPTH = 4


@strawberry.type(name="LeadAnswer", description="One answer of a lead form.")
class LeadAnswerType:
    question: str
    values: list[str]


@strawberry.type(name="LeadNote", description="A note a member wrote about a lead.")
class LeadNoteType(Node):
    body: str
    author: UserType | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, note: LeadNote | NoteRow, author: User | None) -> LeadNoteType:
        return from_row(cls, note, author=UserType.from_model(author) if author else None)


@strawberry.type(name="LeadStatusChange", description="One move of a lead in the pipeline.")
class LeadStatusChangeType:
    from_status: LeadStatusEnum | None  # type: ignore[valid-type]
    to_status: LeadStatusEnum  # type: ignore[valid-type]
    changed_by: UserType | None
    changed_at: dt.datetime


@strawberry.type(name="LeadScoreRule", description="A scoring rule that matched and the points it gave.")
class LeadScoreRuleType:
    rule: int = strawberry.field(description="The rule's 0-based position in leadScoringRules.")
    points: int


@strawberry.type(name="LeadScore", description="The lead's rule-based score and why.")
class LeadScoreType:
    value: int
    explanation: list[LeadScoreRuleType]


def _score(lead: Any) -> LeadScoreType | None:
    value = getattr(lead, "score", None)
    if value is None:
        return None
    rules = getattr(lead, "score_explanation", None) or []
    return LeadScoreType(
        value=value, explanation=[LeadScoreRuleType(rule=r["rule"], points=r["points"]) for r in rules]
    )


@strawberry.type(
    name="LeadAutomation",
    description="Whether workflows, automatic assignment and scoring act on this lead (SPEC §7.2).",
)
class LeadAutomationType:
    excluded: bool
    reason: str | None = strawberry.field(description="OBJECTION_AUTOMATED_DECISIONS when excluded.")


@strawberry.type(name="LeadReferral", description="The Click-to-WhatsApp ad (or post) of the lead's first message.")
class LeadReferralType:
    source_type: str = strawberry.field(description="ad or post, as Meta says.")
    source_id: str | None = strawberry.field(description="Meta's id of the ad or post.")
    source_url: str | None
    headline: str | None
    ctwa_clid: str | None = strawberry.field(description="Meta's click id (absent for Status placements).")
    attributed: bool = strawberry.field(
        description="The ad belongs to this organisation's ad account, so the lead is attributed to it."
    )


@strawberry.type(name="Disclosure", description="One send of the lead's data to a recipient outside the product.")
class DisclosureType:
    recipient: str
    occurred_at: dt.datetime
    categories: list[str] = strawberry.field(description="Data categories that left (LEAD_CONTACT, ...).")
    reference: str | None = strawberry.field(description="The batch, message or delivery it went in.")

    @classmethod
    def from_model(cls, row: Disclosure) -> DisclosureType:
        return cls(
            recipient=row.recipient,
            occurred_at=row.occurred_at,
            categories=list(row.categories or []),
            reference=row.reference,
        )


@strawberry.type(name="Lead", description="A person who answered an ad or was added by the team.")
class LeadType(Node):
    full_name: str
    email: str | None
    phone: str | None
    status: LeadStatusEnum  # type: ignore[valid-type]
    source: LeadSourceEnum  # type: ignore[valid-type]
    platform: str | None = strawberry.field(description="facebook or instagram for Meta leads.")
    campaign_id: strawberry.ID | None
    ad_set_id: strawberry.ID | None
    ad_id: strawberry.ID | None
    form_id: strawberry.ID | None
    answers: list[LeadAnswerType]
    tags: list[str]
    owner: UserType | None
    last_note: LeadNoteType | None = strawberry.field(description="The most recent note, if any.")
    duplicate_of: LeadType | None = strawberry.field(
        description="The earlier lead with the same email or phone (Meta leads are kept, and point to it)."
    )
    created_at: dt.datetime
    updated_at: dt.datetime
    first_response_at: dt.datetime | None = strawberry.field(
        description="A member's first message, note, completed task, status change or deal (never automation)."
    )
    score: LeadScoreType | None = strawberry.field(
        description="Null without scoring rules, or when the lead objected to automated decisions."
    )
    campaign: CampaignType | None = strawberry.field(description="The campaign the lead came from (Lead Ads).")
    pk: strawberry.Private[uuid.UUID]
    organization_pk: strawberry.Private[uuid.UUID]
    ad_set_pk: strawberry.Private[uuid.UUID | None] = None
    ad_pk: strawberry.Private[uuid.UUID | None] = None
    form_pk: strawberry.Private[uuid.UUID | None] = None

    @strawberry.field(description="The ad set the lead came from (Lead Ads).")
    async def ad_set(self, info: Info) -> AdSetRef | None:
        return await related(info, "AdSet", self.ad_set_pk)

    @strawberry.field(description="The ad the lead came from (Lead Ads).")
    async def ad(self, info: Info) -> AdRef | None:
        return await related(info, "Ad", self.ad_pk)

    @strawberry.field(description="The Lead Ads form the lead filled in.")
    async def form(self, info: Info) -> LeadFormRef | None:
        return await related(info, "LeadForm", self.form_pk)

    @strawberry.field(description="Notes about this lead, newest first.")
    @connection_args
    async def notes(self, info: Info, *, page: PageArgs) -> Connection[LeadNoteType]:
        qs = self._rows(LeadNote)

        async def to_nodes(rows: list[LeadNote]) -> list[LeadNoteType]:
            authors = await _users({n.author_id for n in rows})
            return [LeadNoteType.from_model(n, authors.get(n.author_id)) for n in rows]

        return await paginate(qs, page, to_nodes, filter_key=str(self.pk))

    @strawberry.field(description="WhatsApp messages to and from this lead (its timeline), newest first.")
    @connection_args
    async def messages(self, info: Info, *, page: PageArgs) -> Connection[WhatsAppMessageRef]:
        key = f"{self.pk}|None|None|False"  # the key of `messages(filter: {leadId})`: one timeline, one cursor
        return await _registry_page(info, "WhatsAppMessage", self._rows(WhatsAppMessage), page, key)

    @strawberry.field(description="Deals with this lead, newest first.")
    @connection_args
    async def deals(self, info: Info, *, page: PageArgs) -> Connection[DealRef]:
        return await _registry_page(info, "Deal", self._rows(Deal), page, f"deals|{self.pk}")

    @strawberry.field(description="Tasks about this lead, newest first.")
    @connection_args
    async def tasks(self, info: Info, *, page: PageArgs) -> Connection[TaskRef]:
        return await _registry_page(info, "Task", self._rows(Task), page, f"tasks|{self.pk}")

    @strawberry.field(
        description="The lead's consents: the current state per purpose, or every change with `history: true`."
    )
    async def consents(self, history: bool = False) -> list[ConsentType]:
        rows = await consent_service.lead_consents(self.organization_pk, self.pk, history=history)
        return [ConsentType.from_model(r) for r in rows]

    @strawberry.field(description="The lead's objections to processing (direct marketing, automated decisions).")
    async def objections(self) -> list[ObjectionType]:
        rows = await consent_service.lead_objections(self.organization_pk, self.pk)
        return [ObjectionType.from_model(r) for r in rows]

    @strawberry.field(description="Workflows, round robin and scoring leave a lead that objected out.")
    async def automation(self, info: Info) -> LeadAutomationType:
        from app.privacy.erasure_models import ObjectionKind

        org = self.organization_pk
        kind = ObjectionKind.AUTOMATED_DECISIONS

        async def objected(pks: list[uuid.UUID]) -> dict[uuid.UUID, bool]:
            return dict.fromkeys(await consent_service.objecting_leads(org, pks, kind), True)

        if await ctx(info).batch_loader("automation", objected, missing=False).load(self.pk):
            return LeadAutomationType(excluded=True, reason="OBJECTION_AUTOMATED_DECISIONS")
        return LeadAutomationType(excluded=False, reason=None)

    @strawberry.field(description="The Click-to-WhatsApp referral of the lead's first WhatsApp message, if any.")
    async def referral(self, info: Info) -> LeadReferralType | None:
        org = self.organization_pk

        async def referrals(pks: list[uuid.UUID]) -> dict[uuid.UUID, LeadReferral]:
            return {r.lead_id: r for r in await LeadReferral.for_org(org).filter(lead_id__in=pks)}

        row = await ctx(info).batch_loader("referral", referrals).load(self.pk)
        if row is None:
            return None
        return LeadReferralType(
            source_type=row.source_type,
            source_id=row.source_id,
            source_url=row.source_url,
            headline=row.headline,
            ctwa_clid=row.ctwa_clid,
            attributed=row.attributed,
        )

    @strawberry.field(description="The lead's WhatsApp conversation in the team inbox, if any.")
    async def conversation(self, info: Info) -> ConversationRef | None:
        org = self.organization_pk

        async def conversation_ids(pks: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
            rows = await Conversation.for_org(org).filter(lead_id__in=pks).values_list("lead_id", "id")
            return dict(rows)  # type: ignore[arg-type]

        pk = await ctx(info).batch_loader("conversation_of_lead", conversation_ids).load(self.pk)
        return await related(info, "Conversation", pk)

    @strawberry.field(description="The lead's values of the organisation's custom fields.")
    async def custom_fields(self, info: Info) -> list[CustomFieldValueType]:
        return await custom_values_of(info.context, self.pk)

    @strawberry.field(description="What of this lead's data was sent to whom (disclosure ledger), newest first.")
    @connection_args
    async def disclosures(self, info: Info, *, page: PageArgs) -> Connection[DisclosureType]:
        qs = self._rows(Disclosure)
        return await paginate(qs, page, DisclosureType.from_model, order_field="occurred_at", filter_key=str(self.pk))

    @strawberry.field(description="Every status this lead has had, oldest first.")
    async def status_history(self) -> list[LeadStatusChangeType]:
        rows = await self._rows(LeadStatusChange).order_by("created_at", "id")
        users = await _users({r.changed_by_id for r in rows})
        return [
            LeadStatusChangeType(
                from_status=r.from_status,
                to_status=r.to_status,
                changed_by=UserType.from_model(users[r.changed_by_id]) if r.changed_by_id in users else None,
                changed_at=r.created_at,
            )
            for r in rows
        ]

    def _rows(self, model: Any) -> Any:
        """The organisation's rows of `model` about this lead (its notes, messages, deals, tasks, ...)."""
        return model.for_org(self.organization_pk).filter(lead_id=self.pk)


async def _registry_page(info: Info, type_name: str, qs: Any, page: PageArgs, key: str) -> Connection[Any]:
    """A page of a lead's rows of another domain (messages, deals, tasks): schema.<domain> builds on this module (its
    types show their lead), so their nodes come through the Node registry."""
    context: Context = info.context
    load = node_types()[type_name].loader

    async def to_nodes(rows: list[Any]) -> list[Any]:
        found = await load(context, [row.id for row in rows])
        return [found[row.id] for row in rows if row.id in found]

    return await paginate(qs, page, to_nodes, filter_key=key)


# --- what a query selected -------------------------------------------------------------------------------


@dataclass
class Want:
    """The Lead fields a query selected (None anywhere = everything), and what it wants of duplicateOf."""

    names: set[str] | None = field(default_factory=set)
    duplicate: Want | None = None
    owner_fields: set[str] | None = field(default_factory=set)
    campaign_fields: set[str] | None = field(default_factory=set)

    def has(self, name: str) -> bool:
        return self.names is None or name in self.names

    def owner_id_only(self) -> bool:
        """`owner { id }` needs no user row."""
        return self.owner_fields is not None and self.owner_fields <= {"id", "__typename"}

    def campaign_in_row(self) -> bool:
        """A campaign selection the list page reads in its own statement (`campaign { id name }`)."""
        return self.campaign_fields is not None and self.campaign_fields <= _CAMPAIGN_ROW_FIELDS.keys() | {"__typename"}

    def reads_contact(self) -> bool:
        return self.names is None or bool(self.names & CONTACT_FIELDS)


EVERYTHING = Want(names=None, owner_fields=None, campaign_fields=None)
# Campaign fields a lead row can bring (app.leads.queries.CAMPAIGN_COLUMNS) -> the row field and CampaignType attribute
_CAMPAIGN_ROW_FIELDS = {
    "id": ("campaign_row_id", "pk"),
    "name": ("campaign_name", "name"),
    "metaId": ("campaign_meta_id", "meta_id"),
}


class _Fields:
    """The fields under a selection set, fragments flattened (read off graphql-core's syntax tree: strawberry's
    `selected_fields` converts the whole tree on every request)."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.fragments = fragments

    def under(self, selection_set: SelectionSetNode | None) -> list[FieldNode]:
        out: list[FieldNode] = []
        for sel in selection_set.selections if selection_set else ():
            if isinstance(sel, FieldNode):
                out.append(sel)
            elif isinstance(sel, InlineFragmentNode):
                out.extend(self.under(sel.selection_set))
            elif isinstance(sel, FragmentSpreadNode) and sel.name.value in self.fragments:
                out.extend(self.under(self.fragments[sel.name.value].selection_set))
        return out

    def want_of(self, fields: Iterable[FieldNode]) -> Want:
        """The Want of a Lead selection set."""
        want = Want()
        assert want.names is not None
        for node in fields:
            name = node.name.value
            want.names.add(name)
            if name == "owner":
                assert want.owner_fields is not None
                want.owner_fields |= {c.name.value for c in self.under(node.selection_set)}
            if name == "campaign":
                assert want.campaign_fields is not None
                want.campaign_fields |= {c.name.value for c in self.under(node.selection_set)}
            if name == "duplicateOf":
                nested = self.want_of(self.under(node.selection_set))
                want.duplicate = nested if want.duplicate is None else _merge(want.duplicate, nested)
        return want


def _merge(a: Want, b: Want) -> Want:
    names = None if a.names is None or b.names is None else a.names | b.names
    if a.duplicate is None or b.duplicate is None:
        dup = a.duplicate or b.duplicate
    else:
        dup = _merge(a.duplicate, b.duplicate)
    owner = None if a.owner_fields is None or b.owner_fields is None else a.owner_fields | b.owner_fields
    campaign = None if a.campaign_fields is None or b.campaign_fields is None else a.campaign_fields | b.campaign_fields
    return Want(names=names, duplicate=dup, owner_fields=owner, campaign_fields=campaign)


def want_under(info: Info, *path: str) -> Want:
    """The Want of the Lead found by following `path` (e.g. "edges", "node") below the current field."""
    raw = info._raw_info
    fields = _Fields(raw.fragments)
    level = [c for node in raw.field_nodes for c in fields.under(node.selection_set)]
    for step in path:
        level = [c for node in level if node.name.value == step for c in fields.under(node.selection_set)]
    return fields.want_of(level)


# What `lead_nodes` reads of a lead row whatever the query selected; contact fields it does not need stay sealed.
_LEAD_COLUMNS = ("id", "organization_id", "status", "campaign_id", "owner_id", "created_at")
# The other columns, read only when a selected Lead field shows (or resolves from) them: a list reads no more
# than it shows.
_SHOWN_BY = {
    "source": "source",
    "platform": "platform",
    "adSetId": "ad_set_id",
    "adSet": "ad_set_id",
    "adId": "ad_id",
    "ad": "ad_id",
    "formId": "form_id",
    "form": "form_id",
    "duplicateOf": "duplicate_of_id",
    "updatedAt": "updated_at",
    "firstResponseAt": "first_response_at",
}
_SEALED_COLUMNS = {"fullName": "full_name", "email": "email", "phone": "phone", "answers": "answers"}


def lead_columns(want: Want) -> list[str]:
    """The columns a page of leads must read for `want` (a list reads no more than it shows); `tag_names`
    is the list's own computed column (app.leads.queries)."""
    sealed = [column for name, column in _SEALED_COLUMNS.items() if want.has(name)]
    scores = ["score", "score_explanation"] if want.has("score") else []
    campaign = []
    if want.has("campaign") and want.campaign_in_row():
        assert want.campaign_fields is not None
        campaign = [_CAMPAIGN_ROW_FIELDS[f][0] for f in ["id", *want.campaign_fields - {"id", "__typename"}]]
    shown = dict.fromkeys(column for name, column in _SHOWN_BY.items() if want.has(name))
    tags = ["tag_names"] if want.has("tags") else []
    return [*_LEAD_COLUMNS, *shown, *sealed, *scores, *tags, *campaign]


# --- building nodes --------------------------------------------------------------------------------------


async def _users(ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, User]:
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    return {u.id: u for u in await User.filter(id__in=wanted)}


def _user_ref(pk: uuid.UUID) -> UserType:
    """A User known only by id, for `owner { id }`: no row to load, nothing else is ever read from it."""
    ref = object.__new__(UserType)
    ref.id = to_global_id("User", pk)
    ref.user_pk = pk
    return ref


def _gid(type_name: str, pk: uuid.UUID | None) -> strawberry.ID | None:
    return to_global_id(type_name, pk) if pk is not None else None


def _answers(raw: Any) -> list[LeadAnswerType]:
    out = []
    for item in raw or ():
        if isinstance(item, dict):
            values = item.get("values") or []
            out.append(
                LeadAnswerType(
                    question=str(item.get("question", "")),
                    values=[str(v) for v in (values if isinstance(values, list) else [values])],
                )
            )
    return out


def _campaign_ref(lead: LeadRow, fields: set[str]) -> CampaignType:
    """A campaign read in the page's own statement, holding only the selected fields (nothing else is read)."""
    ref = object.__new__(CampaignType)
    ref.id = to_global_id("Campaign", lead.campaign_row_id)
    for name in fields - {"__typename"}:
        column, attribute = _CAMPAIGN_ROW_FIELDS[name]
        setattr(ref, attribute, getattr(lead, column))
    return ref


async def _campaigns(context: Context, leads: Sequence[Lead | LeadRow], want: Want) -> dict[uuid.UUID, CampaignType]:
    """The leads' campaigns of the organisation by id: from the rows when the list page read them, else in one
    batch through the Node registry."""
    if not want.has("campaign"):
        return {}
    if want.campaign_in_row() and "campaign_row_id" in vars(leads[0]):
        assert want.campaign_fields is not None
        refs: dict[uuid.UUID, CampaignType] = {}  # one per campaign, however many leads came from it
        for lead in leads:
            pk = lead.campaign_row_id  # type: ignore[union-attr]
            if pk is not None and pk not in refs:
                refs[pk] = _campaign_ref(lead, want.campaign_fields)  # type: ignore[arg-type]
        return refs
    ids = list({lead.campaign_id for lead in leads if lead.campaign_id is not None})
    return await node_types()["Campaign"].loader(context, ids) if ids else {}


async def lead_nodes(
    context: Context, leads: Sequence[Lead | LeadRow], want: Want = EVERYTHING, depth: int = 0
) -> list[LeadType]:
    """LeadType objects for `leads` (rows of one organisation), with what `want` selects prefetched in a constant
    number of queries."""
    if not leads:
        return []
    ids = [lead.id for lead in leads]
    org_id = leads[0].organization_id
    read_tags = want.has("tags") and getattr(leads[0], "tag_names", None) is None  # a list page brings its own
    tags = await lead_tags(org_id, ids) if read_tags else {}
    notes = await last_notes(org_id, ids) if want.has("lastNote") else {}
    user_ids: set[uuid.UUID | None] = set()
    owner_refs = want.owner_id_only()
    refs: dict[uuid.UUID, UserType] = {}  # one per owner, however many leads they own
    if want.has("owner") and not owner_refs:
        user_ids |= {lead.owner_id for lead in leads}
    user_ids |= {n.author_id for n in notes.values()}
    users = await _users(user_ids)
    duplicates: dict[uuid.UUID, LeadType] = {}
    dup_ids = {lead.duplicate_of_id for lead in leads if lead.duplicate_of_id is not None}
    if want.has("duplicateOf") and dup_ids and depth < MAX_DUPLICATE_DEPTH:
        originals = await Lead.for_org(org_id).filter(id__in=list(dup_ids))
        built = await lead_nodes(context, originals, want.duplicate or EVERYTHING, depth + 1)
        duplicates = {node.pk: node for node in built}
    campaigns = await _campaigns(context, leads, want)
    if want.reads_contact():
        mark_contact_reads(context, leads)
    ids_wanted = {name: want.has(name) for name in ("campaignId", "adSetId", "adId", "formId")}  # encoded if shown
    nodes = []
    for lead in leads:
        note = notes.get(lead.id)
        owner: Any = None
        if lead.owner_id is not None and want.has("owner"):
            if owner_refs:
                owner = refs.get(lead.owner_id) or refs.setdefault(lead.owner_id, _user_ref(lead.owner_id))
            else:
                owner = users.get(lead.owner_id)
        nodes.append(
            LeadType(
                id=to_global_id("Lead", lead.id),
                full_name=lead.full_name or "",
                email=lead.email,
                phone=lead.phone,
                status=lead.status,
                source=lead.source,
                platform=lead.platform,
                campaign_id=_gid("Campaign", lead.campaign_id) if ids_wanted["campaignId"] else None,
                ad_set_id=_gid("AdSet", lead.ad_set_id) if ids_wanted["adSetId"] else None,
                ad_id=_gid("Ad", lead.ad_id) if ids_wanted["adId"] else None,
                form_id=_gid("LeadForm", lead.form_id) if ids_wanted["formId"] else None,
                answers=_answers(lead.answers) if want.has("answers") else [],
                tags=getattr(lead, "tag_names", None) or tags.get(lead.id, []),
                owner=UserType.from_model(owner) if isinstance(owner, User) else owner,
                campaign=campaigns.get(lead.campaign_id) if lead.campaign_id is not None else None,
                last_note=LeadNoteType.from_model(note, users.get(note.author_id)) if note else None,
                duplicate_of=duplicates.get(lead.duplicate_of_id) if lead.duplicate_of_id else None,
                created_at=lead.created_at,
                updated_at=lead.updated_at,
                first_response_at=getattr(lead, "first_response_at", None),  # a list row holds it when shown
                score=_score(lead),
                pk=lead.id,
                organization_pk=lead.organization_id,
                ad_set_pk=lead.ad_set_id,
                ad_pk=lead.ad_id,
                form_pk=lead.form_id,
            )
        )
    return nodes


async def lead_node(context: Context, lead: Lead, want: Want = EVERYTHING) -> LeadType:
    return (await lead_nodes(context, [lead], want))[0]


async def load_leads(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Lead.for_org(context.organization_id).filter(id__in=pks)
    return {node.pk: node for node in await lead_nodes(context, list(rows))}


async def load_notes(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await LeadNote.for_org(context.organization_id).filter(id__in=pks)
    authors = await _users({n.author_id for n in rows})
    return {n.id: LeadNoteType.from_model(n, authors.get(n.author_id)) for n in rows}


register_node("Lead", load_leads, scope="leads:read")
register_node("LeadNote", load_notes, scope="leads:read")
