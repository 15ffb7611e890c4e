"""The product's calls as STRIPE.md documents them: `expand[]` (and the card read by its id when it is not
expanded), "" to unset a field, the whole trial, one Idempotency-Key per user action."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Organization, Role
from app.billing.models import BillingAccount
from app.integrations.stripe.client import encode
from app.integrations.stripe.transport import set_stripe_transport
from app.sandbox.stripe import StripeEmulator, testing
from tests.billing.helpers import CHECKOUT_INPUT, START_CHECKOUT, StrictStripe, subscribe, subscription
from tests.support import GraphQLClient, make_user

BILLING_DETAILS = """mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) {
  billingDetails { address { line2 state } } errors { field code } } }"""


def test_expand_is_sent_as_expand_brackets() -> None:
    assert encode({"expand": ["default_payment_method"], "limit": 3}) == [
        ("expand[]", "default_payment_method"),
        ("limit", "3"),
    ]


async def test_the_card_is_read_when_stripe_answers_with_its_id(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """`expand[]=default_payment_method` asked; an answer with the `pm_` id alone is read with
    `GET /v1/payment_methods/{pm}` (STRIPE.md §8), so the card still shows."""
    strict = StrictStripe(stripe, ignore_expand=True)
    set_stripe_transport(strict)
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    assert (await subscription(gql))["paymentMethod"]["last4"] == "4242"
    reads = [pairs for method, path, pairs, _ in strict.calls if (method, path[:18]) == ("GET", "/v1/subscriptions/")]
    assert reads and all(pairs == [("expand[]", "default_payment_method")] for pairs in reads)
    assert [path for _, path, _, _ in strict.calls if path.startswith("/v1/payment_methods/pm_")]


async def test_cleared_address_fields_are_unset_at_stripe(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """STRIPE.md §0: an empty string unsets a field; leaving it out keeps Stripe's old value."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    address = {"line1": "Hauptstr. 1", "line2": "Hinterhaus", "city": "Berlin", "postalCode": "10115"}
    details = {"email": "billing@acme.example", "companyName": "Acme GmbH"}
    full = {**details, "address": {**address, "state": "BE", "country": "DE"}}
    assert (await gql.data(BILLING_DETAILS, {"input": full}))["updateBillingDetails"]["errors"] == []
    customer_id = str((await BillingAccount.get()).stripe_customer_id)
    assert stripe.state.objects[customer_id]["address"]["line2"] == "Hinterhaus"
    cleared = {**details, "address": {**address, "line2": "", "state": None, "country": "DE"}}
    done = (await gql.data(BILLING_DETAILS, {"input": cleared}))["updateBillingDetails"]
    assert done["errors"] == [] and done["billingDetails"]["address"] == {"line2": None, "state": None}
    stored = stripe.state.objects[customer_id]["address"]
    assert stored["line2"] is None and stored["state"] is None and stored["line1"] == "Hauptstr. 1"


async def test_a_new_organisation_keeps_its_whole_fourteen_day_trial(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    strict = StrictStripe(stripe)
    set_stripe_transport(strict)
    owner, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    [body] = [pairs for method, path, pairs, _ in strict.calls if (method, path) == ("POST", "/v1/checkout/sessions")]
    assert ("subscription_data[trial_period_days]", "14") in body
    org = await Organization.get(memberships__user_id=owner.id)
    trial_end = dt.datetime.fromisoformat((await subscription(gql))["currentPeriodEnd"])
    assert trial_end >= org.created_at.replace(microsecond=0) + dt.timedelta(days=14)  # Stripe counts seconds


async def test_a_failed_attempt_does_not_block_the_next_checkout(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """Stripe replays a key's saved 500 for 24 h (STRIPE.md §0): the customer's key is one per user action."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "api_error")
    failed = (await gql.data(START_CHECKOUT, {"input": CHECKOUT_INPUT}))["startCheckout"]
    assert failed["url"] is None and failed["errors"][0]["code"] == "INVALID_STATE"
    again = (await gql.data(START_CHECKOUT, {"input": CHECKOUT_INPUT}))["startCheckout"]
    assert again["errors"] == [] and "/c/pay/cs_test_" in again["url"]
    assert len(stripe.state.all("customer")) == 1


async def test_retries_of_one_customer_creation_share_their_key(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    strict = StrictStripe(stripe)
    set_stripe_transport(strict)
    _, token = await make_user(role=Role.OWNER)
    testing.fail_next(stripe, "POST", r"^/v1/customers$", "rate_limit")
    url = (await GraphQLClient(client, token).data(START_CHECKOUT, {"input": CHECKOUT_INPUT}))["startCheckout"]["url"]
    assert url and len(stripe.state.all("customer")) == 1
    keys = [key for method, path, _, key in strict.calls if (method, path) == ("POST", "/v1/customers")]
    assert len(keys) == 2 and keys[0] == keys[1]  # the 429 retried with the same key
