"""deleteOrganization (SPEC §7.7): the OWNER schedules it with slug, password and (with MFA) a code; after
the grace period the privacy engine erases the organisation's data, keeps its invoices (listed under `kept`
in the signed receipt), erases BILLING and deletes the Stripe customer; it can be cancelled until then."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.accounts.models import Membership, Organization, Role
from app.billing.models import BillingAccount, Invoice
from app.leads.models import Lead
from app.privacy.processing import run_due_erasures
from app.privacy.request_models import PrivacyRequest
from app.sandbox.stripe import StripeEmulator
from app.settings import get_settings
from tests.billing.helpers import subscribe
from tests.factories.leads import make_lead
from tests.support import DEFAULT_PASSWORD, GraphQLClient, make_org, make_user

DELETE = """mutation($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) {
  privacyRequest { id status subjectKind } errors { field code message } } }"""
CANCEL = """mutation($id: ID!) { cancelPrivacyRequest(input: {id: $id}) {
  privacyRequest { status } errors { code } } }"""


def _after_grace() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=get_settings().erasure_grace_days, hours=1)


async def _delete(gql: GraphQLClient, slug: str, password: str = DEFAULT_PASSWORD) -> dict[str, Any]:
    return (await gql.data(DELETE, {"input": {"slug": slug, "password": password}}))["deleteOrganization"]


async def test_deleting_an_organisation_erases_its_data_keeps_invoices_and_deletes_the_customer(
    client: Any, stripe: StripeEmulator
) -> None:
    org = await make_org()
    owner, token = await make_user(org, role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    await make_lead(org)
    invoices = await Invoice.for_org(org.id).count()
    assert invoices >= 1
    customer_id = str((await BillingAccount.for_org(org.id).get()).stripe_customer_id)

    wrong_slug = await _delete(gql, "not-it")
    assert [(e["field"], e["code"]) for e in wrong_slug["errors"]] == [("slug", "INVALID_INPUT")]
    wrong_password = await _delete(gql, org.slug, "not my password")
    assert [(e["field"], e["code"]) for e in wrong_password["errors"]] == [("password", "INVALID_CREDENTIALS")]
    scheduled = await _delete(gql, org.slug)
    assert scheduled["errors"] == []
    assert scheduled["privacyRequest"]["status"] == "SCHEDULED"
    assert scheduled["privacyRequest"]["subjectKind"] == "ORGANIZATION"
    assert (await _delete(gql, org.slug))["errors"][0]["code"] == "ALREADY_DONE"

    assert await run_due_erasures() == 0  # still in the grace period: nothing goes
    assert await Lead.for_org(org.id).count() == 1
    assert await run_due_erasures(_after_grace()) == 1

    assert await Lead.for_org(org.id).count() == 0
    assert not await Membership.for_org(org.id).exists()
    assert not await BillingAccount.for_org(org.id).exists()
    assert await Invoice.for_org(org.id).count() == invoices
    assert stripe.state.objects[customer_id].get("deleted") is True
    shell = await Organization.get(id=org.id)
    assert shell.name == "Deleted organisation" and shell.slug != org.slug
    request = await PrivacyRequest.get(subject_user_id=owner.id)
    assert request.outcome is not None and request.outcome["receipt"]
    assert {"category": "INVOICES", "reason": "tax and accounting law", "records": invoices} in request.outcome["kept"]
    assert any(c["category"] == "BILLING" and c["erased"] == 1 for c in request.outcome["categories"])


async def test_a_cancelled_organisation_deletion_erases_nothing(client: Any) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await make_lead(org)
    scheduled = await _delete(gql, org.slug)
    cancelled = (await gql.data(CANCEL, {"id": scheduled["privacyRequest"]["id"]}))["cancelPrivacyRequest"]
    assert cancelled == {"privacyRequest": {"status": "CANCELLED"}, "errors": []}
    assert await run_due_erasures(_after_grace()) == 0
    assert await Lead.for_org(org.id).count() == 1
    assert (await Organization.get(id=org.id)).slug == org.slug


async def test_only_an_owner_deletes_an_organisation(client: Any) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    body = await GraphQLClient(client, token)(DELETE, {"input": {"slug": org.slug, "password": DEFAULT_PASSWORD}})
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()
