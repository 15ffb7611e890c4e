"""Pipelines and deals changed by several calls at the same moment (two admins, a double click, a workflow):
no call ends in an internal error, a pipeline keeps exactly one WON and one LOST stage (SPEC.md 654), a
removed stage or pipeline holds no deal, and a deleted deal is never won afterwards."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from typing import Any

import pytest

from app import events
from app.deals import services
from app.deals.models import Deal, PipelineStage
from schema.relay import pk_of, to_global_id
from tests.deals.conftest import CREATE_DEAL, MOVE_DEAL, Team, create_deal, create_lead, default_stages
from tests.deals.test_deals import CREATE_PIPELINE, DELETE_PIPELINE, UPDATE_DEAL, UPDATE_PIPELINE
from tests.support import concurrent_writers

STAGES = [
    {"name": "A", "kind": "OPEN", "probability": 10},
    {"name": "B", "kind": "OPEN", "probability": 50},
    {"name": "W", "kind": "WON"},
    {"name": "L", "kind": "LOST"},
]
DELETE_DEAL = "mutation($input: DeleteDealInput!) { deleteDeal(input: $input) { deletedId errors { code } } }"
LEAD = "query($id: ID!) { lead(id: $id) { status } }"


pytestmark = concurrent_writers


@pytest.fixture(autouse=True)
def _slow_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each read of a pipeline, stage or deal waits a little: every call has read before any writes."""
    for name in ("get_pipeline", "get_stage", "get_deal"):
        read = getattr(services, name)

        async def slow(*args: Any, _read: Any = read) -> Any:
            found = await _read(*args)
            await asyncio.sleep(0.05)
            return found

        monkeypatch.setattr(services, name, slow)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, uuid.UUID | None]]:
    """The domain events, in the order they were announced."""
    seen: list[tuple[str, uuid.UUID | None]] = []

    async def listen(event: events.DomainEvent) -> None:
        seen.append((event.type.value, event.subject_id))

    monkeypatch.setattr(events, "_listeners", [*events._listeners, listen])
    return seen


def _code(body: dict[str, Any], key: str) -> str:
    return ",".join(e["code"] for e in body[key]["errors"]) or "OK"


async def _pipeline(team: Team) -> tuple[str, list[str]]:
    body = await team.gql.data(CREATE_PIPELINE, {"input": {"name": "Resellers", "stages": STAGES}})
    pipeline = body["createPipeline"]["pipeline"]
    return pipeline["id"], [s["id"] for s in pipeline["stages"]]


async def test_removing_a_stage_while_deals_move_into_it_moves_them_on(team: Team) -> None:
    pipeline, (a, b, w, lost) = await _pipeline(team)
    lead = await create_lead(team.gql, fullName="Ada Mover", email="ada@example.com")
    deals = [(await create_deal(team, leadId=lead["id"], name=f"D{i}", stageId=a))["id"] for i in range(6)]
    kept = [
        {"id": a, "name": "A", "kind": "OPEN", "probability": 10},
        {"id": w, "name": "W", "kind": "WON"},
        {"id": lost, "name": "L", "kind": "LOST"},
    ]
    update, *moves = await asyncio.gather(
        team.gql.data(UPDATE_PIPELINE, {"input": {"id": pipeline, "stages": kept, "moveDealsToStageId": a}}),
        *(team.gql.data(MOVE_DEAL, {"input": {"id": d, "stageId": b}}) for d in deals),
    )
    assert _code(update, "updatePipeline") == "OK"
    # A move before the removal lands in B and is moved on to A; a move after it finds no stage B.
    assert set(_code(m, "moveDeal") for m in moves) <= {"OK", "NOT_FOUND"}
    assert [s["name"] for s in update["updatePipeline"]["pipeline"]["stages"]] == ["A", "W", "L"]
    assert {str(d.stage_id) for d in await Deal.filter(organization_id=team.org.id)} == {str(pk_of(a, "PipelineStage"))}


