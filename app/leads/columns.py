"""The lead columns shared by list exports and saved views (SPEC §7.7)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from app.customfields.models import CustomField
from app.errors import DomainError, ErrorCode

LEAD_COLUMNS: tuple[str, ...] = (
    "id",
    "fullName",
    "email",
    "phone",
    "status",
    "source",
    "owner",
    "tags",
    "campaign",
    "adSet",
    "ad",
    "form",
    "score",
    "createdAt",
    "updatedAt",
    "firstResponseAt",
)
CUSTOM_PREFIX = "custom."


def validate_columns(
    columns: Sequence[str] | None, custom_keys: Iterable[str] = (), *, field: str = "columns"
) -> list[str]:
    """The columns in the order given (null = every built-in column, then every custom field); an unknown
    name, or a name given twice, is INVALID_INPUT on `columns`."""
    keys = list(custom_keys)
    if columns is None:
        return [*LEAD_COLUMNS, *(CUSTOM_PREFIX + k for k in keys)]

    def known(column: str) -> bool:
        return column in LEAD_COLUMNS or (column.startswith(CUSTOM_PREFIX) and column[len(CUSTOM_PREFIX) :] in keys)

    if not columns:
        raise DomainError(ErrorCode.INVALID_INPUT, "Name at least one column.", field)
    for column in columns:
        if not known(column):
            raise DomainError(ErrorCode.INVALID_INPUT, f"Unknown column {column[:80]!r}.", field)
    if len(set(columns)) != len(columns):
        raise DomainError(ErrorCode.INVALID_INPUT, "A column is named twice.", field)
    return list(columns)


async def organization_columns(organization_id: uuid.UUID, columns: Sequence[str] | None) -> list[str] | None:
    """`validate_columns` with the organisation's custom field keys; None stays None (a view's default)."""
    if columns is None:
        return None
    keys = await CustomField.for_org(organization_id).values_list("key", flat=True)
    return validate_columns(columns, [str(k) for k in keys])
