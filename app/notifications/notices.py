"""Security notices (SPEC §7.1): the account holder is told, by mail and in the app, when something happens to
their account that they would want to know about if it was not them.

A sign-in from a device and IP pair not seen for the user in 90 days (never for the sign-up session), a lockout
(at most one notice per user per 24 hours), MFA turned off, a password change and a new API token. Each names
the time, the IP address and the browser, whoever's address it is ("the mail names the time, IP and browser,
never a secret"): the account holder needs the address to tell their own attempts from someone else's.
"Device" = browser family + OS family, read from the User-Agent by ua-parser (the maintained port of uap-core's
rules: hand-written patterns would misname browsers as soon as vendors change their strings).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any

from tortoise.exceptions import IntegrityError
from ua_parser import parse as parse_user_agent

from app.accounts.security_events import SecurityEvent, subscribe
from app.notifications.models import Notification, NotificationKind, SignInDevice
from app.notifications.services import notify
from app.request_context import current_request
from app.security.crypto import PLATFORM_SCOPE, blind_index, blind_index_candidates

DEVICE_MEMORY = dt.timedelta(days=90)
LOCKOUT_NOTICE_EVERY = dt.timedelta(hours=24)
SECURITY_LINK = "/settings/security"
IF_NOT_YOU = (
    "If this was you, there is nothing to do. If it was not, change your password, turn on two-factor "
    "authentication and end the sessions you do not recognise."
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@functools.lru_cache(maxsize=1024)
def device_of(user_agent: str | None) -> tuple[str, str]:
    """(browser family, OS family) of a User-Agent, e.g. ("Firefox", "Windows"); "Other" when unknown."""
    parsed = parse_user_agent(user_agent or "")
    browser = parsed.user_agent.family if parsed.user_agent else "Other"
    system = parsed.os.family if parsed.os else "Other"
    return browser, system


def _facts(ip: str | None, when: dt.datetime) -> str:
    browser, system = device_of(current_request().user_agent)
    return f"Time: {when:%Y-%m-%d %H:%M} UTC\nIP address: {ip or 'unknown'}\nBrowser: {browser} on {system}"


async def _notice(user_id: uuid.UUID, topic: str, title: str, what: str, *, ip: str | None) -> None:
    body = f"{what}\n\n{_facts(ip, _now())}\n\n{IF_NOT_YOU}"
    await notify(
        NotificationKind.SECURITY_NOTICE,
        user_ids=[user_id],
        title=title,
        body=body,
        link=SECURITY_LINK,
        mail=True,
        topic=topic,
    )


async def signed_in(user_id: uuid.UUID, *, sign_up: bool = False) -> None:
    """Remember this sign-in's device and IP; tell the user when the pair is new to them within 90 days."""
    request = current_request()
    browser, system = device_of(request.user_agent)
    pair = f"{user_id}|{browser}|{system}|{request.client_ip or 'unknown'}"
    now = _now()
    known = await SignInDevice.filter(
        user_id=user_id, fingerprint__in=blind_index_candidates(PLATFORM_SCOPE, "sign-in-device", pair)
    ).first()
    recent = known is not None and known.last_seen_at >= now - DEVICE_MEMORY
    fingerprint = blind_index(PLATFORM_SCOPE, "sign-in-device", pair)
    if known is not None:
        await SignInDevice.filter(id=known.id).update(last_seen_at=now, fingerprint=fingerprint)
    else:
        try:
            await SignInDevice.create(user_id=user_id, fingerprint=fingerprint, last_seen_at=now)
        except IntegrityError:
            return  # a concurrent sign-in from the same pair recorded it and tells the user
    if sign_up or recent:
        return
    await _notice(
        user_id,
        "security.new_sign_in",
        "New sign-in to your QuantixOne account",
        "Your account was signed in to from a device or network it has not used in the last 90 days.",
        ip=request.client_ip,
    )


async def locked_out(user_id: uuid.UUID) -> None:
    """Sign-ins to the account were blocked after repeated failures (one notice per user per 24 hours)."""
    since = _now() - LOCKOUT_NOTICE_EVERY
    if await Notification.filter(user_id=user_id, topic="security.lockout", created_at__gte=since).exists():
        return
    await _notice(
        user_id,
        "security.lockout",
        "Sign-ins to your QuantixOne account were blocked",
        "After several failed attempts, sign-ins to your account from the address below are blocked for a while.",
        ip=current_request().client_ip,
    )


async def mfa_turned_off(user_id: uuid.UUID, *, by_owner: bool = False) -> None:
    """MFA was turned off by the user, or by their organisation's OWNER (the address is the owner's)."""
    what = "Two-factor authentication is now off for your account, and your other sessions were ended."
    if by_owner:
        what = (
            "An owner of your organisation turned off two-factor authentication for your account (a lost "
            "device), and your sessions were ended. Turn it on again when you next sign in."
        )
    await _notice(
        user_id,
        "security.mfa_off",
        "Two-factor authentication was turned off",
        what,
        ip=current_request().client_ip,
    )


async def password_changed(user_id: uuid.UUID) -> None:
    await _notice(
        user_id,
        "security.password_changed",
        "Your QuantixOne password was changed",
        "The password of your account was changed, and your other sessions were ended.",
        ip=current_request().client_ip,
    )


async def api_token_created(user_id: uuid.UUID, token_name: str) -> None:
    await _notice(
        user_id,
        "security.api_token_created",
        "A new API token was created",
        f"An API token named \u201c{token_name}\u201d was created with your account. It works until it is revoked "
        "or expires; revoke it under API tokens if you do not know it.",
        ip=current_request().client_ip,
    )


@subscribe
async def on_security_event(event: SecurityEvent, user_id: uuid.UUID, facts: dict[str, Any]) -> None:
    """Accounts announces (app.accounts.security_events); the notice is written here."""
    if event is SecurityEvent.SIGNED_IN:
        await signed_in(user_id, sign_up=bool(facts.get("sign_up")))
    elif event is SecurityEvent.LOCKED_OUT:
        await locked_out(user_id)
    elif event is SecurityEvent.MFA_TURNED_OFF:
        await mfa_turned_off(user_id, by_owner=bool(facts.get("by_owner")))
    elif event is SecurityEvent.PASSWORD_CHANGED:
        await password_changed(user_id)
    elif event is SecurityEvent.API_TOKEN_CREATED:
        await api_token_created(user_id, str(facts.get("token_name", "")))
