"""GraphQL documents and steps the billing tests share."""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

import httpx

from app.sandbox.stripe import StripeEmulator, testing
from app.sandbox.stripe.events import sign
from tests.billing.conftest import WEBHOOK_SECRET
from tests.support import GraphQLClient, drain_jobs

ERRORS = "errors { field code message }"
START_CHECKOUT = f"""
mutation($input: StartCheckoutInput!) {{ startCheckout(input: $input) {{ url {ERRORS} }} }}"""
CHANGE_SEATS = f"""
mutation($input: ChangeSeatsInput!) {{ changeSeats(input: $input) {{
  billingSubscription {{ seats }} subscription {{ seats }} {ERRORS} }} }}"""
SUBSCRIPTION = """
{ organization { subscription { status seats seatsUsed readOnly cancelAtPeriodEnd currentPeriodEnd
  plan { id interval seatPrice { amount currency } } paymentMethod { brand last4 expMonth expYear } }
  usage { leadsThisPeriod includedLeads } } }"""
INVOICES = """
{ invoices(first: 20) { totalCount edges { node { id number status total { amount currency }
  amountPaid { amount currency } issuedAt periodStart periodEnd hostedUrl pdfUrl } } } }"""
CHECKOUT_INPUT = {
    "planId": "team-monthly",
    "successUrl": "http://testserver/billing/done?session_id={CHECKOUT_SESSION_ID}",
    "cancelUrl": "http://testserver/billing",
}


async def start_checkout(gql: GraphQLClient, **changes: Any) -> str:
    payload = (await gql.data(START_CHECKOUT, {"input": {**CHECKOUT_INPUT, **changes}}))["startCheckout"]
    assert payload["errors"] == [], payload
    return str(payload["url"])


async def subscribe(
    gql: GraphQLClient, emulator: StripeEmulator, card: str = "4242424242424242", **changes: Any
) -> None:
    """Checkout started in the product, paid on Stripe's page, webhooks processed."""
    url = await start_checkout(gql, **changes)
    session_id = re.search(r"/c/pay/(cs_test_\w+)", url)
    assert session_id, url
    await testing.complete_checkout(emulator, session_id.group(1), card=card)
    await drain_jobs()


CARD_FORM = {"card_number": "4242424242424242", "card_expiry": "12/34", "card_cvc": "123", "email": "buyer@example.com"}


async def pay_page(transport: httpx.AsyncBaseTransport | None, url: str) -> int:
    """A buyer pays on Stripe's hosted Checkout page at `url` with 4242…: the page's status (303 paid, 410 closed)."""
    async with httpx.AsyncClient(transport=transport) as browser:
        return (await browser.post(url, data=CARD_FORM)).status_code


async def subscription(gql: GraphQLClient) -> dict[str, Any]:
    return (await gql.data(SUBSCRIPTION))["organization"]["subscription"]


async def post_event(client: httpx.AsyncClient, event: dict[str, Any], body: bytes | None = None) -> None:
    """Deliver `event` to `POST /webhooks/stripe` as Stripe would (its bytes `body`, if given), signed now."""
    raw = json.dumps(event).encode() if body is None else body
    now = int(time.time())
    signed = {"stripe-signature": f"t={now},v1={sign(WEBHOOK_SECRET, now, raw)}"}
    response = await client.post("/webhooks/stripe", content=raw, headers=signed)
    assert response.status_code == 200, response.text


def new_event(type: str, obj: dict[str, Any]) -> dict[str, Any]:
    """An event Stripe has not sent before (a fresh `evt_` id) with `obj` as its snapshot."""
    return {"id": f"evt_{uuid.uuid4().hex[:24]}", "object": "event", "type": type, "data": {"object": obj}}


class StrictStripe(httpx.AsyncBaseTransport):
    """The emulator as a stricter stub shows it: every request recorded (`calls`: method, path, query or form
    pairs, Idempotency-Key); `absent` routes (method, path regex) answer 404 as Stripe answers an unknown URL; with
    `ignore_expand`, `expand[]` is not honoured (ids come back, not objects)."""

    def __init__(
        self, emulator: StripeEmulator, absent: tuple[tuple[str, str], ...] = (), ignore_expand: bool = False
    ) -> None:
        self.inner = httpx.ASGITransport(app=emulator.app)
        self.absent = absent
        self.ignore_expand = ignore_expand
        self.calls: list[tuple[str, str, list[tuple[str, str]], str | None]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = await request.aread()
        pairs = parse_qsl(request.url.query.decode() if request.method == "GET" else content.decode())
        self.calls.append((request.method, request.url.path, pairs, request.headers.get("idempotency-key")))
        for method, path in self.absent:
            if request.method == method and re.search(path, request.url.path):
                message = f"Unrecognized request URL ({method}: {request.url.path})."
                return httpx.Response(404, json={"error": {"type": "invalid_request_error", "message": message}})
        if self.ignore_expand and request.method == "GET":
            url = request.url
            for key in ("expand[]", "expand[0]"):
                url = url.copy_remove_param(key)
            request = httpx.Request(request.method, url, headers=request.headers)
        return await self.inner.handle_async_request(request)
