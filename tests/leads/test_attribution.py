"""A Lead Ads lead shows the campaign, ad set, ad and form it came from, loaded in batches."""

from __future__ import annotations

import httpx

from app.accounts.models import Role
from app.leads import services
from tests.factories.meta_emulator import make_ad, make_lead_form
from tests.support import GraphQLClient, make_user

LEADS = """{ leads(first: 10) { edges { node { fullName
  campaign { name } adSet { name } ad { name } form { name } } } } }"""


async def test_lead_shows_its_campaign_ad_set_ad_and_form(client: httpx.AsyncClient) -> None:
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    ad = await make_ad(org)
    ad_set = await ad.ad_set
    campaign = await ad_set.campaign
    form = await make_lead_form(org)
    await services.upsert_meta_lead(
        org.id,
        meta_lead_id="900000000000001",
        created_time=None,
        full_name="Ina Ads",
        email="ina@example.com",
        phone=None,
        answers=[],
        campaign_id=campaign.id,
        ad_set_id=ad_set.id,
        ad_id=ad.id,
        form_id=form.id,
    )
    await services.create_lead(org.id, full_name="Manu Manual", email="manu@example.com")
    edges = (await GraphQLClient(client, token).data(LEADS))["leads"]["edges"]
    by_name = {e["node"]["fullName"]: e["node"] for e in edges}
    assert by_name["Ina Ads"] == {
        "fullName": "Ina Ads",
        "campaign": {"name": campaign.name},
        "adSet": {"name": ad_set.name},
        "ad": {"name": ad.name},
        "form": {"name": form.name},
    }
    assert by_name["Manu Manual"]["campaign"] is None and by_name["Manu Manual"]["form"] is None
