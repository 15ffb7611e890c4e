"""Pipelines and deals: the default pipeline, stage rules, and deals moving through stages.

A deal's status always follows its stage's kind; entering WON or LOST closes it (and WON converts the
lead), reopening clears `closed_at`. Every change announces a domain event (ids only).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from tortoise.transactions import in_transaction

from app.accounts.models import Membership, Organization
from app.accounts.services import check_text
from app.deals.models import Deal, DealStatus, Pipeline, PipelineStage, PipelineStageKind
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.leads import services as lead_services
from app.leads.models import LeadStatus
from app.money import check_amount, check_currency

T = TypeVar("T")
MAX_STAGES = 30
DEFAULT_STAGES = (
    ("Discovery", PipelineStageKind.OPEN, 10),
    ("Proposal", PipelineStageKind.OPEN, 40),
    ("Negotiation", PipelineStageKind.OPEN, 70),
    ("Won", PipelineStageKind.WON, 100),
    ("Lost", PipelineStageKind.LOST, 0),
)
FIXED_PROBABILITY = {PipelineStageKind.WON: 100, PipelineStageKind.LOST: 0}


@dataclass(frozen=True)
class StageSpec:
    """A stage as given: `id` names an existing stage of the pipeline (kept), None adds one."""

    name: str
    kind: PipelineStageKind
    probability: int | None = None
    id: uuid.UUID | None = None


# --- pipelines ---------------------------------------------------------------------------------------


async def default_pipeline(organization_id: uuid.UUID) -> Pipeline:
    """The organisation's default pipeline, created on first use (existing organisations included)."""
    found = await Pipeline.for_org(organization_id).filter(is_default=True).first()
    if found is not None:
        return found
    async with in_transaction():
        await Organization.filter(id=organization_id).select_for_update().first()  # one creator at a time
        found = await Pipeline.for_org(organization_id).filter(is_default=True).first()
        if found is not None:
            return found
        pipeline = await Pipeline.create(organization_id=organization_id, name="Sales", is_default=True)
        await PipelineStage.bulk_create(
            [
                PipelineStage(
                    organization_id=organization_id,
                    pipeline_id=pipeline.id,
                    name=name,
                    position=i,
                    kind=kind,
                    probability=probability,
                )
                for i, (name, kind, probability) in enumerate(DEFAULT_STAGES)
            ]
        )
    return pipeline


async def pipelines(organization_id: uuid.UUID) -> list[Pipeline]:
    await default_pipeline(organization_id)
    return list(await Pipeline.for_org(organization_id).order_by("-is_default", "created_at", "id"))


async def stages_of(
    organization_id: uuid.UUID, pipeline_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[PipelineStage]]:
    """The ordered stages of each pipeline, in one query."""
    out: dict[uuid.UUID, list[PipelineStage]] = {pk: [] for pk in pipeline_ids}
    rows = await PipelineStage.for_org(organization_id).filter(pipeline_id__in=list(pipeline_ids)).order_by("position")
    for stage in rows:
        out.setdefault(stage.pipeline_id, []).append(stage)
    return out


async def own_row(model: type[T], organization_id: uuid.UUID, pk: uuid.UUID | None, field: str) -> T:
    """A row of this organisation; another organisation's row is just unknown (NOT_FOUND on `field`)."""
    found = await model.for_org(organization_id).get_or_none(id=pk) if pk else None  # type: ignore[attr-defined]
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"No such {model.__name__}.", field)
    return found  # type: ignore[no-any-return]


async def get_pipeline(organization_id: uuid.UUID, pipeline_id: uuid.UUID | None, field: str = "id") -> Pipeline:
    return await own_row(Pipeline, organization_id, pipeline_id, field)


async def get_stage(organization_id: uuid.UUID, stage_id: uuid.UUID | None, field: str = "stageId") -> PipelineStage:
    return await own_row(PipelineStage, organization_id, stage_id, field)


