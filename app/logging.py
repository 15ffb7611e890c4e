"""Structured JSON logs with request ids, and a redaction filter driven by the data map.

Any `extra` key or dict key naming a personal field (from the data map) or a secret is replaced by
"[redacted]"; email addresses, phone numbers, bearer tokens and query-string secrets in messages are masked.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import decimal
import enum
import json
import logging
import pathlib
import re
import sys
import uuid
from typing import Any

import httpx

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
    "note",
    "notes",
    "comment",
    "first_name",
    "last_name",
    "address",
    "birth_date",
    "date_of_birth",
    "session",
    "recovery_codes",
    "otpauth_uri",
}
# A key containing one of these (after normalising) is always redacted: `apiToken`, `metaAppSecret`, ...
_SECRET_PARTS = ("token", "secret", "password", "email", "phone", "fullname", "cookie")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d\s().-]{5,}\d(?![\w-])")  # 7+ digits, not inside an id
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")
_BEARER = re.compile(r"(?i)\b(bearer\s+|qxs_|qx_|EAA)[A-Za-z0-9._~+/=-]{6,}")
_QUERY_SECRET = re.compile(
    r"(?i)\b(access_token|code|state|token|appsecret_proof|client_secret|hub\.verify_token|signed_request)"
    r"=[^&\s\"']+"
)
_PATH_TOKEN = re.compile(r"(/(?:exports|media|privacy/status)/)[^/\s?\"']+")
# Client addresses are personal data. IPv4 before the phone pattern (which would take "10.1.2.3" too).
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")

# Values logged as their own text (then scrubbed): opening them up would show their internals, not them.
_TEXT_VALUES = (httpx.URL, uuid.UUID, decimal.Decimal, dt.date, dt.time, enum.Enum, pathlib.PurePath)
_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def _norm(key: object) -> str:
    """`fullName`, `full_name` and `Full-Name` are the same key to the filter."""
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


_ALWAYS_SECRET_NORM = {_norm(k) for k in _ALWAYS_SECRET}
_data_map_keys: frozenset[str] | None = None


def _personal_keys() -> set[str]:
    """Normalised keys to redact: the data map's personal fields (once the ORM knows them) and secrets."""
    global _data_map_keys
    if _data_map_keys is None:
        try:
            from app.privacy.datamap import personal_field_names

            names = personal_field_names()
        except Exception:  # the ORM is not initialised yet (early start-up logs)
            names = frozenset()
        if names:
            _data_map_keys = frozenset(_norm(n) for n in names)
        return {_norm(k) for k in _ALWAYS_SECRET | set(names)}
    return set(_data_map_keys) | _ALWAYS_SECRET_NORM


def _is_secret_key(key: object, keys: set[str]) -> bool:
    norm = _norm(key)
    return norm in keys or any(part in norm for part in _SECRET_PARTS)


def _is_ipv6(text: str) -> bool:
    """Eight groups, or fewer around `::`: not a time of day (12:30:45) nor a bare `::`."""
    return (text.count(":") == 7 or "::" in text) and text != "::"


def redact_text(text: str) -> str:
    text = _BEARER.sub(lambda m: m.group(1) + REDACTED if m.group(1).lower().startswith("bearer") else REDACTED, text)
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _PATH_TOKEN.sub(lambda m: m.group(1) + REDACTED, text)
    text = _EMAIL.sub(REDACTED, text)
    text = _IPV4.sub(REDACTED, text)
    text = _IPV6.sub(lambda m: REDACTED if _is_ipv6(m.group(0)) else m.group(0), text)
    return _PHONE.sub(
        lambda m: m.group(0) if _DATE.fullmatch(m.group(0)) or not _phone_like(m.group(0)) else REDACTED, text
    )


def _phone_like(text: str) -> bool:
    """Seven digits or more: a phone number's least, so "HTTP/1.1 200" or "v21.0 / 404" stay readable."""
    return sum(c.isdigit() for c in text) >= 7


def redact(value: Any, keys: set[str] | None = None, depth: int = 0) -> Any:
    """A copy of `value` safe to log: personal or secret keys redacted, text scrubbed, objects opened up."""
    keys = keys if keys is not None else _personal_keys()
    if depth > 6:
        return REDACTED
    if isinstance(value, dict):
        return {k: (REDACTED if _is_secret_key(k, keys) else redact(v, keys, depth + 1)) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact(v, keys, depth + 1) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if hasattr(value, "_meta") and hasattr(value, "pk"):  # a model instance: only its type and id
        return f"<{type(value).__name__} {value.pk}>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, **redact(fields, keys, depth + 1)}
    if isinstance(value, _TEXT_VALUES):
        return redact_text(str(value))  # a value whose text is what it is (a URL, an id): that text, scrubbed
    if hasattr(value, "__dict__") and not isinstance(value, type) and vars(value):
        return {"type": type(value).__name__, **redact(dict(vars(value)), keys, depth + 1)}
    return redact_text(repr(value))


def _safe_record(record: logging.LogRecord, keys: set[str]) -> logging.LogRecord:
    """A copy whose message arguments (and a non-text message) went through `redact` before formatting."""
    if isinstance(record.msg, str) and not record.args:
        return record
    safe = copy.copy(record)
    if not isinstance(safe.msg, str):
        safe.msg = json.dumps(redact(safe.msg, keys), default=str)
    if isinstance(safe.args, dict):
        safe.args = redact(safe.args, keys)
    elif safe.args:
        safe.args = tuple(a if isinstance(a, bool | int | float) else _as_text(redact(a, keys)) for a in safe.args)
    return safe


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _announces_bind(record: logging.LogRecord) -> bool:
    """uvicorn's start-up line names the address the operator told it to bind: a server's, not a person's."""
    return record.name == "uvicorn.error" and str(record.msg).startswith("Uvicorn running on ")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        keys = _personal_keys()
        message = record.getMessage() if _announces_bind(record) else _safe_record(record, keys).getMessage()
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": message if _announces_bind(record) else redact_text(message),
        }
        request_id = current_request().request_id
        if request_id:
            entry["request_id"] = request_id
        for key, value in record.__dict__.items():
            if key in _STANDARD_ATTRS or key.startswith("_"):
                continue
            if key == "request_id" and isinstance(value, str):
                entry[key] = value  # ours, random
                continue
            entry[key] = REDACTED if _is_secret_key(key, keys) else redact(value, keys)
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
    logging.getLogger("uvicorn.access").setLevel("WARNING")  # `quantix.access` logs each request, paths masked
    logging.getLogger("tortoise").setLevel("WARNING")
    logging.getLogger("strawberry.execution").setLevel("CRITICAL")
