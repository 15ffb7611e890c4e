"""Stripe's error bodies and status codes (STRIPE.md §1), raised by handlers and rendered by the app."""

from __future__ import annotations

from typing import Any

DOCS = "https://docs.stripe.com/error-codes/"


class StripeError(Exception):
    """One error answer: `{"error": {type, code, param, message, doc_url, request_log_url, ...}}`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        should_retry: bool | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.should_retry = should_retry
        self.extra = extra

    def body(self, request_id: str) -> dict[str, Any]:
        error: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
            error["doc_url"] = DOCS + self.code.replace("_", "-")
        if self.param:
            error["param"] = self.param
        error.update(self.extra)
        error["request_log_url"] = f"https://dashboard.stripe.com/test/logs/{request_id}"
        return {"error": error}


def invalid(message: str, param: str | None = None, code: str | None = None) -> StripeError:
    """400 for a missing or invalid parameter."""
    return StripeError(400, message, param=param, code=code or ("parameter_invalid" if param else None))


def missing_param(param: str) -> StripeError:
    return StripeError(400, f"Missing required param: {param}.", param=param, code="parameter_missing")


def unknown_param(param: str) -> StripeError:
    return StripeError(400, f"Received unknown parameter: {param}", param=param, code="parameter_unknown")


def no_such(kind: str, object_id: str, param: str | None = None) -> StripeError:
    """A missing object: 404 when it is named in the URL, 400 when a parameter refers to it."""
    return StripeError(
        400 if param else 404, f"No such {kind}: '{object_id}'", code="resource_missing", param=param or "id"
    )


def card_error(code: str, message: str, decline_code: str | None = None, **extra: Any) -> StripeError:
    """402: the card was refused (STRIPE.md §1, §11 test cards)."""
    if decline_code:
        extra["decline_code"] = decline_code
    return StripeError(402, message, type="card_error", code=code, should_retry=False, **extra)


def rate_limited(code: str = "rate_limit") -> StripeError:
    """429: too many requests (`rate_limit`) or the same object hit concurrently (`lock_timeout`)."""
    if code == "lock_timeout":
        message = "This object cannot be accessed right now because another API request or Stripe process is "
        message += "currently accessing it. If you see this error intermittently, retry the request."
        return StripeError(429, message, code=code, should_retry=True)
    message = "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits."
    return StripeError(429, message, code=code)


def api_error() -> StripeError:
    """500 on Stripe's side: the client retries with the same Idempotency-Key."""
    message = "An unknown error occurred while processing this request. Retry with the same Idempotency-Key."
    return StripeError(500, message, type="api_error", should_retry=True)


def unauthorized(message: str) -> StripeError:
    return StripeError(401, message)
