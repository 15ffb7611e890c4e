"""HTTP surface: security headers, CORS from settings, the body limit, readiness, GraphiQL's page."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from app.graphiql import assets_present
from app.http import MAX_BODY_BYTES
from app.jobs import queue
from app.main import create_app
from app.settings import Settings, get_settings

pytestmark = pytest.mark.sqlite

EXPECTED_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}


def _http(app: Any, peer: str = "127.0.0.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(peer, 50000)), base_url="http://testserver")


def _app(**changes: Any) -> Any:
    settings: Settings = dataclasses.replace(get_settings(), **changes)
    return create_app(settings, manage_orm=False)


@pytest.mark.parametrize("path", ["/healthz", "/graphql?query=%7B__typename%7D", "/no-such-page"])
async def test_every_response_carries_security_headers(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path, headers={"accept": "application/json"})
    for name, value in EXPECTED_HEADERS.items():
        assert response.headers[name] == value
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp and "unsafe-eval" not in csp
    assert len(response.headers["x-request-id"]) == 32
    assert "strict-transport-security" not in response.headers  # HSTS only in production (HTTPS at the edge)


async def test_production_adds_hsts() -> None:
    async with _http(_app(env="production")) as http:
        response = await http.get("/healthz")
    assert response.headers["strict-transport-security"] == "max-age=63072000; includeSubDomains"


async def test_cors_preflight_allows_configured_origins_only() -> None:
    preflight = {
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
    }
    async with _http(_app(cors_origins=("https://app.example.com",))) as http:
        allowed = await http.options("/graphql", headers={"origin": "https://app.example.com", **preflight})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
        assert "POST" in allowed.headers["access-control-allow-methods"]
        assert "authorization" in allowed.headers["access-control-allow-headers"].lower()
        refused = await http.options("/graphql", headers={"origin": "https://evil.example", **preflight})
        assert refused.status_code == 400
        assert "access-control-allow-origin" not in refused.headers
        simple = await http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"origin": "https://app.example.com"}
        )
        assert simple.headers["access-control-allow-origin"] == "https://app.example.com"
        assert "retry-after" in simple.headers["access-control-expose-headers"].lower()
        other = await http.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in other.headers


async def test_no_cors_origins_means_no_cross_origin_access(client: httpx.AsyncClient) -> None:
    response = await client.options(
        "/graphql", headers={"origin": "https://app.example.com", "access-control-request-method": "POST"}
    )
    assert "access-control-allow-origin" not in response.headers


async def test_bodies_over_25_mib_get_413(client: httpx.AsyncClient) -> None:
    too_big = b"x" * (MAX_BODY_BYTES + 1)
    response = await client.post("/graphql", content=too_big, headers={"content-type": "application/json"})
    assert response.status_code == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(26):
            yield b" " * (1024 * 1024)

    streamed = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    fine = await client.post("/graphql", json={"query": "{ __typename }", "variables": {"pad": "x" * 1_000_000}})
    assert fine.status_code == 200


async def test_readyz_is_503_when_the_database_is_down(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_database(name: str) -> Any:
        raise ConnectionRefusedError("database is down")

    monkeypatch.setattr(Tortoise, "get_connection", no_database)
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": "unavailable", "queue": "ok"}}
    assert (await client.get("/healthz")).status_code == 200  # liveness does not depend on the database


async def test_readyz_is_503_when_the_queue_is_down(client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_queue() -> int:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(queue, "queue_depth", no_queue)
    response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "queue": "unavailable"}


@pytest.mark.skipif(not assets_present(), reason="GraphiQL's bundles are fetched by `quantix assets`")
async def test_graphiql_page_uses_only_the_apps_own_assets(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "https://" not in html and "http://" not in html and "//unpkg" not in html
    assert "<script>" not in html  # no inline script: the CSP forbids them
    for asset in ("/static/graphiql/graphiql.min.js", "/static/graphiql/graphiql.min.css", "/graphiql/start.js"):
        assert asset in html
        assert (await client.get(asset)).status_code == 200


async def test_graphiql_can_be_switched_off() -> None:
    async with _http(_app(graphiql=False)) as http:
        page = await http.get("/graphql", headers={"accept": "text/html"})
    assert "graphiql" not in page.text.lower()


async def test_graphql_response_json_clients_get_400_for_request_errors(client: httpx.AsyncClient) -> None:
    accept = {"accept": "application/graphql-response+json, application/json;q=0.9"}
    ok = await client.post("/graphql", json={"query": "{ __typename }"}, headers=accept)
    assert ok.status_code == 200 and ok.headers["content-type"] == "application/graphql-response+json"
    assert ok.json() == {"data": {"__typename": "Query"}}
    invalid = await client.post("/graphql", json={"query": "{ nope }"}, headers=accept)
    assert invalid.status_code == 400 and "data" not in invalid.json()
    unauthenticated = await client.post("/graphql", json={"query": "{ me { id } }"}, headers=accept)
    assert unauthenticated.status_code == 200  # the operation ran; the error belongs to a field
    assert unauthenticated.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    plain = await client.post("/graphql", json={"query": "{ nope }"})
    assert plain.status_code == 200 and plain.headers["content-type"] == "application/json"


async def test_a_client_that_leaves_mid_request_is_no_error(app: Any, caplog: pytest.LogCaptureFixture) -> None:
    """wrk and browsers drop connections: the server logs no error and raises nothing."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"40"), (b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    with caplog.at_level("INFO", logger="quantix.access"):
        await app(scope, receive, send)
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
    assert any("499" in r.getMessage() for r in caplog.records if r.name.endswith("access"))
