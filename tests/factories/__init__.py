"""Node factories for the tenant-isolation harness (tests/tenancy): one per GraphQL Node type.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` and returns its global
id; `MUTATION_SETUP["mutation"](org, user)` prepares an organisation for a mutation that needs more than
a bare organisation. tests/tenancy fails while a Node type has no factory. Each room may keep factories in
its own module here (no shared file to collide on); this package merges the registries of all of them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from typing import Any

from app.accounts.models import Organization, User

NodeFactory = Callable[[Organization, User], Awaitable[str]]
NODE_FACTORIES: dict[str, NodeFactory] = {}
MUTATION_SETUP: dict[str, Callable[[Organization, User], Awaitable[Any]]] = {}

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    _loaded = importlib.import_module(f"{__name__}.{_module}")
    NODE_FACTORIES.update(getattr(_loaded, "NODE_FACTORIES", {}))
    MUTATION_SETUP.update(getattr(_loaded, "MUTATION_SETUP", {}))

from tests.factories.platform import make_campaign, make_insight  # noqa: E402 - helpers other tests use

__all__ = ["MUTATION_SETUP", "NODE_FACTORIES", "NodeFactory", "make_campaign", "make_insight"]
