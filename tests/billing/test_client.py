"""The Stripe client: 429 and 5xx retried with the same Idempotency-Key; 402 and 400 are typed errors."""

from __future__ import annotations

import uuid

import pytest

from app.integrations.stripe.client import CardError, StripeClient, StripeError, encode
from app.sandbox.stripe import StripeEmulator, testing
from app.settings import get_settings


def test_form_encoding_uses_brackets_and_indexes() -> None:
    pairs = encode({"items": [{"id": "si_1", "quantity": 7}], "address": {"city": "Berlin", "line2": None}, "x": True})
    assert pairs == [("items[0][id]", "si_1"), ("items[0][quantity]", "7"), ("address[city]", "Berlin"), ("x", "true")]


async def test_rate_limits_are_retried_with_the_same_key(stripe: StripeEmulator) -> None:
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "rate_limit")
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "lock_timeout")
    async with StripeClient(get_settings()) as client:
        customer = await client.create_customer({"name": "Acme"}, idempotency_key="quantix-customer-test")
        again = await client.create_customer({"name": "Acme"}, idempotency_key="quantix-customer-test")
    assert again["id"] == customer["id"]  # the replayed first result: one customer
    assert len(stripe.state.all("customer")) == 1


async def test_card_errors_and_bad_requests_are_typed_and_not_retried(stripe: StripeEmulator) -> None:
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "card_error")
    async with StripeClient(get_settings()) as client:
        with pytest.raises(CardError) as declined:
            await client.create_customer({"name": "Acme"}, idempotency_key=str(uuid.uuid4()))
        assert declined.value.status == 402 and declined.value.code == "card_declined"
        with pytest.raises(StripeError) as missing:
            await client.subscription("sub_missing")
        assert missing.value.status == 404
    # A 500 is retried with the same key; Stripe replays the saved 500 for it, so it surfaces in the end.
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "api_error")
    async with StripeClient(get_settings()) as client:
        with pytest.raises(StripeError) as failed:
            await client.create_customer({"name": "Acme"}, idempotency_key=str(uuid.uuid4()))
    assert failed.value.status == 500 and len(stripe.state.all("customer")) == 0
