"""Pipelines and deals over GraphQL: the default pipeline, stage rules, moving and winning, typed errors,
roles and scopes, partner webhook events and erasure."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.accounts.api_tokens import create_token
from app.accounts.models import Role
from app.deals.models import Deal
from app.webhooks.models import WebhookDelivery
from schema.relay import pk_of
from tests.deals.conftest import CREATE_DEAL, MOVE_DEAL, PIPELINES, Team, create_deal, create_lead, default_stages
from tests.support import GraphQLClient, error_codes, make_org, make_user

CREATE_PIPELINE = """
mutation($input: CreatePipelineInput!) {
  createPipeline(input: $input) {
    pipeline { id name isDefault stages { id name kind probability position } } errors { field code }
  }
}
"""
UPDATE_PIPELINE = """
mutation($input: UpdatePipelineInput!) {
  updatePipeline(input: $input) { pipeline { id name stages { id name kind probability } } errors { field code } }
}
"""
DELETE_PIPELINE = """
mutation($input: DeletePipelineInput!) { deletePipeline(input: $input) { deletedId errors { field code } } }
"""
DEALS = """
query($filter: DealFilter) {
  deals(filter: $filter, first: 50) { totalCount edges { node { id name status amount { amount currency } } } }
}
"""
LEAD_DEALS = "query($id: ID!) { lead(id: $id) { status deals { totalCount edges { node { id name } } } } }"
UPDATE_DEAL = """
mutation($input: UpdateDealInput!) {
  updateDeal(input: $input) { deal { id name amount { amount currency } expectedCloseDate } errors { field code } }
}
"""
UPDATE_ORG = """
mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { currency } errors { field code } }
}
"""
STAGES = [
    {"name": "New", "kind": "OPEN", "probability": 20},
    {"name": "Signed", "kind": "WON"},
    {"name": "Dropped", "kind": "LOST"},
]


@pytest.mark.sqlite
async def test_each_organisation_starts_with_the_default_pipeline(team: Team) -> None:
    first = (await team.gql.data(PIPELINES))["pipelines"]
    again = (await team.gql.data(PIPELINES))["pipelines"]
    assert first == again and len(first) == 1
    assert first[0]["isDefault"] is True
    assert [(s["name"], s["kind"], s["probability"]) for s in first[0]["stages"]] == [
        ("Discovery", "OPEN", 10),
        ("Proposal", "OPEN", 40),
        ("Negotiation", "OPEN", 70),
        ("Won", "WON", 100),
        ("Lost", "LOST", 0),
    ]


@pytest.mark.sqlite
async def test_a_deal_defaults_to_the_first_stage_and_the_organisations_currency(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Ann Buyer", email="ann@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Website", amount="1200.50")
    assert deal["stage"]["name"] == "Discovery" and deal["status"] == "OPEN" and deal["closedAt"] is None
    assert deal["amount"] == {"amount": "1200.50", "currency": "EUR"}
    assert deal["lead"]["id"] == lead["id"]

    changed = await team.gql.data(UPDATE_ORG, {"input": {"currency": "usd"}})
    assert changed["updateOrganization"]["organization"]["currency"] == "USD"
    second = await create_deal(team, leadId=lead["id"], name="Hosting", amount="99")
    assert second["amount"] == {"amount": "99.00", "currency": "USD"}
    bad = await team.gql.data(UPDATE_ORG, {"input": {"currency": "EURO"}})
    assert bad["updateOrganization"]["errors"] == [{"field": "currency", "code": "INVALID_INPUT"}]

    listed = await team.gql.data(LEAD_DEALS, {"id": lead["id"]})
    assert listed["lead"]["deals"]["totalCount"] == 2
    assert {e["node"]["name"] for e in listed["lead"]["deals"]["edges"]} == {"Website", "Hosting"}


@pytest.mark.sqlite
async def test_winning_closes_the_deal_and_converts_the_lead_and_reopening_clears_closed_at(team: Team) -> None:
    stages = await default_stages(team)
    lead = await create_lead(team.gql, fullName="Bo Winner", email="bo@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Retainer", amount="500")

    won = (await team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": stages["Won"]}}))["moveDeal"]
    assert won["errors"] == [] and won["deal"]["status"] == "WON" and won["deal"]["closedAt"] is not None
    assert (await team.gql.data(LEAD_DEALS, {"id": lead["id"]}))["lead"]["status"] == "CONVERTED"

    reopened = await team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": stages["Proposal"]}})
    assert reopened["moveDeal"]["deal"]["status"] == "OPEN" and reopened["moveDeal"]["deal"]["closedAt"] is None
    lost = (await team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": stages["Lost"]}}))["moveDeal"]
    assert lost["deal"]["status"] == "LOST" and lost["deal"]["closedAt"] is not None

    created_won = await create_deal(team, leadId=lead["id"], name="Upsell", stageId=stages["Won"])
    assert created_won["status"] == "WON" and created_won["closedAt"] is not None

    by_status = await team.gql.data(DEALS, {"filter": {"status": "WON"}})
    assert [e["node"]["name"] for e in by_status["deals"]["edges"]] == ["Upsell"]


async def test_bad_deal_input_gets_typed_errors(team: Team) -> None:
    stages = await default_stages(team)
    other = await team.gql.data(CREATE_PIPELINE, {"input": {"name": "Partners", "stages": STAGES}})
    other_stage = other["createPipeline"]["pipeline"]["stages"][0]["id"]
    lead = await create_lead(team.gql, fullName="Cy Input", email="cy@example.com")
    foreign_org = await make_org("Elsewhere")
    _, foreign_token = await make_user(foreign_org, role=Role.OWNER)
    foreign_lead = await create_lead(
        GraphQLClient(team.http, foreign_token), fullName="Not Yours", phone="+14155550100"
    )

    cases = [
        ({"stageId": other_stage, "pipelineId": (await team.gql.data(PIPELINES))["pipelines"][0]["id"]}, "stageId"),
        ({"amount": "-1"}, "amount"),
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "JPY", "amount": "10.5"}, "amount"),
        ({"ownerId": foreign_lead["id"]}, "ownerId"),
    ]
    for extra, field in cases:
        body = await team.gql.data(CREATE_DEAL, {"input": {"leadId": lead["id"], "name": "Bad", **extra}})
        errors = body["createDeal"]["errors"]
        assert [e["field"] for e in errors] == [field], (extra, errors)
        assert body["createDeal"]["deal"] is None
    body = await team.gql.data(CREATE_DEAL, {"input": {"leadId": foreign_lead["id"], "name": "Theirs"}})
    assert body["createDeal"]["errors"][0]["code"] == "NOT_FOUND"
    assert body["createDeal"]["errors"][0]["field"] == "leadId"

    deal = await create_deal(team, leadId=lead["id"], name="Fine")
    moved = await team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": other_stage}})
    assert moved["moveDeal"]["errors"][0] == {
        "field": "stageId",
        "code": "INVALID_INPUT",
        "message": moved["moveDeal"]["errors"][0]["message"],
    }
    negative = await team.gql.data(UPDATE_DEAL, {"input": {"id": deal["id"], "amount": "-5"}})
    assert negative["updateDeal"]["errors"] == [{"field": "amount", "code": "INVALID_INPUT"}]
    updated = await team.gql.data(
        UPDATE_DEAL,
        {"input": {"id": deal["id"], "amount": "10.005", "currency": "KWD", "expectedCloseDate": "2026-12-31"}},
    )
    assert updated["updateDeal"]["deal"]["amount"] == {"amount": "10.005", "currency": "KWD"}
    assert stages["Won"] != other_stage
    assert await Deal.filter(name="Bad").count() == 0


async def test_pipeline_rules_and_admin_only_changes(team: Team) -> None:
    _, member = await team.member(Role.MEMBER)
    refused = await member(CREATE_PIPELINE, {"input": {"name": "Mine", "stages": STAGES}})
    assert error_codes(refused) == ["FORBIDDEN"]

    invalid = [
        [{"name": "Open", "kind": "OPEN"}, {"name": "Lost", "kind": "LOST"}, {"name": "Lost 2", "kind": "LOST"}],
        [{"name": "Won", "kind": "WON"}, {"name": "Lost", "kind": "LOST"}, {"name": "Won 2", "kind": "WON"}],
        [{"name": "Open", "kind": "OPEN", "probability": 101}, *STAGES[1:]],
        [STAGES[0], {"name": "Won", "kind": "WON", "probability": 90}, STAGES[2]],
    ]
    for stages in invalid:
        body = await team.gql.data(CREATE_PIPELINE, {"input": {"name": "Bad", "stages": stages}})
        assert body["createPipeline"]["errors"] == [{"field": "stages", "code": "INVALID_INPUT"}], stages

    created = (await team.gql.data(CREATE_PIPELINE, {"input": {"name": "Partners", "stages": STAGES}}))[
        "createPipeline"
    ]["pipeline"]
    assert created["isDefault"] is False
    assert [(s["kind"], s["probability"]) for s in created["stages"]] == [("OPEN", 20), ("WON", 100), ("LOST", 0)]
    new, won, lost = (s["id"] for s in created["stages"])
    lead = await create_lead(team.gql, fullName="Di Mover", email="di@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Partner deal", pipelineId=created["id"])
    assert deal["stage"]["id"] == new

    # Reorder and add a stage, removing `New` which holds the deal: the deals need a target.
    renamed = [
        {"name": "Qualified", "kind": "OPEN", "probability": 50},
        {"id": won, "name": "Signed", "kind": "WON"},
        {"id": lost, "name": "Dropped", "kind": "LOST"},
    ]
    body = await team.gql.data(UPDATE_PIPELINE, {"input": {"id": created["id"], "stages": renamed}})
    assert body["updatePipeline"]["errors"] == [{"field": "moveDealsToStageId", "code": "INVALID_INPUT"}]
    changed_kind = [{"id": new, "name": "New", "kind": "WON"}, {"name": "Open", "kind": "OPEN"}, renamed[2]]
    body = await team.gql.data(UPDATE_PIPELINE, {"input": {"id": created["id"], "stages": changed_kind}})
    assert body["updatePipeline"]["errors"] == [{"field": "stages", "code": "INVALID_INPUT"}]
    body = await team.gql.data(
        UPDATE_PIPELINE,
        {"input": {"id": created["id"], "name": "Resellers", "stages": renamed, "moveDealsToStageId": lost}},
    )
    stages = body["updatePipeline"]["pipeline"]["stages"]
    assert [s["name"] for s in stages] == ["Qualified", "Signed", "Dropped"]
    moved = await team.gql.data(DEALS, {"filter": {"pipelineId": created["id"]}})
    assert moved["deals"]["edges"][0]["node"]["status"] == "LOST"

    default_id = next(p["id"] for p in (await team.gql.data(PIPELINES))["pipelines"] if p["isDefault"])
    body = await team.gql.data(DELETE_PIPELINE, {"input": {"id": default_id}})
    assert body["deletePipeline"]["errors"] == [{"field": "id", "code": "INVALID_STATE"}]
    body = await team.gql.data(DELETE_PIPELINE, {"input": {"id": created["id"]}})
    assert body["deletePipeline"]["errors"] == [{"field": "moveDealsToStageId", "code": "INVALID_INPUT"}]
    target = (await default_stages(team))["Proposal"]
    body = await team.gql.data(DELETE_PIPELINE, {"input": {"id": created["id"], "moveDealsToStageId": target}})
    assert body["deletePipeline"] == {"deletedId": created["id"], "errors": []}
    remaining = await team.gql.data(DEALS, {"filter": {"stageId": target}})
    assert [e["node"]["status"] for e in remaining["deals"]["edges"]] == ["OPEN"]


async def test_viewers_read_members_write_and_tokens_need_lead_scopes(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Ed Scope", email="ed@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Scoped")
    _, viewer = await team.member(Role.VIEWER)
    assert (await viewer.data(DEALS))["deals"]["totalCount"] == 1
    refused = await viewer(CREATE_DEAL, {"input": {"leadId": lead["id"], "name": "No"}})
    assert error_codes(refused) == ["FORBIDDEN"]

    _, reader = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="r", scopes=["leads:read"], expires_at=None
    )
    _, ads = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="c", scopes=["campaigns:read"], expires_at=None
    )
    _, writer = await create_token(
        team.org.id, team.owner.id, Role.OWNER, name="w", scopes=["leads:read", "leads:write"], expires_at=None
    )
    as_reader, as_ads, as_writer = (GraphQLClient(team.http, t) for t in (reader, ads, writer))
    assert (await as_reader.data(DEALS))["deals"]["totalCount"] == 1
    assert error_codes(await as_ads(DEALS)) == ["FORBIDDEN"]
    assert error_codes(await as_reader(CREATE_DEAL, {"input": {"leadId": lead["id"], "name": "No"}})) == ["FORBIDDEN"]
    made = await as_writer.data(CREATE_DEAL, {"input": {"leadId": lead["id"], "name": "By API"}})
    assert made["createDeal"]["errors"] == []
    assert error_codes(await as_writer(CREATE_PIPELINE, {"input": {"name": "P", "stages": STAGES}})) == []
    assert deal["id"]


async def test_partners_receive_deal_events_with_ids_only(team: Team) -> None:
    subscribe = """
    mutation($input: CreateWebhookSubscriptionInput!) {
      createWebhookSubscription(input: $input) { webhookSubscription { id } errors { code } }
    }"""
    events = ["DEAL_CREATED", "DEAL_STAGE_CHANGED", "DEAL_WON"]
    body = await team.gql.data(subscribe, {"input": {"url": "http://127.0.0.1:9/hook", "events": events}})
    assert body["createWebhookSubscription"]["errors"] == []
    stages = await default_stages(team)
    lead = await create_lead(team.gql, fullName="Flo Partner", email="flo@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Secret Name Deal", amount="42")
    await team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": stages["Won"]}})

    rows = await WebhookDelivery.filter(organization_id=team.org.id).order_by("created_at")
    assert [r.event_type.value for r in rows] == events
    bodies = [json.loads(r.body) for r in rows]
    assert all(b["data"]["dealId"] == deal["id"] and b["data"]["leadId"] == lead["id"] for b in bodies)
    assert bodies[-1]["data"]["status"] == "WON" and bodies[-1]["data"]["amount"] == "42.0000"
    assert all("Secret Name Deal" not in r.body for r in rows)


async def test_erasing_the_lead_anonymises_its_deals(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Gil Erased", email="gil@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Gil's deal", amount="300", expectedCloseDate="2027-01-31")
    erase = "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { outcome errors { code } } }"
    body = await team.gql.data(erase, {"input": {"id": lead["id"]}})
    assert body["deleteLead"]["errors"] == []
    categories = {c["category"]: c for c in body["deleteLead"]["outcome"]["categories"]}
    assert categories["DEALS"]["anonymised"] == 1

    row = await Deal.get(id=pk_of(deal["id"], "Deal"))
    assert row.lead_id is None and row.name is None
    assert str(row.amount) == "300.0000" and row.expected_close_date == dt.date(2027, 1, 31)
    shown = await team.gql.data(
        "query($id: ID!) { node(id: $id) { ... on Deal { name lead { id } } } }", {"id": deal["id"]}
    )
    assert shown["node"] == {"name": None, "lead": None}
