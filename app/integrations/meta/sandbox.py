"""The Meta sandbox: one process-wide, seeded emulator mounted at `/sandbox/meta` (never in production).

Settings point every unset Meta URL at `{QUANTIX_BASE_URL}/sandbox/meta`; the Graph client reaches the
same emulator in-process through `app.integrations.meta.transport`, so no socket is needed.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Mount

from app.sandbox.meta import MetaEmulator
from app.settings import Settings

SANDBOX_PREFIX = "/sandbox/meta"
_emulators: dict[tuple[str, str], MetaEmulator] = {}


def sandbox_emulator(settings: Settings) -> MetaEmulator:
    """The process's sandbox emulator for this app id/secret, seeded with META.md §8.3 fixtures."""
    key = (settings.meta_app_id, settings.meta_app_secret)
    if key not in _emulators:
        emulator = MetaEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret, seed=True)
        emulator.webhook_sink = _deliver  # template reviews reach this app's webhook inbox
        _emulators[key] = emulator
    return _emulators[key]


async def _deliver(body: bytes) -> None:
    from app.integrations.meta.webhooks import receive

    await receive(body)


def sandbox_root(settings: Settings) -> str:
    return f"{settings.base_url.rstrip('/')}{SANDBOX_PREFIX}"


def routes(settings: Settings) -> list[BaseRoute]:
    """Mounted only when the sandbox is on; elsewhere `/sandbox/meta/...` is an ordinary 404."""
    if not settings.meta_sandbox or settings.is_production:
        return []
    return [Mount(SANDBOX_PREFIX, app=sandbox_emulator(settings).app)]
