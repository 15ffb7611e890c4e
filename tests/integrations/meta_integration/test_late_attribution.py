"""A Lead Ads lead whose ad Meta has but we have not synced yet: it keeps the ad Meta named and the next sync
attributes it (campaign, ad set, ad; counted by performanceReport), also after a disconnect and a reconnect."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, make_user

NEW_CAMPAIGN, NEW_AD_SET, NEW_AD, NEW_AD_IN_OLD_SET = (
    "120219990000000001",
    "120219990000000002",
    "120219990000000003",
    "120219990000000004",
)
LEADS = """{ leads(first: 10) { edges { node { email
  campaign { name metaId } adSet { name metaId } ad { name metaId } } } } }"""
ACCOUNTS = "{ adAccounts(first: 5) { edges { node { id metaId } } } }"
SYNC = """mutation($id: ID!) { syncMeta(input: {adAccountId: $id}) { job { id } errors { code } } }"""
REPORT = """query($input: PerformanceReportInput!) { performanceReport(input: $input) {
  campaign { metaId } adSet { metaId } ad { metaId } leads } }"""
DISCONNECT = """mutation { disconnectMeta(input: {purgeLeads: false}) { disconnected errors { code } } }"""


async def _connected(client: httpx.AsyncClient, meta: FakeMeta) -> GraphQLClient:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    await drain()  # the first sync
    return gql


def _new_ads_at_meta(meta: FakeMeta) -> None:
    """A new campaign with an ad set and an ad, and a new ad in a synced ad set: created at Meta after our sync."""
    now = meta.now()
    meta.add_campaign(NEW_CAMPAIGN, meta.AD_ACCOUNT_ID, "Winter offer", created_time=now)
    meta.add_ad_set(NEW_AD_SET, NEW_CAMPAIGN, "Hamburg 30-60", updated_time=now)
    meta.add_ad(NEW_AD, NEW_AD_SET, "Ad - winter video", updated_time=now)
    meta.add_ad(NEW_AD_IN_OLD_SET, meta.ADSET_IDS[0], "Ad - video B", updated_time=now)


async def _attribution(gql: GraphQLClient) -> dict[str, tuple[Any, Any, Any]]:
    edges = (await gql.data(LEADS))["leads"]["edges"]
    meta_id = lambda node: node["metaId"] if node else None  # noqa: E731
    return {
        e["node"]["email"]: (meta_id(e["node"]["campaign"]), meta_id(e["node"]["adSet"]), meta_id(e["node"]["ad"]))
        for e in edges
    }


async def _sync(gql: GraphQLClient, meta: FakeMeta) -> str:
    accounts = (await gql.data(ACCOUNTS))["adAccounts"]["edges"]
    account_id = next(e["node"]["id"] for e in accounts if e["node"]["metaId"] == f"act_{meta.AD_ACCOUNT_ID}")
    started = (await gql.data(SYNC, {"id": account_id}))["syncMeta"]
    assert started["errors"] == [], started
    await drain()
    return str(account_id)


@pytest.mark.sqlite
async def test_a_lead_that_comes_before_its_ad_is_synced_is_attributed_by_the_next_sync(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    gql = await _connected(client, meta)
    _new_ads_at_meta(meta)
    await meta.deliver_lead(client, {"full_name": ["Wanda Winter"], "email": ["wanda@example.com"]}, ad_id=NEW_AD)
    await meta.deliver_lead(client, {"full_name": ["Otto Old"], "email": ["otto@example.com"]}, ad_id=NEW_AD_IN_OLD_SET)
    await meta.deliver_lead(client, {"full_name": ["Olga Organic"], "email": ["olga@example.com"]})
    await drain()
    # On arrival, what is synced: nothing of the new campaign; the old campaign and ad set of the new ad.
    assert await _attribution(gql) == {
        "wanda@example.com": (None, None, None),
        "otto@example.com": (meta.CAMPAIGN_IDS[0], meta.ADSET_IDS[0], None),
        "olga@example.com": (None, None, None),
    }

    account_id = await _sync(gql, meta)

    assert await _attribution(gql) == {
        "wanda@example.com": (NEW_CAMPAIGN, NEW_AD_SET, NEW_AD),
        "otto@example.com": (meta.CAMPAIGN_IDS[0], meta.ADSET_IDS[0], NEW_AD_IN_OLD_SET),
        "olga@example.com": (None, None, None),  # organic: Meta names no ad
    }
    day = dt.timedelta(days=1)
    today = dt.datetime.now(dt.UTC).date()  # the account's own day is today or tomorrow
    window = {"adAccountId": account_id, "since": str(today - day), "until": str(today + day)}
    for level, key in (("CAMPAIGN", "campaign"), ("AD", "ad")):
        rows = (await gql.data(REPORT, {"input": {**window, "level": level}}))["performanceReport"]
        leads = {row[key]["metaId"]: row["leads"] for row in rows}
        wanted = NEW_CAMPAIGN if level == "CAMPAIGN" else NEW_AD
        assert leads.get(wanted) == 1, rows


async def test_a_reconnect_attributes_the_leads_a_disconnect_left_without_campaign(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """Disconnect purges campaigns, ad sets and ads, so the leads lose them (SET NULL) but stay, with the ids of
    the ad Meta named: the first sync after a reconnect attributes them again."""
    gql = await _connected(client, meta)
    await meta.deliver_lead(client, {"full_name": ["Jo Kept"], "email": ["jo@example.com"]}, ad_id=meta.AD_IDS[0])
    await drain()
    attributed = (meta.CAMPAIGN_IDS[0], meta.ADSET_IDS[0], meta.AD_IDS[0])
    assert (await _attribution(gql))["jo@example.com"] == attributed

    assert (await gql.data(DISCONNECT))["disconnectMeta"]["errors"] == []
    assert (await _attribution(gql))["jo@example.com"] == (None, None, None)
    lead = await Lead.get(meta_lead_id__isnull=False)
    assert (lead.meta_campaign_id, lead.meta_ad_set_id, lead.meta_ad_id) == attributed

    await connect(client, gql, meta)
    await drain()  # the first sync of the new connection
    assert (await _attribution(gql))["jo@example.com"] == attributed
