"""`leadEvents` over graphql-transport-ws against a real uvicorn server on a loopback port."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from app.accounts.models import Membership, Role
from app.accounts.sessions import revoke_sessions
from app.audit.models import AuditEvent
from app.events import EventType, emit
from app.leads.models import Lead
from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash
from app.settings import get_settings
from schema.realtime import subscriptions
from schema.relay import pk_of, to_global_id
from tests.events.wsclient import WSClient, signed_in
from tests.support import DEFAULT_PASSWORD, GraphQLClient, make_org, make_user

LEAD_EVENTS = "subscription { leadEvents { kind leadId occurredAt } }"
LEAD_EVENTS_WITH_LEAD = "subscription { leadEvents { kind leadId occurredAt lead { id fullName email status } } }"
CREATE_LEAD = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code field } } }"""
SET_STATUS = """
mutation($input: SetLeadStatusInput!) { setLeadStatus(input: $input) { lead { id status } errors { code } } }"""
DELETE_LEAD = """
mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId errors { code } } }"""


async def _lead(org_id: uuid.UUID, name: str = "Grace Hopper") -> Lead:
    return await Lead.create(organization_id=org_id, full_name=name, email=f"{uuid.uuid4().hex[:8]}@example.com")


async def _next(client: WSClient, timeout: float = 5.0) -> dict:
    message = await client.receive(timeout)
    assert message["type"] == "next", message
    assert "errors" not in message["payload"], message
    return message["payload"]["data"]["leadEvents"]


async def _subscribed(url: str, token: str, query: str = LEAD_EVENTS) -> WSClient:
    client = await signed_in(url, token)
    await client.subscribe("1", query)
    await asyncio.sleep(0.15)  # let the server register the listener before events are emitted
    return client


@pytest.mark.sqlite
async def test_connection_without_a_valid_token_is_closed_with_4403(live_api: str) -> None:
    for payload in (None, {}, {"authorization": "Bearer qxs_not-a-real-token"}, {"authorization": "Basic abc"}):
        client = await WSClient.open(live_api)
        await client.send({"type": "connection_init", **({"payload": payload} if payload is not None else {})})
        assert await client.close_code() == 4403, payload


@pytest.mark.sqlite
async def test_lead_mutations_stream_created_updated_erased_with_the_lead(
    live_api: str, client: httpx.AsyncClient
) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.MEMBER)
    gql = GraphQLClient(client, token)
    watcher = await _subscribed(live_api, token, LEAD_EVENTS_WITH_LEAD)
    try:
        created = await gql.data(CREATE_LEAD, {"input": {"fullName": "Mary Jackson", "email": "mary@example.com"}})
        lead_id = created["createLead"]["lead"]["id"]
        event = await _next(watcher)
        assert (event["kind"], event["leadId"]) == ("CREATED", lead_id)
        assert event["lead"] == {
            "id": lead_id,
            "fullName": "Mary Jackson",
            "email": "mary@example.com",
            "status": "NEW",
        }
        reads = AuditEvent.filter(action="lead.contact_read", target_id=str(pk_of(lead_id, "Lead")))
        assert await reads.count() == 1  # the subscription's read of the contact fields is audited

        await gql.data(SET_STATUS, {"input": {"id": lead_id, "status": "CONTACTED"}})
        event = await _next(watcher)
        assert (event["kind"], event["lead"]["status"]) == ("UPDATED", "CONTACTED")

        owner_gql = GraphQLClient(client, (await make_user(org, role=Role.ADMIN))[1])
        deleted = await owner_gql.data(DELETE_LEAD, {"input": {"id": lead_id}})
        assert deleted["deleteLead"]["errors"] == []
        event = await _next(watcher)
        assert (event["kind"], event["leadId"], event["lead"]) == ("ERASED", lead_id, None)
    finally:
        await watcher.close()


SET_LEAD_CONSENT = """
mutation($input: SetLeadConsentInput!) { setLeadConsent(input: $input) { consent { purpose } errors { code } } }"""
OBJECT = """
mutation($input: ObjectToProcessingInput!) { objectToProcessing(input: $input) { errors { code } } }"""
LEAD_EVENTS_WITH_CONSENTS = (
    "subscription { leadEvents { kind leadId lead { updatedAt consents { purpose granted } } } }"
)


