"""Tenant isolation by construction (SPEC §6): another organisation's id is indistinguishable from an unknown id.

Every Node type: organisation B's session gets `null` from `node` and a `null` in position from `nodes` for
organisation A's object (while A sees it). Every mutation with an `id`/`<type>Id` input field: B's OWNER
gets NOT_FOUND on that field (or FORBIDDEN) for A's object. New Node types need a factory in
tests/factories.py; new mutations are walked automatically (MUTATION_SETUP there prepares the caller's
organisation when a mutation needs more than plausible input, e.g. a Meta connection or real credentials).
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from app.accounts.models import Organization, Role, User
from schema import build_schema
from schema.relay import node_types, to_global_id
from tests.factories import ID_FIELD_TYPES, MUTATION_SETUP, NODE_FACTORIES
from tests.support import GraphQLClient, make_org, make_user
from tests.tenancy import walk

SCHEMA = build_schema()  # registers every Node type
GRAPHQL_SCHEMA = SCHEMA._schema
NODE_TYPES = sorted(node_types())
TARGETS = walk.targets(GRAPHQL_SCHEMA, set(NODE_TYPES), ID_FIELD_TYPES)

NODE = "query Node($id: ID!) { node(id: $id) { __typename id } }"
NODES = "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"


def test_every_node_type_has_a_factory() -> None:
    missing = [t for t in NODE_TYPES if t not in NODE_FACTORIES]
    assert missing == [], f"add a factory to tests/factories.py: NODE_FACTORIES for {missing}"


async def _tenant(name: str) -> tuple[Organization, User, str]:
    org = await make_org(name)
    user, token = await make_user(org, role=Role.OWNER, email=f"owner-{uuid.uuid4().hex[:8]}@example.com")
    return org, user, token


@pytest.mark.sqlite
@pytest.mark.parametrize("type_name", NODE_TYPES)
async def test_node_of_another_organisation_is_null(client: httpx.AsyncClient, type_name: str) -> None:
    org_a, user_a, token_a = await _tenant("Org A")
    org_b, user_b, token_b = await _tenant("Org B")
    foreign = await NODE_FACTORIES[type_name](org_a, user_a)
    own = await NODE_FACTORIES[type_name](org_b, user_b)

    seen_by_a = await GraphQLClient(client, token_a).data(NODE, {"id": foreign})
    assert seen_by_a["node"] == {"__typename": type_name, "id": foreign}, "the factory's object must be visible"

    as_b = GraphQLClient(client, token_b)
    assert (await as_b.data(NODE, {"id": foreign}))["node"] is None
    unknown = to_global_id(type_name, uuid.uuid4())
    nodes = (await as_b.data(NODES, {"ids": [own, foreign, unknown, own]}))["nodes"]
    assert nodes == [{"__typename": type_name, "id": own}, None, None, {"__typename": type_name, "id": own}]


@pytest.mark.parametrize("target", TARGETS, ids=str)
async def test_mutations_refuse_another_organisations_ids(client: httpx.AsyncClient, target: walk.Target) -> None:
    org_a, user_a, _ = await _tenant("Org A")
    org_b, user_b, token_b = await _tenant("Org B")
    factory = NODE_FACTORIES.get(target.type_name)
    foreign = await factory(org_a, user_a) if factory else to_global_id(target.type_name, uuid.uuid4())
    own_ids: dict[str, str] = {}
    for other in TARGETS:
        if other.mutation == target.mutation and other.field != target.field:
            other_factory = NODE_FACTORIES.get(other.type_name)
            if other_factory is not None:
                own_ids[other.field] = await other_factory(org_b, user_b)
    values = walk.build_input(GRAPHQL_SCHEMA, target, foreign, own_ids)
    setup = MUTATION_SETUP.get(target.mutation)
    if setup is not None:
        values.update({k: v for k, v in (await setup(org_b, user_b)).items() if k != target.field})
    variables = {"input": values}
    body = await GraphQLClient(client, token_b)(walk.document(GRAPHQL_SCHEMA, target.mutation), variables)
    problem = walk.verdict(body, target)
    assert problem is None, f"{problem}\ninput: {variables}"
