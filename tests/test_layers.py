"""The import graph of app/, schema/ and workers/ has no cycle (import-linter's contracts check the layers)."""

from __future__ import annotations

import grimp

PACKAGES = ("app", "schema", "workers")


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every set of modules that import each other in a ring (Tarjan's strongly connected components).

    grimp reads function-level imports too, so an import hidden in a function still closes a ring.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            ring: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                ring.append(member)
                if member == module:
                    break
            if len(ring) > 1 or graph.direct_import_exists(importer=module, imported=module):
                cycles.append(sorted(ring))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycles() -> None:
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True)
    assert import_cycles(graph) == []


def test_a_cycle_through_a_function_level_import_is_found() -> None:
    graph = grimp.ImportGraph()
    for module in ("app", "app.leads", "app.leads.services", "app.privacy", "app.privacy.processing", "app.db"):
        graph.add_module(module)
    graph.add_import(importer="app.leads.services", imported="app.db", line_number=3, line_contents="import app.db")
    graph.add_import(
        importer="app.leads.services",
        imported="app.privacy.processing",
        line_number=40,
        line_contents="from app.privacy.processing import erase_lead_now",  # inside a function
    )
    graph.add_import(
        importer="app.privacy.processing",
        imported="app.leads.services",
        line_number=5,
        line_contents="from app.leads.services import update_lead",
    )
    assert import_cycles(graph) == [["app.leads.services", "app.privacy.processing"]]
