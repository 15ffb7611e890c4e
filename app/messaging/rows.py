"""The two steps every member action on a messaging row takes: load it within the organisation, audit the change."""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.orm import TenantModel

M = TypeVar("M", bound=TenantModel)


async def get_scoped(model: type[M], organization_id: uuid.UUID, pk: uuid.UUID | None, missing: str) -> M:
    """The organisation's row `pk` of `model`; NOT_FOUND on `id` (with `missing` as the message) otherwise,
    so a foreign or undecodable id reads exactly like one that does not exist."""
    row = await model.for_org(organization_id).get_or_none(id=pk) if pk else None
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, missing, field="id")
    return row


async def audit_change(
    action: str, row: TenantModel, actor_id: uuid.UUID | None, details: dict[str, Any] | None = None
) -> None:
    """Audit `action` on `row` in its organisation; the row's model names the target type."""
    await audit.record(
        action,
        organization_id=row.organization_id,
        actor_user_id=actor_id,
        target_type=type(row).__name__,
        target_id=row.id,
        details=details,
    )
