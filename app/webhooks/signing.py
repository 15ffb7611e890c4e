"""`X-Quantix-Signature: t=<unix>,v1=<hex>[,v1=<hex>]`: HMAC-SHA256 keyed by the secret's UTF-8 bytes over
`t + "." + raw body`. After a rotation both the new and the previous secret sign for 24 h, so a partner
can switch secrets without dropping a delivery. `verify` is what a partner runs (and what our tests run).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Sequence

SECRET_PREFIX = "whsec_"
SIGNATURE_HEADER = "X-Quantix-Signature"
EVENT_ID_HEADER = "X-Quantix-Event-Id"
EVENT_TYPE_HEADER = "X-Quantix-Event-Type"
DEFAULT_TOLERANCE = 300  # seconds a receiver should accept between `t` and its clock


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_header(secrets_: Sequence[str], timestamp: int, body: bytes) -> str:
    """One `v1=` per signing secret, the current secret first."""
    parts = [f"t={timestamp}"] + [f"v1={signature(s, timestamp, body)}" for s in secrets_]
    return ",".join(parts)


def parse_header(header: str) -> tuple[int | None, list[str]]:
    timestamp: int | None = None
    found: list[str] = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1" and value:
            found.append(value)
    return timestamp, found


def verify(
    secret: str, header: str, body: bytes, *, tolerance: int = DEFAULT_TOLERANCE, now: float | None = None
) -> bool:
    """True when one `v1` of the header is the secret's signature of the body and `t` is recent."""
    timestamp, found = parse_header(header)
    if timestamp is None or not found:
        return False
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, candidate) for candidate in found)
