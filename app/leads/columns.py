"""The lead list's columns (SPEC §7.7), shared by saved views and list exports."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

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


async def validate_columns(organization_id: uuid.UUID, columns: Sequence[str] | None) -> list[str] | None:
    """The columns as given (None = all), or INVALID_INPUT on `columns` for an unknown one; `custom.<key>`
    must name one of the organisation's custom fields."""
    if columns is None:
        return None
    from app.customfields.models import CustomField

    keys = set(await CustomField.for_org(organization_id).values_list("key", flat=True))
    seen: list[str] = []
    for column in columns:
        known = column in LEAD_COLUMNS or (column.startswith(CUSTOM_PREFIX) and column[len(CUSTOM_PREFIX) :] in keys)
        if not known:
            raise DomainError(ErrorCode.INVALID_INPUT, f"Unknown column {column!r}.", "columns")
        if column in seen:
            raise DomainError(ErrorCode.INVALID_INPUT, f"The column {column!r} is given twice.", "columns")
        seen.append(column)
    return seen
