"""The attachment of an inbound WhatsApp message in GraphQL (its link minted for the reader on each read)."""

from __future__ import annotations

import uuid

import strawberry
from strawberry.types import Info

from app.messaging.inbox_models import MediaKind, MediaStatus, WhatsAppMedia
from app.messaging.media import mint_link
from schema.context import Context, ctx
from schema.relay import from_row

WhatsAppMediaKindEnum = strawberry.enum(MediaKind, name="WhatsAppMediaKind", description="What the lead sent.")
WhatsAppMediaStatusEnum = strawberry.enum(
    MediaStatus,
    name="WhatsAppMediaStatus",
    description="PENDING: being fetched from Meta; STORED: `url` serves it; FAILED: not stored (see `error`).",
)


@strawberry.type(name="WhatsAppMedia", description="An attachment of an inbound WhatsApp message.")
class WhatsAppMediaType:
    kind: WhatsAppMediaKindEnum  # type: ignore[valid-type]
    status: WhatsAppMediaStatusEnum  # type: ignore[valid-type]
    mime_type: str | None
    size_bytes: int | None
    filename: str | None
    caption: str | None
    error: str | None = strawberry.field(description="Why the file was not stored (e.g. over Meta's size limit).")
    url: str | None = strawberry.field(
        description="A signed link for you, valid 15 minutes, made on each read (null until STORED). "
        "Each download is audited."
    )


def media_type(context: Context, media: WhatsAppMedia) -> WhatsAppMediaType:
    viewer = context.viewer
    url = None
    if media.status is MediaStatus.STORED and viewer is not None:
        url = mint_link(media.id, user_id=viewer.user_id, token_id=viewer.token_id)
    return from_row(WhatsAppMediaType, media, url=url)


async def media_of_message(info: Info, organization_id: uuid.UUID, message_id: uuid.UUID) -> WhatsAppMediaType | None:
    row = await WhatsAppMedia.for_org(organization_id).get_or_none(message_id=message_id)
    return media_type(ctx(info), row) if row else None
