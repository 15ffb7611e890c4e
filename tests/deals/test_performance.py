"""performanceReport and Campaign.performance over GraphQL: SPEC §7.7's definitions checked against our own
arithmetic, currencies never mixed, half-even rounding, scopes, typed errors, and a constant statement count."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from decimal import Decimal
from typing import Any

import pytest
from graphql import GraphQLObjectType
from tortoise import Tortoise

from app.accounts.api_tokens import create_token
from app.accounts.models import Role
from app.campaigns.delivery import refresh_running_totals
from app.campaigns.models import Ad, AdAccount, AdInsight, AdSet, Campaign
from app.deals import services as deals
from app.integrations.meta.sync import sync_organization
from app.leads import services as leads
from app.leads.merge import merge_leads
from app.leads.models import Lead, LeadStatus
from app.settings import get_settings
from schema.execution import QuantixExecutionContext
from schema.relay import to_global_id
from tests.deals.conftest import Team
from tests.factories import make_ad, make_ad_insight, make_ad_set, make_campaign, make_insight
from tests.fakes.meta import FakeMeta, connect_org
from tests.leads.test_no_n_plus_one import StatementCounter
from tests.support import GraphQLClient, error_codes, make_org

REPORT = """
query($input: PerformanceReportInput!) {
  performanceReport(input: $input) {
    campaign { id name } spend { amount currency } metaLeads leads qualifiedLeads dealsWon
    revenue { amount currency } pipelineValue { amount } otherCurrencyDeals
    costPerLead { amount } costPerQualifiedLead { amount } roas
  }
}
"""
SINCE, UNTIL = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZONE).astimezone(dt.UTC)


async def _account(team: Team) -> AdAccount:
    return await AdAccount.create(
        organization=team.org,
        meta_id="act_77",
        account_id="77",
        name="Main",
        currency="EUR",
        timezone_name="America/Los_Angeles",
    )


async def _lead(team: Team, campaign: Campaign, created: dt.datetime, n: int, **fields: object) -> Lead:
    lead = await leads.create_lead(team.org.id, full_name=f"Lead {n}", email=f"perf{n}-{campaign.id.hex[:6]}@ex.com")
    await Lead.filter(id=lead.id).update(campaign_id=campaign.id, meta_created_time=created, **fields)
    return await Lead.get(id=lead.id)


async def _won(team: Team, lead: Lead, amount: str, currency: str = "EUR") -> None:
    stage = await deals.stages_of(team.org.id, [(await deals.default_pipeline(team.org.id)).id])
    won = next(s for rows in stage.values() for s in rows if s.kind.value == "WON")
    await deals.create_deal(
        team.org.id, lead_id=lead.id, name="d", stage_id=won.id, amount=Decimal(amount), currency=currency
    )


async def _seed(team: Team, account: AdAccount) -> tuple[Campaign, Campaign]:
    spring = await make_campaign(team.org, account, name="Spring")
    autumn = await make_campaign(team.org, account, name="Autumn")
    await make_campaign(team.org, account, name="Idle")  # no spend, no leads: no row
    await make_insight(team.org, spring, SINCE, impressions=1, clicks=1, spend="60.0025", leads=3)
    await make_insight(team.org, spring, UNTIL, impressions=1, clicks=1, spend="40.0000", leads=2)
    await make_insight(team.org, spring, UNTIL + dt.timedelta(days=1), impressions=1, clicks=1, spend="999", leads=9)
    await make_insight(team.org, autumn, dt.date(2026, 10, 15), impressions=1, clicks=1, spend="10.00", leads=1)

    in_first = await _lead(team, spring, _local(SINCE, 0, 1), 1)  # just after local midnight: in range
    in_last = await _lead(team, spring, _local(UNTIL, 23, 59), 2)  # late on the last local day: in range
    await _lead(team, spring, _local(UNTIL + dt.timedelta(days=1), 0, 1), 3)  # after the range
    await _lead(team, spring, _local(SINCE, 0, 0) - dt.timedelta(minutes=1), 4)  # before it (UTC says October)
    qualified = await _lead(team, spring, _local(dt.date(2026, 10, 10), 12), 5)
    await leads.set_status(team.org.id, qualified.id, LeadStatus.QUALIFIED)
    # A stored lead flagged as a duplicate but never merged counts like any stored lead (SPEC §7.4), deal too;
    # a merged one is gone (SPEC §7.7 "merged duplicates excluded").
    duplicate = await _lead(team, spring, _local(dt.date(2026, 10, 11), 12), 6)
    await Lead.filter(id=duplicate.id).update(duplicate_of_id=in_first.id)
    await _won(team, duplicate, "50.00")
    merged = await _lead(team, spring, _local(dt.date(2026, 10, 12), 12), 7)
    await Lead.filter(id=merged.id).update(duplicate_of_id=in_first.id)
    await merge_leads(team.org.id, in_first.id, [merged.id])

    await _won(team, in_first, "150.00")
    await _won(team, in_first, "99.99", currency="USD")  # another currency: counted apart, never converted
    await deals.create_deal(team.org.id, lead_id=in_last.id, name="open", amount=Decimal("100.05"))  # 10%
    proposal = next(
        s
        for rows in (await deals.stages_of(team.org.id, [(await deals.default_pipeline(team.org.id)).id])).values()
        for s in rows
        if s.name == "Proposal"
    )
    await deals.create_deal(
        team.org.id, lead_id=in_last.id, name="proposal", stage_id=proposal.id, amount=Decimal("10")
    )
    return spring, autumn


async def test_the_report_follows_the_definitions_and_never_mixes_currencies(team: Team) -> None:
    account = await _account(team)
    spring, _ = await _seed(team, account)
    variables = {
        "input": {"adAccountId": to_global_id("AdAccount", account.id), "since": "2026-10-01", "until": "2026-10-31"}
    }
    rows = (await team.gql.data(REPORT, variables))["performanceReport"]
    assert [r["campaign"]["name"] for r in rows] == ["Spring", "Autumn"]  # by spend, Idle left out
    assert {r["spend"]["currency"] for r in rows} == {r["revenue"]["currency"] for r in rows} == {"EUR"}
    spring_row, autumn_row = rows

    spend = Decimal("100.0025")  # 60.0025 + 40 inside the range; the day after is not
    assert spring_row["spend"] == {"amount": "100.00", "currency": "EUR"}  # half-even: 100.0025 -> 100.00
    assert spring_row["metaLeads"] == 5
    assert spring_row["leads"] == 4  # first and last local day, the qualified one, the duplicate; not before/after
    assert spring_row["qualifiedLeads"] == 4  # QUALIFIED, plus three leads with deals
    assert spring_row["dealsWon"] == 3 and spring_row["otherCurrencyDeals"] == 1
    assert spring_row["revenue"] == {"amount": "200.00", "currency": "EUR"}  # 150 + the duplicate's 50
    pipeline = Decimal("100.05") * 10 / 100 + Decimal("10") * 40 / 100  # 10.005 + 4 = 14.005 -> 14.00 (half-even)
    assert spring_row["pipelineValue"]["amount"] == "14.00" == str(pipeline.quantize(Decimal("0.01")))
    assert spring_row["costPerLead"]["amount"] == "25.00"  # 100.0025 / 4
    assert spring_row["costPerQualifiedLead"]["amount"] == "25.00"
    assert spring_row["roas"] == str((Decimal("200") / spend).quantize(Decimal("0.0001"))) == "2.0000"

    assert autumn_row["spend"]["amount"] == "10.00" and autumn_row["leads"] == 0
    assert autumn_row["costPerLead"] is None and autumn_row["roas"] == "0.0000"

    one = """query($id: ID!, $range: InsightRangeInput!) {
      node(id: $id) { ... on Campaign { performance(range: $range) { leads dealsWon revenue { amount } } } } }"""
    rng = {"since": "2026-10-01", "until": "2026-10-31"}
    shown = await team.gql.data(one, {"id": to_global_id("Campaign", spring.id), "range": rng})
    assert shown["node"]["performance"] == {"leads": 4, "dealsWon": 3, "revenue": {"amount": "200.00"}}
    today = {"since": "2026-10-01", "until": dt.datetime.now(dt.UTC).date().isoformat()}
    to_today = await team.gql.data(one, {"id": to_global_id("Campaign", spring.id), "range": today})
    no_until = await team.gql.data(one, {"id": to_global_id("Campaign", spring.id), "range": {"since": "2026-10-01"}})
    assert no_until == to_today  # `until` defaults to today (InsightRangeInput), not an internal error
    idle = await Campaign.get(name="Idle")
    assert (await team.gql.data(one, {"id": to_global_id("Campaign", idle.id), "range": rng}))["node"] == {
        "performance": None
    }
    _, ads_only = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="a", scopes=["campaigns:read"], expires_at=None
    )
    nested = await GraphQLClient(team.http, ads_only)(one, {"id": to_global_id("Campaign", spring.id), "range": rng})
    assert error_codes(nested) == ["FORBIDDEN"]  # a row reads leads too: both scopes, as for the report


# SPEC §7.4's row, as one fragment on the type both the report and `Campaign.performance(range)` return.
SPEC_ROW = """
fragment Row on PerformanceRow {
  campaign { id } adSet { id } ad { id } spend { amount currency } metaLeads leads qualifiedLeads dealsWon
  revenue { amount currency } pipelineValue { amount currency } costPerLead { amount currency }
  costPerQualifiedLead { amount currency } roas
}
"""
SPEC_REPORT = "query($input: PerformanceReportInput!) { performanceReport(input: $input) { ...Row } }" + SPEC_ROW
SPEC_PERFORMANCE = (
    "query($id: ID!, $range: InsightRangeInput!) { node(id: $id) { ... on Campaign { performance(range: $range) "
    "{ ...Row } } } }" + SPEC_ROW
)


async def test_the_report_is_the_rows_spec_names(team: Team) -> None:
    """SPEC §7.4: `performanceReport(input: {…})` → rows `{ campaign, adSet, ad, spend: Money, … }` sorted by
    spend, "the same object as `Campaign.performance(range)`": the query returns the rows themselves (no wrapper
    to select them from), each carrying its currency in its Money, each equal to its campaign's `performance`."""
    account = await _account(team)
    spring, autumn = await _seed(team, account)
    variables = {
        "input": {"adAccountId": to_global_id("AdAccount", account.id), "since": "2026-10-01", "until": "2026-10-31"}
    }
    rows = (await team.gql.data(SPEC_REPORT, variables))["performanceReport"]
    assert [r["campaign"]["id"] for r in rows] == [to_global_id("Campaign", c.id) for c in (spring, autumn)]
    assert rows[0]["spend"] == {"amount": "100.00", "currency": "EUR"} and rows[1]["spend"]["amount"] == "10.00"
    assert {r["revenue"]["currency"] for r in rows} == {r["pipelineValue"]["currency"] for r in rows} == {"EUR"}
    assert rows[0]["adSet"] is None and rows[0]["ad"] is None  # CAMPAIGN level, the default

    rng = {"since": "2026-10-01", "until": "2026-10-31"}
    for row in rows:
        shown = await team.gql.data(SPEC_PERFORMANCE, {"id": row["campaign"]["id"], "range": rng})
        assert shown["node"]["performance"] == row


