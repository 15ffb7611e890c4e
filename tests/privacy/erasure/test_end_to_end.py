"""The whole promise over HTTP: a member creates a lead, deleteLead erases it with a verifiable receipt,
and the erased person cannot be brought back by hand."""

from __future__ import annotations

import pytest

from app.accounts.models import Role
from app.privacy.receipts import verify_receipt
from tests.support import GraphQLClient, make_org, make_user

CREATE = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id consents { purpose } } errors { field code } }
}"""
DELETE = "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId outcome errors { code } } }"
SET_CONSENT = """
mutation($input: SetLeadConsentInput!) { setLeadConsent(input: $input) { consent { id } errors { code } } }"""
OBJECT = """
mutation($input: ObjectToProcessingInput!) { objectToProcessing(input: $input) { objection { id } errors { code } } }"""
LEAD = "query($id: ID!) { lead(id: $id) { consents { purpose granted } objections { kind } } }"

pytestmark = pytest.mark.sqlite


async def test_delete_lead_erases_with_a_receipt_and_blocks_recreation(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    person = {"fullName": "Ida Pfeiffer", "email": "ida@example.at", "phone": "+43 1 5550100"}
    created = (await gql.data(CREATE, {"input": person}))["createLead"]
    assert created["errors"] == [] and created["lead"]["consents"] == []
    lead_id = created["lead"]["id"]
    await gql.data(SET_CONSENT, {"input": {"leadId": lead_id, "purpose": "WHATSAPP", "granted": True}})
    await gql.data(OBJECT, {"input": {"leadId": lead_id, "kind": "AUTOMATED_DECISIONS"}})
    lead = (await gql.data(LEAD, {"id": lead_id}))["lead"]
    assert lead == {
        "consents": [{"purpose": "WHATSAPP", "granted": True}],
        "objections": [{"kind": "AUTOMATED_DECISIONS"}],
    }

    deleted = (await gql.data(DELETE, {"input": {"id": lead_id}}))["deleteLead"]
    assert deleted["errors"] == [] and deleted["deletedLeadId"] == lead_id
    receipt = deleted["outcome"]["receipt"]
    keys = (await client.get("/.well-known/quantix-receipt-key")).json()["keys"]
    assert verify_receipt(receipt, next(k for k in keys if k["kid"] == receipt["keyId"]))
    assert (await gql.data(LEAD, {"id": lead_id}))["lead"] is None

    for again in ({"fullName": "I. P.", "email": " IDA@example.at "}, {"fullName": "I. P.", "phone": "+4315550100"}):
        body = (await gql.data(CREATE, {"input": again}))["createLead"]
        assert [e["code"] for e in body["errors"]] == ["SUBJECT_ERASED"], again
