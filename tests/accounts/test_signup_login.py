"""Sign-up, sign-in, sessions, passwords and the privacy policy, over HTTP GraphQL."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.accounts.models import Membership, Organization, PolicyAcceptance, PolicyVersion, Session, User
from app.audit.models import AuditEvent
from app.mail.models import OutboxMail
from tests.accounts.helpers import ERRORS, LOG_IN, ME, SIGN_UP, log_in, next_ip, sign_up, sign_up_input
from tests.support import GraphQLClient, error_codes


async def _counts() -> tuple[int, ...]:
    return (
        await User.all().count(),
        await Organization.all().count(),
        await Membership.all().count(),
        await PolicyAcceptance.all().count(),
        await Session.all().count(),
    )


@pytest.mark.sqlite
async def test_sign_up_creates_owner_organisation_and_session(client) -> None:
    gql = GraphQLClient(client)
    result = await sign_up(gql, email="Grace@Example.com", companyName="Hopper & Sons Ads")
    assert result["token"].startswith("qxs_")
    assert result["user"]["email"] == "grace@example.com"
    assert result["user"]["phone"] == "+14155550100"
    assert result["user"]["memberships"][0]["role"] == "OWNER"
    assert result["organization"]["slug"] == "hopper-sons-ads"
    assert result["mustAcceptPolicy"] is False
    me = await gql.data(ME, token=result["token"])
    assert me["me"]["fullName"] == "Grace Hopper"
    assert await PolicyAcceptance.filter(version="1").count() == 1


@pytest.mark.sqlite
async def test_a_minor_gets_age_restricted_and_nothing_is_stored(client) -> None:
    gql = GraphQLClient(client)
    before = await _counts()
    audit_before = await AuditEvent.all().count()
    body = await gql(SIGN_UP, {"input": sign_up_input(birthDate="2012-01-01")}, **{"x-forwarded-for": next_ip()})
    errors = body["data"]["signUp"]["errors"]
    assert [e["code"] for e in errors] == ["AGE_RESTRICTED"]
    assert body["data"]["signUp"]["token"] is None
    assert await _counts() == before
    assert await AuditEvent.all().count() == audit_before
    assert await OutboxMail.all().count() == 0


@pytest.mark.parametrize(
    "password",
    ["short pass", "password1234", "qwertyuiop123", "founder-x-lives-here", "x" * 129],
)
async def test_weak_passwords_are_refused(client, password: str) -> None:
    gql = GraphQLClient(client)
    body = await gql(
        SIGN_UP,
        {"input": sign_up_input(email="founder-x@example.com", password=password)},
        **{"x-forwarded-for": next_ip()},
    )
    errors = body["data"]["signUp"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("PASSWORD_TOO_WEAK", "password")]
    assert await User.all().count() == 0


async def test_policy_version_must_be_current(client) -> None:
    gql = GraphQLClient(client)
    body = await gql(SIGN_UP, {"input": sign_up_input(acceptedPolicyVersion="0")}, **{"x-forwarded-for": next_ip()})
    assert [e["code"] for e in body["data"]["signUp"]["errors"]] == ["POLICY_NOT_ACCEPTED"]
    policy = await gql.data("{ privacyPolicy { version effectiveDate } }")
    assert policy["privacyPolicy"] == {"version": "1", "effectiveDate": "2026-01-01"}


async def test_email_taken(client) -> None:
    gql = GraphQLClient(client)
    await sign_up(gql, email="taken@example.com")
    body = await gql(SIGN_UP, {"input": sign_up_input(email="TAKEN@example.com")}, **{"x-forwarded-for": next_ip()})
    assert [(e["code"], e["field"]) for e in body["data"]["signUp"]["errors"]] == [("EMAIL_TAKEN", "email")]


async def test_sign_up_is_limited_per_ip(client) -> None:
    gql = GraphQLClient(client)
    ip = next_ip()
    for _ in range(5):
        body = await gql(SIGN_UP, {"input": sign_up_input()}, **{"x-forwarded-for": ip})
        assert body["data"]["signUp"]["errors"] == []
    response = await gql.post(SIGN_UP, {"input": sign_up_input()}, **{"x-forwarded-for": ip})
    body = response.json()
    assert error_codes(body) == ["RATE_LIMITED"]
    assert body["errors"][0]["extensions"]["retryAfter"] > 0
    assert int(response.headers["retry-after"]) > 0
    # the allowance is the address's: another address signs up
    body = await gql(SIGN_UP, {"input": sign_up_input()}, **{"x-forwarded-for": next_ip()})
    assert body["data"]["signUp"]["errors"] == []


@pytest.mark.sqlite
async def test_unknown_email_and_wrong_password_look_the_same(client) -> None:
    gql = GraphQLClient(client)
    await sign_up(gql, email="known@example.com")
    wrong = (await log_in(gql, "known@example.com", "not the right passphrase"))["data"]["logIn"]
    unknown = (await log_in(gql, "nobody@example.com", "not the right passphrase"))["data"]["logIn"]
    assert wrong == unknown
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert wrong["token"] is None
    ok = (await log_in(gql, "KNOWN@example.com", "a long and unusual passphrase"))["data"]["logIn"]
    assert ok["errors"] == [] and ok["token"].startswith("qxs_")
    actions = [e.action for e in await AuditEvent.all()]
    assert actions.count("auth.sign_in_failed") == 2 and "auth.signed_in" in actions


async def test_lockout_after_five_failures_then_other_ips_are_throttled(client) -> None:
    gql = GraphQLClient(client)
    await sign_up(gql, email="target@example.com")
    attacker = "203.0.113.7"
    for _ in range(5):
        body = await log_in(gql, "target@example.com", "wrong guess number x", ip=attacker)
        assert body["data"]["logIn"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # Locked for this IP, even with the right password.
    body = await log_in(gql, "target@example.com", "a long and unusual passphrase", ip=attacker)
    assert body["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"
    # The same holds for an address with no account.
    for _ in range(5):
        await log_in(gql, "ghost@example.com", "wrong guess number x", ip=attacker)
    body = await log_in(gql, "ghost@example.com", "wrong guess number x", ip=attacker)
    assert body["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"
    # Another IP still signs in with the right password...
    body = await log_in(gql, "target@example.com", "a long and unusual passphrase", ip="203.0.113.8")
    assert body["data"]["logIn"]["token"]
    # ...but guessing from another IP is throttled per email.
    other = "203.0.113.9"
    codes = []
    for _ in range(7):
        body = await log_in(gql, "target@example.com", "wrong guess number x", ip=other)
        codes.append(error_codes(body)[0] if body.get("errors") else body["data"]["logIn"]["errors"][0]["code"])
    assert codes[:5] == ["INVALID_CREDENTIALS"] * 5
    assert codes[5:] == ["RATE_LIMITED", "RATE_LIMITED"]
    assert body["errors"][0]["extensions"]["retryAfter"] > 0
    # The first IP is still locked out.
    body = await log_in(gql, "target@example.com", "a long and unusual passphrase", ip=attacker)
    assert body["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"


async def test_x_forwarded_for_is_ignored_from_untrusted_peers(app) -> None:
    import httpx

    transport = httpx.ASGITransport(app=app, client=("192.0.2.50", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        gql = GraphQLClient(http)
        await sign_up(gql, email="xff@example.com")
        for n in range(5):
            await log_in(gql, "xff@example.com", "wrong guess number x", ip=f"203.0.113.{n + 20}")
        body = await log_in(gql, "xff@example.com", "a long and unusual passphrase", ip="203.0.113.99")
        assert body["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"


SESSIONS = "{ sessions { totalCount edges { node { id ipAddress userAgent firstSeenAt lastSeenAt current } } } }"
REVOKE_SESSION = f"""mutation($input: RevokeSessionInput!) {{
  revokeSession(input: $input) {{ session {{ id }} {ERRORS} }}
}}"""
LOG_OUT = f"mutation {{ logOut {{ session {{ id }} {ERRORS} }} }}"


@pytest.mark.sqlite
async def test_sessions_list_revoke_and_log_out(client) -> None:
    gql = GraphQLClient(client)
    first = (await sign_up(gql, email="sess@example.com"))["token"]
    second_body = await gql(
        LOG_IN,
        {"input": {"email": "sess@example.com", "password": "a long and unusual passphrase"}},
        **{"x-forwarded-for": "203.0.113.44", "user-agent": "ReportBrowser/2.0"},
    )
    second = second_body["data"]["logIn"]["token"]
    listing = (await gql.data(SESSIONS, token=first))["sessions"]
    assert listing["totalCount"] == 2
    nodes = {n["ipAddress"]: n for n in (e["node"] for e in listing["edges"])}
    assert nodes["203.0.113.44"]["userAgent"] == "ReportBrowser/2.0"
    assert nodes["203.0.113.44"]["current"] is False
    assert [n["current"] for n in nodes.values()].count(True) == 1
    seen = [
        (dt.datetime.fromisoformat(n["firstSeenAt"]), dt.datetime.fromisoformat(n["lastSeenAt"]))
        for n in nodes.values()
    ]
    assert all(last >= first for first, last in seen)
    revoked = await gql.data(REVOKE_SESSION, {"input": {"id": nodes["203.0.113.44"]["id"]}}, token=first)
    assert revoked["revokeSession"]["errors"] == []
    again = await gql.data(REVOKE_SESSION, {"input": {"id": nodes["203.0.113.44"]["id"]}}, token=first)
    assert [(e["field"], e["code"]) for e in again["revokeSession"]["errors"]] == [("id", "ALREADY_DONE")]
    assert error_codes(await gql(ME, token=second)) == ["UNAUTHENTICATED"]
    assert (await gql.data(LOG_OUT, token=first))["logOut"]["errors"] == []
    assert error_codes(await gql(ME, token=first)) == ["UNAUTHENTICATED"]


async def test_cannot_revoke_someone_elses_session(client) -> None:
    gql = GraphQLClient(client)
    alice = (await sign_up(gql))["token"]
    bob = (await sign_up(gql))["token"]
    bob_session = (await gql.data(SESSIONS, token=bob))["sessions"]["edges"][0]["node"]["id"]
    result = (await gql.data(REVOKE_SESSION, {"input": {"id": bob_session}}, token=alice))["revokeSession"]
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "id")]
    assert (await gql.data(ME, token=bob))["me"]


CHANGE_PASSWORD = f"""mutation($input: ChangePasswordInput!) {{
  changePassword(input: $input) {{ user {{ id }} {ERRORS} }}
}}"""
UPDATE_PROFILE = f"""mutation($input: UpdateProfileInput!) {{
  updateProfile(input: $input) {{ user {{ fullName phone jobTitle email }} {ERRORS} }}
}}"""


async def test_change_password_ends_other_sessions(client) -> None:
    gql = GraphQLClient(client)
    first = (await sign_up(gql, email="pw@example.com"))["token"]
    other = (await log_in(gql, "pw@example.com", "a long and unusual passphrase"))["data"]["logIn"]["token"]
    bad = await gql.data(
        CHANGE_PASSWORD, {"input": {"currentPassword": "nope nope nope", "newPassword": "x" * 20}}, token=first
    )
    assert bad["changePassword"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    weak = await gql.data(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": "a long and unusual passphrase", "newPassword": "password1234"}},
        token=first,
    )
    assert weak["changePassword"]["errors"][0]["code"] == "PASSWORD_TOO_WEAK"
    ok = await gql.data(
        CHANGE_PASSWORD,
        {"input": {"currentPassword": "a long and unusual passphrase", "newPassword": "brand new secret words"}},
        token=first,
    )
    assert ok["changePassword"]["errors"] == []
    assert (await gql.data(ME, token=first))["me"]
    assert error_codes(await gql(ME, token=other)) == ["UNAUTHENTICATED"]
    relog = await log_in(gql, "pw@example.com", "brand new secret words")
    assert relog["data"]["logIn"]["token"]


async def test_update_profile_corrects_details(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql))["token"]
    await sign_up(gql, email="someone@example.com")
    result = await gql.data(
        UPDATE_PROFILE, {"input": {"fullName": "Grace B. Hopper", "phone": "", "jobTitle": "CEO"}}, token=token
    )
    assert result["updateProfile"]["user"]["fullName"] == "Grace B. Hopper"
    assert result["updateProfile"]["user"]["phone"] is None
    assert result["updateProfile"]["user"]["jobTitle"] == "CEO"
    taken = await gql.data(UPDATE_PROFILE, {"input": {"email": "someone@example.com"}}, token=token)
    assert taken["updateProfile"]["errors"][0]["code"] == "EMAIL_TAKEN"


async def test_a_changed_email_is_told_to_the_previous_address(client) -> None:
    """A stolen session must not move the account's email silently: the previous address hears of it, with
    the new one masked, and the change is in the audit trail."""
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="first.address@example.com"))["token"]
    await gql.data(UPDATE_PROFILE, {"input": {"email": "First.Address@example.com"}}, token=token)  # the same one
    await gql.data(UPDATE_PROFILE, {"input": {"fullName": "Grace B. Hopper"}}, token=token)
    assert not await OutboxMail.filter(subject__icontains="sign-in email").exists()
    moved = await gql.data(UPDATE_PROFILE, {"input": {"email": "taken.over@attacker.example"}}, token=token)
    assert moved["updateProfile"]["user"]["email"] == "taken.over@attacker.example"
    mails = [m for m in await OutboxMail.all() if "sign-in email" in m.subject]
    assert [m.to_address for m in mails] == ["first.address@example.com"]
    assert "t***@attacker.example" in mails[0].body_text
    assert "taken.over" not in mails[0].body_text
    audit = "{ auditEvents { edges { node { action details } } } }"
    events = [e["node"] for e in (await gql.data(audit, token=token))["auditEvents"]["edges"]]
    assert {"action": "account.profile_updated", "details": {"fields": ["email"]}} in events


async def test_an_email_takes_320_characters(client) -> None:
    """SPEC §6 "emails 320" wherever an address is given: signUp, updateProfile; one more is INVALID_INPUT."""
    gql = GraphQLClient(client)
    longest = "g" * 308 + "@example.com"
    signed_up = await sign_up(gql, email=longest)
    assert signed_up["user"]["email"] == longest
    assert (await log_in(gql, longest, "a long and unusual passphrase"))["data"]["logIn"]["token"]
    other = "h" * 308 + "@example.com"
    updated = await gql.data(UPDATE_PROFILE, {"input": {"email": other}}, token=signed_up["token"])
    assert updated["updateProfile"]["user"]["email"] == other
    for too_long in ("g" + longest, "h" + other):
        body = await gql(SIGN_UP, {"input": sign_up_input(email=too_long)}, **{"x-forwarded-for": next_ip()})
        assert [(e["code"], e["field"]) for e in body["data"]["signUp"]["errors"]] == [("INVALID_INPUT", "email")]
    refused = await gql.data(UPDATE_PROFILE, {"input": {"email": "h" + other}}, token=signed_up["token"])
    assert [(e["code"], e["field"]) for e in refused["updateProfile"]["errors"]] == [("INVALID_INPUT", "email")]


async def test_a_job_title_takes_1000_characters(client) -> None:
    """SPEC §6: a job title is one of the "other strings 1,000" (names, 200, are §7.7's list)."""
    gql = GraphQLClient(client)
    token = (await sign_up(gql, jobTitle="t" * 1_000))["token"]
    assert (await gql.data(ME, token=token))["me"]["jobTitle"] == "t" * 1_000
    updated = await gql.data(UPDATE_PROFILE, {"input": {"jobTitle": "u" * 1_000}}, token=token)
    assert updated["updateProfile"]["user"]["jobTitle"] == "u" * 1_000
    refused = await gql.data(UPDATE_PROFILE, {"input": {"jobTitle": "u" * 1_001}}, token=token)
    assert [(e["code"], e["field"]) for e in refused["updateProfile"]["errors"]] == [("INVALID_INPUT", "jobTitle")]
    body = await gql(SIGN_UP, {"input": sign_up_input(jobTitle="t" * 1_001)}, **{"x-forwarded-for": next_ip()})
    errors = body["data"]["signUp"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("INVALID_INPUT", "jobTitle")]


REQUEST_RESET = f"""mutation($input: RequestPasswordResetInput!) {{
  requestPasswordReset(input: $input) {{ ok {ERRORS} }}
}}"""
RESET = f"mutation($input: ResetPasswordInput!) {{ resetPassword(input: $input) {{ user {{ id }} {ERRORS} }} }}"


async def test_password_reset_same_answer_revokes_sessions_and_lifts_lock(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="reset@example.com"))["token"]
    known = await gql.data(REQUEST_RESET, {"input": {"email": "reset@example.com"}})
    unknown = await gql.data(REQUEST_RESET, {"input": {"email": "nobody-here@example.com"}})
    assert known == unknown == {"requestPasswordReset": {"ok": True, "errors": []}}
    mails = await OutboxMail.all()
    assert len(mails) == 1
    reset_token = re.search(r"Reset token: (\S+)", mails[0].body_text).group(1)  # type: ignore[union-attr]
    ip = "203.0.113.70"
    for _ in range(5):
        await log_in(gql, "reset@example.com", "wrong guess number x", ip=ip)
    assert (await log_in(gql, "reset@example.com", "x" * 14, ip=ip))["data"]["logIn"]["errors"][0][
        "code"
    ] == "ACCOUNT_LOCKED"
    done = await gql.data(RESET, {"input": {"token": reset_token, "newPassword": "a fresh start passphrase"}})
    assert done["resetPassword"]["errors"] == []
    assert error_codes(await gql(ME, token=token)) == ["UNAUTHENTICATED"]
    again = await gql.data(RESET, {"input": {"token": reset_token, "newPassword": "another one entirely"}})
    assert again["resetPassword"]["errors"][0]["code"] == "INVALID_STATE"
    body = await log_in(gql, "reset@example.com", "a fresh start passphrase", ip=ip)
    assert body["data"]["logIn"]["token"]


