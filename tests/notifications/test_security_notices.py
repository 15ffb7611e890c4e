"""Security notices from outside: sign-ups, sign-ins, lockouts, MFA, passwords and API tokens over GraphQL,
each read back as a notification and as a SECURITY_NOTICE mail that names time, IP and browser, never a secret."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from app.accounts import lockout
from app.accounts.models import Role, User
from app.accounts.services import email_key
from app.notifications.models import SignInDevice
from schema.relay import to_global_id
from tests.accounts.helpers import ERRORS, enrol_mfa, log_in, sign_up, totp_now
from tests.notifications.helpers import NOTIFICATIONS, nodes
from tests.privacy.requests.helpers import mails_to
from tests.support import DEFAULT_PASSWORD, GraphQLClient, make_org, make_user

pytestmark = pytest.mark.sqlite

PASSWORD = "a long and unusual passphrase"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.0 Mobile/15E148 Safari/604.1"
)
CHANGE_PASSWORD = f"""mutation($input: ChangePasswordInput!) {{
  changePassword(input: $input) {{ user {{ id }} {ERRORS} }}
}}"""
DISABLE_MFA = f"mutation($input: DisableMfaInput!) {{ disableMfa(input: $input) {{ user {{ mfaEnabled }} {ERRORS} }} }}"
RESET_MEMBER_MFA = f"""mutation($input: ResetMemberMfaInput!) {{
  resetMemberMfa(input: $input) {{ user {{ mfaEnabled }} {ERRORS} }}
}}"""
CREATE_TOKEN = f"""mutation($input: CreateApiTokenInput!) {{
  createApiToken(input: $input) {{ secret apiToken {{ id }} {ERRORS} }}
}}"""


async def _notices(client: httpx.AsyncClient, token: str) -> list[dict]:
    return [n for n in nodes(await GraphQLClient(client, token).data(NOTIFICATIONS)) if n["kind"] == "SECURITY_NOTICE"]


async def test_a_new_device_or_network_is_noticed_once_and_again_after_90_days(client: httpx.AsyncClient) -> None:
    gql = GraphQLClient(client)
    headers = {"x-forwarded-for": "203.0.113.7", "user-agent": FIREFOX}
    signed_up = await gql(
        "mutation($input: SignUpInput!) { signUp(input: $input) { token errors { code } } }",
        {
            "input": {
                "email": "ada@example.com",
                "password": PASSWORD,
                "fullName": "Ada Lovelace",
                "companyName": "Analytical Ads",
                "birthDate": "1990-12-10",
                "acceptedPolicyVersion": "1",
            }
        },
        **headers,
    )
    token = signed_up["data"]["signUp"]["token"]
    assert await _notices(client, token) == []  # never for the sign-up session

    same = await gql(
        "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
        {"i": {"email": "ada@example.com", "password": PASSWORD}},
        **headers,
    )
    assert same["data"]["logIn"]["token"]
    assert await _notices(client, token) == []  # the sign-up's device and network

    for _ in range(2):  # a phone on another network: told once
        other = await gql(
            "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
            {"i": {"email": "ada@example.com", "password": PASSWORD}},
            **{"x-forwarded-for": "198.51.100.23", "user-agent": SAFARI},
        )
        assert other["data"]["logIn"]["token"]
    [notice] = await _notices(client, token)
    assert notice["title"] == "New sign-in to your QuantixOne account"
    assert "198.51.100.23" in notice["body"] and "Mobile Safari on iOS" in notice["body"]
    assert notice["link"] == "/settings/security"

    [mail] = await mails_to("ada@example.com", "SECURITY_NOTICE")
    assert "IP address: 198.51.100.23" in mail.body_text
    assert "Browser: Mobile Safari on iOS" in mail.body_text
    assert "Time: " in mail.body_text and " UTC" in mail.body_text
    assert PASSWORD not in mail.body_text and "qxs_" not in mail.body_text
    assert "http://testserver/settings/security" in mail.body_text

    await SignInDevice.all().update(last_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=91))
    await gql(
        "mutation($i: LogInInput!) { logIn(input: $i) { token } }",
        {"i": {"email": "ada@example.com", "password": PASSWORD}},
        **headers,
    )
    assert len(await _notices(client, token)) == 2


async def test_a_lockout_is_noticed_at_most_once_a_day_naming_the_address(client: httpx.AsyncClient) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="locked@example.com"))["token"]
    for _ in range(5):
        wrong = await log_in(gql, "locked@example.com", "not the password at all", "192.0.2.77")
        assert wrong["data"]["logIn"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    locked = await log_in(gql, "locked@example.com", PASSWORD, "192.0.2.77")
    assert locked["data"]["logIn"]["errors"][0]["code"] == "ACCOUNT_LOCKED"
    [notice] = await _notices(client, token)
    assert notice["title"] == "Sign-ins to your QuantixOne account were blocked"
    assert "IP address: 192.0.2.77" in notice["body"] and "/24" not in notice["body"]

    await lockout.lift(email_key("locked@example.com"))
    for _ in range(5):  # locked again the same day: no second notice
        await log_in(gql, "locked@example.com", "not the password at all", "192.0.2.78")
    assert (await log_in(gql, "locked@example.com", PASSWORD, "192.0.2.78"))["data"]["logIn"]["errors"][0][
        "code"
    ] == "ACCOUNT_LOCKED"
    assert len(await _notices(client, token)) == 1
    [mail] = await mails_to("locked@example.com", "SECURITY_NOTICE")
    assert "IP address: 192.0.2.77" in mail.body_text and "Browser: " in mail.body_text
    assert "Time: " in mail.body_text and "not the password" not in mail.body_text


async def test_no_notice_when_the_email_has_no_account(client: httpx.AsyncClient) -> None:
    gql = GraphQLClient(client)
    for _ in range(6):
        await log_in(gql, "nobody@example.com", "not the password at all", "192.0.2.99")
    assert await mails_to("nobody@example.com") == []


async def test_password_change_and_mfa_off_are_noticed_without_secrets(client: httpx.AsyncClient) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="careful@example.com"))["token"]
    changed = await gql.data(
        CHANGE_PASSWORD, {"input": {"currentPassword": PASSWORD, "newPassword": "brand new secret words"}}, token=token
    )
    assert changed["changePassword"]["errors"] == []
    secret, codes = await enrol_mfa(gql, token)
    off = await gql.data(DISABLE_MFA, {"input": {"code": totp_now(secret)}}, token=token)
    assert off["disableMfa"]["errors"] == []

    titles = [n["title"] for n in await _notices(client, token)]
    assert titles == ["Two-factor authentication was turned off", "Your QuantixOne password was changed"]
    mails = await mails_to("careful@example.com", "SECURITY_NOTICE")
    assert [m.subject for m in mails] == list(reversed(titles))
    text = "".join(m.body_text for m in mails)
    for value in ("brand new secret words", PASSWORD, secret, *codes):
        assert value not in text


async def test_an_owner_resetting_a_members_mfa_tells_the_member_with_the_time_ip_and_browser(
    client: httpx.AsyncClient,
) -> None:
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER)
    member, _ = await make_user(org, role=Role.MEMBER, email="member@example.com")
    await User.filter(id=member.id).update(mfa_enabled=True)
    reset = await GraphQLClient(client, owner_token).data(
        RESET_MEMBER_MFA, {"input": {"userId": to_global_id("User", member.id)}}, **{"x-forwarded-for": "203.0.113.50"}
    )
    assert reset["resetMemberMfa"]["errors"] == []
    [mail] = await mails_to("member@example.com", "SECURITY_NOTICE")
    assert mail.subject == "Two-factor authentication was turned off"
    assert "IP address: 203.0.113.50" in mail.body_text and "/24" not in mail.body_text
    assert "Time: " in mail.body_text and "Browser: " in mail.body_text
    relogged = await log_in(GraphQLClient(client), "member@example.com", DEFAULT_PASSWORD)
    notices = await _notices(client, relogged["data"]["logIn"]["token"])
    [notice] = [n for n in notices if n["title"] == "Two-factor authentication was turned off"]
    assert "An owner of your organisation" in notice["body"]


async def test_a_new_api_token_is_noticed_by_name_never_by_secret(client: httpx.AsyncClient) -> None:
    gql = GraphQLClient(client)
    token = (await sign_up(gql, email="builder@example.com"))["token"]
    created = await gql.data(
        CREATE_TOKEN, {"input": {"name": "Zapier sync", "scopes": ["leads:read"], "expiresAt": None}}, token=token
    )
    secret = created["createApiToken"]["secret"]
    [notice] = await _notices(client, token)
    assert notice["title"] == "A new API token was created" and "Zapier sync" in notice["body"]
    [mail] = await mails_to("builder@example.com", "SECURITY_NOTICE")
    assert "Zapier sync" in mail.body_text
    assert secret not in mail.body_text and secret[:7] not in mail.body_text
