"""Leads: the pipeline, search over blind indexes, notes, tags and CSV import."""

from schema.leads.mutations import Mutation
from schema.leads.queries import Query
from schema.leads.types import LeadNoteType, LeadType

types = [LeadType, LeadNoteType]

__all__ = ["Mutation", "Query", "types"]