async def _lock_pipeline(organization_id: uuid.UUID, pipeline_id: uuid.UUID | None, field: str) -> Pipeline:
    """Inside a transaction: the pipeline row, locked. Every writer of a pipeline's stages or of the deals
    placed in it takes this lock first and reads again what it relies on, so no stage or deal it checked
    can be removed, or appear, before it commits."""
    found = await Pipeline.for_org(organization_id).select_for_update().get_or_none(id=pipeline_id)
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such Pipeline.", field)
    return found


def _checked_stages(specs: Sequence[StageSpec]) -> list[StageSpec]:
    """At least one OPEN stage, exactly one WON (100) and one LOST (0); probabilities 0-100."""
    if not 3 <= len(specs) <= MAX_STAGES:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A pipeline has 3 to {MAX_STAGES} stages.", "stages")
    kinds = [s.kind for s in specs]
    if (
        kinds.count(PipelineStageKind.WON) != 1
        or kinds.count(PipelineStageKind.LOST) != 1
        or (PipelineStageKind.OPEN not in kinds)
    ):
        raise DomainError(
            ErrorCode.INVALID_INPUT, "A pipeline has open stages, exactly one WON and one LOST stage.", "stages"
        )
    ids = [s.id for s in specs if s.id is not None]
    if len(ids) != len(set(ids)):
        raise DomainError(ErrorCode.INVALID_INPUT, "A stage is listed twice.", "stages")
    out = []
    for spec in specs:
        fixed = FIXED_PROBABILITY.get(spec.kind)
        probability = spec.probability if spec.probability is not None else (fixed if fixed is not None else 0)
        if not 0 <= probability <= 100:
            raise DomainError(ErrorCode.INVALID_INPUT, "A probability is between 0 and 100.", "stages")
        if fixed is not None and probability != fixed:
            raise DomainError(ErrorCode.INVALID_INPUT, f"A {spec.kind.value} stage has probability {fixed}.", "stages")
        out.append(StageSpec(check_text(spec.name, "stages"), spec.kind, probability, spec.id))
    return out


async def create_pipeline(organization_id: uuid.UUID, name: str, stages: Sequence[StageSpec]) -> Pipeline:
    title = check_text(name, "name")
    specs = _checked_stages(stages)
    if any(s.id is not None for s in specs):
        raise DomainError(ErrorCode.INVALID_INPUT, "A new pipeline's stages have no ids.", "stages")
    await default_pipeline(organization_id)
    async with in_transaction():
        pipeline = await Pipeline.create(organization_id=organization_id, name=title)
        await _write_stages(pipeline, specs, {})
    return pipeline


async def _write_stages(pipeline: Pipeline, specs: list[StageSpec], existing: dict[uuid.UUID, PipelineStage]) -> None:
    for position, spec in enumerate(specs):
        if spec.id is None:
            await PipelineStage.create(
                organization_id=pipeline.organization_id,
                pipeline_id=pipeline.id,
                name=spec.name,
                position=position,
                kind=spec.kind,
                probability=spec.probability,
            )
            continue
        stage = existing[spec.id]
        stage.name, stage.position, stage.probability = spec.name, position, spec.probability
        await stage.save(update_fields=["name", "position", "probability"])


