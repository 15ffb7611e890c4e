"""SPEC §6 string maxima and unstorable characters: INVALID_INPUT on the field, checked before any service."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.leads.conftest import CREATE
from tests.support import GraphQLClient, make_user

pytestmark = pytest.mark.sqlite


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"fullName": "A" * 201, "email": "a@example.com"}, "fullName"),
        ({"fullName": "Ada", "email": "a" * 310 + "@example.com"}, "email"),
        ({"fullName": "Ada", "phone": "1" * 41}, "phone"),
        ({"fullName": "Ada", "email": "a@example.com", "tags": ["t" * 201]}, "tags"),
        ({"fullName": "Ada\x00Lovelace", "email": "a@example.com"}, "fullName"),
        ({"fullName": "Ada \ud800", "email": "a@example.com"}, "fullName"),
        ({"fullName": "Ada", "email": "a@example.com", "tags": ["a\x00b"]}, "tags"),
    ],
    ids=["name-201", "email-321", "phone-41", "tag-201", "nul", "lone-surrogate", "nul-in-tag"],
)
async def test_strings_over_their_maximum_or_unstorable_are_invalid_input(
    client: httpx.AsyncClient, fields: dict[str, object], field: str
) -> None:
    _, token = await make_user()
    raw = json.dumps({"query": CREATE, "variables": {"input": fields}})  # ASCII escapes carry a lone surrogate
    response = await client.post(
        "/graphql", content=raw, headers={"authorization": f"Bearer {token}", "content-type": "application/json"}
    )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["createLead"]["lead"] is None
    [error] = data["createLead"]["errors"]
    assert (error["code"], error["field"]) == ("INVALID_INPUT", field)


async def test_strings_at_their_maximum_are_taken(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    fields = {"fullName": "A" * 200, "email": "a" * 308 + "@example.com", "tags": ["t" * 50]}
    data = await GraphQLClient(client, token).data(CREATE, {"input": fields})
    assert data["createLead"]["errors"] == []
    assert data["createLead"]["lead"]["fullName"] == "A" * 200


async def test_enum_values_in_inputs_pass_the_check(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    data = await GraphQLClient(client, token).data(
        CREATE, {"input": {"fullName": "Ada", "email": "a@example.com", "status": "CONTACTED"}}
    )
    assert data["createLead"]["errors"] == [] and data["createLead"]["lead"]["status"] == "CONTACTED"


LEADS = "query Q($filter: LeadFilter, $after: String) { leads(filter: $filter, after: $after) { totalCount } }"


async def _raw(client: httpx.AsyncClient, token: str, query: str, variables: dict[str, object]) -> dict[str, object]:
    raw = json.dumps({"query": query, "variables": variables})  # ASCII escapes carry NULs and lone surrogates
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    response = await client.post("/graphql", content=raw, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("query", "variables", "field"),
    [
        (LEADS, {"filter": {"search": "a" * 201}}, "search"),
        (LEADS, {"filter": {"search": "ada\x00"}}, "search"),
        (LEADS, {"filter": {"tag": "t" * 201}}, "tag"),
        (LEADS, {"filter": {"tag": "vip\ud800"}}, "tag"),
        (LEADS, {"filter": {"ownerId": "A" * 1001}}, "ownerId"),
        (LEADS, {"after": "A" * 1001}, "after"),
        (LEADS, {"after": "\x00"}, "after"),
        ('{ leads(filter: {search: "ada\\u0000"}) { totalCount } }', {}, "search"),
        ("query Q($id: ID!) { node(id: $id) { id } }", {"id": "A" * 1001}, "id"),
        ("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ["A" * 1001]}, "ids"),
    ],
    ids=[
        "search-201",
        "search-nul",
        "tag-201",
        "tag-surrogate",
        "id-1001",
        "cursor-1001",
        "cursor-nul",
        "literal-nul",
        "node-id",
        "nodes-ids",
    ],
)
async def test_query_arguments_over_their_maximum_or_unstorable_are_invalid_input(
    client: httpx.AsyncClient, query: str, variables: dict[str, object], field: str
) -> None:
    _, token = await make_user()
    body = await _raw(client, token, query, variables)
    assert body.get("data") is None
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INVALID_INPUT", "field": field}, error


async def test_query_arguments_at_their_maximum_are_taken_counting_code_points(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    for search in ("a" * 200, "😀" * 200):  # 200 code points; 400 UTF-16 units and 800 bytes for the emoji
        assert (await gql.data(LEADS, {"filter": {"search": search, "tag": "t" * 200}}))["leads"]["totalCount"] == 0


async def test_a_lone_surrogate_in_the_document_is_invalid_input(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    body = await _raw(client, token, '{ leads(filter: {search: "\\ud800"}) { totalCount } }', {})
    assert [e["extensions"]["code"] for e in body["errors"]] == ["INVALID_INPUT"]
