"""QUANTIX_BILLING defaults (SPEC §7.3, §7.7) and the production refusals for Stripe."""

from __future__ import annotations

import pytest

from app.settings import SettingsError, load_settings
from tests.platform.test_settings import production_env

pytestmark = pytest.mark.sqlite


def test_defaults_per_environment() -> None:
    assert load_settings({"QUANTIX_ENV": "test"}).billing == "off"
    dev = load_settings({"QUANTIX_ENV": "development"})
    assert dev.billing == "stripe" and dev.stripe_sandbox
    assert dev.stripe_api_url == "http://localhost:8000/sandbox/stripe"
    assert load_settings(production_env()).billing == "off"
    pointed = load_settings({"QUANTIX_ENV": "development", "STRIPE_API_URL": "http://stripe.test/"})
    assert not pointed.stripe_sandbox and pointed.stripe_api_url == "http://stripe.test"


def test_production_with_stripe_needs_its_secrets_and_no_sandbox() -> None:
    with pytest.raises(SettingsError, match="STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET"):
        load_settings(production_env(QUANTIX_BILLING="stripe"))
    with pytest.raises(SettingsError, match="QUANTIX_STRIPE_SANDBOX"):
        load_settings(
            production_env(
                QUANTIX_BILLING="stripe",
                STRIPE_SECRET_KEY="sk_live_x",
                STRIPE_WEBHOOK_SECRET="whsec_x",
                QUANTIX_STRIPE_SANDBOX="true",
            )
        )
    ok = production_env(QUANTIX_BILLING="stripe", STRIPE_SECRET_KEY="sk_live_x", STRIPE_WEBHOOK_SECRET="whsec_x")
    assert load_settings(ok).billing_on
    with pytest.raises(SettingsError, match="QUANTIX_BILLING"):
        load_settings({"QUANTIX_ENV": "test", "QUANTIX_BILLING": "paypal"})
    with pytest.raises(SettingsError, match="QUANTIX_PLANS_FILE"):
        load_settings({"QUANTIX_ENV": "test", "QUANTIX_BILLING": "stripe", "QUANTIX_PLANS_FILE": "/nonexistent"})
