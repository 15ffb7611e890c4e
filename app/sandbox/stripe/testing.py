"""Test-only control of a `StripeEmulator`: the clock, faults, webhook delivery knobs and Stripe-side hooks.

Never imported by production code. Every function takes the emulator; async ones also deliver the
webhooks that became due, so a test sees their effect when the call returns.
"""

from __future__ import annotations

import re
from typing import Any

from app.sandbox.stripe import cards, checkout, customers, events, lifecycle
from app.sandbox.stripe.app import StripeEmulator
from app.sandbox.stripe.state import Fault, Hold, render

FAULTS = ("rate_limit", "lock_timeout", "api_error", "card_error")


async def advance(emulator: StripeEmulator, seconds: int) -> None:
    """Move the clock: trials end, periods renew (invoices charged), retries run, failed deliveries retry."""
    state = emulator.state
    lifecycle.run_until(state, state.now() + seconds)
    await events.deliver_due(state)


async def deliver(emulator: StripeEmulator) -> None:
    """Send the webhooks that are due now."""
    await events.deliver_due(emulator.state)


def fail_next(emulator: StripeEmulator, method: str, path: str, kind: str = "api_error", times: int = 1) -> None:
    """The next `times` requests matching `method` (or `*`) and the `path` regex fail with `kind`:
    429 `rate_limit` / `lock_timeout`, 500 `api_error` (`Stripe-Should-Retry: true`), 402 `card_error`."""
    if kind not in FAULTS:
        raise ValueError(f"kind must be one of {FAULTS}")
    emulator.state.knobs.faults.append(Fault(method.upper(), re.compile(path), kind, times))


def hold_next(emulator: StripeEmulator, method: str, path: str) -> Hold:
    """The next matching request waits in flight (`entered` set) until `release` is set."""
    hold = Hold(method.upper(), re.compile(path))
    emulator.state.knobs.holds.append(hold)
    return hold


def webhooks(
    emulator: StripeEmulator,
    *,
    shuffle: bool | None = None,
    duplicate: bool | None = None,
    stale_by: int | None = None,
    bad_signature: bool | None = None,
    roll_secret: str | None = None,
) -> None:
    """Delivery knobs: shuffled order, each event sent twice, a timestamp `stale_by` seconds old, a signature
    under the wrong secret, or a rolled secret (the new one signs too, so two `v1` values are sent)."""
    knobs = emulator.state.knobs
    if shuffle is not None:
        knobs.shuffle_events = shuffle
    if duplicate is not None:
        knobs.duplicate_deliveries = duplicate
    if stale_by is not None:
        knobs.stale_signature_by = stale_by
    if bad_signature is not None:
        knobs.bad_signature = bad_signature
    if roll_secret is not None:
        knobs.previous_secret = emulator.state.config.webhook_secret
        object.__setattr__(emulator.state.config, "webhook_secret", roll_secret)


def dunning(emulator: StripeEmulator, *, lapse_to: str = "canceled", retry_days: tuple[int, ...] = (3, 7, 14)) -> None:
    """What failed renewals do: retries `retry_days` after the first failure, then `canceled` or `unpaid`."""
    if lapse_to not in ("canceled", "unpaid") or not retry_days:
        raise ValueError("lapse_to is canceled or unpaid, with at least one retry day")
    emulator.state.knobs.lapse_to = lapse_to
    emulator.state.knobs.retry_days = tuple(sorted(retry_days))


def remove_portal_configuration(emulator: StripeEmulator) -> None:
    emulator.state.knobs.portal_configured = False


async def complete_checkout(
    emulator: StripeEmulator, session_id: str, card: str | None = cards.SUCCESS, **buyer: Any
) -> dict[str, Any]:
    """The buyer pays on the hosted page (`email`, `name`, `exp`, `cvc` optional); raises its card error."""
    state = emulator.state
    session = state.require(session_id, "checkout.session")
    checkout.complete(state, session, card=card, **{"email": "buyer@example.com", **buyer})
    await events.deliver_due(state)
    return render(session, state.config.api_version)


async def verify_tax_id(
    emulator: StripeEmulator, tax_id: str, status: str = "verified", name: str | None = None
) -> None:
    """VIES answered: the tax id's verification changes and `customer.tax_id.updated` is sent."""
    state = emulator.state
    customers.verify_tax_id(state, state.require(tax_id, "tax_id"), status, name)
    await events.deliver_due(state)


def sent_events(emulator: StripeEmulator, type: str | None = None) -> list[dict[str, Any]]:
    """Every event so far, oldest first, optionally of one type."""
    found = reversed(emulator.state.all("event", lambda e: type in (None, e["type"])))
    return [render(e, emulator.config.api_version) for e in found]
