from __future__ import annotations

import datetime as dt
import enum
import uuid

import strawberry
from graphql import OperationType
from strawberry.types import Info

from app.accounts.models import Organization
from app.leads.models import Lead
from app.leads.queries import LeadFilter, LeadRow, filter_leads
from app.leads.services import lead_total
from schema.context import ctx
from schema.leads.types import (
    LeadSourceEnum,
    LeadStatusEnum,
    LeadType,
    lead_columns,
    lead_node,
    lead_nodes,
    want_under,
)
from schema.permissions import allow
from schema.relay import Connection, PageArgs, SortDirection, connection_args, paginate, pk_of


@strawberry.input(name="LeadFilter", description="Every field is optional; given fields must all match.")
class LeadFilterInput:
    status: LeadStatusEnum | None = None  # type: ignore[valid-type]
    source: LeadSourceEnum | None = None  # type: ignore[valid-type]
    campaign_id: strawberry.ID | None = None
    form_id: strawberry.ID | None = None
    owner_id: strawberry.ID | None = None
    tag: str | None = None
    search: str | None = strawberry.field(
        default=None,
        description="Exact email (contains @), exact phone (7+ digits) or every whole word of the name.",
    )
    created_after: dt.datetime | None = None
    created_before: dt.datetime | None = None


@strawberry.enum(name="LeadOrderField")
class LeadOrderField(enum.Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    STATUS = "status_rank"
    SCORE = "score_rank_desc"  # with ASC: score_rank_asc (unscored leads come last either way)


@strawberry.input(name="LeadOrder")
class LeadOrderInput:
    field: LeadOrderField = LeadOrderField.CREATED_AT
    direction: SortDirection = SortDirection.DESC


def _pk(value: strawberry.ID | None, type_name: str, flt: LeadFilter) -> uuid.UUID | None:
    if value is None:
        return None
    pk = pk_of(value, type_name)
    if pk is None:
        flt.impossible = True
    return pk


def _order_column(order: LeadOrderInput) -> str:
    if order.field is LeadOrderField.SCORE and order.direction is SortDirection.ASC:
        return "score_rank_asc"
    return order.field.value


def to_filter(given: LeadFilterInput | None) -> LeadFilter:
    flt = LeadFilter()
    if given is None:
        return flt
    flt.status = given.status
    flt.source = given.source
    flt.campaign_id = _pk(given.campaign_id, "Campaign", flt)
    flt.form_id = _pk(given.form_id, "LeadForm", flt)
    flt.owner_id = _pk(given.owner_id, "User", flt)
    flt.tag = given.tag
    flt.search = given.search
    flt.created_after = given.created_after
    flt.created_before = given.created_before
    names = ("status", "source", "tag", "search", "created_after", "created_before")
    flt.given = {n for n in names if getattr(given, n) is not None}
    flt.given |= {n for n in ("campaign_id", "form_id", "owner_id") if getattr(given, n) is not None}
    return flt


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(scope="leads:read"), description="Your organisation's leads.")
    @connection_args
    async def leads(
        self,
        info: Info,
        filter: LeadFilterInput | None = None,
        order_by: LeadOrderInput | None = None,
        *,
        page: PageArgs,
    ) -> Connection[LeadType]:
        context = ctx(info)
        org_id = context.organization_id
        flt = to_filter(filter)
        country = "US"
        if flt.search is not None:
            country = (
                await Organization.filter(id=org_id).first().values_list("default_country", flat=True)  # type: ignore[assignment]
                or "US"
            )
        qs = filter_leads(org_id, country, flt)
        order = order_by or LeadOrderInput()
        want = want_under(info, "edges", "node")

        async def to_nodes(rows: list[LeadRow]) -> list[LeadType]:
            return await lead_nodes(context, rows, want)

        async def counter() -> int:
            read_only = info.operation.operation is OperationType.QUERY
            return await lead_total(org_id, context.require_viewer().lead_count_at_sign_in if read_only else None)

        return await paginate(
            qs,
            page,
            to_nodes,
            order_field=_order_column(order),
            direction=order.direction,
            filter_key=flt.key(),
            count=counter if flt.empty else None,
            columns=lead_columns(want),
        )

    @strawberry.field(extensions=allow(scope="leads:read"), description="A lead of your organisation, or null.")
    async def lead(self, info: Info, id: strawberry.ID) -> LeadType | None:
        context = ctx(info)
        pk = pk_of(id, "Lead")
        if pk is None:
            return None
        row = await Lead.for_org(context.organization_id).get_or_none(id=pk)
        return await lead_node(context, row, want_under(info)) if row else None
