"""Organisation settings, members, roles, invitations and partner API tokens.

None of these admit partner tokens (`allow(...)` without a scope): a token never manages tokens,
members, roles or MFA (SPEC §6).
"""

from __future__ import annotations

import datetime as dt
import uuid
from functools import partial

import strawberry
from strawberry.types import Info

from app.accounts import api_tokens, organizations
from app.accounts.models import Membership, Organization, Role
from app.billing.services import check_seat_for_invitation
from app.errors import DomainError, ErrorCode
from app.settings import get_settings
from schema.accounts.mutations import target_pk
from schema.accounts.types import ApiTokenType, InvitationType, MembershipType, OrganizationType, RoleEnum
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.permissions import allow, signed_in
from schema.relay import from_global_id

# --- payloads -------------------------------------------------------------------------------------------


UpdateOrganizationPayload = payload_type("UpdateOrganizationPayload", organization=OrganizationType)
InviteMemberPayload = payload_type("InviteMemberPayload", invitation=InvitationType)
RevokeInvitationPayload = payload_type("RevokeInvitationPayload", invitation=InvitationType)
AcceptInvitationPayload = payload_type(
    "AcceptInvitationPayload", membership=MembershipType, organization=OrganizationType
)
UpdateMemberRolePayload = payload_type("UpdateMemberRolePayload", membership=MembershipType)
RemoveMemberPayload = payload_type("RemoveMemberPayload", membership=MembershipType)
TransferOwnershipPayload = payload_type(
    "TransferOwnershipPayload", membership=MembershipType, organization=OrganizationType
)
LeaveOrganizationPayload = payload_type("LeaveOrganizationPayload", organization=OrganizationType)


CreateApiTokenPayload = payload_type(
    "CreateApiTokenPayload",
    api_token=ApiTokenType,
    secret=(str, "The token (`qx_...`), shown only this once."),
    token=(str, "Same as `secret`."),
)


RevokeApiTokenPayload = payload_type("RevokeApiTokenPayload", api_token=ApiTokenType)


# --- inputs ---------------------------------------------------------------------------------------------


@strawberry.input
class UpdateOrganizationInput:
    name: str | None = None
    default_country: str | None = strawberry.field(default=None, description="ISO 3166-1 alpha-2, e.g. US.")
    require_mfa: bool | None = strawberry.field(default=None, description="Require two-factor authentication.")
    currency: str | None = strawberry.field(default=None, description="ISO 4217, e.g. EUR: deals' default currency.")
    privacy_contact: str | None = strawberry.field(
        default=None, description="An email, mailto: or https: URI shown on the privacy center; empty clears it."
    )
    privacy_policy_url: str | None = strawberry.field(
        default=None, description="An https:// URL: /privacy/{slug}/policy redirects there; empty clears it."
    )


@strawberry.input
class InviteMemberInput:
    email: str
    role: RoleEnum  # type: ignore[valid-type]


@strawberry.input
class RevokeInvitationInput:
    id: strawberry.ID


@strawberry.input
class AcceptInvitationInput:
    token: str


@strawberry.input(description="The member is named by `id` (their Membership or User id) or `userId`; give one.")
class UpdateMemberRoleInput:
    role: RoleEnum  # type: ignore[valid-type]
    id: strawberry.ID | None = None
    user_id: strawberry.ID | None = None


@strawberry.input(description="The member is named by `id` (their Membership or User id) or `userId`; give one.")
class RemoveMemberInput:
    id: strawberry.ID | None = None
    user_id: strawberry.ID | None = None


@strawberry.input(description="The new owner is named by `id` (Membership or User id) or `userId`; give one.")
class TransferOwnershipInput:
    id: strawberry.ID | None = None
    user_id: strawberry.ID | None = None


@strawberry.input
class CreateApiTokenInput:
    name: str
    scopes: list[str] = strawberry.field(
        description="Any of leads:read, leads:write, campaigns:read, messaging:write, privacy:manage, webhooks:manage."
    )
    expires_at: dt.datetime | None = None


@strawberry.input
class RevokeApiTokenInput:
    id: strawberry.ID


