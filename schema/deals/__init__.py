"""Pipelines and deals (SPEC §7.4)."""

from schema.deals.api import Mutation, Query
from schema.deals.types import DealType, PipelineStageType, PipelineType

types = [PipelineType, PipelineStageType, DealType]

__all__ = ["Mutation", "Query", "types"]
