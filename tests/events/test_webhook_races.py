"""Webhook subscriptions changed by several calls at the same moment: rotations take turns (each returned secret
is stored, each previous secret is the one it replaced), an edit and a rotation both stick, and a redelivery or
test racing the subscription's deletion is told it is gone instead of failing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from app.events import EventType, emit
from app.webhooks import services
from tests.events.conftest import Receiver, deliver_due
from tests.events.test_webhooks import DELIVERIES, REDELIVER, ROTATE, TEST, _admin, _signed_by, _subscribe

EDIT = """
mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) { webhookSubscription { events } errors { code field } }
}"""
DELETE = """
mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { errors { code } } }
"""
SUBSCRIPTION = "query($id: ID!) { node(id: $id) { ... on WebhookSubscription { events } } }"


def _slow_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each call reads the subscription, then waits a little: every call has read it before any writes."""
    read = services.get_subscription

    async def get_subscription(*args: Any, **kwargs: Any) -> Any:
        row = await read(*args, **kwargs)
        await asyncio.sleep(0.05)
        return row

    monkeypatch.setattr(services, "get_subscription", get_subscription)


async def _signers(gql: Any, receiver: Receiver, sub_id: str, secrets: list[str]) -> list[str]:
    """The secrets, of those given, that sign a test event sent now."""
    tested = (await gql.data(TEST, {"input": {"id": sub_id}}))["testWebhook"]
    assert tested["webhookDelivery"]["status"] == "SUCCEEDED", tested
    return [s for s in secrets if _signed_by(s, receiver.requests[-1])]


async def test_rotations_at_once_each_replace_the_secret_before_them(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("SQLite has a single writer")
    _, gql = await _admin(client)
    sub_id, first = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    _slow_reads(monkeypatch)
    bodies = await asyncio.gather(*(gql.data(ROTATE, {"input": {"id": sub_id}}) for _ in range(5)))
    rotated = sorted(
        (b["rotateWebhookSecret"] for b in bodies), key=lambda r: r["webhookSubscription"]["secretRotatedAt"]
    )
    assert all(r["errors"] == [] for r in rotated)
    returned = [r["secret"] for r in rotated]
    assert len(set(returned)) == 5
    # The last rotation's secret signs, with the one it replaced (SPEC: both sign for 24 hours).
    assert await _signers(gql, receiver, sub_id, [first, *returned]) == returned[-2:]


async def test_an_edit_and_a_rotation_at_once_both_stick(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, gql = await _admin(client)
    sub_id, first = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    _slow_reads(monkeypatch)
    edited, rotated = await asyncio.gather(
        gql.data(EDIT, {"input": {"id": sub_id, "events": ["LEAD_CREATED", "LEAD_UPDATED"]}}),
        gql.data(ROTATE, {"input": {"id": sub_id}}),
    )
    assert edited["updateWebhookSubscription"]["errors"] == [] and rotated["rotateWebhookSecret"]["errors"] == []
    assert (await gql.data(SUBSCRIPTION, {"id": sub_id}))["node"]["events"] == ["LEAD_CREATED", "LEAD_UPDATED"]
    secret = rotated["rotateWebhookSecret"]["secret"]
    assert await _signers(gql, receiver, sub_id, [secret, first]) == [secret, first]


async def _while_held(
    monkeypatch: pytest.MonkeyPatch, name: str, call: Awaitable[Any], meanwhile: Callable[[], Awaitable[Any]]
) -> Any:
    """Run `call`, holding it just after its read through `services.<name>` until `meanwhile` (whose own reads
    pass) is done."""
    read = getattr(services, name)
    reached, go = asyncio.Event(), asyncio.Event()

    async def held(*args: Any, **kwargs: Any) -> Any:
        row = await read(*args, **kwargs)
        if not reached.is_set():
            reached.set()
            await go.wait()
        return row

    monkeypatch.setattr(services, name, held)
    task = asyncio.ensure_future(call)
    await asyncio.wait_for(reached.wait(), 10)
    await meanwhile()
    go.set()
    return await task


async def test_a_redelivery_racing_the_deletion_is_told_the_subscription_is_gone(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["PRIVACY_REQUEST_COMPLETED"])
    await emit(EventType.PRIVACY_REQUEST_COMPLETED, org.id, org.id, request_type="ERASURE")
    await deliver_due()
    original = (await gql.data(DELIVERIES))["webhookDeliveries"]["edges"][0]["node"]
    body = await _while_held(
        monkeypatch,
        "get_owned",
        gql(REDELIVER, {"input": {"id": original["id"]}}),
        lambda: gql.data(DELETE, {"input": {"id": sub_id}}),
    )
    assert "errors" not in body, body
    assert body["data"]["redeliverWebhook"] == {
        "webhookDelivery": None,
        "errors": [{"code": "NOT_FOUND", "field": "id"}],
    }
    assert (await gql.data(DELIVERIES))["webhookDeliveries"]["totalCount"] == 0


async def test_a_test_event_racing_the_deletion_is_told_the_subscription_is_gone(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    body = await _while_held(
        monkeypatch,
        "get_subscription",
        gql(TEST, {"input": {"id": sub_id}}),
        lambda: gql.data(DELETE, {"input": {"id": sub_id}}),
    )
    assert "errors" not in body, body
    assert body["data"]["testWebhook"] == {"webhookDelivery": None, "errors": [{"code": "NOT_FOUND", "field": "id"}]}
    assert receiver.requests == []
