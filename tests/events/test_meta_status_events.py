"""META_CONNECTION_CHANGED reaches partner webhooks for the statuses time alone brings (EXPIRING within 7 days of
the token's expiry, EXPIRED after it): the hourly status check announces each once; connecting announces the
status a reader sees. The clock is moved by replacing the connection module's `_now`."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from app.accounts.models import Role
from app.integrations.meta import connection
from app.integrations.meta.models import MetaConnection
from app.integrations.meta.status_notices import check_all_connections
from tests.events.conftest import Receiver, deliver_due
from tests.fakes.meta import FakeMeta
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the fixture
from tests.integrations.meta_integration.flow import connect
from tests.support import GraphQLClient, make_user

SUBSCRIBE = """mutation($url: String!) {
  createWebhookSubscription(input: {url: $url, events: [META_CONNECTION_CHANGED]}) { secret errors { code } } }"""
CONSENTS = "{ consents(history: true) { purpose granted source } }"


async def _subscribed_owner(client: httpx.AsyncClient, receiver: Receiver) -> GraphQLClient:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    assert (await gql.data(SUBSCRIBE, {"url": receiver.url}))["createWebhookSubscription"]["errors"] == []
    return gql


def _move_clock(monkeypatch: pytest.MonkeyPatch, to: dt.datetime) -> None:
    monkeypatch.setattr(connection, "_now", lambda: to)


async def test_expiring_and_expired_are_announced_once_each(
    client: httpx.AsyncClient,
    meta: FakeMeta,  # noqa: F811  # the fixture imported above
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gql = await _subscribed_owner(client, receiver)
    await connect(client, gql, meta)
    expires_at = (await MetaConnection.get()).token_expires_at
    assert expires_at is not None

    async def statuses() -> list[str]:
        await deliver_due()
        found = [r.json()["data"]["status"] for r in receiver.requests]
        receiver.requests.clear()
        return found

    assert await check_all_connections() == 0
    assert await statuses() == ["CONNECTED"]

    _move_clock(monkeypatch, expires_at - dt.timedelta(days=3))
    assert await check_all_connections() == 1
    assert await statuses() == ["EXPIRING"]
    assert await check_all_connections() == 0  # the next hourly runs: unchanged, nothing announced
    assert await statuses() == []

    _move_clock(monkeypatch, expires_at + dt.timedelta(hours=1))
    assert await check_all_connections() == 1
    assert await check_all_connections() == 0
    assert await statuses() == ["EXPIRED"]
    assert await check_all_connections() == 0
    assert await statuses() == []


async def test_connecting_announces_the_status_a_reader_sees(
    client: httpx.AsyncClient,
    meta: FakeMeta,  # noqa: F811  # the fixture imported above
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A token that expires within 7 days is EXPIRING from the moment of connecting: that is what is announced
    (the hourly check then has nothing new to say), and connecting still grants META_INTEGRATION on record."""
    gql = await _subscribed_owner(client, receiver)
    _move_clock(monkeypatch, dt.datetime.now(dt.UTC) + dt.timedelta(days=57))  # the fake's tokens last 60 days
    await connect(client, gql, meta)
    assert (await gql.data("{ metaConnection { status } }"))["metaConnection"]["status"] == "EXPIRING"
    assert await check_all_connections() == 0
    await deliver_due()
    assert [r.json()["data"]["status"] for r in receiver.requests] == ["EXPIRING"]
    grants = [r for r in (await gql.data(CONSENTS))["consents"] if r["purpose"] == "META_INTEGRATION"]
    assert grants == [{"purpose": "META_INTEGRATION", "granted": True, "source": "META_OAUTH"}]
