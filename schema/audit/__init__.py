"""Audit trail: sign-ins, MFA, token, role and membership changes, and other rooms' recorded actions."""

from schema.audit.queries import Query
from schema.audit.types import AuditEventType

types = [AuditEventType]

__all__ = ["Query", "types"]
