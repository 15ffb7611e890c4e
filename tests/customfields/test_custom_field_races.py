"""Lead writes racing a change of the field they write: a field deleted meanwhile is refused on its key (never a
server error, never an orphan value), and a field made personal meanwhile gets the value sealed, not in clear."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from app.customfields.models import LeadCustomNoteValue, LeadCustomPlainValue
from app.ids import decode_global_id
from app.leads import services as lead_services
from tests.customfields.test_custom_fields import (
    CREATE_LEAD,
    DELETE_FIELD,
    LEAD,
    UPDATE_FIELD,
    UPDATE_LEAD,
    make_field,
)
from tests.leads.conftest import Team, create_lead
from tests.support import concurrent_writers


class _Gate:
    """Holds each lead write after its values were checked, until the test opens it: the field changes in
    between, as it does when an admin's click lands while the requests are in flight."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, writers: int) -> None:
        self.open = asyncio.Event()
        self.arrived = 0
        self.all_arrived = asyncio.Event()
        check = lead_services.check_custom_values

        async def paused(*args: Any, **kwargs: Any) -> Any:
            checked = await check(*args, **kwargs)
            self.arrived += 1
            if self.arrived == writers:
                self.all_arrived.set()
            await self.open.wait()
            return checked

        monkeypatch.setattr(lead_services, "check_custom_values", paused)

    async def between(self, writes: list[Awaitable[dict[str, Any]]], change: Callable[[], Awaitable[Any]]) -> list[Any]:
        tasks = [asyncio.ensure_future(w) for w in writes]
        await asyncio.wait_for(self.all_arrived.wait(), 10)
        await change()
        self.open.set()
        return list(await asyncio.gather(*tasks))


