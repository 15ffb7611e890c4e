"""What happens to an account that its holder would want to hear about (SPEC §7.1's security notices).

Accounts announces these; app.notifications, which sits above accounts (it reads users and memberships to
address its mails), subscribes and sends the notices. So accounts never imports notifications: app.main imports
the listening module, which subscribes itself. A failing listener is logged and never fails the sign-in or
password change that announced it.
"""

from __future__ import annotations

import enum
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger("quantix.accounts.security")


class SecurityEvent(enum.Enum):
    SIGNED_IN = "SIGNED_IN"  # facts: sign_up (bool)
    LOCKED_OUT = "LOCKED_OUT"
    MFA_TURNED_OFF = "MFA_TURNED_OFF"  # facts: by_owner (bool)
    PASSWORD_CHANGED = "PASSWORD_CHANGED"
    API_TOKEN_CREATED = "API_TOKEN_CREATED"  # facts: token_name (str, not a secret)


Listener = Callable[[SecurityEvent, uuid.UUID, dict[str, Any]], Awaitable[None]]
_listeners: list[Listener] = []


def subscribe(fn: Listener) -> Listener:
    if fn not in _listeners:
        _listeners.append(fn)
    return fn


async def announce(event: SecurityEvent, user_id: uuid.UUID, **facts: Any) -> None:
    for listener in list(_listeners):
        try:
            await listener(event, user_id, facts)
        except Exception:
            log.exception("security event listener failed", extra={"event_type": event.value})
