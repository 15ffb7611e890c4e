"""Opaque bearer tokens: random, prefixed, stored only as SHA-256."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SESSION_PREFIX = "qxs_"
API_TOKEN_PREFIX = "qx_"


def new_token(prefix: str, nbytes: int = 32) -> str:
    return prefix + base64.urlsafe_b64encode(secrets.token_bytes(nbytes)).rstrip(b"=").decode("ascii")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def constant_time_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def numeric_code(digits: int = 6) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(digits))
