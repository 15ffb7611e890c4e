"""Pipelines (ADMIN to change) and deals (MEMBER to change): thin resolvers over app.deals.services."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from decimal import Decimal

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.deals import services
from app.deals.models import Deal, PipelineStageKind
from app.errors import DomainError, ErrorCode
from schema.context import Context, ctx, org_and_actor
from schema.deals.types import (
    DealStatusEnum,
    DealType,
    PipelineStageKindEnum,
    PipelineType,
    deal_node,
    deal_nodes,
    pipeline_node,
    pipeline_nodes,
)
from schema.errors import entity_payloads, payload_mutation, payload_type
from schema.permissions import allow
from schema.relay import (
    Connection,
    PageArgs,
    connection_field,
    id_input,
    order_input,
    paginate,
    pk_of,
    pk_or_not_found,
)

READ = allow(scope="leads:read")
WRITE = allow(Role.MEMBER, "leads:write")
MANAGE = allow(Role.ADMIN, "leads:write")


# --- inputs and payloads ---------------------------------------------------------------------------------


@strawberry.input(
    description="A stage: give `id` to keep (rename, reorder) an existing stage, leave it out to add one."
)
class PipelineStageInput:
    name: str
    kind: PipelineStageKindEnum  # type: ignore[valid-type]
    probability: int | None = strawberry.field(default=None, description="0-100; WON is 100, LOST 0 (the default).")
    id: strawberry.ID | None = None


def _specs(stages: list[PipelineStageInput]) -> list[services.StageSpec]:
    out = []
    for stage in stages:
        pk = None
        if stage.id is not None:
            pk = pk_of(stage.id, "PipelineStage")
            if pk is None:
                raise DomainError(ErrorCode.INVALID_INPUT, "A stage id names no stage of this pipeline.", "stages")
        out.append(services.StageSpec(stage.name, PipelineStageKind(stage.kind.value), stage.probability, pk))
    return out


@strawberry.input
class CreatePipelineInput:
    name: str
    stages: list[PipelineStageInput]


@strawberry.input(description="`stages` is the whole new list, in order; removed stages' deals need a target.")
class UpdatePipelineInput:
    id: strawberry.ID
    name: str | None = None
    stages: list[PipelineStageInput] | None = None
    move_deals_to_stage_id: strawberry.ID | None = None


@strawberry.input
class DeletePipelineInput:
    id: strawberry.ID
    move_deals_to_stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="A stage of another pipeline, required when the pipeline holds deals."
    )


CreatePipelinePayload, UpdatePipelinePayload, DeletePipelinePayload = entity_payloads(
    "Pipeline", PipelineType, "pipeline"
)


@strawberry.input
class CreateDealInput:
    lead_id: strawberry.ID
    name: str
    pipeline_id: strawberry.ID | None = strawberry.field(default=None, description="Default: the default pipeline.")
    stage_id: strawberry.ID | None = strawberry.field(default=None, description="Default: the first OPEN stage.")
    amount: Decimal | None = None
    currency: str | None = strawberry.field(default=None, description="ISO 4217; default: the organisation's.")
    expected_close_date: dt.date | None = None
    owner_id: strawberry.ID | None = None


@strawberry.input(description="Fields left out stay as they are; the stage moves with `moveDeal`.")
class UpdateDealInput:
    id: strawberry.ID
    name: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    expected_close_date: dt.date | None = None
    owner_id: strawberry.ID | None = None


@strawberry.input
class MoveDealInput:
    id: strawberry.ID
    stage_id: strawberry.ID


DeleteDealInput = id_input("DeleteDealInput")
CreateDealPayload, UpdateDealPayload, DeleteDealPayload = entity_payloads("Deal", DealType, "deal")
MoveDealPayload = payload_type("MoveDealPayload", deal=DealType)


@strawberry.input
class DealFilter:
    pipeline_id: strawberry.ID | None = None
    stage_id: strawberry.ID | None = None
    owner_id: strawberry.ID | None = None
    status: DealStatusEnum | None = None  # type: ignore[valid-type]
    campaign_id: strawberry.ID | None = None
    lead_id: strawberry.ID | None = None


@strawberry.enum
class DealOrderField(enum.Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


DealOrder = order_input("DealOrder", DealOrderField)


_FILTER_TYPES = {
    "pipeline_id": "Pipeline",
    "stage_id": "PipelineStage",
    "owner_id": "User",
    "campaign_id": "Campaign",
    "lead_id": "Lead",
}


def deals_query(organization_id: uuid.UUID, given: DealFilter | None):  # type: ignore[no-untyped-def]
    """The organisation's deals matching the filter; an id of another type matches nothing."""
    qs = Deal.for_org(organization_id)
    if given is None:
        return qs
    for name, type_name in _FILTER_TYPES.items():
        value = getattr(given, name)
        if value is not None:
            pk = pk_of(value, type_name)
            qs = qs.filter(**{name: pk}) if pk is not None else qs.filter(id__isnull=True)
    if given.status is not None:
        qs = qs.filter(status=given.status.value)
    return qs


def _filter_key(given: DealFilter | None) -> object:
    if given is None:
        return None
    return {name: getattr(given, name) for name in (*_FILTER_TYPES, "status")}


