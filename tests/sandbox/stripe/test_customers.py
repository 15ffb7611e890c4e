"""Customers, tax ids, deletion, the portal and invoices (STRIPE.md §3, §5, §7, §10)."""

from __future__ import annotations

import httpx

from app.sandbox.stripe import StripeEmulator, fixtures, testing
from tests.sandbox.stripe.conftest import Receiver, subscribe


async def test_update_sends_previous_attributes(stripe: httpx.AsyncClient, receiver: Receiver) -> None:
    customer = (await stripe.post("/v1/customers", data={"name": "Acme", "email": "a@acme.example"})).json()
    updated = await stripe.post(f"/v1/customers/{customer['id']}", data={"name": "Acme GmbH", "tax_exempt": "reverse"})
    assert (updated.json()["name"], updated.json()["tax_exempt"]) == ("Acme GmbH", "reverse")
    event = receiver.events()[-1]
    assert event["type"] == "customer.updated"
    assert event["data"]["previous_attributes"] == {"name": "Acme", "tax_exempt": "none"}


async def test_tax_ids_validated_listed_verified_and_deleted(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    customer = (await stripe.post("/v1/customers")).json()
    url = f"/v1/customers/{customer['id']}/tax_ids"
    invalid = await stripe.post(url, data={"type": "eu_vat", "value": "123"})
    assert (invalid.status_code, invalid.json()["error"]["code"]) == (400, "tax_id_invalid")
    greek = (await stripe.post(url, data={"type": "eu_vat", "value": "EL123456789"})).json()
    assert (greek["country"], greek["verification"]["status"]) == ("GR", "pending")
    indian = (await stripe.post(url, data={"type": "in_gst", "value": "12ABCDE3456FGZH"})).json()
    assert indian["verification"]["status"] == "unavailable"
    assert [t["id"] for t in (await stripe.get(url)).json()["data"]] == [indian["id"], greek["id"]]
    await testing.verify_tax_id(emulator, greek["id"], "verified", "ACME AE")
    assert receiver.events()[-1]["type"] == "customer.tax_id.updated"
    assert receiver.events()[-1]["data"]["previous_attributes"]["verification"]["status"] == "pending"
    assert (await stripe.get(f"{url}/{greek['id']}")).json()["verification"]["verified_name"] == "ACME AE"
    deleted = (await stripe.delete(f"{url}/{greek['id']}")).json()
    assert deleted == {"id": greek["id"], "object": "tax_id", "deleted": True}
    assert (await stripe.get(f"{url}/{greek['id']}")).status_code == 404


async def test_deleting_a_customer_cancels_its_subscriptions(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, receiver: Receiver
) -> None:
    sub = await subscribe(stripe, emulator)
    deleted = (await stripe.delete(f"/v1/customers/{sub['customer']}")).json()
    assert deleted == {"id": sub["customer"], "object": "customer", "deleted": True}
    assert (await stripe.get(f"/v1/customers/{sub['customer']}")).json() == deleted
    assert (await stripe.post(f"/v1/customers/{sub['customer']}", data={"name": "x"})).status_code == 404
    assert (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()["status"] == "canceled"
    assert receiver.types()[-2:] == ["customer.subscription.deleted", "customer.deleted"]
    assert (await stripe.get(f"/v1/payment_methods/{sub['default_payment_method']}")).status_code == 404
    assert len((await stripe.get("/v1/invoices", params={"customer": sub["customer"]})).json()["data"]) == 1


async def test_portal_sessions_and_page(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, page: httpx.AsyncClient
) -> None:
    sub = await subscribe(stripe, emulator)
    data = {"customer": sub["customer"], "return_url": "https://app.example/billing"}
    portal = (await stripe.post("/v1/billing_portal/sessions", data=data)).json()
    assert portal["id"].startswith("bps_") and portal["object"] == "billing_portal.session"
    assert portal["url"].startswith("http://testserver/sandbox/stripe/p/session/")
    shown = await page.get(portal["url"])
    assert "5 seats" in shown.text and "https://app.example/billing" in shown.text
    cancel = await page.post(f"{portal['url']}/cancel", data={"subscription": sub["id"]})
    assert cancel.status_code == 303
    assert (await stripe.get(f"/v1/subscriptions/{sub['id']}")).json()["cancel_at_period_end"] is True
    missing = await stripe.post("/v1/billing_portal/sessions", data={"customer": "cus_nope"})
    assert (missing.status_code, missing.json()["error"]["param"]) == (400, "customer")
    stale = (await stripe.post("/v1/billing_portal/sessions", data=data)).json()
    await testing.advance(emulator, 301)
    assert (await page.get(stale["url"])).status_code == 410
    testing.remove_portal_configuration(emulator)
    refused = await stripe.post("/v1/billing_portal/sessions", data=data)
    assert refused.status_code == 400 and "portal settings" in refused.json()["error"]["message"]


async def test_invoices_list_filter_and_hosted_links(
    stripe: httpx.AsyncClient, emulator: StripeEmulator, page: httpx.AsyncClient
) -> None:
    first = await subscribe(stripe, emulator)
    await subscribe(stripe, emulator)
    everything = (await stripe.get("/v1/invoices")).json()["data"]
    assert len(everything) == 2
    mine = (await stripe.get("/v1/invoices", params={"customer": first["customer"], "status": "paid"})).json()["data"]
    assert len(mine) == 1
    invoice = mine[0]
    assert invoice["parent"]["subscription_details"]["subscription"] == first["id"]
    assert "subscription" not in invoice and "paid" not in invoice  # gone since basil
    assert invoice["customer_email"] == "buyer@example.com"
    assert (await stripe.get(f"/v1/invoices/{invoice['id']}")).json() == invoice
    assert (await stripe.get("/v1/invoices", params={"status": "late"})).status_code == 400
    hosted = await page.get(invoice["hosted_invoice_url"])
    assert hosted.status_code == 200 and invoice["number"] in hosted.text
    pdf = await page.get(invoice["invoice_pdf"])
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    assert invoice["number"].encode() in pdf.content


async def test_seeded_fixtures_have_each_status(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    customer = fixtures.seed(emulator)
    subs = (await stripe.get("/v1/subscriptions", params={"customer": customer["id"], "status": "all"})).json()
    assert sorted(s["status"] for s in subs["data"]) == ["active", "canceled", "past_due", "trialing"]
    tax_ids = (await stripe.get(f"/v1/customers/{customer['id']}/tax_ids")).json()["data"]
    assert [t["value"] for t in tax_ids] == ["DE123456789"]
