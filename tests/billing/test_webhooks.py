"""`POST /webhooks/stripe`: bad or stale signatures get 400 and store nothing; good ones are stored first."""

from __future__ import annotations

import json
import time

from app.billing.models import StripeEvent
from app.integrations.meta.models import WebhookEvent
from app.integrations.stripe.signatures import verify_stripe_signature
from app.sandbox.stripe import StripeEmulator
from app.sandbox.stripe.events import sign
from tests.billing.conftest import WEBHOOK_SECRET

BODY = json.dumps({"id": "evt_1Q2w3E", "object": "event", "type": "customer.updated", "data": {"object": {}}}).encode()


def header(secret: str = WEBHOOK_SECRET, age: int = 0, body: bytes = BODY) -> str:
    t = int(time.time()) - age
    return f"t={t},v1={sign(secret, t, body)}"


async def test_bad_stale_or_missing_signatures_get_400_and_store_nothing(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    for signature in (header("whsec_wrong"), header(age=301), "t=1,v0=abc", None, header(body=b"{}")):
        headers = {"stripe-signature": signature} if signature else {}
        response = await client.post("/webhooks/stripe", content=BODY, headers=headers)
        assert response.status_code == 400, signature
    assert await WebhookEvent.all().count() == 0 and await StripeEvent.all().count() == 0


async def test_a_signed_event_is_stored_before_the_200(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    rolled = f"{header()},v1={sign('whsec_old_secret', int(time.time()), BODY)}"
    response = await client.post("/webhooks/stripe", content=BODY, headers={"stripe-signature": rolled})
    assert response.status_code == 200
    assert await WebhookEvent.filter(object="event").count() == 1


async def test_bodies_over_one_mebibyte_are_refused(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    big = b'{"object": "event", "pad": "' + b"x" * (1024 * 1024) + b'"}'
    response = await client.post("/webhooks/stripe", content=big, headers={"stripe-signature": header(body=big)})
    assert response.status_code == 413
    assert await WebhookEvent.all().count() == 0


def test_signature_rule() -> None:
    now = 1_764_633_600
    good = f"t={now},v1={sign(WEBHOOK_SECRET, now, BODY)}"
    assert verify_stripe_signature(WEBHOOK_SECRET, BODY, good, now=now + 300)
    assert not verify_stripe_signature(WEBHOOK_SECRET, BODY, good, now=now + 301)
    assert verify_stripe_signature(WEBHOOK_SECRET, BODY, good, now=now - 60)  # future timestamps pass, as in Stripe
    assert not verify_stripe_signature(WEBHOOK_SECRET, BODY + b" ", good, now=now)
    assert not verify_stripe_signature(WEBHOOK_SECRET, BODY, f"t={now},t={now},v1=x", now=now)
