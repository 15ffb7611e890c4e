"""A minimal graphql-transport-ws client (what a browser's graphql-ws does), over the `websockets` package."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

PROTOCOL = "graphql-transport-ws"


class WSClient:
    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection

    @classmethod
    async def open(cls, url: str) -> WSClient:
        return cls(await connect(url, subprotocols=[PROTOCOL], open_timeout=5))  # type: ignore[list-item]

    async def send(self, message: dict[str, Any]) -> None:
        await self.connection.send(json.dumps(message))

    async def receive(self, timeout: float = 5.0) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.connection.recv(), timeout=timeout)
        assert isinstance(raw, str), "graphql-transport-ws messages are text frames (a browser gets a Blob otherwise)"
        return json.loads(raw)

    async def init(self, payload: dict[str, Any] | None) -> dict[str, Any]:
        await self.send({"type": "connection_init", **({"payload": payload} if payload is not None else {})})
        return await self.receive()

    async def subscribe(self, op_id: str, query: str, variables: dict[str, Any] | None = None) -> None:
        await self.send({"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables or {}}})

    async def close_code(self, timeout: float = 5.0) -> int | None:
        """Wait until the server closes the socket; return its close code."""
        try:
            while True:
                await asyncio.wait_for(self.connection.recv(), timeout=timeout)
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None

    async def nothing_for(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self.connection.recv(), timeout=seconds)
        except TimeoutError:
            return True
        return False

    async def close(self) -> None:
        await self.connection.close()


async def signed_in(url: str, token: str) -> WSClient:
    client = await WSClient.open(url)
    ack = await client.init({"authorization": f"Bearer {token}"})
    assert ack["type"] == "connection_ack", ack
    return client