ACCEPT_POLICY = f"""mutation($input: AcceptPrivacyPolicyInput!) {{
  acceptPrivacyPolicy(input: $input) {{ privacyPolicy {{ version }} user {{ mustAcceptPolicy }} {ERRORS} }}
}}"""


async def test_new_policy_version_must_be_accepted_at_next_sign_in(client) -> None:
    import datetime as dt

    gql = GraphQLClient(client)
    await sign_up(gql, email="policy@example.com")
    await PolicyVersion.create(version="2", effective_date=dt.date(2026, 6, 1), text="Version two.")
    body = await log_in(gql, "policy@example.com", "a long and unusual passphrase")
    result = body["data"]["logIn"]
    assert result["mustAcceptPolicy"] is True
    token = result["token"]
    old = await gql.data(ACCEPT_POLICY, {"input": {"version": "1"}}, token=token)
    assert old["acceptPrivacyPolicy"]["errors"][0]["code"] == "POLICY_NOT_ACCEPTED"
    new = await gql.data(ACCEPT_POLICY, {"input": {"version": "2"}}, token=token)
    assert new["acceptPrivacyPolicy"]["user"]["mustAcceptPolicy"] is False
    assert await PolicyAcceptance.filter(version="2").count() == 1


async def test_concurrent_sign_ups_with_one_email_make_one_account(client) -> None:
    import asyncio

    gql = GraphQLClient(client)
    bodies = await asyncio.gather(
        *(
            gql(SIGN_UP, {"input": sign_up_input(email="race@example.com")}, **{"x-forwarded-for": next_ip()})
            for _ in range(3)
        )
    )
    outcomes = sorted(
        (b["data"]["signUp"]["errors"][0]["code"] if b["data"]["signUp"]["errors"] else "OK") for b in bodies
    )
    assert outcomes == ["EMAIL_TAKEN", "EMAIL_TAKEN", "OK"]
    assert await User.all().count() == 1