async def update_pipeline(
    organization_id: uuid.UUID,
    pipeline_id: uuid.UUID | None,
    *,
    name: str | None = None,
    stages: Sequence[StageSpec] | None = None,
    move_deals_to_stage_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> Pipeline:
    """Rename, reorder, add or remove stages (`stages` is the whole new list). Deals of a removed stage go
    to `moveDealsToStageId`, a stage that stays; a kept stage's kind cannot change (its deals follow it)."""
    moved: list[tuple[Deal, DealStatus]] = []
    async with in_transaction():
        pipeline = await _lock_pipeline(organization_id, pipeline_id, "id")
        if name is not None:
            pipeline.name = check_text(name, "name")
        if stages is None:
            if move_deals_to_stage_id is not None:
                raise DomainError(ErrorCode.INVALID_INPUT, "Only removing stages moves deals.", "moveDealsToStageId")
            await pipeline.save(update_fields=["name", "updated_at"])
            return pipeline
        moved = await _replace_stages(pipeline, _checked_stages(stages), move_deals_to_stage_id)
    for deal, previous in moved:
        await _announce_move(deal, previous, actor_id)
    return pipeline


async def _replace_stages(
    pipeline: Pipeline, specs: list[StageSpec], move_deals_to_stage_id: uuid.UUID | None
) -> list[tuple[Deal, DealStatus]]:
    """Under the pipeline's lock: check `specs` against the stages as they are now, move the deals of removed
    stages, write the stages. Returns the deals moved (with their former status) to announce after commit."""
    organization_id = pipeline.organization_id
    target: PipelineStage | None = None
    existing = {s.id: s for s in await PipelineStage.for_org(organization_id).filter(pipeline_id=pipeline.id)}
    for spec in specs:
        if spec.id is not None and spec.id not in existing:
            raise DomainError(ErrorCode.INVALID_INPUT, "A stage id names no stage of this pipeline.", "stages")
        if spec.id is not None and existing[spec.id].kind is not spec.kind:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "A stage's kind cannot change: add a stage and move the deals.", "stages"
            )
    kept = {s.id for s in specs if s.id is not None}
    removed = [pk for pk in existing if pk not in kept]
    moving = await Deal.for_org(organization_id).filter(stage_id__in=removed).count() if removed else 0
    if move_deals_to_stage_id is not None:
        target = await get_stage(organization_id, move_deals_to_stage_id, "moveDealsToStageId")
        if target.pipeline_id != pipeline.id or target.id not in kept:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "Move the deals to a stage this pipeline keeps.", "moveDealsToStageId"
            )
    elif moving:
        raise DomainError(
            ErrorCode.INVALID_INPUT, "Removed stages hold deals: name `moveDealsToStageId`.", "moveDealsToStageId"
        )
    await pipeline.save(update_fields=["name", "updated_at"])
    moved: list[tuple[Deal, DealStatus]] = []
    if target is not None and removed:
        for deal in await Deal.for_org(organization_id).filter(stage_id__in=removed):
            previous = await _enter_stage(deal, target)
            if previous is not None:
                moved.append((deal, previous))
    if removed:
        await PipelineStage.filter(id__in=removed).delete()
    await _write_stages(pipeline, specs, existing)
    return moved


async def delete_pipeline(
    organization_id: uuid.UUID,
    pipeline_id: uuid.UUID | None,
    *,
    move_deals_to_stage_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> Pipeline:
    """Delete a pipeline that is not the default; its deals go to `moveDealsToStageId` of another one."""
    pipeline = await get_pipeline(organization_id, pipeline_id)
    if pipeline.is_default:
        raise DomainError(ErrorCode.INVALID_STATE, "The default pipeline cannot be deleted.", "id")
    target: PipelineStage | None = None
    if move_deals_to_stage_id is not None:
        target = await get_stage(organization_id, move_deals_to_stage_id, "moveDealsToStageId")
        if target.pipeline_id == pipeline.id:
            raise DomainError(ErrorCode.INVALID_INPUT, "Move the deals to another pipeline.", "moveDealsToStageId")
    moved: list[tuple[Deal, DealStatus]] = []
    async with in_transaction():
        # Both pipelines, in id order so two deletions moving deals into each other's pipeline cannot deadlock.
        locking = {pipeline.id: "id"} | ({target.pipeline_id: "moveDealsToStageId"} if target else {})
        for pk in sorted(locking):
            await _lock_pipeline(organization_id, pk, locking[pk])
        if target is not None:  # still there, now that no one can remove it
            target = await get_stage(organization_id, target.id, "moveDealsToStageId")
        deals = list(await Deal.for_org(organization_id).filter(pipeline_id=pipeline.id))
        if deals and target is None:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "This pipeline holds deals: name `moveDealsToStageId`.", "moveDealsToStageId"
            )
        for deal in deals:
            assert target is not None
            previous = await _enter_stage(deal, target)
            if previous is not None:
                moved.append((deal, previous))
        await pipeline.delete()
    for deal, previous in moved:
        await _announce_move(deal, previous, actor_id)
    return pipeline


# --- deals -------------------------------------------------------------------------------------------


