"""Telling an organisation's admins when its Meta connection needs them (SPEC §7.1 INTEGRATION_HEALTH).

The status changes when Meta refuses the token (stored by `note_token_failure`: NEEDS_REAUTH, EXPIRED, REVOKED),
when Meta says the app was removed (deauthorize: REVOKED), and with time alone: CONNECTED reads EXPIRING within
7 days of the token's expiry and EXPIRED after it, computed on read (`effective_status`), never stored. The status
the admins were last told of is kept on the connection; each change to EXPIRING, EXPIRED, NEEDS_REAUTH or REVOKED
tells the OWNERs and ADMINs once, in the app and by mail: at once for the stored changes (their
META_CONNECTION_CHANGED event), within the hour for those that come with time (a cron compares every connection),
which the cron also announces once (META_CONNECTION_CHANGED: partner webhooks), as no stored change did. A working
connection again (CONNECTED) is recorded without a notice, so the next problem is told again; checking an
unchanged status tells no one.
"""

from __future__ import annotations

import logging

from tortoise.expressions import Q

from app.accounts.models import Role
from app.events import DomainEvent, EventType, emit, subscribe
from app.integrations.meta.connection import effective_status, get_connection
from app.integrations.meta.models import ConnectionStatus, MetaConnection
from app.jobs import cron
from app.notifications.models import NotificationKind
from app.notifications.services import notify

log = logging.getLogger("quantix.meta.status")

INTEGRATIONS_LINK = "/settings/integrations"
RECONNECT = " Reconnect Meta under Settings, Integrations to keep Lead Ads leads arriving."
# What each status that needs an admin says: (title, body).
NOTICES: dict[ConnectionStatus, tuple[str, str]] = {
    ConnectionStatus.EXPIRING: (
        "Your Meta connection expires soon",
        "The Meta token of your organisation expires within 7 days." + RECONNECT,
    ),
    ConnectionStatus.EXPIRED: (
        "Your Meta connection has expired",
        "The Meta token of your organisation has expired: leads and ads data no longer arrive from Meta." + RECONNECT,
    ),
    ConnectionStatus.NEEDS_REAUTH: (
        "Your Meta connection needs to be renewed",
        "Meta no longer accepts the token of your organisation (for example after a password change at "
        "Facebook): leads and ads data no longer arrive from Meta." + RECONNECT,
    ),
    ConnectionStatus.REVOKED: (
        "QuantixOne was removed at Meta",
        "The QuantixOne app was removed from the Meta account that connected your organisation, and the data "
        "that came from Meta was deleted (leads are kept)." + RECONNECT,
    ),
}


async def tell_admins_of_status(conn: MetaConnection) -> bool:
    """Tell the admins if the connection's status differs from the one they were last told of; True when told.
    The first caller to record the new status tells them (concurrent checks of one change tell once)."""
    status = effective_status(conn)
    told = conn.status_notified
    if status is told:
        return False
    unchanged = Q(status_notified__isnull=True) if told is None else Q(status_notified=told)
    if not await MetaConnection.filter(unchanged, id=conn.id).update(status_notified=status):
        return False
    conn.status_notified = status
    if status not in NOTICES:
        return False
    title, body = NOTICES[status]
    try:
        await notify(
            NotificationKind.INTEGRATION_HEALTH,
            title=title,
            body=body,
            organization_id=conn.organization_id,
            roles={Role.OWNER, Role.ADMIN},
            link=INTEGRATIONS_LINK,
            mail=True,
            mail_kind="meta_connection",
        )
    except Exception:
        # Not told: the next check tries again.
        await MetaConnection.filter(id=conn.id, status_notified=status).update(status_notified=told)
        raise
    return True


@subscribe
async def on_connection_changed(event: DomainEvent) -> None:
    """A stored status change (a refused token, a deauthorization, a reconnection) is told at once."""
    if event.type is not EventType.META_CONNECTION_CHANGED:
        return
    conn = await get_connection(event.organization_id)
    if conn is not None:
        await tell_admins_of_status(conn)


async def check_connection(conn: MetaConnection) -> bool:
    """Tell the admins of a changed status; one that came with time alone (the stored status is still another)
    is also announced, once, as the notice is: no stored change emitted META_CONNECTION_CHANGED for it."""
    if not await tell_admins_of_status(conn):
        return False
    if conn.status_notified is not None and conn.status_notified is not conn.status:
        await emit(EventType.META_CONNECTION_CHANGED, conn.organization_id, conn.id, status=conn.status_notified.value)
    return True


async def check_all_connections() -> int:
    """Every connection against the status its admins were last told of; returns how many were told."""
    told = 0
    for conn in await MetaConnection.all().order_by("id"):
        try:
            told += await check_connection(conn)
        except Exception:
            log.exception("Meta status notice failed", extra={"organization_id": str(conn.organization_id)})
    return told


@cron("meta-connection-status", minute=47)
async def _status_cron() -> None:
    await check_all_connections()
