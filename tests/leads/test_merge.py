"""mergeLeads (SPEC §7.5, §7.7): everything moves to the primary, nothing is lost, and the refusals."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pytest

from app.accounts.models import Role
from app.audit.models import AuditEvent
from app.billing.services import usage
from app.deals.services import create_deal
from app.leads import services
from app.leads.models import Lead, LeadMerge, LeadNote, LeadStatusChange, LeadTag
from app.messaging.models import MessageDirection, WhatsAppMessage
from app.privacy.consent import set_lead_consent
from app.privacy.erasure_models import ConsentPurpose, LeadConsent
from app.privacy.holds import place_legal_hold
from app.settings import get_settings
from app.tasks.services import create_task
from app.webhooks.models import WebhookDelivery
from app.webhooks.services import create_subscription
from tests.leads.conftest import Team, create_lead
from tests.support import error_codes, make_org, make_user

MERGE = """
mutation($i: MergeLeadsInput!) {
  mergeLeads(input: $i) {
    lead { id fullName email phone tags notes(first: 20) { totalCount } }
    errors { field code message }
  }
}
"""
LEAD = "query($id: ID!) { lead(id: $id) { id } }"


def pk(global_id: str) -> uuid.UUID:
    from schema.relay import from_global_id

    return from_global_id(global_id)[1]


async def merge(team: Team, primary: str, *dups: str) -> dict[str, Any]:
    data = await team.gql.data(MERGE, {"i": {"primaryId": primary, "duplicateIds": list(dups)}})
    return data["mergeLeads"]


async def test_everything_moves_to_the_primary_and_nothing_is_lost(team: Team) -> None:
    primary = await create_lead(team.gql, fullName="Ana Lima", email="ana@example.com", tags=["vip"])
    dup = await create_lead(team.gql, fullName="Ana L.", phone="+1 415 555 0100", tags=["vip", "webinar"])
    org = team.org.id
    p_pk, d_pk = pk(primary["id"]), pk(dup["id"])
    await services.add_note(org, p_pk, "primary note", author_id=team.owner.id)
    await services.add_note(org, d_pk, "first duplicate note", author_id=team.owner.id)
    await services.add_note(org, d_pk, "second duplicate note", author_id=team.owner.id)
    await services.set_status(org, d_pk, services.LeadStatus.CONTACTED, actor_id=team.owner.id)
    task = await create_task(org, title="Call back", lead_id=d_pk, actor_id=team.owner.id)
    deal = await create_deal(org, lead_id=d_pk, name="Big deal", actor_id=team.owner.id)
    message = await WhatsAppMessage.create(
        organization_id=org, lead_id=d_pk, direction=MessageDirection.IN, body="hello"
    )
    before = await team.gql.data("{ leads { totalCount } }")
    assert before["leads"]["totalCount"] == 2

    payload = await merge(team, primary["id"], dup["id"])

    assert payload["errors"] == []
    lead = payload["lead"]
    assert lead["id"] == primary["id"]
    assert (lead["fullName"], lead["email"]) == ("Ana Lima", "ana@example.com")  # the primary's fields win
    assert lead["phone"] == "+1 415 555 0100"  # ...and it takes the ones it lacked
    assert sorted(lead["tags"]) == ["vip", "webinar"]
    assert lead["notes"]["totalCount"] == 3
    assert (await team.gql.data(LEAD, {"id": dup["id"]}))["lead"] is None
    assert (await team.gql.data("{ leads { totalCount } }"))["leads"]["totalCount"] == 1
    # Every row that pointed at the duplicate points at the primary now.
    assert await LeadNote.filter(lead_id=p_pk).count() == 3
    assert await LeadTag.filter(lead_id=p_pk).count() == 2
    assert (await task.__class__.get(id=task.id)).lead_id == p_pk
    assert (await deal.__class__.get(id=deal.id)).lead_id == p_pk
    assert (await WhatsAppMessage.get(id=message.id)).lead_id == p_pk
    assert await LeadStatusChange.filter(lead_id=p_pk).count() == 3  # both creations and the move
    assert not await Lead.filter(id=d_pk).exists()
    # Audited, and kept for billing and Meta re-deliveries.
    event = await AuditEvent.get(action="lead.merged")
    assert event.target_id == str(p_pk) and event.details["mergedIds"] == [str(d_pk)]
    record = await LeadMerge.get(merged_lead_id=d_pk)
    assert record.primary_id == p_pk
    assert (await usage(get_settings(), org)).leads_this_period == 2  # the merged one still counts


async def test_consents_most_restrictive_wins_and_every_entry_is_kept(team: Team) -> None:
    primary = await create_lead(team.gql, fullName="Bo Berg", email="bo@example.com")
    dup = await create_lead(team.gql, fullName="Bo B", email="bo.b@example.com")
    org, p_pk, d_pk = team.org.id, pk(primary["id"]), pk(dup["id"])
    await set_lead_consent(org, d_pk, ConsentPurpose.WHATSAPP, True)
    await set_lead_consent(org, d_pk, ConsentPurpose.WHATSAPP, False)
    await set_lead_consent(org, p_pk, ConsentPurpose.WHATSAPP, True)  # newest, but the duplicate withdrew
    await set_lead_consent(org, p_pk, ConsentPurpose.MARKETING_EMAIL, True)
    await set_lead_consent(org, d_pk, ConsentPurpose.MARKETING_EMAIL, True)

    assert (await merge(team, primary["id"], dup["id"]))["errors"] == []

    rows = await LeadConsent.filter(lead_id=p_pk).order_by("created_at", "id")
    whatsapp = [r for r in rows if r.purpose is ConsentPurpose.WHATSAPP]
    assert [r.granted for r in whatsapp][-1] is False  # the most restrictive state
    assert len(whatsapp) == 4  # the three entries, and the merge's withdrawal
    email = [r for r in rows if r.purpose is ConsentPurpose.MARKETING_EMAIL]
    assert [r.granted for r in email] == [True, True]  # both granted: stays granted


async def test_a_merged_meta_lead_id_updates_the_primary(team: Team) -> None:
    org = team.org.id
    now = dt.datetime.now(dt.UTC)
    first = await services.upsert_meta_lead(
        org, meta_lead_id="9001", created_time=now, full_name="Cy Doe", email="cy@example.com", phone=None, answers=[]
    )
    second = await services.upsert_meta_lead(
        org, meta_lead_id="9002", created_time=now, full_name="Cy Doe", email="cy@example.com", phone=None, answers=[]
    )
    assert first is not None and second is not None and second.duplicate_of_id == first.id
    from schema.relay import to_global_id

    assert (await merge(team, to_global_id("Lead", first.id), to_global_id("Lead", second.id)))["errors"] == []
    again = await services.upsert_meta_lead(
        org, meta_lead_id="9002", created_time=now, full_name="Cy Doe", email="cy@example.com", phone=None, answers=[]
    )
    assert again is not None and again.id == first.id
    assert await Lead.filter(organization_id=org).count() == 1
    # Merged again into a third lead, the first duplicate's Meta lead id follows to the new primary.
    third = await create_lead(team.gql, fullName="Cy Doe", phone="+1 415 555 0177")
    assert (await merge(team, third["id"], to_global_id("Lead", first.id)))["errors"] == []
    for meta_id in ("9001", "9002"):
        again = await services.upsert_meta_lead(
            org, meta_lead_id=meta_id, created_time=now, full_name="Cy", email="cy@example.com", phone=None, answers=[]
        )
        assert again is not None and again.id == pk(third["id"])
    assert await Lead.filter(organization_id=org).count() == 1


async def test_webhook_and_live_events(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import realtime

    published: list[tuple[str, uuid.UUID, uuid.UUID | None]] = []

    async def capture(
        kind: str,
        organization_id: uuid.UUID,
        lead_id: uuid.UUID,
        occurred_at: Any = None,
        merged_into_id: uuid.UUID | None = None,
    ) -> None:
        published.append((kind, lead_id, merged_into_id))

    monkeypatch.setattr(realtime, "publish_lead_event", capture)
    await create_subscription(team.org.id, url="https://partner.example/hook", events=["LEAD_UPDATED"])
    primary = await create_lead(team.gql, fullName="Di Eve", email="di@example.com")
    dup = await create_lead(team.gql, fullName="Di E", email="di.e@example.com")
    published.clear()

    assert (await merge(team, primary["id"], dup["id"]))["errors"] == []

    assert ("UPDATED", pk(primary["id"]), None) in published
    assert ("MERGED", pk(dup["id"]), pk(primary["id"])) in published
    delivery = await WebhookDelivery.get(event_type="LEAD_MERGED")
    body = json.loads(delivery.body)
    assert body["type"] == "LEAD_MERGED"
    assert body["data"]["primaryId"] == primary["id"] and body["data"]["mergedIds"] == [dup["id"]]


async def test_refusals(team: Team) -> None:
    a = await create_lead(team.gql, fullName="One", email="one@example.com")
    b = await create_lead(team.gql, fullName="Two", email="two@example.com")
    itself = await merge(team, a["id"], a["id"])
    assert [(e["field"], e["code"]) for e in itself["errors"]] == [("duplicateIds", "INVALID_INPUT")]

    other_org = await make_org("Other")
    _, token = await make_user(other_org, role=Role.OWNER)
    from tests.support import GraphQLClient

    foreign = await create_lead(GraphQLClient(team.http, token), fullName="Foreign", email="f@example.com")
    across = await merge(team, a["id"], foreign["id"])
    assert [(e["field"], e["code"]) for e in across["errors"]] == [("duplicateIds", "NOT_FOUND")]
    across = await merge(team, foreign["id"], a["id"])
    assert [(e["field"], e["code"]) for e in across["errors"]] == [("primaryId", "NOT_FOUND")]

    await place_legal_hold(team.org.id, lead_id=pk(b["id"]), reason="Litigation")
    held = await merge(team, a["id"], b["id"])
    assert [(e["field"], e["code"]) for e in held["errors"]] == [("duplicateIds", "INVALID_STATE")]
    assert (await team.gql.data(LEAD, {"id": b["id"]}))["lead"] is not None  # nothing changed
    held_primary = await merge(team, b["id"], a["id"])  # the error names the input holding the held lead
    assert [(e["field"], e["code"]) for e in held_primary["errors"]] == [("primaryId", "INVALID_STATE")]

    _, viewer = await team.member(Role.VIEWER)
    body = await viewer(MERGE, {"i": {"primaryId": a["id"], "duplicateIds": [b["id"]]}})
    assert error_codes(body) == ["FORBIDDEN"]


CUSTOM = "query($id: ID!) { lead(id: $id) { customFields { field { key } value } } }"
COUNT = "query($f: LeadFilter) { leads(filter: $f) { totalCount } }"


async def test_custom_values_the_primary_wins_per_field_and_the_others_move(team: Team) -> None:
    from tests.customfields.test_custom_fields import make_field

    await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    await make_field(team.gql, key="colors", label="Colors", type="MULTI_SELECT", options=["a", "b", "c"])
    await make_field(team.gql, key="note", label="Note", type="TEXT")
    await make_field(
        team.gql, key="alt_email", label="Other email", type="EMAIL", personalData=True, category="LEAD_CONTACT"
    )
    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["s", "m"])
    primary = await create_lead(
        team.gql,
        fullName="Ana Lima",
        email="ana@example.com",
        customFields=[
            {"key": "budget", "value": 10},
            {"key": "colors", "value": ["a"]},
            {"key": "alt_email", "value": "ana@work.example"},
        ],
    )
    dup = await create_lead(
        team.gql,
        fullName="Ana L",
        email="ana2@example.com",
        customFields=[
            {"key": "budget", "value": 99},
            {"key": "colors", "value": ["b", "c"]},
            {"key": "note", "value": "hi"},
            {"key": "alt_email", "value": "ana@home.example"},
        ],
    )
    # Of two duplicates having a field the primary lacks, the first named gives it (as for contact fields).
    second = await create_lead(
        team.gql,
        fullName="A. Lima",
        email="ana3@example.com",
        customFields=[{"key": "note", "value": "later"}, {"key": "size", "value": "m"}],
    )

    assert (await merge(team, primary["id"], dup["id"], second["id"]))["errors"] == []

    values = {
        v["field"]["key"]: v["value"]
        for v in (await team.gql.data(CUSTOM, {"id": primary["id"]}))["lead"]["customFields"]
    }
    assert values == {
        "budget": 10,
        "colors": ["a"],  # not the union of both leads' choices
        "note": "hi",
        "alt_email": "ana@work.example",
        "size": "m",
    }
    for key, equals, found in [
        ("budget", 99, 0),
        ("budget", 10, 1),
        ("colors", "c", 0),
        ("colors", "a", 1),
        ("alt_email", "ana@home.example", 0),
        ("alt_email", "ana@work.example", 1),
        ("note", "later", 0),
        ("note", "hi", 1),
        ("size", "m", 1),
    ]:
        data = await team.gql.data(COUNT, {"f": {"customField": {"key": key, "equals": equals}}})
        assert data["leads"]["totalCount"] == found, (key, equals)