async def get_deal(organization_id: uuid.UUID, deal_id: uuid.UUID | None, field: str = "id") -> Deal:
    return await own_row(Deal, organization_id, deal_id, field)


async def check_member(organization_id: uuid.UUID, user_id: uuid.UUID | None, field: str) -> uuid.UUID | None:
    if user_id is not None and not await Membership.for_org(organization_id).filter(user_id=user_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such member of this organisation.", field)
    return user_id


async def _placement(
    organization_id: uuid.UUID, pipeline_id: uuid.UUID | None, stage_id: uuid.UUID | None
) -> PipelineStage:
    """The stage a new deal enters: the given one, else the first OPEN stage of the pipeline (or default)."""
    pipeline = await get_pipeline(organization_id, pipeline_id, "pipelineId") if pipeline_id is not None else None
    if stage_id is not None:
        stage = await get_stage(organization_id, stage_id)
        if pipeline is not None and stage.pipeline_id != pipeline.id:
            raise DomainError(ErrorCode.INVALID_INPUT, "This stage belongs to another pipeline.", "stageId")
        return stage
    pipeline = pipeline or await default_pipeline(organization_id)
    first = (
        await PipelineStage.for_org(organization_id)
        .filter(pipeline_id=pipeline.id, kind=PipelineStageKind.OPEN)
        .order_by("position")
        .first()
    )
    assert first is not None  # a pipeline always has an OPEN stage
    return first


async def create_deal(
    organization_id: uuid.UUID,
    *,
    lead_id: uuid.UUID | None,
    name: str,
    pipeline_id: uuid.UUID | None = None,
    stage_id: uuid.UUID | None = None,
    amount: Decimal | None = None,
    currency: str | None = None,
    expected_close_date: dt.date | None = None,
    owner_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> Deal:
    lead = await lead_services.get_lead(organization_id, lead_id, "leadId")
    title = check_text(name, "name")
    stage = await _placement(organization_id, pipeline_id, stage_id)
    org = await Organization.get(id=organization_id)
    code = check_currency(currency) if currency is not None else org.currency
    await check_member(organization_id, owner_id, "ownerId")
    async with in_transaction():
        # The pipeline cannot be deleted, nor the stage removed, between placing the deal and storing it.
        await _lock_pipeline(organization_id, stage.pipeline_id, "pipelineId" if pipeline_id else "stageId")
        stage = await _placement(organization_id, pipeline_id, stage_id)
        deal = Deal(
            organization_id=organization_id,
            name=title,
            lead_id=lead.id,
            pipeline_id=stage.pipeline_id,
            stage_id=stage.id,
            status=DealStatus(stage.kind.value),
            amount=check_amount(amount, code),
            currency=code,
            expected_close_date=expected_close_date,
            owner_id=owner_id,
            created_by_id=actor_id,
            campaign_id=lead.campaign_id,
            ad_set_id=lead.ad_set_id,
            ad_id=lead.ad_id,
            closed_at=None if stage.kind is PipelineStageKind.OPEN else dt.datetime.now(dt.UTC),
        )
        await deal.save()
    await lead_services.mark_responded(organization_id, lead, actor_id)
    await emit(EventType.DEAL_CREATED, organization_id, deal.id, **_facts(deal))
    if deal.status is DealStatus.WON:
        await _won(deal, actor_id)
    return deal


async def update_deal(
    organization_id: uuid.UUID,
    deal_id: uuid.UUID | None,
    *,
    name: str | None = None,
    amount: Decimal | None = None,
    currency: str | None = None,
    expected_close_date: dt.date | None = None,
    owner_id: uuid.UUID | None = None,
) -> Deal:
    """Fields left out (None) stay as they are; the stage moves with `move_deal`."""
    deal = await get_deal(organization_id, deal_id)
    if name is not None:
        deal.name = check_text(name, "name")
    if currency is not None:
        deal.currency = check_currency(currency)
    if amount is not None or currency is not None:
        deal.amount = check_amount(amount if amount is not None else deal.amount, deal.currency)
    if expected_close_date is not None:
        deal.expected_close_date = expected_close_date
    if owner_id is not None:
        deal.owner_id = await check_member(organization_id, owner_id, "ownerId")
    # Only the edited columns: a stage, status or closedAt read before a concurrent move is never written back.
    edited = ["name", "currency", "amount", "expected_close_date", "owner_id", "updated_at"]
    await deal.save(update_fields=edited)
    return deal


async def move_deal(
    organization_id: uuid.UUID, deal_id: uuid.UUID | None, stage_id: uuid.UUID | None, *, actor_id: uuid.UUID | None
) -> Deal:
    async with in_transaction():
        deal = await _locked_deal(organization_id, deal_id)
        stage = await get_stage(organization_id, stage_id)  # read under the lock: not being removed
        if stage.pipeline_id != deal.pipeline_id:
            raise DomainError(ErrorCode.INVALID_INPUT, "This stage belongs to another pipeline.", "stageId")
        previous = await _enter_stage(deal, stage)
    if previous is not None:
        await _announce_move(deal, previous, actor_id)
    return deal


async def _locked_deal(organization_id: uuid.UUID, deal_id: uuid.UUID | None) -> Deal:
    """Inside a transaction: the deal, read again once its pipeline is locked (NOT_FOUND if it was deleted
    meanwhile). Deleting a pipeline moves its deals to another one, so a moved deal's new pipeline is locked."""
    deal = await get_deal(organization_id, deal_id)
    while True:
        await Pipeline.for_org(organization_id).select_for_update().filter(id=deal.pipeline_id).first()
        current = await get_deal(organization_id, deal.id)
        if current.pipeline_id == deal.pipeline_id:
            return current
        deal = current


async def _enter_stage(deal: Deal, stage: PipelineStage) -> DealStatus | None:
    """Put the deal in `stage` (any pipeline): status follows the kind, closing and reopening set closedAt.
    Returns the former status if it moved (None if it stood there already); `_announce_move` after commit."""
    if deal.stage_id == stage.id:
        return None
    previous = deal.status
    deal.stage_id, deal.pipeline_id = stage.id, stage.pipeline_id
    deal.status = DealStatus(stage.kind.value)
    if deal.status is DealStatus.OPEN:
        deal.closed_at = None
    elif previous is not deal.status or deal.closed_at is None:
        deal.closed_at = dt.datetime.now(dt.UTC)
    await deal.save(update_fields=["stage_id", "pipeline_id", "status", "closed_at", "updated_at"])
    return previous


async def _announce_move(deal: Deal, previous: DealStatus, actor_id: uuid.UUID | None) -> None:
    """After the move committed: the stage change, and a win converts the lead."""
    await emit(EventType.DEAL_STAGE_CHANGED, deal.organization_id, deal.id, **_facts(deal))
    if deal.status is DealStatus.WON and previous is not DealStatus.WON:
        await _won(deal, actor_id)


async def _won(deal: Deal, actor_id: uuid.UUID | None) -> None:
    """Winning a deal converts its lead (kept in the lead's status history)."""
    if deal.lead_id is not None:
        await lead_services.set_status(deal.organization_id, deal.lead_id, LeadStatus.CONVERTED, actor_id=actor_id)
    await emit(EventType.DEAL_WON, deal.organization_id, deal.id, **_facts(deal))


def _facts(deal: Deal) -> dict[str, object]:
    """What a deal event carries: ids and non-personal facts (never the deal's name)."""
    return {
        "deal_id": ("Deal", deal.id),
        "lead_id": ("Lead", deal.lead_id) if deal.lead_id else None,
        "pipeline_id": ("Pipeline", deal.pipeline_id),
        "stage_id": ("PipelineStage", deal.stage_id),
        "status": deal.status.value,
        "amount": str(deal.amount) if deal.amount is not None else None,
        "currency": deal.currency,
    }


async def delete_deal(organization_id: uuid.UUID, deal_id: uuid.UUID | None) -> Deal:
    async with in_transaction():
        deal = await _locked_deal(organization_id, deal_id)  # a move or pipeline change waits, or finds it gone
        await deal.delete()
    await emit(EventType.DEAL_DELETED, organization_id, deal.id, **_facts(deal))
    return deal
