"""The GraphQL ASGI app: strawberry's view with our context, GraphQL-over-HTTP status codes and GraphiQL."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.types.unset import UNSET

from app.errors import error_response
from app.graphiql import graphiql_page
from app.http import MAX_JSON_DEPTH
from app.request_context import current_request
from schema.context import build_context
from schema.realtime import authenticate_connection

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


class TextFrames(ASGIWebSocketAdapter):
    """graphql-transport-ws messages are text frames ("stringified before being sent"): a browser hands a binary
    frame to the page as a Blob, which graphql-ws and GraphiQL cannot read."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        try:
            await self.ws.send_text(self.view.encode_json_string(message))
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


class QuantixGraphQL(GraphQL):
    """Strawberry's ASGI view with our Context; GraphiQL is served from the app's own assets.

    Clients that accept `application/graphql-response+json` (GraphQL over HTTP) get that media type, and a
    request error (unparseable, invalid, over a limit, bad variables: no `data` was produced) answers 400
    without a `data` entry. Plain `application/json` clients keep getting 200, as most clients expect.
    """

    websocket_adapter_class = TextFrames  # type: ignore[assignment]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Strawberry answers its HTTP-layer errors (unparseable body, unknown `operationName`) in plain text;
        GraphQL over HTTP wants `{"errors": [...]}`, which GraphiQL and clients can show."""
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope=scope, receive=receive))
        except HTTPException as exc:
            code = "NOT_FOUND" if exc.status_code == 404 else "BAD_REQUEST"
            response = error_response(exc.status_code, code, exc.reason, current_request().request_id)
            if exc.status_code == 405:
                response.headers["allow"] = "GET, POST"
        except StarletteHTTPException as exc:  # Starlette's multipart parser: a part too large, too many parts
            status, code = (413, "PAYLOAD_TOO_LARGE") if "maximum size" in exc.detail else (400, "BAD_REQUEST")
            response = error_response(status, code, exc.detail, current_request().request_id)
        await response(scope, receive, send)

    def decode_json(self, data: str | bytes) -> object:
        """UTF-8 JSON (GraphQL over HTTP), an object (or a batch), nested at most MAX_JSON_DEPTH deep."""
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
            value = json.loads(text)
        except UnicodeDecodeError:
            raise HTTPException(400, "The body is not UTF-8.") from None
        except RecursionError:
            raise HTTPException(400, f"The body is nested more than {MAX_JSON_DEPTH} levels deep.") from None
        if _nesting(value) > MAX_JSON_DEPTH:
            raise HTTPException(400, f"The body is nested more than {MAX_JSON_DEPTH} levels deep.")
        return value

    def encode_json(self, data: object) -> str | bytes:
        """orjson: a report's thousands of rows encode several times faster than with the json module. A value
        it refuses (an integer beyond 64 bits in a JSON scalar) takes the json module's path."""
        try:
            return orjson.dumps(data)
        except TypeError:
            return super().encode_json(data)

    def parse_json(self, data: str | bytes) -> Any:
        value = super().parse_json(data)
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The body must be a JSON object with a `query`.")
        return value

    async def parse_multipart(self, request: Any) -> dict[str, str]:
        """A `map` that is not `{"part": ["variables.path", ...]}` (a list, a path that leads nowhere) is the
        client's error; strawberry lets it escape as an AttributeError or TypeError."""
        try:
            return await super().parse_multipart(request)
        except (AttributeError, TypeError, ValueError, IndexError):
            raise HTTPException(400, "The multipart `map` must map each file part to paths in `operations`.") from None

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
        return await build_context(request, response)

    async def on_ws_connect(self, context: Any) -> Any:
        """graphql-transport-ws: authenticate by the `connection_init` payload (else close 4403)."""
        await authenticate_connection(context)
        return await super().on_ws_connect(context)

    async def render_graphql_ide(self, request: Request) -> Response:
        return graphiql_page(request)


def _nesting(value: object) -> int:
    """How deep containers nest in a decoded JSON value, walked without recursion (linear in its size)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _is_request_error(body: dict[str, Any]) -> bool:
    """No data and only errors without a path: the operation never ran (GraphQL over HTTP's request error)."""
    errors = body.get("errors") or []
    return body.get("data") is None and bool(errors) and all(not e.get("path") for e in errors)
