"""Security incidents (SPEC §7.1, §7.7)."""

from schema.incidents.api import Mutation, Query
from schema.incidents.types import SecurityIncidentType

types = [SecurityIncidentType]

__all__ = ["Mutation", "Query", "types"]
