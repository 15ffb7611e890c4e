"""The Graph calls of the connect flow, webhooks and callbacks, through the shared GraphClient.

A keyword-argument façade (`graph.get("me", token=t, fields="id,name")`) over
`app.integrations.meta.graph.GraphClient`, which adds appsecret_proof, follows `paging.next`, retries
transient failures and maps Meta's error body to the error classes re-exported here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx

from app.integrations.meta.graph import (
    GraphClient,
    MetaAuthError,
    MetaError,
    MetaExpired,
    MetaPermanent,
    MetaReauthRequired,
    MetaRetryable,
    MetaRevoked,
    connection_status_for,
)
from app.integrations.meta.transport import meta_transport
from app.settings import Settings, get_settings

__all__ = [
    "Graph",
    "MetaAuthError",
    "MetaError",
    "MetaExpired",
    "MetaPermanent",
    "MetaReauthRequired",
    "MetaRetryable",
    "MetaRevoked",
    "connection_status_for",
]


class _KeptOpen(httpx.AsyncBaseTransport):
    """A transport shared by every Graph of one event loop: a new httpx client per job would build a new TLS
    context each time (tens of milliseconds of CPU per lead); closing one client must not close the pool."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Stays open for the next Graph of this loop."""


_network: dict[int, _KeptOpen] = {}


def _transport(settings: Settings) -> httpx.AsyncBaseTransport:
    chosen = meta_transport(settings)
    if chosen is not None:
        return chosen
    loop_id = id(asyncio.get_running_loop())
    if loop_id not in _network:
        _network.clear()  # an earlier loop (CLI run, test session) is gone; its pool with it
        _network[loop_id] = _KeptOpen(httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=50)))
    return _network[loop_id]


class Graph:
    """One GraphClient for a unit of work; use as an async context manager."""

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or get_settings()
        self.client = GraphClient(settings, transport=_transport(settings))

    async def __aenter__(self) -> Graph:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def get(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.client.get(path, params, token=token)

    async def post(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        """Parameters in the query string, as Meta documents these calls
        (`POST /{page-id}/subscribed_apps?subscribed_fields=leadgen`)."""
        return await self.client.request("POST", path, params, token=token)

    async def delete(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.client.delete(path, params, token=token)

    async def paginate(self, path: str, *, token: str | None = None, **params: Any) -> AsyncIterator[dict[str, Any]]:
        async for item in self.client.paginate(path, params, token=token):
            yield item
