"""The emulator's configuration and in-memory state: objects by id, the clock, idempotency and knobs."""

from __future__ import annotations

import asyncio
import itertools
import re
import secrets
import string
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.sandbox.stripe.errors import invalid, no_such
from app.sandbox.stripe.wire import only

API_VERSION = "2026-06-24.dahlia"
BASIL = "2025-03-31"  # periods moved to subscription items; invoice.subscription moved under parent
VERSION_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(\.[a-z]+)?(\.preview)?$")
_ALPHABET = string.ascii_letters + string.digits
KINDS = {
    "cus_": "customer",
    "sub_": "subscription",
    "si_": "subscription_item",
    "in_": "invoice",
    "price_": "price",
    "prod_": "product",
    "cs_test_": "checkout session",
    "bps_": "billing portal session",
    "evt_": "event",
    "pm_": "payment method",
    "txi_": "tax ID",
}


@dataclass(frozen=True)
class Price:
    id: str
    unit_amount: int
    interval: str
    nickname: str
    currency: str = "eur"
    product: str = "prod_crm"


DEFAULT_PRICES = (
    Price("price_seat_monthly", 1900, "month", "Seat, monthly"),
    Price("price_seat_yearly", 19000, "year", "Seat, yearly"),
)


@dataclass(frozen=True)
class StripeConfig:
    """What the product configures: keys it accepts, where webhooks go, and the clock.

    `public_url` is where the emulator is reachable from a browser (Checkout and portal pages, invoice links);
    `webhook_transport` lets tests and the in-process sandbox deliver without a socket.
    """

    api_keys: tuple[str, ...] = ("sk_test_quantix_sandbox",)
    public_url: str = "http://localhost:8000/sandbox/stripe"
    webhook_url: str | None = None
    webhook_secret: str = "whsec_test_quantix_sandbox"
    webhook_transport: httpx.AsyncBaseTransport | None = None
    api_version: str = API_VERSION
    clock: Callable[[], float] = time.time
    prices: tuple[Price, ...] = DEFAULT_PRICES
    product_name: str = "QuantixOne CRM"

    def __post_init__(self) -> None:
        if not self.api_keys or not all(k.startswith("sk_test_") for k in self.api_keys):
            raise ValueError("the Stripe emulator accepts only test secret keys (sk_test_...)")
        if not self.webhook_secret.startswith("whsec_"):
            raise ValueError("webhook secrets start with whsec_")


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    kind: str  # rate_limit | lock_timeout | api_error | card_error
    times: int


@dataclass
class Hold:
    """A request matching `method` and `path` waits in flight: `entered` is set, then it awaits `release`."""

    method: str
    path: re.Pattern[str]
    entered: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Knobs:
    """Test-only behaviour, set through `app.sandbox.stripe.testing`; all off by default."""

    faults: list[Fault] = field(default_factory=list)
    holds: list[Hold] = field(default_factory=list)
    shuffle_events: bool = False
    duplicate_deliveries: bool = False
    stale_signature_by: int = 0
    bad_signature: bool = False
    previous_secret: str | None = None
    portal_configured: bool = True
    lapse_to: str = "canceled"  # what exhausted payment retries do to a subscription: canceled | unpaid
    retry_days: tuple[int, ...] = (3, 7, 14)  # days after the first failure when a renewal is retried


@dataclass
class Saved:
    """An idempotent result: the request's fingerprint and the answer replayed for the same key."""

    fingerprint: tuple[Any, ...]
    status: int
    body: dict[str, Any]
    created: int


