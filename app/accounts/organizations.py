"""Organisations, memberships, roles and invitations (SPEC §4, §6 "Roles and scopes").

Role rules: an ADMIN manages members below ADMIN (MEMBER, VIEWER) and grants at most MEMBER; an OWNER
also manages admins. OWNER is only ever handed over with `transfer_ownership`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import phonenumbers
from tortoise.transactions import in_transaction

from app.accounts.models import ApiToken, Invitation, Membership, Organization, Role, Session, User
from app.accounts.services import check_email, check_text, email_key
from app.accounts.trail import record_user_event
from app.audit import services as audit
from app.errors import AccessDenied, DomainError, ErrorCode
from app.money import check_currency
from app.orm import get_owned
from app.realtime import publish_revocation
from app.security.crypto import PLATFORM_SCOPE, blind_index_candidates, normalize_email
from app.security.tokens import new_token, token_hash
from app.settings import get_settings
from app.text import MAX_URL

INVITATION_LIFETIME = dt.timedelta(days=7)
INVITATION_PREFIX = "qxi_"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _forbidden(message: str) -> AccessDenied:
    """Role violations are permission failures: a GraphQL error with code FORBIDDEN (SPEC §3)."""
    return AccessDenied("FORBIDDEN", message)


def can_manage(actor_role: Role, target_role: Role) -> bool:
    """OWNER manages everyone below OWNER; ADMIN manages MEMBER and VIEWER."""
    if actor_role >= Role.OWNER:
        return target_role < Role.OWNER
    if actor_role >= Role.ADMIN:
        return target_role < Role.ADMIN
    return False


async def actor_role(organization_id: uuid.UUID, user_id: uuid.UUID) -> Role:
    membership = await Membership.for_org(organization_id).filter(user_id=user_id).first()
    if membership is None:
        raise DomainError(ErrorCode.NOT_FOUND, "You are not a member of this organisation.")
    return Role(membership.role)


# --- the organisation -----------------------------------------------------------------------------------


async def update_organization(
    organization_id: uuid.UUID,
    *,
    name: str | None = None,
    default_country: str | None = None,
    require_mfa: bool | None = None,
    currency: str | None = None,
    privacy_contact: str | None = None,
    privacy_policy_url: str | None = None,
) -> Organization:
    """Change the organisation's settings; an empty privacy contact or policy URL clears it. Only the changed
    columns are written, under the row's lock: concurrent edits of other settings (or the lead counter, billing,
    MFA policy) are kept."""
    columns: dict[str, object] = {}
    changed: dict[str, object] = {}
    if privacy_contact is not None:
        columns["privacy_contact"] = changed["privacyContact"] = check_privacy_contact(privacy_contact)
    if privacy_policy_url is not None:
        columns["privacy_policy_url"] = changed["privacyPolicyUrl"] = check_policy_url(privacy_policy_url)
    if name is not None:
        columns["name"] = check_text(name, "name")
        changed["name"] = True
    if default_country is not None:
        country = default_country.strip().upper()
        if country not in phonenumbers.SUPPORTED_REGIONS:
            raise DomainError(
                ErrorCode.INVALID_INPUT, "Use an ISO 3166-1 alpha-2 country code, e.g. US.", field="defaultCountry"
            )
        columns["default_country"] = changed["defaultCountry"] = country
    if currency is not None:
        columns["currency"] = changed["currency"] = check_currency(currency)
    if require_mfa is not None:
        columns["require_mfa"] = changed["requireMfa"] = require_mfa
    if not columns:
        return await Organization.get(id=organization_id)
    async with in_transaction():
        org = await Organization.select_for_update(no_key=True).get(id=organization_id)
        org.update_from_dict(columns)
        await org.save(update_fields=list(columns))
    await audit.record(
        "organization.updated",
        organization_id=org.id,
        target_type="Organization",
        target_id=org.id,
        details=changed,
    )
    return org


def check_privacy_contact(value: str) -> str | None:
    """A mailto: or https: URI, or a bare email address (stored as mailto:); empty clears it."""
    text = value.strip()
    if not text:
        return None
    if "@" in text and ":" not in text:
        text = f"mailto:{text}"
    parts = urlsplit(text)
    ok = (parts.scheme == "mailto" and "@" in parts.path) or (parts.scheme == "https" and parts.netloc)
    if not ok or len(text) > 500 or any(c.isspace() for c in text):
        raise DomainError(
            ErrorCode.INVALID_INPUT, "Give an email address, a mailto: or an https: URI.", field="privacyContact"
        )
    return text


def check_policy_url(value: str) -> str | None:
    """An https: URL of the organisation's own policy page; empty clears it."""
    text = value.strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.netloc or len(text) > MAX_URL or any(c.isspace() for c in text):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give an https:// URL.", field="privacyPolicyUrl")
    return text


