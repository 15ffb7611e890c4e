"""Checkout Sessions and the hosted page that pays with a test card (STRIPE.md §4, §11)."""

from __future__ import annotations

import httpx

from app.sandbox.stripe import StripeEmulator, testing
from tests.sandbox.stripe.conftest import NOW, Receiver, checkout_session


async def test_session_is_open_with_a_url_on_the_emulator(stripe: httpx.AsyncClient) -> None:
    session = await checkout_session(stripe, **{"subscription_data[trial_period_days]": "14"})
    assert session["id"].startswith("cs_test_")
    assert session["object"] == "checkout.session"
    assert (session["status"], session["payment_status"], session["mode"]) == ("open", "unpaid", "subscription")
    assert session["url"] == f"http://testserver/sandbox/stripe/c/pay/{session['id']}"
    assert session["expires_at"] == NOW + 24 * 3600
    assert session["success_url"].endswith("session_id={CHECKOUT_SESSION_ID}")  # the template stays literal
    assert (session["customer"], session["subscription"], session["client_reference_id"]) == (None, None, "org_42")
    assert session["livemode"] is False
    again = await stripe.get(f"/v1/checkout/sessions/{session['id']}")
    assert again.json() == session


async def test_invalid_sessions_are_refused_with_the_param_named(stripe: httpx.AsyncClient) -> None:
    base = {
        "mode": "subscription",
        "line_items[0][price]": "price_seat_monthly",
        "line_items[0][quantity]": "2",
        "success_url": "https://app.example/done",
    }
    cases = [
        ({"mode": "payment"}, "mode", None),
        ({"mode": ""}, "mode", "parameter_missing"),
        ({"line_items[0][price]": "price_missing"}, "line_items[0][price]", "resource_missing"),
        ({"line_items[0][quantity]": "0"}, "line_items[0][quantity]", "parameter_invalid"),
        ({"success_url": "not a url"}, "success_url", "url_invalid"),
        ({"subscription_data[trial_period_days]": "0"}, "subscription_data[trial_period_days]", "parameter_invalid"),
        ({"expires_at": str(NOW + 60)}, "expires_at", "parameter_invalid"),
        ({"customer": "cus_missing"}, "customer", "resource_missing"),
        ({"line_items[0][colour]": "red"}, "line_items[0][colour]", "parameter_unknown"),
    ]
    for change, param, code in cases:
        response = await stripe.post("/v1/checkout/sessions", data={**base, **change})
        assert response.status_code == 400, change
        error = response.json()["error"]
        assert (error["type"], error["param"]) == ("invalid_request_error", param), change
        if code:
            assert error["code"] == code, change
    missing = await stripe.post("/v1/checkout/sessions", data={"mode": "subscription", "success_url": "https://a.b/"})
    assert missing.json()["error"]["param"] == "line_items"


