from __future__ import annotations

from typing import Any

from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the emulator fixture
from tests.leads.conftest import Team, create_lead, team

PIPELINES = "{ pipelines { id name isDefault stages { id name position kind probability } } }"
CREATE_DEAL = """
mutation($input: CreateDealInput!) {
  createDeal(input: $input) {
    deal { id name status amount { amount currency } closedAt stage { id name kind } pipeline { id } owner { id }
           lead { id status } }
    errors { field code message }
  }
}
"""
MOVE_DEAL = """
mutation($input: MoveDealInput!) {
  moveDeal(input: $input) { deal { id status closedAt stage { id kind } } errors { field code message } }
}
"""


async def default_stages(team: Team) -> dict[str, str]:
    """Stage name -> id of the default pipeline."""
    data = await team.gql.data(PIPELINES)
    default = next(p for p in data["pipelines"] if p["isDefault"])
    return {s["name"]: s["id"] for s in default["stages"]}


async def create_deal(team: Team, **values: Any) -> dict[str, Any]:
    body = await team.gql.data(CREATE_DEAL, {"input": values})
    assert body["createDeal"]["errors"] == [], body
    return body["createDeal"]["deal"]


__all__ = ["CREATE_DEAL", "MOVE_DEAL", "PIPELINES", "Team", "create_deal", "create_lead", "default_stages", "team"]
