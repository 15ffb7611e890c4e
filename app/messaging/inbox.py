"""The WhatsApp inbox (SPEC §7.6, §7.7): who an inbound message belongs to, the conversation per lead,
Click-to-WhatsApp attribution, and the inbox's member actions (assign, close, mark read).

Attaching rule: the oldest non-duplicate lead with the sender's E.164 phone, else the lead whose
conversation carries the sender's business-scoped user id (META-2 §12: a username user may come without a
phone), else a new `WHATSAPP` lead. An erased (tombstoned) phone has no lead left, so it is a new contact.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.accounts.models import Membership, Role
from app.audit import services as audit
from app.campaigns.models import Ad
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.leads.models import Lead
from app.leads.services import create_whatsapp_lead, find_contact_match, phone_index
from app.messaging.inbox_models import Conversation, ConversationStatus, LeadReferral
from app.orm import filter_given, get_owned
from app.security.crypto import blind_index, blind_index_candidates, normalize_phone, scope_of

WINDOW = dt.timedelta(hours=24)
_BSUID = re.compile(r"^[A-Z]{2}\.[A-Za-z0-9]{1,128}$")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Sender:
    """Who wrote, as the webhook tells it: an E.164 phone and/or a business-scoped user id, and a name."""

    e164: str | None
    user_id: str | None
    name: str | None


def sender_of(message: dict[str, Any], contacts: list[dict[str, Any]] | None) -> Sender:
    """Read `from` / `contacts[]` (wa_id may be absent, or be the BSUID for username-only users)."""
    sender = str(message.get("from") or "")
    contact = next((c for c in contacts or [] if str(c.get("wa_id") or "") == sender), None)
    if contact is None:
        contact = next(iter(contacts or []), None) or {}
    user_id = str(contact.get("user_id") or "") or None
    wa_id = str(contact.get("wa_id") or "") or sender
    if wa_id and _BSUID.match(wa_id):
        user_id, wa_id = user_id or wa_id, ""
    e164 = normalize_phone("+" + wa_id) if wa_id.isdigit() else None
    profile = contact.get("profile") or {}
    name = str(profile.get("name") or profile.get("username") or "").strip() or None
    return Sender(e164=e164, user_id=user_id if user_id and len(user_id) <= 140 else None, name=name)


def _user_index(organization_id: uuid.UUID, user_id: str) -> str:
    return blind_index(scope_of(organization_id), "wa_user", user_id)


async def _by_user_id(organization_id: uuid.UUID, user_id: str) -> Lead | None:
    keys = blind_index_candidates(scope_of(organization_id), "wa_user", user_id)
    row = await Conversation.for_org(organization_id).filter(wa_user_bidx__in=keys).order_by("created_at", "id").first()
    return await Lead.for_org(organization_id).get_or_none(id=row.lead_id) if row else None


async def _own_ad(organization_id: uuid.UUID, referral: dict[str, Any] | None) -> Ad | None:
    """The referral's ad when it belongs to one of this organisation's ad accounts; another's is not ours."""
    if not referral or str(referral.get("source_type") or "").lower() != "ad":
        return None
    source_id = str(referral.get("source_id") or "")
    if not source_id.isdigit():
        return None
    return await Ad.for_org(organization_id).filter(meta_id=source_id).first()


_LOCK_SQL = "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) AS t(k)"


async def _lock_sender(organization_id: uuid.UUID, sender: Sender) -> None:
    """Serialise messages of one sender until the transaction ends, so two at once make one lead (the phone's
    key is the one lead creation locks too). SQLite has one writer at a time already."""
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect != "postgres":
        return
    keys = sorted(
        ([phone_index(organization_id, sender.e164)] if sender.e164 else [])
        + ([_user_index(organization_id, sender.user_id)] if sender.user_id else [])
    )
    if keys:
        await conn.execute_query(_LOCK_SQL, [keys])


async def lead_for_inbound(
    organization_id: uuid.UUID, message: dict[str, Any], contacts: list[dict[str, Any]] | None, at: dt.datetime
) -> tuple[Lead | None, bool]:
    """The lead this inbound message (sent `at`) attaches to, created when the sender is unknown; (lead, created).
    A new conversation's last message is this one."""
    sender = sender_of(message, contacts)
    if not sender.e164 and not sender.user_id:
        return None, False
    created = False
    async with in_transaction():
        await _lock_sender(organization_id, sender)
        lead: Lead | None = None
        if sender.e164:
            lead, _ = await find_contact_match(organization_id, email=None, e164=sender.e164, originals_only=True)
        if lead is None and sender.user_id:
            lead = await _by_user_id(organization_id, sender.user_id)
        if lead is None:
            ad = await _own_ad(organization_id, message.get("referral"))
            lead = await create_whatsapp_lead(
                organization_id,
                full_name=sender.name or sender.e164 or "WhatsApp contact",
                e164=sender.e164,
                ad_ids=(ad.id, ad.ad_set_id, ad.campaign_id) if ad else None,
                announce=False,
            )
            created = True
        conversation = await Conversation.for_org(organization_id).get_or_none(lead_id=lead.id)
        if conversation is None:
            conversation = await Conversation.create(
                organization_id=organization_id, lead_id=lead.id, last_message_at=at
            )
        if sender.user_id and conversation.wa_user_bidx is None:
            await Conversation.filter(id=conversation.id).update(
                wa_user=sender.user_id, wa_user_bidx=_user_index(organization_id, sender.user_id)
            )
    if created:
        await emit(EventType.LEAD_CREATED, organization_id, lead.id)
    return lead, created


