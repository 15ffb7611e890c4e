"""Search per SPEC §6, keyset pages that return each row exactly once, cursors bound to order and filter."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.accounts.models import Organization
from schema.relay import to_global_id
from tests.leads.conftest import Team, create_lead
from tests.support import GraphQLClient, error_codes

SEARCH = "query($s: String) { leads(filter: {search: $s}) { totalCount edges { node { fullName } } } }"


async def names(gql: GraphQLClient, search: str) -> list[str]:
    data = await gql.data(SEARCH, {"s": search})
    found = sorted(e["node"]["fullName"] for e in data["leads"]["edges"])
    assert data["leads"]["totalCount"] == len(found)
    return found


@pytest.mark.sqlite
async def test_search_email_phone_and_name_words(team: Team) -> None:
    await Organization.filter(id=team.org.id).update(default_country="FR")
    await create_lead(team.gql, fullName="José María García-López", email="Jose@Example.com", phone="06 12 34 56 78")
    await create_lead(team.gql, fullName="Maria Garcia", email="maria@example.com")
    await create_lead(team.gql, fullName="Jean Dupont", phone="+33 7 00 00 00 01")
    # email: trimmed and lower-cased, exact
    assert await names(team.gql, "  JOSE@example.COM ") == ["José María García-López"]
    assert await names(team.gql, "jose@example") == []
    # phone: separators dropped, parsed with the organisation's country
    assert await names(team.gql, "(06) 12-34.56.78") == ["José María García-López"]
    assert await names(team.gql, "+33612345678") == ["José María García-López"]
    assert await names(team.gql, "0700000001") == ["Jean Dupont"]
    # name: NFKD, diacritics dropped, casefolded, whole words, all must match
    assert await names(team.gql, "maria garcia") == ["José María García-López", "Maria Garcia"]
    assert await names(team.gql, "MARÍA") == ["José María García-López", "Maria Garcia"]
    assert await names(team.gql, "lopez jose") == ["José María García-López"]
    assert await names(team.gql, "garcia-lopez") == ["José María García-López"]
    assert await names(team.gql, "gar") == []  # no prefix match
    assert await names(team.gql, "marie") == []  # no fuzzy match
    assert await names(team.gql, "maria dupont") == []  # every word must match
    assert await names(team.gql, "!!!") == []


@pytest.mark.sqlite
async def test_filters_combine(team: Team) -> None:
    a = await create_lead(team.gql, fullName="Alpha", email="a@example.com", tags=["x"], status="CONTACTED")
    await create_lead(team.gql, fullName="Beta", email="b@example.com", tags=["x"])
    await create_lead(team.gql, fullName="Gamma", email="g@example.com")
    q = "query($f: LeadFilter) { leads(filter: $f) { totalCount edges { node { fullName } } } }"
    data = await team.gql.data(q, {"f": {"tag": "x", "status": "CONTACTED"}})
    assert [e["node"]["fullName"] for e in data["leads"]["edges"]] == ["Alpha"]
    data = await team.gql.data(q, {"f": {"source": "MANUAL"}})
    assert data["leads"]["totalCount"] == 3
    data = await team.gql.data(q, {"f": {"createdAfter": a["createdAt"]}})
    assert data["leads"]["totalCount"] == 3
    data = await team.gql.data(q, {"f": {"createdBefore": a["createdAt"]}})
    assert data["leads"]["totalCount"] == 0
    # the same instant written with another offset
    instant = dt.datetime.fromisoformat(a["createdAt"]).astimezone(dt.timezone(dt.timedelta(hours=-5)))
    data = await team.gql.data(q, {"f": {"createdBefore": (instant + dt.timedelta(microseconds=1)).isoformat()}})
    assert [e["node"]["fullName"] for e in data["leads"]["edges"]] == ["Alpha"]
    owner = to_global_id("User", team.owner.id)
    assign = "mutation($i: AssignLeadInput!) { assignLead(input: $i) { errors { code } } }"
    await team.gql.data(assign, {"i": {"id": a["id"], "ownerId": owner}})
    data = await team.gql.data(q, {"f": {"ownerId": owner, "tag": "x"}})
    assert [e["node"]["fullName"] for e in data["leads"]["edges"]] == ["Alpha"]
    # a page lists each lead's tags, sorted
    tag = "mutation($i: TagLeadsInput!) { tagLeads(input: $i) { errors { code } } }"
    await team.gql.data(tag, {"i": {"leadIds": [a["id"]], "add": ["b", "a"]}})
    data = await team.gql.data("{ leads { edges { node { fullName tags } } } }")
    assert {e["node"]["fullName"]: e["node"]["tags"] for e in data["leads"]["edges"]} == {
        "Alpha": ["a", "b", "x"],
        "Beta": ["x"],
        "Gamma": [],
    }
    # an id of another type matches nothing; a malformed id is INVALID_INPUT
    data = await team.gql.data(q, {"f": {"ownerId": a["id"]}})
    assert data["leads"]["totalCount"] == 0
    body = await team.gql(q, {"f": {"ownerId": "garbage!"}})
    assert error_codes(body) == ["INVALID_INPUT"]


PAGE = """
query($first: Int, $after: String, $last: Int, $before: String, $order: LeadOrder, $f: LeadFilter) {
  leads(first: $first, after: $after, last: $last, before: $before, orderBy: $order, filter: $f) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id fullName status } }
  }
}
"""


async def walk(gql: GraphQLClient, **args: Any) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        data = (await gql.data(PAGE, {"first": 3, "after": after, **args}))["leads"]
        seen += [e["node"]["fullName"] for e in data["edges"]]
        if not data["pageInfo"]["hasNextPage"]:
            return seen
        after = data["pageInfo"]["endCursor"]


@pytest.mark.sqlite
async def test_pages_return_every_lead_exactly_once(team: Team) -> None:
    for i in range(10):
        await create_lead(team.gql, fullName=f"Lead {i:02d}", email=f"l{i}@example.com")
    everyone = [f"Lead {i:02d}" for i in range(10)]
    assert await walk(team.gql) == list(reversed(everyone))  # default CREATED_AT DESC
    assert await walk(team.gql, order={"field": "CREATED_AT", "direction": "ASC"}) == everyone
    data = (await team.gql.data(PAGE, {}))["leads"]
    assert data["totalCount"] == 10 and len(data["edges"]) == 10


async def test_rows_added_while_paging_do_not_disturb_the_walk(team: Team) -> None:
    for i in range(6):
        await create_lead(team.gql, fullName=f"Lead {i:02d}", email=f"l{i}@example.com")
    first = (await team.gql.data(PAGE, {"first": 3}))["leads"]
    await create_lead(team.gql, fullName="Newcomer", email="new@example.com")
    second = (await team.gql.data(PAGE, {"first": 3, "after": first["pageInfo"]["endCursor"]}))["leads"]
    got = [e["node"]["fullName"] for e in first["edges"] + second["edges"]]
    assert got == [f"Lead {i:02d}" for i in reversed(range(6))]
    assert second["totalCount"] == 7


async def test_backwards_paging_and_status_order(team: Team) -> None:
    statuses = ["LOST", "NEW", "CONVERTED", "CONTACTED", "QUALIFIED", "NEW"]
    for i, status in enumerate(statuses):
        await create_lead(team.gql, fullName=f"Lead {i}", email=f"l{i}@example.com", status=status)
    order = {"field": "STATUS", "direction": "ASC"}
    walked = (await team.gql.data(PAGE, {"first": 10, "order": order}))["leads"]["edges"]
    assert [e["node"]["status"] for e in walked] == ["NEW", "NEW", "CONTACTED", "QUALIFIED", "CONVERTED", "LOST"]
    last = (await team.gql.data(PAGE, {"last": 2, "order": order}))["leads"]
    assert [e["node"]["status"] for e in last["edges"]] == ["CONVERTED", "LOST"]
    assert last["pageInfo"]["hasPreviousPage"] is True
    before = (await team.gql.data(PAGE, {"last": 2, "before": last["pageInfo"]["startCursor"], "order": order}))[
        "leads"
    ]
    assert [e["node"]["status"] for e in before["edges"]] == ["CONTACTED", "QUALIFIED"]
    updated = await walk(team.gql, order={"field": "UPDATED_AT", "direction": "DESC"})
    assert len(updated) == 6 and len(set(updated)) == 6


async def test_cursor_misuse_is_invalid_input(team: Team) -> None:
    for i in range(3):
        await create_lead(team.gql, fullName=f"Lead {i}", email=f"l{i}@example.com", tags=["t"])
    page = (await team.gql.data(PAGE, {"first": 1}))["leads"]
    cursor = page["pageInfo"]["endCursor"]
    other_order = await team.gql(PAGE, {"first": 1, "after": cursor, "order": {"field": "UPDATED_AT"}})
    assert error_codes(other_order) == ["INVALID_INPUT"]
    other_filter = await team.gql(PAGE, {"first": 1, "after": cursor, "f": {"tag": "t"}})
    assert error_codes(other_filter) == ["INVALID_INPUT"]
    assert error_codes(await team.gql(PAGE, {"first": 1, "after": "not-a-cursor"})) == ["INVALID_INPUT"]
    assert error_codes(await team.gql(PAGE, {"first": 101})) == ["INVALID_INPUT"]
    assert error_codes(await team.gql(PAGE, {"first": 1, "last": 1})) == ["INVALID_INPUT"]


async def test_unfiltered_total_count_uses_the_counter(team: Team) -> None:
    for i in range(4):
        await create_lead(team.gql, fullName=f"Lead {i}", email=f"l{i}@example.com")
    org = await Organization.get(id=team.org.id)
    assert org.lead_count == 4
    assert (await team.gql.data("{ leads(first: 1) { totalCount } }"))["leads"]["totalCount"] == 4
    # The answer is the counter's, not a count(*) of the rows (which would still say 4).
    await Organization.filter(id=team.org.id).update(lead_count=7)
    assert (await team.gql.data("{ leads(first: 1) { totalCount } }"))["leads"]["totalCount"] == 7


@pytest.mark.sqlite
async def test_total_count_stays_exact_after_bulk_deletions(team: Team) -> None:
    from app.leads.models import Lead, LeadSource
    from app.leads.services import upsert_meta_lead

    for i in range(3):
        await create_lead(team.gql, fullName=f"Manual {i}", email=f"m{i}@example.com")
    for i in range(2):
        await upsert_meta_lead(
            team.org.id, meta_lead_id=f"m{i}", created_time=None, full_name="Meta", email=None, phone=None, answers=[]
        )
    total = "{ leads { totalCount } }"
    assert (await team.gql.data(total))["leads"]["totalCount"] == 5
    # e.g. disconnectMeta(purgeLeads: true) deletes Meta leads in bulk
    await Lead.for_org(team.org.id).filter(source=LeadSource.META_LEAD_ADS).delete()
    assert await Lead.for_org(team.org.id).count() == 3
    assert (await Organization.get(id=team.org.id)).lead_count == -1
    await create_lead(team.gql, fullName="During", email="during@example.com")
    assert (await team.gql.data(total))["leads"]["totalCount"] == 4
    assert (await Organization.get(id=team.org.id)).lead_count == 4
    await create_lead(team.gql, fullName="After", email="after@example.com")
    assert (await team.gql.data(total))["leads"]["totalCount"] == 5
