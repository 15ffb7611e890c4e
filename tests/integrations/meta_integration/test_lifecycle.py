"""Backfill, disconnect, Meta's deauthorize and data-deletion callbacks, and integrationHealth."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from app.accounts.models import Role
from app.campaigns.models import AdAccount, Campaign, LeadForm
from app.integrations.meta import health
from app.integrations.meta.models import MetaConnection, Page, WebhookEvent, WebhookEventStatus
from app.integrations.meta.status_notices import check_all_connections
from app.leads.models import Lead
from app.mail.models import OutboxMail
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import CONNECTION, connect, drain
from tests.notifications.helpers import NOTIFICATIONS, nodes
from tests.support import GraphQLClient, make_org, make_user

BACKFILL = """mutation($form: ID!, $since: DateTime) { backfillLeads(input: {formId: $form, since: $since}) {
  job { id kind } errors { field code message } } }"""
JOB = "query($id: ID!) { job(id: $id) { status progress result } }"
DISCONNECT = """mutation($purge: Boolean!) { disconnectMeta(input: {purgeLeads: $purge}) {
  disconnected errors { code message } } }"""
HEALTH = """{ integrationHealth { status healthy tokenExpiringSoon missingScopes
  lostPageSubscriptions { metaId } failedWebhookEvents { id error }
  reconciliation { formMetaId metaCount storedCount difference } issues { kind severity message } } }"""
LEAD_EMAILS = "{ leads(first: 50) { edges { node { email } } } }"


async def _connected(client: httpx.AsyncClient, meta: FakeMeta) -> GraphQLClient:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    return gql


async def _emails(gql: GraphQLClient) -> set[str]:
    data = await gql.data(LEAD_EMAILS)
    return {e["node"]["email"] for e in data["leads"]["edges"]}


@pytest.mark.sqlite
async def test_backfill_uses_the_unix_time_filter(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql = await _connected(client, meta)
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
    data = await gql.data(BACKFILL, {"form": meta.FORM_ID, "since": since.isoformat()})
    assert data["backfillLeads"]["errors"] == []
    job = data["backfillLeads"]["job"]
    assert job["kind"] == "LEAD_BACKFILL"
    await drain()
    done = (await gql.data(JOB, {"id": job["id"]}))["job"]
    assert done["status"] == "SUCCEEDED" and done["progress"] == 100
    assert await _emails(gql) == {"jane@example.com"}
    call = meta.calls(f"{meta.FORM_ID}/leads")[0]
    assert json.loads(call["params"]["filtering"]) == [
        {"field": "time_created", "operator": "GREATER_THAN", "value": int(since.timestamp())}
    ]
    # Everything Meta still holds (the 120-day-old lead has expired there); the stored one is not duplicated.
    form = await LeadForm.get(meta_id=meta.FORM_ID)
    from schema.relay import to_global_id

    again = await gql.data(BACKFILL, {"form": to_global_id("LeadForm", form.id), "since": None})
    assert again["backfillLeads"]["errors"] == []
    await drain()
    assert await _emails(gql) == {"jane@example.com", "max.mueller@example.de"}
    assert await Lead.filter(email_bidx__isnull=False).count() == 2


async def test_backfill_of_unknown_form(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql = await _connected(client, meta)
    data = await gql.data(BACKFILL, {"form": "999999", "since": None})
    assert data["backfillLeads"]["errors"][0]["code"] == "NOT_FOUND"
    assert data["backfillLeads"]["job"] is None


async def test_disconnect_revokes_and_purges(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql = await _connected(client, meta)
    org_id = (await MetaConnection.get()).organization_id
    await drain()  # the first sync
    assert await Campaign.filter(organization_id=org_id).exists()
    await meta.deliver_lead(client, {"full_name": ["Kim"], "email": ["kim@example.com"]})
    await drain()
    assert await _emails(gql) == {"kim@example.com"}

    data = await gql.data(DISCONNECT, {"purge": False})
    assert data["disconnectMeta"] == {"disconnected": True, "errors": []}
    assert meta.calls(f"{meta.USER_ID}/permissions", method="DELETE")
    assert meta.calls(f"{meta.PAGE_ID}/subscribed_apps", method="DELETE")
    assert meta.PAGE_ID not in meta.subscribed_apps
    for model in (MetaConnection, AdAccount, Campaign, Page, LeadForm):
        assert await model.filter(organization_id=org_id).count() == 0, model.__name__
    assert await _emails(gql) == {"kim@example.com"}  # leads stay unless asked
    assert (await gql.data(CONNECTION))["metaConnection"] is None
    again = await gql.data(DISCONNECT, {"purge": False})
    assert again["disconnectMeta"]["errors"][0]["code"] == "INTEGRATION_NOT_CONNECTED"

    await connect(client, gql, meta)
    data = await gql.data(DISCONNECT, {"purge": True})
    assert data["disconnectMeta"]["errors"] == []
    assert await _emails(gql) == set()


async def test_deauthorize_marks_revoked_and_purges(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql = await _connected(client, meta)
    bad = meta.signed_request({"user_id": meta.USER_ID}, bad_signature=True)
    for form in ({"signed_request": bad}, {"signed_request": "not.base64!"}, {}, {"signed_request": "abc"}):
        response = await client.post("/meta/deauthorize", data=form)
        assert response.status_code == 400
    wrong_algo = meta.signed_request({"user_id": meta.USER_ID}, algorithm="HMAC-SHA1")
    assert (await client.post("/meta/deauthorize", data={"signed_request": wrong_algo})).status_code == 400
    assert (await gql.data(CONNECTION))["metaConnection"]["status"] == "CONNECTED"

    padded = meta.signed_request({"user_id": meta.USER_ID}, padded=True)
    response = await client.post("/meta/deauthorize", data={"signed_request": padded})
    assert response.status_code == 200
    conn = (await gql.data(CONNECTION))["metaConnection"]
    assert conn["status"] == "REVOKED" and conn["adAccounts"] == [] and conn["pages"] == []
    row = await MetaConnection.get()
    assert row.access_token is None


async def test_data_deletion_callback(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql = await _connected(client, meta)
    bad = meta.signed_request({"user_id": meta.USER_ID}, bad_signature=True)
    assert (await client.post("/meta/data-deletion", data={"signed_request": bad})).status_code == 400
    assert (await gql.data(CONNECTION))["metaConnection"] is not None

    zero = await client.post("/meta/data-deletion", data={"signed_request": meta.signed_request({"user_id": "0"})})
    assert zero.status_code == 200

    response = await client.post(
        "/meta/data-deletion", data={"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    )
    assert response.status_code == 200
    body = response.json()
    code = body["confirmation_code"]
    assert len(code) == 24 and code.isalnum()
    assert body["url"] == f"http://testserver/privacy/status/{code}"
    assert (await gql.data(CONNECTION))["metaConnection"] is None
    assert await Page.all().count() == 0 and await AdAccount.all().count() == 0
    assert meta.PAGE_ID not in meta.subscribed_apps


async def test_data_deletion_of_an_unknown_meta_user_says_no_data_was_held(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """SPEC §6: an unknown id completes at once ("no data held"), and its status page says so."""
    response = await client.post(
        "/meta/data-deletion", data={"signed_request": meta.signed_request({"user_id": "777"})}
    )
    status = await client.get(response.json()["url"], headers={"accept": "application/json"})
    assert status.json()["status"] == "COMPLETED"
    assert status.json()["kept"] == [
        {"category": "NO_DATA_HELD", "reason": "We held no data about you, so nothing was kept."}
    ]
    page = await client.get(response.json()["url"], headers={"accept": "text/html"})
    assert "We held no data about you" in page.text


async def test_integration_health(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    first = (await gql.data(HEALTH))["integrationHealth"]
    assert first["status"] is None and [i["kind"] for i in first["issues"]] == ["NOT_CONNECTED"]

    await connect(client, gql, meta)
    ok = (await gql.data(HEALTH))["integrationHealth"]
    assert ok["status"] == "CONNECTED" and ok["healthy"] and ok["issues"] == []

    # The Page's subscription disappears at Meta; a lead event fails; a permission is withdrawn.
    meta.subscribed_apps.pop(meta.PAGE_ID)
    row = await MetaConnection.get()
    await WebhookEvent.create(
        object="page",
        body="{}",
        body_bidx="x" * 40,
        status=WebhookEventStatus.FAILED,
        error="Meta error 100: lead not found",
        organization_ids=[str(row.organization_id)],
    )
    for issued in meta.tokens.values():  # the user withdraws one permission in their Facebook settings
        issued.scopes = [s for s in issued.scopes if s != "leads_retrieval"]
    await MetaConnection.filter(id=row.id).update(token_expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    await health.reconcile_organization(row.organization_id)

    report = (await gql.data(HEALTH))["integrationHealth"]
    kinds = {i["kind"] for i in report["issues"]}
    assert report["status"] == "EXPIRING" and report["tokenExpiringSoon"]
    assert {"TOKEN_EXPIRING", "PAGE_SUBSCRIPTION_LOST", "WEBHOOK_EVENTS_FAILED", "MISSING_PERMISSIONS"} <= kinds
    assert report["missingScopes"] == ["leads_retrieval"]
    assert [p["metaId"] for p in report["lostPageSubscriptions"]] == [meta.PAGE_ID]
    assert report["failedWebhookEvents"][0]["error"] == "Meta error 100: lead not found"
    by_form = {r["formMetaId"]: r for r in report["reconciliation"]}
    assert by_form[meta.FORM_ID]["storedCount"] == 0
    assert by_form[meta.FORM_ID]["metaCount"] >= 2 and "LEAD_COUNT_MISMATCH" in kinds


async def _health_notices(gql: GraphQLClient) -> list[str]:
    """Titles of the reader's INTEGRATION_HEALTH notifications, oldest first."""
    return [n["title"] for n in reversed(nodes(await gql.data(NOTIFICATIONS))) if n["kind"] == "INTEGRATION_HEALTH"]


