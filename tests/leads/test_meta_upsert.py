"""`upsert_meta_lead`: one lead per Meta lead id, duplicates marked, erased and minor submissions dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.models import Organization
from app.leads.models import Lead, LeadSource
from app.leads.services import upsert_meta_lead
from app.tombstones.ledger import is_meta_lead_erased, record_tombstone, subject_keys
from app.tombstones.models import ErasureTombstone, TombstoneReason
from schema.relay import to_global_id
from tests.leads.conftest import Team, create_lead

WHEN = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


async def _upsert(team: Team, meta_id: str, **kw: object) -> Lead | None:
    values: dict[str, object] = {
        "created_time": WHEN,
        "full_name": "Meta Person",
        "email": "meta@example.com",
        "phone": "+1 415 555 0111",
        "answers": [{"question": "city", "values": ["Lyon"]}],
        "platform": "instagram",
    }
    values.update(kw)
    return await upsert_meta_lead(team.org.id, meta_lead_id=meta_id, **values)  # type: ignore[arg-type]


@pytest.mark.sqlite
async def test_redelivery_returns_the_same_lead(team: Team) -> None:
    first = await _upsert(team, "L1")
    again = await _upsert(team, "L1", full_name="Changed")
    assert first is not None and again is not None and again.id == first.id
    assert await Lead.for_org(team.org.id).count() == 1
    assert (await Organization.get(id=team.org.id)).lead_count == 1
    data = await team.gql.data(
        "{ leads(filter: {source: META_LEAD_ADS}) "
        "{ edges { node { fullName platform answers { question values } } } } }"
    )
    node = data["leads"]["edges"][0]["node"]
    assert node == {
        "fullName": "Meta Person",
        "platform": "instagram",
        "answers": [{"question": "city", "values": ["Lyon"]}],
    }


async def test_matching_contact_is_stored_as_duplicate(team: Team) -> None:
    manual = await create_lead(team.gql, fullName="Manual", email="META@example.com")
    lead = await _upsert(team, "L2")
    assert lead is not None and lead.source is LeadSource.META_LEAD_ADS
    data = await team.gql.data(
        "query($id: ID!) { node(id: $id) { ... on Lead { duplicateOf { id } } } }",
        {"id": to_global_id("Lead", lead.id)},
    )
    assert data["node"]["duplicateOf"]["id"] == manual["id"]
    second = await _upsert(team, "L3")
    assert second is not None and str(second.duplicate_of_id) == str(lead.duplicate_of_id)


async def test_erased_meta_lead_is_not_stored(team: Team) -> None:
    await record_tombstone(team.org.id, subject_keys(team.org.id, meta_lead_id="L4"), TombstoneReason.ERASURE)
    assert await _upsert(team, "L4") is None
    assert await Lead.for_org(team.org.id).count() == 0


async def test_minor_is_discarded_with_a_tombstone(team: Team) -> None:
    born = (WHEN - dt.timedelta(days=17 * 365)).date().isoformat()
    answers = [{"question": "date_of_birth", "values": [born]}]
    assert await _upsert(team, "L5", answers=answers) is None
    assert await Lead.for_org(team.org.id).count() == 0
    assert await is_meta_lead_erased(team.org.id, "L5")
    assert await ErasureTombstone.filter(reason=TombstoneReason.MINOR).count() == 1
    adult = [{"question": "date_of_birth", "values": ["1990-05-01"]}]
    assert await _upsert(team, "L6", answers=adult) is not None
