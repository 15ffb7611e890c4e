"""Accounts: sign-up, sign-in, sessions, MFA, organisations, members, invitations, API tokens."""

from schema.accounts.queries import Query
from schema.accounts.types import MembershipType, OrganizationType, UserType

types = [UserType, OrganizationType, MembershipType]

__all__ = ["Query", "types"]
