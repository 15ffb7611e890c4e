"""`disconnectMeta(purgeLeads: true)` announces each lead it erases: `leadEvents` ERASED and partner webhooks
LEAD_ERASED, as a lead's erasure does (SPEC §4 Subscription, Partner webhooks)."""

from __future__ import annotations

import asyncio

import httpx

from app.accounts.models import Role
from tests.events.conftest import Receiver, deliver_due
from tests.events.wsclient import signed_in
from tests.fakes.meta import FakeMeta
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the fixture
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, make_user

LEADS = "{ leads(first: 50) { edges { node { id fullName } } } }"
SUBSCRIBE = """mutation($url: String!) { createWebhookSubscription(input: {url: $url, events: [LEAD_ERASED]}) {
  secret errors { code } } }"""
PURGE = """mutation { disconnectMeta(input: {purgeLeads: true}) { disconnected errors { code } } }"""


async def test_each_purged_lead_is_announced_erased(
    live_api: str,
    client: httpx.AsyncClient,
    meta: FakeMeta,  # noqa: F811  # the fixture imported above
    receiver: Receiver,
) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    for name in ("Ada", "Bea"):
        await meta.deliver_lead(client, {"full_name": [name], "email": [f"{name.lower()}@example.com"]})
    await drain()
    lead_ids = {e["node"]["id"] for e in (await gql.data(LEADS))["leads"]["edges"]}
    assert len(lead_ids) == 2
    assert (await gql.data(SUBSCRIBE, {"url": receiver.url}))["createWebhookSubscription"]["errors"] == []
    watcher = await signed_in(live_api, token)
    try:
        await watcher.subscribe("1", "subscription { leadEvents { kind leadId lead { id } } }")
        await asyncio.sleep(0.15)  # let the server register the listener before events are emitted

        assert (await gql.data(PURGE))["disconnectMeta"] == {"disconnected": True, "errors": []}

        live = [(await watcher.receive(5))["payload"]["data"]["leadEvents"] for _ in lead_ids]
        assert sorted(e["leadId"] for e in live) == sorted(lead_ids)
        assert {(e["kind"], e["lead"] is None) for e in live} == {("ERASED", True)}
        assert await watcher.nothing_for(0.3)
    finally:
        await watcher.close()
    await deliver_due()
    bodies = [r.json() for r in receiver.requests]
    assert {b["type"] for b in bodies} == {"LEAD_ERASED"}
    assert sorted(b["data"]["leadId"] for b in bodies) == sorted(lead_ids)
    assert (await gql.data(LEADS))["leads"]["edges"] == []
