"""The Stripe sandbox: one process-wide emulator mounted at `/sandbox/stripe` in development (never in
production). Its webhooks go to this app's `/webhooks/stripe`, signed with the sandbox endpoint secret.

Its state is kept in `stripe-sandbox.json` beside the media directory (`./data/` by default), so the Stripe
customers and subscriptions the database names are still there after a restart."""

from __future__ import annotations

from pathlib import Path

from starlette.routing import BaseRoute, Mount

from app.sandbox.stripe import StripeConfig, StripeEmulator
from app.settings import Settings

SANDBOX_PREFIX = "/sandbox/stripe"
_emulators: dict[tuple[str, str, str], StripeEmulator] = {}


def sandbox_emulator(settings: Settings) -> StripeEmulator:
    key = (settings.base_url, settings.stripe_secret_key, settings.stripe_webhook_secret)
    if key not in _emulators:
        base = settings.base_url.rstrip("/")
        config = StripeConfig(
            api_keys=(settings.stripe_secret_key,),
            public_url=f"{base}{SANDBOX_PREFIX}",
            webhook_url=f"{base}/webhooks/stripe",
            webhook_secret=settings.stripe_webhook_secret,
        )
        _emulators[key] = StripeEmulator(config, state_file=state_file(settings))
    return _emulators[key]


def state_file(settings: Settings) -> Path:
    return Path(settings.media_dir).parent / "stripe-sandbox.json"


def routes(settings: Settings) -> list[BaseRoute]:
    """Mounted only with the sandbox on; elsewhere `/sandbox/stripe/...` is an ordinary 404."""
    if not settings.stripe_sandbox or settings.is_production:
        return []
    return [Mount(SANDBOX_PREFIX, app=sandbox_emulator(settings).app)]
