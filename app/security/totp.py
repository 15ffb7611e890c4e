"""TOTP (RFC 6238) second factor: 30-second steps, 6 digits, a window of one step either side.

Each step is accepted at most once per user: callers pass the last step used and store the step returned.
"""

from __future__ import annotations

import time

import pyotp

STEP_SECONDS = 30
DIGITS = 6
WINDOW = 1  # steps accepted either side of now, for clock drift
ISSUER = "QuantixOne"


def new_secret() -> str:
    """A random base32 secret (160 bits), what authenticator apps expect."""
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, account_name: str, issuer: str = ISSUER) -> str:
    """The `otpauth://totp/...` URI an authenticator app reads from a QR code."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=account_name, issuer_name=issuer
    )


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def code_at(secret: str, step: int) -> str:
    return pyotp.HOTP(secret, digits=DIGITS).at(step)


def looks_like_totp(code: str) -> bool:
    text = code.strip().replace(" ", "")
    return len(text) == DIGITS and text.isdigit()


def matching_step(secret: str, code: str, *, last_used_step: int | None, now: float | None = None) -> int | None:
    """The step whose code equals `code` within the window and after `last_used_step`, else None."""
    text = code.strip().replace(" ", "")
    if not looks_like_totp(text):
        return None
    hotp = pyotp.HOTP(secret, digits=DIGITS)
    base = current_step(now)
    for step in range(base - WINDOW, base + WINDOW + 1):
        if last_used_step is not None and step <= last_used_step:
            continue
        if pyotp.utils.strings_equal(hotp.at(step), text):
            return step
    return None
