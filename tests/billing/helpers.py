"""GraphQL documents and steps the billing tests share."""

from __future__ import annotations

import re
from typing import Any

from app.sandbox.stripe import StripeEmulator, testing
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


async def subscription(gql: GraphQLClient) -> dict[str, Any]:
    return (await gql.data(SUBSCRIPTION))["organization"]["subscription"]
