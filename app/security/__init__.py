"""Passwords, tokens, TOTP, encryption at rest, blind indexes and rate limits."""
