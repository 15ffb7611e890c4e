"""Checkout to subscription, from outside: GraphQL over HTTP, Stripe's page, signed webhooks, jobs."""

from __future__ import annotations

import pytest

from app.accounts.models import Organization, Role
from app.billing.models import BillingAccount, Invoice, StripeEvent
from app.integrations.meta.models import WebhookEvent
from app.sandbox.stripe import StripeEmulator, testing
from tests.billing.helpers import CHECKOUT_INPUT, INVOICES, START_CHECKOUT, subscribe, subscription
from tests.support import GraphQLClient, drain_jobs, error_codes, make_user


async def test_before_checkout_an_organisation_trials_the_default_plan(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    found = await subscription(GraphQLClient(client, token))
    assert found["status"] == "TRIALING" and found["seats"] is None and found["readOnly"] is False
    assert found["plan"]["id"] == "team-monthly" and found["seatsUsed"] == 1
    plans = await GraphQLClient(client, token).data("{ plans { id interval trialDays seatPrice { amount } } }")
    assert {p["id"] for p in plans["plans"]} == {"team-monthly", "team-yearly"}


async def test_billing_off_shows_no_subscription(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    body = await GraphQLClient(client, token).data("{ organization { subscription { status } } }")
    assert body["organization"]["subscription"] is None


async def test_checkout_completed_mirrors_subscription_card_and_invoice(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=3)
    found = await subscription(gql)
    assert found["status"] == "TRIALING"  # the rest of the 14-day trial carries over
    assert found["seats"] == 3 and found["readOnly"] is False
    assert found["paymentMethod"] == {
        "brand": "visa",
        "last4": "4242",
        "expMonth": found["paymentMethod"]["expMonth"],
        "expYear": found["paymentMethod"]["expYear"],
    }
    invoices = (await gql.data(INVOICES))["invoices"]
    assert invoices["totalCount"] == 1
    invoice = invoices["edges"][0]["node"]
    assert invoice["status"] == "PAID" and invoice["number"] and invoice["total"]["currency"] == "EUR"


async def test_the_card_is_for_admins_and_billing_for_sessions(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.7: `paymentMethod` is ADMIN only; billing is read with sessions only (FORBIDDEN for tokens)."""
    from app.accounts.api_tokens import create_token
    from app.accounts.models import Membership

    owner, token = await make_user(role=Role.OWNER)
    await subscribe(GraphQLClient(client, token), stripe, seats=3)
    org = (await Membership.get(user_id=owner.id)).organization_id
    card = "{ organization { subscription { status paymentMethod { last4 } } } }"
    _, admin = await make_user(await Organization.get(id=org), role=Role.ADMIN, email="admin@example.com")
    shown = await GraphQLClient(client, admin).data(card)
    assert shown["organization"]["subscription"]["paymentMethod"] == {"last4": "4242"}
    _, member = await make_user(await Organization.get(id=org), role=Role.MEMBER, email="member@example.com")
    hidden = await GraphQLClient(client, member)(card)
    assert error_codes(hidden) == ["FORBIDDEN"] and "4242" not in str(hidden)
    status = await GraphQLClient(client, member).data("{ organization { subscription { status } } }")
    assert status["organization"]["subscription"]["status"] == "TRIALING"  # the rest is for every member
    _, secret = await create_token(org, owner.id, Role.OWNER, name="Partner", scopes=["leads:read"], expires_at=None)
    for query in ("{ organization { subscription { status } } }", "{ organization { usage { leadsThisPeriod } } }"):
        assert error_codes(await GraphQLClient(client, secret)(query)) == ["FORBIDDEN"]


async def test_events_twice_and_out_of_order_change_nothing_more(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    testing.webhooks(stripe, shuffle=True, duplicate=True)
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    sent = testing.sent_events(stripe)
    assert len(sent) >= 3
    assert await StripeEvent.all().count() == len({e["id"] for e in sent})
    assert await BillingAccount.all().count() == 1 and await Invoice.all().count() == 1
    assert (await subscription(gql))["seats"] == 2
    # Stripe delivers the whole history again, newest first: stored, recognised by event id, not applied.
    applied = await StripeEvent.all().count()
    for event in sent:
        stripe.state.deliveries.insert(0, {"event": event["id"], "due": 0})
    await testing.deliver(stripe)
    await drain_jobs()
    assert await WebhookEvent.filter(status="PENDING").count() == 0
    assert await StripeEvent.all().count() == applied
    assert await Invoice.all().count() == 1 and (await subscription(gql))["seats"] == 2


async def test_checkout_urls_off_the_allowed_origins_are_invalid_input(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    for field, url in (("successUrl", "https://evil.example/done"), ("cancelUrl", "javascript:alert(1)")):
        body = await gql.data(START_CHECKOUT, {"input": {**CHECKOUT_INPUT, field: url}})
        assert body["startCheckout"]["errors"][0]["code"] == "INVALID_INPUT"
        assert body["startCheckout"]["errors"][0]["field"] == field
    unknown = await gql.data(START_CHECKOUT, {"input": {**CHECKOUT_INPUT, "planId": "gold"}})
    assert unknown["startCheckout"]["errors"][0] == {"field": "planId", "code": "NOT_FOUND", "message": "No such plan."}
    portal = await gql.data(
        'mutation { openBillingPortal(input: {returnUrl: "https://evil.example/"}) { url errors { code field } } }'
    )
    assert portal["openBillingPortal"]["errors"] == [{"code": "INVALID_INPUT", "field": "returnUrl"}]


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MEMBER])
async def test_only_owners_buy_and_tokens_never(client, stripe: StripeEmulator, role: Role) -> None:  # type: ignore[no-untyped-def]
    owner, _ = await make_user(role=Role.OWNER)
    memberships = await owner.memberships.all()
    _, token = await make_user(await memberships[0].organization, role=role)
    body = await GraphQLClient(client, token)(START_CHECKOUT, {"input": CHECKOUT_INPUT})
    assert error_codes(body) == ["FORBIDDEN"]
    invoices = await GraphQLClient(client, token)(INVOICES)
    assert error_codes(invoices) == ([] if role is Role.ADMIN else ["FORBIDDEN"])
