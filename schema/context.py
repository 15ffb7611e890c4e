"""Per-request Context: the viewer, their organisation, their powers, and request facts."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from app.accounts.auth import AuthFailure, Viewer, authenticate
from app.request_context import RequestInfo, bind_actor, current_request

K = TypeVar("K")
V = TypeVar("V")


def unauthenticated(message: str = "Sign in first: a valid bearer token is required.") -> GraphQLError:
    return GraphQLError(message, extensions={"code": "UNAUTHENTICATED"})


def forbidden(message: str = "You are not allowed to do this.", **extensions: Any) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "FORBIDDEN", **extensions})


@dataclass
class Context:
    request: Request | WebSocket | None
    response: Response | WebSocket | None
    info: RequestInfo
    viewer: Viewer | None = None
    auth_error: str | None = None
    bearer: str | None = None
    cache: dict[str, Any] = field(default_factory=dict)
    connection_params: dict[str, Any] | None = None  # graphql-transport-ws `connection_init` payload

    @property
    def organization_id(self) -> uuid.UUID:
        """The caller's organisation; every tenant query is scoped by it."""
        viewer = self.require_viewer()
        if viewer.organization_id is None:
            raise forbidden("This session has no organisation; switch to one first.")
        return viewer.organization_id

    def batch_loader(
        self, key: str, load: Callable[[list[K]], Awaitable[Mapping[K, V]]], missing: V | None = None
    ) -> DataLoader[K, V | None]:
        """A per-request loader: the keys the fields of one page ask for are read with one call of `load`
        (keys it does not return get `missing`), so a list of N items costs one query, not N."""
        loader = self.cache.get(key)
        if loader is None:

            async def batch(keys: list[K]) -> list[V | None]:
                found = await load(list(keys))
                return [found.get(k, missing) for k in keys]

            loader = self.cache[key] = DataLoader(load_fn=batch)
        return loader  # type: ignore[no-any-return]

    def require_viewer(self) -> Viewer:
        if self.viewer is None:
            raise unauthenticated()
        return self.viewer

    async def authenticate(self, token: str | None) -> None:
        self.bearer = token
        self.viewer = None
        self.auth_error = None
        if not token:
            return
        try:
            self.viewer = await authenticate(token)
        except AuthFailure as exc:
            self.auth_error = str(exc)
            return
        bind_actor(self.viewer.user_id, self.viewer.token_id, self.viewer.session_id)
        self.info = current_request()


def bearer_from_header(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def build_context(request: Request | WebSocket, response: Response | WebSocket | None) -> Context:
    context = Context(request=request, response=response, info=current_request())
    await context.authenticate(bearer_from_header(request.headers.get("authorization")))
    return context


def ctx(info: Info) -> Context:
    return info.context  # type: ignore[no-any-return]


def org_and_actor(info: Info) -> tuple[uuid.UUID, uuid.UUID]:
    """The caller's organisation and user, as services that record who changed what take them."""
    context = ctx(info)
    return context.organization_id, context.require_viewer().user_id
