"""flagMinor on a member, from outside: removeMember's role rule, an erasure recorded as a privacy request like a
lead's, and an audit trail that forgets the minor but keeps the admin who acted."""

from __future__ import annotations

import json

from app.accounts.models import Membership, Role, User
from schema.relay import to_global_id
from tests.privacy.erasure.helpers import make_lead
from tests.privacy.requests.helpers import APPROVE, EXTEND, QUEUE, mails_to, run_jobs, submit_and_verify
from tests.support import GraphQLClient, error_codes, make_org, make_user

FLAG_MINOR = """
mutation($input: FlagMinorInput!) {
  flagMinor(input: $input) { outcome suspended accountErased errors { field code } }
}"""
MEMBERS = "{ members(first: 50) { edges { node { role user { id } } } } }"
AUDIT = """
query($action: String) {
  auditEvents(filter: {action: $action}, first: 50) {
    edges { node { action actorId targetType targetId ipAddress details } }
  }
}"""
SUBSCRIBE = """
mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { webhookSubscription { id } errors { code } }
}"""
DELIVERIES = "{ webhookDeliveries(first: 50) { edges { node { eventType } } } }"


def _user(user: User) -> dict[str, str]:
    return {"userId": to_global_id("User", user.id)}


async def _events(gql: GraphQLClient, action: str) -> list[dict]:  # type: ignore[type-arg]
    body = await gql.data(AUDIT, {"action": action})
    return [edge["node"] for edge in body["auditEvents"]["edges"]]


