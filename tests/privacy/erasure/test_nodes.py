"""The privacy engine's Node types load by id for their organisation only."""

from __future__ import annotations

import pytest

from app.accounts.models import Role
from tests.factories import NODE_FACTORIES
from tests.support import GraphQLClient, make_org, make_user

NODE = "query($id: ID!) { node(id: $id) { id } }"

pytestmark = pytest.mark.sqlite


@pytest.mark.parametrize("type_name", ["LegalHold", "Consent", "Objection", "UsageEvent"])
async def test_node_is_visible_in_its_organisation_only(client, type_name: str) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    user, token = await make_user(org, role=Role.ADMIN)
    gid = await NODE_FACTORIES[type_name](org, user)
    assert (await GraphQLClient(client, token).data(NODE, {"id": gid}))["node"] == {"id": gid}
    _, stranger = await make_user(await make_org(), role=Role.OWNER)
    assert (await GraphQLClient(client, stranger).data(NODE, {"id": gid}))["node"] is None