async def test_deleting_a_pipeline_while_deals_are_created_in_it(team: Team) -> None:
    pipeline, (a, *_) = await _pipeline(team)
    lead = await create_lead(team.gql, fullName="Bo Creator", email="bo@example.com")
    placed = {"leadId": lead["id"], "pipelineId": pipeline, "stageId": a}
    deleted, *created = await asyncio.gather(
        team.gql.data(DELETE_PIPELINE, {"input": {"id": pipeline}}),
        *(team.gql.data(CREATE_DEAL, {"input": {**placed, "name": f"D{i}"}}) for i in range(6)),
    )
    codes = Counter(_code(c, "createDeal") for c in created)
    stored = await Deal.filter(organization_id=team.org.id).count()
    if _code(deleted, "deletePipeline") == "OK":  # first: every creation is told the pipeline is gone
        assert codes == {"NOT_FOUND": 6} and stored == 0
    else:  # a deal came first: the pipeline holds it, so it stays, with every deal created
        assert _code(deleted, "deletePipeline") == "INVALID_INPUT"
        assert set(codes) <= {"OK", "NOT_FOUND"} and stored == codes["OK"] >= 1
        assert await PipelineStage.filter(id=pk_of(a, "PipelineStage")).exists()


async def test_stage_lists_replaced_at_once_leave_one_won_stage(team: Team) -> None:
    pipeline, (a, _, _, lost) = await _pipeline(team)

    def stages(i: int) -> list[dict[str, Any]]:
        return [
            {"id": a, "name": "A", "kind": "OPEN", "probability": 10},
            {"name": f"Won {i}", "kind": "WON"},
            {"id": lost, "name": "L", "kind": "LOST"},
        ]

    bodies = await asyncio.gather(
        *(team.gql.data(UPDATE_PIPELINE, {"input": {"id": pipeline, "stages": stages(i)}}) for i in range(6))
    )
    assert Counter(_code(b, "updatePipeline") for b in bodies) == {"OK": 6}
    rows = await PipelineStage.filter(pipeline_id=pk_of(pipeline, "Pipeline")).order_by("position")
    assert [r.kind.value for r in rows] == ["OPEN", "WON", "LOST"]
    assert rows[1].name in {f"Won {i}" for i in range(6)}


async def test_a_deal_deleted_while_it_is_won_is_won_only_if_the_win_came_first(
    team: Team, announced: list[tuple[str, uuid.UUID | None]]
) -> None:
    won = (await default_stages(team))["Won"]
    for i in range(3):
        lead = await create_lead(team.gql, fullName="Cy Winner", email=f"cy{i}@example.com")
        deal = await create_deal(team, leadId=lead["id"], name="D")
        deleted, *moves = await asyncio.gather(
            team.gql.data(DELETE_DEAL, {"input": {"id": deal["id"]}}),
            *(team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": won}}) for _ in range(3)),
        )
        assert _code(deleted, "deleteDeal") == "OK"
        codes = {_code(m, "moveDeal") for m in moves}
        assert codes <= {"OK", "NOT_FOUND"}
        pk = pk_of(deal["id"], "Deal")
        said = [kind for kind, subject in announced if subject == pk]
        status = (await team.gql.data(LEAD, {"id": lead["id"]}))["lead"]["status"]
        if "OK" in codes:  # the win came first: announced once, before the deletion, and the lead converted
            assert said[-3:] == ["DEAL_STAGE_CHANGED", "DEAL_WON", "DEAL_DELETED"] and status == "CONVERTED"
        else:  # nothing happens to a deleted deal
            assert said[-1] == "DEAL_DELETED" and "DEAL_WON" not in said and status != "CONVERTED"


async def test_editing_a_deal_while_it_is_won_keeps_the_win(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    won = (await default_stages(team))["Won"]
    lead = await create_lead(team.gql, fullName="Di Editor", email="di@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="D")
    check = services.check_member

    async def slow_check(*args: Any) -> Any:  # the edit has read the deal; the move happens meanwhile
        await asyncio.sleep(0.3)
        return await check(*args)

    monkeypatch.setattr(services, "check_member", slow_check)
    owner = to_global_id("User", team.owner.id)
    edited, moved = await asyncio.gather(
        team.gql.data(UPDATE_DEAL, {"input": {"id": deal["id"], "name": "Renamed", "ownerId": owner}}),
        team.gql.data(MOVE_DEAL, {"input": {"id": deal["id"], "stageId": won}}),
    )
    assert (_code(edited, "updateDeal"), _code(moved, "moveDeal")) == ("OK", "OK")
    row = await Deal.get(id=pk_of(deal["id"], "Deal"))
    assert (row.name, row.status.value, str(row.stage_id)) == ("Renamed", "WON", str(pk_of(won, "PipelineStage")))
