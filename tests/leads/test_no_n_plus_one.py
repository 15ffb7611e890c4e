"""A page of leads with owner, tags and last note costs the same number of SQL statements for 10 or 100 leads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.campaigns.models import AdAccount, Campaign
from app.leads import services
from app.leads.models import Lead
from tests.leads.conftest import Team

QUERY = """
{
  leads(first: 100) {
    totalCount
    edges {
      node {
        id fullName email status campaignId tags
        owner { id fullName }
        lastNote { body author { id } }
        duplicateOf { id fullName tags }
      }
    }
  }
}
"""


class StatementCounter:
    def __init__(self) -> None:
        self.count = 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return await fn(*args, **kwargs)

        return counted


async def counted(team: Team, monkeypatch: pytest.MonkeyPatch, document: str) -> tuple[dict[str, Any], int]:
    """The answer to `document` and the SQL statements the server sent for it."""
    counter = StatementCounter()
    client_class = type(Tortoise.get_connection("default"))
    with monkeypatch.context() as patch:
        for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
            patch.setattr(client_class, name, counter.wrap(getattr(client_class, name)))
        data = await team.gql.data(document)
    return data, counter.count


async def _seed(team: Team, start: int, stop: int, campaign: Campaign, owner_id: Any) -> None:
    for i in range(start, stop):
        lead = await services.create_lead(
            team.org.id,
            full_name=f"Lead {i}",
            email=f"lead{i}@example.com",
            owner_id=owner_id,
            tags=["a", f"t{i % 3}"],
        )
        await Lead.filter(id=lead.id).update(campaign_id=campaign.id)
        await services.add_note(team.org.id, lead.id, f"note {i}", author_id=owner_id)
        await services.add_note(team.org.id, lead.id, f"later note {i}", author_id=owner_id)
    dup = await services.upsert_meta_lead(
        team.org.id,
        meta_lead_id=f"meta-{start}",
        created_time=None,
        full_name="Again",
        email=f"lead{start}@example.com",
        phone=None,
        answers=[],
    )
    assert dup is not None and dup.duplicate_of_id is not None


async def test_statement_count_does_not_grow_with_the_page(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    if Tortoise.get_connection("default").capabilities.dialect == "sqlite":
        pytest.skip("counted on PostgreSQL")
    account = await AdAccount.create(organization=team.org, meta_id="act_1", account_id="1", name="Account")
    campaign = await Campaign.create(organization=team.org, meta_id="c1", name="Spring", ad_account=account)
    member, _ = await team.member(Role.MEMBER)

    async def run() -> tuple[int, int]:
        data, count = await counted(team, monkeypatch, QUERY)
        edges = data["leads"]["edges"]
        seeded = [e["node"] for e in edges if e["node"]["fullName"] != "Again"]
        assert all(n["owner"]["id"] and n["lastNote"]["body"].startswith("later") and n["campaignId"] for n in seeded)
        assert any(e["node"]["duplicateOf"] for e in edges)
        return len(edges), count

    await _seed(team, 0, 10, campaign, member.id)
    small, small_count = await run()
    await _seed(team, 10, 100, campaign, member.id)
    large, large_count = await run()
    assert (small, large) == (11, 100)
    assert small_count == large_count, (small_count, large_count)


async def test_total_count_costs_no_statement_of_its_own(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lead counter is read with the session: asking for totalCount adds no statement."""
    if Tortoise.get_connection("default").capabilities.dialect == "sqlite":
        pytest.skip("counted on PostgreSQL")
    for i in range(3):
        await services.create_lead(team.org.id, full_name=f"Lead {i}", email=f"count{i}@example.com")

    with_total, with_count = await counted(
        team, monkeypatch, "{ leads(first: 2) { totalCount edges { node { id } } } }"
    )
    without, plain = await counted(team, monkeypatch, "{ leads(first: 2) { edges { node { id } } } }")
    assert with_total["leads"]["totalCount"] == 3 and len(without["leads"]["edges"]) == 2
    assert with_count == plain


async def test_second_wave_lead_fields_cost_the_same_for_3_or_12_leads(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """automation, referral, conversation and customFields are read for the whole page, not lead by lead."""
    if Tortoise.get_connection("default").capabilities.dialect == "sqlite":
        pytest.skip("counted on PostgreSQL")
    document = """{ leads(first: 50) { edges { node { id automation { excluded } referral { headline }
      conversation { id } customFields { value } } } } }"""

    async def statements() -> tuple[int, int]:
        data, count = await counted(team, monkeypatch, document)
        return len(data["leads"]["edges"]), count

    for i in range(3):
        await services.create_lead(team.org.id, full_name=f"Few {i}", email=f"few{i}@example.com")
    few, few_count = await statements()
    for i in range(9):
        await services.create_lead(team.org.id, full_name=f"More {i}", email=f"more{i}@example.com")
    many, many_count = await statements()
    assert (few, many) == (3, 12)
    assert few_count == many_count, (few_count, many_count)
