"""Billing on, against a Stripe emulator reached through httpx's ASGITransport; its webhooks go to the
product's own `/webhooks/stripe`, signed as Stripe signs them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from app.integrations.stripe import client as stripe_client
from app.integrations.stripe.transport import set_stripe_transport
from app.sandbox.stripe import StripeConfig, StripeEmulator
from app.settings import get_settings
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the Meta emulator fixture

SECRET_KEY = "sk_test_billing_suite_0001"
WEBHOOK_SECRET = "whsec_test_billing_suite"


@pytest.fixture
async def stripe(app: Any) -> AsyncIterator[StripeEmulator]:
    """QUANTIX_BILLING=stripe for one test, with its own emulator (no retry waits)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUANTIX_BILLING", "stripe")
        patch.setenv("STRIPE_API_URL", "http://stripe.test")
        patch.setenv("STRIPE_SECRET_KEY", SECRET_KEY)
        patch.setenv("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET)
        patch.setattr(stripe_client, "BACKOFF_SECONDS", 0.0)
        get_settings.cache_clear()
        emulator = StripeEmulator(
            StripeConfig(
                api_keys=(SECRET_KEY,),
                public_url="http://stripe.test",
                webhook_url="http://testserver/webhooks/stripe",
                webhook_secret=WEBHOOK_SECRET,
                webhook_transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 50001)),
            )
        )
        set_stripe_transport(httpx.ASGITransport(app=emulator.app))
        try:
            yield emulator
        finally:
            set_stripe_transport(None)
            get_settings.cache_clear()
    get_settings.cache_clear()
