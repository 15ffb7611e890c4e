"""Pipeline, PipelineStage and Deal types; `deal_nodes` prefetches stages, pipelines and owners per page."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from app.accounts.models import User
from app.deals import services
from app.deals.models import Deal, DealStatus, Pipeline, PipelineStage, PipelineStageKind
from app.money import round_money
from schema.accounts.types import UserType
from schema.campaigns.types import Money
from schema.context import Context
from schema.nodes import related
from schema.relay import Node, from_row, register_node, rows_loader, to_global_id

if TYPE_CHECKING:
    from schema.leads.types import LeadType

LeadRef = Annotated["LeadType", strawberry.lazy("schema.leads.types")]

PipelineStageKindEnum = strawberry.enum(
    PipelineStageKind, name="PipelineStageKind", description="OPEN stages hold live deals; WON and LOST close them."
)
DealStatusEnum = strawberry.enum(DealStatus, name="DealStatus", description="Follows the deal's stage kind.")


def related_field(type_name: str, pk_name: str, description: str) -> Any:
    """A field holding another node of the organisation, loaded through the registry (batched per request)
    from the private key `pk_name`; its type is the field's annotation."""

    async def resolve(root: Any, info: Info):  # type: ignore[no-untyped-def]  # typed by the field
        return await related(info, type_name, getattr(root, pk_name))

    return strawberry.field(resolver=resolve, description=description)


@strawberry.type(name="PipelineStage", description="A step of a pipeline, in order.")
class PipelineStageType(Node):
    name: str
    position: int = strawberry.field(description="0-based order within the pipeline.")
    kind: PipelineStageKindEnum  # type: ignore[valid-type]
    probability: int = strawberry.field(description="Chance of winning, 0-100 (WON 100, LOST 0).")
    pipeline_id: strawberry.ID

    @classmethod
    def from_model(cls, stage: PipelineStage) -> PipelineStageType:
        return from_row(cls, stage, pipeline_id=to_global_id("Pipeline", stage.pipeline_id))


@strawberry.type(name="Pipeline", description="Ordered stages deals move through.")
class PipelineType(Node):
    name: str
    is_default: bool = strawberry.field(description="New deals without a pipeline go here; it cannot be deleted.")
    stages: list[PipelineStageType]
    created_at: dt.datetime

    @classmethod
    def from_model(cls, pipeline: Pipeline, stages: list[PipelineStage]) -> PipelineType:
        return from_row(cls, pipeline, stages=[PipelineStageType.from_model(s) for s in stages])


@strawberry.type(name="Deal", description="A possible sale to a lead, moving through a pipeline.")
class DealType(Node):
    name: str | None = strawberry.field(description="Null once the lead was erased (the deal is anonymised).")
    status: DealStatusEnum  # type: ignore[valid-type]
    amount: Money | None
    expected_close_date: dt.date | None
    pipeline: PipelineType
    stage: PipelineStageType
    owner: UserType | None
    created_at: dt.datetime
    updated_at: dt.datetime
    closed_at: dt.datetime | None = strawberry.field(description="Set on entering WON or LOST, cleared on reopening.")
    lead_pk: strawberry.Private[uuid.UUID | None] = None
    lead: LeadRef | None = related_field("Lead", "lead_pk", "The lead (null after its erasure).")


async def user_nodes(ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, UserType]:
    """The users among `ids` (None skipped) by id, in one query: owners, assignees and creators of a page."""
    wanted = list({pk for pk in ids if pk})
    return {u.id: UserType.from_model(u) for u in await User.filter(id__in=wanted)} if wanted else {}


def money(amount: Any, currency: str) -> Money | None:
    return Money(amount=round_money(amount, currency), currency=currency) if amount is not None else None


async def pipeline_nodes(organization_id: uuid.UUID, pipelines: list[Pipeline]) -> list[PipelineType]:
    stages = await services.stages_of(organization_id, [p.id for p in pipelines])
    return [PipelineType.from_model(p, stages.get(p.id, [])) for p in pipelines]


async def pipeline_node(organization_id: uuid.UUID, pipeline: Pipeline) -> PipelineType:
    return (await pipeline_nodes(organization_id, [pipeline]))[0]


async def deal_nodes(organization_id: uuid.UUID, deals: list[Deal]) -> list[DealType]:
    """Deals with their pipeline, stage and owner, in a constant number of queries."""
    if not deals:
        return []
    pipeline_ids = list({d.pipeline_id for d in deals})
    pipelines = {p.id: p for p in await Pipeline.for_org(organization_id).filter(id__in=pipeline_ids)}
    stages = await services.stages_of(organization_id, pipeline_ids)
    by_id = {s.id: s for rows in stages.values() for s in rows}
    built = {p.id: PipelineType.from_model(p, stages.get(p.id, [])) for p in pipelines.values()}
    owners = await user_nodes(d.owner_id for d in deals)
    return [
        from_row(
            DealType,
            d,
            amount=money(d.amount, d.currency),
            pipeline=built[d.pipeline_id],
            stage=PipelineStageType.from_model(by_id[d.stage_id]),
            owner=owners.get(d.owner_id),
            lead_pk=d.lead_id,
        )
        for d in deals
    ]


async def deal_node(organization_id: uuid.UUID, deal: Deal) -> DealType:
    return (await deal_nodes(organization_id, [deal]))[0]


async def load_deals(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = list(await Deal.for_org(context.organization_id).filter(id__in=pks))
    return {row.id: node for row, node in zip(rows, await deal_nodes(context.organization_id, rows), strict=True)}


async def load_pipelines(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = list(await Pipeline.for_org(context.organization_id).filter(id__in=pks))
    nodes = await pipeline_nodes(context.organization_id, rows)
    return {row.id: node for row, node in zip(rows, nodes, strict=True)}


register_node("Deal", load_deals, scope="leads:read")
register_node("Pipeline", load_pipelines, scope="leads:read")
register_node("PipelineStage", rows_loader(PipelineStage, PipelineStageType.from_model), scope="leads:read")