async def test_admins_are_told_once_per_change_of_the_connection_status(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """SPEC §7.1 INTEGRATION_HEALTH: EXPIRING and EXPIRED come with time (the hourly check finds them), a token
    Meta refuses (NEEDS_REAUTH) and a deauthorization (REVOKED) at once; checking again tells no one."""
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    owner_gql = GraphQLClient(client, token)
    _, admin_token = await make_user(org, role=Role.ADMIN)
    _, member_token = await make_user(org, role=Role.MEMBER)
    admin_gql, member_gql = GraphQLClient(client, admin_token), GraphQLClient(client, member_token)
    await connect(client, owner_gql, meta)
    assert await check_all_connections() == 0  # CONNECTED: nothing to tell
    row = await MetaConnection.get()

    await MetaConnection.filter(id=row.id).update(token_expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert (await owner_gql.data(HEALTH))["integrationHealth"]["status"] == "EXPIRING"
    assert await check_all_connections() == 1
    assert await check_all_connections() == 0  # the next hourly run: the same status, no second notice
    assert await _health_notices(admin_gql) == ["Your Meta connection expires soon"]
    assert await OutboxMail.filter(kind="meta_connection").count() == 2  # the OWNER and the ADMIN

    await MetaConnection.filter(id=row.id).update(token_expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    assert await check_all_connections() == 1
    assert await check_all_connections() == 0
    assert await _health_notices(owner_gql) == ["Your Meta connection expires soon", "Your Meta connection has expired"]

    # Reconnected (recorded without a notice), then Meta refuses the token when integrationHealth checks it.
    await connect(client, owner_gql, meta)
    assert await check_all_connections() == 0
    meta.fail_next("me/permissions", code=190, subcode=460)
    assert (await owner_gql.data(HEALTH))["integrationHealth"]["status"] == "NEEDS_REAUTH"
    assert (await owner_gql.data(HEALTH))["integrationHealth"]["status"] == "NEEDS_REAUTH"
    assert await check_all_connections() == 0
    assert (await _health_notices(admin_gql))[-1] == "Your Meta connection needs to be renewed"
    assert len(await _health_notices(admin_gql)) == 3

    await connect(client, owner_gql, meta)
    response = await client.post(
        "/meta/deauthorize", data={"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    )
    assert response.status_code == 200
    assert await check_all_connections() == 0
    notices = await _health_notices(owner_gql)
    assert notices[-1] == "QuantixOne was removed at Meta" and len(notices) == 4
    assert await _health_notices(member_gql) == []
    assert await OutboxMail.filter(kind="meta_connection").count() == 8


async def test_health_is_admin_only(client: httpx.AsyncClient) -> None:
    _, token = await make_user(role=Role.MEMBER)
    body = await GraphQLClient(client, token)(HEALTH)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_page_subscription_listed_under_the_pages_own_id_counts() -> None:
    """META.md §3.1: Meta's own sample of GET /{page-id}/subscribed_apps shows the Page's id where the app's is
    expected; either is our subscription, another app's id is not."""

    class Answers:
        def __init__(self, entry_id: str) -> None:
            self.body = {"data": [{"id": entry_id, "name": "QuantixOne", "subscribed_fields": ["leadgen"]}]}

        async def get(self, path: str, **_: object) -> object:
            return self.body

    page = Page(meta_id="1122334455", access_token="page-token")
    app_id = health.get_settings().meta_app_id
    assert await health.check_subscription(Answers(app_id), page) is True  # type: ignore[arg-type]
    assert await health.check_subscription(Answers(page.meta_id), page) is True  # type: ignore[arg-type]
    assert await health.check_subscription(Answers("999"), page) is False  # type: ignore[arg-type]