async def _member_user_pk(
    organization_id: uuid.UUID, global_id: strawberry.ID | None, user_id: strawberry.ID | None
) -> tuple[uuid.UUID, str]:
    """(user pk, input field) from `id` (Membership or User id) or `userId`, exactly one given."""
    if (global_id is None) == (user_id is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give exactly one of `id` and `userId`.", field="id")
    if user_id is not None:
        return target_pk(user_id, "User", "userId"), "userId"
    type_name, pk = from_global_id(str(global_id))
    if type_name == "User":
        return pk, "id"
    if type_name == "Membership":
        membership = await organizations.membership_by_id(organization_id, pk)
        if membership is not None:
            return membership.user_id, "id"
    raise DomainError(ErrorCode.NOT_FOUND, "No such member.", field="id")


async def _membership_type(membership: Membership) -> MembershipType:
    return MembershipType.from_model(await Membership.get(id=membership.id).select_related("organization", "user"))


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.OWNER), "Rename, set the default country, or require MFA of every member.")
    async def update_organization(self, info: Info, input: UpdateOrganizationInput) -> UpdateOrganizationPayload:
        org = await organizations.update_organization(
            ctx(info).organization_id,
            name=input.name,
            default_country=input.default_country,
            require_mfa=input.require_mfa,
            currency=input.currency,
            privacy_contact=input.privacy_contact,
            privacy_policy_url=input.privacy_policy_url,
        )
        return UpdateOrganizationPayload(organization=OrganizationType.from_model(org))

    @payload_mutation(allow(Role.ADMIN), "Mail an invitation (valid 7 days, bound to that email).")
    async def invite_member(self, info: Info, input: InviteMemberInput) -> InviteMemberPayload:
        viewer, org_id = ctx(info).require_viewer(), ctx(info).organization_id
        invitation, _token = await organizations.invite_member(
            org_id,
            viewer.user_id,
            input.email,
            Role(input.role),
            seat_check=partial(check_seat_for_invitation, get_settings(), org_id),  # paid seats (billing on)
        )
        return InviteMemberPayload(invitation=InvitationType.from_model(invitation))

    @payload_mutation(allow(Role.ADMIN), "Withdraw a pending invitation.")
    async def revoke_invitation(self, info: Info, input: RevokeInvitationInput) -> RevokeInvitationPayload:
        viewer = ctx(info).require_viewer()
        invitation = await organizations.revoke_invitation(
            ctx(info).organization_id, viewer.user_id, target_pk(input.id, "Invitation")
        )
        return RevokeInvitationPayload(invitation=InvitationType.from_model(invitation))

    @payload_mutation(signed_in(), "Join an organisation with the mailed token (the invited email only).")
    async def accept_invitation(self, info: Info, input: AcceptInvitationInput) -> AcceptInvitationPayload:
        membership = await organizations.accept_invitation(ctx(info).require_viewer().user_id, input.token)
        return AcceptInvitationPayload(
            membership=MembershipType.from_model(membership),
            organization=OrganizationType.from_model(membership.organization),
        )

    @payload_mutation(allow(Role.ADMIN), "Change a member's role (ADMIN: members and viewers; OWNER: admins too).")
    async def update_member_role(self, info: Info, input: UpdateMemberRoleInput) -> UpdateMemberRolePayload:
        org_id, actor_id = org_and_actor(info)
        user_pk, field = await _member_user_pk(org_id, input.id, input.user_id)
        membership = await organizations.update_member_role(org_id, actor_id, user_pk, Role(input.role), field=field)
        return UpdateMemberRolePayload(membership=await _membership_type(membership))

    @payload_mutation(allow(Role.ADMIN), "Remove a member; their API tokens here are revoked.")
    async def remove_member(self, info: Info, input: RemoveMemberInput) -> RemoveMemberPayload:
        org_id, actor_id = org_and_actor(info)
        user_pk, field = await _member_user_pk(org_id, input.id, input.user_id)
        membership = await organizations.remove_member(org_id, actor_id, user_pk, field=field)
        return RemoveMemberPayload(membership=MembershipType.from_model(membership))

    @payload_mutation(allow(Role.OWNER), "Make another member the OWNER; you become an ADMIN.")
    async def transfer_ownership(self, info: Info, input: TransferOwnershipInput) -> TransferOwnershipPayload:
        org_id, actor_id = org_and_actor(info)
        user_pk, field = await _member_user_pk(org_id, input.id, input.user_id)
        membership = await organizations.transfer_ownership(org_id, actor_id, user_pk, field=field)
        org = await Organization.get(id=org_id)
        return TransferOwnershipPayload(
            membership=await _membership_type(membership), organization=OrganizationType.from_model(org)
        )

    @payload_mutation(
        signed_in(organization=True),
        "Leave the organisation this session acts on (an owner hands over ownership first).",
    )
    async def leave_organization(self, info: Info) -> LeaveOrganizationPayload:
        org = await organizations.leave_organization(*org_and_actor(info))
        return LeaveOrganizationPayload(organization=OrganizationType.from_model(org))

    @payload_mutation(
        allow(Role.ADMIN),
        "Create a partner API token with scopes within your role (ADMIN and above); the secret is returned only once.",
    )
    async def create_api_token(self, info: Info, input: CreateApiTokenInput) -> CreateApiTokenPayload:
        viewer = ctx(info).require_viewer()
        token, secret = await api_tokens.create_token(
            ctx(info).organization_id,
            viewer.user_id,
            viewer.role or Role.VIEWER,
            name=input.name,
            scopes=list(input.scopes),
            expires_at=input.expires_at,
        )
        return CreateApiTokenPayload(api_token=ApiTokenType.from_model(token), secret=secret, token=secret)

    @payload_mutation(allow(Role.VIEWER), "Revoke an API token (your own; ADMIN and OWNER: any).")
    async def revoke_api_token(self, info: Info, input: RevokeApiTokenInput) -> RevokeApiTokenPayload:
        viewer = ctx(info).require_viewer()
        token = await api_tokens.revoke_token(
            ctx(info).organization_id, viewer.user_id, viewer.role or Role.VIEWER, target_pk(input.id, "ApiToken")
        )
        return RevokeApiTokenPayload(api_token=ApiTokenType.from_model(token))
