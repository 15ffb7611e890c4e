"""Meta's server-to-server callbacks: Deauthorize and Data Deletion (both carry a `signed_request`).

A bad `signed_request` (signature, algorithm, encoding) changes nothing and gets 400. Data Deletion opens a
privacy request, so privacy answers it (app/privacy/requests.py `meta_data_deletion`) with these helpers.
"""

from __future__ import annotations

import logging

from app.integrations.meta.connection import revoke_meta_user
from app.integrations.meta.purge import purge_meta_user_grants
from app.integrations.meta.signatures import SignatureError, parse_signed_request
from app.settings import get_settings
from app.text import unstorable

log = logging.getLogger("quantix.meta.callbacks")


class BadSignedRequest(ValueError):
    pass


def verified_user_id(signed_request: str | None) -> str:
    """The app-scoped user id of a verified signed_request ("0" for a Page-level removal)."""
    try:
        payload = parse_signed_request(get_settings().meta_app_secret, signed_request)
    except SignatureError as exc:
        raise BadSignedRequest(str(exc)) from None
    user_id = payload.get("user_id")
    if user_id is None:
        return "0"
    if unstorable(str(user_id)):
        raise BadSignedRequest("user_id holds a NUL character or a lone surrogate")
    return str(user_id).strip() or "0"


async def deauthorize(signed_request: str | None) -> int:
    """The user removed the app: revoke every connection they made. Returns how many."""
    user_id = verified_user_id(signed_request)
    if user_id == "0":
        return 0
    await purge_meta_user_grants(user_id)
    return len(await revoke_meta_user(user_id, reason="deauthorized"))
