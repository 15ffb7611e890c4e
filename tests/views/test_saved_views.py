"""Saved views over GraphQL: private vs shared, who may share and edit, `leads(viewId:)` ANDing filters and
replacing the order, cursors invalidated by edits, and what a view may not store."""

from __future__ import annotations

from typing import Any

import pytest

from app.accounts.models import Role
from schema.relay import to_global_id
from tests.customfields.test_custom_fields import make_field
from tests.leads.conftest import Team, create_lead
from tests.support import GraphQLClient, error_codes, make_org, make_user

CREATE = """
mutation($input: CreateSavedViewInput!) {
  createSavedView(input: $input) {
    savedView { id name filter orderBy columns shared createdBy { id } }
    errors { field code message }
  }
}
"""
UPDATE = """
mutation($input: UpdateSavedViewInput!) {
  updateSavedView(input: $input) { savedView { id name shared filter } errors { field code } }
}
"""
DELETE = """
mutation($input: DeleteSavedViewInput!) {
  deleteSavedView(input: $input) { savedView { id name shared } deletedId errors { field code } }
}
"""
VIEWS = "{ savedViews { name shared } }"
LEADS = """
query($viewId: ID, $filter: LeadFilter, $orderBy: LeadOrder, $first: Int, $after: String) {
  leads(viewId: $viewId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { node { fullName } } pageInfo { endCursor hasNextPage }
  }
}
"""


