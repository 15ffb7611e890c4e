"""HtmlRoute: a route serving a page people open in a browser, whose errors are pages too (app.http answers
them; every other route answers errors as JSON). Kept apart from app.http so the pages' modules can use it."""

from __future__ import annotations

import html
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from app.request_context import current_request

ErrorPage = Callable[[Request, int], Response]


def plain_error_page(request: Request, status: int) -> Response:
    """An error as a page for people: the status in words and the request id to quote."""
    words = html.escape(f"{status} {HTTPStatus(status).phrase}")
    request_id = html.escape(current_request().request_id or "")
    body = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{words}</title></head>'
        f"<body><h1>{words}</h1><p>Request id: {request_id}</p></body></html>"
    )
    return HTMLResponse(body, status_code=status, headers={"cache-control": "no-store"})


class HtmlRoute(Route):
    """A page people open in a browser: whatever goes wrong on it (a method it does not take, an unexpected
    error) is answered with `error_page`, not the API's JSON, unless the client asks for JSON first (pages
    with a JSON variant). Other routes answer errors as JSON `{"errors": [...]}`."""

    def __init__(
        self, path: str, endpoint: Callable[..., Any], *, methods: list[str], error_page: ErrorPage = plain_error_page
    ) -> None:
        super().__init__(path, endpoint, methods=methods)
        self.error_page = error_page


def prefers_json(request: Request) -> bool:
    """The Accept header names application/json, and before text/html if it names both."""
    accept = request.headers.get("accept", "").lower()
    if "application/json" not in accept:
        return False
    return "text/html" not in accept or accept.index("application/json") < accept.index("text/html")
