"""A lapsed subscription makes the organisation read-only (writes FORBIDDEN with SUBSCRIPTION_INACTIVE)
while privacy rights, exports and billing still work; seats are enforced; a failed payment mails OWNERs."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Role
from app.billing.models import BillingAccount, SubscriptionStatus
from app.integrations.stripe.client import StripeClient
from app.mail.models import OutboxMail
from app.privacy.erasure_models import LeadConsent
from app.sandbox.stripe import StripeEmulator, testing
from app.settings import get_settings
from schema.relay import pk_of, to_global_id
from tests.accounts.helpers import enrol_mfa
from tests.billing.helpers import CHANGE_SEATS, subscribe, subscription
from tests.support import GraphQLClient, drain_jobs, make_org, make_user

UPDATE_ORG = 'mutation { updateOrganization(input: {name: "Renamed"}) { errors { code } } }'
INVITE = """mutation($email: String!) { inviteMember(input: {email: $email, role: MEMBER}) {
  errors { field code message } } }"""
EXPORT = "mutation { requestMyDataExport(input: {format: JSON}) { privacyRequest { status } errors { code } } }"
DAY = 86400


async def test_failed_renewal_mails_owners_then_lapse_makes_the_organisation_read_only(
    client, stripe: StripeEmulator
) -> None:  # type: ignore[no-untyped-def]
    testing.dunning(stripe, lapse_to="canceled", retry_days=(3,))
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, card="4000000000000341", seats=2)
    assert (await gql.data(UPDATE_ORG))["updateOrganization"]["errors"] == []

    await testing.advance(stripe, 15 * DAY)  # the trial ends; the first charge fails
    await drain_jobs()
    assert (await subscription(gql))["status"] == "PAST_DUE"
    assert await OutboxMail.filter(kind="billing_payment_failed").count() >= 1
    notices = (await gql.data("{ notifications(first: 10) { edges { node { kind title } } } }"))["notifications"]
    assert {"kind": "BILLING", "title": "A payment failed"} in [e["node"] for e in notices["edges"]]
    assert (await gql.data(UPDATE_ORG))["updateOrganization"]["errors"] == []  # grace while Stripe retries

    await testing.advance(stripe, 5 * DAY)  # retries exhausted: canceled
    await drain_jobs()
    found = await subscription(gql)
    assert found["status"] == "CANCELED" and found["readOnly"] is True
    body = await gql(UPDATE_ORG)
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "SUBSCRIPTION_INACTIVE"}
    exported = (await gql.data(EXPORT))["requestMyDataExport"]
    assert exported["errors"] == [] and exported["privacyRequest"]["status"] == "VERIFIED"
    assert (await gql.data("{ organization { name } }"))["organization"]["name"]  # reads still work


async def test_past_due_for_over_fourteen_days_is_read_only(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    account = await BillingAccount.get()
    account.status = SubscriptionStatus.PAST_DUE
    account.past_due_since = dt.datetime.now(dt.UTC) - dt.timedelta(days=15)
    await account.save()
    body = await gql(UPDATE_ORG)
    assert body["errors"][0]["extensions"]["reason"] == "SUBSCRIPTION_INACTIVE"


RESET_MEMBER_MFA = """mutation($input: ResetMemberMfaInput!) {
  resetMemberMfa(input: $input) { user { mfaEnabled } errors { code } } }"""
REGENERATE = """mutation($input: RegenerateRecoveryCodesInput!) {
  regenerateRecoveryCodes(input: $input) { recoveryCodes errors { code } } }"""


async def test_password_mfa_and_session_mutations_still_work_while_read_only(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.7 'Allowed while read-only: … password/MFA/session mutations': an OWNER still resets a member's
    MFA (a lost phone must not lock a member out of a lapsed organisation) and manages their own."""
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.MEMBER)
    gql = GraphQLClient(client, token)
    await enrol_mfa(gql, member_token)
    await subscribe(gql, stripe, seats=2)
    account = await BillingAccount.get()
    account.status = SubscriptionStatus.CANCELED
    await account.save()
    assert (await gql(UPDATE_ORG))["errors"][0]["extensions"]["reason"] == "SUBSCRIPTION_INACTIVE"

    reset = await gql.data(RESET_MEMBER_MFA, {"input": {"userId": to_global_id("User", member.id)}})
    assert reset["resetMemberMfa"] == {"user": {"mfaEnabled": False}, "errors": []}
    _, codes = await enrol_mfa(gql, token)
    fresh = (await gql.data(REGENERATE, {"input": {"code": codes[0]}}))["regenerateRecoveryCodes"]
    assert fresh["errors"] == [] and len(fresh["recoveryCodes"]) == 10


