"""Inbound WhatsApp media (SPEC §7.6, §7.7; META-2 §13): a MEDIA_DOWNLOAD job fetches each attachment from
Meta (media id -> short-lived URL -> bytes, limits checked before and while reading), stores it under
QUANTIX_MEDIA_DIR sealed with a key of its own (kept on the row: when the row goes, with the lead or by
retention, the file is unreadable; a sweep then removes the file), and `GET /media/{token}` serves it
through signed links that live 15 minutes, minted on each read and never stored.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import logging
import mimetypes
import os
import secrets
import struct
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from app.accounts.models import Membership
from app.audit import services as audit
from app.classification import DataCategory
from app.events import DomainEvent, EventType, batch_for, subscribe
from app.integrations.meta.graph import GraphClient, MetaError, MetaRetryable, retry_later
from app.integrations.meta.transport import meta_transport
from app.jobs import Job, JobKind, RetryLater, cron, enqueue, handler
from app.messaging.inbox_models import MediaKind, MediaStatus, WhatsAppMedia
from app.messaging.models import WhatsAppConfig
from app.privacy.subject_files import provide_subject_files
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.messaging.media")

MB = 1024 * 1024
# Meta's limits per kind (META-2 §13.4); stickers: 500 KB animated (100 KB static).
LIMITS: dict[MediaKind, int] = {
    MediaKind.IMAGE: 5 * MB,
    MediaKind.AUDIO: 16 * MB,
    MediaKind.VIDEO: 16 * MB,
    MediaKind.DOCUMENT: 100 * MB,
    MediaKind.STICKER: 500 * 1024,
}
STATIC_STICKER_LIMIT = 100 * 1024
WEBHOOK_TYPES = {k.value.lower(): k for k in MediaKind}
INLINE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})  # SPEC §7.7: everything else is an attachment
LINK_LIFETIME = dt.timedelta(minutes=15)
MAX_DOWNLOAD_ATTEMPTS = 4
ALLOWED_HOST_SUFFIXES = (".fbsbx.com", ".fbcdn.net")
USER_AGENT = "QuantixOne/1.0 (+WhatsApp media download)"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def media_root(settings: Settings | None = None) -> Path:
    return Path((settings or get_settings()).media_dir)


def _path(media: WhatsAppMedia) -> Path:
    return media_root() / str(media.organization_id) / str(media.storage_name)


# --- inbound ---------------------------------------------------------------------------------------------


def media_item(message: dict[str, Any]) -> tuple[MediaKind, dict[str, Any]] | None:
    kind = WEBHOOK_TYPES.get(str(message.get("type") or ""))
    item = message.get(str(message.get("type") or "")) if kind else None
    if kind is None or not isinstance(item, dict) or not str(item.get("id") or ""):
        return None
    return kind, item


def caption_of(message: dict[str, Any]) -> str | None:
    found = media_item(message)
    return str(found[1].get("caption") or "") or None if found else None


async def record_inbound_media(
    organization_id: uuid.UUID, lead_id: uuid.UUID, message_id: uuid.UUID, message: dict[str, Any]
) -> WhatsAppMedia | None:
    """The attachment's metadata now (PENDING), its bytes by a MEDIA_DOWNLOAD job."""
    found = media_item(message)
    if found is None:
        return None
    kind, item = found
    media = await WhatsAppMedia.create(
        organization_id=organization_id,
        lead_id=lead_id,
        message_id=message_id,
        kind=kind,
        meta_media_id=str(item["id"])[:128],
        mime_type=str(item.get("mime_type") or "")[:255] or None,
        filename=str(item.get("filename") or "")[:255] or None,
        caption=str(item.get("caption") or "")[:4096] or None,
        sha256=str(item.get("sha256") or "")[:128] or None,
    )
    limit = LIMITS[kind]
    if kind is MediaKind.STICKER and item.get("animated") is False:
        limit = STATIC_STICKER_LIMIT
    await enqueue(
        JobKind.MEDIA_DOWNLOAD,
        {"media_id": str(media.id), "limit": limit},
        organization_id=organization_id,
        dedupe_key=f"media-download:{media.id}",
    )
    return media


