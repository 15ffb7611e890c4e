"""Custom fields (SPEC §7.5)."""

from schema.customfields.api import Mutation, Query
from schema.customfields.types import CustomFieldType, CustomFieldValueType

types = [CustomFieldType, CustomFieldValueType]

__all__ = ["Mutation", "Query", "types"]
