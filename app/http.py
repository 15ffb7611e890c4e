"""The HTTP pieces that are not GraphQL: request context middleware, health checks, the error answers (JSON for
the API, a page for the routes people open in a browser: app.html_route.HtmlRoute).

app.main assembles them with the GraphQL app into the ASGI application.
"""

from __future__ import annotations

import gc
import ipaddress
import logging
import time
import uuid

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise import Tortoise

from app.errors import dependency_unavailable, error_response
from app.html_route import HtmlRoute, prefers_json
from app.jobs import queue
from app.logging import redact_text
from app.metrics import observe_request
from app.request_context import RequestInfo, current_request, reset_request, set_request
from app.settings import Settings

log = logging.getLogger("quantix.http")
access_log = logging.getLogger("quantix.access")

MAX_BODY_BYTES = 25 * 1024 * 1024  # any other route (webhooks and forms read their own, smaller budgets)
MAX_UPLOAD_BODY_BYTES = 20 * 1024 * 1024 + 64 * 1024  # GraphQL multipart: a 20 MiB file, its operations and map
MAX_JSON_BODY_BYTES = 1024 * 1024  # a GraphQL request that is not an upload (SPEC §6)
MAX_JSON_DEPTH = 64  # nesting of a GraphQL JSON body: more is an attack, not a query
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# No inline scripts (GraphiQL's start-up script is a file); React sets inline styles, so styles may be inline.
CSP = (
    b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'none'; "
    b"base-uri 'none'; form-action 'self'; object-src 'none'"
)


# Collect young objects once 50,000 more are alive than at the last collection, instead of 700, and the whole
# heap a tenth as often. A response of thousands of rows holds some 150,000 objects until it is written: with
# the defaults CPython ran ~380 young and 3 full collections during one 6,000-row report, 81 ms of its ~250 ms
# of CPU (measured with gc.callbacks); at 50,000, 3 young ones, 26-30 ms. At 200,000 the report finished before
# any was due, but each young collection then paused the process so long that the leads page's p99 under 16
# connections went from ~100 to ~400 ms (bench/leads_query.py). Cyclic garbage waits a little longer.
GC_THRESHOLDS = (50_000, 20, 100)


