"""`notificationEvents` over graphql-transport-ws against a real uvicorn server on a loopback port."""

from __future__ import annotations

import asyncio

import pytest

from app.accounts.models import Membership, Role
from app.accounts.sessions import revoke_sessions
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from schema.realtime import subscriptions
from schema.relay import to_global_id
from tests.events.wsclient import WSClient, signed_in
from tests.support import make_org, make_user

EVENTS = "subscription { notificationEvents { id kind title body readAt } }"

pytestmark = pytest.mark.sqlite


async def _subscribed(url: str, token: str) -> WSClient:
    client = await signed_in(url, token)
    await client.subscribe("1", EVENTS)
    await asyncio.sleep(0.15)  # let the server register the listener before notifications are written
    return client


async def _next(client: WSClient) -> dict:
    message = await client.receive()
    assert message["type"] == "next", message
    assert "errors" not in message["payload"], message
    return message["payload"]["data"]["notificationEvents"]


async def test_own_notifications_arrive_others_and_other_organisations_do_not(live_api: str) -> None:
    org, other_org = await make_org("Here"), await make_org("Elsewhere")
    user, token = await make_user(org, role=Role.MEMBER)
    await Membership.create(organization=other_org, user=user, role=Role.MEMBER)
    colleague, _ = await make_user(org, role=Role.MEMBER)
    watcher = await _subscribed(live_api, token)
    try:
        await notify(
            NotificationKind.TASK_DUE, organization_id=org.id, user_ids=[colleague.id], title="Not yours", body=""
        )
        await notify(
            NotificationKind.TASK_DUE, organization_id=other_org.id, user_ids=[user.id], title="Other org", body=""
        )
        [row] = await notify(
            NotificationKind.TASK_DUE, organization_id=org.id, user_ids=[user.id], title="Call back {lead}", body=""
        )
        event = await _next(watcher)
        assert event == {
            "id": to_global_id("Notification", row.id),
            "kind": "TASK_DUE",
            "title": "Call back a lead",
            "body": "",
            "readAt": None,
        }
        await notify(NotificationKind.SECURITY_NOTICE, user_ids=[user.id], title="New sign-in", body="From Berlin.")
        assert (await _next(watcher))["title"] == "New sign-in"
        assert await watcher.nothing_for(0.3)
    finally:
        await watcher.close()


async def test_logging_out_closes_the_subscription(live_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subscriptions, "AUTH_RECHECK_SECONDS", 0.2)
    user, token = await make_user()
    watcher = await _subscribed(live_api, token)
    await revoke_sessions(user.id)
    assert await watcher.close_code(timeout=5) == 4403


async def test_a_partner_token_cannot_subscribe(live_api: str) -> None:
    from app.accounts.models import ApiToken
    from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash

    org = await make_org()
    user, _ = await make_user(org)
    secret = new_token(API_TOKEN_PREFIX)
    await ApiToken.create(
        organization=org, created_by=user, name="t", token_hash=token_hash(secret), token_hint=secret[:8], scopes=[]
    )
    client = await signed_in(live_api, secret)
    try:
        await client.subscribe("1", EVENTS)
        message = await client.receive()
        assert message["type"] == "error", message
        assert message["payload"][0]["extensions"]["code"] == "FORBIDDEN"
    finally:
        await client.close()
