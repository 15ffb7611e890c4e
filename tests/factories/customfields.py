"""Node factories of the custom fields and saved views room: CustomField, SavedView."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.customfields.models import CustomField, CustomFieldType
from app.savedviews.models import SavedView
from schema.relay import to_global_id


async def _custom_field(org: Organization, user: User) -> str:
    row = await CustomField.create(
        organization=org, key=f"f_{uuid.uuid4().hex[:8]}", label="Field", type=CustomFieldType.TEXT
    )
    return to_global_id("CustomField", row.id)


async def _saved_view(org: Organization, user: User) -> str:
    row = await SavedView.create(organization=org, created_by=user, name="View", shared=True)
    return to_global_id("SavedView", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "CustomField": _custom_field,
    "SavedView": _saved_view,
}
