"""`quantix demo`: a demo organisation connected to the (emulated) sandbox, with campaigns and leads."""

from __future__ import annotations

import dataclasses
import logging

import httpx
import pytest

from app.accounts.models import Organization, Role
from app.campaigns.models import Campaign
from app.demo import DEMO_EMAIL, DemoRefused, demo_password, ensure_demo, seed_demo
from app.errors import DomainError, ErrorCode
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page
from app.leads.models import Lead
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import CONNECTION, connect, drain
from tests.support import GraphQLClient, make_user

LOG_IN = "mutation($i: LogInInput!) { logIn(input: $i) { token errors { code } } }"
DISCONNECT = "mutation { disconnectMeta(input: {purgeLeads: false}) { disconnected errors { code } } }"


@pytest.mark.sqlite
@pytest.mark.usefixtures("app")
async def test_demo_is_seeded_once(meta: FakeMeta) -> None:
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    first = await ensure_demo(settings)
    await drain()
    assert "demo@quantix.local" in first
    org = await Organization.get(slug="demo")
    conn = await MetaConnection.get(organization_id=org.id)
    assert conn.status is ConnectionStatus.CONNECTED
    assert await Campaign.filter(organization_id=org.id).count() >= 3
    assert await Lead.filter(organization_id=org.id).count() == 3  # two Lead Ads leads, one Click-to-WhatsApp
    again = await ensure_demo(settings)
    await drain()
    assert again == first
    assert await Organization.filter(slug="demo").count() == 1
    assert await Lead.filter(organization_id=org.id).count() == 3  # two Lead Ads leads, one Click-to-WhatsApp


async def test_a_restart_leaves_a_disconnected_demo_alone(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """The demo is seeded once: after it disconnected Meta and another organisation took its Page and ad account,
    `quantix serve` starts again without reconnecting the demo, importing its leads again or failing."""
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    printed = await ensure_demo(settings)
    await drain()
    demo = await Organization.get(slug="demo")
    leads = await Lead.filter(organization_id=demo.id).count()
    login = {"i": {"email": DEMO_EMAIL, "password": demo_password(settings)}}
    token = (await GraphQLClient(client).data(LOG_IN, login))["logIn"]["token"]
    as_demo = GraphQLClient(client, token)
    assert (await as_demo.data(DISCONNECT))["disconnectMeta"] == {"disconnected": True, "errors": []}
    _, other_token = await make_user(role=Role.OWNER)
    await connect(client, GraphQLClient(client, other_token), meta)  # the same Page and ad account
    await drain()

    assert await ensure_demo(settings) == printed
    await drain()
    assert (await as_demo.data(CONNECTION))["metaConnection"] is None
    assert await Lead.filter(organization_id=demo.id).count() == leads
    taken = await Page.get(meta_id=meta.PAGE_ID, selected=True)
    assert taken.organization_id != demo.id


async def test_serve_starts_when_the_demo_cannot_be_seeded(
    meta: FakeMeta, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def refused(*args: object) -> None:
        raise DomainError(ErrorCode.INVALID_STATE, "Page 1 is already connected to another organisation.")

    monkeypatch.setattr("app.demo._connect", refused)
    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    with caplog.at_level(logging.WARNING, logger="quantix.demo"):
        printed = await seed_demo(settings)
    assert "could not be seeded (DomainError: Page 1 is already connected" in printed
    assert [r.message for r in caplog.records] == ["the sandbox demo could not be seeded"]
    assert "demo@quantix.local" in await seed_demo(settings)  # seeded once: the next start does not try again


async def test_demo_needs_the_sandbox() -> None:
    with pytest.raises(DemoRefused):
        await ensure_demo(get_settings())


async def test_subscribe_app(meta: FakeMeta) -> None:
    from app.integrations.meta.cli import subscribe_app

    done = await subscribe_app(get_settings(), whatsapp=True)
    assert done == [
        "page:leadgen",
        "whatsapp_business_account:messages,message_template_status_update,template_category_update",
    ]
    page = meta.app_subscriptions["page"]
    assert page["callback_url"] == "http://testserver/webhooks/meta" and page["fields"] == ["leadgen"]
    assert page["verify_token"] == get_settings().meta_webhook_verify_token
