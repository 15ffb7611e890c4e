"""The whole OAuth dance over HTTP against the emulator (SPEC §6 "Meta connection")."""

from __future__ import annotations

import datetime as dt
import uuid
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.integrations.meta.models import OAuthState
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import (
    COMPLETE,
    CONNECTION,
    REDIRECT,
    SELECT,
    START,
    callback,
    connect,
    dialog,
    grant_for,
    query_of,
    start,
)
from tests.support import GraphQLClient, error_codes, make_org, make_user

SCOPES = (
    "ads_management,ads_read,business_management,leads_retrieval,pages_show_list,pages_read_engagement,"
    "pages_manage_metadata,pages_manage_ads"
)


@pytest.mark.sqlite
async def test_connect_end_to_end(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    url = await start(gql)
    parts = urlsplit(url)
    assert parts.path == "/v25.0/dialog/oauth"
    params = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert params["client_id"] == meta.app_id
    assert params["redirect_uri"] == "http://testserver/integrations/meta/callback"
    assert params["scope"] == SCOPES
    assert params["response_type"] == "code"
    assert params["state"]

    done = await connect(client, gql, meta, select=False)
    conn = done["metaConnection"]
    assert conn["status"] == "CONNECTED"
    assert conn["missingScopes"] == []
    assert set(SCOPES.split(",")) <= set(conn["grantedScopes"])
    assert dt.datetime.fromisoformat(conn["expiresAt"]) > dt.datetime.now(dt.UTC) + dt.timedelta(days=50)
    assert done["job"]["kind"] == "META_SYNC"
    assert f"act_{meta.AD_ACCOUNT_ID}" in {a["metaId"] for a in conn["adAccounts"]}
    pages = {p["metaId"]: p for p in conn["pages"]}
    assert pages[meta.PAGE_ID]["canAdvertise"] and not pages[meta.PAGE_NO_ADVERTISE_ID]["canAdvertise"]
    # The code was exchanged with GET, then swapped for a long-lived token.
    exchanges = meta.calls("oauth/access_token")
    assert [c["method"] for c in exchanges] == ["GET", "GET"]

    selected = await gql.data(SELECT, {"a": [f"act_{meta.AD_ACCOUNT_ID}"], "p": [meta.PAGE_ID]})
    assert selected["selectMetaAssets"]["errors"] == []
    pages = {p["metaId"]: p for p in selected["selectMetaAssets"]["metaConnection"]["pages"]}
    assert pages[meta.PAGE_ID]["selected"] and pages[meta.PAGE_ID]["subscribed"]
    assert "leadgen" in meta.subscribed_apps[meta.PAGE_ID]

    # Tokens are encrypted at rest: no raw token text in the table.
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT access_token FROM meta_connection")
    assert rows and all(str(r["access_token"]).startswith("qx1.") for r in rows)


async def test_redirect_uri_must_be_ours(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    body = await GraphQLClient(client, token)(START, {"uri": "https://evil.example/steal"})
    assert body["data"]["startMetaConnection"]["errors"][0]["code"] == "INVALID_INPUT"
    assert body["data"]["startMetaConnection"]["authorizeUrl"] is None


async def test_redirect_uri_takes_2048_characters(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """SPEC §6: "URLs 2,048 characters"; one more is INVALID_INPUT on `redirectUri`."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    longest = REDIRECT + "?next=" + "x" * (2_048 - len(REDIRECT) - 6)
    await start(gql, longest)
    assert [row.redirect_uri for row in await OAuthState.all()] == [longest]
    refused = await gql.data(START, {"uri": longest + "x"})
    [error] = refused["startMetaConnection"]["errors"]
    assert (error["code"], error["field"]) == ("INVALID_INPUT", "redirectUri")


async def test_only_admins_start(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.MEMBER)
    body = await GraphQLClient(client, token)(START, {"uri": REDIRECT})
    assert error_codes(body) == ["FORBIDDEN"]


async def test_bad_states_get_400_without_redirect(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    back = await dialog(meta, await start(gql))
    params = query_of(back)

    missing = await client.get(f"/integrations/meta/callback?code={params['code']}")
    forged = await client.get(f"/integrations/meta/callback?code=x&state={params['state'][:-3]}abc")
    for response in (missing, forged):
        assert response.status_code == 400
        assert "location" not in response.headers
        assert "text/html" in response.headers["content-type"]

    first = await callback(client, back)
    assert first.status_code == 302
    reused = await callback(client, back)
    assert reused.status_code == 400 and "location" not in reused.headers

    expired_back = await dialog(meta, await start(gql))
    await OAuthState.filter(used_at__isnull=True).update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    expired = await callback(client, expired_back)
    assert expired.status_code == 400 and "location" not in expired.headers


async def test_denied_and_missing_permissions(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    meta.deny_dialog_once = True
    denied = await callback(client, await dialog(meta, await start(gql)))
    assert denied.status_code == 302
    assert denied.headers["location"].startswith(REDIRECT)
    assert query_of(denied.headers["location"]) == {"meta": "error", "reason": "access_denied"}

    meta.grant_scopes = ["ads_read", "pages_show_list"]
    partial = await callback(client, await dialog(meta, await start(gql)))
    assert query_of(partial.headers["location"]) == {"meta": "error", "reason": "missing_permissions"}
    meta.grant_scopes = None

    back = query_of(await dialog(meta, await start(gql)))
    bad_code = await client.get(f"/integrations/meta/callback?code=bogus&state={back['state']}")
    assert query_of(bad_code.headers["location"]) == {"meta": "error", "reason": "exchange_failed"}
    body = await gql.data(CONNECTION)
    assert body["metaConnection"] is None


async def test_grant_is_bound_to_user_and_single_use(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    _, other = await make_user(org, role=Role.ADMIN)
    _, stranger = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    grant = await grant_for(client, gql, meta)
    for who in (other, stranger):
        body = await GraphQLClient(client, who).data(COMPLETE, {"grant": grant})
        assert body["completeMetaConnection"]["errors"][0]["code"] == "INVALID_STATE"
    assert (await gql.data(COMPLETE, {"grant": grant}))["completeMetaConnection"]["errors"] == []
    again = await gql.data(COMPLETE, {"grant": grant})
    assert again["completeMetaConnection"]["errors"][0]["code"] == "INVALID_STATE"
    junk = await gql.data(COMPLETE, {"grant": "not-a-grant"})
    assert junk["completeMetaConnection"]["errors"][0]["code"] == "INVALID_STATE"


async def test_an_other_users_grant_is_refused_like_an_unknown_one(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """One answer for a malformed id, an id no grant has, and another user's grant: none says a grant exists."""
    _, token = await make_user(role=Role.ADMIN)
    _, stranger = await make_user(role=Role.OWNER)
    grant = await grant_for(client, GraphQLClient(client, token), meta)
    answers = set()
    for tried in ("not-a-grant", str(uuid.uuid4()), grant):
        body = await GraphQLClient(client, stranger).data(COMPLETE, {"grant": tried})
        [error] = body["completeMetaConnection"]["errors"]
        answers.add((error["field"], error["code"], error["message"]))
    assert answers == {("grant", "INVALID_STATE", "This grant is unknown, expired or not yours.")}


@pytest.mark.parametrize(
    ("redirect", "expected"),
    [
        (
            "http://testserver/settings/meta?x=1&meta=zzz#frag",
            "http://testserver/settings/meta?x=1&meta=pending&grant={}#frag",
        ),
        (
            "http://testserver/settings/meta?reason=old&grant=g&y=2",
            "http://testserver/settings/meta?y=2&meta=pending&grant={}",
        ),
    ],
)
async def test_the_redirect_replaces_our_parameters_and_keeps_the_rest(
    client: httpx.AsyncClient, meta: FakeMeta, redirect: str, expected: str
) -> None:
    _, token = await make_user(role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    response = await callback(client, await dialog(meta, await start(gql, redirect)))
    location = response.headers["location"]
    assert location == expected.format(query_of(location)["grant"])
    denied_redirect = "http://testserver/settings/meta?meta=pending&grant=old&reason=x#top"
    meta.deny_next_dialog()
    denied = await callback(client, await dialog(meta, await start(gql, denied_redirect)))
    assert denied.headers["location"] == "http://testserver/settings/meta?meta=error&reason=access_denied#top"


async def test_select_assets_rules(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta, select=False)
    no_task = await gql.data(SELECT, {"a": [], "p": [meta.PAGE_NO_ADVERTISE_ID]})
    assert no_task["selectMetaAssets"]["errors"][0]["code"] == "INVALID_INPUT"
    unknown = await gql.data(SELECT, {"a": ["act_999"], "p": []})
    assert unknown["selectMetaAssets"]["errors"][0] == {
        "field": "adAccountIds",
        "code": "INVALID_INPUT",
        "message": unknown["selectMetaAssets"]["errors"][0]["message"],
    }
    ok = await gql.data(SELECT, {"a": [meta.AD_ACCOUNT_ID], "p": [meta.PAGE_ID]})
    assert ok["selectMetaAssets"]["errors"] == []

    _, token2 = await make_user(role=Role.ADMIN)
    gql2 = GraphQLClient(client, token2)
    await connect(client, gql2, meta, select=False)
    taken = await gql2.data(SELECT, {"a": [], "p": [meta.PAGE_ID]})
    assert taken["selectMetaAssets"]["errors"][0]["code"] == "INVALID_STATE"


async def test_select_accepts_the_ids_meta_connection_lists(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta, select=False)
    listed = (await gql.data("{ metaConnection { adAccounts { id metaId } pages { id metaId } } }"))["metaConnection"]
    account = next(a for a in listed["adAccounts"] if a["metaId"] == f"act_{meta.AD_ACCOUNT_ID}")
    page = next(p for p in listed["pages"] if p["metaId"] == meta.PAGE_ID)
    selected = await gql.data(SELECT, {"a": [account["id"]], "p": [page["id"]]})
    assert selected["selectMetaAssets"]["errors"] == []
    pages = {p["metaId"]: p for p in selected["selectMetaAssets"]["metaConnection"]["pages"]}
    assert pages[meta.PAGE_ID]["selected"] and pages[meta.PAGE_ID]["subscribed"]
