"""A leaked webhook secret: deliveries that carried contact fields to that partner are what the assessment counts."""

from __future__ import annotations

from app.events import EventType, emit
from app.leads.models import Lead
from tests.events.conftest import Receiver, deliver_due
from tests.incidents.helpers import REPORT, report_input
from tests.incidents.test_incidents import _assess
from tests.leads.conftest import Team

SUBSCRIBE = """mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { webhookSubscription { id } errors { code } }
}"""


async def _subscribe(team: Team, url: str, scopes: list[str]) -> str:
    body = await team.gql.data(SUBSCRIBE, {"input": {"url": url, "events": ["LEAD_CREATED"], "scopes": scopes}})
    return body["createWebhookSubscription"]["webhookSubscription"]["id"]


async def test_contact_deliveries_to_the_scoped_partner(team: Team, receiver: Receiver) -> None:
    with_contact = await _subscribe(team, receiver.url, ["leads:read"])
    ids_only = await _subscribe(team, receiver.url, [])
    for i in range(3):
        lead = await Lead.create(organization_id=team.org.id, full_name=f"Lead {i}", email=f"l{i}@example.com")
        await emit(EventType.LEAD_CREATED, team.org.id, lead.id)
    await deliver_due()
    assert len(receiver.requests) == 6

    counts = []
    for hook in (with_contact, ids_only):
        body = await team.gql.data(REPORT, {"input": report_input(webhookSubscriptionIds=[hook])})
        incident = body["reportSecurityIncident"]["securityIncident"]
        counts.append((await _assess(team.gql, incident["id"]))["affected"])
    assert counts[0]["leads"] == 3 and counts[0]["records"] == 3
    assert counts[0]["categories"] == [{"category": "LEAD_CONTACT", "subjects": 3, "records": 3}]
    assert counts[1] == {"leads": 0, "users": 0, "records": 0, "categories": []}
