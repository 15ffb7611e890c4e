from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry.types import Info

from app.notifications import services
from app.notifications.models import Notification
from app.realtime import NOTIFICATION_EVENTS, hub
from schema.context import ctx
from schema.errors import payload_mutation, payload_type
from schema.notifications.types import NotificationType
from schema.permissions import signed_in
from schema.realtime.subscriptions import live
from schema.relay import Connection, PageArgs, connection_field, paginate, pk_of

SIGNED_IN = signed_in(organization=False)  # security notices reach a user between organisations too


@strawberry.input
class NotificationFilter:
    unread: bool | None = strawberry.field(default=None, description="true: unread only; false: read only.")


@strawberry.input
class MarkNotificationsReadInput:
    ids: list[strawberry.ID]


MarkNotificationsReadPayload = payload_type("MarkNotificationsReadPayload", notifications=list[NotificationType])


@strawberry.type
class Query:
    @connection_field(SIGNED_IN, "Your notifications, newest first.")
    async def notifications(
        self, info: Info, filter: NotificationFilter | None = None, *, page: PageArgs
    ) -> Connection[NotificationType]:
        viewer = ctx(info).require_viewer()
        unread = filter.unread if filter else None
        qs = services.notifications_for(viewer.user_id, viewer.organization_id, unread=unread)
        return await paginate(qs, page, NotificationType.from_model, filter_key={"unread": unread})


@strawberry.type
class Mutation:
    @payload_mutation(SIGNED_IN, "Mark notifications read (already read ones keep their time).")
    async def mark_notifications_read(
        self, info: Info, input: MarkNotificationsReadInput
    ) -> MarkNotificationsReadPayload:
        viewer = ctx(info).require_viewer()
        ids = [pk_of(i, "Notification") for i in input.ids]
        rows = await services.mark_read(viewer.user_id, viewer.organization_id, ids)
        return MarkNotificationsReadPayload(notifications=[NotificationType.from_model(r) for r in rows])


@strawberry.type
class Subscription:
    @strawberry.subscription(
        extensions=SIGNED_IN,
        description="Your new notifications as they are written (at-most-once, no replay of missed ones).",
    )
    async def notification_events(self, info: Info) -> AsyncGenerator[NotificationType, None]:
        context = ctx(info)
        viewer = context.require_viewer()
        async with hub(NOTIFICATION_EVENTS).listen(viewer.user_id) as queue:
            async for message in live(context, queue):
                visible = services.visible_to(viewer.user_id, viewer.organization_id)
                row: Notification | None = await visible.get_or_none(id=message.notification_id)
                if row is not None:
                    yield NotificationType.from_model(row)
