"""Node factories of the deals room: Pipeline, PipelineStage, Deal."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.deals import services
from app.deals.models import PipelineStage
from schema.relay import to_global_id
from tests.factories.leads import make_lead


async def _pipeline(org: Organization, user: User) -> str:
    return to_global_id("Pipeline", (await services.default_pipeline(org.id)).id)


async def _stage(org: Organization, user: User) -> str:
    pipeline = await services.default_pipeline(org.id)
    stage = await PipelineStage.filter(pipeline_id=pipeline.id).order_by("position").first()
    assert stage is not None
    return to_global_id("PipelineStage", stage.id)


async def _deal(org: Organization, user: User) -> str:
    lead = await make_lead(org)
    deal = await services.create_deal(org.id, lead_id=lead.id, name="Factory deal", actor_id=user.id)  # type: ignore[attr-defined]
    return to_global_id("Deal", deal.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "Pipeline": _pipeline,
    "PipelineStage": _stage,
    "Deal": _deal,
}
