"""CSRF for the privacy center's forms: a random cookie, and in each form an HMAC of it (double submit, signed).

A form post passes only when the cookie is present and the form's token is the keyed digest of that cookie:
another site can neither read the cookie nor compute the digest without QUANTIX_SECRET_KEY.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from app.settings import get_settings

COOKIE = "qx_privacy_csrf"
FIELD = "csrf_token"


def new_cookie_value() -> str:
    return secrets.token_urlsafe(32)


def token_for(cookie_value: str) -> str:
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"privacy-center-csrf:{cookie_value}".encode(), hashlib.sha256).hexdigest()


def valid(cookie_value: str | None, form_token: str | None) -> bool:
    if not cookie_value or not form_token or len(cookie_value) > 200:
        return False
    return hmac.compare_digest(token_for(cookie_value), form_token)
