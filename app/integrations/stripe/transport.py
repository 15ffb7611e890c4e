"""Where Stripe calls go: the network, the in-process sandbox emulator, or a test transport.

In sandbox mode `STRIPE_API_URL` is `{QUANTIX_BASE_URL}/sandbox/stripe` and the calls are answered in-process
by the mounted emulator (no socket). Tests install theirs with `set_stripe_transport(ASGITransport(...))`.
"""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from app.settings import Settings

_override: httpx.AsyncBaseTransport | None = None


def set_stripe_transport(transport: httpx.AsyncBaseTransport | None) -> None:
    """Route every Stripe call through `transport` (None restores the default)."""
    global _override
    _override = transport


def stripe_transport(settings: Settings) -> httpx.AsyncBaseTransport | None:
    """The transport for Stripe calls under these settings (None = plain network)."""
    if _override is not None:
        return _override
    if settings.stripe_sandbox and not settings.is_production:
        from app.integrations.stripe.sandbox import SANDBOX_PREFIX, sandbox_emulator

        return httpx.ASGITransport(app=Starlette(routes=[Mount(SANDBOX_PREFIX, app=sandbox_emulator(settings).app)]))
    return None
