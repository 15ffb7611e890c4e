"""The privacy center's templates: Jinja2 with autoescaping on for every template and string, and the
message catalogue as `t`. Shared by the center's routes and the request status page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from app.privacy.center import csrf
from app.privacy.center.messages import DEFAULT_LANGUAGE, t
from app.settings import get_settings

APP_DIR = Path(__file__).resolve().parents[2]
# Stricter than the API's default: nothing inline, no scripts at all, forms post only here.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {"content-security-policy": CSP, "cache-control": "no-store", "x-robots-tag": "noindex"}

_env = Environment(
    loader=FileSystemLoader(APP_DIR / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


def render(name: str, **context: Any) -> str:
    values: dict[str, Any] = {"errors": [], "form": {}, "csrf": "", **context}
    return _env.get_template(name).render(lang=DEFAULT_LANGUAGE, t=t, **values)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page whose forms carry the CSRF token of the browser's cookie, set here when it has none (csrf.py):
    the center's pages and the status page, whose code form posts to the center."""
    cookie = request.cookies.get(csrf.COOKIE)
    fresh = not cookie or len(cookie) > 200
    if fresh:
        cookie = csrf.new_cookie_value()
    assert cookie is not None
    body = render(name, **{"csrf": csrf.token_for(cookie), **context})
    response = HTMLResponse(body, status_code=status, headers=HEADERS)
    if fresh:
        response.set_cookie(
            csrf.COOKIE,
            cookie,
            httponly=True,
            samesite="strict",
            secure=get_settings().is_production,
            path="/privacy",
        )
    return response


ERROR_MESSAGES = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def error_page(request: Request, status: int) -> HTMLResponse:
    """What went wrong on a privacy page (app.http.HtmlRoute), as a page of the center: its words, its style."""
    return page(request, "privacy_center_message.html", status=status, message=t(ERROR_MESSAGES.get(status, "error")))
