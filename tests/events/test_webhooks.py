"""Partner webhooks delivered to a real HTTP receiver on a loopback port: signatures, retries on the
published schedule (the job clock is driven by passing `now`, nothing sleeps), redelivery, dual signing
after a rotation, refusal of private addresses, and disabling after 50 failures in a row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
import uuid
from typing import Any

import httpx
import pytest

from app.accounts.models import Role
from app.events import EventType, emit
from app.leads.models import Lead
from app.mail.models import OutboxMail
from app.settings import get_settings
from app.webhooks import services
from app.webhooks.models import WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription
from app.webhooks.services import NotDue, attempt_delivery
from app.webhooks.signing import parse_header, signature, verify
from app.webhooks.transport import ADDRESS_REFUSED, forbidden_address
from schema.relay import to_global_id
from tests.events.conftest import Receiver, deliver_due
from tests.notifications.helpers import NOTIFICATIONS, nodes
from tests.support import GraphQLClient, error_codes, make_org, make_user

CREATE = """
mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    webhookSubscription { id url events scopes active }
    errors { field code message }
  }
}"""
DELIVERIES = """
query($filter: WebhookDeliveryFilter) {
  webhookDeliveries(filter: $filter, first: 50) {
    totalCount
    edges { node { id eventId eventType attempt status httpStatus durationMs error nextAttemptAt manual } }
  }
}"""
REDELIVER = """
mutation($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) { webhookDelivery { id eventId status httpStatus manual } errors { code field } }
}"""
REDELIVER_REFUSED = """
mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { errors { code field message } } }"""
PAYLOADS = """
query { webhookDeliveries(first: 50) { edges { node { id attempt status error payloadPurged } } } }"""
ROTATE = """
mutation($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) { secret webhookSubscription { secretRotatedAt } errors { code } }
}"""
TEST = """
mutation($input: TestWebhookInput!) {
  testWebhook(input: $input) { webhookDelivery { eventType status httpStatus durationMs } errors { code field } }
}"""
UPDATE = """
mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) {
    webhookSubscription { active consecutiveFailures disabledAt } errors { code field }
  }
}"""


async def _admin(client: httpx.AsyncClient) -> tuple[Any, GraphQLClient]:
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    return org, GraphQLClient(client, token)


async def _subscribe(
    gql: GraphQLClient, url: str, events: list[str], scopes: list[str] | None = None
) -> tuple[str, str]:
    variables: dict[str, Any] = {"url": url, "events": events}
    if scopes is not None:
        variables["scopes"] = scopes
    result = (await gql.data(CREATE, {"input": variables}))["createWebhookSubscription"]
    assert result["errors"] == [], result
    assert result["secret"].startswith("whsec_")
    return result["webhookSubscription"]["id"], result["secret"]


async def _lead(org_id: uuid.UUID) -> Lead:
    return await Lead.create(
        organization_id=org_id, full_name="Grace Hopper", email="grace@example.com", phone="+14155550123"
    )


async def _rows(subscription_gid: str) -> list[WebhookDelivery]:
    from schema.relay import pk_of

    return await WebhookDelivery.filter(subscription_id=pk_of(subscription_gid, "WebhookSubscription")).order_by(
        "created_at", "attempt"
    )


def _signed_by(secret: str, received: Any) -> bool:
    return verify(secret, received.headers["x-quantix-signature"], received.body)


@pytest.mark.sqlite
async def test_a_lead_event_is_delivered_signed_with_contact_fields_under_leads_read(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    _, secret = await _subscribe(gql, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    lead = await _lead(org.id)
    event = await emit(EventType.LEAD_CREATED, org.id, lead.id)
    await deliver_due()

    assert len(receiver.requests) == 1
    received = receiver.requests[0]
    assert _signed_by(secret, received)
    timestamp, signatures = parse_header(received.headers["x-quantix-signature"])
    assert signatures == [signature(secret, timestamp, received.body)]
    assert abs(time.time() - timestamp) < 60
    body = received.json()
    assert set(body) == {"id", "type", "createdAt", "organizationId", "data"}
    assert body["id"] == received.headers["x-quantix-event-id"] == str(event.id)
    assert body["type"] == "LEAD_CREATED"
    assert body["organizationId"] == to_global_id("Organization", org.id)
    assert body["data"]["leadId"] == to_global_id("Lead", lead.id)
    assert (body["data"]["fullName"], body["data"]["email"], body["data"]["phone"]) == (
        "Grace Hopper",
        "grace@example.com",
        "+14155550123",
    )
    dt.datetime.fromisoformat(body["createdAt"])

    log = (await gql.data(DELIVERIES))["webhookDeliveries"]
    assert log["totalCount"] == 1
    entry = log["edges"][0]["node"]
    assert (entry["status"], entry["httpStatus"], entry["attempt"], entry["eventId"]) == (
        "SUCCEEDED",
        200,
        1,
        str(event.id),
    )
    assert entry["durationMs"] is not None and entry["nextAttemptAt"] is None


async def test_without_leads_read_the_payload_has_ids_but_no_contact_fields(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    await _subscribe(gql, receiver.url, ["LEAD_CREATED", "LEAD_ERASED"])
    lead = await _lead(org.id)
    await emit(EventType.LEAD_CREATED, org.id, lead.id)
    await emit(EventType.LEAD_UPDATED, org.id, lead.id)  # not subscribed
    await deliver_due()
    await emit(EventType.LEAD_ERASED, org.id, lead.id)
    await deliver_due()
    bodies = [r.json() for r in receiver.requests]
    assert sorted(b["type"] for b in bodies) == ["LEAD_CREATED", "LEAD_ERASED"]
    for body in bodies:
        text = json.dumps(body)
        assert "grace" not in text.lower() and "4155550123" not in text
        assert body["data"]["leadId"] == to_global_id("Lead", lead.id)


async def test_custom_fields_ride_along_and_personal_ones_only_under_leads_read(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    from app.disclosures.models import Disclosure

    org, gql = await _admin(client)
    await _subscribe(gql, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    for field in (
        {"key": "budget", "label": "Budget", "type": "NUMBER"},
        {"key": "allergies", "label": "Allergies", "type": "TEXT", "personalData": True, "category": "LEAD_NOTES"},
    ):
        made = await gql.data(
            "mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { errors { code } } }",
            {"input": field},
        )
        assert made["createCustomField"]["errors"] == []
    created = await gql.data(
        "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }",
        {
            "input": {
                "fullName": "Ada Lovelace",
                "email": "ada@example.com",
                "customFields": [{"key": "budget", "value": 5000}, {"key": "allergies", "value": "penicillin"}],
            }
        },
    )
    assert created["createLead"]["errors"] == [], created
    await deliver_due()

    by_scope = {"fullName" in r.json()["data"]: r.json()["data"]["customFields"] for r in receiver.requests}
    assert by_scope == {
        True: [{"key": "budget", "value": 5000}, {"key": "allergies", "value": "penicillin"}],
        False: [{"key": "budget", "value": 5000}],
    }
    (disclosure,) = await Disclosure.filter(organization_id=org.id)
    assert disclosure.categories == ["LEAD_CONTACT", "LEAD_NOTES"]


async def test_failures_are_retried_on_schedule_with_the_same_event_id_until_a_2xx(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    sub_id, secret = await _subscribe(gql, receiver.url, ["LEAD_UPDATED"])
    receiver.statuses = [500, 503, 302]
    lead = await _lead(org.id)
    await emit(EventType.LEAD_UPDATED, org.id, lead.id)
    (first,) = await _rows(sub_id)
    clock = first.scheduled_at

    await attempt_delivery(first.id, now=clock)
    rows = await _rows(sub_id)
    assert [(r.attempt, r.status, r.http_status) for r in rows] == [
        (1, WebhookDeliveryStatus.FAILED, 500),
        (2, WebhookDeliveryStatus.PENDING, None),
    ]
    assert rows[0].next_attempt_at == rows[1].scheduled_at == clock + dt.timedelta(minutes=1)
    with pytest.raises(NotDue):
        await attempt_delivery(rows[1].id, now=clock + dt.timedelta(seconds=30))

    for attempt, wait in ((2, dt.timedelta(minutes=1)), (3, dt.timedelta(minutes=5)), (4, dt.timedelta(minutes=30))):
        clock += wait
        row = next(r for r in await _rows(sub_id) if r.attempt == attempt)
        await attempt_delivery(row.id, now=clock)

    rows = await _rows(sub_id)
    assert [(r.attempt, r.status.value, r.http_status) for r in rows] == [
        (1, "FAILED", 500),
        (2, "FAILED", 503),
        (3, "FAILED", 302),  # redirects are not followed
        (4, "SUCCEEDED", 200),
    ]
    assert rows[2].error == "redirects are not followed"
    assert len(receiver.requests) == 4
    assert {r.headers["x-quantix-event-id"] for r in receiver.requests} == {str(rows[0].event_id)}
    assert len({r.body for r in receiver.requests}) == 1
    assert all(_signed_by(secret, r) for r in receiver.requests)
    subscription = await WebhookSubscription.get(id=rows[0].subscription_id)
    assert subscription.consecutive_failures == 0


async def test_the_retry_schedule_spans_24_hours_and_then_stops(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    receiver.default_status = 500
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    clock = (await _rows(sub_id))[0].scheduled_at
    for _ in range(8):
        pending = [r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING]
        assert len(pending) == 1
        clock = max(clock, pending[0].scheduled_at)
        await attempt_delivery(pending[0].id, now=clock)
    rows = await _rows(sub_id)
    assert [r.attempt for r in rows] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert all(r.status is WebhookDeliveryStatus.FAILED for r in rows)
    since_first = [(r.scheduled_at - rows[0].scheduled_at).total_seconds() for r in rows[1:]]
    assert since_first == [60, 300, 1800, 7200, 21600, 43200, 86400]  # the last retry 24 h after the first try
    assert rows[-1].next_attempt_at is None


async def test_a_retry_that_ran_late_does_not_push_the_schedule_back(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    receiver.default_status = 500
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    first = (await _rows(sub_id))[0]
    await attempt_delivery(first.id, now=first.scheduled_at)
    second = next(r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING)
    await attempt_delivery(second.id, now=second.scheduled_at + dt.timedelta(minutes=3))  # a worker was down
    third = next(r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING)
    assert (third.scheduled_at - first.scheduled_at).total_seconds() == 300
    fourth_due = first.scheduled_at + dt.timedelta(hours=3)  # the third ran after the fourth was due
    await attempt_delivery(third.id, now=fourth_due)
    fourth = next(r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING)
    assert fourth.scheduled_at == fourth_due  # at once, never in the past
    await attempt_delivery(fourth.id, now=fourth.scheduled_at)
    fifth = next(r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING)
    assert fifth.scheduled_at == fourth_due  # its 2 h had passed too: at once again
    await attempt_delivery(fifth.id, now=fifth.scheduled_at)
    sixth = next(r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING)
    assert (sixth.scheduled_at - first.scheduled_at).total_seconds() == 6 * 3600  # held back twice, still on time


async def test_redeliver_sends_the_same_event_again_with_a_fresh_signature(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    _, secret = await _subscribe(gql, receiver.url, ["PRIVACY_REQUEST_COMPLETED"])
    request_id = uuid.uuid4()
    await emit(EventType.PRIVACY_REQUEST_COMPLETED, org.id, request_id, request_type="ERASURE")
    await deliver_due()
    original = (await gql.data(DELIVERIES))["webhookDeliveries"]["edges"][0]["node"]

    result = (await gql.data(REDELIVER, {"input": {"id": original["id"]}}))["redeliverWebhook"]
    assert result["errors"] == []
    assert result["webhookDelivery"]["eventId"] == original["eventId"]
    assert (result["webhookDelivery"]["status"], result["webhookDelivery"]["manual"]) == ("SUCCEEDED", True)
    assert len(receiver.requests) == 2
    first, again = receiver.requests
    assert first.body == again.body and _signed_by(secret, again)
    assert again.json()["data"]["privacyRequestId"] == to_global_id("PrivacyRequest", request_id)
    assert again.json()["data"]["requestType"] == "ERASURE"
    assert (await gql.data(DELIVERIES))["webhookDeliveries"]["totalCount"] == 2
    by_event = {"eventId": original["eventId"]}
    assert (await gql.data(DELIVERIES, {"filter": by_event}))["webhookDeliveries"]["totalCount"] == 2
    for nothing in ({"eventId": "not-a-uuid"}, {"eventId": ""}, {"subscriptionId": original["id"]}):
        assert (await gql.data(DELIVERIES, {"filter": nothing}))["webhookDeliveries"]["totalCount"] == 0

    _, other = await _admin(client)
    foreign = (await other.data(REDELIVER, {"input": {"id": original["id"]}}))["redeliverWebhook"]
    assert foreign["errors"] == [{"code": "NOT_FOUND", "field": "id"}]

    assert await services.purge_bodies(dt.datetime.now(dt.UTC) + dt.timedelta(days=31)) == 2
    purged = (await gql.data(REDELIVER_REFUSED, {"input": {"id": original["id"]}}))["redeliverWebhook"]
    assert purged["errors"] == [
        {"code": "INVALID_STATE", "field": "id", "message": "This delivery's payload was purged (after 30 days)."}
    ]
    log = [edge["node"] for edge in (await gql.data(PAYLOADS))["webhookDeliveries"]["edges"]]
    assert [row["payloadPurged"] for row in log] == [True, True]


async def test_after_rotation_both_secrets_sign_for_24_hours(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org, gql = await _admin(client)
    sub_id, old_secret = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    rotated = (await gql.data(ROTATE, {"input": {"id": sub_id}}))["rotateWebhookSecret"]
    new_secret = rotated["secret"]
    assert new_secret != old_secret and rotated["webhookSubscription"]["secretRotatedAt"]

    tested = (await gql.data(TEST, {"input": {"id": sub_id}}))["testWebhook"]
    assert tested["webhookDelivery"]["eventType"] == "WEBHOOK_TEST"
    assert (tested["webhookDelivery"]["status"], tested["webhookDelivery"]["httpStatus"]) == ("SUCCEEDED", 200)
    header = receiver.requests[-1].headers["x-quantix-signature"]
    assert header.count("v1=") == 2
    assert _signed_by(new_secret, receiver.requests[-1]) and _signed_by(old_secret, receiver.requests[-1])

    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    pending = [r for r in await _rows(sub_id) if r.status is WebhookDeliveryStatus.PENDING]
    await attempt_delivery(pending[0].id, now=dt.datetime.now(dt.UTC) + dt.timedelta(hours=24, minutes=1))
    later = receiver.requests[-1]
    assert later.headers["x-quantix-signature"].count("v1=") == 1
    assert _signed_by(new_secret, later) and not _signed_by(old_secret, later)


async def test_private_addresses_are_refused_unless_allowed(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url.replace("127.0.0.1", "localhost"), ["LEAD_CREATED"])
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    (row,) = await _rows(sub_id)
    strict = dataclasses.replace(get_settings(), webhook_allow_private=False)
    await attempt_delivery(row.id, settings=strict)  # the name resolves to loopback when connecting
    row = await WebhookDelivery.get(id=row.id)
    assert (row.status, row.http_status, row.error) == (WebhookDeliveryStatus.FAILED, None, ADDRESS_REFUSED)
    assert receiver.requests == []

    monkeypatch.setattr(services, "get_settings", lambda: strict)
    for url in ("http://127.0.0.1:9/x", "http://10.1.2.3/x", "http://[::1]/x", "http://169.254.169.254/latest"):
        body = await gql(CREATE, {"input": {"url": url, "events": ["LEAD_CREATED"]}})
        assert body["data"]["createWebhookSubscription"]["errors"][0]["field"] == "url", url
    production = dataclasses.replace(strict, env="production")
    monkeypatch.setattr(services, "get_settings", lambda: production)
    body = await gql(CREATE, {"input": {"url": "http://partner.example/hook", "events": ["LEAD_CREATED"]}})
    assert body["data"]["createWebhookSubscription"]["errors"][0]["code"] == "INVALID_INPUT"


def test_address_classification() -> None:
    for address in ("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "224.0.0.1", "0.0.0.0"):  # noqa: S104
        assert forbidden_address(address), address
    for address in ("::1", "fe80::1", "fc00::1", "::", "ff02::1", "::ffff:127.0.0.1", "100.64.0.1"):
        assert forbidden_address(address), address
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"):
        assert not forbidden_address(address), address


async def test_fifty_failures_in_a_row_disable_the_subscription_and_tell_the_admins(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    org, gql = await _admin(client)
    _, owner_token = await make_user(org, role=Role.OWNER)
    _, member_token = await make_user(org, role=Role.MEMBER)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    receiver.default_status = 500
    subscription_pk = (await _rows_sub(sub_id)).id
    for _ in range(49):
        await services.send_test_event(org.id, subscription_pk)
    assert (await WebhookSubscription.get(id=subscription_pk)).active
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    (pending,) = await _rows_status(sub_id, WebhookDeliveryStatus.PENDING)
    await attempt_delivery(pending.id)

    subscription = await WebhookSubscription.get(id=subscription_pk)
    assert (subscription.active, subscription.consecutive_failures) == (False, 50)
    assert subscription.disabled_at is not None
    assert await _rows_status(sub_id, WebhookDeliveryStatus.PENDING) == []  # no retry is scheduled
    mails = await OutboxMail.filter(kind="webhook_disabled", organization_id=org.id)
    assert len(mails) == 2  # the ADMIN and the OWNER, not the MEMBER
    assert "http://testserver/settings/webhooks" in mails[0].body_text
    # ...and an INTEGRATION_HEALTH notification each in the app (SPEC §7.1's kinds).
    for admin in (gql, GraphQLClient(client, owner_token)):
        [notice] = [n for n in nodes(await admin.data(NOTIFICATIONS)) if n["kind"] == "INTEGRATION_HEALTH"]
        assert notice["title"] == "A webhook subscription was disabled"
        assert "failed 50 times in a row and has been disabled" in notice["body"]
        assert notice["link"] == "/settings/webhooks"
    assert nodes(await GraphQLClient(client, member_token).data(NOTIFICATIONS)) == []

    before = len(receiver.requests)
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    assert await _rows_status(sub_id, WebhookDeliveryStatus.PENDING) == []
    assert len(receiver.requests) == before

    receiver.default_status = 204
    enabled = (await gql.data(UPDATE, {"input": {"id": sub_id, "active": True}}))["updateWebhookSubscription"]
    assert enabled["webhookSubscription"] == {"active": True, "consecutiveFailures": 0, "disabledAt": None}


async def _rows_sub(sub_id: str) -> WebhookSubscription:
    from schema.relay import pk_of

    return await WebhookSubscription.get(id=pk_of(sub_id, "WebhookSubscription"))


async def _rows_status(sub_id: str, status: WebhookDeliveryStatus) -> list[WebhookDelivery]:
    return [r for r in await _rows(sub_id) if r.status is status]


@pytest.mark.sqlite
async def test_only_admins_manage_webhooks_and_input_is_checked(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org = await make_org()
    _, member_token = await make_user(org, role=Role.MEMBER)
    member = GraphQLClient(client, member_token)
    body = await member(CREATE, {"input": {"url": receiver.url, "events": ["LEAD_CREATED"]}})
    assert error_codes(body) == ["FORBIDDEN"]
    body = await member("{ webhookSubscriptions { id } }")
    assert error_codes(body) == ["FORBIDDEN"]

    _, gql = await _admin(client)
    for variables, field in (
        ({"url": "ftp://example.com/x", "events": ["LEAD_CREATED"]}, "url"),
        ({"url": receiver.url, "events": []}, "events"),
        ({"url": receiver.url, "events": ["WEBHOOK_TEST"]}, "events"),
        ({"url": receiver.url, "events": ["LEAD_CREATED"], "scopes": ["everything"]}, "scopes"),
    ):
        result = (await gql.data(CREATE, {"input": variables}))["createWebhookSubscription"]
        assert result["webhookSubscription"] is None and result["errors"][0]["field"] == field, variables

    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    listed = (await gql.data("{ webhookSubscriptions { id url events scopes active } }"))["webhookSubscriptions"]
    assert listed == [
        {"id": sub_id, "url": receiver.url, "events": ["LEAD_CREATED"], "scopes": ["leads:read"], "active": True}
    ]
    assert "secret" not in json.dumps(listed)
    _, outsider = await _admin(client)
    assert (await outsider.data("{ webhookSubscriptions { id } }"))["webhookSubscriptions"] == []
    deleted = await outsider.data(
        "mutation($i: DeleteWebhookSubscriptionInput!) {"
        " deleteWebhookSubscription(input: $i) { errors { code field } } }",
        {"i": {"id": sub_id}},
    )
    assert deleted["deleteWebhookSubscription"]["errors"] == [{"code": "NOT_FOUND", "field": "id"}]
    node = await outsider.data("query($id: ID!) { node(id: $id) { id } }", {"id": sub_id})
    assert node["node"] is None


def test_payload_ids_are_the_api_global_ids() -> None:
    pk = uuid.uuid4()
    assert services.global_id("Lead", pk) == to_global_id("Lead", pk)


async def test_erasing_a_lead_blanks_its_stored_payloads_and_skips_pending_retries(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    _, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED", "LEAD_ERASED"], ["leads:read"])
    receiver.statuses = [500]
    created = await gql.data(
        "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }",
        {"input": {"fullName": "Dorothy Vaughan", "email": "dorothy@example.com"}},
    )
    lead_gid = created["createLead"]["lead"]["id"]
    await deliver_due()  # fails once: a retry is now pending with the contact fields in its stored body
    (failed, retry) = await _rows(sub_id)
    assert retry.status is WebhookDeliveryStatus.PENDING and "dorothy@example.com" in (retry.body or "")

    erased = await gql.data(
        "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId errors { code } } }",
        {"input": {"id": lead_gid}},
    )
    assert erased["deleteLead"]["errors"] == []
    failed, retry = await WebhookDelivery.get(id=failed.id), await WebhookDelivery.get(id=retry.id)
    assert failed.body is None and retry.body is None

    await attempt_delivery(retry.id, now=retry.scheduled_at)
    retry = await WebhookDelivery.get(id=retry.id)
    assert retry.status is WebhookDeliveryStatus.SKIPPED
    assert [r.json()["type"] for r in receiver.requests] == ["LEAD_CREATED"]
    # The log says the same thing everywhere: both payloads are gone, erased with the lead (not purged by age).
    log = {edge["node"]["attempt"]: edge["node"] for edge in (await gql.data(PAYLOADS))["webhookDeliveries"]["edges"]}
    assert {attempt: row["payloadPurged"] for attempt, row in log.items()} == {1: True, 2: True}
    assert (log[2]["status"], log[2]["error"]) == ("SKIPPED", "the payload was erased with its lead")
    erased_payload = (await gql.data(REDELIVER_REFUSED, {"input": {"id": log[1]["id"]}}))["redeliverWebhook"]
    assert erased_payload["errors"] == [
        {"code": "INVALID_STATE", "field": "id", "message": "This delivery's payload was erased with its lead."}
    ]

    await deliver_due()  # the LEAD_ERASED event carries the id only
    erased_event = receiver.requests[-1].json()
    assert (erased_event["type"], erased_event["data"]) == ("LEAD_ERASED", {"leadId": lead_gid})


@pytest.mark.parametrize("answer", [200, 500])
async def test_an_erasure_during_an_attempt_keeps_the_log_true_and_the_body_gone(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch, answer: int
) -> None:
    """The lead is erased while its delivery is on the wire: the attempt's outcome is logged (not stuck in
    SENDING), the erased body is not written back, and a failure schedules no retry of a blanked payload."""
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    lead = await _lead(org.id)
    await emit(EventType.LEAD_CREATED, org.id, lead.id)
    receiver.default_status = answer
    send = services._send

    async def send_while_erasing(*args: Any) -> tuple[int | None, int | None, str | None]:
        result = await send(*args)
        erased = await gql.data(
            "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { errors { code } } }",
            {"i": {"id": to_global_id("Lead", lead.id)}},
        )
        assert erased["deleteLead"]["errors"] == []
        return result

    monkeypatch.setattr(services, "_send", send_while_erasing)
    await deliver_due()
    (row,) = await _rows(sub_id)
    assert (row.status, row.http_status) == (
        WebhookDeliveryStatus.SUCCEEDED if answer == 200 else WebhookDeliveryStatus.FAILED,
        answer,
    )
    assert row.body is None and row.lead_id is None and row.duration_ms is not None
    assert len(receiver.requests) == 1


async def test_a_delivery_whose_job_never_ran_is_swept_up(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org, gql = await _admin(client)
    sub_id, secret = await _subscribe(gql, receiver.url, ["META_CONNECTION_CHANGED"])
    connection_id = uuid.uuid4()
    await emit(EventType.META_CONNECTION_CHANGED, org.id, connection_id, status="REVOKED")
    (row,) = await _rows(sub_id)
    assert await services.sweep_stale_deliveries(row.scheduled_at + dt.timedelta(seconds=30)) == 0
    assert await services.sweep_stale_deliveries(row.scheduled_at + dt.timedelta(minutes=3)) == 1
    (received,) = receiver.requests
    assert _signed_by(secret, received)
    assert received.json()["data"] == {
        "status": "REVOKED",
        "metaConnectionId": to_global_id("MetaConnection", connection_id),
    }
    assert (await WebhookDelivery.get(id=row.id)).status is WebhookDeliveryStatus.SUCCEEDED


@pytest.mark.parametrize("type_name", ["WebhookSubscription", "WebhookDelivery"])
async def test_webhook_nodes_are_visible_to_their_admins_only(client: httpx.AsyncClient, type_name: str) -> None:
    from tests.factories import NODE_FACTORIES

    org = await make_org()
    owner, owner_token = await make_user(org)
    _, viewer_token = await make_user(org, role=Role.VIEWER)
    _, stranger_token = await make_user(await make_org())
    gid = await NODE_FACTORIES[type_name](org, owner)
    query = "query($id: ID!) { node(id: $id) { id } }"
    assert (await GraphQLClient(client, owner_token).data(query, {"id": gid}))["node"] == {"id": gid}
    assert (await GraphQLClient(client, viewer_token).data(query, {"id": gid}))["node"] is None
    assert (await GraphQLClient(client, stranger_token).data(query, {"id": gid}))["node"] is None


async def test_an_attempt_interrupted_by_a_crash_is_retried(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org, gql = await _admin(client)
    sub_id, _ = await _subscribe(gql, receiver.url, ["LEAD_CREATED"])
    await emit(EventType.LEAD_CREATED, org.id, uuid.uuid4())
    (row,) = await _rows(sub_id)
    started = row.scheduled_at
    await WebhookDelivery.filter(id=row.id).update(status=WebhookDeliveryStatus.SENDING, attempted_at=started)
    assert await services.sweep_stale_deliveries(started + dt.timedelta(minutes=1)) == 0
    assert await services.sweep_stale_deliveries(started + dt.timedelta(minutes=6)) == 1
    first, retry = await _rows(sub_id)
    assert (first.status, first.error) == (WebhookDeliveryStatus.FAILED, "the attempt was interrupted")
    assert (retry.attempt, retry.status) == (2, WebhookDeliveryStatus.PENDING)
    await attempt_delivery(retry.id, now=retry.scheduled_at)
    assert len(receiver.requests) == 1 and receiver.requests[0].headers["x-quantix-event-id"] == str(first.event_id)


async def test_a_token_gives_a_partner_only_scopes_it_holds(client: httpx.AsyncClient, receiver: Receiver) -> None:
    """A `webhooks:manage` token without `leads:read` cannot route contact fields to a URL of its choosing."""
    from app.accounts.api_tokens import create_token

    org = await make_org()
    owner, _ = await make_user(org, role=Role.OWNER)
    _, manage_only = await create_token(
        org.id, owner.id, Role.OWNER, name="m", scopes=["webhooks:manage"], expires_at=None
    )
    _, both = await create_token(
        org.id, owner.id, Role.OWNER, name="b", scopes=["webhooks:manage", "leads:read"], expires_at=None
    )
    variables = {"input": {"url": receiver.url, "events": ["LEAD_CREATED"], "scopes": ["leads:read"]}}
    refused = (await GraphQLClient(client, manage_only).data(CREATE, variables))["createWebhookSubscription"]
    assert refused["errors"] == [
        {"field": "scopes", "code": "INVALID_INPUT", "message": refused["errors"][0]["message"]}
    ]
    assert refused["webhookSubscription"] is None and await WebhookSubscription.all().count() == 0
    plain = await GraphQLClient(client, manage_only).data(CREATE, {"input": {**variables["input"], "scopes": []}})
    gid = plain["createWebhookSubscription"]["webhookSubscription"]["id"]
    widened = await GraphQLClient(client, manage_only).data(
        UPDATE_SCOPES, {"input": {"id": gid, "scopes": ["leads:read"]}}
    )
    assert widened["updateWebhookSubscription"]["errors"] == [{"code": "INVALID_INPUT", "field": "scopes"}]
    allowed = (await GraphQLClient(client, both).data(CREATE, variables))["createWebhookSubscription"]
    assert allowed["errors"] == [] and allowed["webhookSubscription"]["scopes"] == ["leads:read"]


UPDATE_SCOPES = """
mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) { webhookSubscription { scopes } errors { code field } }
}"""
UPDATE_URL = """
mutation($input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(input: $input) { webhookSubscription { url active } errors { code field } }
}"""


@pytest.mark.sqlite
async def test_a_token_cannot_redirect_retarget_or_revive_a_subscription_carrying_scopes_it_lacks(
    client: httpx.AsyncClient, receiver: Receiver
) -> None:
    """An admin's `leads:read` subscription is out of reach of a `webhooks:manage` token without `leads:read`:
    pointing it at its own URL, re-enabling it or rotating its secret would send it contact fields (or sign
    for it) all the same. A token holding `leads:read` may."""
    from app.accounts.api_tokens import create_token

    org, admin = await _admin(client)
    owner, _ = await make_user(org, role=Role.OWNER)
    _, manage_only = await create_token(
        org.id, owner.id, Role.OWNER, name="m", scopes=["webhooks:manage"], expires_at=None
    )
    _, both = await create_token(
        org.id, owner.id, Role.OWNER, name="b", scopes=["webhooks:manage", "leads:read"], expires_at=None
    )
    gid, _ = await _subscribe(admin, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    exfil = f"{receiver.url}?exfil=1"
    token = GraphQLClient(client, manage_only)

    async def update(gql: GraphQLClient, subscription: str, **change: Any) -> dict[str, Any]:
        return (await gql.data(UPDATE_URL, {"input": {"id": subscription, **change}}))["updateWebhookSubscription"]

    out_of_reach = {"webhookSubscription": None, "errors": [{"code": "INVALID_INPUT", "field": "scopes"}]}
    for change in ({"url": exfil}, {"events": ["LEAD_CREATED", "LEAD_UPDATED"]}, {"active": False}, {}):
        assert await update(token, gid, **change) == out_of_reach
    assert (await update(admin, gid, active=False))["errors"] == []
    assert await update(token, gid, active=True) == out_of_reach
    assert (await update(admin, gid, active=True))["errors"] == []
    rotated = (await token.data(ROTATE, {"input": {"id": gid}}))["rotateWebhookSecret"]
    assert rotated == {"secret": None, "webhookSubscription": None, "errors": [{"code": "INVALID_INPUT"}]}
    listed = (await admin.data("{ webhookSubscriptions { url active secretRotatedAt } }"))["webhookSubscriptions"]
    assert listed == [{"url": receiver.url, "active": True, "secretRotatedAt": None}]

    created = await admin.data(
        "mutation($input: CreateLeadInput!) { createLead(input: $input) { errors { code } } }",
        {"input": {"fullName": "Katherine Johnson", "email": "katherine@example.com"}},
    )
    assert created["createLead"]["errors"] == []
    await deliver_due()
    (delivery,) = await _rows(gid)
    assert delivery.status is WebhookDeliveryStatus.SUCCEEDED and len(receiver.requests) == 1

    # A token that holds `leads:read` may move it; the token without may still manage subscriptions without it.
    assert await update(GraphQLClient(client, both), gid, url=exfil) == {
        "webhookSubscription": {"url": exfil, "active": True},
        "errors": [],
    }
    plain, _ = await _subscribe(token, receiver.url, ["LEAD_CREATED"])
    assert (await update(token, plain, url=exfil))["errors"] == []
    assert (await token.data(ROTATE, {"input": {"id": plain}}))["rotateWebhookSecret"]["errors"] == []


async def test_a_bulk_change_reads_its_leads_once_for_all_deliveries(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of lead events (a bulk update announces a thousand) reads the leads and their custom values in
    one go, not one lead at a time."""
    from app.events import emit_many

    org, gql = await _admin(client)
    await _subscribe(gql, receiver.url, ["LEAD_UPDATED"], ["leads:read"])
    leads = [await _lead(org.id) for _ in range(5)]
    reads: list[int] = []
    real = services.lead_values

    async def counted(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> Any:
        reads.append(len(lead_ids))
        return await real(organization_id, lead_ids)

    monkeypatch.setattr(services, "lead_values", counted)
    await emit_many(EventType.LEAD_UPDATED, org.id, [lead.id for lead in leads])
    assert reads == [5]
    await deliver_due()
    assert sorted(r.json()["data"]["leadId"] for r in receiver.requests) == sorted(
        to_global_id("Lead", lead.id) for lead in leads
    )
