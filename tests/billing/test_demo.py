"""The sandbox demo with billing on: the demo organisation subscribes through Checkout in the Stripe emulator
and the product mirrors the trialing subscription and its invoice through the webhook inbox."""

from __future__ import annotations

import dataclasses

import httpx

from app.accounts.models import Organization
from app.billing import services
from app.billing.models import Invoice, InvoiceStatus, SubscriptionStatus
from app.demo import ensure_demo
from app.integrations.stripe.transport import set_stripe_transport
from app.sandbox.stripe import StripeEmulator
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.fakes.meta import meta_fixture as meta  # noqa: F401
from tests.support import drain_jobs


async def test_demo_trials_through_checkout_even_when_webhooks_were_missed(
    meta: FakeMeta,  # noqa: F811
    stripe: StripeEmulator,
) -> None:
    # `quantix serve` seeds the demo before it listens: the emulator's deliveries fail then.
    unreachable = httpx.MockTransport(lambda request: httpx.Response(503))
    object.__setattr__(stripe.state.config, "webhook_transport", unreachable)
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)

    printed = await ensure_demo(settings)
    await drain_jobs()

    org = await Organization.get(slug="demo")
    view = await services.subscription_view(settings, org.id)
    assert view is not None and view.status is SubscriptionStatus.TRIALING and view.seats == 5  # room to invite members
    assert view.card is not None and view.card[1] == "4242"
    invoices = await Invoice.filter(organization_id=org.id)
    assert [(i.status, i.total) for i in invoices] == [(InvoiceStatus.PAID, 0)]
    assert "startCheckout" in printed and "4242 4242 4242 4242" in printed

    again = await ensure_demo(settings)
    await drain_jobs()
    assert again == printed
    assert await Invoice.filter(organization_id=org.id).count() == 1
    assert len(stripe.state.all("subscription", lambda s: True)) == 1


async def test_the_demo_subscribes_anew_when_the_sandbox_lost_its_state(
    meta: FakeMeta,  # noqa: F811
    stripe: StripeEmulator,
) -> None:
    """A database older than the sandbox's state (say its file was removed): the demo's customer is unknown to
    Stripe, so the demo subscribes again instead of leaving the portal and seat changes refused for good."""
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    await ensure_demo(settings)
    await drain_jobs()
    org = await Organization.get(slug="demo")
    lost = (await services.account_of(org.id)).stripe_customer_id  # type: ignore[union-attr]

    fresh = StripeEmulator(dataclasses.replace(stripe.config))  # a sandbox that never saw the demo
    set_stripe_transport(httpx.ASGITransport(app=fresh.app))
    await ensure_demo(settings)
    await drain_jobs()
    account = await services.account_of(org.id)
    assert account is not None and account.stripe_customer_id != lost
    assert [s["customer"] for s in fresh.state.all("subscription")] == [account.stripe_customer_id]
    view = await services.change_seats(settings, org.id, 6)
    assert view.status is SubscriptionStatus.TRIALING and view.seats == 6
