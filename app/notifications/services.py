"""The one way to tell people something: an in-app notification and, when asked, a mail, composed here.

Domains never compose their own notification mails: they call `notify(...)` with a kind, an audience and
plain words. Mails never carry a lead's name, email, phone or answers: a lead is named only in the app (where
the text says `{lead}`); the mail says "a lead" and links to it.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from app.accounts.models import Membership, Role, User, UserStatus
from app.errors import DomainError, ErrorCode
from app.mail.services import send_mail
from app.notifications.models import LEAD_PLACEHOLDER, USER_KINDS, Notification, NotificationKind
from app.orm import insert_rows
from app.realtime import publish_notification_event
from app.settings import get_settings

log = logging.getLogger("quantix.notifications")

MAX_TITLE = 200
MAX_BODY = 10_000


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def mail_text(text: str) -> str:
    """What a mail may say of a text written for the app: never the lead's name."""
    return text.replace(LEAD_PLACEHOLDER, "a lead")


def absolute_link(link: str | None) -> str | None:
    if link is None or "://" in link:
        return link
    return f"{get_settings().base_url.rstrip('/')}/{link.lstrip('/')}"


async def _recipients(
    kind: NotificationKind,
    user_ids: Sequence[uuid.UUID],
    organization_id: uuid.UUID | None,
    roles: Collection[Role] | None,
) -> list[tuple[User, Membership | None]]:
    """Active users to tell, each with their membership of the organisation (None for kinds that follow the user)."""
    if kind in USER_KINDS:
        users = await User.filter(id__in=list(user_ids), status=UserStatus.ACTIVE).order_by("id")
        return [(user, None) for user in users]
    if organization_id is None:
        raise ValueError(f"{kind.value} notifications belong to an organisation: pass organization_id")
    if not user_ids and roles is None:
        raise ValueError("name the audience: user_ids, roles, or both")
    members = Membership.for_org(organization_id).filter(user__status=UserStatus.ACTIVE)
    if user_ids:
        members = members.filter(user_id__in=list(user_ids))
    if roles is not None:
        members = members.filter(role__in=list(roles))
    rows = await members.select_related("user").order_by("user_id")
    return [(m.user, m) for m in rows]


async def notify(
    kind: NotificationKind,
    *,
    title: str,
    body: str,
    user_ids: Sequence[uuid.UUID] = (),
    organization_id: uuid.UUID | None = None,
    roles: Collection[Role] | None = None,
    link: str | None = None,
    lead_id: uuid.UUID | None = None,
    lead_name: str | None = None,
    mail: bool = False,
    mail_kind: str | None = None,
    topic: str | None = None,
) -> list[Notification]:
    """Notify an audience in the app (live on `notificationEvents`) and, with `mail=True`, by mail too.

    Audience: for SECURITY_NOTICE and POLICY_CHANGED, the users `user_ids` (shown in every organisation they
    act in); for every other kind, the members of `organization_id`, narrowed to `user_ids` and/or `roles`
    (e.g. `roles={Role.OWNER, Role.ADMIN}`); only active users. Leaving the organisation removes them.
    `title` (at most 200 characters) and `body` (10,000) are plain words and must hold no personal data of a
    lead: write `{lead}` where the lead's name belongs and pass `lead_id` and `lead_name`; the app shows the
    name, the mail says "a lead", and the notification is erased with the lead. `link` is a path on
    QUANTIX_BASE_URL (or an absolute URL); the mail carries it absolute. `topic` tags the notification for
    the caller's own rate limits (e.g. "security.lockout"). Returns the notifications written.
    """
    _check(title, body, lead_id, lead_name)
    written: list[Notification] = []
    for user, membership in await _recipients(kind, user_ids, organization_id, roles):
        row = await Notification.create(
            user_id=user.id,
            organization_id=membership.organization_id if membership else None,
            membership_id=membership.id if membership else None,
            kind=kind,
            topic=topic,
            title=title.strip(),
            body=body.strip(),
            link=link,
            lead_id=lead_id,
            lead_name=lead_name,
        )
        written.append(row)
        if mail:
            await _mail(user, row, mail_kind or kind.value)
        await publish_notification_event(user.id, row.id, row.created_at)
    return written


def _check(title: str, body: str, lead_id: uuid.UUID | None, lead_name: str | None) -> None:
    if not title.strip() or len(title) > MAX_TITLE:
        raise DomainError(ErrorCode.INVALID_INPUT, f"A title needs 1 to {MAX_TITLE} characters.", field="title")
    if len(body) > MAX_BODY:
        raise DomainError(ErrorCode.INVALID_INPUT, f"Use at most {MAX_BODY} characters.", field="body")
    if (lead_id is None) != (lead_name is None):
        raise ValueError("lead_id and lead_name go together")


