"""The connect dance as a browser and a frontend would walk it, against the emulator."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.fakes.meta import FakeMeta
from tests.support import GraphQLClient, drain_jobs

REDIRECT = "http://testserver/settings/meta"

START = """mutation($uri: String!) { startMetaConnection(input: {redirectUri: $uri}) {
  authorizeUrl errors { field code message } } }"""
COMPLETE = """mutation($grant: String!) { completeMetaConnection(input: {grant: $grant}) {
  metaConnection { id status grantedScopes missingScopes expiresAt
    adAccounts { metaId name selected } pages { metaId name canAdvertise selected subscribed } }
  job { id kind } errors { field code message } } }"""
SELECT = """mutation($a: [String!]!, $p: [String!]!) { selectMetaAssets(input: {adAccountIds: $a, pageIds: $p}) {
  metaConnection { status adAccounts { metaId selected } pages { metaId selected subscribed } }
  errors { field code message } } }"""
CONNECTION = """{ metaConnection { id status grantedScopes missingScopes expiresAt lastSyncedAt
  adAccounts { metaId selected } pages { metaId selected subscribed } } }"""


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


async def start(gql: GraphQLClient, redirect: str = REDIRECT) -> str:
    data = await gql.data(START, {"uri": redirect})
    assert data["startMetaConnection"]["errors"] == []
    return str(data["startMetaConnection"]["authorizeUrl"])


async def dialog(meta: FakeMeta, authorize_url: str) -> str:
    """The user approves at Meta; returns where Meta sends the browser (our callback URL)."""
    async with httpx.AsyncClient(transport=meta.transport(), base_url="http://meta.test") as browser:
        parts = urlsplit(authorize_url)
        response = await browser.get(f"{parts.path}?{parts.query}")
    assert response.status_code == 302, response.text
    return response.headers["location"]


async def callback(client: httpx.AsyncClient, callback_url: str) -> httpx.Response:
    parts = urlsplit(callback_url)
    assert parts.path == "/integrations/meta/callback"
    return await client.get(f"{parts.path}?{parts.query}")


async def grant_for(client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta) -> str:
    response = await callback(client, await dialog(meta, await start(gql)))
    assert response.status_code == 302, response.text
    params = query_of(response.headers["location"])
    assert params["meta"] == "pending", params
    return params["grant"]


async def connect(
    client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta, *, select: bool = True
) -> dict[str, Any]:
    grant = await grant_for(client, gql, meta)
    data = await gql.data(COMPLETE, {"grant": grant})
    assert data["completeMetaConnection"]["errors"] == [], data
    if select:
        selected = await gql.data(SELECT, {"a": [f"act_{meta.AD_ACCOUNT_ID}"], "p": [meta.PAGE_ID]})
        assert selected["selectMetaAssets"]["errors"] == [], selected
    return data["completeMetaConnection"]


drain = drain_jobs  # the rooms' name for a real burst worker on the test queue
