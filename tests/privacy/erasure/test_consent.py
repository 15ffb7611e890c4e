"""Consent ledger, objections and usage events over GraphQL."""

from __future__ import annotations

import pytest

from app.accounts.models import Role
from app.integrations.meta.models import MetaConnection, Page
from app.privacy.consent import has_lead_consent, has_objection, withdraw_consent
from app.privacy.erasure_models import ConsentPurpose, ObjectionKind, UsageEvent
from schema.relay import to_global_id
from tests.privacy.erasure.helpers import make_lead
from tests.support import GraphQLClient, error_codes, make_org, make_user

SET_CONSENT = """
mutation($input: SetConsentInput!) {
  setConsent(input: $input) {
    consent { id purpose granted source policyVersion createdAt }
    metaDisconnected metaRecordsRemoved
    errors { field code }
  }
}"""
CONSENTS = "query($h: Boolean!) { consents(history: $h) { purpose granted source policyVersion } }"
SET_LEAD_CONSENT = """
mutation($input: SetLeadConsentInput!) {
  setLeadConsent(input: $input) { consent { id purpose granted source evidence } errors { field code } }
}"""
LEAD_CONSENTS = """
query($id: ID!, $h: Boolean!) { leadConsents(leadId: $id, history: $h) { purpose granted source evidence } }"""
OBJECT = """
mutation($input: ObjectToProcessingInput!) {
  objectToProcessing(input: $input) { objection { id kind } errors { field code } }
}"""
USAGE = """
mutation($input: RecordUsageEventInput!) {
  recordUsageEvent(input: $input) { recorded usageEvent { id name path } errors { code } }
}"""
NODE = "query($id: ID!) { node(id: $id) { id __typename } }"

pytestmark = pytest.mark.sqlite


