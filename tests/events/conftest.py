"""Real servers on loopback ports: the API under uvicorn (for WebSockets) and a partner's webhook receiver."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route


def _bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.asynccontextmanager
async def serve(app: Any) -> AsyncIterator[int]:
    """Run an ASGI app under uvicorn in this event loop (lifespan off: the test session owns the ORM/queue)."""
    sock = _bound_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning", ws="websockets-sansio"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(500):
            if server.started:
                break
            await asyncio.sleep(0.01)
        assert server.started, "uvicorn did not start"
        yield port
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=10)
        sock.close()


@pytest.fixture(scope="session")
async def live_api(app: Any) -> AsyncIterator[str]:
    """`ws://127.0.0.1:<port>/graphql` served by the session's app."""
    async with serve(app) as port:
        yield f"ws://127.0.0.1:{port}/graphql"


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """A partner's endpoint: records each POST and answers with the next queued status (default 200)."""

    base_url: str = ""
    requests: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    default_status: int = 200
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def url(self) -> str:
        return f"{self.base_url}/hooks/quantix"

    async def handle(self, request: Request) -> Response:
        self.requests.append(Received({k.lower(): v for k, v in request.headers.items()}, await request.body()))
        self.arrived.set()
        status = self.statuses.pop(0) if self.statuses else self.default_status
        if 300 <= status < 400:
            return Response(status_code=status, headers={"location": "http://127.0.0.1:1/elsewhere"})
        return PlainTextResponse("reply body that must never be stored " * 3, status_code=status)

    def reset(self) -> None:
        self.requests.clear()
        self.statuses.clear()
        self.default_status = 200
        self.arrived.clear()


async def deliver_due() -> None:
    """Run the webhook deliveries that are due. With Redis, make the attempts here rather than through a
    burst worker, so other test sessions sharing the Redis server cannot disturb them; in-process, drain."""
    from app.jobs import queue
    from app.webhooks.models import WebhookDelivery, WebhookDeliveryStatus
    from app.webhooks.services import attempt_delivery
    from tests.support import drain_jobs

    if isinstance(queue.backend(), queue.InProcessBackend):
        await drain_jobs()
        return
    for row in await WebhookDelivery.filter(status=WebhookDeliveryStatus.PENDING).order_by("scheduled_at"):
        await attempt_delivery(row.id)


@pytest.fixture(scope="session")
async def _receiver_server() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    app = Starlette(routes=[Route("/hooks/quantix", receiver.handle, methods=["POST"])])
    async with serve(app) as port:
        receiver.base_url = f"http://127.0.0.1:{port}"
        yield receiver


@pytest.fixture
def receiver(_receiver_server: Receiver) -> Receiver:
    _receiver_server.reset()
    return _receiver_server
