"""The service answers over HTTP the way a client sees it."""

from __future__ import annotations

import httpx
import pytest

from tests.support import GraphQLClient, error_codes, make_user

ME = "query { me { id email fullName memberships { role organization { slug } } } }"

pytestmark = pytest.mark.sqlite


async def test_healthz_and_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-request-id"]


async def test_readyz_checks_database_and_queue(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "queue": "ok"}


async def test_me_requires_a_token(client: httpx.AsyncClient) -> None:
    body = await GraphQLClient(client)(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"]


async def test_me_with_a_session(client: httpx.AsyncClient) -> None:
    _, token = await make_user(email="ada@example.com")
    data = await GraphQLClient(client, token).data(ME)
    assert data["me"]["email"] == "ada@example.com"
    assert data["me"]["memberships"][0]["role"] == "OWNER"


async def test_bad_token_is_unauthenticated(client: httpx.AsyncClient) -> None:
    body = await GraphQLClient(client, "qxs_forged")(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"]