async def test_flag_minor_follows_remove_members_role_rule(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    admin, admin_token = await make_user(org, role=Role.ADMIN)
    other_admin, _ = await make_user(org, role=Role.ADMIN)
    as_admin, as_owner = GraphQLClient(client, admin_token), GraphQLClient(client, owner_token)

    for target in (owner, other_admin):  # an ADMIN manages members below ADMIN only
        assert error_codes(await as_admin(FLAG_MINOR, {"input": _user(target)})) == ["FORBIDDEN"]
    refused = (await as_owner.data(FLAG_MINOR, {"input": _user(owner)}))["flagMinor"]
    assert refused["errors"] == [{"field": "userId", "code": "INVALID_INPUT"}] and refused["suspended"] is False
    members = (await as_owner.data(MEMBERS))["members"]["edges"]
    assert {(m["node"]["user"]["id"], m["node"]["role"]) for m in members} == {
        (to_global_id("User", owner.id), "OWNER"),
        (to_global_id("User", admin.id), "ADMIN"),
        (to_global_id("User", other_admin.id), "ADMIN"),
    }
    assert await _events(as_owner, "user.flagged_minor") == []

    flagged = (await as_owner.data(FLAG_MINOR, {"input": _user(other_admin)}))["flagMinor"]  # the OWNER may
    assert flagged["errors"] == [] and flagged["suspended"] is True


async def test_a_flagged_member_loses_their_api_tokens_here_as_on_removal(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.ADMIN)
    await Membership.create(organization=await make_org("Elsewhere"), user=member, role=Role.MEMBER)  # not erased
    create = "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }"
    await GraphQLClient(client, member_token).data(create, {"i": {"name": "sync", "scopes": ["leads:read"]}})
    as_owner = GraphQLClient(client, owner_token)
    flagged = (await as_owner.data(FLAG_MINOR, {"input": _user(member)}))["flagMinor"]
    assert flagged["errors"] == [] and flagged["suspended"] is True and flagged["accountErased"] is False
    tokens = (await as_owner.data("{ apiTokens { edges { node { name active revokedAt } } } }"))["apiTokens"]
    [token] = [edge["node"] for edge in tokens["edges"]]
    assert token["name"] == "sync" and token["active"] is False and token["revokedAt"] is not None
    assert [e["details"] for e in await _events(as_owner, "api_token.revoked")] == [{"reason": "creator_removed"}]


async def test_approving_a_minor_report_cannot_flag_the_owner(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    _, admin_token = await make_user(org, role=Role.ADMIN)
    report = await submit_and_verify(GraphQLClient(client), org.slug, "parent@example.com", "MINOR_REPORT")
    approval = {"input": {"id": report["id"], **_user(owner)}}
    assert error_codes(await GraphQLClient(client, admin_token)(APPROVE, approval)) == ["FORBIDDEN"]
    queue = (await GraphQLClient(client, owner_token).data(QUEUE))["privacyRequests"]
    assert [(e["node"]["type"], e["node"]["status"]) for e in queue["edges"]] == [("MINOR_REPORT", "VERIFIED")]
    assert (await User.get(id=owner.id)).status.value == "ACTIVE"


async def test_a_flagged_account_is_erased_under_a_completed_request(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    minor, _ = await make_user(org, role=Role.MEMBER, email="kid@example.com")
    gql = GraphQLClient(client, token)
    subscribed = {"url": "https://partner.example.com/hook", "events": ["PRIVACY_REQUEST_COMPLETED"]}
    assert (await gql.data(SUBSCRIBE, {"input": subscribed}))["createWebhookSubscription"]["errors"] == []

    body = (await gql.data(FLAG_MINOR, {"input": _user(minor)}))["flagMinor"]
    assert body["errors"] == [] and body["accountErased"] is True
    request_id = body["outcome"]["requestId"]
    assert request_id is not None and json.loads(body["outcome"]["receipt"]["payload"])["requestId"] == request_id
    requests = [e["node"] for e in (await gql.data(QUEUE))["privacyRequests"]["edges"]]
    assert [(r["type"], r["subjectKind"], r["status"]) for r in requests] == [("ERASURE", "ACCOUNT", "COMPLETED")]
    assert requests[0]["outcome"]["requestId"] == request_id
    page = f"/privacy/status/{requests[0]['confirmationCode']}"
    status = await client.get(page, headers={"accept": "application/json"})
    assert status.status_code == 200 and status.json()["status"] == "COMPLETED"
    deliveries = (await gql.data(DELIVERIES))["webhookDeliveries"]["edges"]
    assert [d["node"]["eventType"] for d in deliveries] == ["PRIVACY_REQUEST_COMPLETED"]
    assert await mails_to("kid@example.com") == []  # as for a flagged lead, nobody is mailed


async def test_the_erased_minors_trail_keeps_the_admin_who_flagged_them(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    admin, token = await make_user(org, role=Role.ADMIN)
    minor, minor_token = await make_user(org, role=Role.MEMBER)
    renamed = 'mutation { updateProfile(input: {fullName: "Kid"}) { errors { code } } }'
    assert (await GraphQLClient(client, minor_token).data(renamed))["updateProfile"]["errors"] == []
    gql = GraphQLClient(client, token)
    assert (await gql.data(FLAG_MINOR, {"input": _user(minor)}))["flagMinor"]["accountErased"] is True

    [flagged] = await _events(gql, "user.flagged_minor")
    assert flagged["actorId"] == to_global_id("User", admin.id) and flagged["ipAddress"] == "127.0.0.1"
    assert flagged["targetId"] is None  # the minor is no longer named
    [renamed] = await _events(gql, "account.profile_updated")  # what the minor did: nothing of theirs is left
    assert (renamed["actorId"], renamed["targetId"], renamed["ipAddress"], renamed["details"]) == (None,) * 4


async def test_a_lead_erasure_keeps_the_admins_own_steps_of_the_request(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    admin, token = await make_user(org, role=Role.ADMIN)
    await make_lead(org, email="gone@example.org")
    gql = GraphQLClient(client, token)
    request = await submit_and_verify(GraphQLClient(client), org.slug, "gone@example.org", "ERASURE")
    extended = {"input": {"id": request["id"], "days": 10, "reason": "Backups to check"}}
    assert (await gql.data(EXTEND, extended))["extendPrivacyRequest"]["errors"] == []
    assert (await gql.data(APPROVE, {"input": {"id": request["id"]}}))["approvePrivacyRequest"]["errors"] == []
    await run_jobs()
    assert [e["node"]["status"] for e in (await gql.data(QUEUE))["privacyRequests"]["edges"]] == ["COMPLETED"]

    admin_gid = to_global_id("User", admin.id)
    for action, details in (
        ("privacy.request_extended", {"days": 10}),
        ("privacy.request_approved", {"type": "ERASURE"}),
    ):
        [event] = await _events(gql, action)
        assert (event["actorId"], event["ipAddress"], event["details"]) == (admin_gid, "127.0.0.1", details)
