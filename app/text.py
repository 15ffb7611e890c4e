"""Text no database or encoder takes: NUL (PostgreSQL refuses it in text and jsonb) and lone surrogates (no UTF-8
encoder takes them). Refused wherever outside text enters: GraphQL inputs, signed webhooks, uploads, URLs."""

from __future__ import annotations

import re
from typing import Any

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


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
