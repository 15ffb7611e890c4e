"""Where the Graph client's requests go: the network, the in-process sandbox emulator, or a test transport.

`meta_transport(settings)` returns None for the real network. In sandbox mode, URLs under
`{QUANTIX_BASE_URL}/sandbox/meta` are answered in-process by the sandbox emulator (no socket, works before
the server listens); anything else still goes to the network. Tests install their emulator with
`set_meta_transport(httpx.ASGITransport(app=emulator.app))`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from app.settings import Settings

_override: httpx.AsyncBaseTransport | None = None


def set_meta_transport(transport: httpx.AsyncBaseTransport | None) -> None:
    """Route every Graph/OAuth call through `transport` (None restores the default)."""
    global _override
    _override = transport


def get_meta_transport_override() -> httpx.AsyncBaseTransport | None:
    return _override


class SandboxTransport(httpx.AsyncBaseTransport):
    """Requests under the sandbox root go to the mounted emulator app in-process; others to the network."""

    def __init__(self, settings: Settings) -> None:
        from app.integrations.meta.sandbox import SANDBOX_PREFIX, sandbox_emulator, sandbox_root

        root = urlsplit(sandbox_root(settings))
        self._scheme, self._netloc, self._prefix = root.scheme, root.netloc, root.path.rstrip("/")
        mounted = Starlette(routes=[Mount(SANDBOX_PREFIX, app=sandbox_emulator(settings).app)])
        self._local = httpx.ASGITransport(app=mounted)
        self._network: httpx.AsyncBaseTransport | None = None

    def _is_local(self, url: httpx.URL) -> bool:
        netloc = url.netloc.decode("ascii")
        path = url.path
        return (
            url.scheme == self._scheme
            and netloc == self._netloc
            and (path == self._prefix or path.startswith(self._prefix + "/"))
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._is_local(request.url):
            return await self._local.handle_async_request(request)
        if self._network is None:
            self._network = httpx.AsyncHTTPTransport()
        return await self._network.handle_async_request(request)

    async def aclose(self) -> None:
        if self._network is not None:
            await self._network.aclose()


def meta_transport(settings: Settings) -> httpx.AsyncBaseTransport | None:
    """The transport for Meta calls under these settings (None = plain network)."""
    if _override is not None:
        return _override
    if settings.meta_sandbox and not settings.is_production:
        from app.integrations.meta.sandbox import sandbox_root

        root = sandbox_root(settings)
        if settings.meta_graph_url.startswith(root) or settings.meta_dialog_url.startswith(root):
            return SandboxTransport(settings)
    return None