# --- download --------------------------------------------------------------------------------------------


class MediaRefused(Exception):
    """A permanent reason not to store the file (over the limit, not found at Meta, a foreign host)."""


def _allowed_url(url: str, settings: Settings) -> bool:
    """Meta's CDN over https, or the configured Graph host itself (the sandbox and tests)."""
    parts = urlsplit(url)
    graph = urlsplit(settings.meta_graph_url)
    if parts.scheme == graph.scheme and parts.netloc == graph.netloc:
        return True
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and any(host.endswith(s) for s in ALLOWED_HOST_SUFFIXES)


def _size(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


async def fetch_bytes(token: str, meta_media_id: str, limit: int, settings: Settings) -> tuple[bytes, dict[str, Any]]:
    """Media id -> metadata (URL, size) -> bytes. Meta's declared size, the response's Content-Length and the
    bytes actually read are each held against `limit` before more is read."""
    async with GraphClient(settings, access_token=token, max_retries=0) as graph:
        meta = await graph.get(meta_media_id)
    if not isinstance(meta, dict) or not meta.get("url"):
        raise MediaRefused("Meta gave no download URL")
    declared = _size(meta.get("file_size"))
    if declared is not None and declared > limit:
        raise MediaRefused(f"The file is over Meta's limit for its type ({declared} > {limit} bytes)")
    url = str(meta["url"])
    if not _allowed_url(url, settings):
        raise MediaRefused("The download URL is not on Meta's media host")
    headers = {"authorization": f"Bearer {token}", "user-agent": USER_AGENT}
    async with httpx.AsyncClient(
        transport=meta_transport(settings), timeout=httpx.Timeout(60.0), follow_redirects=False
    ) as http:
        async with http.stream("GET", url, headers=headers) as response:
            if response.status_code >= 500 or response.status_code == 429:
                raise RetryLater(30.0, f"Meta's media host answered {response.status_code}")
            if response.status_code != 200:
                raise MediaRefused(f"Meta's media host answered {response.status_code}")
            length = _size(response.headers.get("content-length"))
            if length is not None and length > limit:
                raise MediaRefused(f"The file is over Meta's limit for its type ({length} > {limit} bytes)")
            chunks: list[bytes] = []
            read = 0
            async for chunk in response.aiter_bytes():
                read += len(chunk)
                if read > limit:
                    raise MediaRefused(f"The file is over Meta's limit for its type (more than {limit} bytes)")
                chunks.append(chunk)
    meta["_content_type"] = response.headers.get("content-type")
    return b"".join(chunks), meta


def _seal(key: bytes, media_id: uuid.UUID, data: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, data, b"quantix-media:" + media_id.bytes)


def _unseal(key: bytes, media_id: uuid.UUID, blob: bytes) -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], b"quantix-media:" + media_id.bytes)


