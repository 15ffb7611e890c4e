"""Access exports explain themselves (Art. 15(1)): purposes, legal basis, sources, recipients, retention."""

from __future__ import annotations

import io
import json
import re
import zipfile

import httpx
import pytest

from app.accounts.models import Role
from app.leads.models import Lead, LeadSource
from app.notifications.models import Notification, NotificationKind
from app.privacy.records import records_of_processing
from app.security.crypto import blind_index, scope_of
from schema.relay import to_global_id
from tests.privacy.requests.helpers import APPROVE, mails_to, run_jobs, submit_and_verify
from tests.privacy.requests.test_exports import MINE, REQUEST_EXPORT, _export
from tests.support import GraphQLClient, make_org, make_user

pytestmark = pytest.mark.sqlite


async def test_each_manifest_category_says_why_on_what_basis_from_where_to_whom_and_how_long(
    client: httpx.AsyncClient,
) -> None:
    _, export = await _export(client)
    response = await client.get(export["url"].removeprefix("http://testserver"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    manifest = json.loads(archive.read("manifest.json"))
    files = {f["category"]: f for f in manifest["files"]}
    account = files["ACCOUNT"]
    assert account["purposes"] == ["SERVICE"]
    assert account["legalBasis"] == ["CONTRACT"]
    assert account["sources"] == ["USER"]
    assert {r["key"] for r in account["recipients"]} >= {"hosting"}
    assert all(r["name"] and len(r["country"]) == 2 for r in account["recipients"])
    assert account["retention"] == "while the account exists; erased with the account"
    for entry in manifest["files"]:
        assert entry["purposes"] and entry["legalBasis"] and entry["sources"] and entry["retention"], entry

    readme = archive.read("README.txt").decode()
    assert "Why: to provide the service you use." in readme
    assert "Legal basis: a contract, or steps before one, at your request (Art. 6(1)(b) GDPR)." in readme
    assert "Where it came from: you." in readme
    assert "Who receives it: " in readme and "(DE)" in readme
    assert "How long it is kept: while the account exists; erased with the account." in readme


CREATE_LEAD = """mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { code } } }"""
ASSIGN = """mutation($input: AssignLeadInput!) { assignLead(input: $input) { errors { code } } }"""


async def _lead_export(client: httpx.AsyncClient, org_slug: str, admin: GraphQLClient, email: str) -> zipfile.ZipFile:
    """A public ACCESS request for `email`, verified and approved: the lead's export as the link mails it."""
    request = await submit_and_verify(GraphQLClient(client), org_slug, email, "ACCESS")
    approved = await admin.data(APPROVE, {"input": {"id": request["id"]}})
    assert approved["approvePrivacyRequest"]["privacyRequest"]["status"] == "IN_PROGRESS"
    await run_jobs()
    mails = await mails_to(email, "privacy.completed")
    url = re.search(r"http://testserver(/exports/\S+)", mails[-1].body_text).group(1)  # type: ignore[union-attr]
    return zipfile.ZipFile(io.BytesIO((await client.get(url)).content))


async def test_a_leads_export_names_where_that_lead_came_from(client: httpx.AsyncClient) -> None:
    """Art. 15(1)(g): a lead the team entered came from the organisation, not from a Meta lead form; a Meta lead's
    export says Meta. The organisation's records list every source a lead's details can come from."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    created = await admin.data(
        CREATE_LEAD,
        {
            "input": {
                "fullName": "Manu Manual",
                "email": "manu@example.com",
                "answers": [{"question": "city", "values": ["Porto"]}],
            }
        },
    )
    assert created["createLead"]["errors"] == []
    archive = await _lead_export(client, org.slug, admin, "manu@example.com")
    files = {f["category"]: f for f in json.loads(archive.read("manifest.json"))["files"]}
    assert files["LEAD_CONTACT"]["sources"] == ["ORGANIZATION"]
    assert files["LEAD_ANSWERS"]["sources"] == ["ORGANIZATION"]
    readme = archive.read("README.txt").decode()
    assert "Where it came from: the organisation that holds your data (entered or imported by its team" in readme
    assert "lead form" not in readme

    await Lead.create(
        organization=org,
        full_name="Meta Person",
        email="meta.person@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "meta.person@example.com"),
        source=LeadSource.META_LEAD_ADS,
        answers={"city": "Lisbon"},
    )
    archive = await _lead_export(client, org.slug, admin, "meta.person@example.com")
    files = {f["category"]: f for f in json.loads(archive.read("manifest.json"))["files"]}
    assert files["LEAD_CONTACT"]["sources"] == files["LEAD_ANSWERS"]["sources"] == ["META_LEAD_ADS"]
    assert "Where it came from: a Meta (Facebook/Instagram) lead form." in archive.read("README.txt").decode()

    rows = {r["purpose"]: r for r in (await records_of_processing(org.id))["purposes"]}
    assert {"META_LEAD_ADS", "ORGANIZATION", "WHATSAPP"} <= set(rows["LEAD_MANAGEMENT"]["sources"])


async def test_a_users_export_keeps_their_notifications_and_leaves_the_leads_names_to_the_leads(
    client: httpx.AsyncClient,
) -> None:
    """A member's notification about a lead holds that lead's name: the lead's contact data, not the member's. The
    member's own export has the notification (title, text; from our systems) and no lead-contact file; the lead's
    export has its name and none of the member's notifications."""
    org = await make_org()
    _, admin_token = await make_user(org, role=Role.ADMIN)
    member, member_token = await make_user(org, role=Role.MEMBER, email="mia@example.com")
    admin = GraphQLClient(client, admin_token)
    created = await admin.data(CREATE_LEAD, {"input": {"fullName": "Zelda Zed", "email": "zelda@example.com"}})
    lead_id = created["createLead"]["lead"]["id"]
    assigned = await admin.data(ASSIGN, {"input": {"id": lead_id, "ownerId": to_global_id("User", member.id)}})
    assert assigned["assignLead"]["errors"] == []
    notice = await Notification.get(user_id=member.id, kind=NotificationKind.LEAD_ASSIGNED)
    assert notice.lead_name == "Zelda Zed"

    gql = GraphQLClient(client, member_token)
    assert (await gql.data(REQUEST_EXPORT, {"input": {"format": "JSON"}}))["requestMyDataExport"]["errors"] == []
    await run_jobs()
    node = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]
    archive = zipfile.ZipFile(
        io.BytesIO((await client.get(node["export"]["url"].removeprefix("http://testserver"))).content)
    )
    files = {f["category"]: f for f in json.loads(archive.read("manifest.json"))["files"]}
    assert "LEAD_CONTACT" not in files and "lead_contact.json" not in archive.namelist()
    assert any(r["record"] == "Notification" for r in json.loads(archive.read("account.json")))
    assert files["ACCOUNT"]["sources"] == ["SYSTEM", "USER"]
    assert b"Zelda" not in b"".join(archive.read(name) for name in archive.namelist())
    assert "lead form" not in archive.read("README.txt").decode()

    lead_archive = await _lead_export(client, org.slug, admin, "zelda@example.com")
    contact = json.loads(lead_archive.read("lead_contact.json"))
    assert {"Notification", "Lead"} <= {r["record"] for r in contact}
    assert "account.json" not in lead_archive.namelist()
