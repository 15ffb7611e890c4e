"""Conversions API for CRM (META-2.md §11, §17): datasets and `POST /{dataset_id}/events`.

Validates each event as META-2 §17 says (whole batch refused on one bad event), de-duplicates by
(`event_name`, `event_id`) within 48 h like Meta, and keeps what tests read: `capi_events` (accepted, first
copies), `capi_duplicates` (re-sent copies Meta would drop), `capi_posts` (every HTTP call with its body).
"""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

from app.sandbox.meta.core import GraphError, Token, _missing

MAX_EVENTS = 1000
DEDUP_WINDOW = 48 * 3600
MAX_AGE = 7 * 86400
_HEX64 = re.compile(r"^[a-f0-9]{64}$")


def _invalid(title: str, subcode: int | None = None) -> GraphError:
    return GraphError(100, "Invalid parameter", subcode=subcode, user_title=title)


class ConversionsMixin:
    """Datasets (CRM pixels) a user can reach, and the events endpoint."""

    DATASET_ID = "1234567890123456"

    def _capi_state(self) -> None:
        if not hasattr(self, "capi_events"):
            self.capi_events: list[dict[str, Any]] = []
            self.capi_duplicates: list[dict[str, Any]] = []
            self.capi_posts: list[dict[str, Any]] = []
            self.capi_seen: dict[tuple[str, str, str], float] = {}
            self.capi_known_leads: set[str] = set()

    def add_dataset(self, dataset_id: str, name: str = "CRM dataset", *, user_ids: list[str] | None = None):
        """A dataset reachable by these users' tokens (system users: their own id)."""
        self._capi_state()
        return self._put("dataset", {"id": dataset_id, "name": name, "users": list(user_ids or [])})

    def register_leads(self, leadgen_ids: list[str]) -> None:
        """Lead ids the events endpoint accepts without a stored lead object (benchmarks)."""
        self._capi_state()
        self.capi_known_leads.update(leadgen_ids)

    def _check_object_access(self, token: Token, obj: dict[str, Any]) -> None:
        if obj["_type"] == "dataset":
            self._require(token, "ads_management")
            if token.kind != "APP" and token.user_id not in obj["users"]:
                raise _missing(obj["id"])
            return
        super()._check_object_access(token, obj)  # type: ignore[misc]

    def _edge_dataset_events(self, method, obj, token, params, body, url, rest) -> Any:
        self._capi_state()
        if method != "POST":
            raise GraphError(100, "(#100) Unsupported get request.", type="GraphMethodException")
        self._check_object_access(token, obj)
        raw = body.get("data") if isinstance(body, dict) else params.get("data")
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except ValueError:
                raise _invalid("Invalid data") from None
        self.capi_posts.append({"dataset_id": obj["id"], "data": raw, "params": dict(params), "at": self.now()})
        if not isinstance(raw, list) or not raw:
            raise _invalid("The data parameter must be a non-empty array")
        if len(raw) > MAX_EVENTS:
            raise _invalid("Too many events: at most 1000 per request")
        now = self.now()
        for event in raw:
            self._validate_event(event, now)
        test_code = (body or {}).get("test_event_code") if isinstance(body, dict) else params.get("test_event_code")
        for event in raw:
            key = (obj["id"], str(event["event_name"]), str(event.get("event_id") or ""))
            first = self.capi_seen.get(key)
            record = {"dataset_id": obj["id"], "event": event, "test_event_code": test_code, "at": now}
            if event.get("event_id") and first is not None and now - first < DEDUP_WINDOW:
                self.capi_duplicates.append(record)
                continue
            self.capi_seen[key] = now
            self.capi_events.append(record)
        trace = "A" + secrets.token_urlsafe(8).replace("-", "x").replace("_", "y")
        return {"events_received": len(raw), "messages": [], "fbtrace_id": trace}

    def _validate_event(self, event: Any, now: float) -> None:
        if not isinstance(event, dict):
            raise _invalid("Invalid event")
        if not isinstance(event.get("event_name"), str) or not event["event_name"]:
            raise _invalid("Missing event_name")
        at = event.get("event_time")
        if not isinstance(at, int) or isinstance(at, bool):
            raise _invalid("Invalid event_time")
        if at > now + 60:
            raise _invalid("Invalid event_time")
        if at < now - MAX_AGE:
            raise GraphError(
                100, "Invalid parameter", subcode=2804003, user_title="Event Timestamp Too Old", http_status=400
            )
        if event.get("action_source") != "system_generated":
            raise _invalid("Invalid action_source")
        custom = event.get("custom_data") or {}
        if not isinstance(custom, dict) or custom.get("event_source") != "crm" or not custom.get("lead_event_source"):
            raise _invalid("Invalid custom_data")
        user = event.get("user_data") or {}
        if not isinstance(user, dict):
            raise _invalid("Invalid user_data")
        lead_id = user.get("lead_id")
        text = str(lead_id) if isinstance(lead_id, int) and not isinstance(lead_id, bool) else lead_id
        if not isinstance(text, str) or not text.isdigit() or not 15 <= len(text) <= 17:
            raise _invalid("Invalid lead_id")
        known = self.objects.get(text)
        if (known is None or known.get("_type") != "lead") and text not in self.capi_known_leads:
            raise _invalid("Invalid lead_id")
        for key in ("em", "ph"):
            values = user.get(key)
            if values is None:
                continue
            if not isinstance(values, list) or not all(isinstance(v, str) and _HEX64.match(v) for v in values):
                raise _invalid(f"Unhashed {key}")

    def capi_event_count(self) -> int:
        self._capi_state()
        return len(self.capi_events)
