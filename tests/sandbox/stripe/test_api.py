"""The wire contract (STRIPE.md §0-§2): auth, versions, form bodies, errors, idempotency, paging, expand."""

from __future__ import annotations

import asyncio
import base64

import httpx

from app.sandbox.stripe import StripeEmulator, testing
from tests.sandbox.stripe.conftest import SECRET_KEY, mounted


async def test_auth_bearer_or_basic_else_401_with_stripes_body(emulator: StripeEmulator) -> None:
    async with httpx.AsyncClient(transport=mounted(emulator), base_url="http://testserver/sandbox/stripe") as c:
        missing = await c.get("/v1/customers")
        assert missing.status_code == 401
        assert missing.json()["error"]["type"] == "invalid_request_error"
        assert "You did not provide an API key" in missing.json()["error"]["message"]
        wrong = await c.get("/v1/customers", headers={"Authorization": "Bearer sk_test_wrong_key_123456"})
        assert wrong.status_code == 401
        message = wrong.json()["error"]["message"]
        assert message.startswith("Invalid API Key provided: sk_test_*") and message.endswith("*3456")
        assert "wrong_key" not in message
        publishable = await c.get("/v1/customers", headers={"Authorization": "Bearer pk_test_123"})
        assert publishable.status_code == 401
        basic = base64.b64encode(f"{SECRET_KEY}:".encode()).decode()
        ok = await c.get("/v1/customers", headers={"Authorization": f"Basic {basic}"})
        assert ok.status_code == 200
        assert ok.headers["request-id"].startswith("req_")
        assert ok.headers["stripe-version"] == "2026-06-24.dahlia"  # the account default when none is sent


async def test_errors_have_stripes_shape(stripe: httpx.AsyncClient) -> None:
    missing = await stripe.get("/v1/customers/cus_missing")
    assert missing.status_code == 404
    error = missing.json()["error"]
    assert (error["type"], error["code"], error["message"]) == (
        "invalid_request_error",
        "resource_missing",
        "No such customer: 'cus_missing'",
    )
    assert error["doc_url"] == "https://docs.stripe.com/error-codes/resource-missing"
    assert error["request_log_url"] == f"https://dashboard.stripe.com/test/logs/{missing.headers['request-id']}"
    unknown = await stripe.get("/v1/charges")
    assert unknown.status_code == 404 and "Unrecognized request URL (GET: " in unknown.json()["error"]["message"]
    param = await stripe.post("/v1/customers", data={"nmae": "typo"})
    assert (param.status_code, param.json()["error"]["code"], param.json()["error"]["param"]) == (
        400,
        "parameter_unknown",
        "nmae",
    )
    as_json = await stripe.post("/v1/customers", json={"name": "Acme"})
    assert as_json.status_code == 400 and "Content-Type" in as_json.json()["error"]["message"]
    bad_version = await stripe.get("/v1/customers", headers={"Stripe-Version": "latest"})
    assert bad_version.status_code == 400
    too_many = await stripe.post("/v1/customers", data={f"metadata[k{i}]": "v" for i in range(51)})
    assert too_many.status_code == 400 and too_many.json()["error"]["param"] == "metadata"


