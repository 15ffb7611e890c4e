"""Campaign reads, insights math and syncMeta over GraphQL, as a frontend or partner would use them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from app.accounts.models import Role
from app.campaigns.models import AdAccount
from app.integrations.meta.graph import THROTTLE
from app.jobs import Job, JobKind, run_job
from schema.relay import to_global_id
from tests.factories import NODE_FACTORIES, make_ad_set, make_campaign, make_insight
from tests.factories.meta_emulator import make_ad_account
from tests.fakes.meta import FakeMeta, connect_org
from tests.support import GraphQLClient, error_codes, make_org, make_user

INSIGHTS = """
query($id: ID!, $range: InsightRangeInput, $g: InsightGranularity!) {
  campaign(id: $id) {
    name
    insights(range: $range, granularity: $g) {
      impressions clicks reach leads ctr cpc cpm costPerLead
      spend { amount currency } currency
      series { date impressions leads costPerLead spend { amount } }
      daily { date }
    }
  }
}
"""


@pytest.fixture(autouse=True)
def _no_pauses() -> Iterator[None]:
    THROTTLE.clear()
    yield
    THROTTLE.clear()


@pytest.mark.sqlite
async def test_insights_totals_and_cost_per_lead(client) -> None:
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    campaign = await make_campaign(org)
    d1, d2 = dt.date(2026, 7, 1), dt.date(2026, 7, 2)
    await make_insight(org, campaign, d1, impressions=1000, clicks=50, spend="100.00", reach=800, leads=4)
    await make_insight(org, campaign, d2, impressions=3000, clicks=150, spend="200.50", reach=2000, leads=0)
    gql = GraphQLClient(client, token)
    variables = {
        "id": to_global_id("Campaign", campaign.id),
        "range": {"since": "2026-07-01", "until": "2026-07-31"},
        "g": "TOTAL",
    }
    data = (await gql.data(INSIGHTS, variables))["campaign"]["insights"]
    assert data["impressions"] == 4000 and data["clicks"] == 200 and data["leads"] == 4 and data["reach"] == 2800
    assert data["spend"] == {"amount": "300.50", "currency": "EUR"} and data["currency"] == "EUR"
    assert data["ctr"] == "5.000000" and data["cpc"] == "1.502500" and data["cpm"] == "75.125000"
    assert data["costPerLead"] == "75.125000"
    assert len(data["series"]) == 1 and len(data["daily"]) == 2
    variables["g"] = "DAY"
    day = (await gql.data(INSIGHTS, variables))["campaign"]["insights"]["series"]
    assert [p["date"] for p in day] == ["2026-07-01", "2026-07-02"]
    assert day[0]["costPerLead"] == "25.000000" and day[1]["costPerLead"] is None  # no leads: null, not 0
    variables["range"] = {"since": "2026-08-01", "until": "2026-08-31"}
    empty = (await gql.data(INSIGHTS, variables))["campaign"]["insights"]
    assert empty["impressions"] == 0 and empty["costPerLead"] is None and empty["spend"]["amount"] == "0.00"
    variables["range"] = {"since": "2026-08-02", "until": "2026-08-01"}
    assert error_codes(await gql(INSIGHTS, variables)) == ["INVALID_INPUT"]


@pytest.mark.sqlite
async def test_insights_since_alone_runs_until_today(client) -> None:
    """README's example `insights(range: {since: ...})`: `until` defaults to today."""
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    campaign = await make_campaign(org)
    today = dt.datetime.now(dt.UTC).date()
    await make_insight(org, campaign, today, impressions=10, clicks=1, spend="1.00", reach=5, leads=1)
    await make_insight(org, campaign, today - dt.timedelta(days=5), impressions=90, clicks=9, spend="9.00", reach=5)
    query = f"""{{ campaign(id: "{to_global_id("Campaign", campaign.id)}") {{
      insights(range: {{since: "{today - dt.timedelta(days=1)}"}}) {{ since until impressions leads }} }} }}"""
    data = (await GraphQLClient(client, token).data(query))["campaign"]["insights"]
    assert data == {"since": str(today - dt.timedelta(days=1)), "until": str(today), "impressions": 10, "leads": 1}


