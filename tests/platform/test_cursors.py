"""Cursors are opaque: whatever a client sends as `after`/`before` is a page or INVALID_INPUT, never a crash."""

from __future__ import annotations

import base64
import json
import random
from typing import Any

import httpx
import pytest

from tests.leads.conftest import CREATE
from tests.support import GraphQLClient, error_codes, make_user

pytestmark = pytest.mark.sqlite

PAGE = """query Q($first: Int = 1, $last: Int, $after: String, $before: String, $order: LeadOrder,
             $filter: LeadFilter) {
  leads(first: $first, last: $last, after: $after, before: $before, orderBy: $order, filter: $filter) {
    edges { cursor node { id } }
  }
}"""


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def forged(payload: object) -> str:
    """A cursor carrying `payload` (ASCII JSON escapes carry NULs and lone surrogates)."""
    return b64(json.dumps(payload).encode())


async def _post(client: httpx.AsyncClient, token: str, variables: dict[str, Any]) -> dict[str, Any]:
    raw = json.dumps({"query": PAGE, "variables": variables})
    headers = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    response = await client.post("/graphql", content=raw, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _malformed(real: dict[str, Any]) -> list[object]:
    """Cursor values a client might send: wrong shapes, wrong JSON, and the real cursor with each part spoiled."""
    fp, value, pk = real["f"], real["v"], real["i"]
    sort_values: list[object] = [
        *([5] if isinstance(value, dict) else [40_000, -40_000]),
        None,
        1.5,
        True,
        10**30,
        -(10**30),
        "abc",
        "",
        [1],
        {},
        {"t": 5},
        {"t": None},
        {"t": "2024-01-01"},
        {"t": "2024-01-01T00:00:00"},
        {"t": "9999-12-31T23:59:59-23:59"},
        {"t": "0001-01-01T00:00:00+23:59"},
        {"t": "not a time"},
        {"t": "2024-01-01T00:00:00+00:00", "x": 1},
        "a\x00b",
        "\ud800",
        "x" * 5000,
    ]
    ids: list[object] = [None, 5, [1], {}, "x", "", "\ud800", "00000000-0000-0000-0000-00000000000g", 10**40]
    payloads: list[object] = [
        *({"f": fp, "v": v, "i": pk} for v in sort_values),
        *({"f": fp, "v": value, "i": i} for i in ids),
        *({"f": f, "v": value, "i": pk} for f in (None, 5, [fp], fp.upper(), "")),
        {"v": value, "i": pk},
        {"f": fp, "i": pk},
        {"f": fp, "v": value},
        [fp, value, pk],
        fp,
        5,
        None,
        "[" * 3000,
    ]
    cursors: list[object] = [forged(p) for p in payloads]
    cursors += [b64(b"[" * 5000), b64(b"\xff\xfe\x00"), "!!!", "", "====", "é", "\x00", b64(b"{" * 100)]
    rng = random.Random(10)  # a fixed seed: the same cursors every run
    return cursors + [b64(rng.randbytes(rng.randint(0, 80))) for _ in range(40)]


def _spoiled(real: dict[str, Any]) -> list[str]:
    """The real cursor with a few bytes changed: some still name a place in the list, none may crash."""
    rng = random.Random(11)
    raw = json.dumps(real).encode()
    cursors = []
    for _ in range(60):
        spoiled = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            spoiled[rng.randrange(len(spoiled))] = rng.randrange(256)
        cursors.append(b64(bytes(spoiled)))
    return cursors


async def test_malformed_cursors_are_invalid_input_never_internal_errors(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    for i in range(2):
        await gql.data(CREATE, {"input": {"fullName": f"Ada {i}", "email": f"ada{i}@example.com"}})
    for order in (None, {"field": "STATUS", "direction": "ASC"}):
        data = await gql.data(PAGE, {"order": order})
        real_cursor = data["leads"]["edges"][0]["cursor"]
        real = json.loads(base64.urlsafe_b64decode(real_cursor + "=" * (-len(real_cursor) % 4)))
        assert (await gql.data(PAGE, {"order": order, "after": real_cursor}))["leads"]["edges"][0]["cursor"]
        for cursor in _malformed(real):
            for page in ({"after": cursor}, {"before": cursor, "first": None, "last": 1}):
                body = await _post(client, token, {"order": order, **page})
                assert error_codes(body) == ["INVALID_INPUT"], (cursor, body)


@pytest.mark.parametrize("value", [5, 1.5, True, {"x": 1}, [1], ["a"]])
async def test_a_cursor_variable_of_the_wrong_type_is_invalid_input(client: httpx.AsyncClient, value: object) -> None:
    _, token = await make_user()
    body = await _post(client, token, {"after": value})
    assert body.get("data") is None
    assert error_codes(body) == ["INVALID_INPUT"]
    assert "$after" in body["errors"][0]["message"]


async def test_a_cursor_of_another_ordering_or_filter_is_invalid_input(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    for i in range(2):
        await gql.data(CREATE, {"input": {"fullName": f"Ada {i}", "email": f"ada{i}@example.com", "tags": ["vip"]}})
    by_status = {"field": "STATUS", "direction": "ASC"}
    cursor = (await gql.data(PAGE, {"order": by_status}))["leads"]["edges"][0]["cursor"]
    assert error_codes(await gql(PAGE, {"after": cursor})) == ["INVALID_INPUT"]
    assert error_codes(await gql(PAGE, {"after": cursor, "order": by_status, "filter": {"tag": "vip"}})) == [
        "INVALID_INPUT"
    ]
    assert len((await gql.data(PAGE, {"after": cursor, "order": by_status}))["leads"]["edges"]) == 1
