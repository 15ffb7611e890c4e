"""SPEC §6 operation limits: over-limit documents are refused before execution, with a clear message."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from graphql import get_introspection_query

from app.jobs import Job, JobKind
from schema import limits
from schema.limits import FULL_INTROSPECTION
from schema.relay import to_global_id
from tests.support import GraphQLClient, error_codes, make_user

pytestmark = pytest.mark.sqlite

JOB_FIELDS = "id kind status progress attempts error result createdAt startedAt finishedAt"


def nested(levels: int) -> str:
    """`{ a { a { ... { leaf } } } }` with `levels` selection sets (depth = levels)."""
    return "{ " + "a { " * levels + "leaf" + " }" * levels + " }"


async def test_depth_over_12_is_refused_before_execution(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    body = await GraphQLClient(client, token)(nested(13))
    assert body.get("data") is None
    [error] = body["errors"]
    assert "nested 13 levels deep; the limit is 12" in error["message"]
    assert error["extensions"]["limit"] == "depth"


async def test_depth_counts_real_fields_and_12_levels_pass_the_limit(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    ok = await GraphQLClient(client, token)("{ me { memberships { organization { slug } } } }")
    assert "errors" not in ok
    body = await GraphQLClient(client, token)(nested(12))
    assert all("deep" not in e["message"] for e in body["errors"])  # only "unknown field" errors remain


async def test_introspection_is_exempt_from_depth(client: httpx.AsyncClient) -> None:
    ofs = "ofType { " * 14 + "name" + " }" * 14
    body = await GraphQLClient(client)("{ __schema { types { fields { type { " + ofs + " } } } } }")
    assert "errors" not in body, body["errors"]
    full = await GraphQLClient(client)(get_introspection_query(descriptions=True))
    assert "errors" not in full
    assert full["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_aliases_and_cost_count_inside_introspection(client: httpx.AsyncClient) -> None:
    """200 aliases under `__schema` once answered 13.7 MB; they count like any other aliases."""
    under_schema = "{ __schema { " + " ".join(f"t{i}: types {{ name }}" for i in range(200)) + " } }"
    body = await GraphQLClient(client)(under_schema)
    assert body.get("data") is None
    assert "The document uses 200 aliases; the limit is 30." in [e["message"] for e in body["errors"]]
    under_type = '{ __type(name: "Query") { ' + " ".join(f"f{i}: fields {{ name }}" for i in range(31)) + " } }"
    assert (await GraphQLClient(client)(under_type))["errors"][0]["extensions"]["limit"] == "aliases"
    # Fragments spread in 30 aliased `__type`s: few tokens, more than 10,000 introspection fields.
    leaves = "fragment V on __Field { " + " ".join(f"n{i}: name" for i in range(0)) + "name description } "
    wide = "fragment T on __Type { " + " ".join(f"...F{i}" for i in range(1)) + " } "
    fields = "fragment F0 on __Type { " + " ".join(["fields { ...V }"] * 1) + " } "
    nested = "fragment N on __Type { " + " ".join(["kind name description specifiedByURL"] * 1) + " ...T }"
    spreads = " ".join(f'a{i}: __type(name: "Query") {{ ...N ...W }}' for i in range(30))
    heavy = (
        "fragment W on __Type { ...W0 } "
        + " ".join(f"fragment W{i} on __Type {{ ofType {{ ...W{i + 1} ...W{i + 1} }} }}" for i in range(12))
        + " fragment W12 on __Type { name }"
    )
    body = await GraphQLClient(client)("{ " + spreads + " } " + leaves + wide + fields + nested + " " + heavy)
    assert body["errors"][0]["extensions"]["limit"] == "cost"


async def test_nodes_multiplies_its_cost_by_the_number_of_ids(client: httpx.AsyncClient) -> None:
    user, token = await make_user()
    gql = GraphQLClient(client, token)
    ids = [to_global_id("User", user.id)] * 100
    query = "query Q($ids: [ID!]!) { nodes(ids: $ids) { ... on Lead { notes(first: 100) { totalCount } } } }"
    body = await gql(query, {"ids": ids})
    assert body.get("data") is None
    assert body["errors"][0]["extensions"]["limit"] == "cost"  # 1 + 100 ids * (1 + 100 * 1): over 10,000
    assert (await gql.data(query, {"ids": ids[:10]}))["nodes"] == [{}] * 10


async def test_more_than_30_aliases_are_refused(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    ok = await GraphQLClient(client, token)("{ " + " ".join(f"a{i}: __typename" for i in range(30)) + " }")
    assert "errors" not in ok
    body = await GraphQLClient(client, token)("{ " + " ".join(f"a{i}: __typename" for i in range(31)) + " }")
    assert body.get("data") is None
    assert body["errors"][0]["message"] == "The document uses 31 aliases; the limit is 30."


async def test_aliases_inside_spread_fragments_count_each_time(client: httpx.AsyncClient) -> None:
    fragment = "fragment F on Query { " + " ".join(f"x{i}: __typename" for i in range(8)) + " }"
    body = await GraphQLClient(client)("{ ...F ... on Query { ...F } } " + fragment.replace("F on", "F on", 1))
    assert "errors" not in body
    body = await GraphQLClient(client)("{ a: __typename ...F ... on Query { ...F } ...F ...F } " + fragment)
    assert "aliases" in body["errors"][0]["message"]


async def test_more_than_5000_tokens_are_refused(client: httpx.AsyncClient) -> None:
    body = await GraphQLClient(client)("{ " + "__typename " * 5001 + "}")
    assert body.get("data") is None
    assert "more than 5000 tokens" in body["errors"][0]["message"]


async def test_a_document_of_5000_tokens_of_one_repeated_field_runs(client: httpx.AsyncClient) -> None:
    """Repeats merge into one response key; validation must not give up comparing them pairwise."""
    body = await GraphQLClient(client)("{ " + "__typename " * 4998 + "}")
    assert body == {"data": {"__typename": "Query"}}
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    assert (await gql.data("{ me { " + "id " * 2000 + "email } }"))["me"]["email"]
    wrong = await gql("{ me { " + "nope " * 2000 + "} }")
    assert [e["message"] for e in wrong["errors"]] == ["Cannot query field 'nope' on type 'User'."]


def _expensive(aliases: int, page: str = "100") -> str:
    connection = f"jobs(first: {page}) {{ totalCount edges {{ cursor node {{ {JOB_FIELDS} }} }} }}"
    parts = [f"j{i}: {connection}" for i in range(aliases)]
    header = "query Expensive($n: Int)" if page.startswith("$") else "query Expensive"
    return header + " { " + " ".join(parts) + " }"


async def test_cost_over_10000_is_refused_and_connections_multiply(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    # A page of 100: 1 + 100 * (totalCount 1 + edges 1 + cursor 1 + node 1 + 10 fields) = 1401; 7 pass, 8 do not.
    assert "errors" not in await gql(_expensive(7))
    body = await gql(_expensive(8))
    assert body.get("data") is None
    [error] = body["errors"]
    assert error["message"].startswith("Operation 'Expensive' costs 11208; the limit is 10000")
    assert error["extensions"] == {"code": "INVALID_INPUT", "limit": "cost"}
    # Page sizes given as variables count too; absent = 20 per page.
    assert (await gql(_expensive(8, "$n"), {"n": 100}))["errors"][0]["extensions"]["limit"] == "cost"
    assert "errors" not in await gql(_expensive(8, "$n"))
    # the measure is remembered per document and variables, never across different variables
    assert (await gql(_expensive(8, "$n"), {"n": 100}))["errors"][0]["extensions"]["limit"] == "cost"
    assert "errors" not in await gql(_expensive(8, "$n"), {"n": 1})


async def test_nested_fragment_spreads_are_measured_once_per_fragment(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document that expands exponentially is measured once per fragment, not once per spread."""
    levels = 12
    fragments = [f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} ...F{i + 1} ...F{i + 1} }}" for i in range(levels)]
    fragments.append(f"fragment F{levels} on Query {{ jobs(first: 1) {{ totalCount }} }}")
    visits: list[str] = []
    measure = limits._Measurer.selections

    def counted(self: limits._Measurer, selection_set: Any, parent: Any) -> limits.Measure:
        if selection_set is not None:
            visits.append("selections")
        return measure(self, selection_set, parent)

    monkeypatch.setattr(limits._Measurer, "selections", counted)
    body = await GraphQLClient(client)("{ ...F0 } " + " ".join(fragments))
    assert body["errors"][0]["extensions"]["limit"] == "cost"
    # the operation, each of the 13 fragments and `jobs`' selection once: walking every spread is 4**12 visits
    assert len(visits) == 1 + (levels + 1) + 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ("first: 101", "`first` must be between 0 and 100, got 101"),
        ("last: 500", "`last` must be between 0 and 100, got 500"),
        ("first: -1", "`first` must be between 0 and 100, got -1"),
        ("first: 5, last: 5", "give either `first` or `last`, not both"),
        ('first: 5, before: "x"', "forwards with `first`/`after` or backwards with `last`/`before`"),
        ('last: 5, after: "x"', "forwards with `first`/`after` or backwards with `last`/`before`"),
    ],
)
async def test_bad_page_arguments_are_invalid_input(client: httpx.AsyncClient, arguments: str, message: str) -> None:
    _, token = await make_user()
    body = await GraphQLClient(client, token)(f"{{ jobs({arguments}) {{ totalCount }} }}")
    assert error_codes(body) == ["INVALID_INPUT"]
    assert message in body["errors"][0]["message"]


