"""What the WhatsApp inbox requires of a merge of leads (SPEC §7.7 "conversations … move too"): a lead has one
conversation and one service window, so the merge's generic row move would keep the primary's and delete the
duplicates'. Folded first instead, the kept conversation and window reflect every merged lead: the latest
inbound message (and so `windowExpiresAt`, last inbound + 24 h), the unread messages of each thread, the newest
message; the messages themselves move with the lead."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from app.leads.merge import merge_step
from app.messaging.inbox_models import Conversation, ConversationStatus
from app.messaging.models import MessageDirection, WhatsAppMessage, WhatsAppWindow


def _ranked(rows: Sequence[Any], people: list[uuid.UUID]) -> list[Any]:
    """The rows in the order of their leads: the primary's first, then the duplicates' as named."""
    return sorted(rows, key=lambda row: people.index(row.lead_id))


def _latest(*moments: dt.datetime | None) -> dt.datetime | None:
    return max((m for m in moments if m is not None), default=None)


async def _last_inbound_message(organization_id: uuid.UUID, people: list[uuid.UUID]) -> dt.datetime | None:
    """The newest inbound message of these leads (its Meta timestamp): also one stored just before the merge took
    the leads whose window and conversation were not updated yet (that update finds the duplicate gone)."""
    found = (
        await WhatsAppMessage.for_org(organization_id)
        .filter(lead_id__in=people, direction=MessageDirection.IN, status_at__isnull=False)
        .order_by("-status_at")
        .first()
        .values_list("status_at", flat=True)
    )
    return found  # type: ignore[return-value]


async def _unread(organization_id: uuid.UUID, row: Conversation, primary_id: uuid.UUID) -> int:
    """A thread's unread messages: the primary's counter (an inbound message stored meanwhile still adds to it),
    a duplicate's recounted as the product defines it, inbound messages since anyone's last read of that thread
    (and since the thread began: messages older than the inbox never counted)."""
    if row.lead_id == primary_id:
        return row.unread_count
    inbound = WhatsAppMessage.for_org(organization_id).filter(
        lead_id=row.lead_id, direction=MessageDirection.IN, created_at__gte=row.created_at
    )
    if row.last_read_at is not None:
        inbound = inbound.filter(created_at__gt=row.last_read_at)
    return await inbound.count()


@merge_step
async def fold_conversations(
    organization_id: uuid.UUID, primary_id: uuid.UUID, duplicate_ids: list[uuid.UUID], actor_id: uuid.UUID | None
) -> None:
    """Fold the merged leads' conversations into one, and their windows into one, before the rows move.

    The kept row is the primary's, else the first duplicate's (it then moves to the primary). It gets the
    latest inbound and newest message of all, the unread messages of every thread (a read of one thread says
    nothing of another's: each counts from its own last read), and the latest read. Assignee: the primary's,
    else the first duplicate's having one. Status: OPEN when any thread is open (an inbound message reopens a
    closed thread; a duplicate's open thread holds messages nobody closed), CLOSED when all were. The
    business-scoped user id: the kept one's, else a duplicate's, so that contact's messages still find the lead.
    Rows are locked first: inbound messages updating them meanwhile wait for the merge."""
    people = [primary_id, *duplicate_ids]
    conversations = _ranked(
        await Conversation.for_org(organization_id).select_for_update().filter(lead_id__in=people), people
    )
    windows = _ranked(
        await WhatsAppWindow.for_org(organization_id).select_for_update().filter(lead_id__in=people), people
    )
    if all(row.lead_id == primary_id for row in (*conversations, *windows)):
        return  # nothing of a duplicate's to fold (the primary's rows stay as they are)
    last_inbound = _latest(
        await _last_inbound_message(organization_id, people),
        *(c.last_inbound_at for c in conversations),
        *(w.last_inbound_at for w in windows),
    )
    if conversations:
        await _fold_conversations(organization_id, primary_id, conversations, last_inbound)
    if windows:
        kept, *others = windows
        if others:
            await WhatsAppWindow.filter(id__in=[w.id for w in others]).delete()
        await WhatsAppWindow.filter(id=kept.id).update(last_inbound_at=last_inbound)
    elif last_inbound is not None:  # a conversation with inbound messages but no window row: the window follows
        await WhatsAppWindow.create(organization_id=organization_id, lead_id=primary_id, last_inbound_at=last_inbound)


async def _fold_conversations(
    organization_id: uuid.UUID, primary_id: uuid.UUID, rows: list[Conversation], last_inbound: dt.datetime | None
) -> None:
    kept, *others = rows
    changes: dict[str, Any] = {
        "unread_count": sum([await _unread(organization_id, row, primary_id) for row in rows]),
        "last_inbound_at": last_inbound,
        "last_message_at": _latest(*(row.last_message_at for row in rows)),
        "last_read_at": _latest(*(row.last_read_at for row in rows)),
        "status": (
            ConversationStatus.OPEN
            if any(row.status is ConversationStatus.OPEN for row in rows)
            else ConversationStatus.CLOSED
        ),
        "assignee_id": next((row.assignee_id for row in rows if row.assignee_id is not None), None),
    }
    user = next((row for row in rows if row.wa_user_bidx is not None), None)
    if user is not None and kept.wa_user_bidx is None:
        changes |= {"wa_user": user.wa_user, "wa_user_bidx": user.wa_user_bidx}
    if others:
        await Conversation.filter(id__in=[row.id for row in others]).delete()
    await Conversation.filter(id=kept.id).update(**changes)
