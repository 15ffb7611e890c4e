"""Every failure answers JSON with a request id and the security headers: bad input 4xx, a dead database 503;
on a page people open in a browser, the failure is a page as well."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from app.http import MAX_JSON_BODY_BYTES
from app.integrations.meta.signatures import hub_signature
from app.settings import get_settings
from tests.support import GraphQLClient, make_user

pytestmark = pytest.mark.sqlite


def assert_json_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """A JSON `{"errors": [...]}` body (no bare text) with the request id and the security headers."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert len(response.headers["x-request-id"]) == 32
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    body = response.json()
    assert body["errors"] and body["errors"][0]["message"]
    if code is not None:
        assert body["errors"][0]["extensions"]["code"] == code
    return body


@pytest.mark.parametrize("raw", [b'"x"', b"5", b"null", b"true"])
async def test_a_json_body_that_is_not_an_object_is_400(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post("/graphql", content=raw, headers={"content-type": "application/json"})
    assert_json_error(response, 400, "BAD_REQUEST")


@pytest.mark.parametrize(
    "raw",
    [
        b'{"query": "{ __typename \xff }"}',  # an invalid UTF-8 byte
        '{"query": "{ __typename }"}'.encode("utf-16"),  # JSON, but not UTF-8
        b"{ __typename }",  # not JSON at all
    ],
)
async def test_a_body_that_is_not_utf8_json_is_400(client: httpx.AsyncClient, raw: bytes) -> None:
    response = await client.post("/graphql", content=raw, headers={"content-type": "application/json"})
    assert_json_error(response, 400, "BAD_REQUEST")


@pytest.mark.parametrize("depth", [100, 1_000, 50_000])
async def test_deeply_nested_variables_are_400(client: httpx.AsyncClient, depth: int) -> None:
    variables = "[" * depth + "]" * depth
    raw = ('{"query": "query Q($v: JSON) { __typename }", "variables": {"v": ' + variables + "}}").encode()
    response = await client.post("/graphql", content=raw, headers={"content-type": "application/json"})
    assert "nested more than" in assert_json_error(response, 400)["errors"][0]["message"]


async def test_unknown_operation_name_is_a_json_error(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": "query A { __typename }", "operationName": "B"})
    body = assert_json_error(response, 400, "BAD_REQUEST")
    assert "B" in body["errors"][0]["message"]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_on_graphql_are_a_json_405(client: httpx.AsyncClient, method: str) -> None:
    """SPEC §6: GraphQL-over-HTTP errors are JSON `{"errors": [...]}` bodies, never plain text."""
    response = await client.request(method, "/graphql", json={"query": "{ __typename }"})
    assert_json_error(response, 405, "BAD_REQUEST")
    assert response.headers["allow"] == "GET, POST"


async def test_a_method_another_route_does_not_take_is_a_json_405(client: httpx.AsyncClient) -> None:
    response = await client.post("/healthz")
    assert "POST" in assert_json_error(response, 405, "BAD_REQUEST")["errors"][0]["message"]
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "HEAD"}


def assert_html_error(response: httpx.Response, status: int) -> str:
    """A page (no JSON) with the request id and the security headers: what a browser shows a person."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert len(response.headers["x-request-id"]) == 32
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.text.startswith("<!doctype html>") and "<h1>" in response.text
    return response.text


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", "/privacy/acme/request", {"POST"}),
        ("GET", "/privacy/acme/verify", {"POST"}),
        ("PUT", "/privacy/acme", {"GET", "HEAD"}),
        ("POST", "/privacy/acme/policy", {"GET", "HEAD"}),
        ("POST", "/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX", {"GET", "HEAD"}),
        ("POST", "/legal/subprocessors", {"GET", "HEAD"}),
    ],
)
async def test_a_method_a_page_does_not_take_is_an_html_405(
    client: httpx.AsyncClient, method: str, path: str, allow: set[str]
) -> None:
    """A person who opens (or bookmarks) a form's address sees a page, with the methods it takes in `Allow`."""
    response = await client.request(method, path, headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert_html_error(response, 405)
    assert {m.strip() for m in response.headers["allow"].split(",")} == allow


async def test_a_page_with_a_json_variant_answers_its_errors_in_json_when_asked(client: httpx.AsyncClient) -> None:
    for path in ("/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX", "/legal/subprocessors"):
        response = await client.post(path, headers={"accept": "application/json"})
        assert_json_error(response, 405, "BAD_REQUEST")
        assert "GET" in response.headers["allow"]


async def test_an_unexpected_error_on_a_page_is_an_html_500(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.legal import routes

    async def broken() -> dict[str, Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr(routes, "public_list", broken)
    page = await client.get("/legal/subprocessors")
    assert page.headers["x-request-id"] in assert_html_error(page, 500)  # the id to quote, on the page
    assert "boom" not in page.text
    assert_json_error(await client.get("/legal/subprocessors", headers={"accept": "application/json"}), 500)


async def test_graphql_json_bodies_over_1_mib_get_413_as_json(client: httpx.AsyncClient) -> None:
    padding = "x" * MAX_JSON_BODY_BYTES
    response = await client.post("/graphql", json={"query": "{ __typename }", "variables": {"pad": padding}})
    assert_json_error(response, 413, "PAYLOAD_TOO_LARGE")

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"query": "{ __typename }", "variables": {"pad": "'
        for _ in range(2):
            yield b"x" * (MAX_JSON_BODY_BYTES // 2)
        yield b'"}}'

    streamed = await client.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert_json_error(streamed, 413, "PAYLOAD_TOO_LARGE")
    near = await client.post("/graphql", json={"query": "{ __typename }", "variables": {"pad": "x" * 1_000_000}})
    assert near.status_code == 200


async def test_multipart_uploads_keep_their_20_mib(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    csv = b"fullName,email,phone,status,tags,ownerEmail\n" + b"#" * (5 * 1024 * 1024)
    operations = {"query": "mutation M($f: Upload!) { importLeads(input: {file: $f}) { errors { code } } }"}
    response = await client.post(
        "/graphql",
        data={"operations": json.dumps({**operations, "variables": {"f": None}}), "map": '{"0": ["variables.f"]}'},
        files={"0": ("leads.csv", csv, "text/csv")},
        headers={"authorization": f"Bearer {token}", "graphql-preflight": "1"},
    )
    assert response.status_code == 200, response.text  # 5 MiB is over the JSON limit, well within the upload one

    big = b"fullName,email\n" + b"#" * (21 * 1024 * 1024)
    over = await client.post(
        "/graphql",
        data={"operations": json.dumps({**operations, "variables": {"f": None}}), "map": '{"0": ["variables.f"]}'},
        files={"0": ("leads.csv", big, "text/csv")},
        headers={"authorization": f"Bearer {token}", "graphql-preflight": "1"},
    )
    assert_json_error(over, 413, "PAYLOAD_TOO_LARGE")  # SPEC §6: uploads take 20 MiB
    padded = {**operations, "variables": {"f": None, "pad": "x" * MAX_JSON_BODY_BYTES}}
    big_part = await client.post(
        "/graphql",
        data={"operations": json.dumps(padded), "map": '{"0": ["variables.f"]}'},
        files={"0": ("leads.csv", csv[:100], "text/csv")},
        headers={"authorization": f"Bearer {token}", "graphql-preflight": "1"},
    )
    assert_json_error(big_part, 413, "PAYLOAD_TOO_LARGE")  # the operations part is JSON: 1 MiB, as JSON, not text


@pytest.mark.parametrize("files_map", ["[1]", '{"0": [1]}', '{"0": ["variables.f.x"]}', '{"0": "variables.f"}'])
async def test_a_malformed_multipart_map_is_a_400_json_error(client: httpx.AsyncClient, files_map: str) -> None:
    _, token = await make_user()
    operations = {"query": "mutation M($f: Upload!) { importLeads(input: {file: $f}) { errors { code } } }"}
    response = await client.post(
        "/graphql",
        data={"operations": json.dumps({**operations, "variables": {"f": None}}), "map": files_map},
        files={"0": ("leads.csv", b"fullName,email\n", "text/csv")},
        headers={"authorization": f"Bearer {token}", "graphql-preflight": "1"},
    )
    assert_json_error(response, 400, "BAD_REQUEST")


def _nested_json(depth: int) -> str:
    return '{"object": "page", "entry": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize(
    "body",
    [
        _nested_json(5_000).encode(),
        json.dumps({"object": "page", "entry": []}).encode("utf-16"),
        json.dumps({"object": "page\u0000", "entry": []}).encode(),
        json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "\ud800"}]}).encode(),
    ],
    ids=["nested-5000", "utf-16", "nul", "lone-surrogate"],
)
async def test_signed_webhooks_that_are_not_utf8_json_are_400(client: httpx.AsyncClient, body: bytes) -> None:
    signature = hub_signature(get_settings().meta_app_secret, body)
    response = await client.post(
        "/webhooks/meta", content=body, headers={"content-type": "application/json", "x-hub-signature-256": signature}
    )
    assert response.status_code == 400
    assert len(response.headers["x-request-id"]) == 32


def _signed_request(payload: bytes) -> str:
    encoded = base64.urlsafe_b64encode(payload).rstrip(b"=")
    mac = hmac.new(get_settings().meta_app_secret.encode(), encoded, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode() + "." + encoded.decode()


@pytest.mark.parametrize("path", ["/meta/deauthorize", "/meta/data-deletion"])
@pytest.mark.parametrize(
    "payload",
    [
        b'{"algorithm": "HMAC-SHA256", "user_id": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        json.dumps({"algorithm": "HMAC-SHA256", "user_id": "1"}).encode("utf-16"),
        json.dumps({"algorithm": "HMAC-SHA256", "user_id": "12\ud80034"}).encode(),
    ],
    ids=["nested-5000", "utf-16", "lone-surrogate"],
)
async def test_signed_requests_that_are_not_utf8_json_are_400(
    client: httpx.AsyncClient, path: str, payload: bytes
) -> None:
    response = await client.post(path, data={"signed_request": _signed_request(payload)})
    assert response.status_code == 400  # these endpoints answer Meta in their own JSON shape
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert len(response.headers["x-request-id"]) == 32


@contextlib.asynccontextmanager
async def database_down() -> AsyncIterator[None]:
    """The running app's pool is closed and PostgreSQL's port now refuses connections; restored after."""
    connection = Tortoise.get_connection("default")
    port = connection.port
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    await connection.close()
    connection.port = closed_port
    try:
        yield
    finally:
        connection.port = port
        await connection.close()  # the next query reconnects to the real server


@pytest.mark.skipif(get_settings().is_sqlite, reason="a file database has no server to lose")
async def test_any_request_while_the_database_is_down_is_503_json(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    assert (await gql.post("{ me { id } }")).status_code == 200
    async with database_down():
        authenticated = await gql.post("{ me { id } }")  # fails while reading the session
        body = assert_json_error(authenticated, 503, "SERVICE_UNAVAILABLE")
        assert body["errors"][0]["extensions"]["requestId"] == authenticated.headers["x-request-id"]
        anonymous = await gql.post("{ privacyPolicy { version } }", token="")  # fails in a resolver
        assert_json_error(anonymous, 503, "SERVICE_UNAVAILABLE")
        status_page = await client.get(
            "/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX", headers={"accept": "application/json"}
        )
        assert_json_error(status_page, 503, "SERVICE_UNAVAILABLE")
        assert_html_error(await client.get("/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX"), 503)  # for a person: a page
        assert (await client.get("/healthz")).status_code == 200
    assert (await gql.post("{ me { id } }")).status_code == 200


async def test_a_subscription_over_http_is_the_clients_mistake(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    response = await client.post(
        "/graphql", json={"query": "subscription { leadEvents { kind } }"}, headers={"authorization": f"Bearer {token}"}
    )
    body = response.json()
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"  # not a masked INTERNAL_ERROR
    assert "WebSocket" in body["errors"][0]["message"]


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
async def test_a_time_outside_the_calendar_in_utc_is_invalid_input(client: httpx.AsyncClient, moment: str) -> None:
    _, token = await make_user()
    query = "query($t: DateTime) { leads(filter: {createdBefore: $t}) { totalCount } }"
    body = (
        await client.post(
            "/graphql", json={"query": query, "variables": {"t": moment}}, headers={"authorization": f"Bearer {token}"}
        )
    ).json()
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"  # not INTERNAL_ERROR
    fine = {"t": "9999-12-31T23:59:59+00:00"}
    ok = (
        await client.post(
            "/graphql", json={"query": query, "variables": fine}, headers={"authorization": f"Bearer {token}"}
        )
    ).json()
    assert "errors" not in ok


async def test_several_operations_need_an_operation_name(client: httpx.AsyncClient) -> None:
    document = "query A { __typename } query B { __typename }"
    unnamed = (await client.post("/graphql", json={"query": document})).json()
    assert (
        unnamed["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
        and "operationName" in unnamed["errors"][0]["message"]
    )
    named = (await client.post("/graphql", json={"query": document, "operationName": "B"})).json()
    assert named == {"data": {"__typename": "Query"}}
