"""Who may use the messaging fields."""

from __future__ import annotations

from app.accounts.models import Role
from schema.permissions import allow

ADMIN = allow(Role.ADMIN)  # configuration, templates and broadcasts: sessions only
VIEWER = allow(Role.VIEWER)
READ = allow(Role.VIEWER, "leads:read")  # messages and conversations are lead data
SEND = allow(Role.MEMBER, "messaging:write")
ANSWER = allow(Role.MEMBER, "leads:write")  # assigning and closing conversations