def privacy_contact_of(org: Organization | None) -> str:
    """The organisation's privacy contact, else the platform's (QUANTIX_PRIVACY_CONTACT)."""
    if org is not None and org.privacy_contact:
        return str(org.privacy_contact)
    return get_settings().privacy_contact


def members(organization_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return Membership.for_org(organization_id)


async def _membership_of(organization_id: uuid.UUID, user_id: uuid.UUID | None, field: str) -> Membership:
    membership = (
        await Membership.for_org(organization_id).filter(user_id=user_id).select_related("user", "organization").first()
        if user_id
        else None
    )
    if membership is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field=field)
    return membership


async def _lock_members(organization_id: uuid.UUID) -> Organization:
    """Serialise changes to one organisation's members and invitations (call inside a transaction): each
    change re-reads roles, owners, pending invitations and seats under this lock, so concurrent requests
    cannot both act on what they read before the other's change."""
    return await Organization.select_for_update(no_key=True).get(id=organization_id)


async def membership_by_id(organization_id: uuid.UUID, membership_id: uuid.UUID) -> Membership | None:
    return await Membership.for_org(organization_id).filter(id=membership_id).first()


# --- invitations ----------------------------------------------------------------------------------------


async def invite_member(
    organization_id: uuid.UUID,
    inviter_id: uuid.UUID,
    email: str,
    role: Role,
    *,
    seat_check: Callable[[], Awaitable[None]] | None = None,
) -> tuple[Invitation, str]:
    """Mail a single-use invitation bound to `email`, valid 7 days; returns (invitation, token).

    `seat_check` (billing's, passed in: billing sits above accounts) raises to refuse the invitation; it runs
    under the organisation's lock, so concurrent invitations cannot all see the last free seat."""
    from app.mail.services import send_mail

    normalized = check_email(email)
    if role >= Role.OWNER:
        raise DomainError(ErrorCode.INVALID_INPUT, "Ownership is handed over with transferOwnership.", field="role")
    candidates = blind_index_candidates(PLATFORM_SCOPE, "email", normalized)
    token = new_token(INVITATION_PREFIX)
    async with in_transaction():
        org = await _lock_members(organization_id)
        if not can_manage(await actor_role(organization_id, inviter_id), role):
            raise _forbidden(f"Your role cannot invite a {role.name}.")
        if await Membership.for_org(organization_id).filter(user__email_bidx__in=candidates).exists():
            raise DomainError(ErrorCode.ALREADY_DONE, "This person is already a member.", field="email")
        now = _now()
        # A new invitation replaces any pending one for the same address (so it takes no further seat).
        await (
            Invitation.for_org(organization_id)
            .filter(email_bidx__in=candidates, accepted_at__isnull=True, revoked_at__isnull=True)
            .update(revoked_at=now)
        )
        if seat_check is not None:
            await seat_check()  # its refusal rolls the replacement back too
        invitation = await Invitation.create(
            organization_id=organization_id,
            email=normalized,
            email_bidx=email_key(normalized),
            role=role,
            token_hash=token_hash(token),
            invited_by_id=inviter_id,
            expires_at=now + INVITATION_LIFETIME,
        )
    base = get_settings().base_url.rstrip("/")
    await send_mail(
        normalized,
        f"You are invited to {org.name} on QuantixOne",
        f"You have been invited to join {org.name} on QuantixOne as {role.name}.\n\n"
        f"Invitation token: {token}\n"
        f"Or open {base}/invitations/accept?token={token}\n\n"
        "Sign in (or sign up) with this email address to accept. The invitation expires in 7 days.",
        kind="invitation",
        organization_id=organization_id,
    )
    await audit.record_change("member.invited", invitation, None, {"role": role.name})
    return invitation, token


