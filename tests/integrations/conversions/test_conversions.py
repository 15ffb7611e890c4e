"""Conversions API for CRM through GraphQL and the Meta emulator: what Meta receives (hashes, fields, ids),
the gates (objections, consent, erasure), throttling and 5xx retried without duplicates, the 7-day drop, and
the disclosure ledger (Lead.disclosures, erasure receipt)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from app.accounts.models import Role
from app.conversions.models import ConversionEvent, ConversionEventStatus
from app.conversions.services import upload_pending
from app.leads.models import Lead
from app.mail.models import OutboxMail
from schema.relay import to_global_id
from tests.integrations.conversions.conftest import CONFIGURE, HEALTH, STAGES, Capi
from tests.notifications.helpers import NOTIFICATIONS, nodes
from tests.support import GraphQLClient, make_user

EM_JOHN = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"  # META-2 §11.4 test vectors
PH_US = "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"

DISCLOSURES = """
query($id: ID!) { node(id: $id) { ... on Lead { disclosures(first: 10) {
  edges { node { recipient occurredAt categories reference } } } } } }
"""


async def test_configure_checks_the_dataset_at_meta(capi: Capi) -> None:
    unknown = await capi.gql(CONFIGURE, {"input": {"datasetId": "999999999999", "stageEvents": []}})
    errors = unknown["data"]["configureMetaConversions"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("datasetId", "INVALID_INPUT")]
    capi.meta.add_dataset("555555555555555", "Someone else's", user_ids=["1"])
    foreign = await capi.gql(CONFIGURE, {"input": {"datasetId": "555555555555555", "stageEvents": []}})
    assert [e["code"] for e in foreign["data"]["configureMetaConversions"]["errors"]] == ["INVALID_INPUT"]
    ok = await capi.configure()
    assert ok["errors"] == []
    assert ok["metaConversions"]["datasetId"] == capi.meta.DATASET_ID
    assert ok["metaConversions"]["legalBasis"] == "LEGITIMATE_INTEREST"
    assert ok["metaConversions"]["stageEvents"][2] == {
        "leadStatus": "QUALIFIED",
        "eventName": "Marketing Qualified Lead",
    }


CONFIGURED = """{ auditEvents(filter: {action: "conversions.configured"}) {
  edges { node { actorId targetType details } } } }"""


async def test_each_change_of_the_setup_is_audited_with_what_changed(capi: Capi) -> None:
    """SPEC §4: integration changes are in auditEvents; the Conversions API setup like the others."""
    me = (await capi.gql.data("{ me { id } }"))["me"]["id"]
    await capi.configure()
    await capi.configure(legalBasis="CONSENT", enabled=False, stageEvents=STAGES[:1])
    events = [e["node"] for e in (await capi.gql.data(CONFIGURED))["auditEvents"]["edges"]]
    assert [(e["actorId"], e["targetType"]) for e in events] == [(me, "ConversionsConfig")] * 2
    newest, first = (e["details"] for e in events)
    assert first["changed"] == ["datasetId", "enabled", "legalBasis", "stageEvents"]
    assert (first["datasetId"], first["enabled"], first["legalBasis"]) == (
        capi.meta.DATASET_ID,
        True,
        "LEGITIMATE_INTEREST",
    )
    assert newest["changed"] == ["enabled", "legalBasis", "stageEvents"]
    assert (newest["enabled"], newest["legalBasis"]) == (False, "CONSENT")
    assert newest["stageEvents"] == [{"leadStatus": "NEW", "eventName": "Lead"}]


async def test_partner_tokens_and_members_cannot_configure(capi: Capi, client) -> None:
    from app.accounts.models import Role

    _, member = await make_user(capi.org, role=Role.MEMBER)
    body = await GraphQLClient(client, member)(CONFIGURE, {"input": {"datasetId": "1", "stageEvents": []}})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_stages_reach_meta_hashed_with_deterministic_ids(capi: Capi, drain) -> None:
    await capi.configure()
    lead, leadgen = await capi.meta_lead(email="  John_Smith@gmail.com ")
    await capi.set_status(lead, "QUALIFIED")  # skips CONTACTED: Meta still gets the whole funnel
    manual = await Lead.create(organization_id=capi.org.id, full_name="Walk In", email="w@example.com")
    await drain()

    events = capi.events_for(leadgen)
    assert [e["event_name"] for e in events] == ["Lead", "Contacted", "Marketing Qualified Lead"]
    for event in events:
        assert event["action_source"] == "system_generated"
        assert event["event_id"] == f"{leadgen}:{event['event_name']}"
        assert event["user_data"] == {"lead_id": int(leadgen), "em": [EM_JOHN], "ph": [PH_US]}
        assert event["custom_data"] == {"event_source": "crm", "lead_event_source": "QuantixOne"}
        assert isinstance(event["event_time"], int)
    assert capi.meta.capi_duplicates == []
    assert len(capi.meta.capi_events) == 3  # the manual lead sends nothing
    assert not await ConversionEvent.filter(lead_id=manual.id).exists()

    health = await capi.gql.data(HEALTH)
    assert health["metaConversions"]["sentLast24h"] == 3
    assert health["metaConversions"]["pending"] == 0
    assert health["metaConversions"]["lastUploadAt"] is not None
    assert health["integrationHealth"]["metaConversions"] == {"sentLast24h": 3, "pending": 0}

    ledger = await capi.gql.data(DISCLOSURES, {"id": to_global_id("Lead", lead.id)})
    nodes = [e["node"] for e in ledger["node"]["disclosures"]["edges"]]
    assert {n["recipient"] for n in nodes} == {"Meta Conversions API"}
    assert all("LEAD_CONTACT" in n["categories"] for n in nodes)

    # A second move to a stage already sent queues nothing new.
    await capi.set_status(lead, "CONTACTED")
    await capi.set_status(lead, "QUALIFIED")
    await drain()
    assert len(capi.meta.capi_events) == 3


async def test_a_national_phone_is_hashed_in_its_organisations_international_form(capi: Capi, drain) -> None:
    """META-2 §11.4: `ph` is the number with its country code. A Lead Ads phone kept as given (`015112345679` in a
    German organisation) is hashed as 4915112345679, not left out."""
    await capi.gql.data('mutation { updateOrganization(input: {defaultCountry: "DE"}) { errors { code } } }')
    await capi.configure()
    _, leadgen = await capi.meta_lead(phone="015112345679")
    await drain()
    [event] = capi.events_for(leadgen)
    assert event["user_data"]["ph"] == [hashlib.sha256(b"4915112345679").hexdigest()]


async def test_no_event_for_objecting_leads(capi: Capi, drain) -> None:
    await capi.configure()
    lead, leadgen = await capi.meta_lead()
    objected = await capi.gql.data(
        "mutation($i: ObjectToProcessingInput!) { objectToProcessing(input: $i) { errors { code } } }",
        {"i": {"kind": "AUTOMATED_DECISIONS", "leadId": to_global_id("Lead", lead.id)}},
    )
    assert objected["objectToProcessing"]["errors"] == []
    await drain()
    assert capi.events_for(leadgen) == []
    assert await ConversionEvent.filter(lead_id=lead.id, status=ConversionEventStatus.CANCELLED).count() == 1


async def test_consent_basis_sends_only_leads_with_ad_measurement_consent(capi: Capi, drain) -> None:
    await capi.configure(legalBasis="CONSENT")
    _, leadgen_without = await capi.meta_lead(email="a@example.com")
    with_consent, leadgen_with = await capi.meta_lead(email="b@example.com")
    await capi.gql.data(
        "mutation($i: SetLeadConsentInput!) { setLeadConsent(input: $i) { errors { code } } }",
        {"i": {"leadId": to_global_id("Lead", with_consent.id), "purpose": "AD_MEASUREMENT", "granted": True}},
    )
    await drain()
    assert capi.events_for(leadgen_without) == []
    assert [e["event_name"] for e in capi.events_for(leadgen_with)] == ["Lead"]


async def test_erasure_cancels_pending_events_and_the_receipt_counts_disclosures(capi: Capi, drain) -> None:
    await capi.configure()
    lead, leadgen = await capi.meta_lead()
    await drain()
    assert len(capi.events_for(leadgen)) == 1
    await capi.set_status(lead, "CONTACTED")  # pending, not yet uploaded
    deleted = await capi.gql.data(
        "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { outcome errors { code } } }",
        {"i": {"id": to_global_id("Lead", lead.id)}},
    )
    disclosures = deleted["deleteLead"]["outcome"]["disclosures"]
    assert [(d["recipient"], d["count"]) for d in disclosures] == [("Meta Conversions API", 1)]
    assert disclosures[0]["firstAt"] and disclosures[0]["lastAt"]
    signed = json.loads(deleted["deleteLead"]["outcome"]["receipt"]["payload"])
    assert signed["disclosures"] == disclosures  # the signed receipt says what left, to whom and when
    await drain()
    assert [e["event_name"] for e in capi.events_for(leadgen)] == ["Lead"]  # CONTACTED never left
    assert await ConversionEvent.filter(organization_id=capi.org.id, status=ConversionEventStatus.PENDING).count() == 0


def posts(capi: Capi) -> int:
    """HTTP calls to the events endpoint, refused ones included."""
    return len(capi.meta.calls(r"^\d+/events$", "POST"))


async def test_throttling_and_5xx_are_retried_without_duplicates(capi: Capi) -> None:
    await capi.configure()
    _, leadgen = await capi.meta_lead()
    capi.meta.throttle_conversions(1)
    first = await upload_pending(capi.org.id)
    assert first.sent == 0 and first.retry_in is not None
    assert posts(capi) == 1 and capi.meta.capi_events == []
    assert await ConversionEvent.filter(status=ConversionEventStatus.PENDING).count() == 1
    early = await upload_pending(capi.org.id)  # before the backoff: nothing is sent
    assert early.sent == 0 and posts(capi) == 1
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=first.retry_in + 1)
    capi.meta.fail_conversions(1)
    second = await upload_pending(capi.org.id, now=later)
    assert second.sent == 0 and second.retry_in is not None
    third = await upload_pending(capi.org.id, now=later + dt.timedelta(seconds=second.retry_in + 1))
    assert third.sent == 1
    assert [e["event_id"] for e in capi.events_for(leadgen)] == [f"{leadgen}:Lead"]
    assert capi.meta.capi_duplicates == []
    again = await upload_pending(capi.org.id, now=later + dt.timedelta(hours=1))
    assert again.sent == 0 and posts(capi) == 3


async def test_one_event_meta_refuses_does_not_hold_back_the_rest_of_its_batch(capi: Capi) -> None:
    await capi.configure()
    leadgens = [(await capi.meta_lead())[1] for _ in range(4)]
    refused = leadgens[2]
    capi.meta.objects.pop(refused)  # Meta no longer knows this lead id: it refuses any batch holding it
    report = await upload_pending(capi.org.id)
    assert (report.sent, report.failed) == (3, 1)
    assert posts(capi) == 5  # the batch of 4, its halves, the refused half's halves
    assert sorted(str(r["event"]["user_data"]["lead_id"]) for r in capi.meta.capi_events) == sorted(
        g for g in leadgens if g != refused
    )
    failed = await ConversionEvent.get(status=ConversionEventStatus.FAILED)
    assert "Invalid lead_id" in (failed.error or "")
    health = (await capi.gql.data(HEALTH))["metaConversions"]
    assert (health["sentLast24h"], health["failedLast24h"], health["pending"]) == (3, 1, 0)


async def test_an_event_unsent_for_7_days_is_dropped_with_a_warning(capi: Capi) -> None:
    await capi.configure()
    lead, _ = await capi.meta_lead()
    await ConversionEvent.filter(lead_id=lead.id).update(event_time=dt.datetime.now(dt.UTC) - dt.timedelta(days=8))
    report = await upload_pending(capi.org.id)
    assert report.dropped == 1 and report.sent == 0
    assert capi.meta.capi_posts == []  # it would have poisoned the whole batch
    health = await capi.gql.data(HEALTH)
    assert health["metaConversions"]["droppedLast7d"] == 1
    assert health["metaConversions"]["failedLast24h"] == 1
    assert "dropped" in health["metaConversions"]["warnings"][0]
    issues = (await capi.gql.data("{ integrationHealth { healthy issues { kind severity } } }"))["integrationHealth"]
    assert {"kind": "CONVERSIONS_API", "severity": "WARNING"} in issues["issues"]


async def _age(lead: Lead, days: int) -> None:
    """The lead's pending event as it is after `days` unsent: queued then, and not touched since."""
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    await ConversionEvent.filter(lead_id=lead.id).update(event_time=then, created_at=then, updated_at=then)


