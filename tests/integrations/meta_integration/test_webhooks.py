"""Lead Ads webhooks over HTTP: handshake, raw-body signature, durable inbox, one lead per Meta lead id."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.campaigns.models import AdAccount, Campaign
from app.integrations.meta import webhooks
from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.leads.models import Lead
from app.settings import get_settings
from app.tombstones.ledger import is_meta_lead_erased, record_tombstone, subject_keys
from app.tombstones.models import ErasureTombstone, TombstoneReason
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, make_user

LEADS = """{ leads(first: 20) { totalCount edges { node { fullName email phone platform source campaignId formId
  answers { question values } } } } }"""


async def _connected(client: httpx.AsyncClient, meta: FakeMeta) -> tuple[GraphQLClient, str]:
    user, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    return gql, str(user.id)


async def _leads(gql: GraphQLClient) -> list[dict[str, object]]:
    data = await gql.data(LEADS)
    return [e["node"] for e in data["leads"]["edges"]]


async def test_handshake(client: httpx.AsyncClient) -> None:
    token = get_settings().meta_webhook_verify_token
    ok = await client.get(
        "/webhooks/meta", params={"hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": "1158201444"}
    )
    assert ok.status_code == 200 and ok.text == "1158201444"
    wrong = await client.get(
        "/webhooks/meta", params={"hub.mode": "subscribe", "hub.verify_token": "nope", "hub.challenge": "1"}
    )
    assert wrong.status_code == 403
    assert (await client.get("/webhooks/meta")).status_code == 403


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_name_every_method_the_endpoint_takes(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, "/webhooks/meta")
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "HEAD", "POST"}


async def test_signature_is_checked_over_raw_bytes(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    # Non-ASCII bytes as sent: hashing a re-serialisation would not match.
    body = '{"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"other","value":{"x":"Zoë"}}]}]}'.encode()
    assert (await meta.post_webhook(client, body, bad_signature=True)).status_code == 401
    assert (await client.post("/webhooks/meta", content=body)).status_code == 401
    assert await WebhookEvent.all().count() == 0
    assert (await meta.post_webhook(client, body)).status_code == 200
    event = await WebhookEvent.get()
    assert event.object == "page" and event.enqueued_at is not None


async def test_oversized_body_is_refused(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    body = b'{"object":"page","entry":[],"pad":"' + b"x" * (5 * 1024 * 1024) + b'"}'
    response = await meta.post_webhook(client, body)
    assert response.status_code == 413


@pytest.mark.sqlite
async def test_lead_arrives_once_despite_duplicates_and_disorder(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, _ = await _connected(client, meta)
    await drain()  # the first sync brings campaigns, ad sets and ads
    assert await Campaign.filter(meta_id=meta.CAMPAIGN_IDS[0]).exists()

    first = meta.add_lead(
        meta.FORM_ID,
        {
            "full_name": ["Zoë Quinn"],
            "email": ["zoe@example.com"],
            "phone_number": ["+4915112340001"],
            "which_treatment_are_you_interested_in?": ["implants"],
        },
        ad_id=meta.AD_IDS[0],
    )
    second = meta.add_lead(meta.FORM_ID, {"full_name": ["Bo Berg"], "email": ["bo@example.com"]}, platform="ig")
    body_first = meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, first["id"], ad_id=meta.AD_IDS[0])
    body_second = meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, second["id"], ids_as_numbers=True)
    # Out of order, re-delivered, and once more inside a batched body.
    for body in (body_second, body_first, body_first, body_second):
        assert (await meta.post_webhook(client, body)).status_code == 200
    batch = meta.leadgen_webhook_batch(
        [
            meta.leadgen_change(meta.PAGE_ID, meta.FORM_ID, first["id"]),
            meta.leadgen_change(meta.PAGE_ID, meta.FORM_ID, second["id"]),
        ]
    )
    assert (await meta.post_webhook(client, batch)).status_code == 200
    await drain()

    leads = {lead["email"]: lead for lead in await _leads(gql)}
    assert set(leads) == {"zoe@example.com", "bo@example.com"}
    zoe = leads["zoe@example.com"]
    assert zoe["fullName"] == "Zoë Quinn" and zoe["source"] == "META_LEAD_ADS" and zoe["platform"] == "facebook"
    assert zoe["campaignId"] is not None and zoe["formId"] is not None
    assert {"question": "Which treatment are you interested in?", "values": ["Implants"]} in zoe["answers"]
    assert leads["bo@example.com"]["platform"] == "instagram"
    assert await Lead.filter(meta_lead_id=first["id"]).count() == 1
    assert await WebhookEvent.filter(status=WebhookEventStatus.PROCESSED).count() == 3  # identical bytes stored once


async def test_minor_stores_nothing_but_a_tombstone(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, _ = await _connected(client, meta)
    birth = (dt.date.today() - dt.timedelta(days=365 * 16)).isoformat()
    leadgen_id, response = await meta.deliver_lead(
        client,
        {
            "first_name": ["Kid"],
            "last_name": ["Young"],
            "phone_number_(eg.65xxxxxxxx)": ["015112349999"],
            "date_of_birth": [birth],
        },
        form_id=meta.FORM2_ID,
    )
    assert response.status_code == 200
    await drain()
    assert await _leads(gql) == []
    tombstone = await ErasureTombstone.get()
    assert tombstone.reason is TombstoneReason.MINOR
    assert await is_meta_lead_erased(tombstone.organization_id, leadgen_id)
    # A re-delivery neither stores the lead nor adds a second tombstone.
    body = meta.leadgen_webhook(meta.PAGE_ID, meta.FORM2_ID, leadgen_id, created_time=1)
    await meta.post_webhook(client, body)
    await drain()
    assert await _leads(gql) == [] and await ErasureTombstone.all().count() == 1


async def test_erased_lead_never_comes_back(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, _ = await _connected(client, meta)
    org_id = (await AdAccount.first()).organization_id
    lead = meta.add_lead(meta.FORM_ID, {"full_name": ["Gone"], "email": ["gone@example.com"]})
    await record_tombstone(org_id, subject_keys(org_id, meta_lead_id=lead["id"]), TombstoneReason.ERASURE)
    await meta.post_webhook(client, meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, lead["id"]))
    await drain()
    assert await _leads(gql) == []
    assert not meta.calls(lead["id"])  # not even fetched


async def test_inbox_survives_a_queue_outage(
    client: httpx.AsyncClient, meta: FakeMeta, monkeypatch: pytest.MonkeyPatch
) -> None:
    gql, _ = await _connected(client, meta)

    async def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(webhooks, "enqueue", down)
    monkeypatch.setattr(webhooks, "poke", down)
    _, response = await meta.deliver_lead(client, {"full_name": ["Kept Safe"], "email": ["safe@example.com"]})
    assert response.status_code == 200
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.PENDING and event.enqueued_at is None
    monkeypatch.undo()
    await WebhookEvent.filter(id=event.id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2))
    assert await webhooks.sweep() == 1
    await drain()
    assert [lead["email"] for lead in await _leads(gql)] == ["safe@example.com"]


async def test_whatsapp_events_are_stored_for_their_room(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    body = meta.whatsapp_inbound_message("+4915112345678", "Hallo")
    assert (await meta.post_webhook(client, body)).status_code == 200
    event = await WebhookEvent.get()
    assert event.object == "whatsapp_business_account"
    assert json.loads(event.body)["entry"][0]["changes"][0]["field"] == "messages"
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT body FROM meta_webhook_event")
    assert rows[0]["body"].startswith("qx1.") and "Hallo" not in rows[0]["body"]


async def test_an_object_nothing_handles_is_acknowledged_and_never_swept(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """A signed event of an object no room handles (`instagram`) is answered 200 and kept its 30 days, but never
    waits PENDING: hundreds of them would fill the sweeper's batch and hold back events it must recover."""
    body = json.dumps({"object": "instagram", "entry": [{"id": "1", "time": 1, "changes": []}]}).encode()
    assert (await meta.post_webhook(client, body)).status_code == 200
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.PROCESSED and event.processed_at is not None
    await WebhookEvent.all().update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20))
    assert await webhooks.sweep() == 0
    await WebhookEvent.all().update(processed_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=31))
    assert await webhooks.purge_old() == 1


