"""create_app(): Starlette routes, middleware and the lifespan (ORM, job queue, outbound HTTP client)."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UNSET
from tortoise import Tortoise
from tortoise.contrib.starlette import RegisterTortoise

from app.db import ensure_baseline_data, tortoise_config
from app.jobs import queue
from app.realtime import close_hub
from app.request_context import RequestInfo, reset_request, set_request
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.http")
access_log = logging.getLogger("quantix.access")

MAX_BODY_BYTES = 25 * 1024 * 1024  # a 20 MiB CSV import plus multipart overhead
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


class RequestContextMiddleware:
    """Request id, client IP, security headers, and an access log line with tokens masked."""

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

        try:
            await self.app(scope, receive, send_wrapper)
        except ClientDisconnect:
            status_holder.setdefault("status", 499)  # the client left mid-request: nothing to answer, nothing broke
        finally:
            if scope["type"] == "http":
                from app.logging import redact_text
                from app.metrics import observe_request

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


GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


class QuantixGraphQL(GraphQL):
    """Strawberry's ASGI view with our Context; GraphiQL is served from the app's own assets.

    Clients that accept `application/graphql-response+json` (GraphQL over HTTP) get that media type, and a
    request error (unparseable, invalid, over a limit, bad variables: no `data` was produced) answers 400
    without a `data` entry. Plain `application/json` clients keep getting 200, as most clients expect.
    """

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        """Multipart uploads are spooled to temporary files: close them when the request is done."""
        try:
            return await super().run(request, context, root_value)
        finally:
            if isinstance(request, Request):
                await request.close()

    async def get_sub_response(self, request: Request) -> Response:
        sub_response = await super().get_sub_response(request)
        sub_response.graphql_response_json = GRAPHQL_RESPONSE_JSON in request.headers.get("accept", "")  # type: ignore[attr-defined]
        return sub_response

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        if not getattr(sub_response, "graphql_response_json", False):
            return super().create_response(response_data, sub_response)
        status_code = 200
        if isinstance(response_data, dict) and _is_request_error(response_data):
            response_data = {k: v for k, v in response_data.items() if k != "data"}
            status_code = 400
        response = super().create_response(response_data, sub_response)
        response.headers["content-type"] = GRAPHQL_RESPONSE_JSON
        if not sub_response.status_code:
            response.status_code = status_code
        return response

    async def get_context(self, request: Request | WebSocket, response: Any) -> Any:
        from schema.context import build_context

        return await build_context(request, response)

    async def on_ws_connect(self, context: Any) -> Any:
        """graphql-transport-ws: authenticate by the `connection_init` payload (else close 4403)."""
        from schema.realtime import authenticate_connection

        await authenticate_connection(context)
        return await super().on_ws_connect(context)

    async def render_graphql_ide(self, request: Request) -> Response:
        from app.graphiql import graphiql_page

        return graphiql_page(request)


def _is_request_error(body: dict[str, Any]) -> bool:
    """No data and only errors without a path: the operation never ran (GraphQL over HTTP's request error)."""
    errors = body.get("errors") or []
    return body.get("data") is None and bool(errors) and all(not e.get("path") for e in errors)


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


def _routes(settings: Settings, graphql_app: ASGIApp) -> list[BaseRoute]:
    from app.integrations.routes import integration_routes
    from app.metrics import metrics_endpoint

    routes: list[BaseRoute] = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/graphql", graphql_app, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql_app),
    ]
    routes.extend(integration_routes(settings))
    return routes


def create_app(settings: Settings | None = None, *, manage_orm: bool = True) -> Starlette:
    settings = settings or get_settings()
    from app.graphiql import graphiql_routes
    from app.logging import configure_logging

    if settings.env != "test":
        configure_logging(settings.log_level)
    from schema import build_schema

    schema = build_schema(settings)
    graphql_app = QuantixGraphQL(
        schema,
        graphql_ide="graphiql" if settings.graphiql else None,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        multipart_uploads_enabled=True,
        allowed_origins=[settings.base_origin, *settings.cors_origins],
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        orm = RegisterTortoise(app, config=tortoise_config(settings), generate_schemas=False)
        async with contextlib.AsyncExitStack() as stack:
            if manage_orm:
                await stack.enter_async_context(orm)
                if settings.is_sqlite:  # embedded evaluation mode: the schema is built, not migrated
                    await Tortoise.generate_schemas(safe=True)
                await ensure_baseline_data()
            await queue.start_queue(settings, cron=settings.env != "test")
            stack.push_async_callback(queue.stop_queue)
            stack.push_async_callback(close_hub)  # live-event pub/sub connections of this process
            app.state.http = httpx.AsyncClient(timeout=httpx.Timeout(10.0), follow_redirects=False)
            stack.push_async_callback(app.state.http.aclose)
            yield

    middleware = [
        Middleware(RequestContextMiddleware, settings=settings),
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["authorization", "content-type", "x-request-id"],
            expose_headers=["x-request-id", "retry-after"],
            max_age=600,
        ),
    ]
    app = Starlette(
        routes=[*_routes(settings, graphql_app), *graphiql_routes()],
        middleware=middleware,
        lifespan=lifespan,
        max_body_size=MAX_BODY_BYTES,
    )
    app.state.settings = settings
    app.state.schema = schema
    app.add_exception_handler(404, _not_found)
    return app


async def _not_found(request: Request, exc: Exception) -> Response:
    return PlainTextResponse("Not found", status_code=404)