async def test_dropping_events_warns_and_tells_the_admins_once_while_the_warning_shows(capi: Capi) -> None:
    """SPEC §7.6 "an event still unsent after 7 days is dropped with a health warning"; the warning appearing is
    an INTEGRATION_HEALTH notification to the OWNERs and ADMINs (SPEC §7.1), not one per upload that drops more."""
    _, member_token = await make_user(capi.org, role=Role.MEMBER)
    await capi.configure()
    first, _ = await capi.meta_lead()
    await _age(first, 8)
    assert (await upload_pending(capi.org.id)).dropped == 1
    health = (await capi.gql.data(HEALTH))["metaConversions"]
    assert health["droppedLast7d"] == 1 and "dropped" in health["warnings"][0]

    def titles(data: dict) -> list[str]:
        return [n["title"] for n in nodes(data) if n["kind"] == "INTEGRATION_HEALTH"]

    assert titles(await capi.gql.data(NOTIFICATIONS)) == ["Conversions API events were dropped"]
    assert titles(await GraphQLClient(capi.http, member_token).data(NOTIFICATIONS)) == []
    [mail] = await OutboxMail.filter(kind="conversions_dropped")
    assert "1 Conversions API event(s)" in mail.body_text and "John" not in mail.body_text

    second, _ = await capi.meta_lead()  # dropped while the warning still shows: no second notice
    await _age(second, 8)
    assert (await upload_pending(capi.org.id)).dropped == 1
    assert len(titles(await capi.gql.data(NOTIFICATIONS))) == 1

    # A week without drops takes the warning down; the next drop raises it, and tells the admins again.
    week_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=7, hours=1)
    await ConversionEvent.filter(status=ConversionEventStatus.DROPPED).update(updated_at=week_ago)
    assert (await capi.gql.data(HEALTH))["metaConversions"]["droppedLast7d"] == 0
    third, _ = await capi.meta_lead()
    await _age(third, 8)
    assert (await upload_pending(capi.org.id)).dropped == 1
    assert len(titles(await capi.gql.data(NOTIFICATIONS))) == 2
    assert await OutboxMail.filter(kind="conversions_dropped").count() == 2


