"""`Stripe-Signature` verification (STRIPE.md §9.1): HMAC-SHA256 of `{t}.{raw body}` under the endpoint
secret; any `v1` may match (secret rolls), other schemes are ignored, and `t` older than 300 s is refused."""

from __future__ import annotations

import hashlib
import hmac
import time

TOLERANCE_SECONDS = 300


def verify_stripe_signature(
    secret: str, raw: bytes, header: str | None, *, now: float | None = None, tolerance: int = TOLERANCE_SECONDS
) -> bool:
    if not header or len(header) > 4096:
        return False
    timestamps: list[str] = []
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            continue
        if key == "t":
            timestamps.append(value)
        elif key == "v1":
            signatures.append(value)
    if len(timestamps) != 1 or not timestamps[0].isdigit() or not signatures:
        return False
    timestamp = int(timestamps[0])
    if timestamp < (time.time() if now is None else now) - tolerance:
        return False
    expected = hmac.new(secret.encode(), timestamps[0].encode() + b"." + raw, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected.encode(), s.encode()) for s in signatures)
