"""Saved views (SPEC §7.5, §7.7): any role keeps private views; shared views need MEMBER and are edited by
their creator or an ADMIN; another member's private view is unknown. A view stores no `search` and no
equality on a personal custom field, so it never holds personal data. Each edit bumps `version`, which the
view's cursors are bound to."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from tortoise.expressions import F, Q

from app.accounts.models import Role
from app.customfields.models import CustomField
from app.customfields.services import custom_match
from app.errors import AccessDenied, DomainError, ErrorCode
from app.leads.columns import organization_columns
from app.savedviews.models import SavedView

MAX_NAME = 200
MAX_VIEWS = 500  # per organisation: a list anyone reads whole
ORDER_FIELDS = ("CREATED_AT", "UPDATED_AT", "STATUS", "SCORE")
DIRECTIONS = ("ASC", "DESC")


def _forbidden(message: str) -> AccessDenied:
    return AccessDenied("FORBIDDEN", message)


def visible(organization_id: uuid.UUID, user_id: uuid.UUID | None) -> Any:
    """The views the caller sees: the organisation's shared views and their own private ones."""
    return SavedView.for_org(organization_id).filter(Q(shared=True) | Q(created_by_id=user_id))


async def saved_views(organization_id: uuid.UUID, user_id: uuid.UUID | None) -> list[SavedView]:
    return await visible(organization_id, user_id).order_by("name", "id")


async def get_view(
    organization_id: uuid.UUID, user_id: uuid.UUID | None, view_id: uuid.UUID | None, field: str = "id"
) -> SavedView:
    """A view the caller may see; another organisation's or another member's private view is unknown."""
    row = await visible(organization_id, user_id).get_or_none(id=view_id) if view_id else None
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such saved view.", field)
    return row


async def view_for_list(organization_id: uuid.UUID, user_id: uuid.UUID | None, view_id: uuid.UUID | None) -> SavedView:
    """`leads(viewId:)`: an unknown, foreign or another member's private view is INVALID_INPUT."""
    try:
        return await get_view(organization_id, user_id, view_id, "viewId")
    except DomainError:
        raise DomainError(ErrorCode.INVALID_INPUT, "No such saved view.", "viewId") from None


def _clean_name(name: str | None) -> str:
    text = (name or "").strip()
    if not text or len(text) > MAX_NAME:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A name has 1 to {MAX_NAME} characters.", "name")
    return text


async def _clean_filter(organization_id: uuid.UUID, flt: dict[str, Any] | None) -> dict[str, Any] | None:
    """The filter as given (camelCase names, JSON values), without `search` or personal equality."""
    if not flt:
        return None
    if flt.get("search") is not None:
        raise DomainError(ErrorCode.INVALID_INPUT, "A saved view cannot store a search.", "filter.search")
    custom = flt.get("customField")
    if custom is not None:
        field = await CustomField.for_org(organization_id).get_or_none(key=custom.get("key"))
        if field is not None and field.personal_data:
            raise DomainError(
                ErrorCode.INVALID_INPUT,
                "A saved view cannot store equality on a personal custom field.",
                "filter.customField",
            )
        try:
            await custom_match(organization_id, custom.get("key"), custom.get("equals"))
        except DomainError as error:
            raise DomainError(ErrorCode.INVALID_INPUT, error.message, "filter.customField") from None
    return flt


def _clean_order(order_by: dict[str, Any] | None) -> dict[str, Any] | None:
    if order_by is None:
        return None
    if order_by.get("field") not in ORDER_FIELDS or order_by.get("direction") not in DIRECTIONS:
        raise DomainError(ErrorCode.INVALID_INPUT, "Unknown order.", "orderBy")
    return {"field": order_by["field"], "direction": order_by["direction"]}


def _may_share(role: Role | None) -> None:
    if role is None or role < Role.MEMBER:
        raise _forbidden("Shared views need the MEMBER role or higher.")


def _may_edit(view: SavedView, user_id: uuid.UUID | None, role: Role | None) -> None:
    if view.created_by_id == user_id and user_id is not None:
        return
    if view.shared and role is not None and role >= Role.ADMIN:
        return
    raise _forbidden("Only its creator or an ADMIN may change a shared view.")


async def create_view(
    organization_id: uuid.UUID,
    user_id: uuid.UUID | None,
    role: Role | None,
    *,
    name: str,
    filter: dict[str, Any] | None = None,
    order_by: dict[str, Any] | None = None,
    columns: Sequence[str] | None = None,
    shared: bool = False,
) -> SavedView:
    if shared:
        _may_share(role)
    name = _clean_name(name)
    cleaned = await _clean_filter(organization_id, filter)
    order = _clean_order(order_by)
    cols = await organization_columns(organization_id, columns)
    if await SavedView.for_org(organization_id).count() >= MAX_VIEWS:
        raise DomainError(ErrorCode.INVALID_INPUT, f"An organisation has at most {MAX_VIEWS} views.", "name")
    return await SavedView.create(
        organization_id=organization_id,
        created_by_id=user_id,
        name=name,
        filter_json=cleaned,
        order_by=order,
        columns=cols,
        shared=shared,
    )


_KEEP: Any = object()


async def update_view(
    organization_id: uuid.UUID,
    user_id: uuid.UUID | None,
    role: Role | None,
    view_id: uuid.UUID,
    *,
    name: str | None = None,
    filter: Any = _KEEP,
    order_by: Any = _KEEP,
    columns: Any = _KEEP,
    shared: bool | None = None,
) -> SavedView:
    """Change what is given (`_KEEP` leaves a field; None clears filter, order or columns)."""
    view = await get_view(organization_id, user_id, view_id)
    _may_edit(view, user_id, role)
    if shared:
        _may_share(role)
    if name is not None:
        view.name = _clean_name(name)
    if filter is not _KEEP:
        view.filter_json = await _clean_filter(organization_id, filter)
    if order_by is not _KEEP:
        view.order_by = _clean_order(order_by)
    if columns is not _KEEP:
        view.columns = await organization_columns(organization_id, columns)
    if shared is not None:
        view.shared = shared
    view.version = F("version") + 1  # type: ignore[assignment]
    await view.save()
    await view.refresh_from_db(fields=["version"])
    return view


async def delete_view(
    organization_id: uuid.UUID, user_id: uuid.UUID | None, role: Role | None, view_id: uuid.UUID
) -> SavedView:
    view = await get_view(organization_id, user_id, view_id)
    _may_edit(view, user_id, role)
    await view.delete()
    return view


async def forget_custom_field(organization_id: uuid.UUID, key: str, *, columns: bool) -> None:
    """Drop equality on `key` from saved views (the field went, or became personal: a view may not store
    equality on a personal field), and its column when the field went. An edited view's cursors change."""
    for view in await SavedView.for_org(organization_id):
        changed: list[str] = []
        custom = (view.filter_json or {}).get("customField")
        if isinstance(custom, dict) and custom.get("key") == key:
            rest = {k: v for k, v in view.filter_json.items() if k != "customField"}
            view.filter_json = rest or None
            changed.append("filter_json")
        if columns and view.columns and f"custom.{key}" in view.columns:
            view.columns = [c for c in view.columns if c != f"custom.{key}"]
            changed.append("columns")
        if changed:
            view.version = F("version") + 1  # type: ignore[assignment]
            await view.save(update_fields=[*changed, "version", "updated_at"])