async def test_leads_of_a_page_only_one_organisation_lists(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta, select=False)
    await meta.deliver_lead(client, {"full_name": ["Early Bird"], "email": ["early@example.com"]})
    await drain()
    assert [lead["email"] for lead in await _leads(gql)] == ["early@example.com"]


async def test_leads_of_a_page_two_organisations_list_unselected_are_dropped(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """Neither organisation chose the Page: which one the lead belongs to is unknown, so nobody gets it."""
    teams = []
    for _ in range(2):
        _, token = await make_user(role=Role.OWNER)
        teams.append(GraphQLClient(client, token))
        await connect(client, teams[-1], meta, select=False)
    await meta.deliver_lead(client, {"full_name": ["Ambiguous"], "email": ["both@example.com"]})
    await drain()
    assert [await _leads(gql) for gql in teams] == [[], []]
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.PROCESSED and event.organization_ids == []


async def test_leads_for_unknown_pages_are_recorded_and_dropped(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    body = meta.leadgen_webhook("999000111", meta.FORM_ID, "130528934038370")
    assert (await meta.post_webhook(client, body)).status_code == 200
    await drain()
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.PROCESSED and event.organization_ids == []
    assert await Lead.all().count() == 0


async def test_dead_token_marks_the_connection_and_fails_the_event(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, _ = await _connected(client, meta)
    meta.remove_app()  # the user removed the app at Meta: every token answers 190/458
    _, response = await meta.deliver_lead(client, {"full_name": ["Lost"], "email": ["lost@example.com"]})
    assert response.status_code == 200
    await drain()
    assert await _leads(gql) == []
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.FAILED
    status = (await gql.data("{ metaConnection { status } }"))["metaConnection"]["status"]
    assert status == "REVOKED"
