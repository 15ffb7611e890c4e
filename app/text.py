"""Text no database or encoder takes: NUL (PostgreSQL refuses it in text and jsonb) and lone surrogates (no UTF-8
encoder takes them). Refused wherever outside text enters: GraphQL inputs, signed webhooks, uploads, URLs.
And the SPEC §6 maxima that services check as well as the schema's input check."""

from __future__ import annotations

import re
from typing import Any

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
MAX_EMAIL = 320  # characters of an email address (SPEC §6 "emails 320")
MAX_URL = 2_048  # characters of a URL (SPEC §6 "URLs 2,048 characters")
MAX_STRING = 1_000  # characters of a string SPEC §6 gives no other maximum ("other strings 1,000")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NOT_IN_ONE_ADDRESS = re.compile(r'[()<>\[\]:;,\\"\s\x00-\x1f\x7f-\x9f]')


def one_address(text: str) -> bool:
    """Whether `text` is exactly one bare address, `local@domain`, that a mail header or an SMTP envelope can only
    read as one recipient: one "@" with text on each side, no list, group, display name, comment or quoting, no
    whitespace or control character."""
    local, _, domain = text.partition("@")
    return bool(local and domain) and "@" not in domain and _NOT_IN_ONE_ADDRESS.search(text) is None


def email_shaped(text: str) -> bool:
    """One address (`one_address`) of at most MAX_EMAIL characters with a dotted domain: what every channel takes
    as an email (a user's, a lead's, an invitee's, an EMAIL custom value), so none can hold a list of them."""
    return len(text) <= MAX_EMAIL and _EMAIL.match(text) is not None and one_address(text)


def unstorable(value: str) -> bool:
    return UNSTORABLE.search(value) is not None


def holds_unstorable(value: Any) -> bool:
    """Whether any string of a decoded JSON value (keys included) is unstorable; iterative, linear in its size."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if UNSTORABLE.search(item):
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False
