"""A signed-in user's own password and code checks are throttled per user (SPEC §6 Lockout and throttles): after
5 wrong answers within 15 min, RATE_LIMITED, as for requestAccountDeletion, so a stolen session cannot guess."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from tests.accounts.helpers import BEGIN_MFA, CONFIRM_MFA, ERRORS, enrol_mfa, sign_up, totp_now
from tests.support import GraphQLClient, error_codes

PASSWORD = "a long and unusual passphrase"
CHANGE_PASSWORD = f"""mutation($input: ChangePasswordInput!) {{
  changePassword(input: $input) {{ user {{ id }} {ERRORS} }}
}}"""
DISABLE = f"mutation($input: DisableMfaInput!) {{ disableMfa(input: $input) {{ user {{ mfaEnabled }} {ERRORS} }} }}"


def _outcome(body: dict[str, Any], mutation: str) -> str:
    """RATE_LIMITED (a request error), the payload's first error code, or OK."""
    if error_codes(body):
        return error_codes(body)[0]
    return (body["data"][mutation]["errors"] or [{"code": "OK"}])[0]["code"]


async def _tries(
    gql: GraphQLClient, token: str, document: str, inputs: list[dict[str, Any]], mutation: str
) -> list[str]:
    return [_outcome(await gql(document, {"input": i}, token=token), mutation) for i in inputs]


async def test_wrong_current_passwords_are_limited(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="guess-pw@example.com"))["token"]
    wrong = [{"currentPassword": f"wrong guess {n}", "newPassword": "brand new secret words"} for n in range(6)]
    right = {"currentPassword": PASSWORD, "newPassword": "brand new secret words"}
    outcomes = await _tries(gql, token, CHANGE_PASSWORD, [*wrong, right], "changePassword")
    assert outcomes == ["INVALID_CREDENTIALS"] * 5 + ["RATE_LIMITED"] * 2


async def test_wrong_codes_to_disable_mfa_are_limited(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="guess-off@example.com"))["token"]
    secret, _codes = await enrol_mfa(gql, token)
    wrong = [{"code": f"{n:06d}"} for n in range(6)]
    outcomes = await _tries(gql, token, DISABLE, [*wrong, {"code": totp_now(secret)}], "disableMfa")
    assert outcomes == ["INVALID_OTP"] * 5 + ["RATE_LIMITED"] * 2


async def test_wrong_codes_to_confirm_enrollment_are_limited(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="guess-on@example.com"))["token"]
    secret = (await gql.data(BEGIN_MFA, token=token))["beginMfaEnrollment"]["secret"]
    wrong = [{"code": f"{n:06d}"} for n in range(6)]
    outcomes = await _tries(gql, token, CONFIRM_MFA, [*wrong, {"code": totp_now(secret)}], "confirmMfaEnrollment")
    assert outcomes == ["INVALID_OTP"] * 5 + ["RATE_LIMITED"] * 2


async def test_right_answers_do_not_count(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="no-guess@example.com"))["token"]
    passwords = [PASSWORD, *(f"brand new secret words {n}" for n in range(6))]
    changes = [{"currentPassword": old, "newPassword": new} for old, new in itertools.pairwise(passwords)]
    assert await _tries(gql, token, CHANGE_PASSWORD, changes, "changePassword") == ["OK"] * 6


async def test_guesses_sent_at_once_are_limited_too(client) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="burst@example.com"))["token"]
    await enrol_mfa(gql, token)
    wrong_passwords = [
        {"currentPassword": f"wrong guess {n}", "newPassword": "brand new secret words"} for n in range(8)
    ]
    bodies = await asyncio.gather(*(gql(CHANGE_PASSWORD, {"input": i}, token=token) for i in wrong_passwords))
    assert sorted(_outcome(b, "changePassword") for b in bodies) == ["INVALID_CREDENTIALS"] * 5 + ["RATE_LIMITED"] * 3
    bodies = await asyncio.gather(*(gql(DISABLE, {"input": {"code": f"{n:06d}"}}, token=token) for n in range(3)))
    assert [_outcome(b, "disableMfa") for b in bodies] == ["RATE_LIMITED"] * 3