def freeze_startup_heap() -> None:
    """Move what start-up built (the schema, models, modules: some 200,000 objects that live as long as the
    process) out of the collector's reach: a full collection then walks only what requests allocate, instead
    of spending ~100 ms on the whole heap every few hundred requests; and collect less often (GC_THRESHOLDS)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def client_ip(settings: Settings, peer: str | None, forwarded_for: str | None) -> str | None:
    """The right-most X-Forwarded-For entry not a trusted proxy; the header counts only from a trusted peer."""
    if not forwarded_for or not settings.is_trusted_proxy(peer):
        return peer
    for entry in reversed([e.strip() for e in forwarded_for.split(",") if e.strip()]):
        try:
            ipaddress.ip_address(entry)
        except ValueError:
            continue
        if not settings.is_trusted_proxy(entry):
            return entry
    return peer


def body_limit(scope: Scope, headers: dict[str, str]) -> int:
    """Bytes a request may send: 1 MiB for GraphQL unless it is a multipart upload; routes with a smaller
    budget (webhooks) read their own."""
    if scope.get("path") == "/graphql":
        multipart = headers.get("content-type", "").startswith("multipart/form-data")
        return MAX_UPLOAD_BODY_BYTES if multipart else MAX_JSON_BODY_BYTES
    return MAX_BODY_BYTES


def error_answer(scope: Scope, status: int, code: str, message: str) -> Response:
    """An error in the form of the route that was asked: a page for an HtmlRoute, else JSON `{"errors": [...]}`
    (also before any route was found: a request refused on its headers)."""
    route = scope.get("route")
    request = Request(scope)
    if isinstance(route, HtmlRoute) and not prefers_json(request):
        return route.error_page(request, status)
    return error_response(status, code, message, current_request().request_id)


class BodyTooLarge(Exception):
    """The request body went over its limit while it was being read."""


class RequestContextMiddleware:
    """Request id, client IP, security headers, body limits, an access log line with tokens masked, and an
    error (never a bare 500; JSON, or a page on an HtmlRoute) for whatever a route did not answer itself."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        request_id = uuid.uuid4().hex
        peer = scope.get("client")[0] if scope.get("client") else None
        info = RequestInfo(
            request_id=request_id,
            client_ip=client_ip(self.settings, peer, headers.get("x-forwarded-for")),
            user_agent=headers.get("user-agent"),
        )
        token = set_request(info)
        started = time.perf_counter()
        status_holder: dict[str, int] = {}
        production = self.settings.is_production
        limit = body_limit(scope, headers)
        received = 0

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                response_headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in response_headers}
                response_headers.append((b"x-request-id", request_id.encode()))
                for name, value in SECURITY_HEADERS:
                    if name not in present:
                        response_headers.append((name, value))
                if b"content-security-policy" not in present:
                    response_headers.append((b"content-security-policy", CSP))
                if production:
                    response_headers.append((b"strict-transport-security", b"max-age=63072000; includeSubDomains"))
                message["headers"] = response_headers
            await send(message)

        async def receive_limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def answer(response: Response) -> None:
            if "status" not in status_holder:
                await response(scope, receive, send_wrapper)

        try:
            declared = headers.get("content-length", "")
            if scope["type"] == "http" and declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge
            await self.app(scope, receive_limited if scope["type"] == "http" else receive, send_wrapper)
        except ClientDisconnect:
            status_holder.setdefault("status", 499)  # the client left mid-request: nothing to answer, nothing broke
        except BodyTooLarge:
            await answer(error_answer(scope, 413, "PAYLOAD_TOO_LARGE", f"The body is over {limit} bytes."))
        except Exception as exc:
            if scope["type"] != "http" or "status" in status_holder:
                raise
            if dependency_unavailable(exc):
                log.warning("a dependency is unavailable", extra={"exc": type(exc).__name__})
                await answer(error_answer(scope, 503, "SERVICE_UNAVAILABLE", "A service is unavailable; try again."))
            else:
                log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
                await answer(
                    error_answer(
                        scope, 500, "INTERNAL_ERROR", "Internal error. Quote the request id when you report it."
                    )
                )
        finally:
            if scope["type"] == "http":
                duration = time.perf_counter() - started
                path = scope.get("path", "")
                observe_request(scope.get("method", "GET"), path, status_holder.get("status", 500), duration)
                if access_log.isEnabledFor(logging.INFO):
                    access_log.info(
                        "%s %s %s",
                        scope.get("method"),
                        redact_text(path),
                        status_holder.get("status", 500),
                        extra={"duration_ms": round(duration * 1000, 2)},
                    )
            reset_request(token)


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    checks: dict[str, str] = {}
    ok = True
    try:
        await Tortoise.get_connection("default").execute_query("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        ok = False
        checks["database"] = "unavailable"
    try:
        await queue.queue_depth()
        checks["queue"] = "ok"
    except Exception:
        ok = False
        checks["queue"] = "unavailable"
    return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, status_code=200 if ok else 503)


async def not_found(request: Request, exc: Exception) -> Response:
    return error_answer(request.scope, 404, "NOT_FOUND", "Not found.")


async def method_not_allowed(request: Request, exc: Exception) -> Response:
    """A route asked with a method it does not take (PUT /graphql, POST on a page): JSON, or the page's error
    page, with its `Allow`, not Starlette's text."""
    allow = getattr(exc, "headers", None) or {}
    message = f"{request.method} is not allowed here; use {allow.get('Allow', 'another method')}."
    response = error_answer(request.scope, 405, "BAD_REQUEST", message)
    response.headers.update(allow)
    return response