@pytest.mark.sqlite
async def test_a_consent_change_streams_updated_with_the_new_consents(live_api: str, client: httpx.AsyncClient) -> None:
    """SPEC §4: `leadEvents` streams lead changes, and `consents` is a field of `Lead`: recording or withdrawing
    a lead's consent is announced (LEAD_UPDATED, also to partners) and moves its `updatedAt`, as any change."""
    org = await make_org()
    _, token = await make_user(org, role=Role.MEMBER)
    gql = GraphQLClient(client, token)
    watcher = await _subscribed(live_api, token, LEAD_EVENTS_WITH_CONSENTS)
    try:
        created = await gql.data(CREATE_LEAD, {"input": {"fullName": "Cora Lead", "email": "cora@example.com"}})
        lead_id = created["createLead"]["lead"]["id"]
        before = (await _next(watcher))["lead"]["updatedAt"]

        for granted in (True, False):
            given = {"leadId": lead_id, "purpose": "WHATSAPP", "granted": granted}
            assert (await gql.data(SET_LEAD_CONSENT, {"input": given}))["setLeadConsent"]["errors"] == []
            event = await _next(watcher)
            assert (event["kind"], event["leadId"]) == ("UPDATED", lead_id)
            assert event["lead"]["consents"] == [{"purpose": "WHATSAPP", "granted": granted}]
            assert event["lead"]["updatedAt"] > before
            before = event["lead"]["updatedAt"]

        # An objection to direct marketing withdraws MARKETING_EMAIL too: one change of the lead, one event.
        given = {"leadId": lead_id, "purpose": "MARKETING_EMAIL", "granted": True}
        await gql.data(SET_LEAD_CONSENT, {"input": given})
        assert (await _next(watcher))["kind"] == "UPDATED"
        objected = await gql.data(OBJECT, {"input": {"leadId": lead_id, "kind": "DIRECT_MARKETING"}})
        assert objected["objectToProcessing"]["errors"] == []
        event = await _next(watcher)
        assert {"purpose": "MARKETING_EMAIL", "granted": False} in event["lead"]["consents"]
        assert await watcher.nothing_for(0.5)
    finally:
        await watcher.close()


async def test_retention_anonymisation_streams_updated(live_api: str, client: httpx.AsyncClient) -> None:
    """SPEC §4: a retention rule with ANONYMIZE changes the lead, and `leadEvents` streams lead changes."""
    import datetime as dt

    from app.jobs import run_job

    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    watcher = await _subscribed(live_api, token, LEAD_EVENTS_WITH_LEAD)
    try:
        created = await gql.data(CREATE_LEAD, {"input": {"fullName": "Zed Quux", "email": "zq@example.com"}})
        lead_id = created["createLead"]["lead"]["id"]
        assert (await _next(watcher))["kind"] == "CREATED"
        rule = {"category": "LEAD_CONTACT", "days": 30, "action": "ANONYMIZE"}
        await gql.data(
            "mutation($i: SetRetentionRuleInput!) { setRetentionRule(input: $i) { errors { code } } }", {"i": rule}
        )
        old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
        await Lead.filter(id=pk_of(lead_id, "Lead")).update(last_activity_at=old, updated_at=old)
        job = (await gql.data("mutation { runRetentionSweep { job { id } } }"))["runRetentionSweep"]["job"]
        await run_job(pk_of(job["id"], "Job"))

        event = await _next(watcher)
        assert (event["kind"], event["leadId"]) == ("UPDATED", lead_id)
        assert event["lead"] == {"id": lead_id, "fullName": "Anonymised lead", "email": None, "status": "NEW"}
    finally:
        await watcher.close()


@pytest.mark.sqlite
async def test_org_a_sees_created_then_updated_and_org_b_sees_nothing(live_api: str) -> None:
    org_a, org_b = await make_org("A"), await make_org("B")
    _, token_a = await make_user(org_a, role=Role.VIEWER)
    _, token_b = await make_user(org_b)
    watcher_a = await _subscribed(live_api, token_a)
    watcher_b = await _subscribed(live_api, token_b)
    try:
        lead = await _lead(org_a.id)
        await emit(EventType.LEAD_CREATED, org_a.id, lead.id)
        await emit(EventType.LEAD_UPDATED, org_a.id, lead.id, fields=["status"])
        created, updated = await _next(watcher_a), await _next(watcher_a)
        assert (created["kind"], updated["kind"]) == ("CREATED", "UPDATED")
        assert created["leadId"] == updated["leadId"] == to_global_id("Lead", lead.id)
        assert created["occurredAt"].endswith("+00:00")

        assert await watcher_b.nothing_for(0.5)
        own = await _lead(org_b.id, "Katherine Johnson")
        await emit(EventType.LEAD_CREATED, org_b.id, own.id)
        first_seen_by_b = await _next(watcher_b)
        assert first_seen_by_b["leadId"] == to_global_id("Lead", own.id)  # nothing of org A came before it

        await emit(EventType.LEAD_ERASED, org_a.id, lead.id)
        assert (await _next(watcher_a))["kind"] == "ERASED"
    finally:
        await watcher_a.close()
        await watcher_b.close()


