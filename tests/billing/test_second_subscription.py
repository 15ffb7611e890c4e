"""An organisation is never billed for two subscriptions: a new checkout closes the previous Checkout Session
(STRIPE.md §4, expired while open), and a second live subscription that arrives anyway is canceled at Stripe
at once. Driven from outside: GraphQL, Stripe's hosted pages, signed webhooks, jobs."""

from __future__ import annotations

from typing import Any

import httpx

from app.accounts.models import Role
from app.audit.models import AuditEvent
from app.billing.models import BillingAccount
from app.integrations.stripe.client import StripeClient
from app.sandbox.stripe import StripeEmulator, testing
from app.settings import get_settings
from tests.billing.helpers import (
    CHECKOUT_INPUT,
    INVOICES,
    START_CHECKOUT,
    pay_page,
    start_checkout,
    subscribe,
    subscription,
)
from tests.billing.test_usage_and_jobs import JOBS
from tests.support import GraphQLClient, drain_jobs, make_user

DAY = 86400


async def pay(stripe: StripeEmulator, url: str) -> int:
    """The buyer pays on Stripe's page (303 paid, 410 closed); its webhooks are processed."""
    status = await pay_page(httpx.ASGITransport(app=stripe.app), url)
    await drain_jobs()
    return status


def live_subscriptions(stripe: StripeEmulator) -> list[dict[str, Any]]:
    return stripe.state.all("subscription", lambda s: s["status"] not in ("canceled", "incomplete_expired"))


async def test_a_second_checkout_closes_the_first_page(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    monthly = await start_checkout(gql, planId="team-monthly", seats=2)
    yearly = await start_checkout(gql, planId="team-yearly", seats=4)
    assert await pay(stripe, monthly) == 410  # expired by the second checkout: it cannot be paid any more
    assert await pay(stripe, yearly) == 303
    found = await subscription(gql)
    assert (found["plan"]["id"], found["seats"], found["status"]) == ("team-yearly", 4, "TRIALING")
    assert len(live_subscriptions(stripe)) == 1


async def test_a_paid_page_whose_webhooks_are_late_still_counts(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """The first page was paid but its events have not arrived: the next checkout reads the session, mirrors
    its subscription and refuses to start a second one."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    monthly = await start_checkout(gql, planId="team-monthly", seats=2)
    testing.webhooks(stripe, bad_signature=True)  # Stripe's deliveries fail for now
    assert await pay(stripe, monthly) == 303
    yearly = {**CHECKOUT_INPUT, "planId": "team-yearly", "seats": 4}
    again = (await gql.data(START_CHECKOUT, {"input": yearly}))["startCheckout"]
    assert again["url"] is None and [e["code"] for e in again["errors"]] == ["ALREADY_DONE"]
    found = await subscription(gql)
    assert (found["plan"]["id"], found["seats"], found["status"]) == ("team-monthly", 2, "TRIALING")
    assert len(live_subscriptions(stripe)) == 1


async def test_a_second_subscription_that_arrives_anyway_is_canceled_before_it_bills(
    client, stripe: StripeEmulator
) -> None:  # type: ignore[no-untyped-def]
    """A second page paid anyway (say one opened from Stripe's dashboard for the same customer): its
    subscription is canceled at Stripe at once, audited, and the end of its trial bills nothing."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    account = await BillingAccount.get()
    kept = account.stripe_subscription_id
    async with StripeClient(get_settings()) as api:
        session = await api.create_checkout_session(
            {
                "mode": "subscription",
                "customer": account.stripe_customer_id,
                "line_items": [{"price": "price_seat_yearly", "quantity": 4}],
                "success_url": "http://testserver/billing/done",
                "subscription_data": {"trial_period_days": 14, "metadata": {"org_id": str(account.organization_id)}},
            }
        )
    assert await pay(stripe, session["url"]) == 303

    [surplus] = [s for s in stripe.state.all("subscription") if s["id"] != kept]
    assert surplus["status"] == "canceled" and [s["id"] for s in live_subscriptions(stripe)] == [kept]
    found = await subscription(gql)
    assert (found["plan"]["id"], found["seats"], found["status"]) == ("team-monthly", 2, "TRIALING")
    audit = await AuditEvent.get(action="billing.duplicate_subscription_canceled")
    assert audit.organization_id == account.organization_id and audit.details["subscription"] == surplus["id"]
    jobs = await gql.data("{ jobs(first: 50, filter: {kind: BILLING_EVENT}) { edges { node { result } } } }")
    assert "duplicate_canceled" in [e["node"]["result"]["outcome"] for e in jobs["jobs"]["edges"]]

    await testing.advance(stripe, 15 * DAY)  # both trials would end now: only the kept subscription bills
    await drain_jobs()
    totals = [e["node"]["total"]["amount"] for e in (await gql.data(INVOICES))["invoices"]["edges"]]
    assert "760.00" not in totals and "38.00" in totals, totals
    assert (await gql.data(JOBS))["jobs"]["totalCount"] > 0
