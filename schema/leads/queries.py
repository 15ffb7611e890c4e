from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated, Any

import strawberry
from graphql import OperationType
from strawberry.types import Info

from app.accounts.models import Organization
from app.customfields.services import custom_match
from app.errors import DomainError, ErrorCode
from app.ids import camel_case
from app.leads.models import Lead, LeadSource, LeadStatus
from app.leads.queries import LeadFilter, LeadRow, filter_leads
from app.leads.services import lead_total
from app.savedviews import services as view_service
from schema.context import ctx
from schema.customfields.types import CustomFieldFilterInput
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
    custom_field: CustomFieldFilterInput | None = strawberry.field(
        default=None, description="Exact match on a custom field (a MULTI_SELECT matches leads that chose it)."
    )


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


async def lead_filter(organization_id: uuid.UUID, given: LeadFilterInput | None) -> LeadFilter:
    """The filter input resolved for the organisation: ids checked, and a custom-field condition matched to its
    table and blind indexes. The one way from the input to the service's filter: every reader of a lead filter
    (the list, saved views, bulk updates, exports, broadcasts) goes through it, so none drops a condition."""
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
    if given.custom_field is not None:
        flt.custom = await custom_match(organization_id, given.custom_field.key, given.custom_field.equals)
    return flt


def filter_to_json(given: LeadFilterInput | None) -> dict[str, Any]:
    """A filter input as stored in a saved view: camelCase names of the given fields, JSON values."""
    stored: dict[str, Any] = {}
    if given is None:
        return stored
    for name, value in vars(given).items():
        if value is None or value is strawberry.UNSET:
            continue
        if isinstance(value, enum.Enum):
            value = value.name
        elif isinstance(value, dt.datetime):
            value = value.isoformat()
        elif isinstance(value, CustomFieldFilterInput):
            value = {"key": value.key, "equals": value.equals}
        stored[camel_case(name)] = value
    return stored


def filter_from_json(stored: dict[str, Any]) -> LeadFilterInput:
    """A stored filter back as the input it was given as."""
    fields = LeadFilterInput.__strawberry_definition__.fields
    by_camel = {camel_case(field.python_name): field.python_name for field in fields}  # as filter_to_json names them
    values: dict[str, Any] = {}
    for camel, value in stored.items():
        name = by_camel.get(camel)
        if name is None or value is None:
            continue
        if name == "status":
            value = LeadStatus[value]
        elif name == "source":
            value = LeadSource[value]
        elif name in ("created_after", "created_before"):
            value = dt.datetime.fromisoformat(value)
        elif name == "custom_field":
            value = CustomFieldFilterInput(key=value["key"], equals=value.get("equals"))
        values[name] = value
    return LeadFilterInput(**values)


def order_to_json(order: LeadOrderInput | None) -> dict[str, str] | None:
    return None if order is None else {"field": order.field.name, "direction": order.direction.name}


def order_from_json(stored: dict[str, str] | None) -> LeadOrderInput | None:
    if not stored:
        return None
    return LeadOrderInput(field=LeadOrderField[stored["field"]], direction=SortDirection[stored["direction"]])


async def _with_view(
    context: Any, view_id: strawberry.ID, given: LeadFilterInput | None, order_by: LeadOrderInput | None
) -> tuple[LeadFilterInput | None, LeadOrderInput | None, str]:
    """A saved view's filter ANDed with the given one (a field in both -> INVALID_INPUT), the given order
    replacing the view's; and the view's id and version, which the cursors are bound to."""
    viewer = context.require_viewer()
    view = await view_service.view_for_list(context.organization_id, viewer.user_id, pk_of(view_id, "SavedView"))
    stored = dict(view.filter_json or {})
    extra = filter_to_json(given)
    both = sorted(set(stored) & set(extra))
    if both:
        raise DomainError(ErrorCode.INVALID_INPUT, f"The view already filters on {', '.join(both)}.", "filter")
    merged = filter_from_json({**stored, **extra}) if stored or extra else None
    return merged, order_by or order_from_json(view.order_by), f"{view.id}:{view.version}"


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(scope="leads:read"), description="Your organisation's leads.")
    @connection_args
    async def leads(
        self,
        info: Info,
        filter: LeadFilterInput | None = None,
        order_by: LeadOrderInput | None = None,
        view_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="A saved view: its filter ANDed with `filter`; its order unless `orderBy`"),
        ] = None,
        *,
        page: PageArgs,
    ) -> Connection[LeadType]:
        context = ctx(info)
        org_id = context.organization_id
        view_key = None
        if view_id is not None:
            filter, order_by, view_key = await _with_view(context, view_id, filter, order_by)
        flt = await lead_filter(org_id, filter)
        country = await Organization.country_of(org_id) if flt.search is not None else "US"  # a search reads phones
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
            filter_key={**flt.key(), "view": view_key} if view_key else flt.key(),
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
