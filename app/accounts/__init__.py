"""Accounts: organisations, users, memberships, sessions, MFA, invitations, partner tokens."""
