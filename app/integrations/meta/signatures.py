"""Signatures Meta and we exchange: webhook `X-Hub-Signature-256`, `signed_request`, and our OAuth state.

Every check is over the exact bytes received (never a re-serialisation) and uses constant-time compares.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any


class SignatureError(ValueError):
    """A signature, encoding or algorithm did not check out; the caller answers 400/401 and changes nothing."""


def _b64url_decode(text: str) -> bytes:
    """base64url with or without padding; anything else (standard alphabet, junk) is refused."""
    stripped = text.rstrip("=")
    if not stripped or any(c not in _B64URL for c in stripped) or len(stripped) % 4 == 1:
        raise SignatureError("not base64url")
    try:
        return base64.urlsafe_b64decode(stripped + "=" * (-len(stripped) % 4))
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("not base64url") from exc


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _b64url_encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


# --- webhooks ------------------------------------------------------------------------------------------


def hub_signature(app_secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def verify_hub_signature(app_secret: str, body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature-256: sha256=<hex>` over the raw body, keyed with the app secret."""
    if not header:
        return False
    expected = hub_signature(app_secret, body)
    candidate = header.strip()
    if candidate[:7].lower() == "sha256=":
        candidate = "sha256=" + candidate[7:].lower()
    return hmac.compare_digest(expected.encode(), candidate.encode("utf-8", "replace"))


# --- signed_request (deauthorize, data deletion) ----------------------------------------------------------


def parse_signed_request(app_secret: str, signed_request: str | None) -> dict[str, Any]:
    """Verify `b64url(HMAC-SHA256(payload_b64)).payload_b64` and return the payload (META.md §4.2)."""
    if not signed_request or not isinstance(signed_request, str):
        raise SignatureError("signed_request is missing")
    parts = signed_request.strip().split(".")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise SignatureError("signed_request must have two parts")
    encoded_sig, encoded_payload = parts
    signature = _b64url_decode(encoded_sig)
    payload_raw = _b64url_decode(encoded_payload)
    try:
        payload = json.loads(payload_raw.decode("utf-8"))  # UTF-8 only (json.loads alone takes UTF-16 too)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise SignatureError("payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise SignatureError("payload is not an object")
    algorithm = payload.get("algorithm")
    if not isinstance(algorithm, str) or algorithm.upper() != "HMAC-SHA256":
        raise SignatureError("unsupported algorithm")
    expected = hmac.new(app_secret.encode(), encoded_payload.encode("ascii"), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, signature):
        raise SignatureError("bad signature")
    return payload


def make_signed_request(app_secret: str, payload: dict[str, Any]) -> str:
    """What Meta sends; used by the sandbox demo and tests."""
    encoded = _b64url_encode(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(app_secret.encode(), encoded.encode("ascii"), hashlib.sha256).digest()
    return f"{_b64url_encode(sig)}.{encoded}"


# --- OAuth state -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateClaims:
    nonce: uuid.UUID
    expires: int


def sign_state(secret_key: str, nonce: uuid.UUID, expires: int) -> str:
    """`<nonce>.<expiry>.<mac>`: the nonce names the single-use row that binds user, org and redirectUri."""
    body = f"{nonce.hex}.{expires}"
    mac = hmac.new(_state_key(secret_key), body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64url_encode(mac)}"


def read_state(secret_key: str, state: str | None, *, now: float | None = None) -> StateClaims:
    if not state or len(state) > 200:
        raise SignatureError("state is missing")
    parts = state.split(".")
    if len(parts) != 3:
        raise SignatureError("state is malformed")
    nonce_hex, expires_text, mac_text = parts
    expected = hmac.new(_state_key(secret_key), f"{nonce_hex}.{expires_text}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _b64url_decode(mac_text)):
        raise SignatureError("state signature is wrong")
    try:
        nonce = uuid.UUID(hex=nonce_hex)
        expires = int(expires_text)
    except ValueError as exc:
        raise SignatureError("state is malformed") from exc
    if (now if now is not None else time.time()) > expires:
        raise SignatureError("state has expired")
    return StateClaims(nonce=nonce, expires=expires)


def _state_key(secret_key: str) -> bytes:
    return hashlib.sha256(b"quantix-meta-oauth-state:" + secret_key.encode()).digest()