async def _view(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    data = await gql.data(CREATE, {"input": values})
    assert data["createSavedView"]["errors"] == [], data
    return data["createSavedView"]["savedView"]


async def _names(gql: GraphQLClient, **variables: Any) -> list[str]:
    data = await gql.data(LEADS, variables)
    return [e["node"]["fullName"] for e in data["leads"]["edges"]]


async def _seed(team: Team) -> None:
    await create_lead(team.gql, fullName="Ann New", email="ann@example.com", tags=["vip"])
    await create_lead(team.gql, fullName="Bob Won", email="bob@example.com", status="CONVERTED", tags=["vip"])
    await create_lead(team.gql, fullName="Cid New", email="cid@example.com")


@pytest.mark.sqlite
async def test_a_view_applies_its_filter_and_order_anded_with_the_given_filter(team: Team) -> None:
    await _seed(team)
    view = await _view(
        team.gql,
        name="VIPs",
        filter={"tag": "vip"},
        orderBy={"field": "CREATED_AT", "direction": "ASC"},
        columns=["fullName", "email", "status"],
    )
    assert view["filter"] == {"tag": "vip"} and view["orderBy"] == {"field": "CREATED_AT", "direction": "ASC"}
    assert await _names(team.gql, viewId=view["id"]) == ["Ann New", "Bob Won"]
    # a given orderBy replaces the view's; a given filter is ANDed
    desc = {"field": "CREATED_AT", "direction": "DESC"}
    assert await _names(team.gql, viewId=view["id"], orderBy=desc) == ["Bob Won", "Ann New"]
    assert await _names(team.gql, viewId=view["id"], filter={"status": "NEW"}) == ["Ann New"]
    # the same field in both -> INVALID_INPUT
    body = await team.gql(LEADS, {"viewId": view["id"], "filter": {"tag": "other"}})
    assert error_codes(body) == ["INVALID_INPUT"]


@pytest.mark.sqlite
async def test_a_view_applies_each_filter_field_as_the_same_filter_given_directly(team: Team) -> None:
    """Every stored field narrows the list, the multi-word ones (ownerId, createdAfter, customField) included."""
    await _seed(team)
    await make_field(team.gql, key="tier", label="Tier", type="TEXT")
    await create_lead(
        team.gql,
        fullName="Dee Gold",
        email="dee@example.com",
        ownerId=to_global_id("User", team.owner.id),
        customFields=[{"key": "tier", "value": "gold"}],
    )
    everyone = await _names(team.gql)
    filters: list[dict[str, Any]] = [
        {"tag": "vip"},
        {"status": "CONVERTED"},
        {"ownerId": to_global_id("User", team.owner.id)},
        {"createdAfter": "2100-01-01T00:00:00+00:00"},
        {"createdBefore": "2000-01-01T00:00:00+00:00"},
        {"customField": {"key": "tier", "equals": "gold"}},
    ]
    for n, given in enumerate(filters):
        direct = await _names(team.gql, filter=given)
        assert direct != everyone, given  # the filter narrows: a view dropping it would show more
        view = await _view(team.gql, name=f"view {n}", filter=given)
        assert await _names(team.gql, viewId=view["id"]) == direct, given


@pytest.mark.sqlite
async def test_private_views_are_their_creators_and_shared_ones_need_a_member(team: Team) -> None:
    _, viewer = await team.member(Role.VIEWER)
    _, member = await team.member(Role.MEMBER)
    _, admin = await team.member(Role.ADMIN)
    mine = await _view(viewer, name="Viewer's own")  # any role keeps private views
    body = await viewer(CREATE, {"input": {"name": "Shared by viewer", "shared": True}})
    assert error_codes(body) == ["FORBIDDEN"]
    shared = await _view(member, name="Team view", shared=True)

    assert (await viewer.data(VIEWS))["savedViews"] == [
        {"name": "Team view", "shared": True},
        {"name": "Viewer's own", "shared": False},
    ]
    assert (await member.data(VIEWS))["savedViews"] == [{"name": "Team view", "shared": True}]
    # another member's private view is unknown: NOT_FOUND to edit, INVALID_INPUT as a list's view
    body = await member.data(UPDATE, {"input": {"id": mine["id"], "name": "Mine now"}})
    assert body["updateSavedView"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert error_codes(await member(LEADS, {"viewId": mine["id"]})) == ["INVALID_INPUT"]
    assert error_codes(await admin(LEADS, {"viewId": mine["id"]})) == ["INVALID_INPUT"]
    assert (await viewer.data(LEADS, {"viewId": mine["id"]}))["leads"]["totalCount"] == 0
    # a shared view is edited by its creator or an ADMIN only
    _, other_member = await team.member(Role.MEMBER)
    assert error_codes(await other_member(UPDATE, {"input": {"id": shared["id"], "name": "Hijack"}})) == ["FORBIDDEN"]
    renamed = await admin.data(UPDATE, {"input": {"id": shared["id"], "name": "Renamed by admin"}})
    assert renamed["updateSavedView"]["savedView"]["name"] == "Renamed by admin"
    assert error_codes(await other_member(DELETE, {"input": {"id": shared["id"]}})) == ["FORBIDDEN"]
    deleted = await member.data(DELETE, {"input": {"id": shared["id"]}})
    shown = {"id": shared["id"], "name": "Renamed by admin", "shared": True}  # SPEC §6: the view as it was
    assert deleted["deleteSavedView"] == {"savedView": shown, "deletedId": shared["id"], "errors": []}


async def test_another_organisations_view_is_invalid_input(team: Team) -> None:
    view = await _view(team.gql, name="Ours", shared=True)
    _, token = await make_user(await make_org("Other"), role=Role.OWNER)
    other = GraphQLClient(team.http, token)
    assert error_codes(await other(LEADS, {"viewId": view["id"]})) == ["INVALID_INPUT"]
    assert error_codes(await other(LEADS, {"viewId": "not-an-id"})) == ["INVALID_INPUT"]
    body = await other.data(UPDATE, {"input": {"id": view["id"], "name": "Theirs"}})
    assert body["updateSavedView"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    node = await other.data("query($id: ID!) { node(id: $id) { id } }", {"id": view["id"]})
    assert node["node"] is None


@pytest.mark.sqlite
async def test_editing_a_view_invalidates_its_cursors(team: Team) -> None:
    await _seed(team)
    view = await _view(team.gql, name="All", orderBy={"field": "CREATED_AT", "direction": "ASC"})
    first = await team.gql.data(LEADS, {"viewId": view["id"], "first": 1})
    cursor = first["leads"]["pageInfo"]["endCursor"]
    again = await team.gql.data(LEADS, {"viewId": view["id"], "first": 1, "after": cursor})
    assert [e["node"]["fullName"] for e in again["leads"]["edges"]] == ["Bob Won"]
    await team.gql.data(UPDATE, {"input": {"id": view["id"], "name": "All leads"}})
    stale = await team.gql(LEADS, {"viewId": view["id"], "first": 1, "after": cursor})
    assert error_codes(stale) == ["INVALID_INPUT"]


@pytest.mark.sqlite
async def test_a_view_stores_no_search_no_personal_equality_and_known_columns_only(team: Team) -> None:
    await make_field(team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M"])

    async def refused(**values: Any) -> list[dict[str, Any]]:
        data = await team.gql.data(CREATE, {"input": {"name": "V", **values}})
        assert data["createSavedView"]["savedView"] is None
        return [{"field": e["field"], "code": e["code"]} for e in data["createSavedView"]["errors"]]

    assert await refused(filter={"search": "ann@example.com"}) == [{"field": "filter.search", "code": "INVALID_INPUT"}]
    assert await refused(filter={"customField": {"key": "nick", "equals": "Annie"}}) == [
        {"field": "filter.customField", "code": "INVALID_INPUT"}
    ]
    assert await refused(columns=["fullName", "salary"]) == [{"field": "columns", "code": "INVALID_INPUT"}]
    assert await refused(columns=["custom.unknown"]) == [{"field": "columns", "code": "INVALID_INPUT"}]
    assert await refused(name="") == [{"field": "name", "code": "INVALID_INPUT"}]
    ok = await _view(
        team.gql,
        name="Size M",
        filter={"customField": {"key": "size", "equals": "M"}},
        columns=["fullName", "custom.size", "custom.nick", "firstResponseAt"],
    )
    assert ok["columns"] == ["fullName", "custom.size", "custom.nick", "firstResponseAt"]
    lead = await create_lead(team.gql, fullName="Sized", email="sized@example.com")
    await team.gql.data(
        "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { errors { code } } }",
        {"input": {"id": lead["id"], "customFields": [{"key": "size", "value": "M"}]}},
    )
    assert await _names(team.gql, viewId=ok["id"]) == ["Sized"]
    edited = await team.gql.data(UPDATE, {"input": {"id": ok["id"], "filter": {"search": "x"}}})
    assert edited["updateSavedView"]["errors"] == [{"field": "filter.search", "code": "INVALID_INPUT"}]


async def test_tokens_need_lead_scopes_for_views(team: Team) -> None:
    from tests.leads.test_dedupe_and_access import _token

    writer = await _token(team, ["leads:write"])
    await _view(writer, name="Token view")
    reader = await _token(team, ["leads:read"])
    assert error_codes(await reader(CREATE, {"input": {"name": "No"}})) == ["FORBIDDEN"]
    campaigns = await _token(team, ["campaigns:read"])
    assert error_codes(await campaigns(VIEWS)) == ["FORBIDDEN"]


@pytest.mark.sqlite
async def test_views_forget_a_deleted_field_and_equality_on_a_field_made_personal(team: Team) -> None:
    size = await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M"])
    shoe = await make_field(team.gql, key="shoe", label="Shoe", type="TEXT")
    by_size = await _view(
        team.gql, name="M", filter={"customField": {"key": "size", "equals": "M"}}, columns=["fullName", "custom.size"]
    )
    by_shoe = await _view(team.gql, name="Shoe", filter={"customField": {"key": "shoe", "equals": "9"}, "tag": "x"})
    delete = "mutation($input: DeleteCustomFieldInput!) { deleteCustomField(input: $input) { errors { code } } }"
    await team.gql.data(delete, {"input": {"id": size["id"]}})
    update = "mutation($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { errors { code } } }"
    await team.gql.data(update, {"input": {"id": shoe["id"], "personalData": True, "category": "LEAD_NOTES"}})
    views = {v["name"]: v for v in (await team.gql.data("{ savedViews { name filter columns } }"))["savedViews"]}
    assert views["M"] == {"name": "M", "filter": None, "columns": ["fullName"]}
    assert views["Shoe"]["filter"] == {"tag": "x"}
    assert (await team.gql.data(LEADS, {"viewId": by_size["id"]}))["leads"]["totalCount"] == 0
    assert (await team.gql.data(LEADS, {"viewId": by_shoe["id"]}))["leads"]["totalCount"] == 0
