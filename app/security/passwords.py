"""Password hashing with argon2id (small parameters only under QUANTIX_ENV=test, to keep tests fast)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.settings import get_settings


@lru_cache(maxsize=2)
def _hasher(test_mode: bool) -> PasswordHasher:
    if test_mode:
        return PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    return PasswordHasher()  # argon2-cffi's RFC 9106 low-memory profile


def hasher() -> PasswordHasher:
    return _hasher(get_settings().env == "test")


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return hasher().verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Verifying against this when no account exists keeps sign-in timing the same for unknown emails.
_DUMMY: dict[bool, str] = {}


def burn_verification_time(password: str) -> None:
    test_mode = get_settings().env == "test"
    if test_mode not in _DUMMY:
        _DUMMY[test_mode] = hash_password("not-a-real-password-for-timing")
    verify_password(_DUMMY[test_mode], password)


def needs_rehash(stored_hash: str) -> bool:
    return hasher().check_needs_rehash(stored_hash)


# --- strength (SPEC §6: 12-128 characters, not common, not containing the email's local part) ---------

MIN_LENGTH = 12
MAX_LENGTH = 128
_ASCENDING = "1234567890" * 14
_DESCENDING = "0987654321" * 14
_COMMON_FILE = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = _COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(password: str, email: str | None = None) -> str | None:
    """Why a password is too weak, in words a person can act on; None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    lowered = password.lower()
    # A common password with digits or symbols around it is guessed just as fast.
    core = lowered.strip("0123456789!@#$%^&*()_-+=.,?~ ")
    common = common_passwords()
    sequential = lowered.isdigit() and (lowered in _ASCENDING or lowered in _DESCENDING)
    if lowered in common or (core and core in common) or len(set(lowered)) <= 2 or sequential:
        return "This password is too common; choose another."
    local_part = (email or "").strip().lower().split("@", 1)[0]
    if len(local_part) >= 3 and local_part in lowered:
        return "The password must not contain your email address."
    return None
