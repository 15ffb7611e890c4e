"""TOTP enrolment, sign-in with a second factor, single-use steps and recovery codes, org-wide MFA."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.accounts.models import RecoveryCode, Role, User
from app.audit.models import AuditEvent
from schema.relay import from_global_id
from tests.accounts.helpers import BEGIN_MFA, CONFIRM_MFA, ERRORS, ME, enrol_mfa, log_in, sign_up, totp_now
from tests.support import GraphQLClient, error_codes, make_org, make_user

PASSWORD = "a long and unusual passphrase"


@pytest.mark.sqlite
async def test_enrol_then_sign_in_with_totp_each_step_once(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="mfa@example.com"))["token"]
    begun = (await gql.data(BEGIN_MFA, token=token))["beginMfaEnrollment"]
    assert begun["otpauthUri"].startswith("otpauth://totp/")
    assert "secret=" + begun["secret"] in begun["otpauthUri"]
    wrong = (await gql.data(CONFIRM_MFA, {"input": {"code": "000000"}}, token=token))["confirmMfaEnrollment"]
    assert wrong["errors"][0]["code"] == "INVALID_OTP"
    done = (await gql.data(CONFIRM_MFA, {"input": {"code": totp_now(begun["secret"], -1)}}, token=token))[
        "confirmMfaEnrollment"
    ]
    assert done["user"]["mfaEnabled"] is True
    assert len(done["recoveryCodes"]) == 10 and len(set(done["recoveryCodes"])) == 10
    stored = await RecoveryCode.all()
    assert all(code not in {r.code_hash for r in stored} for code in done["recoveryCodes"])
    user = await User.get(email_bidx__isnull=False)
    assert user.totp_secret == begun["secret"]  # decrypted by the model; the column is ciphertext

    missing = (await log_in(gql, "mfa@example.com", PASSWORD))["data"]["logIn"]
    assert [(e["code"], e["field"]) for e in missing["errors"]] == [("MFA_REQUIRED", "otp")]
    assert missing["token"] is None
    code = totp_now(begun["secret"])
    ok = (await log_in(gql, "mfa@example.com", PASSWORD, otp=code))["data"]["logIn"]
    assert ok["errors"] == [] and ok["token"]
    reused = (await log_in(gql, "mfa@example.com", PASSWORD, otp=code))["data"]["logIn"]
    assert reused["errors"][0]["code"] == "INVALID_OTP"
    older = (await log_in(gql, "mfa@example.com", PASSWORD, otp=totp_now(begun["secret"], -1)))["data"]["logIn"]
    assert older["errors"][0]["code"] == "INVALID_OTP"


async def test_recovery_codes_are_single_use(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="rc@example.com"))["token"]
    _secret, codes = await enrol_mfa(gql, token)
    ok = (await log_in(gql, "rc@example.com", PASSWORD, otp=codes[0].upper()))["data"]["logIn"]
    assert ok["errors"] == [] and ok["token"]
    again = (await log_in(gql, "rc@example.com", PASSWORD, otp=codes[0]))["data"]["logIn"]
    assert again["errors"][0]["code"] == "INVALID_OTP"
    assert await AuditEvent.filter(action="mfa.recovery_code_used").count() == 1


async def test_wrong_otp_counts_towards_lockout(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="otp-lock@example.com"))["token"]
    secret, _codes = await enrol_mfa(gql, token)
    ip = "203.0.113.150"
    for _ in range(5):
        body = await log_in(gql, "otp-lock@example.com", PASSWORD, ip=ip, otp="123456")
        assert body["data"]["logIn"]["errors"][0]["code"] in ("INVALID_OTP",)
    body = await log_in(gql, "otp-lock@example.com", PASSWORD, ip=ip, otp=totp_now(secret))
    assert body["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"


DISABLE = f"mutation($input: DisableMfaInput!) {{ disableMfa(input: $input) {{ user {{ mfaEnabled }} {ERRORS} }} }}"
REGENERATE = f"""mutation($input: RegenerateRecoveryCodesInput!) {{
  regenerateRecoveryCodes(input: $input) {{ recoveryCodes {ERRORS} }}
}}"""


async def test_disable_and_regenerate_need_a_code(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="dis@example.com"))["token"]
    secret, codes = await enrol_mfa(gql, token)
    bad = (await gql.data(REGENERATE, {"input": {"code": "999999"}}, token=token))["regenerateRecoveryCodes"]
    assert bad["errors"][0]["code"] == "INVALID_OTP"
    fresh = (await gql.data(REGENERATE, {"input": {"code": codes[1]}}, token=token))["regenerateRecoveryCodes"]
    assert len(fresh["recoveryCodes"]) == 10
    old = (await gql.data(DISABLE, {"input": {"code": codes[2]}}, token=token))["disableMfa"]
    assert old["errors"][0]["code"] == "INVALID_OTP"  # replaced codes stop working
    off = (await gql.data(DISABLE, {"input": {"code": totp_now(secret)}}, token=token))["disableMfa"]
    assert off == {"user": {"mfaEnabled": False}, "errors": []}
    assert (await log_in(gql, "dis@example.com", PASSWORD))["data"]["logIn"]["token"]
    assert await AuditEvent.filter(action__in=["mfa.enabled", "mfa.disabled"]).count() == 2


UPDATE_ORG = f"""mutation($input: UpdateOrganizationInput!) {{
  updateOrganization(input: $input) {{ organization {{ requireMfa defaultCountry name }} {ERRORS} }}
}}"""
RESET_MEMBER_MFA = f"""mutation($input: ResetMemberMfaInput!) {{
  resetMemberMfa(input: $input) {{ user {{ mfaEnabled }} {ERRORS} }}
}}"""


@pytest.mark.sqlite
async def test_organisation_requiring_mfa_restricts_unenrolled_members(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    _member, member_token = await make_user(org, role=Role.MEMBER)
    result = await gql.data(UPDATE_ORG, {"input": {"requireMfa": True}}, token=owner_token)
    assert result["updateOrganization"]["organization"]["requireMfa"] is True
    body = await gql("{ organization { name } }", token=member_token)
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["reason"] == "MFA_ENROLLMENT_REQUIRED"
    assert (await gql.data(ME, token=member_token))["me"]["mfaEnabled"] is False
    await enrol_mfa(gql, member_token)
    assert (await gql.data("{ organization { name } }", token=member_token))["organization"]["name"]


async def test_owner_resets_a_members_mfa(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.MEMBER)
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    await enrol_mfa(gql, member_token)
    from schema.relay import to_global_id

    member_id = to_global_id("User", member.id)
    denied = await gql(RESET_MEMBER_MFA, {"input": {"userId": member_id}}, token=admin_token)
    assert error_codes(denied) == ["FORBIDDEN"]
    done = await gql.data(RESET_MEMBER_MFA, {"input": {"userId": member_id}}, token=owner_token)
    assert done["resetMemberMfa"]["user"]["mfaEnabled"] is False
    assert await AuditEvent.filter(action="mfa.reset_by_owner", target_id=str(member.id)).count() == 1
    assert error_codes(await gql(ME, token=member_token)) == ["UNAUTHENTICATED"]
    outsider, _ = await make_user()
    missing = await gql.data(
        RESET_MEMBER_MFA, {"input": {"userId": to_global_id("User", outsider.id)}}, token=owner_token
    )
    assert [(e["code"], e["field"]) for e in missing["resetMemberMfa"]["errors"]] == [("NOT_FOUND", "userId")]


async def test_an_owner_cannot_reset_their_own_mfa(client) -> None:
    """Their own MFA goes off only with a code (disableMfa): a stolen session alone must not strip it."""
    from schema.relay import to_global_id

    gql = GraphQLClient(client)
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    await enrol_mfa(gql, owner_token)
    refused = await gql.data(RESET_MEMBER_MFA, {"input": {"userId": to_global_id("User", owner.id)}}, token=owner_token)
    assert refused["resetMemberMfa"]["user"] is None
    assert [(e["code"], e["field"]) for e in refused["resetMemberMfa"]["errors"]] == [("INVALID_INPUT", "userId")]
    assert (await gql.data(ME, token=owner_token))["me"]["mfaEnabled"] is True
    assert await AuditEvent.filter(action="mfa.reset_by_owner").count() == 0


async def test_turning_mfa_on_or_off_ends_other_sessions(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="others@example.com"))["token"]
    other = (await log_in(gql, "others@example.com", PASSWORD))["data"]["logIn"]["token"]
    secret, _codes = await enrol_mfa(gql, token)
    assert (await gql.data(ME, token=token))["me"]["mfaEnabled"] is True
    assert error_codes(await gql(ME, token=other)) == ["UNAUTHENTICATED"]
    third = (await log_in(gql, "others@example.com", PASSWORD, otp=totp_now(secret)))["data"]["logIn"]["token"]
    off = (await gql.data(DISABLE, {"input": {"code": totp_now(secret, 1)}}, token=token))["disableMfa"]
    assert off["errors"] == []
    assert error_codes(await gql(ME, token=third)) == ["UNAUTHENTICATED"]
    assert (await gql.data(ME, token=token))["me"]["mfaEnabled"] is False


def _outcomes(results: list[dict[str, Any]], mutation: str) -> list[str]:
    """The first error code of each response's payload (or OK), sorted."""
    return sorted((b[mutation]["errors"] or [{"code": "OK"}])[0]["code"] for b in results)


