"""Node factories for the tenant-isolation harness (tests/tenancy): one per GraphQL Node type.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` and returns its global
id. tests/tenancy fails while a type registered with `schema.relay.register_node` has no factory. Each room
keeps its factories in its own module here (no shared file to collide on); this package merges them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User

NodeFactory = Callable[[Organization, User], Awaitable[str]]
NODE_FACTORIES: dict[str, NodeFactory] = {}

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    NODE_FACTORIES.update(getattr(importlib.import_module(f"{__name__}.{_module}"), "NODE_FACTORIES", {}))

from tests.factories.meta_emulator import (  # noqa: E402 - helpers other tests use
    make_ad,
    make_ad_insight,
    make_ad_set,
    make_campaign,
    make_insight,
)
from tests.factories.platform import ID_FIELD_TYPES, MUTATION_SETUP  # noqa: E402 - the isolation walk's hooks

__all__ = [
    "ID_FIELD_TYPES",
    "MUTATION_SETUP",
    "NODE_FACTORIES",
    "NodeFactory",
    "make_ad",
    "make_ad_insight",
    "make_ad_set",
    "make_campaign",
    "make_insight",
]