async def test_the_rows_are_completed_in_one_pass(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows a report returns are completed by the executor's compiled function for their selection, never
    field by field per row (thousands of rows at AD level)."""
    if not get_settings().fast_executor:
        pytest.skip("the executor shortcut is off")
    executed: list[str] = []
    execute_fields = QuantixExecutionContext.execute_fields

    def counted(self: QuantixExecutionContext, parent_type: GraphQLObjectType, *args: Any) -> Any:
        executed.append(parent_type.name)
        return execute_fields(self, parent_type, *args)

    account = await _account(team)
    await _seed(team, account)
    variables = {
        "input": {"adAccountId": to_global_id("AdAccount", account.id), "since": "2026-10-01", "until": "2026-10-31"}
    }
    monkeypatch.setattr(QuantixExecutionContext, "execute_fields", counted)
    for query in (SPEC_REPORT, REPORT):
        executed.clear()
        assert len((await team.gql.data(query, variables))["performanceReport"]) == 2
        assert executed == ["Query"]


async def test_bad_report_input_and_scopes(team: Team) -> None:
    account = await _account(team)
    gid = to_global_id("AdAccount", account.id)
    backwards = await team.gql(REPORT, {"input": {"adAccountId": gid, "since": "2026-10-31", "until": "2026-10-01"}})
    assert error_codes(backwards) == ["INVALID_INPUT"]
    other = await make_org("Elsewhere")
    theirs = await AdAccount.create(organization=other, meta_id="act_9", account_id="9", name="Theirs")
    body = await team.gql(
        REPORT,
        {"input": {"adAccountId": to_global_id("AdAccount", theirs.id), "since": "2026-10-01", "until": "2026-10-02"}},
    )
    assert error_codes(body) == ["NOT_FOUND"]

    variables = {"input": {"adAccountId": gid, "since": "2026-10-01", "until": "2026-10-02"}}
    _, partial = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="l", scopes=["leads:read"], expires_at=None
    )
    _, both = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="b", scopes=["leads:read", "campaigns:read"], expires_at=None
    )
    assert error_codes(await GraphQLClient(team.http, partial)(REPORT, variables)) == ["FORBIDDEN"]
    assert (await GraphQLClient(team.http, both).data(REPORT, variables))["performanceReport"] == []


async def test_rows_with_only_leads_come_last_and_equal_spends_go_by_id(team: Team) -> None:
    """The report's two statements (spend, and what leads became) are merged into one list: an object with
    leads but no spend still has its row, one with Meta's leads but neither spend nor stored leads has none."""
    account = await _account(team)
    # Two ids whose text sorts one way and whose global ids (what the client sees and sorts by) the other way.
    ids = (uuid.UUID("29bd20cf-d45f-44dd-8dd0-5b7ea201d935"), uuid.UUID("3c2c5fad-30ef-46b2-869f-6271b904448b"))
    first, second = [
        await make_campaign(team.org, account, name=n, id=pk) for n, pk in zip(("Equal A", "Equal B"), ids, strict=True)
    ]
    for campaign in (first, second):
        await make_insight(team.org, campaign, SINCE, impressions=1, clicks=1, spend="5.00", leads=0)
    only_leads = await make_campaign(team.org, account, name="Only leads")
    await _lead(team, only_leads, _local(SINCE, 12), 1)
    only_meta_leads = await make_campaign(team.org, account, name="Only Meta's leads")
    await make_insight(team.org, only_meta_leads, SINCE, impressions=1, clicks=1, spend="0", leads=2)
    variables = {
        "input": {"adAccountId": to_global_id("AdAccount", account.id), "since": "2026-10-01", "until": "2026-10-31"}
    }
    rows = (await team.gql.data(REPORT, variables))["performanceReport"]
    equal = sorted([first, second], key=lambda c: to_global_id("Campaign", c.id))  # "then id", as the client sees it
    assert equal == [second, first]
    assert [r["campaign"]["name"] for r in rows] == [equal[0].name, equal[1].name, "Only leads"]
    assert rows[2]["spend"] == {"amount": "0.00", "currency": "EUR"} and rows[2]["metaLeads"] == 0
    assert rows[2]["leads"] == 1 and rows[2]["costPerLead"] == {"amount": "0.00"} and rows[2]["roas"] is None
    assert rows[0]["leads"] == 0 and rows[0]["costPerLead"] is None and rows[0]["roas"] == "0.0000"


@pytest.mark.parametrize("level", ["CAMPAIGN", "AD_SET", "AD"])
async def test_a_fixed_number_of_statements_per_report_whatever_the_rows(
    team: Team, monkeypatch: pytest.MonkeyPatch, level: str
) -> None:
    if Tortoise.get_connection("default").capabilities.dialect == "sqlite":
        pytest.skip("counted on PostgreSQL")
    account = await _account(team)
    variables = {
        "input": {
            "adAccountId": to_global_id("AdAccount", account.id),
            "since": "2026-10-01",
            "until": "2026-10-31",
            "level": level,
        }
    }

    async def count() -> tuple[int, int]:
        counter = StatementCounter()
        client_class = type(Tortoise.get_connection("default"))
        with monkeypatch.context() as patch:
            for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
                patch.setattr(client_class, name, counter.wrap(getattr(client_class, name)))
            data = await team.gql.data(REPORT_BY_LEVEL, variables)
        return len(data["performanceReport"]), counter.count

    async def campaign_with_an_ad(n: int) -> None:
        campaign = await make_campaign(team.org, account, name=f"More {n}")
        await make_insight(team.org, campaign, dt.date(2026, 10, 5), impressions=1, clicks=1, spend=f"{n + 1}", leads=1)
        ad = await make_ad(team.org, await make_ad_set(team.org, campaign))
        await make_ad_insight(team.org, ad, dt.date(2026, 10, 5), spend=f"{n + 1}", leads=1)
        lead = await _lead(team, campaign, _local(dt.date(2026, 10, 6), 9), 100 + n)
        await Lead.filter(id=lead.id).update(ad_set_id=ad.ad_set_id, ad_id=ad.id)
        await _won(team, lead, "5")

    await _seed(team, account)
    await campaign_with_an_ad(0)
    small = await count()
    for i in range(1, 13):
        await campaign_with_an_ad(i)
    large = await count()
    expected = {"CAMPAIGN": (3, 15), "AD_SET": (1, 13), "AD": (1, 13)}[level]
    assert (small[0], large[0]) == expected
    assert small[1] == large[1], (small, large)


REPORT_BY_LEVEL = """
query($input: PerformanceReportInput!) {
  performanceReport(input: $input) {
    campaign { name } adSet { name } ad { name } spend { amount } metaLeads leads qualifiedLeads dealsWon
    revenue { amount } costPerLead { amount } roas
  }
}
"""
EXTRA_AD = "120210000000000099"


async def test_ad_set_and_ad_rows_add_up_the_emulators_spend(team: Team, meta: FakeMeta) -> None:
    """Synced from the emulator: every level's spend is the emulator's own sum of its ads' daily spend."""
    meta.add_ad(EXTRA_AD, meta.ADSET_IDS[0], "Ad - video B")  # a second ad in the first ad set
    today = dt.datetime.fromtimestamp(meta.now(), dt.UTC).date()
    for n in range(1, 11):
        meta.add_insight(EXTRA_AD, today - dt.timedelta(days=n), impressions=100, clicks=2, spend="7.35", leads=1)
    await connect_org(team.org, meta)
    await sync_organization(team.org.id)
    account = await AdAccount.for_org(team.org.id).get(meta_id=f"act_{meta.AD_ACCOUNT_ID}")
    since, until = today - dt.timedelta(days=7), today - dt.timedelta(days=1)

    def spend_of(*ad_ids: str) -> Decimal:
        days = [since + dt.timedelta(days=n) for n in range((until - since).days + 1)]
        spends = [meta.insights.get((a, str(d)), {}).get("spend", Decimal(0)) for a in ad_ids for d in days]
        return sum(spends, Decimal(0)).quantize(Decimal("0.01"))

    extra = await Ad.for_org(team.org.id).get(meta_id=EXTRA_AD)
    for n in range(2):  # two attributed leads on the extra ad, one of them won
        lead = await leads.create_lead(team.org.id, full_name=f"Ad lead {n}", email=f"ad{n}@ex.com")
        await Lead.filter(id=lead.id).update(
            campaign_id=extra.campaign_id,
            ad_set_id=extra.ad_set_id,
            ad_id=extra.id,
            meta_created_time=dt.datetime.combine(until, dt.time(12), tzinfo=dt.UTC),
        )
    await _won(team, lead, "100.00")

    async def rows(level: str) -> list[dict[str, object]]:
        variables = {
            "input": {
                "adAccountId": to_global_id("AdAccount", account.id),
                "since": since.isoformat(),
                "until": until.isoformat(),
                "level": level,
            }
        }
        return (await team.gql.data(REPORT_BY_LEVEL, variables))["performanceReport"]

    a1, _, a3 = meta.AD_IDS
    by_ad = {r["ad"]["name"]: r for r in await rows("AD")}
    assert set(by_ad) == {"Ad - video A", "Ad - video B", "Ad - carousel C"}  # the paused ad spent nothing
    assert by_ad["Ad - video B"]["spend"]["amount"] == str(spend_of(EXTRA_AD)) == "51.45"
    assert by_ad["Ad - video B"]["adSet"]["name"] == "Berlin 25-45"
    assert by_ad["Ad - video B"]["metaLeads"] == 7
    assert by_ad["Ad - video B"]["leads"] == 2 and by_ad["Ad - video B"]["dealsWon"] == 1
    assert by_ad["Ad - video B"]["roas"] == str((Decimal(100) / spend_of(EXTRA_AD)).quantize(Decimal("0.0001")))
    assert by_ad["Ad - video A"]["spend"]["amount"] == str(spend_of(a1)) and by_ad["Ad - video A"]["leads"] == 0
    assert [r["spend"]["amount"] for r in by_ad.values()] == sorted(
        (r["spend"]["amount"] for r in by_ad.values()), key=Decimal, reverse=True
    )

    by_set = {r["adSet"]["name"]: r for r in await rows("AD_SET")}
    assert by_set["Berlin 25-45"]["spend"]["amount"] == str(spend_of(a1, EXTRA_AD))
    assert by_set["Berlin 25-45"]["ad"] is None and by_set["Berlin 25-45"]["leads"] == 2
    assert by_set["Legacy set"]["spend"]["amount"] == str(spend_of(a3))
    by_campaign = {r["campaign"]["name"]: r for r in await rows("CAMPAIGN")}
    first = by_campaign[by_set["Berlin 25-45"]["campaign"]["name"]]
    assert first["spend"] == by_set["Berlin 25-45"]["spend"] and first["adSet"] is None

    one = """query($id: ID!, $range: InsightRangeInput!) { node(id: $id) {
      ... on Ad { performance(range: $range) { spend { amount } leads dealsWon } }
      ... on AdSet { performance(range: $range) { spend { amount } leads ad { id } } } } }"""
    rng = {"since": since.isoformat(), "until": until.isoformat()}
    shown = await team.gql.data(one, {"id": to_global_id("Ad", extra.id), "range": rng})
    assert shown["node"]["performance"] == {"spend": {"amount": "51.45"}, "leads": 2, "dealsWon": 1}
    ad_set = await AdSet.for_org(team.org.id).get(id=extra.ad_set_id)
    shown = await team.gql.data(one, {"id": to_global_id("AdSet", ad_set.id), "range": rng})
    assert shown["node"]["performance"] == {"spend": {"amount": str(spend_of(a1, EXTRA_AD))}, "leads": 2, "ad": None}


async def test_spend_follows_restated_and_deleted_days(team: Team) -> None:
    """Spend comes from running totals: a restated or deleted day, after the refresh every writer runs, changes
    every range that covers it and no other; a range after the last day shows nothing."""
    account = await _account(team)
    campaign = await make_campaign(team.org, account, name="Restated")
    ad = await make_ad(team.org, await make_ad_set(team.org, campaign))
    for n in range(1, 6):  # Oct 1..5 spend 1..5
        await make_ad_insight(team.org, ad, dt.date(2026, 10, n), spend=str(n), leads=1)

    async def spend(since: str, until: str) -> list[tuple[str, int]]:
        variables = {
            "input": {
                "adAccountId": to_global_id("AdAccount", account.id),
                "since": since,
                "until": until,
                "level": "AD",
            }
        }
        rows = (await team.gql.data(REPORT_BY_LEVEL, variables))["performanceReport"]
        return [(r["spend"]["amount"], r["metaLeads"]) for r in rows]

    assert await spend("2026-10-02", "2026-10-04") == [("9.00", 3)]
    assert await spend("2026-10-01", "2026-10-31") == [("15.00", 5)]
    await AdInsight.filter(ad_id=ad.id, date=dt.date(2026, 10, 3)).update(spend=Decimal("30"), leads=4)
    await refresh_running_totals(AdInsight, team.org.id, account.id)
    assert await spend("2026-10-02", "2026-10-04") == [("36.00", 6)]
    assert await spend("2026-10-05", "2026-10-05") == [("5.00", 1)]  # later days keep their own figures
    await AdInsight.filter(ad_id=ad.id, date=dt.date(2026, 10, 2)).delete()
    await refresh_running_totals(AdInsight, team.org.id, account.id)
    assert await spend("2026-10-02", "2026-10-04") == [("34.00", 5)]
    assert await spend("2026-10-06", "2026-10-30") == []
