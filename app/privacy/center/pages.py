"""The privacy center's templates: Jinja2 with autoescaping on for every template and string, and the
message catalogue as `t`. Shared by the center's routes and the request status page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.privacy.center.messages import DEFAULT_LANGUAGE, t

APP_DIR = Path(__file__).resolve().parents[2]
# Stricter than the API's default: nothing inline, no scripts at all, forms post only here.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

_env = Environment(
    loader=FileSystemLoader(APP_DIR / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)


def render(name: str, **context: Any) -> str:
    values: dict[str, Any] = {"errors": [], "form": {}, "csrf": "", **context}
    return _env.get_template(name).render(lang=DEFAULT_LANGUAGE, t=t, **values)
