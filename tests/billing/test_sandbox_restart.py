"""The development Stripe sandbox (QUANTIX_STRIPE_SANDBOX, in-process at /sandbox/stripe) keeps its state
across a restart of the server: the customers and subscriptions the database names are still there, so the
billing portal, seat changes and billing details keep working. A restart is a fresh process: no emulator yet."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.accounts.models import Role
from app.billing import events
from app.integrations.stripe import client as stripe_client
from app.integrations.stripe import sandbox
from app.integrations.stripe.transport import stripe_transport
from app.settings import get_settings
from tests.billing.helpers import CHANGE_SEATS, pay_page, start_checkout, subscription
from tests.support import GraphQLClient, drain_jobs, make_user

PORTAL = """mutation { openBillingPortal(input: {returnUrl: "http://testserver/billing"}) {
  url errors { code message } } }"""
DETAILS = """mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) {
  errors { field code message } } }"""
ADDRESS = {"line1": "Hauptstr. 1", "city": "Berlin", "postalCode": "10115", "country": "DE"}


@pytest.fixture
async def sandbox_on(app: Any, tmp_path: Path) -> AsyncIterator[Path]:
    """Billing on with the in-process sandbox, its state kept beside the media directory under `tmp_path`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUANTIX_BILLING", "stripe")
        patch.setenv("QUANTIX_STRIPE_SANDBOX", "true")
        patch.setenv("QUANTIX_MEDIA_DIR", str(tmp_path / "data" / "media"))
        patch.setattr(stripe_client, "BACKOFF_SECONDS", 0.0)
        patch.setattr(sandbox, "_emulators", {})
        get_settings.cache_clear()
        try:
            yield tmp_path / "data" / "stripe-sandbox.json"
        finally:
            get_settings.cache_clear()


def restart(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(sandbox, "_emulators", {})


async def test_a_restarted_sandbox_still_knows_the_organisations_customer_and_subscription(
    client, sandbox_on: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    url = await start_checkout(gql, seats=2)
    assert await pay_page(stripe_transport(get_settings()), url) == 303
    await events.recover_undelivered(get_settings())  # no server listens for the sandbox's webhooks here
    await drain_jobs()
    assert (await subscription(gql))["seats"] == 2

    restart(monkeypatch)
    portal = (await gql.data(PORTAL))["openBillingPortal"]
    assert portal["errors"] == [] and "/sandbox/stripe/p/session/bps_" in portal["url"]
    seats = (await gql.data(CHANGE_SEATS, {"input": {"seats": 3}}))["changeSeats"]
    assert seats["errors"] == [] and seats["billingSubscription"]["seats"] == 3
    details = {"email": "billing@acme.example", "companyName": "Acme GmbH", "address": ADDRESS}
    assert (await gql.data(DETAILS, {"input": details}))["updateBillingDetails"]["errors"] == []


async def test_stripes_refusals_name_no_stripe_ids(client, sandbox_on: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Should the sandbox lose its state after all (its file removed), the refusal shows no `cus_…` id."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    details = {"email": "billing@acme.example", "companyName": "Acme GmbH", "address": ADDRESS}
    assert (await gql.data(DETAILS, {"input": details}))["updateBillingDetails"]["errors"] == []
    sandbox_on.unlink(missing_ok=True)
    restart(monkeypatch)
    [error] = (await gql.data(PORTAL))["openBillingPortal"]["errors"]
    assert error["code"] == "INVALID_STATE" and "No such customer" in error["message"]
    assert "cus_" not in error["message"], error