def _write(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        fh.write(blob)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


async def _fail(media: WhatsAppMedia, reason: str) -> dict[str, Any]:
    await WhatsAppMedia.filter(id=media.id, status=MediaStatus.PENDING).update(
        status=MediaStatus.FAILED, error=reason[:300]
    )
    return {"status": "FAILED"}


@handler(JobKind.MEDIA_DOWNLOAD)
async def run_download(job: Job) -> dict[str, Any] | None:
    media = await WhatsAppMedia.get_or_none(id=job.payload["media_id"])
    if media is None:
        return {"skipped": "media is gone"}
    if media.status is not MediaStatus.PENDING:
        return {"skipped": media.status.value}
    config = await WhatsAppConfig.for_org(media.organization_id).first()
    if config is None:
        return await _fail(media, "WhatsApp is not configured")
    settings = get_settings()
    try:
        limit = int(job.payload.get("limit") or LIMITS[media.kind])
        data, meta = await fetch_bytes(config.access_token, media.meta_media_id, limit, settings)
    except MediaRefused as exc:
        return await _fail(media, str(exc))
    except MetaRetryable as exc:
        if job.attempts >= MAX_DOWNLOAD_ATTEMPTS:
            return await _fail(media, exc.summary())
        raise retry_later(exc) from None
    except MetaError as exc:
        return await _fail(media, exc.summary())
    except RetryLater:
        if job.attempts >= MAX_DOWNLOAD_ATTEMPTS:
            return await _fail(media, "Meta's media host kept failing")
        raise
    except httpx.HTTPError:
        if job.attempts >= MAX_DOWNLOAD_ATTEMPTS:
            return await _fail(media, "Meta's media host could not be reached")
        raise RetryLater(30.0, "media host unreachable") from None
    key = AESGCM.generate_key(bit_length=256)
    name = secrets.token_hex(16)
    media.storage_name = name
    # Named on the row before the file exists, so the orphan sweep never takes a file being written.
    await WhatsAppMedia.filter(id=media.id, status=MediaStatus.PENDING).update(storage_name=name)
    await asyncio.to_thread(_write, _path(media), _seal(key, media.id, data))
    mime = media.mime_type or str(meta.get("mime_type") or meta.get("_content_type") or "")[:255] or None
    stored = await WhatsAppMedia.filter(id=media.id, status=MediaStatus.PENDING).update(
        status=MediaStatus.STORED,
        data_key=base64.b64encode(key).decode("ascii"),
        storage_name=name,
        size_bytes=len(data),
        mime_type=mime,
        stored_at=_now(),
    )
    if not stored:  # erased or handled meanwhile: leave no readable trace
        await asyncio.to_thread(_path(media).unlink, True)
        return {"skipped": "gone meanwhile"}
    return {"status": "STORED", "sizeBytes": len(data)}


# --- links and serving -----------------------------------------------------------------------------------

_ZERO = uuid.UUID(int=0)


@dataclass(frozen=True)
class MediaLink:
    media_id: uuid.UUID
    user_id: uuid.UUID | None
    token_id: uuid.UUID | None
    expires: int


def _mac(payload: bytes) -> bytes:
    return hmac.new(get_settings().secret_key.encode(), b"quantix-media-link:" + payload, hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint_link(
    media_id: uuid.UUID, *, user_id: uuid.UUID | None, token_id: uuid.UUID | None, now: dt.datetime | None = None
) -> str:
    """A signed URL for this reader, valid 15 minutes; computed on each read, stored nowhere."""
    expires = int(((now or _now()) + LINK_LIFETIME).timestamp())
    payload = media_id.bytes + (user_id or _ZERO).bytes + (token_id or _ZERO).bytes + struct.pack(">Q", expires)
    token = _b64(payload) + "." + _b64(_mac(payload)[:24])
    return f"{get_settings().base_url.rstrip('/')}/media/{token}"


def parse_link(token: str) -> MediaLink | None:
    try:
        head, sig = token.split(".", 1)
        payload, mac = _unb64(head), _unb64(sig)
    except (ValueError, TypeError):
        return None
    if len(payload) != 56 or not hmac.compare_digest(_mac(payload)[:24], mac):
        return None
    media_id, user_id, token_id = (uuid.UUID(bytes=payload[i : i + 16]) for i in (0, 16, 32))
    (expires,) = struct.unpack(">Q", payload[48:])
    return MediaLink(media_id, user_id if user_id != _ZERO else None, token_id if token_id != _ZERO else None, expires)


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _disposition(media: WhatsAppMedia) -> str:
    mime = (media.mime_type or "").split(";")[0].strip().lower()
    how = "inline" if mime in INLINE_TYPES else "attachment"
    base = media.filename or f"whatsapp-{media.kind.value.lower()}"
    ascii_name = "".join(c if c.isalnum() or c in "._- " else "_" for c in base)[:100] or "file"
    return f'{how}; filename="{ascii_name}"'


_HEADERS = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
    "referrer-policy": "no-referrer",
}


async def serve_media(request: Request) -> Response:
    link = parse_link(request.path_params["token"])
    if link is None:
        return PlainTextResponse("Not found", status_code=404, headers=_HEADERS)
    if link.expires < _now().timestamp():
        return PlainTextResponse("This media link has expired.", status_code=410, headers=_HEADERS)
    media = await WhatsAppMedia.get_or_none(id=link.media_id)
    if media is not None and link.user_id is not None:
        if not await Membership.filter(organization_id=media.organization_id, user_id=link.user_id).exists():
            media = None  # the reader left the organisation since the link was made
    if media is None or media.status is not MediaStatus.STORED or not media.data_key or not media.storage_name:
        return PlainTextResponse("Not found", status_code=404, headers=_HEADERS)
    try:
        blob = await asyncio.to_thread(_read, _path(media))
        data = _unseal(base64.b64decode(media.data_key), media.id, blob)
    except (OSError, ValueError):
        log.warning("stored media unreadable", extra={"media_id": str(media.id)})
        return PlainTextResponse("Not found", status_code=404, headers=_HEADERS)
    except Exception:  # InvalidTag: a damaged file
        log.warning("stored media failed authentication", extra={"media_id": str(media.id)})
        return PlainTextResponse("Not found", status_code=404, headers=_HEADERS)
    mime = media.mime_type or "application/octet-stream"
    headers = {**_HEADERS, "content-disposition": _disposition(media)}
    if request.method == "HEAD":  # not a download: nothing served, nothing audited
        return Response(b"", media_type=mime, headers=headers)
    await audit.record(
        "lead.contact_read",
        organization_id=media.organization_id,
        actor_user_id=link.user_id,
        actor_token_id=link.token_id,
        target_type="Lead",
        target_id=media.lead_id,
        details={"mediaId": str(media.id), "via": "media_link"},
    )
    return Response(data, media_type=mime, headers=headers)


@provide_subject_files(DataCategory.MEDIA)
async def lead_media_files(organization_id: uuid.UUID, lead_id: uuid.UUID) -> AsyncIterator[tuple[str, bytes]]:
    """The lead's stored media, decrypted, for its access export (Art. 15(3): a copy of what they sent)."""
    stored = WhatsAppMedia.filter(organization_id=organization_id, lead_id=lead_id, status=MediaStatus.STORED)
    for media in await stored.order_by("created_at", "id"):
        if not media.data_key or not media.storage_name:
            continue
        try:
            blob = await asyncio.to_thread(_read, _path(media))
            data = _unseal(base64.b64decode(media.data_key), media.id, blob)
        except Exception:  # gone or damaged on disk: the metadata row still says what it was
            log.warning("stored media unreadable for an export", extra={"media_id": str(media.id)})
            continue
        mime = (media.mime_type or "").split(";")[0].strip().lower()
        yield f"{media.id}{mimetypes.guess_extension(mime) or '.bin'}", data


def routes(settings: Settings) -> list[BaseRoute]:
    return [Route("/media/{token}", serve_media, methods=["GET"])]


# --- deletion -------------------------------------------------------------------------------------------


def _remove_orphans(directory: Path, keep: set[str]) -> int:
    removed = 0
    if not directory.is_dir():
        return 0
    for entry in directory.iterdir():
        name = entry.name.removesuffix(".tmp")
        if entry.is_file() and name not in keep:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


async def sweep_orphans(organization_id: uuid.UUID) -> int:
    """Delete the files whose row is gone (erased lead, retention): their key went with the row already."""
    names = await WhatsAppMedia.filter(organization_id=organization_id, storage_name__isnull=False).values_list(
        "storage_name", flat=True
    )
    return await asyncio.to_thread(_remove_orphans, media_root() / str(organization_id), {str(n) for n in names})


@subscribe
async def on_lead_erased(event: DomainEvent) -> None:
    await on_leads_erased([event])


@batch_for(on_lead_erased)
async def on_leads_erased(events: list[DomainEvent]) -> None:
    """A purge erases thousands of leads at once: each organisation's files are swept once for the batch."""
    for organization_id in {e.organization_id for e in events if e.type is EventType.LEAD_ERASED}:
        await sweep_orphans(organization_id)


@cron("media-orphans", minute=40, hour=3)
async def daily_orphan_sweep() -> None:
    root = media_root()
    if not root.is_dir():
        return
    for entry in root.iterdir():
        try:
            organization_id = uuid.UUID(entry.name)
        except ValueError:
            continue
        await sweep_orphans(organization_id)
