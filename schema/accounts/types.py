from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import ApiToken, Invitation, Membership, Organization, PolicyVersion, Role, Session, User
from app.privacy.usage import device_of
from schema.billing.types import (
    BillingDetails,
    BillingSubscription,
    OrganizationUsage,
    organization_billing_details,
    organization_subscription,
    organization_usage,
)
from schema.context import Context, ctx
from schema.permissions import admins_only
from schema.relay import Node, from_row, register_node, rows_loader, to_global_id

RoleEnum = strawberry.enum(Role, name="Role")


@strawberry.type(name="Organization")
class OrganizationType(Node):
    name: str
    slug: str = strawberry.field(description="Public handle, used by the privacy request intake.")
    default_country: str = strawberry.field(description="ISO 3166-1 alpha-2; phones without a prefix use it.")
    require_mfa: bool = strawberry.field(description="Every member must use two-factor authentication.")
    currency: str = strawberry.field(description="ISO 4217 (default EUR): deals' default currency.")
    privacy_contact: str | None = strawberry.field(
        description="Shown on the privacy center, its mails and status pages; null = QUANTIX_PRIVACY_CONTACT."
    )
    privacy_policy_url: str | None = strawberry.field(
        description="The organisation's own privacy policy; /privacy/{slug}/policy redirects there when set."
    )
    created_at: dt.datetime
    subscription: BillingSubscription | None = strawberry.field(
        resolver=organization_subscription, description="Null while billing is off."
    )
    usage: OrganizationUsage | None = strawberry.field(resolver=organization_usage)
    billing_details: BillingDetails | None = strawberry.field(
        resolver=organization_billing_details, description="OWNER and ADMIN sessions."
    )

    @classmethod
    def from_model(cls, org: Organization) -> OrganizationType:
        return from_row(cls, org)


@strawberry.type(name="User")
class UserType(Node):
    full_name: str
    email: str
    phone: str | None
    job_title: str | None
    mfa_enabled: bool
    created_at: dt.datetime
    user_pk: strawberry.Private[uuid.UUID]
    accepted_policy_version: str | None = strawberry.field(description="The privacy policy version you accepted.")
    time_zone: str = strawberry.field(default="UTC", description="IANA time zone; tasks due TODAY count in it.")

    @classmethod
    def from_model(cls, user: User) -> UserType:
        return from_row(cls, user, user_pk=user.id)

    @strawberry.field(description="Organisations you belong to and your role in each.")
    async def memberships(self, info: Info) -> list[MembershipType]:
        viewer = ctx(info).viewer
        if viewer is not None and viewer.user_id != self.user_pk:
            return []  # only your own memberships are yours to see (sign-in payloads have no viewer yet)
        rows = (
            await Membership.filter(user_id=self.user_pk)
            .select_related("organization", "user")
            .order_by("created_at", "id")
        )
        return [MembershipType.from_model(m) for m in rows]

    @strawberry.field(description="True when the current privacy policy must be accepted (acceptPrivacyPolicy).")
    async def must_accept_policy(self) -> bool:
        from app.accounts.policy import current_policy

        return self.accepted_policy_version != (await current_policy()).version


@strawberry.type(name="Membership", description="A user's place in an organisation.")
class MembershipType(Node):
    role: RoleEnum  # type: ignore[valid-type]
    organization: OrganizationType
    user: UserType
    created_at: dt.datetime = strawberry.field(description="When the user joined.")

    @classmethod
    def from_model(cls, membership: Membership) -> MembershipType:
        return from_row(
            cls,
            membership,
            role=Role(membership.role),
            organization=OrganizationType.from_model(membership.organization),
            user=UserType.from_model(membership.user),
        )


@strawberry.type(description="What a session's user agent says about the device (ua-parser).")
class SessionDevice:
    browser: str = strawberry.field(description="Browser family, e.g. Firefox; Other when unknown.")
    os: str = strawberry.field(description="Operating system family, e.g. Windows; Other when unknown.")
    device_type: str = strawberry.field(description="desktop, mobile, tablet, bot or other.")


