"""Saved views: any role keeps private views, MEMBER shares them (tokens: leads:read / leads:write)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from app.accounts.models import Role
from app.savedviews import services
from app.savedviews.models import SavedView
from schema.accounts.types import UserType
from schema.context import Context, ctx
from schema.deals.types import user_nodes
from schema.errors import entity_payloads, payload_mutation
from schema.leads.queries import LeadFilterInput, LeadOrderInput, filter_to_json, order_to_json
from schema.permissions import allow
from schema.relay import Node, from_row, id_input, pk_or_not_found, register_node

READ = allow(scope="leads:read")
WRITE = allow(scope="leads:write")  # any role keeps private views; sharing needs MEMBER (checked by the service)


@strawberry.type(name="SavedView", description="A named filter, order and column set of the lead list.")
class SavedViewType(Node):
    name: str
    filter: JSON | None = strawberry.field(description="The stored LeadFilter (camelCase fields), ANDed on use.")
    order_by: JSON | None = strawberry.field(description="The stored LeadOrder {field, direction}.")
    columns: list[str] | None = strawberry.field(description="Lead list columns; null = all.")
    shared: bool = strawberry.field(description="Visible to the organisation; else to its creator only.")
    created_by: UserType | None
    created_at: dt.datetime
    updated_at: dt.datetime


async def view_nodes(rows: list[SavedView]) -> list[SavedViewType]:
    users = await user_nodes(r.created_by_id for r in rows)
    return [from_row(SavedViewType, r, filter=r.filter_json, created_by=users.get(r.created_by_id)) for r in rows]


async def load_views(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    viewer = context.require_viewer()
    rows = list(await services.visible(context.organization_id, viewer.user_id).filter(id__in=pks))
    return {row.id: node for row, node in zip(rows, await view_nodes(rows), strict=True)}


register_node("SavedView", load_views, scope="leads:read")


def _caller(info: Info) -> tuple[uuid.UUID, uuid.UUID | None, Role | None]:
    """The organisation, user and role that the service checks a view against."""
    context = ctx(info)
    viewer = context.require_viewer()
    return context.organization_id, viewer.user_id, viewer.role


async def _view_node(row: SavedView) -> SavedViewType:
    return (await view_nodes([row]))[0]


def _view_pk(value: strawberry.ID) -> uuid.UUID:
    return pk_or_not_found(value, "SavedView", what="saved view")


@strawberry.input
class CreateSavedViewInput:
    name: str
    filter: LeadFilterInput | None = strawberry.field(
        default=None, description="No `search`, no equality on a personal custom field."
    )
    order_by: LeadOrderInput | None = None
    columns: list[str] | None = strawberry.field(default=None, description="Lead list columns; null = all.")
    shared: bool = strawberry.field(default=False, description="Shared views need MEMBER.")


@strawberry.input(description="Fields left out stay as they are; editing a view invalidates its cursors.")
class UpdateSavedViewInput:
    id: strawberry.ID
    name: str | None = None
    filter: LeadFilterInput | None = strawberry.UNSET
    order_by: LeadOrderInput | None = strawberry.UNSET
    columns: list[str] | None = strawberry.UNSET
    shared: bool | None = None


DeleteSavedViewInput = id_input("DeleteSavedViewInput")
CreateSavedViewPayload, UpdateSavedViewPayload, DeleteSavedViewPayload = entity_payloads(
    "SavedView", SavedViewType, "saved view"
)


@strawberry.type
class Query:
    @strawberry.field(extensions=READ, description="The organisation's shared views and your private ones.")
    async def saved_views(self, info: Info) -> list[SavedViewType]:
        context = ctx(info)
        rows = await services.saved_views(context.organization_id, context.require_viewer().user_id)
        return await view_nodes(rows)


@strawberry.type
class Mutation:
    @payload_mutation(WRITE, "Save a view of the lead list (sharing it needs MEMBER).")
    async def create_saved_view(self, info: Info, input: CreateSavedViewInput) -> CreateSavedViewPayload:
        row = await services.create_view(
            *_caller(info),
            name=input.name,
            filter=filter_to_json(input.filter) or None,
            order_by=order_to_json(input.order_by),
            columns=input.columns,
            shared=input.shared,
        )
        return CreateSavedViewPayload(saved_view=await _view_node(row))

    @payload_mutation(WRITE, "Change a view (shared: its creator or an ADMIN).")
    async def update_saved_view(self, info: Info, input: UpdateSavedViewInput) -> UpdateSavedViewPayload:
        changes: dict[str, Any] = {}
        if input.filter is not strawberry.UNSET:
            changes["filter"] = filter_to_json(input.filter) or None
        if input.order_by is not strawberry.UNSET:
            changes["order_by"] = order_to_json(input.order_by)
        if input.columns is not strawberry.UNSET:
            changes["columns"] = input.columns
        row = await services.update_view(
            *_caller(info), _view_pk(input.id), name=input.name, shared=input.shared, **changes
        )
        return UpdateSavedViewPayload(saved_view=await _view_node(row))

    @payload_mutation(WRITE, "Remove a view (shared: its creator or an ADMIN).")
    async def delete_saved_view(self, info: Info, input: DeleteSavedViewInput) -> DeleteSavedViewPayload:
        row = await services.delete_view(*_caller(info), _view_pk(input.id))
        return DeleteSavedViewPayload(saved_view=await _view_node(row), deleted_id=input.id)
