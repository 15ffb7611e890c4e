"""Meta consent on record (SPEC §7.1): connecting grants META_INTEGRATION in the ledger, disconnecting withdraws it."""

from __future__ import annotations

import httpx
import pytest

from app.accounts.models import Role
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect
from tests.support import GraphQLClient, make_user

HISTORY = "{ consents(history: true) { purpose granted source evidence } }"
DISCONNECT = """mutation { disconnectMeta(input: {purgeLeads: false}) { disconnected errors { code } } }"""
WITHDRAW = """mutation { setConsent(input: {purpose: META_INTEGRATION, granted: false}) {
  consent { granted source } errors { code } } }"""


async def _meta_rows(gql: GraphQLClient) -> list[dict[str, object]]:
    rows = (await gql.data(HISTORY))["consents"]
    return [r for r in rows if r["purpose"] == "META_INTEGRATION"]


@pytest.mark.sqlite
async def test_connecting_and_disconnecting_meta_is_on_the_consent_ledger(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    completed = await connect(client, gql, meta)

    [grant] = await _meta_rows(gql)
    assert grant["granted"] is True and grant["source"] == "META_OAUTH"
    evidence = grant["evidence"]
    assert isinstance(evidence, dict)
    assert evidence["appId"] == get_settings().meta_app_id
    assert evidence["grantedScopes"] == sorted(completed["metaConnection"]["grantedScopes"])
    assert evidence["grantedScopes"]

    assert (await gql.data(DISCONNECT))["disconnectMeta"] == {"disconnected": True, "errors": []}
    withdrawal, grant_again = await _meta_rows(gql)  # newest first
    assert grant_again == grant
    assert withdrawal["granted"] is False and withdrawal["source"] == "META_DISCONNECT"

    # Withdrawing the consent itself disconnects Meta; the ledger gets that one withdrawal, not two.
    await connect(client, gql, meta)
    assert (await gql.data(WITHDRAW))["setConsent"]["errors"] == []
    rows = await _meta_rows(gql)
    assert [(r["granted"], r["source"]) for r in rows[:2]] == [(False, "SETTINGS"), (True, "META_OAUTH")]
    assert len(rows) == 4


async def test_meta_deauthorize_withdraws_the_grant(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    response = await client.post(
        "/meta/deauthorize", data={"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    )
    assert response.status_code == 200
    latest = (await _meta_rows(gql))[0]
    assert latest["granted"] is False and latest["source"] == "META_DEAUTHORIZE"


async def test_meta_data_deletion_withdraws_the_grant(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    response = await client.post(
        "/meta/data-deletion", data={"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    )
    assert response.status_code == 200
    latest = (await _meta_rows(gql))[0]
    assert latest["granted"] is False and latest["source"] == "META_DATA_DELETION"
    current = (await gql.data("{ consents { purpose granted } }"))["consents"]
    assert {"purpose": "META_INTEGRATION", "granted": False} in current
