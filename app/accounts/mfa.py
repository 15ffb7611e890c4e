"""TOTP second factor and recovery codes (SPEC §4 MFA, §6 MFA).

A code is a TOTP within one step of now, each step accepted once (`User.totp_last_step`), or one of ten
single-use recovery codes stored only as keyed hashes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Awaitable, Callable

from tortoise.transactions import in_transaction

from app.accounts import lockout
from app.accounts.models import Membership, RecoveryCode, Role, User
from app.accounts.security_events import SecurityEvent, announce
from app.accounts.sessions import revoke_sessions
from app.accounts.trail import record_user_event
from app.errors import DomainError, ErrorCode
from app.security import totp
from app.settings import get_settings

RECOVERY_CODE_COUNT = 10
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (0/o, 1/l/i)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _normalize_recovery(code: str) -> str:
    return "".join(ch for ch in code.strip().lower() if ch.isalnum())


def recovery_hash(code: str) -> str:
    key = get_settings().secret_key.encode()
    return hmac.new(key, b"recovery:" + _normalize_recovery(code).encode(), hashlib.sha256).hexdigest()


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


async def _locked_user(user_id: uuid.UUID) -> User:
    """The user's row, locked until the transaction ends: MFA changes of one account run one at a time, each
    seeing the state (enabled, secret, recovery codes) the previous one left."""
    return await User.select_for_update(no_key=True).get(id=user_id)


async def _replace_recovery_codes(user_id: uuid.UUID) -> list[str]:
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    await RecoveryCode.filter(user_id=user_id).delete()
    await RecoveryCode.bulk_create([RecoveryCode(user_id=user_id, code_hash=recovery_hash(c)) for c in codes])
    return codes


async def _consume_totp(user: User, code: str) -> bool:
    if not user.totp_secret:
        return False
    step = totp.matching_step(user.totp_secret, code, last_used_step=user.totp_last_step)
    if step is None:
        return False
    qs = User.filter(id=user.id)
    qs = qs.filter(totp_last_step__isnull=True) if user.totp_last_step is None else qs.filter(totp_last_step__lt=step)
    if not await qs.update(totp_last_step=step):
        return False  # a concurrent request used this step first
    user.totp_last_step = step
    return True


async def _consume_recovery_code(user: User, code: str) -> bool:
    if len(_normalize_recovery(code)) != 12:
        return False
    return bool(
        await RecoveryCode.filter(user_id=user.id, code_hash=recovery_hash(code), used_at__isnull=True).update(
            used_at=_now()
        )
    )


async def verify_second_factor(user: User, code: str) -> str | None:
    """'totp' or 'recovery_code' when the code is good (and now spent), else None."""
    if totp.looks_like_totp(code):
        return "totp" if await _consume_totp(user, code) else None
    if await _consume_recovery_code(user, code):
        remaining = await RecoveryCode.filter(user_id=user.id, used_at__isnull=True).count()
        await record_user_event(
            "mfa.recovery_code_used",
            user.last_organization_id,
            user.id,
            actor_user_id=user.id,
            details={"remaining": remaining},
        )
        return "recovery_code"
    return None


async def begin_enrollment(user_id: uuid.UUID) -> tuple[str, str]:
    """A fresh secret for the authenticator app; MFA stays off until a code from it is confirmed."""
    secret = totp.new_secret()
    async with in_transaction():
        user = await _locked_user(user_id)  # never replaces the secret of an enrolment confirmed meanwhile
        if user.mfa_enabled:
            raise DomainError(ErrorCode.ALREADY_DONE, "Two-factor authentication is already on; disable it first.")
        user.totp_secret = secret
        user.totp_last_step = None
        await user.save(update_fields=["totp_secret", "totp_last_step", "updated_at"])
    return secret, totp.provisioning_uri(secret, user.email)


async def confirm_enrollment(
    user_id: uuid.UUID, code: str, *, keep_session_id: uuid.UUID | None = None
) -> tuple[User, list[str]]:
    """Turn MFA on; sessions opened with the password alone (other than this one) end. The code is checked
    against the secret stored when MFA goes on (under the user's lock), so a concurrent beginMfaEnrollment
    cannot swap in a secret nobody confirmed."""
    async with in_transaction():
        user = await _locked_user(user_id)
        if user.mfa_enabled:
            raise DomainError(ErrorCode.ALREADY_DONE, "Two-factor authentication is already on.", field="code")
        if not user.totp_secret:
            raise DomainError(ErrorCode.INVALID_STATE, "Start with beginMfaEnrollment.", field="code")
        await _check_code(user, lambda: _consume_totp(user, code))
        user.mfa_enabled = True
        await user.save(update_fields=["mfa_enabled", "updated_at"])
        codes = await _replace_recovery_codes(user.id)
    await revoke_sessions(user.id, except_session_id=keep_session_id)
    await record_user_event("mfa.enabled", user.last_organization_id, user.id)
    return user, codes


async def _check_code(user: User, check: Callable[[], Awaitable[object]]) -> None:
    """INVALID_OTP unless `check` (of the locked user's code) passes; a wrong code counts towards the user's
    re-authentication limit, and once that is spent no code is checked (RATE_LIMITED)."""
    await lockout.check_reauthentication(user.id)
    if not await check():
        await lockout.record_reauthentication_failure(user.id)
        raise DomainError(ErrorCode.INVALID_OTP, "The code is not valid.", field="code")


async def _require_code(user: User, code: str) -> None:
    if not user.mfa_enabled:
        raise DomainError(ErrorCode.INVALID_STATE, "Two-factor authentication is not on.", field="code")
    await _check_code(user, lambda: verify_second_factor(user, code))


async def disable(user_id: uuid.UUID, code: str, *, keep_session_id: uuid.UUID | None = None) -> User:
    """Turn MFA off; every other session ends. Of two at once, the second finds it off (INVALID_STATE)."""
    async with in_transaction():
        user = await _locked_user(user_id)
        await _require_code(user, code)
        await _turn_off(user)
    await revoke_sessions(user.id, except_session_id=keep_session_id)
    await record_user_event("mfa.disabled", user.last_organization_id, user.id)
    await announce(SecurityEvent.MFA_TURNED_OFF, user.id)
    return user


async def regenerate_recovery_codes(user_id: uuid.UUID, code: str) -> list[str]:
    """Ten new recovery codes replace all others (SPEC §6 MFA). Checking the code and replacing the set are
    one step under the user's lock: a concurrent call's old code is gone by the time it is checked."""
    async with in_transaction():
        user = await _locked_user(user_id)
        await _require_code(user, code)
        codes = await _replace_recovery_codes(user.id)
    await record_user_event("mfa.recovery_codes_regenerated", user.last_organization_id, user.id)
    return codes


async def _turn_off(user: User) -> None:
    user.mfa_enabled = False
    user.totp_secret = None
    user.totp_last_step = None
    await user.save(update_fields=["mfa_enabled", "totp_secret", "totp_last_step", "updated_at"])
    await RecoveryCode.filter(user_id=user.id).delete()


async def reset_member_mfa(organization_id: uuid.UUID, owner_id: uuid.UUID, user_id: uuid.UUID | None) -> User:
    """An OWNER turns off another member's MFA (lost device); the member's sessions end and must sign in
    again. Their own MFA goes off only with a code (`disable`): a stolen owner session must not strip it."""
    if user_id is not None and user_id == owner_id:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            "You cannot reset your own two-factor authentication; turn it off with a code (disableMfa).",
            field="userId",
        )
    membership = (
        await Membership.for_org(organization_id).filter(user_id=user_id).select_related("user").first()
        if user_id
        else None
    )
    if membership is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field="userId")
    user: User = membership.user
    await _turn_off(user)
    await revoke_sessions(user.id)
    await record_user_event(
        "mfa.reset_by_owner", organization_id, user.id, details={"role": Role(membership.role).name}
    )
    await announce(SecurityEvent.MFA_TURNED_OFF, user.id, by_owner=True)
    return user