async def test_emulator_refuses_unhashed_identifiers_and_counts_duplicates(capi: Capi) -> None:
    _, leadgen = await capi.meta_lead()
    token = capi.meta.user_token()
    event = {
        "event_name": "Lead",
        "event_time": int(capi.meta.now()),
        "action_source": "system_generated",
        "event_id": f"{leadgen}:Lead",
        "user_data": {"lead_id": int(leadgen), "em": ["john@example.com"]},
        "custom_data": {"event_source": "crm", "lead_event_source": "QuantixOne"},
    }
    import httpx

    async with httpx.AsyncClient(transport=capi.meta.transport(), base_url="https://graph.facebook.com") as http:
        url = f"/v25.0/{capi.meta.DATASET_ID}/events"
        bad = await http.post(url, json={"data": [event]}, headers={"authorization": f"Bearer {token}"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == 100
        event["user_data"]["em"] = [EM_JOHN]
        for _ in range(2):
            ok = await http.post(url, json={"data": [event]}, headers={"authorization": f"Bearer {token}"})
            assert ok.json()["events_received"] == 1
    assert len(capi.meta.capi_events) == 1 and len(capi.meta.capi_duplicates) == 1


async def test_a_read_only_organisation_pauses_sends(capi: Capi, monkeypatch) -> None:
    from app.accounts.models import Organization
    from app.settings import get_settings

    await capi.configure()
    _, leadgen = await capi.meta_lead()
    await Organization.filter(id=capi.org.id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=30))
    monkeypatch.setenv("QUANTIX_BILLING", "stripe")
    monkeypatch.setenv("STRIPE_API_URL", "http://stripe.test")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_conversions_0001")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test_conversions")
    get_settings.cache_clear()
    try:
        paused = await upload_pending(capi.org.id)  # the trial ended without a checkout: read-only
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
    assert paused.paused and paused.sent == 0 and posts(capi) == 0
    resumed = await upload_pending(capi.org.id)
    assert resumed.sent == 1 and [e["event_name"] for e in capi.events_for(leadgen)] == ["Lead"]


