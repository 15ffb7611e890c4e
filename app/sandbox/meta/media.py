"""WhatsApp media (META-2 §13) and Click-to-WhatsApp inbound messages (META-2 §12).

`GET /{media-id}` answers the metadata with a signed download URL on the emulator's own host (or
`media_host`); `GET <url>` needs the Bearer token and serves the bytes; a URL dies after 300 s (the
emulator's clock), media older than 30 days answers 400/100. The inbound builder sends media messages
(with or without `url`), CTWA referrals and username-only senders (`user_id`, no `wa_id`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Any

from starlette.responses import JSONResponse, Response

from app.sandbox.meta.core import GraphError, _b64

URL_LIFETIME = 300.0
MEDIA_TTL = 30 * 86400.0
MEDIA_TYPES = ("image", "document", "audio", "video", "sticker")


class MediaMixin:
    """Media store, download endpoint and the richer inbound webhook builder."""

    media_host: str | None = None  # e.g. "https://lookaside.fbsbx.com"; None: the host the request came to

    def add_media(
        self,
        data: bytes,
        mime_type: str,
        *,
        media_id: str | None = None,
        declared_size: int | None = None,
        phone_number_id: str | None = None,
    ) -> dict[str, Any]:
        """Bytes a customer sent; `declared_size` lets a test make Meta's `file_size` disagree with the body."""
        media_id = media_id or self._new_id("27")
        return self._put(
            "media",
            {
                "id": media_id,
                "mime_type": mime_type,
                "sha256": hashlib.sha256(data).hexdigest(),
                "file_size": str(declared_size if declared_size is not None else len(data)),
                "_bytes": data,
                "_created": self.now(),
                "_phone_number_id": phone_number_id or self.PHONE_NUMBER_ID,
            },
        )

    def _media_sig(self, media_id: str, ext: int) -> str:
        mac = hmac.new(self.app_secret.encode(), f"media:{media_id}:{ext}".encode(), hashlib.sha256)
        return _b64(mac.digest()[:18])

    def media_url(self, media_id: str, base: str) -> str:
        ext = int(self.now() + URL_LIFETIME)
        root = (self.media_host or base).rstrip("/")
        return f"{root}/whatsapp_business/attachments/?mid={media_id}&ext={ext}&hash={self._media_sig(media_id, ext)}"

    def _media_node(self, obj: dict[str, Any], token: Any, url: str) -> dict[str, Any]:
        self._require(token, "whatsapp_business_messaging")
        if self.now() - obj["_created"] > MEDIA_TTL:
            raise GraphError(100, "(#100) Unsupported get request.", type="GraphMethodException")
        base = url.split("?", 1)[0]
        base = base[: base.rfind("/" + obj["id"])]
        base = re.sub(r"/v\d+\.\d+$", "", base)
        return {
            "messaging_product": "whatsapp",
            "url": self.media_url(obj["id"], base),
            "mime_type": obj["mime_type"],
            "sha256": obj["sha256"],
            "file_size": obj["file_size"],
            "id": obj["id"],
        }

    def _media_download(self, query: dict[str, str], bearer: str | None) -> Response:
        """`GET <url>` with the Bearer token: the bytes, or 401 / 404 like the CDN."""
        token = self.lookup_token(bearer) if bearer else None
        if token is None or self._token_problem(token) is not None:
            return JSONResponse({"error": {"message": "Invalid OAuth access token", "code": 190}}, status_code=401)
        media_id, ext = query.get("mid", ""), query.get("ext", "")
        obj = self.objects.get(media_id)
        valid = (
            obj is not None
            and obj.get("_type") == "media"
            and ext.isdigit()
            and hmac.compare_digest(self._media_sig(media_id, int(ext)), query.get("hash", ""))
            and int(ext) >= self.now()
        )
        if not valid:
            return Response(b"Not Found", status_code=404, media_type="text/plain")
        assert obj is not None
        return Response(obj["_bytes"], media_type=obj["mime_type"])

    def whatsapp_inbound(
        self,
        wa_id: str | None,
        *,
        text: str | None = "Hello",
        media: dict[str, Any] | None = None,
        media_type: str = "image",
        caption: str | None = None,
        filename: str | None = None,
        with_url: bool = True,
        animated: bool = False,
        referral: dict[str, Any] | None = None,
        user_id: str | None = None,
        name: str | None = "Jane Doe",
        username: str | None = None,
        phone_number_id: str | None = None,
        timestamp: int | None = None,
        message_id: str | None = None,
    ) -> bytes:
        """An inbound message per META-2 §12-13: text or a media message (`media` from `add_media`), an
        optional CTWA `referral`, the sender's `user_id` (BSUID); `wa_id=None` = a username-only user."""
        phone_number_id = phone_number_id or self.PHONE_NUMBER_ID
        stamp = timestamp if timestamp is not None else int(self.now())
        digits = re.sub(r"\D", "", wa_id) if wa_id else None
        message: dict[str, Any] = {
            "from": digits or user_id or "",
            "id": message_id or "wamid." + _b64(secrets.token_bytes(24)),
            "timestamp": str(stamp),
        }
        if media is not None:
            if media_type not in MEDIA_TYPES:
                raise ValueError(f"media_type must be one of {MEDIA_TYPES}")
            item: dict[str, Any] = {"id": media["id"], "mime_type": media["mime_type"], "sha256": media["sha256"]}
            if caption is not None and media_type in ("image", "video", "document"):
                item["caption"] = caption
            if media_type == "document":
                item["filename"] = filename or "file"
            if media_type == "audio":
                item["voice"] = True
            if media_type == "sticker":
                item["animated"] = animated
            if with_url:
                item["url"] = self.media_url(media["id"], "https://lookaside.fbsbx.com")
            message["type"] = media_type
            message[media_type] = item
        else:
            message["type"] = "text"
            message["text"] = {"body": text or ""}
        if referral is not None:
            message["referral"] = referral
        contact: dict[str, Any] = {"profile": {}}
        if name:
            contact["profile"]["name"] = name
        if username:
            contact["profile"]["username"] = username
        if digits:
            contact["wa_id"] = digits
            self.open_window(phone_number_id, digits, at=float(stamp))
        if user_id:
            contact["user_id"] = user_id
        return self._wa_envelope(phone_number_id, {"contacts": [contact], "messages": [message]})

    def ctwa_referral(
        self, ad_id: str, *, video: bool = False, status_placement: bool = False, source_type: str = "ad"
    ) -> dict[str, Any]:
        """The `referral` of a first message after a Click-to-WhatsApp ad tap (image or video ad; Status
        placements carry no `ctwa_clid`)."""
        referral: dict[str, Any] = {
            "source_url": "https://fb.me/3cr4Wqqkv",
            "source_id": ad_id,
            "source_type": source_type,
            "body": "Summer succulents are here!",
            "headline": "Chat with us",
            "media_type": "video" if video else "image",
            "welcome_message": {"text": "Hi there! Let us know how we can help!"},
        }
        if video:
            referral["video_url"] = "https://video.xx.fbcdn.net/v/t42.1"
            referral["thumbnail_url"] = "https://scontent.xx.fbcdn.net/v/t45.2"
        else:
            referral["image_url"] = "https://scontent.xx.fbcdn.net/v/t45.1"
        if not status_placement:
            referral["ctwa_clid"] = "Aff-" + _b64(secrets.token_bytes(40))
        return referral
