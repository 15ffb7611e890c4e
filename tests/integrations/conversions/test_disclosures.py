"""The disclosure ledger: partner webhooks with contact fields and WhatsApp sends are recorded on the lead
(Lead.disclosures), a won deal's value reaches Meta, and the access export reads the ledger from the data map."""

from __future__ import annotations

from typing import Any

from app.classification import DataCategory
from app.privacy.export import subject_sources
from schema.relay import from_global_id, to_global_id
from tests.events.conftest import Receiver, deliver_due
from tests.events.conftest import _receiver_server as _receiver_server  # the fixtures
from tests.events.conftest import receiver as receiver
from tests.integrations.conversions.conftest import Capi
from tests.messaging.conftest import REMINDER, WA, run_jobs
from tests.messaging.conftest import wa as wa

DISCLOSURES = """
query($id: ID!) { node(id: $id) { ... on Lead { disclosures(first: 10) {
  edges { node { recipient occurredAt categories reference } } } } } }
"""
SUBSCRIBE = """
mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { errors { code } }
}"""


async def _ledger(gql: Any, lead_id: str) -> list[dict[str, Any]]:
    data = await gql.data(DISCLOSURES, {"id": lead_id})
    return [e["node"] for e in data["node"]["disclosures"]["edges"]]


async def test_webhook_with_contact_fields_is_a_disclosure(capi: Capi, receiver: Receiver) -> None:
    for scopes in (["leads:read"], []):
        body = await capi.gql.data(
            SUBSCRIBE, {"input": {"url": receiver.url, "events": ["LEAD_CREATED"], "scopes": scopes}}
        )
        assert body["createWebhookSubscription"]["errors"] == []
    created = await capi.gql.data(
        "mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }",
        {"i": {"fullName": "Pat Partner", "email": "pat@example.com"}},
    )
    lead_id = created["createLead"]["lead"]["id"]
    await deliver_due()
    assert len(receiver.requests) == 2
    ledger = await _ledger(capi.gql, lead_id)
    assert [(d["recipient"], d["categories"]) for d in ledger] == [("Partner webhook 127.0.0.1", ["LEAD_CONTACT"])]
    assert ledger[0]["reference"].startswith("webhook-delivery:")


async def test_whatsapp_send_is_a_disclosure(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    assert sent["errors"] == []
    await run_jobs()
    ledger = await _ledger(wa.gql, lead)
    assert [(d["recipient"], d["reference"]) for d in ledger] == [("WhatsApp (Meta)", wa.meta.sent_messages[0]["id"])]
    assert ledger[0]["categories"] == ["LEAD_CONTACT", "MESSAGES"]
    _, pk = from_global_id(lead)
    assert DataCategory.DISCLOSURES in subject_sources("LEAD", pk, wa.org.id)


async def test_a_won_deal_sends_its_value(capi: Capi, drain) -> None:
    await capi.configure()
    lead, leadgen = await capi.meta_lead()
    pipelines = await capi.gql.data("{ pipelines { isDefault stages { id kind } } }")
    won = next(s["id"] for p in pipelines["pipelines"] if p["isDefault"] for s in p["stages"] if s["kind"] == "WON")
    created = await capi.gql.data(
        "mutation($i: CreateDealInput!) { createDeal(input: $i) { errors { code field } } }",
        {
            "i": {
                "leadId": to_global_id("Lead", lead.id),
                "name": "Retainer",
                "amount": "1250.50",
                "currency": "EUR",
                "stageId": won,
            }
        },
    )
    assert created["createDeal"]["errors"] == []
    await drain()
    converted = [e for e in capi.events_for(leadgen) if e["event_name"] == "Converted"]
    assert len(converted) == 1
    assert converted[0]["custom_data"]["value"] == 1250.5
    assert converted[0]["custom_data"]["currency"] == "EUR"
    assert [e["event_name"] for e in capi.events_for(leadgen)] == [
        "Lead",
        "Contacted",
        "Marketing Qualified Lead",
        "Converted",
    ]