async def test_a_value_written_while_its_field_is_deleted_is_refused_on_its_key(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = await make_field(team.gql, key="budget", label="Budget", type="TEXT")
    lead = await create_lead(team.gql, fullName="Ann", email="ann@example.com")
    gate = _Gate(monkeypatch, writers=2)
    value = [{"key": "budget", "value": "100"}]
    updated, created = await gate.between(
        [
            team.gql(UPDATE_LEAD, {"input": {"id": lead["id"], "customFields": value}}),
            team.gql(CREATE_LEAD, {"input": {"fullName": "Bo", "email": "bo@example.com", "customFields": value}}),
        ],
        lambda: team.gql.data(DELETE_FIELD, {"input": {"id": field["id"]}}),
    )
    assert not updated.get("errors") and not created.get("errors"), (updated, created)
    refused = {"field": "customFields.budget", "code": "INVALID_INPUT", "message": "There is no custom field 'budget'."}
    assert updated["data"]["updateLead"] == {"lead": None, "errors": [refused]}
    assert created["data"]["createLead"] == {"lead": None, "errors": [refused]}
    assert (await team.gql.data(LEAD, {"id": lead["id"]}))["lead"]["customFields"] == []


async def test_a_value_written_while_its_field_becomes_personal_is_sealed(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = await make_field(team.gql, key="nick", label="Nickname", type="TEXT")
    lead = await create_lead(team.gql, fullName="Cy", email="cy@example.com")
    gate = _Gate(monkeypatch, writers=2)
    other = [{"key": "nick", "value": "D"}]
    updated, created = await gate.between(
        [
            team.gql.data(UPDATE_LEAD, {"input": {"id": lead["id"], "customFields": [{"key": "nick", "value": "C"}]}}),
            team.gql.data(CREATE_LEAD, {"input": {"fullName": "Di", "email": "di@example.com", "customFields": other}}),
        ],
        lambda: team.gql.data(
            UPDATE_FIELD, {"input": {"id": field["id"], "personalData": True, "category": "LEAD_NOTES"}}
        ),
    )
    assert updated["updateLead"]["errors"] == [] and created["createLead"]["errors"] == []
    # Personal fields are encrypted (SPEC "Personal fields are encrypted"): nothing of it is left in clear.
    field_id = decode_global_id(field["id"])[1]
    assert await LeadCustomPlainValue.filter(field_id=field_id).count() == 0
    assert await LeadCustomNoteValue.filter(field_id=field_id).count() == 2
    shown = (await team.gql.data(LEAD, {"id": lead["id"]}))["lead"]["customFields"]
    assert [v["value"] for v in shown] == ["C"]


@concurrent_writers
async def test_a_bulk_update_racing_a_field_made_personal_leaves_nothing_in_clear(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bulkUpdateLeads writes its values under the same field lock: a reclassification waits for the chunk and
    then moves its values to the sealed table, instead of finding them written to the table it just left."""
    from app.jobs import queue
    from app.jobs.models import Job, JobKind
    from app.leads import bulk

    field = await make_field(team.gql, key="nick", label="Nickname", type="TEXT")
    leads = [(await create_lead(team.gql, fullName=f"L{i}", email=f"l{i}@example.com"))["id"] for i in range(3)]
    started = await team.gql.data(
        "mutation($i: BulkUpdateLeadsInput!) { bulkUpdateLeads(input: $i) { job { id } errors { code } } }",
        {"i": {"leadIds": leads, "set": {"customFields": [{"key": "nick", "value": "Pal"}]}}},
    )
    assert started["bulkUpdateLeads"]["errors"] == []
    arrived, release = asyncio.Event(), asyncio.Event()
    model_of = bulk.value_model

    class Held:
        """The value table, whose first read (after the chunk read its fields) waits for the admin's change."""

        def __init__(self, model: Any) -> None:
            self.model = model

        def filter(self, **given: Any) -> Any:
            rows = self.model.filter(**given)

            class Rows:
                async def values_list(self, *columns: Any) -> Any:
                    arrived.set()
                    await release.wait()
                    return await rows.values_list(*columns)

                def __getattr__(self, name: str) -> Any:
                    return getattr(rows, name)

            return Rows()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.model, name)

    monkeypatch.setattr(bulk, "value_model", lambda current: Held(model_of(current)))
    job = await Job.get(kind=JobKind.BULK_UPDATE)
    running = asyncio.ensure_future(queue.run_job(job.id))
    await asyncio.wait_for(arrived.wait(), 10)
    reclassify = asyncio.ensure_future(
        team.gql.data(UPDATE_FIELD, {"input": {"id": field["id"], "personalData": True, "category": "LEAD_NOTES"}})
    )
    await asyncio.sleep(0.3)  # the reclassification has reached the database (and waits there, with the fix)
    release.set()
    await running
    assert (await reclassify)["updateCustomField"]["errors"] == []
    field_id = decode_global_id(field["id"])[1]
    assert await LeadCustomPlainValue.filter(field_id=field_id).count() == 0
    assert await LeadCustomNoteValue.filter(field_id=field_id).count() == 3


async def test_an_import_racing_a_field_made_personal_stores_its_values_sealed(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import builds its value rows when it parses a chunk and inserts them later: a field made personal in
    between gets them in its sealed table (as the fields are at insert time, held), never in clear."""
    from app.jobs import queue
    from app.jobs.models import Job, JobKind
    from app.leads import imports
    from tests.leads.test_import import upload

    field = await make_field(team.gql, key="nick", label="Nickname", type="TEXT")
    body = await upload(team, b"fullName,email,phone,nick\nAna,ana@example.com,,Annie\nBo,bo@example.com,,Bobby\n")
    assert body["data"]["importLeads"]["errors"] == []
    arrived, release = asyncio.Event(), asyncio.Event()
    erased = imports._Chunk._erased

    async def held(chunk: Any, candidates: Any) -> Any:  # the rows are built: now the admin's change lands
        arrived.set()
        await release.wait()
        return await erased(chunk, candidates)

    monkeypatch.setattr(imports._Chunk, "_erased", held)
    job = await Job.get(kind=JobKind.LEAD_IMPORT)
    running = asyncio.ensure_future(queue.run_job(job.id))
    await asyncio.wait_for(arrived.wait(), 10)
    changed = await team.gql.data(
        UPDATE_FIELD, {"input": {"id": field["id"], "personalData": True, "category": "LEAD_NOTES"}}
    )
    assert changed["updateCustomField"]["errors"] == []
    release.set()
    await running
    field_id = decode_global_id(field["id"])[1]
    assert await LeadCustomPlainValue.filter(field_id=field_id).count() == 0
    assert await LeadCustomNoteValue.filter(field_id=field_id).count() == 2
