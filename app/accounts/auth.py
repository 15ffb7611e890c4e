"""Bearer-token authentication: a session (`qxs_`) or a partner API token (`qx_`) -> Viewer."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from app.accounts.models import ApiToken, Membership, Organization, Role, Session, User, UserStatus
from app.orm import select_rows
from app.security import ratelimit
from app.security.tokens import API_TOKEN_PREFIX, SESSION_PREFIX, token_hash

SESSION_LIFETIME = dt.timedelta(days=30)
SESSION_IDLE_LIMIT = dt.timedelta(days=7)
LAST_SEEN_GRANULARITY = dt.timedelta(seconds=60)
# Each partner token gets its own budget; past it every guarded field answers RATE_LIMITED.
API_TOKEN_RATE_LIMIT = ratelimit.Limit("api-token", 600, 60)

# What each scope lets a partner token do, and the least role its creator must hold to grant it.
SCOPE_MIN_ROLE: dict[str, Role] = {
    "leads:read": Role.VIEWER,
    "campaigns:read": Role.VIEWER,
    "leads:write": Role.MEMBER,
    "messaging:write": Role.MEMBER,
    "privacy:manage": Role.ADMIN,
    "webhooks:manage": Role.ADMIN,
    "leads:export": Role.ADMIN,  # exportLeads (SPEC §7.7)
}


@dataclass(frozen=True)
class Viewer:
    """Who is calling, for which organisation, with what powers."""

    user_id: uuid.UUID
    organization_id: uuid.UUID | None
    role: Role | None
    session_id: uuid.UUID | None = None
    token_id: uuid.UUID | None = None
    scopes: frozenset[str] | None = None  # None for sessions: a session is limited by role only
    mfa_enrollment_required: bool = False
    # The organisation's lead counter as read with the session (-1 when unknown): a page's totalCount
    # costs no statement of its own. Only for reads; a mutation may change it within the request.
    lead_count_at_sign_in: int | None = None
    retry_after: int = 0  # > 0 when a partner token has spent its rate-limit budget

    @property
    def is_token(self) -> bool:
        return self.token_id is not None


class AuthFailure(Exception):
    """The bearer token is missing, invalid, expired or revoked."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def session_expired(session: Session, now: dt.datetime) -> bool:
    return (
        session.revoked_at is not None or session.expires_at <= now or session.last_seen_at + SESSION_IDLE_LIMIT <= now
    )


async def authenticate(token: str) -> Viewer:
    if token.startswith(SESSION_PREFIX):
        return await _authenticate_session(token)
    if token.startswith(API_TOKEN_PREFIX):
        return await _authenticate_api_token(token)
    raise AuthFailure("unrecognised token")


# What a request needs of its session, user, organisation and membership: one statement, no model objects.
_SESSION_SQL = (
    "SELECT s.id, s.revoked_at, s.expires_at, s.last_seen_at, s.user_id, s.organization_id, "
    "u.status AS user_status, u.mfa_enabled AS user_mfa, o.require_mfa AS organization_mfa, o.lead_count, m.role "
    'FROM "session" s JOIN "user_account" u ON u.id = s.user_id '
    'LEFT JOIN "organization" o ON o.id = s.organization_id '
    'LEFT JOIN "membership" m ON m.organization_id = s.organization_id AND m.user_id = s.user_id '
    "WHERE s.{key} = $1"
)
_SESSION_COLUMNS = {
    **{name: Session._meta.fields_map[name] for name in ("id", "revoked_at", "expires_at", "last_seen_at")},
    "user_id": User._meta.fields_map["id"],
    "organization_id": User._meta.fields_map["id"],
    "user_status": User._meta.fields_map["status"],
    "user_mfa": User._meta.fields_map["mfa_enabled"],
    "organization_mfa": Organization._meta.fields_map["require_mfa"],
    "lead_count": Organization._meta.fields_map["lead_count"],
    "role": Membership._meta.fields_map["role"],
}


async def _session_facts(key: str, value: object) -> dict[str, Any] | None:
    """Runs on every request, so it is hand-written: the ORM's query building costs more than the query."""
    rows = await select_rows(_SESSION_SQL.format(key=key), [value], _SESSION_COLUMNS)
    return rows[0] if rows else None


