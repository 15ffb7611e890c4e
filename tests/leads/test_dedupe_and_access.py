"""DUPLICATE naming the existing lead, SUBJECT_ERASED after a tombstone, and who may read or write."""

from __future__ import annotations

import pytest

from app.accounts.models import ApiToken, Role
from app.security.tokens import new_token, token_hash
from app.tombstones.ledger import record_tombstone, subject_keys
from app.tombstones.models import TombstoneReason
from tests.leads.conftest import CREATE, Team, create_lead
from tests.support import GraphQLClient, error_codes

UPDATE = """
mutation($i: UpdateLeadInput!) {
  updateLead(input: $i) { lead { id } duplicate { id fullName } errors { code field } }
}
"""


@pytest.mark.sqlite
async def test_same_email_or_phone_is_duplicate_naming_the_lead(team: Team) -> None:
    first = await create_lead(team.gql, fullName="First", email="same@example.com", phone="+1 415 555 0100")
    data = await team.gql.data(CREATE, {"input": {"fullName": "Second", "email": " SAME@example.com "}})
    payload = data["createLead"]
    assert payload["lead"] is None
    assert payload["errors"][0]["code"] == "DUPLICATE" and payload["errors"][0]["field"] == "email"
    assert payload["duplicate"] == {"id": first["id"], "fullName": "First"}
    assert first["id"] in payload["errors"][0]["message"]  # named as the API names it, not by a raw UUID
    data = await team.gql.data(CREATE, {"input": {"fullName": "Third", "phone": "(415) 555-0100"}})
    assert data["createLead"]["errors"][0]["code"] == "DUPLICATE"
    assert data["createLead"]["duplicate"]["id"] == first["id"]


async def test_update_to_a_taken_email_is_duplicate(team: Team) -> None:
    first = await create_lead(team.gql, fullName="First", email="one@example.com")
    second = await create_lead(team.gql, fullName="Second", email="two@example.com")
    data = await team.gql.data(UPDATE, {"i": {"id": second["id"], "email": "ONE@example.com"}})
    assert data["updateLead"]["errors"] == [{"code": "DUPLICATE", "field": "email"}]
    assert data["updateLead"]["duplicate"]["id"] == first["id"]
    same = await team.gql.data(UPDATE, {"i": {"id": first["id"], "email": "One@Example.com"}})
    assert same["updateLead"]["errors"] == []


async def test_erased_contact_cannot_come_back(team: Team) -> None:
    keys = subject_keys(team.org.id, email="gone@example.com", phone="+1 415 555 0199")
    await record_tombstone(team.org.id, keys, TombstoneReason.ERASURE)
    for contact in ({"email": "Gone@Example.com"}, {"phone": "+14155550199"}):
        data = await team.gql.data(CREATE, {"input": {"fullName": "Back Again", **contact}})
        assert data["createLead"]["errors"][0]["code"] == "SUBJECT_ERASED"
    lead = await create_lead(team.gql, fullName="Other", email="other@example.com")
    data = await team.gql.data(UPDATE, {"i": {"id": lead["id"], "email": "gone@example.com"}})
    assert data["updateLead"]["errors"][0]["code"] == "SUBJECT_ERASED"


async def test_viewer_reads_but_cannot_write(team: Team) -> None:
    await create_lead(team.gql, fullName="Someone", email="s@example.com")
    _, viewer = await team.member(Role.VIEWER)
    assert (await viewer.data("{ leads { totalCount } }"))["leads"]["totalCount"] == 1
    body = await viewer(CREATE, {"input": {"fullName": "X", "email": "x@example.com"}})
    assert error_codes(body) == ["FORBIDDEN"]
    _, member = await team.member(Role.MEMBER)
    data = await member.data(CREATE, {"input": {"fullName": "X", "email": "x@example.com"}})
    assert data["createLead"]["errors"] == []


async def test_unauthenticated_is_refused(team: Team) -> None:
    body = await GraphQLClient(team.http)("{ leads { totalCount } }")
    assert error_codes(body) == ["UNAUTHENTICATED"]


async def _token(team: Team, scopes: list[str]) -> GraphQLClient:
    secret = new_token("qx_")
    await ApiToken.create(
        organization=team.org,
        created_by=team.owner,
        name="partner",
        token_hash=token_hash(secret),
        token_hint=secret[-4:],
        scopes=scopes,
    )
    return GraphQLClient(team.http, secret)


async def test_api_token_scopes(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Scoped", email="scoped@example.com")
    reader = await _token(team, ["leads:read"])
    assert (await reader.data("{ leads { totalCount } }"))["leads"]["totalCount"] == 1
    node = await reader.data("query($id: ID!) { node(id: $id) { id } }", {"id": lead["id"]})
    assert node["node"]["id"] == lead["id"]
    assert error_codes(await reader(CREATE, {"input": {"fullName": "Y", "email": "y@example.com"}})) == ["FORBIDDEN"]
    writer = await _token(team, ["leads:write"])
    data = await writer.data(
        "mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } errors { code } } }",
        {"i": {"fullName": "Y", "email": "y@example.com"}},
    )
    assert data["createLead"]["errors"] == []
    assert error_codes(await writer("{ leads { totalCount } }")) == ["FORBIDDEN"]
    campaigns_only = await _token(team, ["campaigns:read"])
    hidden = await campaigns_only.data("query($id: ID!) { node(id: $id) { id } }", {"id": lead["id"]})
    assert hidden["node"] is None


async def test_concurrent_creations_of_one_email_make_one_lead(team: Team) -> None:
    import asyncio

    from tortoise import Tortoise

    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("SQLite has a single writer")
    bodies = await asyncio.gather(
        *[team.gql.data(CREATE, {"input": {"fullName": f"Racer {i}", "email": "race@example.com"}}) for i in range(6)]
    )
    codes = sorted(b["createLead"]["errors"][0]["code"] if b["createLead"]["errors"] else "OK" for b in bodies)
    assert codes == ["DUPLICATE"] * 5 + ["OK"]
    assert (await team.gql.data("{ leads { totalCount } }"))["leads"]["totalCount"] == 1