async def test_an_incident_of_a_member_counts_the_sends_their_stage_moves_caused(capi: Capi, drain) -> None:
    """The Conversions API sends a member's status changes queued are audited as theirs (`conversions.sent`, the
    lead named); an assessment of that member counts them, one of another member does not."""
    from app.accounts.models import Membership, Role
    from app.audit.models import AuditEvent
    from tests.incidents.helpers import ASSESS, INCIDENT, REPORT, report_input

    owner_id = (await Membership.get(organization_id=capi.org.id)).user_id
    other, _ = await make_user(capi.org, role=Role.MEMBER)
    await capi.configure()
    lead, leadgen = await capi.meta_lead()  # the ingest queues "Lead": nobody's change
    await drain()
    await capi.set_status(lead, "QUALIFIED")  # the owner's session queues two stages
    await drain()
    assert [e["event_name"] for e in capi.events_for(leadgen)] == ["Lead", "Contacted", "Marketing Qualified Lead"]

    sends = await AuditEvent.filter(organization_id=capi.org.id, action="conversions.sent").order_by("created_at")
    assert [(e.target_type, e.target_id, e.actor_user_id) for e in sends] == [
        ("Lead", str(lead.id), None),
        ("Lead", str(lead.id), owner_id),
        ("Lead", str(lead.id), owner_id),
    ]
    assert sorted(e.details["eventName"] for e in sends) == ["Contacted", "Lead", "Marketing Qualified Lead"]
    assert all(e.actor_session_id is not None for e in sends[1:])

    affected = []
    for user_id in (owner_id, other.id):
        body = await capi.gql.data(REPORT, {"input": report_input(userIds=[to_global_id("User", user_id)])})
        incident_id = body["reportSecurityIncident"]["securityIncident"]["id"]
        await capi.gql.data(ASSESS, {"input": {"id": incident_id}})
        await drain()
        affected.append((await capi.gql.data(INCIDENT, {"id": incident_id}))["securityIncident"])
    assert affected[0]["affected"] == {
        "leads": 1,
        "users": 0,
        "records": 2,
        "categories": [{"category": "LEAD_CONTACT", "subjects": 1, "records": 2}],
    }
    assert affected[0]["affectedLeads"]["edges"] == [{"node": {"id": to_global_id("Lead", lead.id)}}]
    assert affected[1]["affected"]["records"] == 0