async def test_enrolment_racing_a_new_secret_turns_on_only_the_confirmed_one(client) -> None:
    """confirmMfaEnrollment and a second beginMfaEnrollment at once: MFA goes on only with the secret the
    code came from (the second begin is then ALREADY_DONE), or stays off (the code no longer matches)."""
    gql = GraphQLClient(client)
    for n in range(5):
        signed_up = await sign_up(gql, email=f"race-{n}@example.com")
        token = signed_up["token"]
        secret = (await gql.data(BEGIN_MFA, token=token))["beginMfaEnrollment"]["secret"]
        confirm, begin = await asyncio.gather(
            gql.data(CONFIRM_MFA, {"input": {"code": totp_now(secret)}}, token=token),
            gql.data(BEGIN_MFA, token=token),
        )
        user = await User.get(id=from_global_id(signed_up["user"]["id"])[1])
        seen = [_outcomes([confirm], "confirmMfaEnrollment")[0], _outcomes([begin], "beginMfaEnrollment")[0]]
        if seen == ["OK", "ALREADY_DONE"]:
            assert user.mfa_enabled and user.totp_secret == secret
        else:
            assert seen == ["INVALID_OTP", "OK"]
            assert not user.mfa_enabled and user.totp_secret == begin["beginMfaEnrollment"]["secret"]


