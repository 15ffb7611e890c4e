"""Lead scoring over GraphQL: rules (ADMIN), scores with explanations kept in step with leads and deals,
ordering by SCORE with unscored leads last, and no score for a lead that objected to automated decisions."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import Tortoise

from app.accounts.api_tokens import create_token
from app.accounts.models import Role
from app.leads import services
from app.privacy.consent import apply_objection
from app.privacy.erasure_models import ObjectionKind
from schema.relay import pk_of
from tests.deals.conftest import Team, create_deal, create_lead
from tests.support import GraphQLClient, error_codes

SET = """
mutation($input: SetLeadScoringRulesInput!) {
  setLeadScoringRules(input: $input) { leadScoringRules { points when { tag hasDeal source } } errors { field code } }
}
"""
LEADS = """
query($dir: SortDirection!) {
  leads(orderBy: {field: SCORE, direction: $dir}, first: 20) {
    edges { node { fullName score { value explanation { rule points } } } }
  }
}
"""
RULES = [
    {"when": {"tag": "vip"}, "points": 30},
    {"when": {"source": "MANUAL"}, "points": 5},
    {"when": {"hasDeal": True}, "points": 50},
    {"when": {"answer": {"question": "Budget", "equals": "high"}, "source": "API"}, "points": 100},
]


async def _scores(team: Team, direction: str = "DESC") -> list[tuple[str, int | None]]:
    edges = (await team.gql.data(LEADS, {"dir": direction}))["leads"]["edges"]
    return [(e["node"]["fullName"], (e["node"]["score"] or {}).get("value")) for e in edges]


async def test_scores_follow_rules_leads_and_deals_and_order_with_unscored_last(team: Team) -> None:
    vip = await create_lead(team.gql, fullName="Vip", email="vip@example.com", tags=["vip"])
    plain = await create_lead(team.gql, fullName="Plain", email="plain@example.com")
    objecting = await create_lead(team.gql, fullName="Objecting", email="obj@example.com", tags=["vip"])
    assert sorted(await _scores(team)) == [("Objecting", None), ("Plain", None), ("Vip", None)]  # no rules yet

    body = await team.gql.data(SET, {"input": {"rules": RULES}})
    assert body["setLeadScoringRules"]["errors"] == []
    await apply_objection(team.org.id, ObjectionKind.AUTOMATED_DECISIONS, lead_id=pk_of(objecting["id"], "Lead"))
    assert await _scores(team) == [("Vip", 35), ("Plain", 5), ("Objecting", None)]
    assert await _scores(team, "ASC") == [("Plain", 5), ("Vip", 35), ("Objecting", None)]

    deal = await create_deal(team, leadId=plain["id"], name="Big one")  # hasDeal: rescored at once
    edges = (await team.gql.data(LEADS, {"dir": "DESC"}))["leads"]["edges"]
    assert edges[0]["node"] == {
        "fullName": "Plain",
        "score": {"value": 55, "explanation": [{"rule": 1, "points": 5}, {"rule": 2, "points": 50}]},
    }
    delete = "mutation($input: DeleteDealInput!) { deleteDeal(input: $input) { errors { code } } }"
    assert (await team.gql.data(delete, {"input": {"id": deal["id"]}}))["deleteDeal"]["errors"] == []
    assert dict(await _scores(team))["Plain"] == 5  # the deal is gone: rescored at once
    deal = await create_deal(team, leadId=plain["id"], name="Big one again")
    untag = "mutation($input: TagLeadsInput!) { tagLeads(input: $input) { errors { code } } }"
    await team.gql.data(untag, {"input": {"leadIds": [vip["id"]], "remove": ["vip"]}})
    assert dict(await _scores(team))["Vip"] == 5

    api = await create_lead(
        team.gql,
        fullName="Api",
        email="api@example.com",
        source="API",
        answers=[{"question": "budget", "values": ["High"]}],
    )
    assert dict(await _scores(team))["Api"] == 100
    assert api["id"]


async def test_a_lead_mutations_payload_shows_the_score_its_change_gave(team: Team) -> None:
    """The score is recomputed as the lead changes, so the payload of that change already shows it."""
    assert (await team.gql.data(SET, {"input": {"rules": RULES}}))["setLeadScoringRules"]["errors"] == []
    created = await team.gql.data(
        """mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id score { value } } errors { code } } }""",
        {"i": {"fullName": "Vip", "email": "vip@example.com", "tags": ["vip"]}},
    )
    lead = created["createLead"]["lead"]
    assert lead["score"] == {"value": 35}
    corrected = await team.gql.data(
        """mutation($i: UpdateLeadInput!) { updateLead(input: $i) { lead { score { value } } errors { code } } }""",
        {"i": {"id": lead["id"], "fullName": "Still Vip"}},
    )
    assert corrected["updateLead"]["lead"]["score"] == {"value": 35}


async def test_rules_are_admin_only_and_checked(team: Team) -> None:
    _, member = await team.member(Role.MEMBER)
    assert error_codes(await member(SET, {"input": {"rules": RULES}})) == ["FORBIDDEN"]
    too_many = {"rules": [{"when": {}, "points": 1}] * 51}
    assert (await team.gql.data(SET, {"input": too_many}))["setLeadScoringRules"]["errors"] == [
        {"field": "rules", "code": "INVALID_INPUT"}
    ]
    blank_answer = {"rules": [{"when": {"answer": {"question": " ", "equals": "x"}}, "points": 1}]}
    assert (await team.gql.data(SET, {"input": blank_answer}))["setLeadScoringRules"]["errors"][0]["code"] == (
        "INVALID_INPUT"
    )
    import uuid

    from schema.relay import to_global_id

    unknown = {"rules": [{"when": {"campaignId": to_global_id("Campaign", uuid.uuid4())}, "points": 1}]}
    assert (await team.gql.data(SET, {"input": unknown}))["setLeadScoringRules"]["errors"] == [
        {"field": "rules", "code": "NOT_FOUND"}
    ]
    read = "{ leadScoringRules { points } }"
    assert (await member.data(read))["leadScoringRules"] == []
    # SPEC §7.7: the rules are settings, for sessions only; a token with the lead scopes still reads them.
    _, secret = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="crm", scopes=["leads:read", "leads:write"], expires_at=None
    )
    token = GraphQLClient(team.http, secret)
    assert error_codes(await token(SET, {"input": {"rules": RULES}})) == ["FORBIDDEN"]
    assert (await token.data(read))["leadScoringRules"] == []


async def test_rescoring_every_lead_writes_one_statement_per_outcome_not_per_lead(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """setLeadScoringRules rescores the organisation inside the request: 60 leads in two outcomes (tagged or not)
    are written with a handful of statements, so 50,000 leads do not hold the request for a minute."""
    for i in range(60):
        await services.create_lead(team.org.id, full_name=f"Lead {i}", email=f"l{i}@example.com", tags=["vip"][: i % 2])
    updates: list[str] = []
    client_class = type(Tortoise.get_connection("default"))
    original = client_class.execute_query

    async def counted(self: Any, query: str, values: Any = None) -> Any:
        if query.lstrip().upper().startswith("UPDATE"):
            updates.append(query)
        return await original(self, query, values)

    monkeypatch.setattr(client_class, "execute_query", counted)
    assert (await team.gql.data(SET, {"input": {"rules": RULES}}))["setLeadScoringRules"]["errors"] == []
    monkeypatch.undo()
    assert len([q for q in updates if '"lead"' in q]) == 2  # +35 (vip and MANUAL) and +5 (MANUAL)
    assert {score for _, score in await _scores(team)} == {35}  # the 30 tagged first
    assert {score for _, score in await _scores(team, "ASC")} == {5}
