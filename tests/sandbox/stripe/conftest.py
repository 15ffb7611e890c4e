"""The Stripe emulator over HTTP (httpx ASGITransport), with a receiver standing in for the product's
`/webhooks/stripe`. These tests need no database: the suite's per-test table cleaning is switched off here."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from app.sandbox.stripe import StripeConfig, StripeEmulator, testing

SECRET_KEY = "sk_test_emulator_suite_0001"
WEBHOOK_SECRET = "whsec_test_emulator_suite"
NOW = 1_780_000_000  # 2026-05-28, frozen: time moves only through testing.advance
TOLERANCE = 300


@pytest.fixture(autouse=True)
async def clean_state() -> AsyncIterator[None]:
    """Overrides the suite's database cleaning: the emulator keeps its state in memory."""
    yield


def verify(header: str, body: bytes, secret: str, now: int) -> bool:
    """What STRIPE.md §9.1 tells a receiver to do: HMAC-SHA256 of `t.raw_body`, any v1, 300 s tolerance."""
    items = [part.split("=", 1) for part in header.split(",") if "=" in part]
    timestamps = [int(v) for k, v in items if k == "t"]
    signatures = [v for k, v in items if k == "v1"]
    if len(timestamps) != 1 or not signatures:
        return False
    expected = hmac.new(secret.encode(), f"{timestamps[0]}.".encode() + body, hashlib.sha256).hexdigest()
    if timestamps[0] < now - TOLERANCE:
        return False
    return any(hmac.compare_digest(expected, s) for s in signatures)


@dataclass
class Receiver:
    """Records every delivery; answers 200 unless `statuses` says otherwise (consumed in order)."""

    deliveries: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)

    async def endpoint(self, request: Request) -> Response:
        self.deliveries.append((dict(request.headers), await request.body()))
        return Response(status_code=self.statuses.pop(0) if self.statuses else 200)

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.deliveries]

    def types(self) -> list[str]:
        return [event["type"] for event in self.events()]

    def verified(self, secret: str = WEBHOOK_SECRET, now: int = NOW) -> list[bool]:
        return [verify(h["stripe-signature"], body, secret, now) for h, body in self.deliveries]


class Clock:
    def __call__(self) -> float:
        return float(NOW)


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def emulator(receiver: Receiver) -> StripeEmulator:
    product = Starlette(routes=[Route("/webhooks/stripe", receiver.endpoint, methods=["POST"])])
    config = StripeConfig(
        api_keys=(SECRET_KEY,),
        public_url="http://testserver/sandbox/stripe",
        webhook_url="http://product.test/webhooks/stripe",
        webhook_secret=WEBHOOK_SECRET,
        webhook_transport=httpx.ASGITransport(app=product),
        clock=Clock(),
    )
    return StripeEmulator(config)


def mounted(emulator: StripeEmulator) -> httpx.ASGITransport:
    """The emulator mounted at `/sandbox/stripe`, as the product serves it."""
    return httpx.ASGITransport(app=Starlette(routes=[Mount("/sandbox/stripe", app=emulator.app)]))


@pytest.fixture
async def stripe(emulator: StripeEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """A client as the product's billing client would be: Bearer key, pinned version, form bodies."""
    headers = {"Authorization": f"Bearer {SECRET_KEY}", "Stripe-Version": "2026-06-24.dahlia"}
    transport = mounted(emulator)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver/sandbox/stripe", headers=headers
    ) as c:
        yield c


@pytest.fixture
async def page(emulator: StripeEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """A browser: no API key, follows nothing by itself."""
    transport = mounted(emulator)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver/sandbox/stripe") as c:
        yield c


async def checkout_session(stripe: httpx.AsyncClient, **extra: str) -> dict[str, Any]:
    data = {
        "mode": "subscription",
        "line_items[0][price]": "price_seat_monthly",
        "line_items[0][quantity]": "5",
        "success_url": "https://app.example/billing/done?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": "https://app.example/billing",
        "client_reference_id": "org_42",
        "subscription_data[metadata][org_id]": "org_42",
        **extra,
    }
    response = await stripe.post("/v1/checkout/sessions", data=data)
    assert response.status_code == 200, response.text
    return response.json()


async def subscribe(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, card: str = "4242424242424242", **extra: str
) -> dict[str, Any]:
    """A paid Checkout: returns the subscription as the API shows it."""
    session = await checkout_session(stripe, **extra)
    done = await testing.complete_checkout(emulator, session["id"], card=card)
    response = await stripe.get(f"/v1/subscriptions/{done['subscription']}")
    return response.json()
