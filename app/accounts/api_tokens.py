"""Partner API tokens (`qx_...`): scoped to one organisation, shown once, stored as SHA-256.

A token's scopes lie within its creator's role (SPEC §6); a token can never manage tokens, members,
roles, MFA or the Meta connection (those root fields refuse every token).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from tortoise.transactions import in_transaction

from app.accounts.auth import SCOPE_MIN_ROLE
from app.accounts.models import ApiToken, Organization, Role
from app.accounts.security_events import SecurityEvent, announce
from app.accounts.services import check_text
from app.audit import services as audit
from app.errors import AccessDenied, DomainError, ErrorCode
from app.realtime import publish_revocation
from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash

MAX_TOKENS_PER_ORG = 200


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def scopes_allowed(scopes: Iterable[str], role: Role) -> bool:
    return all(scope in SCOPE_MIN_ROLE and role >= SCOPE_MIN_ROLE[scope] for scope in scopes)


def check_scopes(scopes: list[str], role: Role) -> list[str]:
    wanted = sorted({s.strip() for s in scopes})
    unknown = [s for s in wanted if s not in SCOPE_MIN_ROLE]
    if not wanted or unknown:
        known = ", ".join(SCOPE_MIN_ROLE)
        raise DomainError(ErrorCode.INVALID_INPUT, f"Choose one or more scopes among: {known}.", field="scopes")
    beyond = [s for s in wanted if role < SCOPE_MIN_ROLE[s]]
    if beyond:
        raise AccessDenied("FORBIDDEN", f"Your role cannot grant: {', '.join(beyond)}.")
    return wanted


async def create_token(
    organization_id: uuid.UUID,
    creator_id: uuid.UUID,
    creator_role: Role,
    *,
    name: str,
    scopes: list[str],
    expires_at: dt.datetime | None,
) -> tuple[ApiToken, str]:
    """Returns (token row, the secret). The secret is never stored or shown again."""
    label = check_text(name, "name")
    granted = check_scopes(scopes, creator_role)
    if expires_at is not None:
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=dt.UTC)
        if expires_at <= _now():
            raise DomainError(ErrorCode.INVALID_INPUT, "The expiry must be in the future.", field="expiresAt")
    secret = new_token(API_TOKEN_PREFIX)
    async with in_transaction():
        await Organization.select_for_update(no_key=True).filter(id=organization_id).first()  # serialises the count
        if await ApiToken.for_org(organization_id).filter(revoked_at__isnull=True).count() >= MAX_TOKENS_PER_ORG:
            raise DomainError(ErrorCode.INVALID_STATE, f"At most {MAX_TOKENS_PER_ORG} active tokens per organisation.")
        token = await ApiToken.create(
            organization_id=organization_id,
            created_by_id=creator_id,
            name=label,
            token_hash=token_hash(secret),
            token_hint=secret[:7],
            scopes=granted,
            expires_at=expires_at,
        )
    expiry = expires_at.isoformat() if expires_at else None
    await audit.record_change("api_token.created", token, None, {"scopes": granted, "expiresAt": expiry})
    await announce(SecurityEvent.API_TOKEN_CREATED, creator_id, token_name=label)
    return token, secret


def visible_tokens(organization_id: uuid.UUID, viewer_id: uuid.UUID, viewer_role: Role):  # type: ignore[no-untyped-def]
    """ADMIN and OWNER see every token of the organisation; others see their own."""
    qs = ApiToken.for_org(organization_id)
    return qs if viewer_role >= Role.ADMIN else qs.filter(created_by_id=viewer_id)


async def revoke_token(
    organization_id: uuid.UUID, viewer_id: uuid.UUID, viewer_role: Role, token_id: uuid.UUID | None
) -> ApiToken:
    token = (
        await visible_tokens(organization_id, viewer_id, viewer_role).filter(id=token_id).first() if token_id else None
    )
    if token is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such API token.", field="id")
    if token.revoked_at is not None:
        raise DomainError(ErrorCode.ALREADY_DONE, "This token is already revoked.", field="id")
    token.revoked_at = _now()
    await token.save(update_fields=["revoked_at"])
    await publish_revocation(token.created_by_id, token_ids=[token.id])
    await audit.record_change("api_token.revoked", token, None)
    return token
