"""Keyring (AES-256-GCM) and keyed blind indexes.

Ciphertexts look like `qx1.<key id>.<base64url(nonce || ciphertext+tag)>` so a reader can tell which key
sealed a value (rotation re-encrypts whatever is not under the first key). Blind indexes are
HMAC-SHA256 under a per-organisation key derived with HKDF, so equal values in two organisations never
share an index.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.settings import get_settings

PREFIX = "qx1"
PLATFORM_SCOPE = "platform"  # blind-index scope of rows that belong to no organisation (user accounts)


class DecryptionError(ValueError):
    """A stored value could not be opened by any key of the keyring."""


def _b64e(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(key: bytes) -> str:
    """A short public name for a key: never the key, and stable across processes."""
    return hashlib.sha256(b"quantix-key-id:" + key).hexdigest()[:12]


class Keyring:
    """The first key encrypts; every key decrypts."""

    def __init__(self, keys: Iterable[bytes]) -> None:
        self.keys = tuple(keys)
        if not self.keys:
            raise ValueError("a keyring needs at least one key")
        self._by_id = {key_id(k): AESGCM(k) for k in self.keys}
        self.primary_id = key_id(self.keys[0])
        self._primary = self._by_id[self.primary_id]

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._primary.encrypt(nonce, plaintext.encode("utf-8"), None)
        return f"{PREFIX}.{self.primary_id}.{_b64e(nonce + sealed)}"

    def decrypt(self, token: str) -> str:
        try:
            prefix, kid, body = token.split(".", 2)
        except ValueError as exc:
            raise DecryptionError("not a QuantixOne ciphertext") from exc
        aead = self._by_id.get(kid)
        if prefix != PREFIX or aead is None:
            raise DecryptionError(f"no key in the keyring for key id {kid!r}")
        raw = _b64d(body)
        try:
            return aead.decrypt(raw[:12], raw[12:], None).decode("utf-8")
        except InvalidTag as exc:
            raise DecryptionError("ciphertext failed authentication") from exc

    @staticmethod
    def key_id_of(token: str) -> str | None:
        parts = token.split(".", 2)
        return parts[1] if len(parts) == 3 and parts[0] == PREFIX else None

    def is_current(self, token: str) -> bool:
        return self.key_id_of(token) == self.primary_id


@lru_cache(maxsize=4)
def _keyring_for(keys: tuple[bytes, ...]) -> Keyring:
    return Keyring(keys)


def keyring() -> Keyring:
    return _keyring_for(get_settings().encryption_keys)


def encrypt(plaintext: str) -> str:
    return keyring().encrypt(plaintext)


def decrypt(token: str) -> str:
    return keyring().decrypt(token)


# --- blind indexes -------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _scope_key(master: bytes, scope: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"quantix-blind-index-v1", info=scope.encode("utf-8")
    ).derive(master)


def _mac(master: bytes, scope: str, kind: str, value: str) -> str:
    key = _scope_key(master, scope)
    return hmac.new(key, f"{kind}\x00{value}".encode(), hashlib.sha256).hexdigest()[:40]


def blind_index(scope: str, kind: str, normalized: str) -> str:
    """The index under the first blind-index key: what new rows store."""
    return _mac(get_settings().blind_index_keys[0], scope, kind, normalized)


def blind_index_candidates(scope: str, kind: str, normalized: str) -> list[str]:
    """The index under every blind-index key: what lookups match against."""
    return [_mac(k, scope, kind, normalized) for k in get_settings().blind_index_keys]


def scope_of(organization_id: object | None) -> str:
    return f"org:{organization_id}" if organization_id is not None else PLATFORM_SCOPE


# --- normalisation used by the indexes ------------------------------------------------------------------


def normalize_email(value: str) -> str:
    return value.strip().lower()


_WORD_SPLIT = re.compile(r"[\W_]+", re.UNICODE)


def name_words(value: str) -> list[str]:
    """NFKD, diacritics dropped, casefolded, split on whitespace and punctuation (SPEC §6 search)."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return [w for w in _WORD_SPLIT.split(stripped.casefold()) if w]


_PHONE_JUNK = re.compile(r"[\s\-.()]")


def phone_digits(value: str) -> str:
    return _PHONE_JUNK.sub("", value.strip())


def normalize_phone(value: str, default_country: str | None = None) -> str | None:
    """E.164 form, or None when the text is not a plausible phone number."""
    import phonenumbers

    text = phone_digits(value)
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        parsed = phonenumbers.parse(text, None if text.startswith("+") else (default_country or "US"))
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def sha256_hex(value: str | bytes) -> str:
    data = value.encode("utf-8") if isinstance(value, str) else value
    return hashlib.sha256(data).hexdigest()
