"""The Stripe API client (httpx; STRIPE.md §0-§2): form-encoded bodies, an Idempotency-Key on every POST,
retries with backoff on 409/429/5xx and connection errors (the same key each time, never when Stripe says
`Stripe-Should-Retry: false`), and typed errors (`CardError` for 402, `NotFound` for 404).

httpx rather than the official `stripe` library: the product already has one HTTP stack (httpx, with test
transports for the emulator), and the surface used here is a dozen calls.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import httpx

from app.integrations.stripe.transport import stripe_transport
from app.money import from_minor
from app.settings import Settings

log = logging.getLogger("quantix.stripe")

API_VERSION = "2026-06-24.dahlia"
MAX_RETRIES = 3
BACKOFF_SECONDS = 0.5  # 0.5 s * 2^n + jitter (STRIPE.md §1)
RETRY_STATUSES = frozenset({409, 424, 429, 500, 502, 503, 504})
# Where Stripe's smallest unit is not ISO 4217's: ISK stays two-decimal in its API, MGA is zero-decimal there.
MINOR_UNITS = {"ISK": 2, "MGA": 0}


def amount_of(minor: int, currency: str) -> Decimal:
    """A Stripe amount (an integer in the currency's smallest unit, as Stripe counts it) in the currency."""
    code = currency.upper()
    return from_minor(minor, code, MINOR_UNITS.get(code))


@dataclasses.dataclass(eq=False, repr=False)
class StripeError(Exception):
    """Stripe refused or failed; `type`, `code` and `message` as in Stripe's error body (no secrets)."""

    status: int | None
    message: str
    _: dataclasses.KW_ONLY
    type: str = "api_error"
    code: str | None = None
    param: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)  # str() and args stay the message alone, as for any exception


class CardError(StripeError):
    """402: the card was declined (e.g. on a prorated seat change charged now)."""


class NotFound(StripeError):
    """404 `resource_missing`: the object is gone (e.g. a deleted customer)."""


