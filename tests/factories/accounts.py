"""Node factories for the accounts room's types."""

from __future__ import annotations

import datetime as dt
import uuid

from app.accounts.models import ApiToken, Invitation, Membership, Organization, Role, User
from app.accounts.sessions import create_session
from app.audit.models import AuditEvent
from app.security.crypto import blind_index, normalize_email, scope_of
from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash
from schema.relay import to_global_id


async def api_token(org: Organization, user: User) -> str:
    secret = new_token(API_TOKEN_PREFIX)
    token = await ApiToken.create(
        organization=org,
        created_by=user,
        name="Factory token",
        token_hash=token_hash(secret),
        token_hint=secret[-4:],
        scopes=["leads:read"],
    )
    return to_global_id("ApiToken", token.id)


async def audit_event(org: Organization, user: User) -> str:
    event = await AuditEvent.create(organization=org, actor_user_id=user.id, action="factory.event")
    return to_global_id("AuditEvent", event.id)


async def invitation(org: Organization, user: User) -> str:
    email = f"invitee-{uuid.uuid4().hex[:8]}@example.com"
    invite = await Invitation.create(
        organization=org,
        email=email,
        email_bidx=blind_index(scope_of(org.id), "email", normalize_email(email)),
        role=Role.MEMBER,
        token_hash=token_hash(new_token("qxi_")),
        invited_by=user,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
    return to_global_id("Invitation", invite.id)


async def membership(org: Organization, user: User) -> str:
    row = await Membership.get(organization=org, user=user)
    return to_global_id("Membership", row.id)


async def session(org: Organization, user: User) -> str:
    _, row = await create_session(user.id, org.id)
    return to_global_id("Session", row.id)


NODE_FACTORIES = {
    "ApiToken": api_token,
    "AuditEvent": audit_event,
    "Invitation": invitation,
    "Membership": membership,
    "Session": session,
}
