"""Another organisation's ids are unknown ids; the audit trail lists what happened, to admins only."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.models import ApiToken, Invitation, Membership, Role, Session
from app.audit.models import AuditEvent
from app.security.crypto import PLATFORM_SCOPE, blind_index
from app.security.tokens import token_hash
from schema.relay import to_global_id
from tests.accounts.helpers import ERRORS, log_in, sign_up
from tests.support import GraphQLClient, error_codes, make_org, make_user

FOREIGN_MUTATIONS = [
    ("revokeSession", "RevokeSessionInput", "session { id }", "id", "Session"),
    ("revokeApiToken", "RevokeApiTokenInput", "apiToken { id }", "id", "ApiToken"),
    ("revokeInvitation", "RevokeInvitationInput", "invitation { id }", "id", "Invitation"),
    ("removeMember", "RemoveMemberInput", "membership { id }", "id", "Membership"),
    ("removeMember", "RemoveMemberInput", "membership { id }", "userId", "User"),
    ("transferOwnership", "TransferOwnershipInput", "membership { id }", "userId", "User"),
    ("resetMemberMfa", "ResetMemberMfaInput", "user { id }", "userId", "User"),
    ("switchOrganization", "SwitchOrganizationInput", "token", "organizationId", "Organization"),
]


@pytest.mark.sqlite
async def test_foreign_ids_are_unknown_everywhere(client) -> None:
    gql = GraphQLClient(client)
    home = await make_org(name="Home")
    _owner, token = await make_user(home, role=Role.OWNER)
    away = await make_org(name="Away")
    stranger, _stranger_token = await make_user(away, role=Role.OWNER)
    membership = await Membership.get(user_id=stranger.id)
    session = await Session.get(user_id=stranger.id)
    api_token = await ApiToken.create(
        organization=away, created_by=stranger, name="x", token_hash=token_hash("qx_x"), token_hint="qx_x", scopes=[]
    )
    invitation = await Invitation.create(
        organization=away,
        email="i@example.com",
        email_bidx=blind_index(PLATFORM_SCOPE, "email", "i@example.com"),
        role=Role.MEMBER,
        token_hash=token_hash("qxi_x"),
        invited_by=stranger,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
    )
    event = await AuditEvent.create(organization=away, action="test.event")
    ids = {
        "User": stranger.id,
        "Organization": away.id,
        "Membership": membership.id,
        "Session": session.id,
        "ApiToken": api_token.id,
        "Invitation": invitation.id,
        "AuditEvent": event.id,
    }
    global_ids = [str(to_global_id(t, pk)) for t, pk in ids.items()]
    for gid in global_ids:
        assert (await gql.data("query($id: ID!) { node(id: $id) { id } }", {"id": gid}, token=token))["node"] is None
    nodes = await gql.data("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": global_ids}, token=token)
    assert nodes["nodes"] == [None] * len(global_ids)
    for name, input_type, selection, field, type_name in FOREIGN_MUTATIONS:
        query = f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {selection} {ERRORS} }} }}"
        value = {field: str(to_global_id(type_name, ids[type_name]))}
        body = await gql.data(query, {"input": value}, token=token)
        errors = body[name]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [("NOT_FOUND", field)], name
    # Nothing of the other organisation changed.
    assert (await Session.get(id=session.id)).revoked_at is None
    assert (await ApiToken.get(id=api_token.id)).revoked_at is None
    assert await Membership.filter(organization=away).count() == 1


async def test_own_ids_do_resolve_as_nodes(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    owner, token = await make_user(org, role=Role.OWNER)
    membership = await Membership.get(user_id=owner.id)
    for type_name, pk in (("User", owner.id), ("Organization", org.id), ("Membership", membership.id)):
        gid = str(to_global_id(type_name, pk))
        node = await gql.data("query($id: ID!) { node(id: $id) { id } }", {"id": gid}, token=token)
        assert node["node"] == {"id": gid}


AUDIT = """query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action actorId targetType targetId ipAddress details createdAt } }
  }
}"""


@pytest.mark.sqlite
async def test_audit_events_record_sign_ins_and_are_admin_only(client) -> None:
    gql = GraphQLClient(client)
    founder = await sign_up(gql, email="audit@example.com")
    token = founder["token"]
    await log_in(gql, "audit@example.com", "wrong guess for audit", ip="203.0.113.200")
    await log_in(gql, "audit@example.com", "a long and unusual passphrase", ip="203.0.113.201")
    listing = (await gql.data(AUDIT, {"first": 50}, token=token))["auditEvents"]
    actions = [e["node"]["action"] for e in listing["edges"]]
    assert "auth.sign_in_failed" in actions and "auth.signed_in" in actions and "account.signed_up" in actions
    failed = next(e["node"] for e in listing["edges"] if e["node"]["action"] == "auth.sign_in_failed")
    assert failed["ipAddress"] == "203.0.113.200" and failed["details"] == {"reason": "credentials"}
    only_failed = await gql.data(AUDIT, {"filter": {"action": "auth.sign_in_failed"}}, token=token)
    assert only_failed["auditEvents"]["totalCount"] == 1
    by_actor = await gql.data(AUDIT, {"filter": {"actorId": founder["user"]["id"]}}, token=token)
    assert by_actor["auditEvents"]["totalCount"] >= 2
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    assert (await gql.data(AUDIT, {"filter": {"since": future}}, token=token))["auditEvents"]["totalCount"] == 0
    page = (await gql.data(AUDIT, {"first": 1}, token=token))["auditEvents"]
    assert page["pageInfo"]["hasNextPage"] is True
    nxt = await gql.data(AUDIT, {"first": 1, "after": page["pageInfo"]["endCursor"]}, token=token)
    assert nxt["auditEvents"]["edges"][0]["node"]["id"] != page["edges"][0]["node"]["id"]
    # The IP and details are encrypted at rest.
    from tortoise import Tortoise

    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT ip_address, details FROM audit_event")
    assert all("203.0.113" not in str(row) for row in rows)

    org = await make_org()
    _member, member_token = await make_user(org, role=Role.MEMBER)
    assert error_codes(await gql(AUDIT, token=member_token)) == ["FORBIDDEN"]