def pending_invitations(organization_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return Invitation.for_org(organization_id).filter(
        accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=_now()
    )


async def revoke_invitation(
    organization_id: uuid.UUID, actor_id: uuid.UUID, invitation_id: uuid.UUID | None
) -> Invitation:
    invitation = await get_owned(Invitation, organization_id, invitation_id, "No such invitation.")
    if not can_manage(await actor_role(organization_id, actor_id), Role(invitation.role)):
        raise _forbidden("Your role cannot manage this invitation.")
    if invitation.accepted_at is not None or invitation.revoked_at is not None:
        raise DomainError(ErrorCode.ALREADY_DONE, "This invitation is no longer pending.", field="id")
    invitation.revoked_at = _now()
    await invitation.save(update_fields=["revoked_at"])
    await audit.record_change("member.invitation_revoked", invitation, None)
    return invitation


async def accept_invitation(user_id: uuid.UUID, token: str) -> Membership:
    """Join the inviting organisation; only the invited address's account can accept."""
    found = await Invitation.get_or_none(token_hash=token_hash(token.strip()))
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such invitation.", field="token")
    user = await User.get(id=user_id)
    async with in_transaction():
        await _lock_members(found.organization_id)
        invitation = await Invitation.get(id=found.id)  # as it is now: a concurrent request may have used it
        if invitation.revoked_at is not None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such invitation.", field="token")
        if invitation.accepted_at is not None:
            raise DomainError(ErrorCode.ALREADY_DONE, "This invitation was already accepted.", field="token")
        if invitation.expires_at <= _now():
            raise DomainError(ErrorCode.INVALID_STATE, "This invitation has expired; ask for a new one.", field="token")
        if normalize_email(user.email) != normalize_email(invitation.email):
            raise DomainError(
                ErrorCode.INVALID_STATE, "This invitation was sent to another email address.", field="token"
            )
        invitation.accepted_at = _now()
        await invitation.save(update_fields=["accepted_at"])
        # Already a member (an earlier invitation): the invitation is spent and the membership stays as it is.
        membership = await Membership.for_org(invitation.organization_id).filter(user_id=user.id).first()
        if membership is None:
            membership = await Membership.create(
                organization_id=invitation.organization_id, user_id=user.id, role=invitation.role
            )
    await record_user_event(
        "member.joined",
        invitation.organization_id,
        user.id,
        actor_user_id=user.id,
        details={"role": Role(membership.role).name, "invitation": str(invitation.id)},
    )
    return await Membership.get(id=membership.id).select_related("organization", "user")


# --- roles and membership -------------------------------------------------------------------------------


async def update_member_role(
    organization_id: uuid.UUID, actor_id: uuid.UUID, user_id: uuid.UUID | None, role: Role, *, field: str = "id"
) -> Membership:
    async with in_transaction():
        await _lock_members(organization_id)  # roles read below stay true until this change commits
        membership = await _membership_of(organization_id, user_id, field)
        acting = await actor_role(organization_id, actor_id)
        if membership.user_id == actor_id:
            raise _forbidden("You cannot change your own role.")
        if role >= Role.OWNER:
            raise DomainError(ErrorCode.INVALID_INPUT, "Ownership is handed over with transferOwnership.", field="role")
        old = Role(membership.role)
        if not can_manage(acting, old) or not can_manage(acting, role):
            raise _forbidden("Your role cannot make this change.")
        if old != role:
            membership.role = role
            await membership.save(update_fields=["role"])
            await _limit_member_tokens(organization_id, membership.user_id, role)
    if old != role:
        await record_user_event(
            "member.role_changed", organization_id, membership.user_id, details={"from": old.name, "to": role.name}
        )
    return membership


async def _limit_member_tokens(organization_id: uuid.UUID, user_id: uuid.UUID, role: Role) -> None:
    """A token's scopes stay within its creator's role: a demotion revokes tokens that now exceed it."""
    from app.accounts.api_tokens import scopes_allowed

    await _revoke_member_tokens(
        organization_id, user_id, "creator_role_changed", beyond=lambda token: not scopes_allowed(token.scopes, role)
    )


async def _revoke_member_tokens(
    organization_id: uuid.UUID,
    user_id: uuid.UUID,
    reason: str,
    *,
    beyond: Callable[[ApiToken], bool] = lambda token: True,
) -> None:
    """Revoke the member's active tokens here that are `beyond` what they may now hold; each one is audited."""
    tokens = await ApiToken.for_org(organization_id).filter(created_by_id=user_id, revoked_at__isnull=True)
    for token in tokens:
        if beyond(token):
            token.revoked_at = _now()
            await token.save(update_fields=["revoked_at"])
            await publish_revocation(user_id, token_ids=[token.id])
            await audit.record_change("api_token.revoked", token, None, {"reason": reason})


async def end_membership(organization_id: uuid.UUID, user_id: uuid.UUID, reason: str) -> None:
    """Remove the membership, revoke the member's tokens here, and move their sessions off this organisation.
    `reason` is the audited reason of each token's revocation (`creator_left`, `creator_removed`)."""
    await Membership.for_org(organization_id).filter(user_id=user_id).delete()
    await _revoke_member_tokens(organization_id, user_id, reason)
    await Session.filter(user_id=user_id, organization_id=organization_id).update(organization_id=None)
    await User.filter(id=user_id, last_organization_id=organization_id).update(last_organization_id=None)
    await publish_revocation(user_id, organization_id=organization_id)


async def remove_member(
    organization_id: uuid.UUID, actor_id: uuid.UUID, user_id: uuid.UUID | None, *, field: str = "id"
) -> Membership:
    async with in_transaction():
        await _lock_members(organization_id)  # the member's role read below is still theirs (not a new OWNER)
        membership = await _membership_of(organization_id, user_id, field)
        if membership.user_id == actor_id:
            raise DomainError(ErrorCode.INVALID_STATE, "Use leaveOrganization to leave.", field=field)
        if not can_manage(await actor_role(organization_id, actor_id), Role(membership.role)):
            raise _forbidden("Your role cannot remove this member.")
        await end_membership(organization_id, membership.user_id, "creator_removed")
    await record_user_event(
        "member.removed", organization_id, membership.user_id, details={"role": Role(membership.role).name}
    )
    return membership


async def transfer_ownership(
    organization_id: uuid.UUID, actor_id: uuid.UUID, user_id: uuid.UUID | None, *, field: str = "id"
) -> Membership:
    """Make another member the OWNER; the previous owner becomes an ADMIN. The acting owner is re-read under
    the organisation's lock: of two hand-overs at once, the second finds its actor an ADMIN (one OWNER)."""
    async with in_transaction():
        await _lock_members(organization_id)
        target = await _membership_of(organization_id, user_id, field)
        acting = await Membership.for_org(organization_id).filter(user_id=actor_id).first()
        if acting is None or acting.role < Role.OWNER:
            raise _forbidden("Only the owner can hand over ownership.")
        if target.user_id == actor_id:
            raise DomainError(ErrorCode.ALREADY_DONE, "You already own this organisation.", field=field)
        await Membership.filter(id=target.id).update(role=Role.OWNER)
        await Membership.filter(id=acting.id).update(role=Role.ADMIN)
    await record_user_event(
        "organization.ownership_transferred", organization_id, target.user_id, details={"previousOwner": str(actor_id)}
    )
    target.role = Role.OWNER
    return target


async def leave_organization(organization_id: uuid.UUID, user_id: uuid.UUID) -> Organization:
    async with in_transaction():
        await _lock_members(organization_id)  # two owners leaving at once must not both count the other
        membership = await Membership.for_org(organization_id).filter(user_id=user_id).first()
        if membership is None:
            raise DomainError(ErrorCode.NOT_FOUND, "You are not a member of this organisation.")
        if membership.role >= Role.OWNER:
            others = await Membership.for_org(organization_id).exclude(user_id=user_id).filter(role=Role.OWNER).exists()
            if not others:
                raise DomainError(
                    ErrorCode.INVALID_STATE, "Hand over ownership with transferOwnership before you leave."
                )
        await end_membership(organization_id, user_id, "creator_left")
    await record_user_event(
        "member.left", organization_id, user_id, actor_user_id=user_id, details={"role": Role(membership.role).name}
    )
    return await Organization.get(id=organization_id)
