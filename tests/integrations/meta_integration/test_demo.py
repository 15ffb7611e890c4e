"""`quantix demo`: a demo organisation connected to the (emulated) sandbox, with campaigns and leads."""

from __future__ import annotations

import dataclasses

import pytest

from app.accounts.models import Organization
from app.campaigns.models import Campaign
from app.demo import DemoRefused, ensure_demo
from app.integrations.meta.models import ConnectionStatus, MetaConnection
from app.leads.models import Lead
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import drain


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