async def test_seats_are_enforced_on_invitations_and_seat_changes(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    first = (await gql.data(INVITE, {"email": "one@example.com"}))["inviteMember"]
    assert first["errors"] == []
    full = (await gql.data(INVITE, {"email": "two@example.com"}))["inviteMember"]
    assert full["errors"][0]["code"] == "INVALID_STATE"
    below = (await gql.data(CHANGE_SEATS, {"input": {"seats": 1}}))["changeSeats"]
    assert below["errors"][0]["code"] == "INVALID_INPUT" and below["errors"][0]["field"] == "seats"
    more = (await gql.data(CHANGE_SEATS, {"input": {"seats": 4}}))["changeSeats"]
    assert more["errors"] == [] and more["subscription"]["seats"] == more["billingSubscription"]["seats"] == 4
    assert (await gql.data(INVITE, {"email": "two@example.com"}))["inviteMember"]["errors"] == []


async def test_a_declined_card_on_a_seat_change_is_a_typed_error(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    testing.fail_next(stripe, "POST", r"^/v1/subscriptions/sub_", "card_error")
    declined = (await gql.data(CHANGE_SEATS, {"input": {"seats": 5}}))["changeSeats"]
    assert declined["errors"][0]["code"] == "INVALID_STATE" and declined["errors"][0]["field"] == "seats"
    assert "declined" in declined["errors"][0]["message"]
    assert (await subscription(gql))["seats"] == 2


CREATE_LEAD = 'mutation { createLead(input: {fullName: "Ana Lima", phone: "+4915100000001"}) { lead { id } } }'
SET_LEAD_CONSENT = """mutation($input: SetLeadConsentInput!) {
  setLeadConsent(input: $input) { consent { purpose granted } errors { code } } }"""


async def test_a_lead_consent_withdrawal_works_while_read_only_a_grant_does_not(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.3: while read-only "every write except billing, privacy rights, exports, erasure and sign-out gets
    FORBIDDEN … SUBSCRIPTION_INACTIVE"; §7.7 allows "consent withdrawals": recording a grant is a CRM write."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    lead_id = (await gql.data(CREATE_LEAD))["createLead"]["lead"]["id"]
    await subscribe(gql, stripe, seats=2)
    account = await BillingAccount.get()
    account.status = SubscriptionStatus.CANCELED
    await account.save()

    consent = {"leadId": lead_id, "purpose": "WHATSAPP", "source": "FORM", "channel": "WEBSITE"}
    granted = await gql(SET_LEAD_CONSENT, {"input": {**consent, "granted": True}})
    assert granted["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "SUBSCRIPTION_INACTIVE"}
    assert granted["data"] is None
    withdrawn = (await gql.data(SET_LEAD_CONSENT, {"input": {**consent, "granted": False}}))["setLeadConsent"]
    assert withdrawn == {"consent": {"purpose": "WHATSAPP", "granted": False}, "errors": []}
    ledger = await LeadConsent.filter(lead_id=pk_of(lead_id, "Lead")).values_list("granted", flat=True)
    assert ledger == [False]


async def test_seats_of_an_ended_subscription_say_it_ended(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=2)
    async with StripeClient(get_settings()) as api:
        await api.request("DELETE", f"/subscriptions/{(await BillingAccount.get()).stripe_subscription_id}")
    await drain_jobs()
    assert (await subscription(gql))["status"] == "CANCELED"
    [error] = (await gql.data(CHANGE_SEATS, {"input": {"seats": 3}}))["changeSeats"]["errors"]
    assert error["code"] == "INVALID_STATE"
    assert "ended" in error["message"] and "checkout" in error["message"] and "no subscription" not in error["message"]
