"""Tasks (SPEC §7.4)."""

from schema.tasks.api import Mutation, Query
from schema.tasks.types import TaskType

types = [TaskType]

__all__ = ["Mutation", "Query", "types"]
