"""The Graph calls of the connect flow, webhooks and callbacks, through the shared GraphClient.

A keyword-argument façade (`graph.get("me", token=t, fields="id,name")`) over
`app.integrations.meta.graph.GraphClient`, which adds appsecret_proof, follows `paging.next`, retries
transient failures and maps Meta's error body to the error classes re-exported here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

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
from app.settings import Settings

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


class Graph:
    """One GraphClient for a unit of work; use as an async context manager."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.client = GraphClient(settings)

    async def __aenter__(self) -> Graph:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def get(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.client.get(path, params, token=token)

    async def post(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.client.post(path, params, token=token)

    async def delete(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.client.delete(path, params, token=token)

    async def paginate(self, path: str, *, token: str | None = None, **params: Any) -> AsyncIterator[dict[str, Any]]:
        async for item in self.client.paginate(path, params, token=token):
            yield item
