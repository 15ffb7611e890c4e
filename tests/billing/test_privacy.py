"""Privacy of billing: an account erasure keeps the invoices and its signed receipt lists them; billing
details are in the data map (BILLING, encrypted) and invoices are INVOICES under a legal obligation."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from tortoise import Tortoise

from app.accounts.models import Role
from app.billing.models import BillingAccount, Invoice
from app.classification import DataCategory, Erase, LegalBasis
from app.privacy.datamap import data_map
from app.privacy.erasure import erase_user
from app.sandbox.stripe import StripeEmulator
from tests.billing.helpers import subscribe
from tests.factories.billing import make_invoice
from tests.privacy.requests.helpers import run_jobs
from tests.support import GraphQLClient, make_org, make_user

REQUEST_EXPORT = "mutation { requestMyDataExport(input: {format: JSON}) { errors { code } } }"
MINE = "{ myPrivacyRequests { edges { node { status export { url } } } } }"


def test_billing_and_invoices_are_classified() -> None:
    entries = {(e.model_name, e.field_name): e.classification for e in data_map()}
    assert entries[("BillingAccount", "address")].category is DataCategory.BILLING
    assert entries[("BillingAccount", "address")].encrypted
    invoice = entries[("Invoice", "customer_name")]
    assert invoice.category is DataCategory.INVOICES and invoice.erase is Erase.KEEP
    assert invoice.legal_basis is LegalBasis.LEGAL_OBLIGATION and invoice.kept_reason == "tax and accounting law"


async def test_account_erasure_keeps_invoices_and_lists_them_in_the_receipt() -> None:
    org = await make_org()
    owner, _ = await make_user(org, role=Role.OWNER)
    await make_invoice(org)
    await make_invoice(org, number="QX-0002")
    outcome = await erase_user(owner.id)
    assert {"category": "INVOICES", "reason": "tax and accounting law", "records": 2} in outcome.kept
    assert await Invoice.for_org(org.id).count() == 2


async def test_billing_details_are_encrypted_and_mirrored_to_stripe(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=1)
    document = """mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) {
      billingDetails { email companyName address { city country } taxId { type value } } errors { field code } } }"""
    details = {
        "email": "billing@acme.example",
        "companyName": "Acme GmbH",
        "address": {"line1": "Hauptstr. 1", "city": "Berlin", "postalCode": "10115", "country": "de"},
        "taxId": {"type": "eu_vat", "value": "DE123456789"},
    }
    done = (await gql.data(document, {"input": details}))["updateBillingDetails"]
    assert done["errors"] == [] and done["billingDetails"]["address"] == {"city": "Berlin", "country": "DE"}
    account = await BillingAccount.get()
    customer = stripe.state.objects[str(account.stripe_customer_id)]
    assert customer["email"] == "billing@acme.example" and customer["address"]["city"] == "Berlin"
    rows = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT address, company_name FROM billing_account"
    )
    assert rows and "Berlin" not in str(rows) and "Acme" not in str(rows)
    for country in ("Germany", "ZZ"):  # "ZZ" has the shape of an ISO 3166-1 alpha-2 code, yet is none
        bad = await gql.data(document, {"input": {**details, "address": {**details["address"], "country": country}}})
        assert bad["updateBillingDetails"]["errors"] == [{"field": "address.country", "code": "INVALID_INPUT"}]
    assert customer["address"]["country"] == "DE"  # nothing was sent to Stripe
    for line1 in ("x" * 500, "x" * 1001):  # the service's 200 and the API's 1,000: one path either way
        long = await gql.data(document, {"input": {**details, "address": {**details["address"], "line1": line1}}})
        assert long["updateBillingDetails"]["errors"] == [{"field": "address.line1", "code": "INVALID_INPUT"}]


SET_RULE = """mutation($input: SetRetentionRuleInput!) {
  setRetentionRule(input: $input) { retentionRule { category days isDefault } errors { field code } } }"""


async def test_invoices_have_a_retention_rule_within_tax_law_bounds_and_billing_has_none(client) -> None:  # type: ignore[no-untyped-def]
    from app.privacy.retention import retention_rules, sweep

    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    default = {r.category: r for r in await retention_rules(org.id)}[DataCategory.INVOICES]
    assert (default.days, default.is_default) == (3650, True)
    for days in (2554, 3651):
        body = await gql.data(SET_RULE, {"input": {"category": "INVOICES", "days": days, "action": "DELETE"}})
        assert body["setRetentionRule"]["errors"] == [{"field": "days", "code": "INVALID_INPUT"}]
    body = await gql.data(SET_RULE, {"input": {"category": "BILLING", "days": 3000, "action": "DELETE"}})
    assert body["setRetentionRule"]["errors"] == [{"field": "category", "code": "INVALID_INPUT"}]
    body = await gql.data(SET_RULE, {"input": {"category": "INVOICES", "days": 2555, "action": "DELETE"}})
    assert body["setRetentionRule"] == {
        "retentionRule": {"category": "INVOICES", "days": 2555, "isDefault": False},
        "errors": [],
    }
    await make_invoice(org, issued_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2556))
    recent = await make_invoice(org, number="QX-0002", issued_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2000))
    await sweep(org.id)
    assert [i.id for i in await Invoice.for_org(org.id)] == [recent.id]


async def test_an_owners_access_export_holds_billing_details_and_invoices(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER, email="owner@example.com")
    _, member_token = await make_user(org, role=Role.MEMBER, email="member@example.com")
    await BillingAccount.create(organization=org, billing_email="billing@acme.example", company_name="Acme GmbH")
    await make_invoice(org, number="QX-0042")
    for token, sees_billing in ((owner_token, True), (member_token, False)):
        gql = GraphQLClient(client, token)
        started = (await gql.data(REQUEST_EXPORT))["requestMyDataExport"]
        assert started["errors"] == []
        await run_jobs()
        node = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]
        archive = zipfile.ZipFile(
            io.BytesIO((await client.get(node["export"]["url"].removeprefix("http://testserver"))).content)
        )
        names = set(archive.namelist())
        assert ({"billing.json", "invoices.json"} <= names) is sees_billing, names
        if sees_billing:
            billing = json.loads(archive.read("billing.json"))
            assert billing[0]["Billing email"] == "billing@acme.example" and billing[0]["Company name"] == "Acme GmbH"
            assert len(json.loads(archive.read("invoices.json"))) == 1


async def test_the_card_on_file_is_billing_data_encrypted_exported_and_listed(client, stripe: StripeEmulator) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.3 keeps brand, last 4 digits and expiry as payment information: `BILLING` like the billing
    details (§4: `dataMap` lists every personal field, the access export holds every record)."""
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await subscribe(gql, stripe, seats=1)
    rows = (await gql.data("{ dataMap { model field category encrypted exported } }"))["dataMap"]
    card = [r for r in rows if r["model"] == "BillingAccount" and "card" in r["field"]]
    assert card and all(r["category"] == "BILLING" and r["encrypted"] and r["exported"] for r in card), card
    stored = await Tortoise.get_connection("default").execute_query_dict("SELECT * FROM billing_account")
    assert "4242" not in str(stored) and "visa" not in str(stored)

    assert (await gql.data(REQUEST_EXPORT))["requestMyDataExport"]["errors"] == []
    await run_jobs()
    node = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]
    download = await client.get(node["export"]["url"].removeprefix("http://testserver"))
    billing = json.loads(zipfile.ZipFile(io.BytesIO(download.content)).read("billing.json"))
    assert "4242" in json.dumps(billing) and "visa" in json.dumps(billing)
