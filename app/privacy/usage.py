"""Usage events: kept only when the user consented to ANALYTICS; otherwise accepted and dropped."""

from __future__ import annotations

import uuid

from app.errors import DomainError, ErrorCode
from app.privacy.consent import has_user_consent
from app.privacy.erasure_models import ConsentPurpose, UsageEvent

MAX_NAME = 100
MAX_TEXT = 2000


async def record_usage_event(
    user_id: uuid.UUID, organization_id: uuid.UUID | None, *, name: str, path: str | None, referrer: str | None
) -> UsageEvent | None:
    """The stored event, or None when the user has not consented to analytics (nothing is kept)."""
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise DomainError(ErrorCode.INVALID_INPUT, f"`name` must be 1-{MAX_NAME} characters.", field="name")
    for field, value in (("path", path), ("referrer", referrer)):
        if value is not None and len(value) > MAX_TEXT:
            raise DomainError(ErrorCode.INVALID_INPUT, f"`{field}` is too long.", field=field)
    if not await has_user_consent(user_id, ConsentPurpose.ANALYTICS):
        return None
    return await UsageEvent.create(
        user_id=user_id, organization_id=organization_id, name=name, path=path or None, referrer=referrer or None
    )
