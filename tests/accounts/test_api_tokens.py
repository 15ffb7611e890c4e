"""Partner API tokens: shown once, hashed, scoped within the creator's role, never managing access."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter

import pytest

from app.accounts import auth
from app.accounts.models import ApiToken, Role
from app.audit.models import AuditEvent
from app.security.ratelimit import Limit
from app.security.tokens import token_hash
from tests.accounts.helpers import CREATE_TOKEN, ERRORS, INVITE
from tests.support import GraphQLClient, error_codes, make_org, make_user

API_TOKENS = "{ apiTokens { totalCount edges { node { id name scopes lastUsedAt revokedAt active tokenPrefix } } } }"
REVOKE = f"""mutation($input: RevokeApiTokenInput!) {{
  revokeApiToken(input: $input) {{ apiToken {{ id active }} {ERRORS} }}
}}"""


@pytest.mark.sqlite
async def test_create_use_list_and_revoke(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    created = await gql.data(
        CREATE_TOKEN,
        {"input": {"name": "CRM sync", "scopes": ["leads:read", "campaigns:read"], "expiresAt": None}},
        token=admin_token,
    )
    result = created["createApiToken"]
    secret = result["secret"]
    assert secret.startswith("qx_") and not secret.startswith("qxs_")
    row = await ApiToken.get()
    assert row.token_hash == token_hash(secret) and secret not in (row.token_hint, row.name)
    assert result["apiToken"]["lastUsedAt"] is None
    org_view = await gql.data("{ organization { id name } }", token=secret)
    assert org_view["organization"]["name"] == "Acme Ads"
    listed = (await gql.data(API_TOKENS, token=admin_token))["apiTokens"]
    assert listed["totalCount"] == 1
    node = listed["edges"][0]["node"]
    assert node["lastUsedAt"] is not None and node["scopes"] == ["campaigns:read", "leads:read"]
    assert "secret" not in node
    revoked = await gql.data(REVOKE, {"input": {"id": node["id"]}}, token=admin_token)
    assert revoked["revokeApiToken"]["apiToken"]["active"] is False
    assert error_codes(await gql("{ organization { id } }", token=secret)) == ["UNAUTHENTICATED"]
    assert await AuditEvent.filter(action__in=["api_token.created", "api_token.revoked"]).count() == 2


async def test_scopes_must_lie_within_the_creators_role(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _viewer, viewer_token = await make_user(org, role=Role.VIEWER)
    _member, member_token = await make_user(org, role=Role.MEMBER)
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    body = await gql(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["leads:write"]}}, token=viewer_token)
    assert error_codes(body) == ["FORBIDDEN"]
    body = await gql(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["privacy:manage"]}}, token=member_token)
    assert error_codes(body) == ["FORBIDDEN"]
    ok = await gql.data(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["privacy:manage"]}}, token=admin_token)
    assert ok["createApiToken"]["errors"] == []
    ok = await gql.data(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["leads:write"]}}, token=admin_token)
    assert ok["createApiToken"]["errors"] == []
    unknown = await gql.data(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["root"]}}, token=admin_token)
    assert unknown["createApiToken"]["errors"][0]["field"] == "scopes"
    past = dt.datetime(2020, 1, 1, tzinfo=dt.UTC).isoformat()
    expired = await gql.data(
        CREATE_TOKEN, {"input": {"name": "t", "scopes": ["leads:read"], "expiresAt": past}}, token=admin_token
    )
    assert expired["createApiToken"]["errors"][0]["field"] == "expiresAt"
    # Non-admins see only their own tokens.
    assert (await gql.data(API_TOKENS, token=viewer_token))["apiTokens"]["totalCount"] == 0


async def test_a_token_never_manages_tokens_members_roles_or_mfa(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    created = await gql.data(
        CREATE_TOKEN,
        {"input": {"name": "all", "scopes": ["leads:read", "leads:write", "privacy:manage", "webhooks:manage"]}},
        token=owner_token,
    )
    secret = created["createApiToken"]["secret"]
    attempts = [
        (CREATE_TOKEN, {"input": {"name": "more", "scopes": ["leads:read"]}}),
        (API_TOKENS, None),
        (INVITE, {"input": {"email": "x@example.com", "role": "VIEWER"}}),
        ("{ members { totalCount } }", None),
        ("mutation { beginMfaEnrollment { secret } }", None),
        ("{ auditEvents { totalCount } }", None),
        ("{ me { id } }", None),
        ("{ sessions { totalCount } }", None),
    ]
    for query, variables in attempts:
        body = await gql(query, variables, token=secret)
        assert error_codes(body) == ["FORBIDDEN"], query


async def test_expired_token_is_unauthenticated(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    created = await gql.data(
        CREATE_TOKEN, {"input": {"name": "short", "scopes": ["leads:read"], "expiresAt": soon}}, token=owner_token
    )
    secret = created["createApiToken"]["secret"]
    await ApiToken.all().update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert error_codes(await gql("{ organization { id } }", token=secret)) == ["UNAUTHENTICATED"]


async def test_each_token_has_a_rate_limit(client, monkeypatch) -> None:
    monkeypatch.setattr(auth, "API_TOKEN_RATE_LIMIT", Limit("api-token", 3, 60))
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    created = await gql.data(CREATE_TOKEN, {"input": {"name": "busy", "scopes": ["leads:read"]}}, token=owner_token)
    secret = created["createApiToken"]["secret"]
    for _ in range(3):
        await gql.data("{ organization { id } }", token=secret)
    response = await gql.post("{ organization { id } }", token=secret)
    body = response.json()
    assert error_codes(body) == ["RATE_LIMITED"]
    assert body["errors"][0]["extensions"]["retryAfter"] > 0
    assert int(response.headers["retry-after"]) > 0
    # the allowance is the token's: another token of the same owner still gets through
    other = await gql.data(CREATE_TOKEN, {"input": {"name": "calm", "scopes": ["leads:read"]}}, token=owner_token)
    assert await gql.data("{ organization { id } }", token=other["createApiToken"]["secret"])


async def test_demotion_revokes_tokens_beyond_the_new_role(client) -> None:
    from schema.relay import to_global_id

    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.ADMIN)
    writer = await gql.data(CREATE_TOKEN, {"input": {"name": "w", "scopes": ["leads:write"]}}, token=member_token)
    reader = await gql.data(CREATE_TOKEN, {"input": {"name": "r", "scopes": ["leads:read"]}}, token=member_token)
    demote = """mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { membership { role } } }"""
    await gql.data(
        demote, {"input": {"userId": str(to_global_id("User", member.id)), "role": "VIEWER"}}, token=owner_token
    )
    write_secret = writer["createApiToken"]["secret"]
    read_secret = reader["createApiToken"]["secret"]
    assert error_codes(await gql("{ organization { id } }", token=write_secret)) == ["UNAUTHENTICATED"]
    assert (await gql.data("{ organization { id } }", token=read_secret))["organization"]["id"]


async def test_scopes_decide_what_a_token_may_read_and_write(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    reader = await gql.data(CREATE_TOKEN, {"input": {"name": "r", "scopes": ["leads:read"]}}, token=owner_token)
    writer = await gql.data(CREATE_TOKEN, {"input": {"name": "w", "scopes": ["leads:write"]}}, token=owner_token)
    other = await gql.data(CREATE_TOKEN, {"input": {"name": "c", "scopes": ["campaigns:read"]}}, token=owner_token)
    read_secret = reader["createApiToken"]["secret"]
    write_secret = writer["createApiToken"]["secret"]
    create = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }"
    lead_input = {"input": {"fullName": "Ada Prospect", "email": "ada.prospect@example.com"}}
    assert error_codes(await gql(create, lead_input, token=read_secret)) == ["FORBIDDEN"]
    created = await gql.data(create, lead_input, token=write_secret)
    assert created["createLead"]["errors"] == []
    assert (await gql.data("{ leads { totalCount } }", token=read_secret))["leads"]["totalCount"] == 1
    body = await gql("{ leads { totalCount } }", token=other["createApiToken"]["secret"])
    assert error_codes(body) == ["FORBIDDEN"]


async def test_a_token_waits_like_its_creator_for_a_required_mfa(client) -> None:
    """A token acts for its creator: while they have not enrolled in a required MFA, neither may it."""
    from app.accounts.auth import authenticate, still_authorized
    from tests.accounts.helpers import enrol_mfa

    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    _admin, member_token = await make_user(org, role=Role.ADMIN)
    created = await gql.data(CREATE_TOKEN, {"input": {"name": "r", "scopes": ["leads:read"]}}, token=member_token)
    secret = created["createApiToken"]["secret"]
    viewer = await authenticate(secret)
    assert (await gql.data("{ leads { totalCount } }", token=secret))["leads"]["totalCount"] == 0
    require = "mutation { updateOrganization(input: {requireMfa: true}) { errors { code } } }"
    assert (await gql.data(require, token=owner_token))["updateOrganization"]["errors"] == []
    body = await gql("{ leads { totalCount } }", token=secret)
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["reason"] == "MFA_ENROLLMENT_REQUIRED"
    assert not await still_authorized(viewer)  # an open subscription of the token closes too
    await enrol_mfa(gql, member_token)
    assert (await gql.data("{ leads { totalCount } }", token=secret))["leads"]["totalCount"] == 0


async def test_only_admins_and_owners_create_api_tokens(client) -> None:
    """SPEC §6 Roles: "ADMIN: + members below OWNER, API tokens, …"."""
    gql = GraphQLClient(client)
    org = await make_org()
    for role in (Role.VIEWER, Role.MEMBER):
        _user, token = await make_user(org, role=role)
        body = await gql(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["leads:read"]}}, token=token)
        assert error_codes(body) == ["FORBIDDEN"]
    assert await ApiToken.all().count() == 0
    for role in (Role.ADMIN, Role.OWNER):
        _user, token = await make_user(org, role=role)
        body = await gql.data(CREATE_TOKEN, {"input": {"name": "t", "scopes": ["leads:read"]}}, token=token)
        assert body["createApiToken"]["errors"] == []
    assert await ApiToken.all().count() == 2


async def test_a_token_sees_only_jobs_of_its_scopes_domains(client) -> None:
    from app.jobs import Job, JobKind
    from schema.relay import to_global_id

    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    jobs = {kind: await Job.create(kind=kind, organization=org) for kind in JobKind}
    listing = "{ jobs(first: 50) { totalCount edges { node { kind } } } }"
    one = "query($id: ID!) { job(id: $id) { kind } }"
    seen = {}
    for scope in ("leads:read", "campaigns:read", "privacy:manage"):
        created = await gql.data(CREATE_TOKEN, {"input": {"name": scope, "scopes": [scope]}}, token=owner_token)
        secret = created["createApiToken"]["secret"]
        listed = (await gql.data(listing, token=secret))["jobs"]
        seen[scope] = sorted(edge["node"]["kind"] for edge in listed["edges"])
        assert listed["totalCount"] == len(seen[scope])
        for kind, job in jobs.items():
            shown = (await gql.data(one, {"id": to_global_id("Job", job.id)}, token=secret))["job"]
            assert (shown is not None) == (kind.value in seen[scope]), (scope, kind)
    assert seen == {
        "leads:read": ["BULK_UPDATE", "LEAD_BACKFILL", "LEAD_IMPORT", "LEAD_INGEST"],
        "campaigns:read": ["META_SYNC"],
        "privacy:manage": ["ERASURE", "EXPORT", "RETENTION_SWEEP"],
    }
    assert (await gql.data(listing, token=owner_token))["jobs"]["totalCount"] == len(JobKind)


def test_every_job_kind_says_which_scopes_see_it() -> None:
    from app.jobs import JobKind
    from schema.jobs.types import JOB_KIND_SCOPES

    assert set(JOB_KIND_SCOPES) == set(JobKind)


async def test_tokens_created_at_once_stop_at_the_cap(client) -> None:  # type: ignore[no-untyped-def]
    from tortoise import Tortoise

    from app.accounts.api_tokens import MAX_TOKENS_PER_ORG

    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("SQLite has a single writer")
    gql = GraphQLClient(client)
    org = await make_org()
    admin, admin_token = await make_user(org, role=Role.ADMIN)
    await ApiToken.bulk_create(
        [
            ApiToken(
                organization_id=org.id,
                created_by_id=admin.id,
                name=f"t{i}",
                token_hash=f"{org.id.hex}{i:032d}",
                token_hint="qx_xxxx",
                scopes=["leads:read"],
            )
            for i in range(MAX_TOKENS_PER_ORG - 5)
        ]
    )
    bodies = await asyncio.gather(
        *(
            gql.data(CREATE_TOKEN, {"input": {"name": f"sync {i}", "scopes": ["leads:read"]}}, token=admin_token)
            for i in range(20)
        )
    )
    codes = Counter(",".join(e["code"] for e in b["createApiToken"]["errors"]) or "OK" for b in bodies)
    assert codes == {"OK": 5, "INVALID_STATE": 15}
    assert await ApiToken.filter(organization_id=org.id, revoked_at__isnull=True).count() == MAX_TOKENS_PER_ORG