async def test_faults_answer_429_500_and_402(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    testing.fail_next(emulator, "POST", r"/v1/customers$", "rate_limit")
    testing.fail_next(emulator, "GET", r"/v1/customers$", "lock_timeout")
    testing.fail_next(emulator, "GET", r"/v1/invoices$", "api_error")
    testing.fail_next(emulator, "GET", r"/v1/events$", "card_error")
    limited = await stripe.post("/v1/customers")
    assert (limited.status_code, limited.json()["error"]["code"]) == (429, "rate_limit")
    locked = await stripe.get("/v1/customers")
    assert (locked.status_code, locked.json()["error"]["code"]) == (429, "lock_timeout")
    failed = await stripe.get("/v1/invoices")
    assert (failed.status_code, failed.json()["error"]["type"]) == (500, "api_error")
    assert failed.headers["stripe-should-retry"] == "true"
    card = await stripe.get("/v1/events")
    assert card.status_code == 402
    assert (card.json()["error"]["type"], card.json()["error"]["decline_code"]) == ("card_error", "generic_decline")
    assert (await stripe.get("/v1/invoices")).status_code == 200  # only the next one


async def test_form_bodies_in_bracket_notation(stripe: httpx.AsyncClient) -> None:
    body = (
        "email=billing%40acme.example&name=Acme+GmbH&address[line1]=Hauptstr.+1&address[postal_code]=10115"
        "&address[city]=Berlin&address[country]=DE&preferred_locales[0]=de&preferred_locales[1]=en"
        "&metadata[org_id]=org_42&tax_id_data[0][type]=eu_vat&tax_id_data[0][value]=DE123456789"
    )
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    customer = (await stripe.post("/v1/customers", content=body, headers=headers)).json()
    assert customer["id"].startswith("cus_") and customer["object"] == "customer"
    assert customer["address"] == {
        "line1": "Hauptstr. 1",
        "line2": None,
        "city": "Berlin",
        "postal_code": "10115",
        "state": None,
        "country": "DE",
    }
    assert (customer["preferred_locales"], customer["metadata"]) == (["de", "en"], {"org_id": "org_42"})
    assert (customer["tax_exempt"], customer["livemode"], customer["test_clock"]) == ("none", False, None)
    tax_ids = (await stripe.get(f"/v1/customers/{customer['id']}/tax_ids")).json()["data"]
    assert [(t["type"], t["value"], t["country"]) for t in tax_ids] == [("eu_vat", "DE123456789", "DE")]
    cleared = await stripe.post(f"/v1/customers/{customer['id']}", data={"metadata[org_id]": ""})
    assert cleared.json()["metadata"] == {}


async def test_lists_page_newest_first_with_cursors(stripe: httpx.AsyncClient) -> None:
    ids = [(await stripe.post("/v1/customers", data={"name": f"c{i}"})).json()["id"] for i in range(5)]
    first = (await stripe.get("/v1/customers", params={"limit": 2})).json()
    assert (first["object"], first["url"], first["has_more"]) == ("list", "/v1/customers", True)
    assert [c["id"] for c in first["data"]] == ids[::-1][:2]
    rest = (await stripe.get("/v1/customers", params={"limit": 10, "starting_after": first["data"][-1]["id"]})).json()
    assert [c["id"] for c in rest["data"]] == ids[::-1][2:] and rest["has_more"] is False
    back = (await stripe.get("/v1/customers", params={"limit": 1, "ending_before": ids[0]})).json()
    assert [c["id"] for c in back["data"]] == [ids[1]] and back["has_more"] is True
    for bad in ({"limit": 0}, {"limit": 101}, {"limit": "x"}, {"starting_after": "cus_nope"}):
        assert (await stripe.get("/v1/customers", params=bad)).status_code == 400, bad


async def test_idempotency_replays_refuses_other_params_and_saves_only_executed_requests(
    stripe: httpx.AsyncClient, emulator: StripeEmulator
) -> None:
    key = {"Idempotency-Key": "9f1c0a4e-0000-4000-8000-000000000001"}
    first = await stripe.post("/v1/customers", data={"name": "Acme"}, headers=key)
    replay = await stripe.post("/v1/customers", data={"name": "Acme"}, headers=key)
    assert replay.json() == first.json() and replay.headers["idempotent-replayed"] == "true"
    assert len((await stripe.get("/v1/customers")).json()["data"]) == 1
    other = await stripe.post("/v1/customers", data={"name": "Other"}, headers=key)
    assert (other.status_code, other.json()["error"]["type"]) == (400, "idempotency_error")
    elsewhere = await stripe.post(f"/v1/customers/{first.json()['id']}", data={"name": "Acme"}, headers=key)
    assert elsewhere.status_code == 400

    key2 = {"Idempotency-Key": "9f1c0a4e-0000-4000-8000-000000000002"}
    refused = await stripe.post("/v1/customers", data={"address[country]": "Germany"}, headers=key2)
    assert refused.status_code == 400
    retried = await stripe.post("/v1/customers", data={"address[country]": "DE"}, headers=key2)
    assert retried.status_code == 200  # the validation failure was not saved

    key3 = {"Idempotency-Key": "9f1c0a4e-0000-4000-8000-000000000003"}
    testing.fail_next(emulator, "POST", r"/v1/customers$", "api_error")
    crashed = await stripe.post("/v1/customers", data={"name": "X"}, headers=key3)
    again = await stripe.post("/v1/customers", data={"name": "X"}, headers=key3)
    assert (crashed.status_code, again.status_code) == (500, 500) and again.json() == crashed.json()
    long_key = await stripe.post("/v1/customers", headers={"Idempotency-Key": "k" * 256})
    assert long_key.status_code == 400


async def test_a_key_in_flight_gets_409(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    key = {"Idempotency-Key": "in-flight-key"}
    hold = testing.hold_next(emulator, "POST", r"/v1/customers$")
    first = asyncio.create_task(stripe.post("/v1/customers", data={"name": "A"}, headers=key))
    await hold.entered.wait()
    second = await stripe.post("/v1/customers", data={"name": "A"}, headers=key)
    assert (second.status_code, second.json()["error"]["code"]) == (409, "idempotency_key_in_use")
    hold.release.set()
    assert (await first).status_code == 200
    assert (await stripe.post("/v1/customers", data={"name": "A"}, headers=key)).json() == (await first).json()


async def test_expand_replaces_ids_with_objects(stripe: httpx.AsyncClient, emulator: StripeEmulator) -> None:
    from tests.sandbox.stripe.conftest import subscribe

    sub = await subscribe(stripe, emulator)
    params = [("expand[]", "latest_invoice"), ("expand[]", "items.data.price.product"), ("expand[]", "customer")]
    expanded = (await stripe.get(f"/v1/subscriptions/{sub['id']}", params=params)).json()
    assert expanded["latest_invoice"]["object"] == "invoice"
    assert expanded["items"]["data"][0]["price"]["product"]["object"] == "product"
    assert expanded["customer"]["id"] == sub["customer"]
    listed = (await stripe.get("/v1/invoices", params={"expand[]": "data.customer"})).json()
    assert listed["data"][0]["customer"]["object"] == "customer"
    bad = await stripe.get(f"/v1/subscriptions/{sub['id']}", params={"expand[]": "status"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "expand"
