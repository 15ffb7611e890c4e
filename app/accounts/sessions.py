"""Creating and ending sessions."""

from __future__ import annotations

import datetime as dt
import uuid

from app.accounts.auth import SESSION_LIFETIME
from app.accounts.models import Session
from app.realtime import publish_revocation
from app.request_context import current_request
from app.security.tokens import SESSION_PREFIX, new_token, token_hash


async def create_session(user_id: uuid.UUID, organization_id: uuid.UUID | None) -> tuple[str, Session]:
    """A new session for the user on one organisation; returns the bearer token (shown once)."""
    now = dt.datetime.now(dt.UTC)
    request = current_request()
    token = new_token(SESSION_PREFIX)
    session = await Session.create(
        user_id=user_id,
        organization_id=organization_id,
        token_hash=token_hash(token),
        ip_address=request.client_ip,
        user_agent=(request.user_agent or "")[:512] or None,
        last_seen_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    return token, session


async def end_session(session: Session) -> None:
    """Revoke one session (log-out, revokeSession); subscriptions open on it close at once."""
    session.revoked_at = dt.datetime.now(dt.UTC)
    await session.save(update_fields=["revoked_at"])
    await publish_revocation(session.user_id, session_ids=[session.id])


async def revoke_sessions(user_id: uuid.UUID, *, except_session_id: uuid.UUID | None = None) -> int:
    """Revoke the user's sessions (all, or all but one); subscriptions open on them close at once."""
    now = dt.datetime.now(dt.UTC)
    qs = Session.filter(user_id=user_id, revoked_at__isnull=True)
    if except_session_id is not None:
        qs = qs.exclude(id=except_session_id)
    revoked = await qs.update(revoked_at=now)
    if revoked:
        ended = await Session.filter(user_id=user_id, revoked_at=now).values_list("id", flat=True)
        await publish_revocation(user_id, session_ids=ended)
    return revoked