@dataclass(frozen=True)
class Notice:
    """One notification of a batch: to one user, in `notify`'s words (`{lead}`, `lead_id` with `lead_name`)."""

    user_id: uuid.UUID
    title: str
    body: str
    link: str | None = None
    lead_id: uuid.UUID | None = None
    lead_name: str | None = None


async def notify_many(
    kind: NotificationKind, notices: Sequence[Notice], *, organization_id: uuid.UUID
) -> list[Notification]:
    """Many in-app notifications of one organisation kind at once, each as `notify` would write it (its
    audience rules: only active members of `organization_id`), in one statement for the recipients and one
    INSERT: a bulk change tells each member of each lead, as the single change does. Call it inside the
    change's transaction, so a re-run after a crash neither loses nor repeats them, and `announce` what it
    returns once that transaction has committed (the live event reads the row)."""
    if kind in USER_KINDS:
        raise ValueError(f"{kind.value} notifications follow the user: use notify")
    if not notices:
        return []
    for notice in notices:
        _check(notice.title, notice.body, notice.lead_id, notice.lead_name)
    audience = {n.user_id for n in notices}
    members = {user.id: m for user, m in await _recipients(kind, sorted(audience), organization_id, None) if m}
    now = _now()
    rows = [
        Notification(
            id=uuid.uuid4(),
            user_id=notice.user_id,
            organization_id=organization_id,
            membership_id=members[notice.user_id].id,
            kind=kind,
            title=notice.title.strip(),
            body=notice.body.strip(),
            link=notice.link,
            lead_id=notice.lead_id,
            lead_name=notice.lead_name,
            created_at=now,
        )
        for notice in notices
        if notice.user_id in members
    ]
    names = ("id", "user_id", "membership_id", "title", "body", "link", "lead_id", "lead_name")
    shared = {"organization_id": organization_id, "kind": kind, "created_at": now}
    await insert_rows(Notification, [{name: getattr(row, name) for name in names} for row in rows], shared)
    return rows


async def announce(rows: Sequence[Notification]) -> None:
    """Tell live `notificationEvents` subscribers about notifications written by `notify_many`."""
    for row in rows:
        await publish_notification_event(row.user_id, row.id, row.created_at)


async def _mail(user: User, row: Notification, mail_kind: str) -> None:
    parts = [mail_text(row.body)]
    link = absolute_link(row.link)
    if link:
        parts.append(f"Open: {link}")
    parts.append("You get this mail because of your QuantixOne account.")
    await send_mail(
        str(user.email),
        mail_text(row.title),
        "\n\n".join(parts) + "\n",
        kind=mail_kind,
        organization_id=row.organization_id,
    )


# --- the recipient's side ------------------------------------------------------------------------------


def visible_to(user_id: uuid.UUID, organization_id: uuid.UUID | None) -> QuerySet[Notification]:
    """The user's notifications in the session's organisation, plus those that follow the user everywhere."""
    kinds = [k.value for k in USER_KINDS]
    if organization_id is None:
        return Notification.filter(user_id=user_id, kind__in=kinds)
    return Notification.filter(Q(user_id=user_id), Q(organization_id=organization_id) | Q(kind__in=kinds))


def notifications_for(
    user_id: uuid.UUID, organization_id: uuid.UUID | None, *, unread: bool | None = None
) -> QuerySet[Notification]:
    qs = visible_to(user_id, organization_id)
    if unread is not None:
        qs = qs.filter(read_at__isnull=unread)
    return qs


async def mark_read(
    user_id: uuid.UUID, organization_id: uuid.UUID | None, ids: Sequence[uuid.UUID | None]
) -> list[Notification]:
    """Mark the notifications read (those already read keep their time); any id the user cannot see is
    NOT_FOUND on `ids` and nothing changes."""
    if not ids:
        raise DomainError(ErrorCode.INVALID_INPUT, "Name at least one notification.", field="ids")
    wanted = [i for i in ids if i is not None]
    found = {n.id: n for n in await visible_to(user_id, organization_id).filter(id__in=wanted)}
    if len(wanted) != len(ids) or any(i not in found for i in wanted):
        raise DomainError(ErrorCode.NOT_FOUND, "No such notification.", field="ids")
    now = _now()
    await Notification.filter(id__in=list(found), read_at__isnull=True).update(read_at=now)
    for row in found.values():
        row.read_at = row.read_at or now
    return [found[i] for i in dict.fromkeys(wanted)]
