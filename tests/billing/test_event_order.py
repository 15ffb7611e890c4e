"""Stripe's webhooks arrive late and in any order (STRIPE.md §9.4; SPEC §7.3 "out-of-order safe"): each case
delivers signed events and reads the result over GraphQL."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Organization, Role
from app.billing.models import BillingAccount
from app.integrations.stripe.client import StripeClient
from app.sandbox.stripe import StripeEmulator, events, testing
from app.settings import get_settings
from tests.billing.helpers import subscribe, subscription
from tests.support import GraphQLClient, drain_jobs, make_user

DAY = 86400


async def test_a_late_event_of_a_cancelled_subscription_leaves_the_new_one(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    first = str((await BillingAccount.get()).stripe_subscription_id)
    testing.webhooks(stripe, bad_signature=True)  # this change's event fails now; Stripe retries it in an hour
    async with StripeClient(get_settings()) as api:
        await api.update_subscription(first, {"cancel_at_period_end": True})
        testing.webhooks(stripe, bad_signature=False)
        await api.request("DELETE", f"/subscriptions/{first}")
    await drain_jobs()
    assert (await subscription(gql))["status"] == "CANCELED"
    await subscribe(gql, stripe, seats=3)
    assert (await BillingAccount.get()).stripe_subscription_id != first
    await testing.advance(stripe, 2 * 3600)  # the first subscription's update finally arrives
    await drain_jobs()
    [late] = testing.sent_events(stripe, "customer.subscription.updated")
    late = stripe.state.objects[late["id"]]
    assert late["data"]["object"]["id"] == first
    assert [a["status"] for a in late["_attempts"]] == [400, 200]  # refused, then taken in late
    found = await subscription(gql)
    assert found["status"] == "ACTIVE" and found["seats"] == 3 and found["readOnly"] is False
    assert (await BillingAccount.get()).stripe_subscription_id != first


async def _stripe_says(client, stripe: StripeEmulator, status: str) -> None:  # type: ignore[no-untyped-def]
    """The organisation's subscription has `status` at Stripe, and an event says it changed."""
    sub = stripe.state.objects[str((await BillingAccount.get()).stripe_subscription_id)]
    sub["status"] = status
    events.emit(stripe.state, "customer.subscription.updated", sub)
    await testing.deliver(stripe)
    await drain_jobs()


async def test_a_subscription_that_never_started_blocks_after_the_trial(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """STRIPE.md §6: `incomplete` and `incomplete_expired` block; SPEC §7.7: read-only once the trial is over."""
    owner, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    await _stripe_says(client, stripe, "incomplete")
    found = await subscription(gql)
    assert found["status"] == "INCOMPLETE" and found["readOnly"] is False  # still within the free trial
    org = await Organization.get(memberships__user_id=owner.id)
    await Organization.filter(id=org.id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=15))
    assert (await subscription(gql))["readOnly"] is True
    await _stripe_says(client, stripe, "incomplete_expired")
    found = await subscription(gql)
    assert found["status"] == "CANCELED" and found["readOnly"] is True
    body = await gql('mutation { updateOrganization(input: {name: "Renamed"}) { errors { code } } }')
    assert body["errors"][0]["extensions"]["reason"] == "SUBSCRIPTION_INACTIVE"
