"""The Starlette app: auth, API version, form parsing, idempotency, faults and errors around each handler.

`StripeEmulator(StripeConfig(...))` holds the state; its `.app` is mounted by the product at `/sandbox/stripe`
(the API under `/v1`, Checkout at `/c/pay/{id}`, the portal at `/p/session/{id}`, invoices at `/i/{id}`).
With a `state_file` the state is kept in that file across restarts (`app.sandbox.stripe.store`).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.sandbox.stripe import checkout, customers, events, idempotency, invoices, portal, subscriptions
from app.sandbox.stripe.errors import StripeError, api_error, card_error, invalid, rate_limited, unauthorized
from app.sandbox.stripe.state import VERSION_RE, Call, State, StripeConfig, expand, render
from app.sandbox.stripe.store import Persisted, StateFile
from app.sandbox.stripe.wire import parse_pairs

Handler = Callable[[Call], dict[str, Any]]
NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization header, using "
    "Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication "
    "for details, or we can help at https://support.stripe.com/."
)


class StripeEmulator:
    """One stateful emulator: `state` for tests (through `testing`), `app` to mount or drive over HTTP."""

    def __init__(self, config: StripeConfig | None = None, state_file: Path | None = None) -> None:
        self.config = config or StripeConfig()
        self.state = State(self.config)
        self.app = Starlette(routes=_routes(self.state))
        self.app.state.stripe = self.state
        if state_file is not None:
            kept = StateFile(state_file)
            kept.load(self.state)
            self.app.add_middleware(Persisted, state=self.state, file=kept)


def create_app(config: StripeConfig | None = None) -> Starlette:
    """The ASGI app alone, for callers that never reach into the state."""
    return StripeEmulator(config).app


def _routes(state: State) -> list[BaseRoute]:
    table = [
        *customers.ROUTES,
        *checkout.ROUTES,
        *portal.ROUTES,
        *subscriptions.ROUTES,
        *invoices.ROUTES,
        *events.ROUTES,
    ]
    by_path: dict[str, dict[str, Handler]] = {}
    for method, path, handler in table:
        by_path.setdefault(path, {})[method] = handler
    routes: list[BaseRoute] = [
        Route(path, _api(state, handlers), methods=[*handlers]) for path, handlers in by_path.items()
    ]
    pages = [
        ("/c/pay/{id}", checkout.page, ["GET"]),
        ("/c/pay/{id}", checkout.pay, ["POST"]),
        ("/p/session/{id}", portal.page, ["GET"]),
        ("/p/session/{id}/{action}", portal.act, ["POST"]),
        ("/i/{id}", invoices.hosted_page, ["GET"]),
        ("/i/{id}/pdf", invoices.pdf, ["GET"]),
    ]
    routes += [Route(path, _delivering(state, endpoint), methods=methods) for path, endpoint, methods in pages]
    routes.append(Route("/v1/{rest:path}", _api(state, {}), methods=["GET", "POST", "DELETE", "PUT", "PATCH"]))
    return routes


def _delivering(state: State, endpoint: Callable[[Request], Awaitable[Response]]) -> Callable[..., Any]:
    async def run(request: Request) -> Response:
        response = await endpoint(request)
        response.background = BackgroundTask(events.deliver_due, state)
        return response

    return run


def _authenticate(state: State, request: Request) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, credential = header.partition(" ")
    key = credential.strip()
    if scheme.lower() == "basic":
        try:
            key = base64.b64decode(key).decode().partition(":")[0]
        except (binascii.Error, UnicodeDecodeError):
            key = ""
    elif scheme.lower() != "bearer":
        key = ""
    if not key:
        raise unauthorized(NO_KEY)
    if key.startswith("pk_"):
        raise unauthorized("This API call cannot be made with a publishable API key. Please use a secret API key.")
    if key not in state.config.api_keys:
        masked = key[:8] + "*" * max(len(key) - 12, 0) + key[-4:] if len(key) > 12 else key[:3] + "***"
        raise unauthorized(f"Invalid API Key provided: {masked}")


async def _pairs(request: Request) -> list[tuple[str, str]]:
    pairs = parse_qsl(request.url.query, keep_blank_values=True)
    if request.method in ("POST", "PUT", "PATCH"):
        body = await request.body()
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if body and content_type != "application/x-www-form-urlencoded":
            raise invalid(
                f"Invalid request: unsupported Content-Type {content_type or 'none'}. The API accepts "
                "application/x-www-form-urlencoded bodies."
            )
        try:
            pairs += parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=bool(body))
        except (UnicodeDecodeError, ValueError) as error:
            raise invalid("Invalid request body: not form-encoded.") from error
    return pairs


def _take_fault(state: State, method: str, path: str) -> StripeError | None:
    for fault in state.knobs.faults:
        if fault.method in (method, "*") and fault.path.search(path):
            fault.times -= 1
            if fault.times <= 0:
                state.knobs.faults.remove(fault)
            if fault.kind == "api_error":
                return api_error()
            if fault.kind == "card_error":
                return card_error("card_declined", "Your card was declined.", decline_code="generic_decline")
            return rate_limited(fault.kind)
    return None


async def _hold(state: State, method: str, path: str) -> None:
    for hold in list(state.knobs.holds):
        if hold.method in (method, "*") and hold.path.search(path):
            state.knobs.holds.remove(hold)
            hold.entered.set()
            await hold.release.wait()


def _api(state: State, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        request_id = state.new_id("req_")
        version = request.headers.get("stripe-version") or state.config.api_version
        headers = {"Request-Id": request_id, "Stripe-Version": version}
        key = request.headers.get("idempotency-key") if request.method == "POST" else None
        print_: tuple[Any, ...] = ()
        began = False
        try:
            _authenticate(state, request)
            if not VERSION_RE.match(version):
                raise invalid(f"Invalid Stripe API version: {version}", code="api_version_invalid")
            handler = handlers.get(request.method)
            if handler is None:
                raise StripeError(
                    404,
                    f"Unrecognized request URL ({request.method}: {request.url.path}). Please see "
                    "https://stripe.com/docs or we can help at https://support.stripe.com/.",
                )
            pairs = await _pairs(request)
            params = parse_pairs(pairs)
            if key is not None:
                print_ = idempotency.fingerprint(request.method, request.url.path, pairs)
                saved = idempotency.begin(state, key, print_)
                if saved is not None:
                    replay = {**headers, "Idempotent-Replayed": "true", "Idempotency-Key": key}
                    return JSONResponse(saved.body, saved.status, headers=replay)
                began = True
            status, body = await _execute(state, request, handler, params, request_id, key, version)
        except StripeError as error:
            status, body = error.status, error.body(request_id)
            if error.should_retry is not None:
                headers["Stripe-Should-Retry"] = "true" if error.should_retry else "false"
        except BaseException:
            if began and key is not None:
                state.in_flight.discard(key)
            raise
        if began and key is not None:
            idempotency.finish(state, key, print_, status, body)
        if key is not None:
            headers["Idempotency-Key"] = key
        response = JSONResponse(body, status, headers=headers)
        response.background = BackgroundTask(events.deliver_due, state)
        return response

    return endpoint


async def _execute(
    state: State,
    request: Request,
    handler: Handler,
    params: dict[str, Any],
    request_id: str,
    key: str | None,
    version: str,
) -> tuple[int, dict[str, Any]]:
    """Run the handler with the request recorded for its events; render and expand the answer."""
    await _hold(state, request.method, request.url.path)
    fault = _take_fault(state, request.method, request.url.path)
    if fault is not None:
        raise fault
    paths = params.pop("expand", None) or []
    if not isinstance(paths, list):
        raise invalid("Invalid array", param="expand")
    state.request = {"id": request_id, "idempotency_key": key}
    try:
        result = handler(Call(state, params, dict(request.path_params)))
    finally:
        state.request = None
    return 200, expand(state, render(result, version), paths, version)