async def test_bad_page_arguments_given_as_variables(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    query = "query Q($f: Int, $l: Int) { jobs(first: $f, last: $l) { totalCount } }"
    gql = GraphQLClient(client, token)
    assert error_codes(await gql(query, {"f": 101})) == ["INVALID_INPUT"]
    assert error_codes(await gql(query, {"f": 1, "l": 1})) == ["INVALID_INPUT"]
    assert (await gql.data(query, {"f": 100}))["jobs"]["totalCount"] == 0


async def test_nodes_takes_at_most_100_ids(client: httpx.AsyncClient) -> None:
    user, token = await make_user()
    gql = GraphQLClient(client, token)
    ids = [to_global_id("User", user.id)] * 100
    data = await gql.data("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ids})
    assert len(data["nodes"]) == 100
    body = await gql("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [*ids, ids[0]]})
    assert error_codes(body) == ["INVALID_INPUT"]
    assert "at most 100 ids, got 101" in body["errors"][0]["message"]
    literal = "{ nodes(ids: [" + ", ".join(f'"{i}"' for i in [*ids, ids[0]]) + "]) { id } }"
    assert error_codes(await gql(literal)) == ["INVALID_INPUT"]


@pytest.mark.parametrize("bad_id", ["not-an-id", "!!!", "VXNlcjpub3QtYS11dWlk", ""])
async def test_malformed_ids_are_invalid_input(client: httpx.AsyncClient, bad_id: str) -> None:
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    body = await gql("query Q($id: ID!) { node(id: $id) { id } }", {"id": bad_id})
    assert error_codes(body) == ["INVALID_INPUT"]
    body = await gql("query Q($id: ID!) { job(id: $id) { id } }", {"id": bad_id})
    assert error_codes(body) == ["INVALID_INPUT"]
    body = await gql("query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [bad_id]})
    assert error_codes(body) == ["INVALID_INPUT"]


async def test_a_well_formed_unknown_id_is_null_not_an_error(client: httpx.AsyncClient) -> None:
    _, token = await make_user()
    job = await Job.create(kind=JobKind.MAINTENANCE)  # a job of no organisation: not the caller's
    data = await GraphQLClient(client, token).data(
        "query Q($id: ID!) { node(id: $id) { id } job(id: $id) { id } }", {"id": to_global_id("Job", job.id)}
    )
    assert data == {"node": None, "job": None}


async def test_standard_introspection_queries_pass(client: httpx.AsyncClient) -> None:
    """GraphiQL's (every option on) and graphql-http's (the defaults) introspection queries."""
    for query in (FULL_INTROSPECTION, get_introspection_query()):
        body = await GraphQLClient(client)(query)
        assert "errors" not in body, body["errors"]
        assert body["data"]["__schema"]["queryType"]["name"] == "Query"


def _self_nested(copies: int) -> str:
    """Introspection nested inside itself, within graphql-core's introspection depth rule, in aliased copies."""
    nested = "fields { name args { name type { name } } type { ofType { ofType { fields { name type { name } } } } } }"
    return "{ " + " ".join(f"s{i}: __schema {{ types {{ name {nested} }} }}" for i in range(copies)) + " }"


async def test_introspection_work_is_counted_as_resolved_against_the_schema(client: httpx.AsyncClient) -> None:
    """The count is what the answer holds: `types { name }` is the `types` field plus one name per type."""
    from graphql import parse

    from schema import build_schema
    from schema.limits import _Measurer, introspection_budget

    schema = build_schema()._schema
    names = (await GraphQLClient(client).data("{ __schema { types { name } } }"))["__schema"]["types"]

    def work(query: str) -> int:
        document = parse(query)
        return _Measurer(schema, document, {}).operation(document.definitions[0]).introspection

    assert work("{ __schema { types { name } } }") == 1 + len(names)
    assert work("{ a: __schema { types { name } } b: __schema { types { name } } }") == 2 * (1 + len(names))
    assert work(_self_nested(1)) * 4 < introspection_budget(schema) < work(_self_nested(30))


async def test_introspection_over_its_budget_is_refused_before_execution(client: httpx.AsyncClient) -> None:
    """Self-nested introspection in 30 aliases once answered megabytes; it is refused, unexecuted."""
    assert "errors" not in await GraphQLClient(client)(_self_nested(2))
    body = await GraphQLClient(client)(_self_nested(30))
    assert body.get("data") is None
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INVALID_INPUT", "limit": "introspection"}
    # fragments spread many times count each time
    fragment = "fragment T on __Type { fields { name type { ofType { ofType { fields { name } } } } } }"
    spreads = " ".join(f"t{i}: __schema {{ types {{ ...T ...T }} }}" for i in range(30))
    body = await GraphQLClient(client)("{ " + spreads + " } " + fragment)
    assert body["errors"][0]["extensions"]["limit"] == "introspection"


async def test_a_cursor_of_another_list_is_invalid_input(client: httpx.AsyncClient) -> None:
    """Cursors are bound to their list: a lead's cursor is no position among jobs."""
    from tests.leads.conftest import create_lead

    _, token = await make_user()
    gql = GraphQLClient(client, token)
    await create_lead(gql, fullName="Cursor Lead", email="cursor@example.com")
    cursor = (await gql.data("{ leads(first: 1) { edges { cursor } } }"))["leads"]["edges"][0]["cursor"]
    body = await gql("query($c: String) { jobs(first: 1, after: $c) { totalCount } }", {"c": cursor})
    assert error_codes(body) == ["INVALID_INPUT"]


async def test_a_valid_document_is_validated_once_not_per_request(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OperationLimits validates with a shared cache and tells strawberry so (an empty error list); strawberry's
    own uncached validation must never run again for a valid document (it doubled a page's CPU once)."""
    import strawberry.schema.schema as strawberry_schema

    calls: list[object] = []
    real = strawberry_schema.validate_document
    monkeypatch.setattr(strawberry_schema, "validate_document", lambda *a, **k: calls.append(a) or real(*a, **k))
    _, token = await make_user()
    for _ in range(3):
        assert (await GraphQLClient(client, token).data("{ leads(first: 5) { totalCount } }"))["leads"]
    assert calls == []
