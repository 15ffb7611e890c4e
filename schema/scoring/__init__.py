"""Lead scoring rules (SPEC §7.4)."""

from schema.scoring.api import Mutation, Query

__all__ = ["Mutation", "Query"]
