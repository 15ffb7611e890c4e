"""Accounts: sign-up, sign-in, sessions, MFA, organisations, members, invitations, API tokens."""

from strawberry.tools import merge_types

from schema.accounts import mutations, org_mutations
from schema.accounts.queries import Query
from schema.accounts.types import (
    ApiTokenType,
    InvitationType,
    MembershipType,
    OrganizationType,
    PrivacyPolicyType,
    SessionType,
    UserType,
)

Mutation = merge_types("AccountsMutation", (mutations.Mutation, org_mutations.Mutation))

types = [UserType, OrganizationType, MembershipType, SessionType, ApiTokenType, InvitationType, PrivacyPolicyType]

__all__ = ["Mutation", "Query", "types"]