async def test_sessions_end_after_30_days_or_7_days_unused(client) -> None:
    import datetime as dt

    gql = GraphQLClient(client)
    idle = (await sign_up(gql, email="idle@example.com"))["token"]
    old = (await log_in(gql, "idle@example.com", "a long and unusual passphrase"))["data"]["logIn"]["token"]
    fresh = (await log_in(gql, "idle@example.com", "a long and unusual passphrase"))["data"]["logIn"]["token"]
    from app.security.tokens import token_hash

    now = dt.datetime.now(dt.UTC)
    await Session.filter(token_hash=token_hash(idle)).update(last_seen_at=now - dt.timedelta(days=7, minutes=1))
    await Session.filter(token_hash=token_hash(old)).update(expires_at=now - dt.timedelta(seconds=1))
    await Session.filter(token_hash=token_hash(fresh)).update(last_seen_at=now - dt.timedelta(days=6))
    assert error_codes(await gql(ME, token=idle)) == ["UNAUTHENTICATED"]
    assert error_codes(await gql(ME, token=old)) == ["UNAUTHENTICATED"]
    assert (await gql.data(ME, token=fresh))["me"]["email"] == "idle@example.com"
    listing = await gql.data("{ sessions { totalCount } }", token=fresh)
    assert listing["sessions"]["totalCount"] == 1


async def test_signed_in_operations_need_a_token(client) -> None:
    gql = GraphQLClient(client)
    for query in (
        ME,
        "{ sessions { totalCount } }",
        "mutation { logOut { errors { code } } }",
        "mutation { beginMfaEnrollment { secret } }",
        "{ apiTokens { totalCount } }",
    ):
        assert error_codes(await gql(query)) == ["UNAUTHENTICATED"], query
        assert error_codes(await gql(query, token="qxs_not-a-real-token")) == ["UNAUTHENTICATED"], query