async def deals_connection(
    context: Context, given: DealFilter | None, order_by: DealOrder | None, page: PageArgs
) -> Connection[DealType]:
    org_id = context.organization_id
    order = order_by or DealOrder()

    async def to_nodes(rows: list[Deal]) -> list[DealType]:
        return await deal_nodes(org_id, rows)

    return await paginate(
        deals_query(org_id, given),
        page,
        to_nodes,
        order_field=order.field.value,
        direction=order.direction,
        filter_key=_filter_key(given),
    )


@strawberry.type
class Query:
    @strawberry.field(extensions=READ, description="Your organisation's pipelines, the default first.")
    async def pipelines(self, info: Info) -> list[PipelineType]:
        org_id = ctx(info).organization_id
        return await pipeline_nodes(org_id, await services.pipelines(org_id))

    @connection_field(READ, "Your organisation's deals.")
    async def deals(
        self, info: Info, filter: DealFilter | None = None, order_by: DealOrder | None = None, *, page: PageArgs
    ) -> Connection[DealType]:
        return await deals_connection(ctx(info), filter, order_by, page)


@strawberry.type
class Mutation:
    @payload_mutation(MANAGE, "A pipeline with its ordered stages (ADMIN).")
    async def create_pipeline(self, info: Info, input: CreatePipelineInput) -> CreatePipelinePayload:
        org_id = ctx(info).organization_id
        pipeline = await services.create_pipeline(org_id, input.name, _specs(input.stages))
        return CreatePipelinePayload(pipeline=await pipeline_node(org_id, pipeline))

    @payload_mutation(MANAGE, "Rename, reorder, add or remove stages (ADMIN).")
    async def update_pipeline(self, info: Info, input: UpdatePipelineInput) -> UpdatePipelinePayload:
        org_id, actor_id = org_and_actor(info)
        pipeline = await services.update_pipeline(
            org_id,
            pk_or_not_found(input.id, "Pipeline", "id"),
            name=input.name,
            stages=_specs(input.stages) if input.stages is not None else None,
            move_deals_to_stage_id=pk_or_not_found(input.move_deals_to_stage_id, "PipelineStage", "moveDealsToStageId"),
            actor_id=actor_id,
        )
        return UpdatePipelinePayload(pipeline=await pipeline_node(org_id, pipeline))

    @payload_mutation(MANAGE, "Delete a pipeline other than the default (ADMIN).")
    async def delete_pipeline(self, info: Info, input: DeletePipelineInput) -> DeletePipelinePayload:
        org_id, actor_id = org_and_actor(info)
        pipeline = await services.get_pipeline(org_id, pk_or_not_found(input.id, "Pipeline", "id"))
        shown = await pipeline_node(org_id, pipeline)
        await services.delete_pipeline(
            org_id,
            pipeline.id,
            move_deals_to_stage_id=pk_or_not_found(input.move_deals_to_stage_id, "PipelineStage", "moveDealsToStageId"),
            actor_id=actor_id,
        )
        return DeletePipelinePayload(pipeline=shown, deleted_id=input.id)

    @payload_mutation(WRITE, "A deal for a lead; WON stages convert the lead.")
    async def create_deal(self, info: Info, input: CreateDealInput) -> CreateDealPayload:
        org_id, actor_id = org_and_actor(info)
        deal = await services.create_deal(
            org_id,
            lead_id=pk_or_not_found(input.lead_id, "Lead", "leadId"),
            name=input.name,
            pipeline_id=pk_or_not_found(input.pipeline_id, "Pipeline", "pipelineId"),
            stage_id=pk_or_not_found(input.stage_id, "PipelineStage", "stageId"),
            amount=input.amount,
            currency=input.currency,
            expected_close_date=input.expected_close_date,
            owner_id=pk_or_not_found(input.owner_id, "User", "ownerId"),
            actor_id=actor_id,
        )
        return CreateDealPayload(deal=await deal_node(org_id, deal))

    @payload_mutation(WRITE, "Change a deal's name, amount, currency, date or owner.")
    async def update_deal(self, info: Info, input: UpdateDealInput) -> UpdateDealPayload:
        org_id = ctx(info).organization_id
        deal = await services.update_deal(
            org_id,
            pk_or_not_found(input.id, "Deal", "id"),
            name=input.name,
            amount=input.amount,
            currency=input.currency,
            expected_close_date=input.expected_close_date,
            owner_id=pk_or_not_found(input.owner_id, "User", "ownerId"),
        )
        return UpdateDealPayload(deal=await deal_node(org_id, deal))

    @payload_mutation(WRITE, "Move a deal to a stage of its pipeline (WON/LOST close it).")
    async def move_deal(self, info: Info, input: MoveDealInput) -> MoveDealPayload:
        org_id, actor_id = org_and_actor(info)
        deal = await services.move_deal(
            org_id,
            pk_or_not_found(input.id, "Deal", "id"),
            pk_or_not_found(input.stage_id, "PipelineStage", "stageId"),
            actor_id=actor_id,
        )
        return MoveDealPayload(deal=await deal_node(org_id, deal))

    @payload_mutation(WRITE, "Delete a deal.")
    async def delete_deal(self, info: Info, input: DeleteDealInput) -> DeleteDealPayload:
        org_id = ctx(info).organization_id
        deal = await services.get_deal(org_id, pk_or_not_found(input.id, "Deal", "id"))
        shown = await deal_node(org_id, deal)
        await services.delete_deal(org_id, deal.id)
        return DeleteDealPayload(deal=shown, deleted_id=input.id)
