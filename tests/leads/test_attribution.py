"""A Lead Ads lead shows the campaign, ad set, ad and form it came from, loaded in batches."""

from __future__ import annotations

from typing import Any
from unittest.mock import ANY

import httpx
import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.leads import services
from app.leads.models import Lead
from schema.relay import to_global_id
from tests.factories.meta_emulator import make_ad, make_campaign, make_lead_form
from tests.leads.conftest import Team
from tests.leads.test_no_n_plus_one import StatementCounter
from tests.support import GraphQLClient, make_org, make_user

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


PAGE = "{ leads(first: 10) { totalCount edges { node { id fullName SELECTION } } } }"
CAMPAIGN = "campaign { __typename id name metaId }"


async def test_the_list_reads_campaigns_in_its_own_statement_and_never_another_organisations(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = await make_campaign(team.org)
    theirs = await make_campaign(await make_org())
    ours = await services.create_lead(team.org.id, full_name="Ours", email="ours@example.com")
    wrong = await services.create_lead(team.org.id, full_name="Wrong", email="wrong@example.com")
    await services.create_lead(team.org.id, full_name="None", email="none@example.com")
    await Lead.filter(id=ours.id).update(campaign_id=campaign.id)
    await Lead.filter(id=wrong.id).update(campaign_id=theirs.id)  # cannot happen through the API: must stay unseen

    async def page(selection: str) -> tuple[dict[str, Any], int]:
        counter = StatementCounter()
        client_class = type(Tortoise.get_connection("default"))
        with monkeypatch.context() as patch:
            for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
                patch.setattr(client_class, name, counter.wrap(getattr(client_class, name)))
            data = await team.gql.data(PAGE.replace("SELECTION", selection))
        return {e["node"]["fullName"]: e["node"].get("campaign") for e in data["leads"]["edges"]}, counter.count

    expected = {"__typename": "Campaign", "id": to_global_id("Campaign", campaign.id), "name": campaign.name}
    campaigns, with_campaign = await page(CAMPAIGN)
    assert campaigns == {"Ours": {**expected, "metaId": campaign.meta_id}, "Wrong": None, "None": None}
    _, without = await page("")
    assert with_campaign == without  # no statement of its own
    # A selection the page does not read itself (the campaign's ad account) is loaded in one batch, as scoped.
    deeper, _ = await page("campaign { id name adAccount { name } }")
    assert deeper["Wrong"] is None and deeper["None"] is None
    assert deeper["Ours"] == {"id": expected["id"], "name": campaign.name, "adAccount": {"name": ANY}}
    single = await team.gql.data(
        "query($id: ID!) { lead(id: $id) { CAMPAIGN } }".replace("CAMPAIGN", CAMPAIGN),
        {"id": to_global_id("Lead", wrong.id)},
    )
    assert single["lead"]["campaign"] is None
