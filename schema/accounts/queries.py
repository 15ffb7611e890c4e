from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.accounts.models import Organization, User
from schema.accounts.types import OrganizationType, UserType
from schema.context import ctx
from schema.permissions import allow, signed_in


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
