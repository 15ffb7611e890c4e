"""An account erasure that would leave an organisation with no member erases that organisation too, as
deleteOrganization does (SPEC §6, §7.3, §7.7): its Stripe customer first, then its data with the account's in
one run; BILLING goes, INVOICES stay; the preview and the signed receipt say so; a hold keeps everything."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.accounts.models import Membership, Organization, User
from app.billing.models import BillingAccount, Invoice
from app.leads.models import Lead
from app.privacy.holds import HOLD_REASON
from app.privacy.processing import run_due_erasures
from app.privacy.request_models import PrivacyRequest, RequestStatus
from app.sandbox.stripe import StripeEmulator, testing
from app.settings import get_settings
from schema.relay import to_global_id
from tests.accounts.helpers import sign_up
from tests.billing.conftest import stripe  # noqa: F401  # the Stripe emulator fixture
from tests.billing.helpers import subscribe
from tests.privacy.requests.helpers import mails_to
from tests.support import GraphQLClient

PASSWORD = "a long and unusual passphrase"  # sign_up's
BILLING_DETAILS = """mutation($input: UpdateBillingDetailsInput!) {
  updateBillingDetails(input: $input) { errors { field code } } }"""
CREATE_LEAD = """mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }"""
PREVIEW = """query($input: ErasurePreviewInput!) { erasurePreview(input: $input) {
  subjectKind held categories { category erased anonymised } kept { category reason records }
  deleted { table records } } }"""
DELETE_ACCOUNT = """mutation($input: RequestAccountDeletionInput!) {
  requestAccountDeletion(input: $input) { privacyRequest { id status } errors { field code message } } }"""
DELETE_ORGANIZATION = """mutation($input: DeleteOrganizationInput!) {
  deleteOrganization(input: $input) { errors { field code } } }"""
HOLD = """mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { errors { code } } }"""

pytestmark = pytest.mark.sqlite


def _after_grace() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=get_settings().erasure_grace_days, hours=1)


async def _paying_sole_owner(client: Any, stripe: StripeEmulator) -> tuple[GraphQLClient, dict[str, Any]]:  # noqa: F811
    """signUp (a new organisation), a paid checkout with 4242, billing details and a lead."""
    signed = await sign_up(GraphQLClient(client))
    gql = GraphQLClient(client, signed["token"])
    await subscribe(gql, stripe, seats=1)
    details = {
        "email": "billing@hopper.example",
        "companyName": "Hopper Ads GmbH",
        "address": {"line1": "Hauptstr. 1", "city": "Berlin", "postalCode": "10115", "country": "DE"},
        "taxId": {"type": "eu_vat", "value": "DE123456789"},
    }
    assert (await gql.data(BILLING_DETAILS, {"input": details}))["updateBillingDetails"]["errors"] == []
    lead = {"fullName": "Lin Lead", "email": "lin@example.com"}
    assert (await gql.data(CREATE_LEAD, {"input": lead}))["createLead"]["errors"] == []
    return gql, signed


async def _preview(gql: GraphQLClient, user_id: str) -> dict[str, Any]:
    return (await gql.data(PREVIEW, {"input": {"userId": user_id}}))["erasurePreview"]  # type: ignore[no-any-return]


async def test_the_only_members_account_erasure_takes_the_organisation_billing_and_stripe_customer_with_it(
    client: Any,
    stripe: StripeEmulator,  # noqa: F811
) -> None:
    gql, signed = await _paying_sole_owner(client, stripe)
    org = await Organization.get(slug=signed["organization"]["slug"])
    member = await Membership.for_org(org.id).get()
    account = await BillingAccount.for_org(org.id).get()
    customer_id, subscription_id = str(account.stripe_customer_id), str(account.stripe_subscription_id)
    invoices = await Invoice.for_org(org.id).count()
    assert invoices >= 1 and (account.card or {}).get("last4") == "4242"

    scheduled = await gql.data(DELETE_ACCOUNT, {"input": {"password": PASSWORD, "otp": ""}})
    assert scheduled["requestAccountDeletion"]["errors"] == []
    [notice] = await mails_to(signed["user"]["email"], "privacy.erasure_scheduled")
    assert "You are the only member of the organisation Hopper Ads" in notice.body_text
    assert "invoices" in notice.body_text

    preview = await _preview(gql, signed["user"]["id"])
    assert preview["subjectKind"] == "ACCOUNT" and preview["held"] is False
    erased = {c["category"]: c["erased"] for c in preview["categories"]}
    assert erased["BILLING"] == 1 and erased["ACCOUNT"] >= 1 and erased["LEAD_CONTACT"] == 1
    assert {"category": "INVOICES", "reason": "tax and accounting law", "records": invoices} in preview["kept"]
    deleted = {d["table"]: d["records"] for d in preview["deleted"]}
    assert deleted["billing_account"] == 1 and deleted["user_account"] == 1 and deleted["membership"] == 1

    assert await run_due_erasures(_after_grace()) == 1

    request = await PrivacyRequest.get(organization_id=org.id, status=RequestStatus.COMPLETED)
    outcome = request.outcome
    assert outcome is not None and outcome["receipt"]["signature"]
    assert outcome["categories"] == preview["categories"] and outcome["kept"] == preview["kept"]
    assert not await User.filter(id=member.user_id).exists()
    assert not await Membership.for_org(org.id).exists()
    assert not await BillingAccount.for_org(org.id).exists()
    assert not await Lead.for_org(org.id).exists()
    assert await Invoice.for_org(org.id).count() == invoices
    shell = await Organization.get(id=org.id)
    assert shell.name == "Deleted organisation" and shell.slug != org.slug
    assert stripe.state.objects[customer_id].get("deleted") is True
    assert stripe.state.objects[subscription_id]["status"] == "canceled"
    assert [e["extensions"]["code"] for e in (await gql("{ me { id } }"))["errors"]] == ["UNAUTHENTICATED"]


async def test_a_stripe_refusal_leaves_the_account_and_organisation_for_a_retry(
    client: Any,
    stripe: StripeEmulator,  # noqa: F811
) -> None:
    gql, signed = await _paying_sole_owner(client, stripe)
    org = await Organization.get(slug=signed["organization"]["slug"])
    assert (await gql.data(DELETE_ACCOUNT, {"input": {"password": PASSWORD, "otp": ""}}))["requestAccountDeletion"][
        "errors"
    ] == []
    testing.fail_next(stripe, "DELETE", r"/v1/customers/", "card_error")

    assert await run_due_erasures(_after_grace()) == 0
    assert (await PrivacyRequest.get(organization_id=org.id)).status is RequestStatus.SCHEDULED
    assert await mails_to(signed["user"]["email"], "privacy.erasure_blocked")
    assert await Membership.for_org(org.id).exists() and await BillingAccount.for_org(org.id).exists()
    assert await Lead.for_org(org.id).exists()

    assert await run_due_erasures(_after_grace() + dt.timedelta(days=1)) == 1  # the retry goes through
    assert not await BillingAccount.for_org(org.id).exists() and not await Membership.for_org(org.id).exists()


async def test_a_legal_hold_in_the_organisation_keeps_the_account_and_the_organisation(
    client: Any,
    stripe: StripeEmulator,  # noqa: F811
) -> None:
    gql, signed = await _paying_sole_owner(client, stripe)
    org = await Organization.get(slug=signed["organization"]["slug"])
    lead = await Lead.for_org(org.id).get()
    hold = {"leadId": to_global_id("Lead", lead.id), "reason": "Pending lawsuit"}
    assert (await gql.data(HOLD, {"input": hold}))["placeLegalHold"]["errors"] == []
    customer_id = str((await BillingAccount.for_org(org.id).get()).stripe_customer_id)

    preview = await _preview(gql, signed["user"]["id"])
    assert preview["held"] is True and preview["categories"] == []
    assert {"category": "BILLING", "reason": HOLD_REASON, "records": 1} in preview["kept"]

    assert (await gql.data(DELETE_ACCOUNT, {"input": {"password": PASSWORD, "otp": ""}}))["requestAccountDeletion"][
        "errors"
    ] == []
    assert await run_due_erasures(_after_grace()) == 1
    outcome = (await PrivacyRequest.get(organization_id=org.id)).outcome
    assert outcome is not None and outcome["categories"] == []
    assert await Membership.for_org(org.id).exists()
    assert await BillingAccount.for_org(org.id).exists() and await Lead.for_org(org.id).exists()
    assert stripe.state.objects[customer_id].get("deleted") is not True


async def test_a_legal_hold_keeps_an_organisation_from_deleteorganization_too(
    client: Any,
    stripe: StripeEmulator,  # noqa: F811
) -> None:
    gql, signed = await _paying_sole_owner(client, stripe)
    org = await Organization.get(slug=signed["organization"]["slug"])
    lead = await Lead.for_org(org.id).get()
    hold = {"leadId": to_global_id("Lead", lead.id), "reason": "Pending lawsuit"}
    assert (await gql.data(HOLD, {"input": hold}))["placeLegalHold"]["errors"] == []
    customer_id = str((await BillingAccount.for_org(org.id).get()).stripe_customer_id)
    delete = {"slug": org.slug, "password": PASSWORD}
    assert (await gql.data(DELETE_ORGANIZATION, {"input": delete}))["deleteOrganization"]["errors"] == []

    assert await run_due_erasures(_after_grace()) == 1
    outcome = (await PrivacyRequest.get(organization_id=org.id)).outcome
    assert outcome is not None and outcome["categories"] == []
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 1} in outcome["kept"]
    assert await Lead.for_org(org.id).exists() and await BillingAccount.for_org(org.id).exists()
    assert stripe.state.objects[customer_id].get("deleted") is not True
