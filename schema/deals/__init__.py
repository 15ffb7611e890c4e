"""Pipelines, deals and reports (SPEC §7.4)."""

import strawberry

from schema.deals import reports
from schema.deals.api import Mutation
from schema.deals.api import Query as DealQuery
from schema.deals.types import DealType, PipelineStageType, PipelineType


@strawberry.type
class Query(DealQuery, reports.Query):
    """Pipelines, deals and the return-on-ad-spend report."""


types = [PipelineType, PipelineStageType, DealType]

__all__ = ["Mutation", "Query", "types"]