class State:
    """Every object lives in `objects` by id; fields starting with `_` are internal and never rendered."""

    def __init__(self, config: StripeConfig) -> None:
        self.config = config
        self.objects: dict[str, dict[str, Any]] = {}
        self.offset = 0
        self.knobs = Knobs()
        self.saved: dict[str, Saved] = {}
        self.in_flight: set[str] = set()
        self.request: dict[str, Any] | None = None  # the API request now executing, for events
        self.deliveries: list[dict[str, Any]] = []  # pending webhook deliveries
        self.delivery_lock = asyncio.Lock()
        self._seq = itertools.count()
        self._add_catalogue()

    def now(self) -> int:
        return int(self.config.clock()) + self.offset

    def new_id(self, prefix: str, length: int = 14) -> str:
        return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(length))

    def add(self, obj: dict[str, Any]) -> dict[str, Any]:
        obj["_seq"] = next(self._seq)
        self.objects[obj["id"]] = obj
        return obj

    def get(self, object_id: str | None, kind: str) -> dict[str, Any] | None:
        obj = self.objects.get(object_id or "")
        return obj if obj is not None and obj["object"] == kind else None

    def require(self, object_id: str, kind: str, param: str | None = None) -> dict[str, Any]:
        """The live object, or `resource_missing` (deleted customers count as missing here)."""
        obj = self.get(object_id, kind)
        if obj is None or obj.get("deleted"):
            raise no_such(kind.replace("_", " ").replace(".", " "), object_id, param)
        return obj

    def all(self, kind: str, keep: Callable[[dict[str, Any]], bool] = lambda o: True) -> list[dict[str, Any]]:
        """Objects of one kind, newest first (Stripe's list order)."""
        found = [o for o in self.objects.values() if o["object"] == kind and keep(o)]
        return sorted(found, key=lambda o: (o.get("created", 0), o["_seq"]), reverse=True)

    def _add_catalogue(self) -> None:
        now = self.now()
        product_ids = {p.product for p in self.config.prices}
        for product_id in sorted(product_ids):
            product = {"id": product_id, "object": "product", "name": self.config.product_name, "active": True}
            self.add(product | {"created": now, "livemode": False, "metadata": {}})
        for p in self.config.prices:
            recurring = {"interval": p.interval, "interval_count": 1, "usage_type": "licensed"}
            price = {
                "id": p.id,
                "object": "price",
                "active": True,
                "currency": p.currency,
                "unit_amount": p.unit_amount,
            }
            price |= {"recurring": recurring, "product": p.product, "nickname": p.nickname, "type": "recurring"}
            self.add(price | {"created": now, "livemode": False, "metadata": {}})


def render(obj: Any, version: str) -> Any:
    """A deep copy as the API answers it: internal fields dropped, shaped for the caller's API version."""
    if isinstance(obj, list):
        return [render(v, version) for v in obj]
    if not isinstance(obj, dict):
        return obj
    out = {k: render(v, version) for k, v in obj.items() if not k.startswith("_")}
    if version[:10] < BASIL and out.get("object") == "subscription" and out["items"]["data"]:
        first = out["items"]["data"][0]
        out["current_period_start"] = first["current_period_start"]
        out["current_period_end"] = first["current_period_end"]
    if version[:10] < BASIL and out.get("object") == "invoice":
        details = (out.get("parent") or {}).get("subscription_details") or {}
        out["subscription"] = details.get("subscription")
        out["paid"] = out["status"] == "paid"
    return out


def expand(state: State, body: dict[str, Any], paths: list[str], version: str) -> dict[str, Any]:
    """`expand[]=latest_invoice`, `expand[]=items.data.price.product`: ids replaced by their objects."""
    for path in paths:
        parts = path.split(".")
        if len(parts) > 4:
            raise invalid(f"You cannot expand more than 4 levels of a property ({path}).", param="expand")
        _expand(state, body, parts, path, version)
    return body


def _expand(state: State, node: Any, parts: list[str], path: str, version: str) -> None:
    if isinstance(node, list):
        for item in node:
            _expand(state, item, parts, path, version)
        return
    key, rest = parts[0], parts[1:]
    if not isinstance(node, dict) or key not in node or key == "id":
        raise invalid(f"This property cannot be expanded ({path}).", param="expand")
    value = node[key]
    if isinstance(value, str):
        target = state.objects.get(value)
        if target is None:
            raise invalid(f"This property cannot be expanded ({path}).", param="expand")
        value = node[key] = render(target, version)
    if rest and value is not None:
        _expand(state, value, rest, path, version)


@dataclass
class Call:
    """One API request as a handler sees it: parsed parameters and the URL's path parameters."""

    state: State
    params: dict[str, Any]
    path: dict[str, str]


def retrieve(kind: str) -> Callable[[Call], dict[str, Any]]:
    """The handler of a plain `GET .../{id}`: no parameters, the live object of `kind` or `resource_missing`."""

    def handler(call: Call) -> dict[str, Any]:
        only(call.params, ())
        return call.state.require(call.path["id"], kind)

    return handler
