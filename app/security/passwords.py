"""Password hashing with argon2id (small parameters only under QUANTIX_ENV=test, to keep tests fast)."""

from __future__ import annotations

from functools import lru_cache

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
