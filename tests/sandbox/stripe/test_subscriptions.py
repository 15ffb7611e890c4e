"""Subscriptions over time (STRIPE.md §6, §7, §11): seats and prorations, cancellation, renewals, dunning."""

from __future__ import annotations

import httpx

from app.sandbox.stripe import StripeEmulator, testing
from tests.sandbox.stripe.conftest import NOW, Receiver, subscribe

DAY = 86400


async def _invoices(stripe: httpx.AsyncClient, sub_id: str) -> list[dict]:
    return (await stripe.get("/v1/invoices", params={"subscription": sub_id})).json()["data"]


async def test_seats_change_with_prorations_on_the_next_invoice(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    sub = await subscribe(stripe, emulator)
    item = sub["items"]["data"][0]
    end = item["current_period_end"]
    await testing.advance(emulator, (end - NOW) // 2)
    changed = await stripe.post(
        f"/v1/subscriptions/{sub['id']}", data={"items[0][id]": item["id"], "items[0][quantity]": "7"}
    )
    assert changed.json()["items"]["data"][0]["quantity"] == 7
    updated = receiver.events()[-1]
    assert updated["type"] == "customer.subscription.updated"
    assert updated["data"]["previous_attributes"]["items"]["data"][0]["quantity"] == 5
    assert len(await _invoices(stripe, sub["id"])) == 1  # create_prorations waits for the renewal
    await testing.advance(emulator, end - emulator.state.now())
    renewal = (await _invoices(stripe, sub["id"]))[0]
    assert renewal["billing_reason"] == "subscription_cycle"
    amounts = [line["amount"] for line in renewal["lines"]["data"]]
    assert amounts[-1] == 7 * 1900 and len(amounts) == 3
    assert -5 * 1900 < amounts[0] < 0 < amounts[1] < 7 * 1900  # unused 5 seats, remaining 7 seats
    assert renewal["total"] == sum(amounts) and renewal["status"] == "paid"
    assert renewal["period_start"] == end


async def test_always_invoice_bills_now_and_none_bills_nothing(
    stripe: httpx.AsyncClient, emulator: StripeEmulator
) -> None:
    sub = await subscribe(stripe, emulator)
    item = sub["items"]["data"][0]
    await testing.advance(emulator, 10 * DAY)
    data = {"quantity": "6", "proration_behavior": "always_invoice"}
    assert (await stripe.post(f"/v1/subscription_items/{item['id']}", data=data)).json()["quantity"] == 6
    invoices = await _invoices(stripe, sub["id"])
    assert invoices[0]["billing_reason"] == "subscription_update" and invoices[0]["status"] == "paid"
    assert 0 < invoices[0]["amount_paid"] < 1900
    data = {"quantity": "2", "proration_behavior": "none"}
    await stripe.post(f"/v1/subscription_items/{item['id']}", data=data)
    assert len(await _invoices(stripe, sub["id"])) == 2
    bad = await stripe.post(f"/v1/subscription_items/{item['id']}", data={"proration_behavior": "sometimes"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "proration_behavior"


async def test_cancel_at_period_end_undo_and_cancel_now(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    sub = await subscribe(stripe, emulator)
    end = sub["items"]["data"][0]["current_period_end"]
    marked = (await stripe.post(f"/v1/subscriptions/{sub['id']}", data={"cancel_at_period_end": "true"})).json()
    assert (marked["cancel_at_period_end"], marked["cancel_at"], marked["status"]) == (True, end, "active")
    undone = (await stripe.post(f"/v1/subscriptions/{sub['id']}", data={"cancel_at_period_end": "false"})).json()
    assert (undone["cancel_at_period_end"], undone["cancel_at"]) == (False, None)
    await stripe.post(f"/v1/subscriptions/{sub['id']}", data={"cancel_at_period_end": "true"})
    await testing.advance(emulator, end - NOW + 60)
    ended = (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()
    assert (ended["status"], ended["ended_at"]) == ("canceled", end)
    assert receiver.types()[-1] == "customer.subscription.deleted"
    assert len(await _invoices(stripe, sub["id"])) == 1  # no renewal

    other = await subscribe(stripe, emulator)
    data = {"cancellation_details[comment]": "moving on", "prorate": "true", "invoice_now": "true"}
    now = (await stripe.delete(f"/v1/subscriptions/{other['id']}", params=data)).json()
    assert (now["status"], now["cancellation_details"]["comment"]) == ("canceled", "moving on")
    credit = (await _invoices(stripe, other["id"]))[0]
    assert credit["subtotal"] < 0 and credit["amount_due"] == 0
    again = await stripe.post(f"/v1/subscriptions/{other['id']}", data={"cancel_at_period_end": "true"})
    assert again.status_code == 400
    listed = (await stripe.get("/v1/subscriptions")).json()["data"]
    assert listed == []  # canceled ones are listed with status=all only
    assert len((await stripe.get("/v1/subscriptions", params={"status": "all"})).json()["data"]) == 2


async def test_trial_ends_into_a_paid_renewal(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    sub = await subscribe(stripe, emulator, **{"subscription_data[trial_period_days]": "14"})
    await testing.advance(emulator, 11 * DAY)
    assert receiver.types()[-1] == "customer.subscription.trial_will_end"
    await testing.advance(emulator, 3 * DAY)
    active = (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()
    assert active["status"] == "active"
    assert active["items"]["data"][0]["current_period_start"] == NOW + 14 * DAY
    invoice = (await _invoices(stripe, sub["id"]))[0]
    assert (invoice["amount_paid"], invoice["status"]) == (5 * 1900, "paid")
    ended_now = await subscribe(stripe, emulator, **{"subscription_data[trial_period_days]": "30"})
    done = (await stripe.post(f"/v1/subscriptions/{ended_now['id']}", data={"trial_end": "now"})).json()
    assert done["status"] == "active" and (await _invoices(stripe, ended_now["id"]))[0]["amount_paid"] == 9500


async def test_failed_renewals_go_past_due_then_canceled_or_unpaid(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver, page: httpx.AsyncClient
) -> None:
    trial = {"subscription_data[trial_period_days]": "1"}
    sub = await subscribe(stripe, emulator, card="4000000000000341", **trial)
    await testing.advance(emulator, DAY)
    assert (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()["status"] == "past_due"
    failed = (await _invoices(stripe, sub["id"]))[0]
    assert (failed["status"], failed["attempt_count"], failed["next_payment_attempt"]) == ("open", 1, NOW + 4 * DAY)
    assert "invoice.payment_failed" in receiver.types()
    await testing.advance(emulator, 14 * DAY)
    lapsed = (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()
    assert (lapsed["status"], lapsed["cancellation_details"]["reason"]) == ("canceled", "payment_failed")

    testing.dunning(emulator, lapse_to="unpaid", retry_days=(2,))
    other = await subscribe(stripe, emulator, card="4000000000000341", **trial)
    await testing.advance(emulator, 3 * DAY)
    assert (await stripe.get(f"/v1/subscriptions/{other['id']}")).json()["status"] == "unpaid"
    portal = (await stripe.post("/v1/billing_portal/sessions", data={"customer": other["customer"]})).json()
    assert "unpaid" in (await page.get(portal["url"])).text
    card = {"card_number": "4242424242424242", "card_expiry": "12/34", "card_cvc": "123"}
    replaced = await page.post(f"{portal['url']}/card", data=card)
    assert replaced.status_code == 303
    assert (await stripe.get(f"/v1/subscriptions/{other['id']}")).json()["status"] == "active"
    assert [i["status"] for i in await _invoices(stripe, other["id"])] == ["paid", "paid"]


async def test_quantity_updates_are_limited_to_200_an_hour(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    sub = await subscribe(stripe, emulator)
    item = sub["items"]["data"][0]["id"]
    for quantity in range(6, 206):
        response = await stripe.post(f"/v1/subscription_items/{item}", data={"quantity": str(quantity)})
        assert response.status_code == 200
    limited = await stripe.post(f"/v1/subscription_items/{item}", data={"quantity": "3"})
    assert (limited.status_code, limited.json()["error"]["code"]) == (429, "rate_limit")
    await testing.advance(emulator, 3600)
    assert (await stripe.post(f"/v1/subscription_items/{item}", data={"quantity": "3"})).status_code == 200


async def test_older_api_versions_see_periods_on_the_subscription(
    stripe: httpx.AsyncClient, emulator: StripeEmulator
) -> None:
    sub = await subscribe(stripe, emulator)
    assert "current_period_end" not in sub
    old = (await stripe.get(f"/v1/subscriptions/{sub['id']}", headers={"Stripe-Version": "2024-06-20"})).json()
    assert old["current_period_end"] == sub["items"]["data"][0]["current_period_end"]
    invoice = (await stripe.get("/v1/invoices", headers={"Stripe-Version": "2024-06-20"})).json()["data"][0]
    assert invoice["subscription"] == sub["id"] and invoice["paid"] is True
