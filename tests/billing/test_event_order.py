"""Stripe's webhooks arrive at least once, late and in any order (STRIPE.md §9.4; SPEC §7.3 "duplicates
harmless (event id), out-of-order safe"), and invoices come from their snapshots: each case delivers signed
events and reads the result over GraphQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

from app.accounts.models import Organization, Role
from app.billing.models import BillingAccount
from app.ids import global_id
from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.integrations.stripe.client import StripeClient
from app.integrations.stripe.transport import set_stripe_transport
from app.mail.models import OutboxMail
from app.notifications.models import Notification, NotificationKind
from app.sandbox.stripe import StripeEmulator, events, testing
from app.sandbox.stripe.state import render
from app.settings import get_settings
from tests.billing.helpers import INVOICES, StrictStripe, new_event, post_event, subscribe, subscription
from tests.support import GraphQLClient, drain_jobs, make_user

DAY = 86400


async def test_invoices_are_mirrored_without_reading_a_single_invoice(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """STRIPE.md §7 documents the invoice list only: a stub without `GET /v1/invoices/{id}` still gets them."""
    strict = StrictStripe(stripe, absent=(("GET", r"^/v1/invoices/in_"),))
    set_stripe_transport(strict)
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=3)
    invoices = (await gql.data(INVOICES))["invoices"]
    assert invoices["totalCount"] == 1
    invoice = invoices["edges"][0]["node"]
    assert invoice["status"] == "PAID" and invoice["number"] and invoice["pdfUrl"]
    assert not [path for _, path, _, _ in strict.calls if path.startswith("/v1/invoices/")]


async def test_one_event_delivered_twice_with_other_bytes_at_once_is_applied_once(
    client, stripe: StripeEmulator
) -> None:  # type: ignore[no-untyped-def]
    """Two copies of one `invoice.payment_failed` (same `evt_` id, other bytes, so two inbox rows) processed
    at the same time: OWNERs are told once."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, card="4000000000000341", seats=2)
    testing.webhooks(stripe, bad_signature=True)  # Stripe's own deliveries fail: the test delivers
    await testing.advance(stripe, 15 * DAY)  # the trial ends, the first charge fails
    [failed] = testing.sent_events(stripe, "invoice.payment_failed")
    for body in (json.dumps(failed).encode(), json.dumps(failed, indent=1).encode()):
        await post_event(client, failed, body)
    hold = testing.hold_next(stripe, "GET", r"^/v1/subscriptions/sub_")  # one copy waits in Stripe's read
    running = asyncio.create_task(drain_jobs())
    await asyncio.wait_for(hold.entered.wait(), 10)
    for _ in range(400):  # the other copy goes all the way through meanwhile
        if await WebhookEvent.filter(status=WebhookEventStatus.PROCESSED, object="event").exists():
            break
        await asyncio.sleep(0.025)
    hold.release.set()
    await running
    assert await WebhookEvent.filter(status=WebhookEventStatus.PENDING).count() == 0
    assert await OutboxMail.filter(kind="billing_payment_failed").count() == 1
    assert await Notification.filter(kind=NotificationKind.BILLING).count() == 1


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


async def test_an_uncollectible_invoice_can_still_be_paid_and_paid_is_final(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    [invoice] = stripe.state.all("invoice")
    snapshot = render(invoice, stripe.config.api_version)
    for status, kind in (
        ("uncollectible", "invoice.payment_failed"),
        ("paid", "invoice.paid"),
        ("open", "invoice.finalized"),  # late
        ("void", "invoice.payment_failed"),  # impossible after paid: nothing changes
    ):
        await post_event(client, new_event(kind, {**snapshot, "status": status}))
        await drain_jobs()
    [edge] = (await gql.data(INVOICES))["invoices"]["edges"]
    assert edge["node"]["status"] == "PAID"


async def test_a_checkout_is_linked_by_its_client_reference_id(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """A Checkout Session without our metadata (made elsewhere, e.g. in Stripe's dashboard) still names the
    organisation through `client_reference_id`, its global id (STRIPE.md §4, §9.3)."""
    owner, token = await make_user(role=Role.OWNER)
    org = await Organization.get(memberships__user_id=owner.id)
    async with StripeClient(get_settings()) as api:
        session = await api.create_checkout_session(
            {
                "mode": "subscription",
                "line_items": [{"price": "price_seat_monthly", "quantity": 4}],
                "success_url": "http://testserver/billing/done",
                "client_reference_id": global_id("Organization", org.id),
            }
        )
    await testing.complete_checkout(stripe, session["id"])
    await drain_jobs()
    found = await subscription(GraphQLClient(client, token))
    assert found["status"] == "ACTIVE" and found["seats"] == 4


async def test_a_payment_failure_that_no_longer_holds_tells_no_one(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.3 "out-of-order safe": a late `invoice.payment_failed` for an invoice held as PAID, or for a
    subscription that has ended since, changes nothing and mails nobody."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    [invoice] = stripe.state.all("invoice")
    snapshot = render(invoice, stripe.config.api_version)
    await post_event(client, new_event("invoice.payment_failed", {**snapshot, "status": "open"}))
    await drain_jobs()
    [edge] = (await gql.data(INVOICES))["invoices"]["edges"]
    assert edge["node"]["status"] == "PAID"
    async with StripeClient(get_settings()) as api:
        await api.request("DELETE", f"/subscriptions/{(await BillingAccount.get()).stripe_subscription_id}")
    await drain_jobs()
    late = {**snapshot, "id": "in_lateFailureOfAnEndedSub", "status": "open"}
    await post_event(client, new_event("invoice.payment_failed", late))
    await drain_jobs()
    assert await OutboxMail.filter(kind="billing_payment_failed").count() == 0
    assert await Notification.filter(kind=NotificationKind.BILLING).count() == 0
