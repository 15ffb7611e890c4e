"""Events and signed webhook delivery (STRIPE.md §9): verification as a receiver must do it, and the knobs."""

from __future__ import annotations

import httpx

from app.sandbox.stripe import StripeEmulator, testing
from tests.sandbox.stripe.conftest import NOW, WEBHOOK_SECRET, Receiver, subscribe


async def test_deliveries_verify_over_the_raw_body_and_carry_the_request(
    stripe: httpx.AsyncClient, receiver: Receiver
) -> None:
    key = {"Idempotency-Key": "evt-key-1"}
    customer = (await stripe.post("/v1/customers", data={"name": "Acme"}, headers=key)).json()
    headers, body = receiver.deliveries[0]
    assert headers["content-type"].startswith("application/json")
    assert headers["stripe-signature"].startswith(f"t={NOW},v1=") and ",v0=" in headers["stripe-signature"]
    assert receiver.verified() == [True]
    event = receiver.events()[0]
    assert (event["type"], event["object"], event["data"]["object"]["id"]) == (
        "customer.created",
        "event",
        customer["id"],
    )
    assert event["request"]["idempotency_key"] == "evt-key-1" and event["request"]["id"].startswith("req_")
    assert event["pending_webhooks"] == 1  # a snapshot at sending time: this delivery was not done yet
    reserialised = body.decode().replace("\n", "").replace("  ", "").encode()
    from tests.sandbox.stripe.conftest import verify

    assert not verify(headers["stripe-signature"], reserialised, WEBHOOK_SECRET, NOW)
    assert not verify(headers["stripe-signature"], body, "whsec_other", NOW)
    assert not verify(headers["stripe-signature"], body, WEBHOOK_SECRET, NOW + 301)  # too old by then


async def test_knobs_bad_stale_rolled_duplicate_and_shuffled(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    testing.webhooks(emulator, bad_signature=True)
    await stripe.post("/v1/customers")
    testing.webhooks(emulator, bad_signature=False, stale_by=301)
    await stripe.post("/v1/customers")
    testing.webhooks(emulator, stale_by=0, roll_secret="whsec_test_rolled")
    await stripe.post("/v1/customers")
    assert receiver.verified() == [False, False, True]  # the old secret still matches one v1 while rolling
    assert receiver.deliveries[2][0]["stripe-signature"].count("v1=") == 2
    assert receiver.verified("whsec_test_rolled")[2] is True

    receiver.deliveries.clear()
    testing.webhooks(emulator, duplicate=True)
    await stripe.post("/v1/customers")
    assert len(receiver.deliveries) == 2 and receiver.events()[0]["id"] == receiver.events()[1]["id"]

    receiver.deliveries.clear()
    testing.webhooks(emulator, duplicate=False, shuffle=True)
    orders = set()
    for _ in range(8):
        receiver.deliveries.clear()
        await subscribe(stripe, emulator)
        orders.add(tuple(receiver.types()))
    assert len(orders) > 1  # 7 events in 5,040 orders: eight runs in one order would be a broken knob


async def test_failed_deliveries_are_retried_then_found_by_delivery_success(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503]
    customer = (await stripe.post("/v1/customers")).json()
    assert len(receiver.deliveries) == 1
    pending = (await stripe.get("/v1/events", params={"delivery_success": "false"})).json()["data"]
    assert [e["data"]["object"]["id"] for e in pending] == [customer["id"]]
    await testing.advance(emulator, 3599)
    assert len(receiver.deliveries) == 1
    await testing.advance(emulator, 1)
    await testing.advance(emulator, 2 * 3600)
    assert len(receiver.deliveries) == 3
    assert (await stripe.get("/v1/events", params={"delivery_success": "false"})).json()["data"] == []
    done = (await stripe.get("/v1/events", params={"delivery_success": "true"})).json()["data"]
    assert done[0]["pending_webhooks"] == 0

    receiver.statuses = [500] * 10
    await stripe.post("/v1/customers")
    for hours in (1, 2, 4, 8):
        await testing.advance(emulator, hours * 3600)
    assert len(receiver.deliveries) == 3 + 4  # the first try and three retries, then given up
    assert len((await stripe.get("/v1/events", params={"delivery_success": "false"})).json()["data"]) == 1


async def test_events_list_filters_and_keeps_30_days(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    sub = await subscribe(stripe, emulator)
    paid = (await stripe.get("/v1/events", params={"types[]": ["invoice.paid", "checkout.session.completed"]})).json()
    assert [e["type"] for e in paid["data"]] == ["checkout.session.completed", "invoice.paid"]
    invoice_events = (await stripe.get("/v1/events", params={"type": "invoice.*"})).json()["data"]
    assert {e["type"] for e in invoice_events} == {
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
    }
    one = paid["data"][0]
    assert (await stripe.get(f"/v1/events/{one['id']}")).json()["id"] == one["id"]
    await stripe.post(f"/v1/subscriptions/{sub['id']}", data={"metadata[plan]": "team"})
    await testing.advance(emulator, 31 * 86400)
    recent = (await stripe.get("/v1/events", params={"limit": 100})).json()["data"]
    assert all(e["created"] >= emulator.state.now() - 30 * 86400 for e in recent) and recent
    assert (await stripe.get(f"/v1/events/{one['id']}")).status_code == 404