BUDGETS = """query($id: ID!) { campaign(id: $id) {
  dailyBudget { amount currency } lifetimeBudget { amount currency }
  insights(range: {since: "2026-07-01", until: "2026-07-01"}) { spend { amount currency } } } }"""
AD_SET_BUDGET = "query($id: ID!) { node(id: $id) { ... on AdSet { dailyBudget { amount currency } } } }"


@pytest.mark.sqlite
@pytest.mark.parametrize(
    ("currency", "budget", "spend"),
    [
        ("JPY", "5000", "1"),  # zero decimals: the minor unit is the yen
        ("KWD", "12.345", "1.234"),  # three decimals: 1,000 fils to the dinar
        ("EUR", "123.45", "1.23"),
    ],
)
async def test_budgets_and_spend_are_in_the_currency_s_own_units(
    client, currency: str, budget: str, spend: str
) -> None:
    """META.md §2.2: a budget is in the currency's minor unit (not always a hundredth); amounts have its decimals."""
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    account = await make_ad_account(org, currency=currency)
    minor = budget.replace(".", "")  # as Meta sends it: "5000", "12345", "12345"
    campaign = await make_campaign(org, account, daily_budget=minor, lifetime_budget=minor)
    ad_set = await make_ad_set(org, campaign)
    await type(ad_set).filter(id=ad_set.id).update(daily_budget=minor)
    await make_insight(org, campaign, dt.date(2026, 7, 1), impressions=1, clicks=0, spend="1.2340", currency=currency)
    gql = GraphQLClient(client, token)
    shown = (await gql.data(BUDGETS, {"id": to_global_id("Campaign", campaign.id)}))["campaign"]
    assert shown["dailyBudget"] == shown["lifetimeBudget"] == {"amount": budget, "currency": currency}
    assert shown["insights"]["spend"] == {"amount": spend, "currency": currency}
    ad_set_shown = (await gql.data(AD_SET_BUDGET, {"id": to_global_id("AdSet", ad_set.id)}))["node"]
    assert ad_set_shown["dailyBudget"] == {"amount": budget, "currency": currency}


RANGE = "query($id: ID!, $range: InsightRangeInput) { campaign(id: $id) { insights(range: $range) { since until } } }"


@pytest.mark.sqlite
@pytest.mark.parametrize(
    ("zone", "now", "today"),
    [
        ("America/Los_Angeles", dt.datetime(2026, 12, 7, 5, 15, tzinfo=dt.UTC), "2026-12-06"),  # still the 6th in LA
        ("Asia/Tokyo", dt.datetime(2026, 12, 6, 20, 0, tzinfo=dt.UTC), "2026-12-07"),  # already the 7th in Tokyo
        (None, dt.datetime(2026, 12, 7, 5, 15, tzinfo=dt.UTC), "2026-12-07"),
    ],
)
async def test_today_is_the_ad_account_s_today(
    client, monkeypatch: pytest.MonkeyPatch, zone: str | None, now: dt.datetime, today: str
) -> None:
    """SPEC: an inclusive date range in the ad account's time zone, `until` by default today (there)."""
    from app.campaigns import services

    monkeypatch.setattr(services, "_now", lambda: now)
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    account = await make_ad_account(org)
    await AdAccount.filter(id=account.id).update(timezone_name=zone)
    campaign = await make_campaign(org, account)
    gql = GraphQLClient(client, token)
    variables: dict[str, object] = {"id": to_global_id("Campaign", campaign.id)}
    shown = (await gql.data(RANGE, variables))["campaign"]
    day = dt.date.fromisoformat(today)
    assert shown["insights"] == {"since": str(day - dt.timedelta(days=29)), "until": today}
    assert (await gql.data(RANGE, {**variables, "range": {"since": today}}))["campaign"]["insights"]["until"] == today
    tomorrow = str(day + dt.timedelta(days=1))
    refused = await gql(RANGE, {**variables, "range": {"since": tomorrow}})
    assert error_codes(refused) == ["INVALID_INPUT"] and f"after today ({today})" in refused["errors"][0]["message"]


