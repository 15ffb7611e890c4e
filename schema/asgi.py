"""The GraphQL ASGI app: strawberry's view with our context, GraphQL-over-HTTP status codes and GraphiQL."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from app.graphiql import graphiql_page
from schema.context import build_context
from schema.realtime import authenticate_connection

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


class QuantixGraphQL(GraphQL):
    """Strawberry's ASGI view with our Context; GraphiQL is served from the app's own assets.

    Clients that accept `application/graphql-response+json` (GraphQL over HTTP) get that media type, and a
    request error (unparseable, invalid, over a limit, bad variables: no `data` was produced) answers 400
    without a `data` entry. Plain `application/json` clients keep getting 200, as most clients expect.
    """

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


def _is_request_error(body: dict[str, Any]) -> bool:
    """No data and only errors without a path: the operation never ran (GraphQL over HTTP's request error)."""
    errors = body.get("errors") or []
    return body.get("data") is None and bool(errors) and all(not e.get("path") for e in errors)
