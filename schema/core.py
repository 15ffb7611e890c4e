"""Root fields every client needs: `node`, `nodes`."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from schema.context import ctx
from schema.limits import MAX_PAGE
from schema.permissions import allow
from schema.relay import Node, invalid_input, resolve_nodes


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(tokens=True), description="Any object of your organisation by id.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return (await resolve_nodes(ctx(info), [id]))[0]

    @strawberry.field(
        extensions=allow(tokens=True),
        description="Objects by id, in order; null where an id is unknown or not yours (at most 100).",
    )
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        if len(ids) > MAX_PAGE:
            raise invalid_input(f"`ids` takes at most {MAX_PAGE} ids.")
        return await resolve_nodes(ctx(info), ids)
