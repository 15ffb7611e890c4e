"""Saved views of the lead list (SPEC §7.5)."""

from schema.savedviews.api import Mutation, Query, SavedViewType

types = [SavedViewType]

__all__ = ["Mutation", "Query", "types"]
