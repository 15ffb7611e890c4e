"""What the CLI prints stays copyable: a long line (the demo login, a URL) is never split by the console."""

from __future__ import annotations

import dataclasses

import pytest

from app.cli import console, serve_banner
from app.settings import get_settings


@pytest.mark.sqlite
def test_a_long_line_is_printed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Demo organisation ready: sign in as demo@quantix.local with password demo-4d97278773f5d20a"
    monkeypatch.setattr(console, "width", 40)
    with console.capture() as captured:
        console.print(line)
    assert captured.get().rstrip("\n") == line


@pytest.mark.sqlite
@pytest.mark.parametrize(
    ("graphiql", "introspection", "label"),
    [(True, True, "GraphiQL"), (False, True, "GraphQL API"), (True, False, "GraphQL API")],
)
def test_the_serve_banner_names_graphiql_only_where_it_works(graphiql: bool, introspection: bool, label: str) -> None:
    settings = dataclasses.replace(get_settings(), graphiql=graphiql, graphql_introspection=introspection)
    banner = serve_banner(settings, "0.0.0.0", 8000)  # noqa: S104 - naming, not binding
    assert banner.startswith(f"{label}: http://localhost:8000/graphql")
    assert ("GraphiQL" in banner) is (label == "GraphiQL")


@pytest.mark.sqlite
def test_serving_elsewhere_than_the_public_url_says_how_to_change_it() -> None:
    settings = dataclasses.replace(get_settings(), base_url="http://localhost:8000")
    banner = serve_banner(settings, "127.0.0.1", 8765)
    assert banner.startswith("GraphiQL: http://localhost:8765/graphql")
    assert "http://localhost:8000" in banner and "QUANTIX_BASE_URL" in banner
    assert "QUANTIX_BASE_URL" not in serve_banner(settings, "127.0.0.1", 8000)