async def test_concurrent_regenerations_leave_ten_recovery_codes(client) -> None:
    """SPEC §6 MFA: ten single-use recovery codes. Six regenerations at once, each with another valid code:
    one replaces the set, the others' codes are gone by then (INVALID_OTP); the new set signs in."""
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="regen@example.com"))["token"]
    _secret, codes = await enrol_mfa(gql, token)
    bodies = await asyncio.gather(*(gql.data(REGENERATE, {"input": {"code": c}}, token=token) for c in codes[:6]))
    assert _outcomes(bodies, "regenerateRecoveryCodes") == ["INVALID_OTP"] * 5 + ["OK"]
    assert await RecoveryCode.filter(used_at__isnull=True).count() == 10
    fresh = next(b for b in bodies if b["regenerateRecoveryCodes"]["recoveryCodes"])["regenerateRecoveryCodes"]
    body = await log_in(gql, "regen@example.com", PASSWORD, otp=fresh["recoveryCodes"][9])
    assert body["data"]["logIn"]["token"]


async def test_disabling_mfa_twice_at_once_turns_it_off_once(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="off-twice@example.com"))["token"]
    _secret, codes = await enrol_mfa(gql, token)
    bodies = await asyncio.gather(*(gql.data(DISABLE, {"input": {"code": c}}, token=token) for c in codes[:5]))
    assert _outcomes(bodies, "disableMfa") == ["INVALID_STATE"] * 4 + ["OK"]
    assert await AuditEvent.filter(action="mfa.disabled").count() == 1
