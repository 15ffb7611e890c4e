"""Meta's server-to-server callbacks: Deauthorize and Data Deletion (both carry a `signed_request`).

A bad `signed_request` (signature, algorithm, encoding) changes nothing and gets 400.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.integrations.meta.connection import revoke_meta_user, unsubscribe_meta_user_pages
from app.integrations.meta.purge import purge_meta_user_grants
from app.integrations.meta.signatures import SignatureError, parse_signed_request
from app.settings import get_settings

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
    return str(user_id).strip() or "0"


async def deauthorize(signed_request: str | None) -> int:
    """The user removed the app: revoke every connection they made. Returns how many."""
    user_id = verified_user_id(signed_request)
    if user_id == "0":
        return 0
    await purge_meta_user_grants(user_id)
    return len(await revoke_meta_user(user_id, reason="deauthorized"))


@dataclass(frozen=True)
class DeletionAnswer:
    url: str
    confirmation_code: str


async def data_deletion(signed_request: str | None) -> DeletionAnswer | None:
    """Open the erasure of everything Meta shared about this app-scoped user (None for user_id "0")."""
    user_id = verified_user_id(signed_request)
    if user_id == "0":
        return None
    from app.privacy.requests import open_meta_data_deletion

    await unsubscribe_meta_user_pages(user_id)
    await purge_meta_user_grants(user_id)
    code, url = await open_meta_data_deletion(user_id)
    return DeletionAnswer(url=url, confirmation_code=code)