def _session_usable(row: dict[str, Any] | None, now: dt.datetime) -> bool:
    return (
        row is not None
        and row["revoked_at"] is None
        and row["expires_at"] > now
        and row["last_seen_at"] + SESSION_IDLE_LIMIT > now
        and row["user_status"] is UserStatus.ACTIVE
    )


async def _authenticate_session(token: str) -> Viewer:
    now = _now()
    row = await _session_facts("token_hash", token_hash(token))
    if row is None or not _session_usable(row, now):
        raise AuthFailure("session is not valid")
    if now - row["last_seen_at"] >= LAST_SEEN_GRANULARITY:
        await Session.filter(id=row["id"]).update(last_seen_at=now)
    role: Role | None = None
    mfa_required = False
    organization_id = row["organization_id"]
    if organization_id is not None:
        role = row["role"]
        if role is None:
            raise AuthFailure("no longer a member of this organisation")
        mfa_required = bool(row["organization_mfa"]) and not row["user_mfa"]
    return Viewer(
        user_id=row["user_id"],
        organization_id=organization_id,
        role=role,
        session_id=row["id"],
        mfa_enrollment_required=mfa_required,
        lead_count_at_sign_in=row["lead_count"],
    )


async def _role(organization_id: uuid.UUID, user_id: uuid.UUID) -> Role | None:
    role = (
        await Membership.filter(organization_id=organization_id, user_id=user_id).first().values_list("role", flat=True)
    )
    return Role(role) if role is not None else None


def _mfa_missing(membership: Membership) -> bool:
    return bool(membership.organization.require_mfa) and not membership.user.mfa_enabled


async def _authenticate_api_token(token: str) -> Viewer:
    now = _now()
    api_token = await ApiToken.get_or_none(token_hash=token_hash(token))
    if api_token is None or api_token.revoked_at is not None:
        raise AuthFailure("token is not valid")
    if api_token.expires_at is not None and api_token.expires_at <= now:
        raise AuthFailure("token has expired")
    membership = await Membership.get_or_none(
        organization_id=api_token.organization_id, user_id=api_token.created_by_id
    ).select_related("user", "organization")
    if membership is None or membership.user.status is not UserStatus.ACTIVE:
        raise AuthFailure("the token's creator is no longer a member")
    uses, reset_in = await ratelimit.hit(API_TOKEN_RATE_LIMIT, str(api_token.id))
    if api_token.last_used_at is None or now - api_token.last_used_at >= LAST_SEEN_GRANULARITY:
        await ApiToken.filter(id=api_token.id).update(last_used_at=now)
    return Viewer(
        user_id=api_token.created_by_id,
        organization_id=api_token.organization_id,
        role=membership.role,
        token_id=api_token.id,
        scopes=frozenset(api_token.scopes),
        # A token acts for its creator: while they have not enrolled in a required MFA, neither may it.
        mfa_enrollment_required=_mfa_missing(membership),
        retry_after=reset_in if uses > API_TOKEN_RATE_LIMIT.limit else 0,
    )


async def load_user(viewer: Viewer) -> User:
    return await User.get(id=viewer.user_id)


async def still_authorized(viewer: Viewer) -> bool:
    """Whether a long-lived connection (a subscription) may keep serving this viewer.

    Re-reads the session or token and the membership without touching last-seen times or rate limits,
    so a subscription can call it before each event and close when it turns False (log-out, revoked
    session or token, password change, MFA reset, removal from the organisation, role change).
    """
    now = _now()
    if viewer.session_id is not None:
        row = await _session_facts("id", viewer.session_id)
        if row is None or not _session_usable(row, now) or row["organization_id"] != viewer.organization_id:
            return False
        if row["organization_id"] is not None and row["organization_mfa"] and not row["user_mfa"]:
            return False
    elif viewer.token_id is not None:
        api_token = await ApiToken.get_or_none(id=viewer.token_id)
        if api_token is None or api_token.revoked_at is not None:
            return False
        if api_token.expires_at is not None and api_token.expires_at <= now:
            return False
        membership = await Membership.get_or_none(
            organization_id=api_token.organization_id, user_id=api_token.created_by_id
        ).select_related("user", "organization")
        return membership is not None and not _mfa_missing(membership) and membership.role == viewer.role
    else:
        return False
    if viewer.organization_id is None:
        return True
    return await _role(viewer.organization_id, viewer.user_id) == viewer.role
