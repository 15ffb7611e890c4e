"""Objects of the caller's organisation by key, loaded through the Node registry and batched per request: a field
holding another domain's object and a root field fetching one object by id read it as `node(id:)` does."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from schema.context import Context
from schema.relay import node_types, pk_of


def registry_loader(context: Context, type_name: str) -> DataLoader[uuid.UUID, Any]:
    """A per-request batch loader of a Node type through the registry (one query per type per page)."""
    load = node_types()[type_name].loader
    return context.batch_loader(f"loader:{type_name}", lambda pks: load(context, pks))


async def related(info: Info, type_name: str, pk: uuid.UUID | None) -> Any:
    """Load an object of the caller's organisation (an ads object, a deal's lead), batched per request."""
    return await registry_loader(info.context, type_name).load(pk) if pk is not None else None


async def by_id(info: Info, type_name: str, id: str) -> Any:
    """What a root field such as `job(id:)` answers: the organisation's `type_name` behind `id`, as its registered
    loader scopes it, or None when the id is unknown, foreign or names another type."""
    return await related(info, type_name, pk_of(id, type_name))