async def test_synced_campaigns_are_listed_filtered_and_scoped(client, meta: FakeMeta) -> None:
    user, token = await make_user(role=Role.VIEWER)
    org = await user.last_organization
    await connect_org(org, meta)
    from app.integrations.meta.sync import sync_organization

    await sync_organization(org.id)
    gql = GraphQLClient(client, token)
    listing = await gql.data(
        """{ campaigns(first: 10, orderBy: {field: NAME, direction: ASC}) { totalCount edges { node {
             id name status objective dailyBudget { amount currency } adAccount { metaId currency } } } } }"""
    )
    names = [e["node"]["name"] for e in listing["campaigns"]["edges"]]
    assert names == ["Awareness spring", "Lead gen Q3", "Legacy lead ads"] and listing["campaigns"]["totalCount"] == 3
    lead_gen = listing["campaigns"]["edges"][1]["node"]
    assert lead_gen["dailyBudget"] == {"amount": "50.00", "currency": "EUR"}
    assert lead_gen["adAccount"]["metaId"] == f"act_{meta.AD_ACCOUNT_ID}"
    paused = await gql.data("{ campaigns(filter: {status: PAUSED}) { edges { node { name } } } }")
    assert [e["node"]["name"] for e in paused["campaigns"]["edges"]] == ["Awareness spring"]
    search = await gql.data('{ campaigns(filter: {search: "legacy"}) { edges { node { name } } } }')
    assert [e["node"]["name"] for e in search["campaigns"]["edges"]] == ["Legacy lead ads"]
    rest = await gql.data(
        "{ adAccounts { totalCount } adSets { totalCount } ads { totalCount edges { node { "
        "adSet { name } campaign { name } } } } leadForms { totalCount } }"
    )
    assert rest["adAccounts"]["totalCount"] == 2 and rest["adSets"]["totalCount"] == 3
    assert rest["ads"]["totalCount"] == 3
    insights = await gql.data(INSIGHTS, {"id": lead_gen["id"], "g": "TOTAL"})
    assert insights["campaign"]["insights"]["leads"] > 0
    _other, other_token = await make_user(role=Role.OWNER)
    assert (await GraphQLClient(client, other_token).data(INSIGHTS, {"id": lead_gen["id"], "g": "TOTAL"}))[
        "campaign"
    ] is None
    assert (await GraphQLClient(client, other_token).data("{ campaigns { totalCount } }"))["campaigns"][
        "totalCount"
    ] == 0


async def test_nodes_resolve_only_in_their_organisation(client) -> None:
    user, token = await make_user(role=Role.OWNER)  # NODE_FACTORIES also holds admin-only types
    org = await user.last_organization
    _, stranger = await make_user(role=Role.OWNER)
    for type_name in ("AdAccount", "Campaign", "AdSet", "Ad", "LeadForm"):  # this room's types
        node_id = await NODE_FACTORIES[type_name](org, user)
        query = "query($id: ID!) { node(id: $id) { id __typename } }"
        mine = await GraphQLClient(client, token).data(query, {"id": node_id})
        assert mine["node"] == {"id": node_id, "__typename": type_name}
        assert (await GraphQLClient(client, stranger).data(query, {"id": node_id}))["node"] is None


SYNC = """mutation($input: SyncMetaInput!) { syncMeta(input: $input) {
  job { id kind status } errors { field code } } }"""


