"""Structured JSON logs with request ids, and a redaction filter driven by the data map.

Any `extra` key or dict key naming a personal field (from the data map) or a secret is replaced by
"[redacted]"; email addresses, phone numbers, bearer tokens and query-string secrets in messages are masked.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from typing import Any

from app.request_context import current_request

REDACTED = "[redacted]"
_ALWAYS_SECRET = {
    "password",
    "new_password",
    "otp",
    "code",
    "token",
    "access_token",
    "authorization",
    "secret",
    "signed_request",
    "cookie",
    "email",
    "phone",
    "full_name",
    "fullname",
    "name",
    "answers",
    "field_data",
    "ip",
    "ip_address",
    "user_agent",
    "body",
    "text",
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_BEARER = re.compile(r"(?i)\b(bearer\s+|qxs_|qx_|EAA)[A-Za-z0-9._~+/=-]{6,}")
_QUERY_SECRET = re.compile(
    r"(?i)\b(access_token|code|state|token|appsecret_proof|client_secret|hub\.verify_token|signed_request)"
    r"=[^&\s\"']+"
)
_PATH_TOKEN = re.compile(r"(/(?:exports|privacy/status)/)[^/\s?\"']+")

_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def _personal_keys() -> set[str]:
    try:
        from app.privacy.datamap import personal_field_names

        return set(personal_field_names()) | _ALWAYS_SECRET
    except Exception:  # the ORM is not initialised yet (early start-up logs)
        return set(_ALWAYS_SECRET)


def redact_text(text: str) -> str:
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED if m.group(1).lower().startswith("bearer") else REDACTED, text)
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _PATH_TOKEN.sub(lambda m: m.group(1) + REDACTED, text)
    text = _EMAIL.sub(REDACTED, text)
    return _PHONE.sub(REDACTED, text)


def redact(value: Any, keys: set[str] | None = None, depth: int = 0) -> Any:
    keys = keys if keys is not None else _personal_keys()
    if depth > 6:
        return REDACTED
    if isinstance(value, dict):
        return {k: (REDACTED if str(k).lower() in keys else redact(v, keys, depth + 1)) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [redact(v, keys, depth + 1) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if hasattr(value, "_meta") and hasattr(value, "pk"):  # a model instance: only its type and id
        return f"<{type(value).__name__} {value.pk}>"
    return redact_text(repr(value))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        keys = _personal_keys()
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": redact_text(record.getMessage()),
        }
        request_id = current_request().request_id
        if request_id:
            entry["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key in _STANDARD_ATTRS or key.startswith("_"):
                continue
            entry[key] = REDACTED if key.lower() in keys else redact(value, keys)
        if record.exc_info and record.exc_info[0] is not None:
            # Type and location only: exception messages and locals may quote personal data.
            exc_type, _, tb = record.exc_info
            frames = []
            while tb is not None:
                frames.append(f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno} in {tb.tb_frame.f_code.co_name}")
                tb = tb.tb_next
            entry["exc_type"] = exc_type.__name__
            entry["traceback"] = frames[-8:]
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "arq", "tortoise"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    logging.getLogger("tortoise").setLevel("WARNING")
    logging.getLogger("strawberry.execution").setLevel("CRITICAL")