async def test_an_event_published_by_another_process_arrives(live_api: str) -> None:
    """A worker process (here: a separate Python process) publishes through Redis; the API streams it."""
    settings = get_settings()
    assert settings.redis_url, "cross-process delivery needs Redis"
    org = await make_org()
    _, token = await make_user(org)
    watcher = await _subscribed(live_api, token)
    lead = await _lead(org.id)
    script = (
        "import asyncio, uuid\n"
        "from app import realtime\n"
        f"asyncio.run(realtime.publish_lead_event('UPDATED', uuid.UUID('{org.id}'), uuid.UUID('{lead.id}')))\n"
    )
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", script, env=dict(os.environ), stderr=asyncio.subprocess.PIPE
        )
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        assert process.returncode == 0, stderr.decode()
        event = await _next(watcher)
        assert event == {"kind": "UPDATED", "leadId": to_global_id("Lead", lead.id), "occurredAt": event["occurredAt"]}
    finally:
        await watcher.close()


async def test_the_redis_message_holds_ids_only(live_api: str) -> None:
    import redis.asyncio as redis

    from app.realtime import channel_for

    settings = get_settings()
    org = await make_org()
    lead = await _lead(org.id, "Ada Private-Name")
    client = redis.from_url(settings.redis_url)
    pubsub = client.pubsub()
    try:
        await pubsub.subscribe(channel_for(settings, org.id))
        await pubsub.get_message(timeout=1)  # the subscribe confirmation
        await emit(EventType.LEAD_CREATED, org.id, lead.id)
        message = None
        for _ in range(50):
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.1)
            if message:
                break
        assert message is not None
        raw = message["data"].decode()
        assert str(lead.id) in raw and "Private-Name" not in raw and "@" not in raw
    finally:
        await pubsub.aclose()
        await client.aclose()


@pytest.mark.sqlite
async def test_logging_out_closes_the_open_subscription(live_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subscriptions, "AUTH_RECHECK_SECONDS", 0.2)
    org = await make_org()
    user, token = await make_user(org)
    watcher = await _subscribed(live_api, token)
    await revoke_sessions(user.id)
    assert await watcher.close_code(timeout=5) == 4403


