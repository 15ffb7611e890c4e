"""`POST /webhooks/stripe`: bad or stale signatures get 400 and store nothing; good ones are stored first."""

from __future__ import annotations

import json
import time

from app.billing.models import StripeEvent
from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.integrations.stripe.signatures import verify_stripe_signature
from app.jobs.models import Job, JobKind, JobStatus
from app.sandbox.stripe import StripeEmulator
from app.sandbox.stripe.events import sign
from tests.billing.conftest import WEBHOOK_SECRET
from tests.support import drain_jobs

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


async def test_an_event_id_too_long_to_record_is_taken_once_and_never_retried(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """A signed event whose id does not fit the applied-events record: acknowledged, its job ends, the inbox
    row is done (not left PENDING for the sweeper to hand on again and again)."""
    body = json.dumps({"id": "evt_" + "x" * 70, "object": "event", "type": "customer.updated", "data": {"object": {}}})
    raw = body.encode()
    response = await client.post("/webhooks/stripe", content=raw, headers={"stripe-signature": header(body=raw)})
    assert response.status_code == 200
    await drain_jobs()
    [row] = await WebhookEvent.filter(object="event")
    assert row.status is WebhookEventStatus.PROCESSED
    assert [j.status for j in await Job.filter(kind=JobKind.BILLING_EVENT)] == [JobStatus.SUCCEEDED]
    assert await StripeEvent.all().count() == 0