async def test_paying_on_the_page_creates_customer_subscription_invoice_and_signed_events(
    stripe: httpx.AsyncClient, page: httpx.AsyncClient, receiver: Receiver
) -> None:
    session = await checkout_session(stripe)
    form_page = await page.get(session["url"])
    assert form_page.status_code == 200
    assert "4242 4242 4242 4242" in form_page.text and "5 x Seat, monthly" in form_page.text
    card = {"email": "owner@acme.example", "name": "Ada", "card_expiry": "12/34", "card_cvc": "123"}

    declined = await page.post(session["url"], data={**card, "card_number": "4000 0000 0000 0002"})
    assert declined.status_code == 402
    assert "Your card was declined." in declined.text
    assert (await stripe.get(f"/v1/checkout/sessions/{session['id']}")).json()["status"] == "open"
    assert receiver.deliveries == []

    paid = await page.post(session["url"], data={**card, "card_number": "4242 4242 4242 4242"})
    assert paid.status_code == 303
    assert paid.headers["location"] == f"https://app.example/billing/done?session_id={session['id']}"

    done = (await stripe.get(f"/v1/checkout/sessions/{session['id']}")).json()
    assert (done["status"], done["payment_status"], done["url"]) == ("complete", "paid", None)
    customer = (await stripe.get(f"/v1/customers/{done['customer']}")).json()
    assert (customer["email"], customer["name"]) == ("owner@acme.example", "Ada")
    sub = (await stripe.get(f"/v1/subscriptions/{done['subscription']}", params={"expand[]": "latest_invoice"})).json()
    assert (sub["status"], sub["customer"], sub["metadata"]) == ("active", customer["id"], {"org_id": "org_42"})
    assert sub["items"]["data"][0]["quantity"] == 5
    invoice = sub["latest_invoice"]
    assert (invoice["status"], invoice["amount_paid"], invoice["billing_reason"]) == (
        "paid",
        9500,
        "subscription_create",
    )
    assert invoice["number"].startswith(customer["invoice_prefix"])
    pm = (await stripe.get(f"/v1/payment_methods/{sub['default_payment_method']}")).json()
    assert (pm["card"]["brand"], pm["card"]["last4"], pm["card"]["exp_month"], pm["card"]["exp_year"]) == (
        "visa",
        "4242",
        12,
        2034,
    )
    assert "number" not in pm["card"] and "4242424242424242" not in str(pm)

    assert receiver.types() == [
        "customer.created",
        "customer.subscription.created",
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
        "checkout.session.completed",
    ]
    assert all(receiver.verified())
    completed = receiver.events()[-1]
    assert completed["data"]["object"]["client_reference_id"] == "org_42"
    assert completed["data"]["object"]["subscription"] == sub["id"]
    assert completed["api_version"] == "2026-06-24.dahlia"
    assert completed["request"] == {"id": None, "idempotency_key": None}  # the buyer's page, not an API call
    assert (await page.get(session["url"])).status_code == 410


async def test_a_trial_needs_no_charge_and_starts_trialing(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    session = await checkout_session(stripe, **{"subscription_data[trial_period_days]": "14"})
    done = await testing.complete_checkout(emulator, session["id"], card="4000000000000341")
    assert done["payment_status"] == "no_payment_required"
    sub = (await stripe.get(f"/v1/subscriptions/{done['subscription']}", params={"expand[]": "latest_invoice"})).json()
    assert (sub["status"], sub["trial_start"], sub["trial_end"]) == ("trialing", NOW, NOW + 14 * 86400)
    assert sub["items"]["data"][0]["current_period_end"] == NOW + 14 * 86400
    assert (sub["latest_invoice"]["amount_due"], sub["latest_invoice"]["status"]) == (0, "paid")


async def test_an_existing_customer_keeps_its_email_and_insufficient_funds_are_refused(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, page: httpx.AsyncClient
) -> None:
    customer = (await stripe.post("/v1/customers", data={"email": "billing@acme.example"})).json()
    session = await checkout_session(stripe, customer=customer["id"])
    assert session["customer_email"] == "billing@acme.example"
    assert 'value="billing@acme.example" readonly' in (await page.get(session["url"])).text
    try:
        await testing.complete_checkout(emulator, session["id"], card="4000000000009995")
    except Exception as error:  # the card error the page shows
        assert getattr(error, "extra", {}).get("decline_code") == "insufficient_funds"
    else:
        raise AssertionError("insufficient funds must be refused")
    done = await testing.complete_checkout(emulator, session["id"], email="someone@else.example")
    assert done["customer"] == customer["id"]
    assert done["customer_details"]["email"] == "billing@acme.example"


async def test_sessions_expire_by_call_or_by_time(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    first = await checkout_session(stripe)
    expired = await stripe.post(f"/v1/checkout/sessions/{first['id']}/expire")
    assert (expired.json()["status"], expired.json()["url"]) == ("expired", None)
    again = await stripe.post(f"/v1/checkout/sessions/{first['id']}/expire")
    assert again.status_code == 400
    second = await checkout_session(stripe, expires_at=str(NOW + 3600))
    await testing.advance(emulator, 3600)
    assert (await stripe.get(f"/v1/checkout/sessions/{second['id']}")).json()["status"] == "expired"
    types = [e["type"] for e in testing.sent_events(emulator)]
    assert types == ["checkout.session.expired", "checkout.session.expired"]