async def test_removal_from_the_organisation_closes_the_subscription(
    live_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(subscriptions, "AUTH_RECHECK_SECONDS", 0.2)
    org = await make_org()
    await make_user(org)  # the owner stays
    member, token = await make_user(org, role=Role.MEMBER)
    watcher = await _subscribed(live_api, token)
    lead = await _lead(org.id)
    await emit(EventType.LEAD_CREATED, org.id, lead.id)
    assert (await _next(watcher))["kind"] == "CREATED"
    await Membership.filter(organization_id=org.id, user_id=member.id).delete()
    assert await watcher.close_code(timeout=5) == 4403


async def test_partner_tokens_need_leads_read_and_lose_the_stream_when_revoked(
    live_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.accounts.models import ApiToken

    monkeypatch.setattr(subscriptions, "AUTH_RECHECK_SECONDS", 0.2)
    org = await make_org()
    owner, _ = await make_user(org)
    tokens = {}
    for scopes in (["campaigns:read"], ["leads:read"]):
        secret = new_token(API_TOKEN_PREFIX)
        row = await ApiToken.create(
            organization=org,
            created_by_id=owner.id,
            name="t",
            token_hash=token_hash(secret),
            token_hint="qx_",
            scopes=scopes,
        )
        tokens[scopes[0]] = (secret, row)

    without_scope = await signed_in(live_api, tokens["campaigns:read"][0])
    await without_scope.subscribe("1", LEAD_EVENTS)
    refused = await without_scope.receive()
    assert refused["type"] in ("error", "next") and "FORBIDDEN" in str(refused["payload"])
    await without_scope.close()

    secret, row = tokens["leads:read"]
    watcher = await _subscribed(live_api, secret)
    row.revoked_at = row.created_at
    await row.save()
    assert await watcher.close_code(timeout=5) == 4403


REVOKE_CREDENTIAL = {
    "logOut": "mutation { logOut { errors { code } } }",
    "revokeSession": "mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { errors { code } } }",
    "revokeApiToken": "mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { errors { code } } }",
    "removeMember": "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { errors { code } } }",
    "changePassword": "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { errors { code } } }",
}


async def _closed_before_any_event(client: WSClient, within: float) -> int | None:
    """The server closes the socket within `within` seconds and sends nothing before it; the close code."""
    try:
        message = await client.receive(within)
    except ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd else None
    raise AssertionError(f"received {message} instead of the close")


@pytest.mark.sqlite
@pytest.mark.parametrize("revocation", list(REVOKE_CREDENTIAL))
async def test_a_revoked_credential_closes_its_subscriptions_at_once_and_hears_nothing_after(
    live_api: str, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, revocation: str
) -> None:
    """SPEC §6: log-out, a revoked session or token, a password change (other sessions) and removal from the
    organisation close open subscriptions, at once: the periodic re-check is pushed out of reach here, and a
    lead created right after the revocation never reaches the revoked socket. The member's other session keeps
    its stream unless the membership ended."""
    from app.accounts.sessions import create_session

    monkeypatch.setattr(subscriptions, "AUTH_RECHECK_SECONDS", 60.0)
    org = await make_org()
    _, owner_token = await make_user(org)
    member, member_token = await make_user(org, role=Role.ADMIN)
    other_token, _ = await create_session(member.id, org.id)
    member_gql, other_gql = GraphQLClient(client, member_token), GraphQLClient(client, other_token)
    variables: dict = {}
    watched_token = member_token
    if revocation == "revokeApiToken":
        created = await member_gql.data(
            "mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id } } }",
            {"input": {"name": "feed", "scopes": ["leads:read"]}},
        )
        watched_token = created["createApiToken"]["secret"]
        variables = {"input": {"id": created["createApiToken"]["apiToken"]["id"]}}
    elif revocation == "revokeSession":
        listed = await other_gql.data("{ sessions(first: 10) { edges { node { id current } } } }")
        (watched,) = [edge["node"]["id"] for edge in listed["sessions"]["edges"] if not edge["node"]["current"]]
        variables = {"input": {"id": watched}}
    elif revocation == "removeMember":
        variables = {"input": {"userId": to_global_id("User", member.id)}}
    elif revocation == "changePassword":  # from the other session: it stays, the watched one ends
        variables = {"input": {"currentPassword": DEFAULT_PASSWORD, "newPassword": "a fresh passphrase 2"}}
    watcher = await _subscribed(live_api, watched_token)
    bystander = await _subscribed(live_api, other_token)
    try:
        owner_gql = GraphQLClient(client, owner_token)
        revoker = {"revokeSession": other_gql, "changePassword": other_gql, "removeMember": owner_gql}.get(
            revocation, member_gql
        )
        result = await revoker.data(REVOKE_CREDENTIAL[revocation], variables)
        assert result[revocation]["errors"] == []
        created_lead = await owner_gql.data(
            CREATE_LEAD, {"input": {"fullName": "Annie Easley", "email": "annie@example.com"}}
        )
        assert created_lead["createLead"]["errors"] == []
        assert await _closed_before_any_event(watcher, within=1.0) == 4403
        if revocation == "removeMember":
            assert await _closed_before_any_event(bystander, within=1.0) == 4403
        else:
            assert (await _next(bystander))["kind"] == "CREATED"
    finally:
        await watcher.close()
        await bystander.close()


async def test_a_subscription_that_does_not_parse_is_refused_with_its_reason(live_api: str) -> None:
    """Not a silent `complete`: graphql-transport-ws closes with 4400 and the syntax error as the reason."""
    _, token = await make_user()
    client = await signed_in(live_api, token)
    await client.subscribe("s", "subscription { leadEvents {")
    try:
        await asyncio.wait_for(client.connection.recv(), timeout=5)
    except ConnectionClosed as closed:
        assert closed.rcvd is not None and closed.rcvd.code == 4400 and "Syntax Error" in closed.rcvd.reason
    else:
        raise AssertionError("the socket stayed open")