async def conversation_for(organization_id: uuid.UUID, lead_id: uuid.UUID, at: dt.datetime) -> Conversation:
    """The lead's conversation; a new one starts with its message sent `at` (_touch moves it only forward)."""
    row = await Conversation.for_org(organization_id).get_or_none(lead_id=lead_id)
    if row is not None:
        return row
    try:
        return await Conversation.create(organization_id=organization_id, lead_id=lead_id, last_message_at=at)
    except IntegrityError:  # created meanwhile by a concurrent message
        return await Conversation.for_org(organization_id).get(lead_id=lead_id)


async def record_referral(organization_id: uuid.UUID, lead: Lead, referral: dict[str, Any] | None) -> None:
    """Keep the first Click-to-WhatsApp referral of a lead (never overwritten). The ad attributes the lead
    only when it belongs to this organisation and the lead has no attribution yet."""
    if not isinstance(referral, dict) or not referral:
        return
    if await LeadReferral.for_org(organization_id).filter(lead_id=lead.id).exists():
        return
    ad = await _own_ad(organization_id, referral)

    def text(key: str, limit: int) -> str | None:
        value = referral.get(key)
        return str(value)[:limit] if value not in (None, "") else None

    try:
        await LeadReferral.create(
            organization_id=organization_id,
            lead_id=lead.id,
            source_type=(text("source_type", 16) or "ad").lower(),
            source_id=text("source_id", 64),
            source_url=text("source_url", 2048),
            headline=text("headline", 500),
            ctwa_clid=text("ctwa_clid", 2048),
            attributed=ad is not None,
        )
    except IntegrityError:
        return
    if ad is not None and lead.ad_id is None and lead.campaign_id is None and lead.form_id is None:
        await Lead.filter(id=lead.id).update(ad_id=ad.id, ad_set_id=ad.ad_set_id, campaign_id=ad.campaign_id)


async def note_inbound(organization_id: uuid.UUID, lead_id: uuid.UUID, at: dt.datetime) -> None:
    """A stored inbound message: one more unread, the thread (re)opens, the window moves."""
    conversation = await conversation_for(organization_id, lead_id, at)
    await Conversation.filter(id=conversation.id).update(
        unread_count=F("unread_count") + 1, status=ConversationStatus.OPEN
    )
    await Conversation.filter(id=conversation.id, last_inbound_at__isnull=True).update(last_inbound_at=at)
    await Conversation.filter(id=conversation.id, last_inbound_at__lt=at).update(last_inbound_at=at)
    await _touch(conversation.id, at)
    await Lead.filter(id=lead_id).update(last_activity_at=_now())


async def note_outbound(organization_id: uuid.UUID, lead_id: uuid.UUID) -> None:
    now = _now()
    conversation = await conversation_for(organization_id, lead_id, now)
    await _touch(conversation.id, now)


async def _touch(conversation_id: uuid.UUID, at: dt.datetime) -> None:
    await Conversation.filter(id=conversation_id, last_message_at__lt=at).update(last_message_at=at)


def window_expires_at(conversation: Conversation) -> dt.datetime | None:
    return conversation.last_inbound_at + WINDOW if conversation.last_inbound_at else None


# --- member actions ---------------------------------------------------------------------------------------


async def _conversation(organization_id: uuid.UUID, conversation_id: uuid.UUID | None) -> Conversation:
    return await get_owned(Conversation, organization_id, conversation_id, "No such conversation.")


async def assign_conversation(
    organization_id: uuid.UUID,
    conversation_id: uuid.UUID | None,
    assignee_id: uuid.UUID | None,
    *,
    actor_id: uuid.UUID | None = None,
) -> Conversation:
    """Give the thread to a member (MEMBER or above), or to nobody (`assignee_id` None)."""
    row = await _conversation(organization_id, conversation_id)
    if assignee_id is not None:
        membership = await Membership.filter(organization_id=organization_id, user_id=assignee_id).first()
        if membership is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such member of this organisation.", field="assigneeId")
        if membership.role < Role.MEMBER:
            raise DomainError(ErrorCode.INVALID_INPUT, "A viewer cannot answer conversations.", field="assigneeId")
    await Conversation.filter(id=row.id).update(assignee_id=assignee_id)
    await audit.record_change(
        "conversation.assigned", row, actor_id, {"assigneeId": str(assignee_id) if assignee_id else None}
    )
    return await Conversation.get(id=row.id)


async def close_conversation(
    organization_id: uuid.UUID, conversation_id: uuid.UUID | None, *, actor_id: uuid.UUID | None = None
) -> Conversation:
    """Closed until the lead writes again (an inbound message reopens it)."""
    row = await _conversation(organization_id, conversation_id)
    await Conversation.filter(id=row.id).update(status=ConversationStatus.CLOSED)
    await audit.record_change("conversation.closed", row, actor_id)
    return await Conversation.get(id=row.id)


async def mark_conversation_read(organization_id: uuid.UUID, conversation_id: uuid.UUID | None) -> Conversation:
    """Everyone's unread count goes to zero: the team shares one inbox."""
    row = await _conversation(organization_id, conversation_id)
    await Conversation.filter(id=row.id).update(unread_count=0, last_read_at=_now())
    return await Conversation.get(id=row.id)


def conversations_query(
    organization_id: uuid.UUID,
    *,
    assignee_id: uuid.UUID | None = None,
    status: ConversationStatus | None = None,
    unread: bool | None = None,
) -> Any:
    qs = filter_given(Conversation.for_org(organization_id), assignee_id=assignee_id, status=status)
    if unread is True:
        qs = qs.filter(unread_count__gt=0)
    elif unread is False:
        qs = qs.filter(unread_count=0)
    return qs
