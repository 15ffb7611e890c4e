"""Jobs: progress of long work (sync, backfill, import, export, erasure)."""

from schema.jobs.queries import Query
from schema.jobs.types import JobType

types = [JobType]

__all__ = ["Query", "types"]
