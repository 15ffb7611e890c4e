"""The outbound HTTP client for partner webhooks, guarded against server-side request forgery.

The host is resolved when the connection is made and every resolved address is checked there, so a
name that pointed somewhere public at subscription time cannot be rebound to an internal address later.
The connection then goes to the checked address (TLS still verifies the host name). No redirects, no
proxies from the environment, 10 s timeout.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore import AsyncNetworkStream
from httpcore._backends.auto import AutoBackend

TIMEOUT = httpx.Timeout(10.0)
ADDRESS_REFUSED = "the address is not allowed for webhooks"


class AddressNotAllowed(httpcore.ConnectError):
    """The URL resolves to a loopback, private, link-local, multicast, reserved or unspecified address."""


def forbidden_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_unspecified
        or ip.is_reserved
        or (isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"))  # CGNAT
    )


async def resolve(host: str, port: int) -> list[str]:
    try:
        ipaddress.ip_address(host)
        return [host]
    except ValueError:
        pass
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks every address, then connects to a checked one."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.inner = AutoBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> AsyncNetworkStream:
        try:
            addresses = await asyncio.wait_for(resolve(host, port), timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError("the host name could not be resolved") from exc
        if not addresses:
            raise httpcore.ConnectError("the host name could not be resolved")
        if not self.allow_private and any(forbidden_address(a) for a in addresses):
            raise AddressNotAllowed(ADDRESS_REFUSED)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> AsyncNetworkStream:
        raise AddressNotAllowed(ADDRESS_REFUSED)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def webhook_client(allow_private: bool) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(retries=0, trust_env=False)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=20,
        max_keepalive_connections=0,  # every attempt resolves and checks afresh
        http1=True,
        http2=False,
        retries=0,
        network_backend=GuardedBackend(allow_private),
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=TIMEOUT,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": "QuantixOne-Webhooks/1"},
    )