def encode(params: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Stripe's form encoding: `address[city]=Berlin`, indexed arrays `items[0][id]=si_1`, booleans as
    `true`/`false`, None omitted, "" unsets; `expand` as `expand[]=…` (STRIPE.md §0, §8)."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if not prefix and key == "expand" and isinstance(value, list | tuple):
            pairs.extend(("expand[]", str(path)) for path in value)
            continue
        name = f"{prefix}[{key}]" if prefix else str(key)
        pairs.extend(_encode_value(name, value))
    return pairs


def _encode_value(name: str, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        return encode(value, name)
    if isinstance(value, list | tuple):
        return [pair for i, item in enumerate(value) for pair in _encode_value(f"{name}[{i}]", item)]
    if isinstance(value, bool):
        return [(name, "true" if value else "false")]
    return [(name, str(value))]


def _error_from(response: httpx.Response) -> StripeError:
    try:
        body = response.json().get("error") or {}
    except ValueError:
        body = {}
    message = str(body.get("message") or f"Stripe answered {response.status_code}")
    kwargs = {"type": str(body.get("type") or "api_error"), "code": body.get("code"), "param": body.get("param")}
    if response.status_code == 402 or kwargs["type"] == "card_error":
        return CardError(response.status_code, message, **kwargs)
    if response.status_code == 404:
        return NotFound(response.status_code, message, **kwargs)
    return StripeError(response.status_code, message, **kwargs)


def _should_retry(response: httpx.Response) -> bool:
    hint = response.headers.get("stripe-should-retry")
    if hint == "false":
        return False
    if hint == "true":
        return True
    return response.status_code in RETRY_STATUSES


class StripeClient:
    """One client per unit of work (`async with StripeClient(settings) as stripe:`)."""

    def __init__(self, settings: Settings, *, backoff: float | None = None) -> None:
        self.settings = settings
        self.backoff = BACKOFF_SECONDS if backoff is None else backoff
        self._http = httpx.AsyncClient(
            base_url=settings.stripe_api_url,
            transport=stripe_transport(settings),
            timeout=httpx.Timeout(20.0),
            headers={"Authorization": f"Bearer {settings.stripe_secret_key}", "Stripe-Version": API_VERSION},
        )

    async def __aenter__(self) -> StripeClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Call `/v1{path}`; POSTs carry an Idempotency-Key (given, else a fresh UUID) kept across retries."""
        pairs = encode(params or {})
        headers: dict[str, str] = {}
        if method == "POST":
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        for attempt in range(MAX_RETRIES + 1):
            try:
                if method in ("GET", "DELETE"):  # Stripe's SDK sends a DELETE's parameters in the query too
                    response = await self._http.request(method, f"/v1{path}", params=pairs, headers=headers)
                else:
                    response = await self._http.request(method, f"/v1{path}", data=dict(pairs), headers=headers)
            except httpx.TransportError as exc:
                if attempt == MAX_RETRIES:
                    raise StripeError(None, f"Stripe is unreachable ({type(exc).__name__})") from None
                await self._wait(attempt)
                continue
            if response.is_success:
                return response.json()  # type: ignore[no-any-return]
            if attempt < MAX_RETRIES and _should_retry(response):
                log.info(
                    "stripe call retried",
                    extra={"status": response.status_code, "request_id": response.headers.get("request-id")},
                )
                await self._wait(attempt)
                continue
            log.warning(
                "stripe call failed",
                extra={"status": response.status_code, "request_id": response.headers.get("request-id")},
            )
            raise _error_from(response)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _wait(self, attempt: int) -> None:
        if self.backoff > 0:
            await asyncio.sleep(self.backoff * 2**attempt + random.uniform(0, self.backoff))

    # --- the calls billing makes -------------------------------------------------------------------------

    async def create_customer(self, params: Mapping[str, Any], *, idempotency_key: str) -> dict[str, Any]:
        return await self.request("POST", "/customers", params, idempotency_key=idempotency_key)

    async def update_customer(self, customer_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        return await self.request("POST", f"/customers/{customer_id}", params)

    async def delete_customer(self, customer_id: str) -> dict[str, Any]:
        return await self.request("DELETE", f"/customers/{customer_id}")

    async def tax_ids(self, customer_id: str) -> list[dict[str, Any]]:
        return list((await self.request("GET", f"/customers/{customer_id}/tax_ids", {"limit": 100}))["data"])

    async def add_tax_id(self, customer_id: str, type: str, value: str) -> dict[str, Any]:
        return await self.request("POST", f"/customers/{customer_id}/tax_ids", {"type": type, "value": value})

    async def delete_tax_id(self, customer_id: str, tax_id: str) -> dict[str, Any]:
        return await self.request("DELETE", f"/customers/{customer_id}/tax_ids/{tax_id}")

    async def create_checkout_session(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return await self.request("POST", "/checkout/sessions", params)

    async def checkout_session(self, session_id: str) -> dict[str, Any]:
        return await self.request("GET", f"/checkout/sessions/{session_id}")

    async def expire_checkout_session(self, session_id: str) -> dict[str, Any]:
        """An open session can no longer be paid (its page closes); Stripe refuses (400) one not open."""
        return await self.request("POST", f"/checkout/sessions/{session_id}/expire")

    async def create_portal_session(self, customer_id: str, return_url: str) -> dict[str, Any]:
        return await self.request(
            "POST", "/billing_portal/sessions", {"customer": customer_id, "return_url": return_url}
        )

    async def subscription(self, subscription_id: str) -> dict[str, Any]:
        """The subscription with its `default_payment_method` as an object: expanded, or read by its id when
        Stripe answered with the id alone (STRIPE.md §8)."""
        sub = await self.request("GET", f"/subscriptions/{subscription_id}", {"expand": ["default_payment_method"]})
        method = sub.get("default_payment_method")
        if isinstance(method, str) and method:
            sub["default_payment_method"] = await self.request("GET", f"/payment_methods/{method}")
        return sub

    async def update_subscription(self, subscription_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        return await self.request("POST", f"/subscriptions/{subscription_id}", params)

    async def cancel_subscription(self, subscription_id: str, comment: str) -> dict[str, Any]:
        """Cancel now (no final invoice, no proration): `DELETE /v1/subscriptions/{id}` (STRIPE.md §6)."""
        return await self.request(
            "DELETE", f"/subscriptions/{subscription_id}", {"cancellation_details": {"comment": comment}}
        )

    async def customer(self, customer_id: str) -> dict[str, Any]:
        return await self.request("GET", f"/customers/{customer_id}")

    async def undelivered_events(self) -> list[dict[str, Any]]:
        """Events of the last 30 days whose webhook never got a 2xx, oldest first (STRIPE.md: recovering
        missed webhooks with `GET /v1/events?delivery_success=false`)."""
        found: list[dict[str, Any]] = []
        params: dict[str, Any] = {"delivery_success": "false", "limit": 100}
        while True:
            page = await self.request("GET", "/events", params)
            found += page["data"]
            if not page.get("has_more") or not page["data"]:
                return found[::-1]
            params["starting_after"] = page["data"][-1]["id"]
