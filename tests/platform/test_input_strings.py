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
