from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.accounts import api_tokens, organizations
from app.accounts.models import Organization, Role, User
from app.accounts.services import active_sessions
from schema.accounts.types import (
    ApiTokenType,
    InvitationType,
    MembershipType,
    OrganizationType,
    PrivacyPolicyType,
    RoleEnum,
    SessionType,
    UserType,
)
from schema.context import ctx
from schema.permissions import allow, public, signed_in
from schema.relay import Connection, PageArgs, connection_field, paginate


@strawberry.input(description="Narrow the member list.")
class MemberFilter:
    role: RoleEnum | None = None  # type: ignore[valid-type]


@strawberry.type
class Query:
    @strawberry.field(extensions=signed_in(), description="The signed-in user.")
    async def me(self, info: Info) -> UserType:
        user = await User.get(id=ctx(info).require_viewer().user_id)
        return UserType.from_model(user)

    @strawberry.field(extensions=allow(tokens=True), description="The organisation this session acts on.")
    async def organization(self, info: Info) -> OrganizationType:
        org = await Organization.get(id=ctx(info).organization_id)
        return OrganizationType.from_model(org)

    @connection_field(allow(Role.VIEWER), "Members of your organisation and their roles.")
    async def members(
        self, info: Info, filter: MemberFilter | None = None, *, page: PageArgs
    ) -> Connection[MembershipType]:
        qs = organizations.members(ctx(info).organization_id)
        key: dict[str, str] = {}
        if filter is not None and filter.role is not None:
            qs = qs.filter(role=filter.role)
            key["role"] = Role(filter.role).name
        return await paginate(
            qs.select_related("organization", "user"),
            page,
            MembershipType.from_model,
            filter_key=key,
            count=qs.count,
        )

    @connection_field(allow(Role.ADMIN), "Invitations still waiting to be accepted.")
    async def invitations(self, info: Info, *, page: PageArgs) -> Connection[InvitationType]:
        qs = organizations.pending_invitations(ctx(info).organization_id)
        return await paginate(qs, page, InvitationType.from_model)

    @connection_field(
        signed_in(), "Your active sessions (IP, user agent, first and last seen); `current` marks this one."
    )
    async def sessions(self, info: Info, *, page: PageArgs) -> Connection[SessionType]:
        viewer = ctx(info).require_viewer()
        return await paginate(
            active_sessions(viewer.user_id),
            page,
            lambda s: SessionType.from_model(s, viewer.session_id),
        )

    @connection_field(
        allow(Role.VIEWER), "API tokens of your organisation (admins see all, others their own), with lastUsedAt."
    )
    async def api_tokens(self, info: Info, *, page: PageArgs) -> Connection[ApiTokenType]:
        viewer = ctx(info).require_viewer()
        qs = api_tokens.visible_tokens(ctx(info).organization_id, viewer.user_id, viewer.role or Role.VIEWER)
        return await paginate(qs, page, ApiTokenType.from_model)

    @strawberry.field(extensions=public(), description="The privacy policy in force: version and effective date.")
    async def privacy_policy(self) -> PrivacyPolicyType:
        from app.accounts.policy import current_policy

        return PrivacyPolicyType.from_model(await current_policy())
