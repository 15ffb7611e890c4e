"""Signed erasure receipts: RFC 8785 canonical JSON, Ed25519, and the JWK Set that verifies them.

Anyone holding a receipt can check it offline against `/.well-known/quantix-receipt-key`, which lists
every public key that ever signed one (so old receipts stay verifiable after the signing key changes).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.privacy.erasure_models import ReceiptKey
from app.settings import get_settings

# What a receipt signs, and the value of a field an outcome leaves out: `disclosures` says what left, to whom
# and when (per recipient: count, first and last send; SPEC §7.6), so the signed document covers it too.
RECEIPT_FIELDS: dict[str, Any] = {
    "requestId": None,
    "subjectKind": None,
    "completedAt": None,
    "categories": None,
    "kept": None,
    "disclosures": [],
}


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    x: str  # base64url raw public key
    kid: str  # RFC 7638 JWK thumbprint

    def jwk(self) -> dict[str, str]:
        return public_jwk(self.kid, self.x)


def public_jwk(kid: str, x: str) -> dict[str, str]:
    return {"kty": "OKP", "crv": "Ed25519", "kid": kid, "x": x, "alg": "EdDSA", "use": "sig"}


def thumbprint(x: str) -> str:
    """RFC 7638 thumbprint of an Ed25519 public JWK: stable, public, derived from the key alone."""
    canonical = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": x}, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode()).digest())


def signing_key(seed: bytes | None = None) -> SigningKey:
    private = Ed25519PrivateKey.from_private_bytes(seed if seed is not None else get_settings().receipt_signing_key)
    x = b64url(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    return SigningKey(private, x, thumbprint(x))


def canonical_payload(outcome: dict[str, Any]) -> str:
    """The receipt's payload: the outcome's receipt fields as RFC 8785 canonical JSON."""
    return rfc8785.dumps({name: outcome.get(name, empty) for name, empty in RECEIPT_FIELDS.items()}).decode("utf-8")


async def remember_key(key: SigningKey) -> None:
    await ReceiptKey.get_or_create(kid=key.kid, defaults={"public_key": key.x})


async def sign_outcome(outcome: dict[str, Any]) -> dict[str, str]:
    """`{payload, signature, keyId}` for an outcome; the public key is recorded before it is used."""
    key = signing_key()
    await remember_key(key)
    payload = canonical_payload(outcome)
    signature = key.private.sign(payload.encode("utf-8"))
    return {"payload": payload, "signature": b64url(signature), "keyId": key.kid}


def verify_receipt(receipt: dict[str, str], jwk: dict[str, str]) -> bool:
    """Check a receipt against one JWK (what an offline verifier does)."""
    from cryptography.exceptions import InvalidSignature

    public = Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))
    try:
        public.verify(b64url_decode(receipt["signature"]), receipt["payload"].encode("utf-8"))
    except InvalidSignature:
        return False
    return True


async def jwk_set() -> dict[str, list[dict[str, str]]]:
    """Every key ever used, plus the current one (so a verifier can fetch it before the first receipt)."""
    current = signing_key()
    keys = {row.kid: row.public_key for row in await ReceiptKey.all().order_by("created_at")}
    keys.setdefault(current.kid, current.x)
    return {"keys": [public_jwk(kid, x) for kid, x in keys.items()]}
