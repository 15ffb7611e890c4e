"""Idempotency-Key semantics (STRIPE.md §0): the first result is replayed for the same key and parameters.

Different parameters (or another endpoint) -> 400 `idempotency_error`; a request with the key still in
flight -> 409; keys are pruned after 24 hours. Only requests that started executing are saved: answers
refused by validation (400, 404), auth (401) and throttling (429) are not, a 402 or 500 is.
"""

from __future__ import annotations

from typing import Any

from app.sandbox.stripe.errors import StripeError, invalid
from app.sandbox.stripe.state import Saved, State

MAX_KEY = 255
KEEP = 24 * 3600
NOT_SAVED = {400, 401, 403, 404, 409, 429}


def fingerprint(method: str, path: str, pairs: list[tuple[str, str]]) -> tuple[Any, ...]:
    return (method, path, tuple(sorted(pairs)))


def begin(state: State, key: str, print_: tuple[Any, ...]) -> Saved | None:
    """The saved result to replay, or None after marking the key in flight; raises on misuse."""
    if len(key) > MAX_KEY:
        raise invalid(f"Idempotency-Key must be at most {MAX_KEY} characters long.", param="Idempotency-Key")
    now = state.now()
    for old in [k for k, saved in state.saved.items() if saved.created < now - KEEP]:
        del state.saved[old]
    saved = state.saved.get(key)
    if saved is not None:
        if saved.fingerprint != print_:
            message = (
                "Keys for idempotent requests can only be used with the same parameters they were first used "
                f"with. Try using a key other than '{key}' if you meant to execute a different request."
            )
            raise StripeError(400, message, type="idempotency_error", should_retry=False)
        return saved
    if key in state.in_flight:
        message = (
            "There is currently another in-progress request using this Idempotent Key (that probably means you "
            "submitted twice, and the other request is still going through): "
            f"{key}. Please try again later."
        )
        raise StripeError(409, message, type="idempotency_error", code="idempotency_key_in_use", should_retry=True)
    state.in_flight.add(key)
    return None


def finish(state: State, key: str, print_: tuple[Any, ...], status: int, body: dict[str, Any]) -> None:
    state.in_flight.discard(key)
    if status not in NOT_SAVED:
        state.saved[key] = Saved(print_, status, body, state.now())
