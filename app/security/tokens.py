"""Opaque bearer tokens: random, prefixed, stored only as SHA-256."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid

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


def signed_id(secret: str, purpose: bytes, pk: uuid.UUID) -> str:
    """`<id hex><HMAC>`: a link token that names one row of one purpose and cannot be forged or guessed (a
    token of another purpose never stands for it)."""
    mac = hmac.new(secret.encode(), purpose + b":" + pk.bytes, hashlib.sha256)
    return pk.hex + base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode("ascii")


def parse_signed_id(secret: str, purpose: bytes, token: str) -> uuid.UUID | None:
    """The id a `signed_id` token names, or None for anything else."""
    if len(token) < 40:
        return None
    try:
        pk = uuid.UUID(hex=token[:32])
    except ValueError:
        return None
    return pk if hmac.compare_digest(signed_id(secret, purpose, pk), token) else None
