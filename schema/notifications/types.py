from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from app.notifications.models import Notification, NotificationKind
from app.notifications.services import visible_to
from schema.context import Context
from schema.relay import Node, from_row, register_node

NotificationKindEnum = strawberry.enum(
    NotificationKind, name="NotificationKind", description="What the notification is about."
)


@strawberry.type(
    name="Notification",
    description="Something you were told in the app (security notices and policy changes follow you into every "
    "organisation; the others belong to the organisation you are signed in to).",
)
class NotificationType(Node):
    kind: NotificationKindEnum  # type: ignore[valid-type]
    title: str
    body: str
    link: str | None = strawberry.field(description="Where to look: a path on the app's URL, or a full URL.")
    created_at: dt.datetime
    read_at: dt.datetime | None = strawberry.field(description="When you marked it read; null while unread.")

    @classmethod
    def from_model(cls, row: Notification) -> NotificationType:
        return from_row(cls, row, title=row.shown(row.title), body=row.shown(row.body))


async def load_notifications(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    viewer = context.require_viewer()
    rows = await visible_to(viewer.user_id, viewer.organization_id).filter(id__in=pks)
    return {row.id: NotificationType.from_model(row) for row in rows}


register_node("Notification", load_notifications)
