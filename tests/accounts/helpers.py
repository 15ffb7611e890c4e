"""Shared GraphQL documents and steps for the accounts tests."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

from app.security import totp
from tests.support import GraphQLClient

_ips = itertools.count(1)

ERRORS = "errors { field code message }"
USER_FIELDS = (
    "id email fullName phone jobTitle mfaEnabled mustAcceptPolicy memberships { role organization { id slug } }"
)

SIGN_UP = f"""mutation($input: SignUpInput!) {{
  signUp(input: $input) {{ token user {{ {USER_FIELDS} }} organization {{ id slug name }} mustAcceptPolicy {ERRORS} }}
}}"""
LOG_IN = f"""mutation($input: LogInInput!) {{
  logIn(input: $input) {{ token user {{ id email }} organization {{ id }} mustAcceptPolicy {ERRORS} }}
}}"""
ME = f"query {{ me {{ {USER_FIELDS} }} }}"
BEGIN_MFA = f"mutation {{ beginMfaEnrollment {{ secret otpauthUri {ERRORS} }} }}"
CONFIRM_MFA = f"""mutation($input: ConfirmMfaEnrollmentInput!) {{
  confirmMfaEnrollment(input: $input) {{ recoveryCodes user {{ mfaEnabled }} {ERRORS} }}
}}"""
CREATE_TOKEN = f"""mutation($input: CreateApiTokenInput!) {{
  createApiToken(input: $input) {{ secret apiToken {{ id name scopes lastUsedAt }} {ERRORS} }}
}}"""
INVITE = f"""mutation($input: InviteMemberInput!) {{
  inviteMember(input: $input) {{ invitation {{ id email role expiresAt }} {ERRORS} }}
}}"""
ACCEPT_INVITATION = f"""mutation($input: AcceptInvitationInput!) {{
  acceptInvitation(input: $input) {{ membership {{ role }} organization {{ id }} {ERRORS} }}
}}"""


def next_ip() -> str:
    """A distinct client address per call (the test client 127.0.0.1 is a trusted proxy)."""
    n = next(_ips)
    return f"198.51.{n // 250 % 250}.{n % 250 + 1}"


def sign_up_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "email": f"founder-{next(_ips)}@example.com",
        "password": "a long and unusual passphrase",
        "fullName": "Grace Hopper",
        "companyName": "Hopper Ads",
        "birthDate": "1990-05-17",
        "acceptedPolicyVersion": "1",
        "phone": "+1 415 555 0100",
        "jobTitle": "Founder",
    }
    values.update(overrides)
    return values


async def sign_up(gql: GraphQLClient, **overrides: Any) -> dict[str, Any]:
    """Sign up from a fresh client IP; returns the signUp payload (asserting it has no errors)."""
    body = await gql(SIGN_UP, {"input": sign_up_input(**overrides)}, **{"x-forwarded-for": next_ip()})
    assert not body.get("errors"), body
    result = body["data"]["signUp"]
    assert result["errors"] == [], result["errors"]
    return result  # type: ignore[no-any-return]


async def log_in(gql: GraphQLClient, email: str, password: str, ip: str | None = None, **extra: Any) -> dict[str, Any]:
    body = await gql(
        LOG_IN, {"input": {"email": email, "password": password, **extra}}, **{"x-forwarded-for": ip or next_ip()}
    )
    return body


def totp_now(secret: str, offset_steps: int = 0) -> str:
    return totp.code_at(secret, totp.current_step(time.time()) + offset_steps)


async def clear_of_step_end(margin: float = 2.0) -> None:
    """Wait out a TOTP step's last `margin` seconds: a previous step's code, computed now, must still be in the
    window (WINDOW) when the server checks it, so the request may not cross into the step after next."""
    left = totp.STEP_SECONDS - time.time() % totp.STEP_SECONDS
    if left < margin:
        await asyncio.sleep(left + 0.05)


async def enrol_mfa(gql: GraphQLClient, token: str) -> tuple[str, list[str]]:
    """Turn MFA on for the token's user (confirming with the previous step); returns (secret, recovery codes)."""
    begun = (await gql.data(BEGIN_MFA, token=token))["beginMfaEnrollment"]
    assert begun["errors"] == []
    secret = begun["secret"]
    await clear_of_step_end()
    done = (await gql.data(CONFIRM_MFA, {"input": {"code": totp_now(secret, -1)}}, token=token))["confirmMfaEnrollment"]
    assert done["errors"] == [], done["errors"]
    return secret, done["recoveryCodes"]