WIN = "mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } errors { code field } } }"
MOVE = "mutation($i: MoveDealInput!) { moveDeal(input: $i) { deal { status } errors { code } } }"


async def _stage_ids(capi: Capi) -> dict[str, str]:
    """The default pipeline's first OPEN stage and its WON stage."""
    body = await capi.gql.data("{ pipelines { isDefault stages { id kind } } }")
    stages = next(p["stages"] for p in body["pipelines"] if p["isDefault"])
    return {kind: next(s["id"] for s in stages if s["kind"] == kind) for kind in ("OPEN", "WON")}


async def _win_deal(capi: Capi, lead: Lead, amount: str, currency: str) -> str:
    body = await capi.gql.data(
        WIN,
        {
            "i": {
                "leadId": to_global_id("Lead", lead.id),
                "name": "Retainer",
                "amount": amount,
                "currency": currency,
                "stageId": (await _stage_ids(capi))["WON"],
            }
        },
    )
    assert body["createDeal"]["errors"] == []
    return str(body["createDeal"]["deal"]["id"])


def _values(capi: Capi, leadgen: str) -> list[tuple[str, str, object, object]]:
    return [
        (e["event_name"], e["event_id"], e["custom_data"].get("value"), e["custom_data"].get("currency"))
        for e in capi.events_for(leadgen)
    ]


