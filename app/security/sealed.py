"""Files sealed at rest and handed out by link: a privacy export's ZIP and a list export of leads (SPEC §7.5, §7.7).

Both are stored as chunks sealed with AES-GCM under a data key of their own (nonce first; the export id and the
chunk's place in the AAD, so no chunk stands in for another), live 72 hours and allow 5 complete downloads at
`/exports/{token}`. One set of rules for both, so the two kinds of export cannot drift apart.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import uuid
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise.expressions import F
from tortoise.models import Model

from app.security.tokens import parse_signed_id, signed_id
from app.settings import get_settings

EXPORT_LIFETIME = dt.timedelta(hours=72)
MAX_DOWNLOADS = 5
CHUNK_SIZE = 256 * 1024
NONCE_SIZE = 12


class ExportGone(Exception):
    """The export expired, was used up, purged or deleted (410)."""


@dataclass(frozen=True)
class DownloadLinks:
    """The `/exports/{token}` links of one kind of export: the token is a `signed_id` under the kind's own purpose,
    so a token of one kind never opens an export of the other."""

    purpose: bytes

    def token(self, export_id: uuid.UUID) -> str:
        return signed_id(get_settings().secret_key, self.purpose, export_id)

    def parse(self, token: str) -> uuid.UUID | None:
        return parse_signed_id(get_settings().secret_key, self.purpose, token)

    def url(self, export_id: uuid.UUID) -> str:
        return f"{get_settings().base_url.rstrip('/')}/exports/{self.token(export_id)}"


def seal(aead: AESGCM, chunk: bytes, aad: bytes) -> bytes:
    """One stored chunk: a fresh nonce, then the ciphertext."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + aead.encrypt(nonce, chunk, aad)


def check_downloadable(expires_at: dt.datetime | None, downloads: int, now: dt.datetime) -> None:
    """ExportGone once the lifetime is over or the downloads are used up."""
    if expires_at is None or expires_at <= now or downloads >= MAX_DOWNLOADS:
        raise ExportGone()


def unsealed_chunks(
    export: Any, chunk_model: type[Model], aad: Callable[[uuid.UUID, int], bytes]
) -> AsyncGenerator[bytes]:
    """`export`'s plaintext, chunk by chunk; reading to the end counts one download on the export's row. A chunk
    deleted mid-download (purge, erasure) ends the stream without counting."""
    aead = AESGCM(base64.b64decode(export.data_key))

    async def stream() -> AsyncGenerator[bytes]:
        for seq in range(export.chunk_count):
            chunk: Any = await chunk_model.get_or_none(export_id=export.id, seq=seq)
            if chunk is None:
                return
            blob = bytes(chunk.data)
            yield aead.decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], aad(export.id, seq))
        await type(export).filter(id=export.id).update(downloads=F("downloads") + 1)

    return stream()
