"""Events (STRIPE.md §9.2) and their signed webhook delivery (§9.1, §9.4): at least once, retried over hours.

Deliveries run after each API response and when the test clock moves (`testing.advance`): a failed one is
retried 1, 2 and 4 hours later, then given up (the event stays `pending_webhooks: 1`, found again with
`GET /v1/events?delivery_success=false`).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import random
from typing import Any

import httpx

from app.sandbox.stripe import wire
from app.sandbox.stripe.state import Call, State, render

RETRY_AFTER = (3600, 2 * 3600, 4 * 3600)
WINDOW = 30 * 86400
MAX_TYPES = 20


def snapshot(obj: dict[str, Any]) -> dict[str, Any]:
    """The object before a change, to compute `previous_attributes` with `changes`."""
    return copy.deepcopy(obj)


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in before.items() if not k.startswith("_") and after.get(k) != v}


def emit(state: State, type: str, obj: dict[str, Any], previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """Record an event with a snapshot of `obj` in the endpoint's API version and queue its delivery."""
    config = state.config
    request = state.request or {"id": None, "idempotency_key": None}
    data: dict[str, Any] = {"object": render(obj, config.api_version)}
    if previous is not None:
        data["previous_attributes"] = render(previous, config.api_version)
    event = {
        "id": state.new_id("evt_", 24),
        "object": "event",
        "api_version": config.api_version,
        "created": state.now(),
        "livemode": False,
        "type": type,
        "pending_webhooks": 1 if config.webhook_url else 0,
        "request": dict(request),
        "data": data,
        "_attempts": [],
    }
    state.add(event)
    if config.webhook_url:
        state.deliveries.append({"event": event["id"], "due": event["created"]})
    return event


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """hex HMAC-SHA256 of `{t}.{raw body}` under the endpoint secret."""
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(state: State, body: bytes) -> str:
    knobs = state.knobs
    timestamp = state.now() - knobs.stale_signature_by
    secret = "whsec_not_the_endpoint_secret" if knobs.bad_signature else state.config.webhook_secret
    parts = [f"t={timestamp}", f"v1={sign(secret, timestamp, body)}"]
    if knobs.previous_secret:
        parts.append(f"v1={sign(knobs.previous_secret, timestamp, body)}")
    parts.append(f"v0={sign('v0' + secret, timestamp, body)}")  # another scheme: receivers must ignore it
    return ",".join(parts)


async def deliver_due(state: State) -> None:
    """Send every delivery that is due, in creation order (or shuffled, or twice, per the knobs)."""
    config = state.config
    if not config.webhook_url or not state.deliveries:
        return
    async with state.delivery_lock:
        now = state.now()
        due = [d for d in state.deliveries if d["due"] <= now]
        if state.knobs.shuffle_events:
            random.shuffle(due)
        if not due:
            return
        async with httpx.AsyncClient(transport=config.webhook_transport, timeout=10.0) as client:
            for delivery in due:
                event = state.objects[delivery["event"]]
                delivered = await _send(state, client, event)
                if state.knobs.duplicate_deliveries:
                    delivered = await _send(state, client, event) or delivered
                attempts = len(event["_attempts"])
                if delivered or attempts > len(RETRY_AFTER):
                    state.deliveries.remove(delivery)
                    event["pending_webhooks"] = 0 if delivered else 1
                else:
                    delivery["due"] = now + RETRY_AFTER[attempts - 1]


async def _send(state: State, client: httpx.AsyncClient, event: dict[str, Any]) -> bool:
    body = json.dumps(render(event, state.config.api_version), indent=2).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Stripe-Signature": signature_header(state, body),
        "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    }
    try:
        response = await client.post(str(state.config.webhook_url), content=body, headers=headers)
        status: int | None = response.status_code
    except httpx.HTTPError:
        status = None
    event["_attempts"].append({"at": state.now(), "status": status})
    return status is not None and 200 <= status < 300


def list_events(call: Call) -> dict[str, Any]:
    """`GET /v1/events`: `type`, `types[]` (≤ 20), `delivery_success`, `created`; the last 30 days only."""
    state, params = call.state, call.params
    wire.only(params, ("type", "types", "delivery_success", "created", "limit", "starting_after", "ending_before"))
    types = wire.array(params.get("types"), "types")
    one = wire.text(params.get("type"), "type")
    if one and types:
        raise wire.invalid("You may only specify one of these parameters: type, types.")
    if len(types) > MAX_TYPES:
        raise wire.invalid(f"You may pass at most {MAX_TYPES} types.", param="types")
    wanted = set(types) or ({one} if one else set())
    success = wire.boolean(params.get("delivery_success"), "delivery_success")
    created = wire.created_filter(params)
    since = state.now() - WINDOW

    def keep(event: dict[str, Any]) -> bool:
        if event["created"] < since or not created(event):
            return False
        if wanted and not any(_type_matches(event["type"], t) for t in wanted):
            return False
        return success is None or (event["pending_webhooks"] == 0) == success

    return wire.page(state.all("event", keep), params, "/v1/events", "event")


def _type_matches(event_type: str, pattern: str) -> bool:
    """`invoice.*` matches every invoice event, as Stripe's wildcard does."""
    if pattern.endswith(".*"):
        return event_type.startswith(pattern[:-1])
    return event_type == pattern


def get_event(call: Call) -> dict[str, Any]:
    event = call.state.require(call.path["id"], "event")
    if event["created"] < call.state.now() - WINDOW:
        raise wire.no_such("event", call.path["id"])
    return event


ROUTES = [
    ("GET", "/v1/events", list_events),
    ("GET", "/v1/events/{id}", get_event),
]
