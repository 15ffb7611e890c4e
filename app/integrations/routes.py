"""HTTP routes that outside platforms call (OAuth callback, webhooks, Meta callbacks, sandbox)."""

from __future__ import annotations

import importlib

from starlette.routing import BaseRoute

from app.settings import Settings

# Modules exposing `routes(settings) -> list[BaseRoute]`; each integration adds its own.
ROUTE_MODULES: list[str] = [
    "app.privacy.routes",
    "app.privacy.status",
    "app.integrations.meta.routes",
    "app.integrations.meta.sandbox",
]


def integration_routes(settings: Settings) -> list[BaseRoute]:
    found: list[BaseRoute] = []
    for name in ROUTE_MODULES:
        found.extend(importlib.import_module(name).routes(settings))
    return found
