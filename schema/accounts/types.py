from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry

from app.accounts.models import Membership, Organization, Role, User
from schema.context import Context
from schema.relay import Node, register_node, to_global_id

RoleEnum = strawberry.enum(Role, name="Role")


@strawberry.type(name="Organization")
class OrganizationType(Node):
    name: str
    slug: str = strawberry.field(description="Public handle, used by the privacy request intake.")
    default_country: str
    require_mfa: bool
    created_at: dt.datetime

    @classmethod
    def from_model(cls, org: Organization) -> OrganizationType:
        return cls(
            id=to_global_id("Organization", org.id),
            name=org.name,
            slug=org.slug,
            default_country=org.default_country,
            require_mfa=org.require_mfa,
            created_at=org.created_at,
        )


@strawberry.type(name="Membership")
class MembershipType:
    organization: OrganizationType
    role: RoleEnum  # type: ignore[valid-type]

    @classmethod
    def from_model(cls, membership: Membership) -> MembershipType:
        return cls(organization=OrganizationType.from_model(membership.organization), role=membership.role)


@strawberry.type(name="User")
class UserType(Node):
    full_name: str
    email: str
    phone: str | None
    job_title: str | None
    mfa_enabled: bool
    created_at: dt.datetime
    user_pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, user: User) -> UserType:
        return cls(
            id=to_global_id("User", user.id),
            full_name=user.full_name,
            email=user.email,
            phone=user.phone,
            job_title=user.job_title,
            mfa_enabled=user.mfa_enabled,
            created_at=user.created_at,
            user_pk=user.id,
        )

    @strawberry.field(description="Organisations you belong to and your role in each.")
    async def memberships(self) -> list[MembershipType]:
        rows = await Membership.filter(user_id=self.user_pk).select_related("organization").order_by("created_at")
        return [MembershipType.from_model(m) for m in rows]


async def load_users(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """Members of the caller's organisation only."""
    rows = await User.filter(id__in=pks, memberships__organization_id=context.organization_id)
    return {u.id: UserType.from_model(u) for u in rows}


async def load_organizations(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Organization.filter(id__in=pks, id=context.organization_id)
    return {o.id: OrganizationType.from_model(o) for o in rows}


register_node("User", load_users)
register_node("Organization", load_organizations)
