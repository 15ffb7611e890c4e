"""Conversions API for CRM (META-2.md §11): the wire side only.

Normalising and hashing identifiers (§11.4), the event body (§11.3, §11.5, deterministic `event_id`
`{leadgen_id}:{stage}` §11.7, `{leadgen_id}:{stage}:{deal}` for a won deal's own event), posting one batch of at
most 1,000 events to `/{dataset_id}/events` (§11.2) and checking that the token reaches a dataset. Which events
exist, the gates and the schedule live in app/conversions (they read privacy and billing, which sit above this
package).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.integrations.meta.calls import Graph, MetaAuthError, MetaError, MetaPermanent
from app.settings import get_settings

MAX_EVENTS_PER_REQUEST = 1000  # META-2 §11.2
MAX_EVENT_AGE = dt.timedelta(days=7)  # older events poison the whole batch (META-2 §11.3)
SAFETY_MARGIN = dt.timedelta(hours=1)  # drop a little before Meta would refuse (META-2 §16.4)
ACTION_SOURCE = "system_generated"
LEAD_EVENT_SOURCE = "QuantixOne"
PARTNER_AGENT = "quantixone"
TOO_OLD_SUBCODE = 2804003

_HEX64 = re.compile(r"^[a-f0-9]{64}$")
_EMAIL = re.compile(r".+@.+\..+")


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def hash_email(email: str | None) -> str | None:
    """Trim, lowercase, SHA-256 hex (META-2 §11.4); None when it is not an address."""
    if not email:
        return None
    value = email.strip().lower()
    if _HEX64.match(value):
        return value
    return _sha256(value) if _EMAIL.match(value) else None


def hash_phone(phone: str | None) -> str | None:
    """Digits only with the country code, no leading `+`/`00`/zeros (META-2 §11.4). A number that still
    starts with 0 has no country code: not sent."""
    if not phone:
        return None
    raw = phone.strip()
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("00"):
        digits = digits[2:]
    if len(digits) < 7 or digits.startswith("0"):
        return None
    return _sha256(digits)


def event_id(leadgen_id: str, event_name: str, key: str = "") -> str:
    """Deterministic (META-2 §11.7 convention): a re-send of a stage is de-duplicated by Meta. `key` tells apart
    events of one stage that are not re-sends (a won deal's own event): Meta de-duplicates by name and id."""
    return f"{leadgen_id}:{event_name}:{key}" if key else f"{leadgen_id}:{event_name}"


@dataclass(frozen=True)
class CrmEvent:
    leadgen_id: str
    event_name: str
    event_time: dt.datetime
    email: str | None = None
    phone: str | None = None  # E.164
    value: Decimal | None = None
    currency: str | None = None
    key: str = ""  # see event_id

    def wire(self) -> dict[str, Any]:
        user_data: dict[str, Any] = {"lead_id": int(self.leadgen_id)}
        em, ph = hash_email(self.email), hash_phone(self.phone)
        if em:
            user_data["em"] = [em]
        if ph:
            user_data["ph"] = [ph]
        custom: dict[str, Any] = {"event_source": "crm", "lead_event_source": LEAD_EVENT_SOURCE}
        if self.value is not None and self.currency:
            custom["value"] = float(self.value)
            custom["currency"] = self.currency.upper()
        return {
            "event_name": self.event_name,
            "event_time": int(self.event_time.timestamp()),
            "action_source": ACTION_SOURCE,
            "event_id": event_id(self.leadgen_id, self.event_name, self.key),
            "user_data": user_data,
            "custom_data": custom,
        }


def valid_leadgen_id(value: str | None) -> bool:
    """Meta lead ids are 15-17 digits (META-2 §11.3); others would make Meta reject the whole batch."""
    return bool(value) and value.isdigit() and 15 <= len(value) <= 17  # type: ignore[union-attr]


@dataclass(frozen=True)
class UploadResult:
    events_received: int
    fbtrace_id: str | None


async def upload(
    dataset_id: str, token: str, events: list[CrmEvent], *, test_event_code: str | None = None
) -> UploadResult:
    """POST one batch (JSON body, Bearer token). Raises MetaRetryable on throttling / 5xx (never retried
    here: the caller keeps the events pending and reschedules), MetaPermanent / MetaAuthError otherwise."""
    if not events or len(events) > MAX_EVENTS_PER_REQUEST:
        raise ValueError("a Conversions API batch holds 1 to 1,000 events")
    body: dict[str, Any] = {"data": [e.wire() for e in events], "partner_agent": PARTNER_AGENT}
    if test_event_code:
        body["test_event_code"] = test_event_code
    async with Graph(get_settings()) as graph:
        graph.client.max_retries = 0
        reply = await graph.client.post(f"{dataset_id}/events", json=body, token=token)
    reply = reply if isinstance(reply, dict) else {}
    return UploadResult(int(reply.get("events_received") or 0), reply.get("fbtrace_id"))


async def check_dataset(dataset_id: str, token: str) -> str | None:
    """None when the token reaches the dataset, else why not (Meta's words)."""
    try:
        async with Graph(get_settings()) as graph:
            await graph.get(dataset_id, token=token, fields="id")
    except MetaAuthError as exc:
        return f"The Meta token no longer works ({exc.message})."
    except MetaPermanent as exc:
        return f"This Meta connection cannot reach dataset {dataset_id} ({exc.message})."
    except MetaError as exc:
        return f"Meta could not check dataset {dataset_id} now ({exc.message}); try again."
    return None


__all__ = [
    "ACTION_SOURCE",
    "MAX_EVENTS_PER_REQUEST",
    "MAX_EVENT_AGE",
    "SAFETY_MARGIN",
    "TOO_OLD_SUBCODE",
    "CrmEvent",
    "UploadResult",
    "check_dataset",
    "event_id",
    "hash_email",
    "hash_phone",
    "upload",
    "valid_leadgen_id",
]
