"""Sign-in lockout and throttles (SPEC §6 "Lockout and throttles").

- 5 failed sign-ins for one email from one client IP within 15 min lock that IP out of that email
  (`ACCOUNT_LOCKED`) for 15 min, doubling with each further lock within 24 h, up to 24 h.
- Across IPs, an email takes at most 10 failures per 15 min; past that, callers are throttled
  (`RATE_LIMITED` with a retry-after). An IP is not locked by the failure that brings the email to that
  ceiling: from then on the email-wide throttle answers for it.
- The rules apply whether or not an account exists. A password reset lifts every lock of the email.
Keys hold only the email's blind index and a keyed hash of the IP, never the address itself.

A signed-in user's own password or code check (changePassword, confirmMfaEnrollment, disableMfa,
regenerateRecoveryCodes) is throttled per user like requestAccountDeletion's: after 5 wrong answers within
15 min, `RATE_LIMITED`, so a stolen session cannot guess the password or TOTP codes without limit. Only wrong
answers count: an account's own MFA and password changes are never refused for being done right.
"""

from __future__ import annotations

import uuid

from app.errors import DomainError, ErrorCode, RateLimited
from app.security import ratelimit
from app.security.ratelimit import Limit

IP_FAILURES = Limit("login-fail", 5, 15 * 60)
EMAIL_FAILURES = Limit("login-email", 10, 15 * 60)
LOCK_LEVEL = Limit("login-lock-level", 1_000_000, 24 * 3600)
REAUTH_FAILURES = Limit("reauth-fail", 5, 15 * 60)
LOCK = "login-lock"
BASE_LOCK_SECONDS = 15 * 60
MAX_LOCK_SECONDS = 24 * 3600


def _pair(email_key: str, ip: str | None) -> str:
    return f"{email_key}:{ratelimit.hashed(ip or 'unknown')}"


async def check(email_key: str, ip: str | None) -> None:
    """Refuse a sign-in attempt before any password is checked."""
    locked, retry_after = await ratelimit.peek(Limit(LOCK, 1, BASE_LOCK_SECONDS), _pair(email_key, ip))
    if locked and retry_after > 0:
        minutes = max(1, (retry_after + 59) // 60)
        raise DomainError(
            ErrorCode.ACCOUNT_LOCKED,
            f"Too many failed sign-ins from this network. Try again in {minutes} minute(s) or reset your password.",
            field="email",
        )
    failures, retry_after = await ratelimit.peek(EMAIL_FAILURES, email_key)
    if failures >= EMAIL_FAILURES.limit and retry_after > 0:
        raise RateLimited(retry_after, "Too many sign-in attempts for this account; try again later.")


async def record_failure(email_key: str, ip: str | None) -> bool:
    """Count a failed sign-in; True when it locked this IP out of this email."""
    pair = _pair(email_key, ip)
    email_failures, _ = await ratelimit.hit(EMAIL_FAILURES, email_key)
    ip_failures, _ = await ratelimit.hit(IP_FAILURES, pair)
    if ip_failures >= IP_FAILURES.limit and email_failures < EMAIL_FAILURES.limit:
        level, _ = await ratelimit.hit(LOCK_LEVEL, pair)
        seconds = min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (level - 1))
        await ratelimit.set_window(LOCK, pair, seconds)
        await ratelimit.clear(IP_FAILURES, pair)
        return True
    return False


async def record_success(email_key: str, ip: str | None) -> None:
    await ratelimit.clear(IP_FAILURES, _pair(email_key, ip))


async def lift(email_key: str) -> None:
    """A password reset proves control of the mailbox: forget every lock and failure of this email."""
    for name in (LOCK, IP_FAILURES.name, LOCK_LEVEL.name):
        await ratelimit.clear_prefix(name, f"{email_key}:")
    await ratelimit.clear(EMAIL_FAILURES, email_key)


async def check_reauthentication(user_id: uuid.UUID) -> None:
    """Refuse a signed-in user's password or code check once 5 have failed within 15 min. Callers hold the
    user's row lock, so answers sent at once are checked, and counted, one after another."""
    failures, retry_after = await ratelimit.peek(REAUTH_FAILURES, f"user:{user_id}")
    if failures >= REAUTH_FAILURES.limit and retry_after > 0:
        raise RateLimited(retry_after, "Too many wrong passwords or codes; try again later.")


async def record_reauthentication_failure(user_id: uuid.UUID) -> None:
    await ratelimit.hit(REAUTH_FAILURES, f"user:{user_id}")