async def test_every_won_deal_reaches_meta_with_its_value_after_the_stage_was_sent(capi: Capi, drain) -> None:
    """SPEC §7.6 "a won deal with its value and currency": once the lead's "Converted" was sent, a won deal is
    its own "Converted" event with an id of its own (Meta keeps only the first of one event_name + event_id
    within 48 h, META-2 §11.7); a second won deal too; a deal won again after reopening is not sent twice."""
    from schema.relay import from_global_id

    await capi.configure()
    lead, leadgen = await capi.meta_lead()
    await capi.set_status(lead, "CONVERTED")
    await drain()
    assert _values(capi, leadgen)[-1] == ("Converted", f"{leadgen}:Converted", None, None)

    first = await _win_deal(capi, lead, "1250.50", "EUR")
    await drain()
    first_pk = from_global_id(first)[1]
    assert _values(capi, leadgen)[4:] == [("Converted", f"{leadgen}:Converted:{first_pk}", 1250.5, "EUR")]

    second = await _win_deal(capi, lead, "99.90", "usd")
    second_pk = from_global_id(second)[1]
    capi.meta.fail_conversions(1)  # a 5xx: the retry sends the same event id
    failed = await upload_pending(capi.org.id)
    assert failed.sent == 0 and failed.retry_in is not None
    retried = await upload_pending(capi.org.id, now=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=failed.retry_in))
    assert retried.sent == 1
    await drain()
    assert _values(capi, leadgen)[5:] == [("Converted", f"{leadgen}:Converted:{second_pk}", 99.9, "USD")]

    stages = await _stage_ids(capi)
    for stage in (stages["OPEN"], stages["WON"]):  # reopened and won again: the same conversion
        moved = await capi.gql.data(MOVE, {"i": {"id": first, "stageId": stage}})
        assert moved["moveDeal"]["errors"] == []
    await drain()
    assert len(capi.events_for(leadgen)) == 6
    assert capi.meta.capi_duplicates == []
    sent = await capi.gql.data(HEALTH)
    assert sent["metaConversions"]["sentLast24h"] == 6 and sent["metaConversions"]["pending"] == 0


async def test_a_won_deal_rides_on_the_pending_stage_event(capi: Capi, drain) -> None:
    """Winning a deal converts the lead: its "Converted" carries the first deal's value (one event); a second
    deal won before the upload goes as its own event."""
    from schema.relay import from_global_id

    await capi.configure()
    lead, leadgen = await capi.meta_lead()
    await drain()
    await _win_deal(capi, lead, "10.00", "EUR")
    second = await _win_deal(capi, lead, "20.00", "EUR")
    await drain()
    second_pk = from_global_id(second)[1]
    assert _values(capi, leadgen)[3:] == [
        ("Converted", f"{leadgen}:Converted", 10.0, "EUR"),
        ("Converted", f"{leadgen}:Converted:{second_pk}", 20.0, "EUR"),
    ]
    assert capi.meta.capi_duplicates == []