@pytest.mark.usefixtures("app")
async def test_sync_meta_mutation(client, meta: FakeMeta) -> None:
    admin, token = await make_user(role=Role.ADMIN)
    org = await admin.last_organization
    gql = GraphQLClient(client, token)
    account = await AdAccount.create(
        organization=org,
        meta_id=f"act_{meta.AD_ACCOUNT_ID}",
        account_id=meta.AD_ACCOUNT_ID,
        name="Main",
        currency="EUR",
    )
    account_id = to_global_id("AdAccount", account.id)
    not_connected = await gql.data(SYNC, {"input": {"adAccountId": account_id}})
    assert not_connected["syncMeta"]["errors"] == [{"field": None, "code": "INTEGRATION_NOT_CONNECTED"}]
    unknown = await gql.data(SYNC, {"input": {"adAccountId": to_global_id("AdAccount", uuid.uuid4())}})
    assert unknown["syncMeta"]["errors"] == [{"field": None, "code": "INTEGRATION_NOT_CONNECTED"}]  # whatever the id
    await connect_org(org, meta)
    _member, viewer_token = await make_user(org, role=Role.MEMBER)
    assert error_codes(await GraphQLClient(client, viewer_token)(SYNC, {"input": {"adAccountId": account_id}})) == [
        "FORBIDDEN"
    ]
    other_org = await make_org()
    foreign = await AdAccount.create(organization=other_org, meta_id="act_9", account_id="9", name="x")
    missing = await gql.data(SYNC, {"input": {"adAccountId": to_global_id("AdAccount", foreign.id)}})
    assert missing["syncMeta"]["errors"] == [{"field": "adAccountId", "code": "NOT_FOUND"}]
    since = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=7)).isoformat()
    started = (await gql.data(SYNC, {"input": {"adAccountId": account_id, "since": since}}))["syncMeta"]
    assert started["errors"] == [] and started["job"]["kind"] == "META_SYNC"
    job = await Job.get(kind=JobKind.META_SYNC, organization_id=org.id)
    await run_job(job.id)
    done = await gql.data("query($id: ID!) { job(id: $id) { status progress result } }", {"id": started["job"]["id"]})
    assert done["job"]["status"] == "SUCCEEDED" and done["job"]["progress"] == 100
    assert done["job"]["result"]["synced"][0]["since"] == since
    campaigns = await gql.data("{ campaigns { totalCount } }")
    assert campaigns["campaigns"]["totalCount"] == 3
    # Meta's own `act_…` id and a date-time `since` are understood too (SPEC does not say which id or form).
    by_meta_id = {"adAccountId": account.meta_id, "since": f"{since}T09:30:00+00:00"}
    again = (await gql.data(SYNC, {"input": by_meta_id}))["syncMeta"]
    assert again["errors"] == [] and again["job"]["kind"] == "META_SYNC"
    unknown = (await gql.data(SYNC, {"input": {"adAccountId": "act_404"}}))["syncMeta"]
    assert unknown["errors"] == [{"field": "adAccountId", "code": "NOT_FOUND"}]


async def test_api_tokens_need_campaigns_read_and_never_sync(client) -> None:
    from app.accounts.models import ApiToken
    from app.security.tokens import new_token, token_hash

    owner, _ = await make_user(role=Role.OWNER)
    org = await owner.last_organization
    campaign = await make_campaign(org)

    async def token(scopes: list[str]) -> GraphQLClient:
        secret = new_token("qx_")
        await ApiToken.create(
            organization=org,
            created_by=owner,
            name="partner",
            token_hash=token_hash(secret),
            token_hint=secret[-4:],
            scopes=scopes,
        )
        return GraphQLClient(client, secret)

    reader = await token(["campaigns:read"])
    assert (await reader.data("{ campaigns { totalCount } }"))["campaigns"]["totalCount"] == 1
    node = await reader.data("query($id: ID!) { node(id: $id) { id } }", {"id": to_global_id("Campaign", campaign.id)})
    assert node["node"] is not None
    account_id = to_global_id("AdAccount", campaign.ad_account_id)
    assert error_codes(await reader(SYNC, {"input": {"adAccountId": account_id}})) == ["FORBIDDEN"]
    leads_only = await token(["leads:read"])
    assert error_codes(await leads_only("{ campaigns { totalCount } }")) == ["FORBIDDEN"]


@pytest.mark.usefixtures("app")
async def test_a_sync_failed_by_meta_says_why(client, meta: FakeMeta) -> None:
    """A permanent Meta error (100/33) ends the job FAILED with Meta's (data-free) reason, as RETRYING shows one."""
    admin, token = await make_user(role=Role.ADMIN)
    org = await admin.last_organization
    await connect_org(org, meta)
    gql = GraphQLClient(client, token)
    account = await AdAccount.create(
        organization=org, meta_id=f"act_{meta.AD_ACCOUNT_ID}", account_id=meta.AD_ACCOUNT_ID, name="Main"
    )
    started = (await gql.data(SYNC, {"input": {"adAccountId": to_global_id("AdAccount", account.id)}}))["syncMeta"]
    meta.fail_next("campaigns$", code=100, subcode=33, message="Unsupported get request.", times=5)
    job = await Job.get(kind=JobKind.META_SYNC, organization_id=org.id)
    await run_job(job.id)
    done = await gql.data("query($id: ID!) { job(id: $id) { status error } }", {"id": started["job"]["id"]})
    assert done["job"] == {"status": "FAILED", "error": "MetaPermanent: Meta error 100/33: Unsupported get request."}