@strawberry.type(name="Session", description="A signed-in device or browser.")
class SessionType(Node):
    ip_address: str | None
    user_agent: str | None
    created_at: dt.datetime
    first_seen_at: dt.datetime = strawberry.field(description="When the session began (same as createdAt).")
    last_seen_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    current: bool = strawberry.field(description="True for the session making this request.")

    @strawberry.field(description="Same as ipAddress.")
    def ip(self) -> str | None:
        return self.ip_address

    @strawberry.field(description="Seconds from the sign-in to the last request seen.")
    def duration_seconds(self) -> int:
        return max(0, int((self.last_seen_at - self.first_seen_at).total_seconds()))

    @strawberry.field(description="Browser, OS and kind of device, parsed from the user agent.")
    def device(self) -> SessionDevice:
        found = device_of(self.user_agent)
        return SessionDevice(browser=found.browser, os=found.os, device_type=found.device_type)

    @classmethod
    def from_model(cls, session: Session, current_id: uuid.UUID | None = None) -> SessionType:
        return from_row(
            cls,
            session,
            first_seen_at=session.created_at,
            # created_at is stamped by the INSERT a moment after last_seen_at: never show last before first.
            last_seen_at=max(session.last_seen_at, session.created_at),
            current=session.id == current_id,
        )


@strawberry.type(name="ApiToken", description="A partner API token. The secret itself is shown only at creation.")
class ApiTokenType(Node):
    name: str
    scopes: list[str]
    token_prefix: str = strawberry.field(description="The first characters of the secret, to recognise it.")
    created_at: dt.datetime
    expires_at: dt.datetime | None
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    active: bool
    created_by_pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, token: ApiToken) -> ApiTokenType:
        now = dt.datetime.now(dt.UTC)
        return from_row(
            cls,
            token,
            scopes=list(token.scopes),
            token_prefix=token.token_hint,
            active=token.revoked_at is None and (token.expires_at is None or token.expires_at > now),
            created_by_pk=token.created_by_id,
        )

    @strawberry.field(description="The member who created the token.")
    def created_by_id(self) -> strawberry.ID:
        return to_global_id("User", self.created_by_pk)


@strawberry.type(name="Invitation", description="An invitation to join an organisation, bound to one email.")
class InvitationType(Node):
    email: str
    role: RoleEnum  # type: ignore[valid-type]
    created_at: dt.datetime
    expires_at: dt.datetime
    accepted_at: dt.datetime | None
    revoked_at: dt.datetime | None

    @classmethod
    def from_model(cls, invitation: Invitation) -> InvitationType:
        return from_row(cls, invitation, role=Role(invitation.role))


@strawberry.type(name="PrivacyPolicy", description="A version of the privacy policy.")
class PrivacyPolicyType:
    version: str
    effective_date: dt.date
    text: str

    @classmethod
    def from_model(cls, policy: PolicyVersion) -> PrivacyPolicyType:
        return from_row(cls, policy)


# --- node loaders: each one filters by the caller's organisation (or, for sessions, the caller) ---------


async def load_users(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """Members of the caller's organisation only."""
    rows = await User.filter(id__in=pks, memberships__organization_id=context.organization_id)
    return {u.id: UserType.from_model(u) for u in rows}


async def load_organizations(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Organization.filter(id__in=pks, id=context.organization_id)
    return {o.id: OrganizationType.from_model(o) for o in rows}


async def load_memberships(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Membership.for_org(context.organization_id).filter(id__in=pks).select_related("organization", "user")
    return {m.id: MembershipType.from_model(m) for m in rows}


async def load_sessions(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    viewer = context.require_viewer()
    rows = await Session.filter(id__in=pks, user_id=viewer.user_id)
    return {s.id: SessionType.from_model(s, viewer.session_id) for s in rows}


async def load_api_tokens(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    from app.accounts.api_tokens import visible_tokens

    viewer = context.require_viewer()
    role = viewer.role or Role.VIEWER
    rows = await visible_tokens(context.organization_id, viewer.user_id, role).filter(id__in=pks)
    return {t.id: ApiTokenType.from_model(t) for t in rows}


register_node("User", load_users)
register_node("Organization", load_organizations)
register_node("Membership", load_memberships)
register_node("Session", load_sessions)
register_node("ApiToken", load_api_tokens)
register_node("Invitation", admins_only(rows_loader(Invitation, InvitationType.from_model)))