async def test_consent_changes_are_kept_as_history(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    first = (await gql.data(SET_CONSENT, {"input": {"purpose": "ANALYTICS", "granted": True}}))["setConsent"]
    assert first["errors"] == [] and first["consent"]["granted"] is True
    assert first["consent"]["policyVersion"] == "1"
    await gql.data(SET_CONSENT, {"input": {"purpose": "ANALYTICS", "granted": False}})
    await gql.data(SET_CONSENT, {"input": {"purpose": "MARKETING_EMAIL", "granted": True}})
    current = (await gql.data(CONSENTS, {"h": False}))["consents"]
    assert [(c["purpose"], c["granted"]) for c in current] == [("ANALYTICS", False), ("MARKETING_EMAIL", True)]
    history = (await gql.data(CONSENTS, {"h": True}))["consents"]
    assert [(c["purpose"], c["granted"]) for c in history].count(("ANALYTICS", True)) == 1
    assert len(history) == 3
    node = (await gql.data(NODE, {"id": first["consent"]["id"]}))["node"]
    assert node["__typename"] == "Consent"


async def test_usage_events_are_kept_only_with_analytics_consent(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    event = {"name": "page_view", "path": "/leads", "referrer": "https://example.com/"}
    dropped = (await gql.data(USAGE, {"input": event}))["recordUsageEvent"]
    assert dropped == {"recorded": False, "usageEvent": None, "errors": []}
    assert await UsageEvent.all().count() == 0
    await gql.data(SET_CONSENT, {"input": {"purpose": "ANALYTICS", "granted": True}})
    kept = (await gql.data(USAGE, {"input": event}))["recordUsageEvent"]
    assert kept["recorded"] is True and kept["usageEvent"]["path"] == "/leads"
    assert await UsageEvent.all().count() == 1
    await gql.data(SET_CONSENT, {"input": {"purpose": "ANALYTICS", "granted": False}})
    assert (await gql.data(USAGE, {"input": event}))["recordUsageEvent"]["recorded"] is False
    assert await UsageEvent.all().count() == 1


async def test_lead_consent_with_evidence_and_withdrawal(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, member = await make_user(org, role=Role.MEMBER)
    _, viewer = await make_user(org, role=Role.VIEWER)
    lead = await make_lead(org)
    gid = to_global_id("Lead", lead.id)
    given = {
        "leadId": gid,
        "purpose": "WHATSAPP",
        "granted": True,
        "source": "META_LEAD_FORM",
        "formId": "form-1",
        "question": "May we message you on WhatsApp?",
        "textShown": "Yes, message me",
        "channel": "whatsapp",
    }
    body = (await GraphQLClient(client, member).data(SET_LEAD_CONSENT, {"input": given}))["setLeadConsent"]
    assert body["errors"] == [] and body["consent"]["evidence"]["textShown"] == "Yes, message me"
    assert await has_lead_consent(org.id, lead.id, ConsentPurpose.WHATSAPP)
    assert not await has_lead_consent(org.id, lead.id, ConsentPurpose.MARKETING_EMAIL)
    refused = await GraphQLClient(client, viewer)(SET_LEAD_CONSENT, {"input": given})
    assert error_codes(refused) == ["FORBIDDEN"]

    assert await withdraw_consent(org.id, lead_id=lead.id) == [ConsentPurpose.WHATSAPP]
    assert not await has_lead_consent(org.id, lead.id, ConsentPurpose.WHATSAPP)
    history = (await GraphQLClient(client, viewer).data(LEAD_CONSENTS, {"id": gid, "h": True}))["leadConsents"]
    assert [(c["purpose"], c["granted"], c["source"]) for c in history] == [
        ("WHATSAPP", False, "PRIVACY_REQUEST"),
        ("WHATSAPP", True, "META_LEAD_FORM"),
    ]
    foreign = await make_lead(await make_org())
    other = {**given, "leadId": to_global_id("Lead", foreign.id)}
    body = (await GraphQLClient(client, member).data(SET_LEAD_CONSENT, {"input": other}))["setLeadConsent"]
    assert body == {"consent": None, "errors": [{"field": "leadId", "code": "NOT_FOUND"}]}


async def test_lead_consent_names_its_lead_as_id_like_every_target(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, member = await make_user(org, role=Role.MEMBER)
    lead, foreign = await make_lead(org), await make_lead(await make_org())
    gql = GraphQLClient(client, member)
    given = {"id": to_global_id("Lead", lead.id), "purpose": "MARKETING_EMAIL", "granted": True}

    body = (await gql.data(SET_LEAD_CONSENT, {"input": given}))["setLeadConsent"]
    assert body["errors"] == [] and body["consent"]["purpose"] == "MARKETING_EMAIL"
    assert await has_lead_consent(org.id, lead.id, ConsentPurpose.MARKETING_EMAIL)
    both = {**given, "leadId": given["id"]}
    neither = {k: v for k, v in given.items() if k != "id"}
    for wrong in (both, neither):
        body = (await gql.data(SET_LEAD_CONSENT, {"input": wrong}))["setLeadConsent"]
        assert body == {"consent": None, "errors": [{"field": "id", "code": "INVALID_INPUT"}]}
    # ... and says which mistake it was.
    says = "mutation($input: SetLeadConsentInput!) { setLeadConsent(input: $input) { errors { message } } }"
    for wrong, message in (
        (both, "Give the lead as `id` or `leadId`, not both."),
        (neither, "Give the lead as `id` or `leadId`: one of them is required."),
    ):
        assert (await gql.data(says, {"input": wrong}))["setLeadConsent"]["errors"] == [{"message": message}]
    other = {**given, "id": to_global_id("Lead", foreign.id)}
    body = (await gql.data(SET_LEAD_CONSENT, {"input": other}))["setLeadConsent"]
    assert body == {"consent": None, "errors": [{"field": "id", "code": "NOT_FOUND"}]}


async def test_objection_to_direct_marketing(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, member = await make_user(org, role=Role.MEMBER)
    lead = await make_lead(org)
    gql = GraphQLClient(client, member)
    await gql.data(
        SET_LEAD_CONSENT,
        {"input": {"leadId": to_global_id("Lead", lead.id), "purpose": "MARKETING_EMAIL", "granted": True}},
    )
    body = await gql.data(OBJECT, {"input": {"kind": "DIRECT_MARKETING", "leadId": to_global_id("Lead", lead.id)}})
    assert body["objectToProcessing"]["objection"]["kind"] == "DIRECT_MARKETING"
    assert await has_objection(org.id, lead.id, ObjectionKind.DIRECT_MARKETING)
    assert not await has_objection(org.id, lead.id, ObjectionKind.AUTOMATED_DECISIONS)
    assert not await has_lead_consent(org.id, lead.id, ConsentPurpose.MARKETING_EMAIL)
    # Idempotent; and the caller may object for themselves.
    again = await gql.data(OBJECT, {"input": {"kind": "DIRECT_MARKETING", "leadId": to_global_id("Lead", lead.id)}})
    assert again["objectToProcessing"]["objection"]["id"] == body["objectToProcessing"]["objection"]["id"]
    mine = await gql.data(OBJECT, {"input": {"kind": "AUTOMATED_DECISIONS"}})
    assert mine["objectToProcessing"]["errors"] == []


async def test_withdrawing_meta_integration_disconnects_meta(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    user, token = await make_user(org, role=Role.OWNER)
    await MetaConnection.create(
        organization=org, meta_user_id="1234", meta_user_bidx="x" * 40, access_token="EAAB-secret", connected_by=user
    )
    await Page.create(organization=org, meta_id="55", name="Acme page", access_token="page-secret")
    body = (
        await GraphQLClient(client, token).data(
            SET_CONSENT, {"input": {"purpose": "META_INTEGRATION", "granted": False}}
        )
    )["setConsent"]
    assert body["metaDisconnected"] is True and body["metaRecordsRemoved"] >= 1
    assert not await MetaConnection.for_org(org.id).exists()
    assert not await Page.for_org(org.id).exists()


async def test_a_member_withdrawing_meta_consent_does_not_disconnect_the_owners_connection(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    owner, _ = await make_user(org, role=Role.OWNER)
    _, member = await make_user(org, role=Role.MEMBER)
    await MetaConnection.create(
        organization=org, meta_user_id="1234", meta_user_bidx="x" * 40, access_token="EAAB-secret", connected_by=owner
    )
    body = (
        await GraphQLClient(client, member).data(
            SET_CONSENT, {"input": {"purpose": "META_INTEGRATION", "granted": False}}
        )
    )["setConsent"]
    assert body["consent"]["granted"] is False and body["metaDisconnected"] is False
    assert await MetaConnection.for_org(org.id).exists()
