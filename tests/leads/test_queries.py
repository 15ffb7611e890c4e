"""Hand-written hot reads: typed rows, and the organisation condition added by the builder itself."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
import re
import uuid
from pathlib import Path

import pytest

from app.accounts.models import Organization
from app.customfields.models import LeadCustomPlainValue
from app.customfields.services import CustomMatch
from app.leads import services
from app.leads.models import Lead, LeadSource, LeadStatus
from app.leads.queries import LeadFilter, LeadRow, NoteRow, filter_leads, last_notes, lead_tags
from app.orm import SqlSelection
from tests.factories.leads import make_lead
from tests.support import make_org

pytestmark = pytest.mark.sqlite


async def _two_organisations() -> tuple[Organization, list[Lead], list[Lead]]:
    """Org A with two leads, org B with one; every lead tagged and noted."""
    ours, theirs = await make_org("Ours"), await make_org("Theirs")
    mine = [await make_lead(ours, full_name=f"Ana {i}", tags=["vip", f"a{i}"]) for i in range(2)]
    other = [await make_lead(theirs, full_name="Bo Other", tags=["vip", "b"])]
    for lead in [*mine, *other]:
        await services.add_note(lead.organization_id, lead.id, f"note about {lead.id}")  # type: ignore[attr-defined]
    return ours, mine, other  # type: ignore[return-value]


def test_a_selection_cannot_be_built_without_an_organisation() -> None:
    with pytest.raises(TypeError):
        SqlSelection(Lead, None, LeadRow)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SqlSelection(Lead, "", LeadRow)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # a table no organisation owns is not read through it
        SqlSelection(Organization, uuid.uuid4(), LeadRow)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # rows are typed, never dicts
        SqlSelection(Lead, uuid.uuid4(), dict)


async def test_a_page_holds_only_the_organisations_typed_rows() -> None:
    ours, mine, _ = await _two_organisations()
    leads = filter_leads(ours.id, "US", LeadFilter(tag="vip"))
    leads.where("1 = 1 OR 1 = 1")  # a caller's condition adds to the organisation's, never replaces it
    rows = await leads.page("created_at", True, None, 10, ["id", "full_name", "tag_names", "created_at"])
    assert sorted(r.id for r in rows) == sorted(lead.id for lead in mine)
    assert await leads.count() == 2
    row = rows[0]
    assert isinstance(row, LeadRow) and row.full_name is not None and row.full_name.startswith("Ana ")
    assert row.tag_names is not None and row.tag_names[1] == "vip" and row.email is None  # unread stays unread
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.full_name = "changed"  # type: ignore[misc]


async def test_tags_and_notes_of_another_organisations_leads_are_not_read() -> None:
    ours, mine, other = await _two_organisations()
    ids = [lead.id for lead in [*mine, *other]]  # a foreign id among ours reads nothing of theirs
    tags = await lead_tags(ours.id, ids)
    assert tags == {mine[0].id: ["a0", "vip"], mine[1].id: ["a1", "vip"]}
    notes = await last_notes(ours.id, ids)
    assert set(notes) == {lead.id for lead in mine}
    assert all(isinstance(n, NoteRow) and n.body == f"note about {n.lead_id}" for n in notes.values())


async def test_the_last_note_is_the_newest() -> None:
    org = await make_org()
    lead = await make_lead(org)
    for body in ("first", "second", "third"):
        await services.add_note(org.id, lead.id, body)  # type: ignore[attr-defined]
    [note] = (await last_notes(org.id, [lead.id])).values()  # type: ignore[attr-defined]
    assert note.body == "third"


def test_a_sealed_filter_keeps_every_condition() -> None:
    """Bulk updates, exports and broadcasts seal the filter and evaluate it later: every member of LeadFilter
    survives the round trip (a member added later fails here until it is sealed too)."""
    custom = CustomMatch(LeadCustomPlainValue._meta.db_table, uuid.uuid4(), ("idx1", "idx2"), "vip", False)
    when = dt.datetime(2025, 3, 1, 12, 30, tzinfo=dt.UTC)
    sample = LeadFilter(
        status=LeadStatus.QUALIFIED,
        source=LeadSource.MANUAL,
        campaign_id=uuid.uuid4(),
        form_id=uuid.uuid4(),
        owner_id=uuid.uuid4(),
        tag="vip",
        search="Ana Lima",
        created_after=when,
        created_before=when + dt.timedelta(days=1),
        custom=custom,
        lead_ids=(uuid.uuid4(), uuid.uuid4()),
        impossible=True,
        given={"status", "tag"},
    )
    default = LeadFilter()
    unset = [f.name for f in dataclasses.fields(LeadFilter) if getattr(sample, f.name) == getattr(default, f.name)]
    assert unset == []
    assert LeadFilter.from_json(json.loads(json.dumps(sample.to_json()))) == sample
    assert LeadFilter.from_json(LeadFilter().to_json()) == LeadFilter() == LeadFilter.from_json(None)


_SQL = re.compile(r"\bSELECT\b.*\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|\bDELETE FROM\b", re.DOTALL)
_RAW_CALLS = {"raw", "execute_query", "execute_query_dict", "execute_script", "select_rows"}


def test_the_graphql_layer_holds_no_hand_written_sql() -> None:
    """Hand-written SQL lives in app/ query modules, where the builder adds the organisation condition."""
    found = []
    for path in sorted(Path("schema").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
                found.append(f"{path}:{node.lineno} SQL text")
            call = node.func if isinstance(node, ast.Call) else None
            name = call.attr if isinstance(call, ast.Attribute) else call.id if isinstance(call, ast.Name) else None
            if name in _RAW_CALLS:
                found.append(f"{path}:{node.lineno} {name}")
    assert not found, found
