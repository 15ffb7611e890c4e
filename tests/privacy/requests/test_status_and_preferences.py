"""The public status page (HTML and JSON, no personal data), objections and withdrawals on verification."""

from __future__ import annotations

import re

import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from app.privacy.erasure_models import ConsentPurpose, LeadConsent, LeadObjection, ObjectionKind
from app.privacy.requests import open_meta_data_deletion
from app.security.crypto import blind_index, scope_of
from tests.factories import NODE_FACTORIES
from tests.privacy.requests.helpers import APPROVE, submit, submit_and_verify
from tests.support import GraphQLClient, make_org, make_user


async def _lead(org) -> Lead:  # type: ignore[no-untyped-def]
    return await Lead.create(
        organization=org,
        full_name="Olga Objector",
        email="olga@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "olga@example.com"),
        phone="+14155550123",
    )


@pytest.mark.sqlite
async def test_status_page_json_and_html_without_personal_data(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    await _lead(org)
    created = await submit(
        GraphQLClient(client), org.slug, "olga@example.com", "ACCESS", phone="+1 415 555 0123", details="Olga here"
    )
    code = created["privacyRequest"]["confirmationCode"]
    assert created["privacyRequest"]["statusUrl"] == f"http://testserver/privacy/status/{code}"

    as_json = await client.get(f"/privacy/status/{code}", headers={"accept": "application/json"})
    assert as_json.status_code == 200
    doc = as_json.json()
    assert set(doc) == {
        "confirmationCode", "type", "status", "receivedAt", "dueAt", "completedAt", "kept", "privacyContact"
    }  # fmt: skip
    assert doc["confirmationCode"] == code and doc["status"] == "PENDING_VERIFICATION" and doc["kept"] == []

    as_html = await client.get(f"/privacy/status/{code}", headers={"accept": "text/html"})
    assert as_html.status_code == 200 and as_html.headers["content-type"].startswith("text/html")
    assert "Get a copy of my data" in as_html.text  # the request's type in the center's words (its catalogue)
    hidden = re.compile(r'<input type="hidden" name="(csrf_token|request_id)" value="[0-9a-f-]+">')
    # a random hex token, or a time's microseconds, may well hold "415": the phone's own digit runs are looked for
    for text in (as_json.text, hidden.sub("", as_html.text)):
        for secret in ("olga", "Olga", "555 0123", "5550123", "example.com"):
            assert secret not in text

    assert (await client.get("/privacy/status/" + "x" * 24, headers={"accept": "application/json"})).status_code == 404
    unknown = await client.get("/privacy/status/nope")
    assert unknown.status_code == 404 and unknown.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in unknown.text and unknown.headers["cache-control"] == "no-store"


async def test_status_page_explains_what_was_kept(client) -> None:  # type: ignore[no-untyped-def]
    from tests.privacy.requests.test_meta_data_deletion import _connect

    await _connect(await make_org(), "31337")
    code, url = await open_meta_data_deletion("31337")
    doc = (await client.get(url.removeprefix("http://testserver"), headers={"accept": "application/json"})).json()
    assert doc["confirmationCode"] == code and doc["status"] == "COMPLETED" and doc["type"] == "ERASURE"
    assert doc["dueAt"] and doc["completedAt"]
    assert doc["kept"][0]["category"] == "LEAD_CONTACT" and doc["kept"][0]["reason"]
    html = (await client.get(url.removeprefix("http://testserver"))).text
    assert "LEAD_CONTACT" in html and "31337" not in html


@pytest.mark.sqlite
async def test_objection_applies_on_verification_without_approval(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org)
    request = await submit_and_verify(
        GraphQLClient(client),
        org.slug,
        "olga@example.com",
        "OBJECTION",
        details="No automated profiling please",
        objectionKind="AUTOMATED_DECISIONS",
    )
    assert request["status"] == "COMPLETED"
    kinds = {o.kind for o in await LeadObjection.filter(lead_id=lead.id)}
    assert kinds == {ObjectionKind.AUTOMATED_DECISIONS}  # the kind named, nothing guessed from the details


async def test_consent_withdrawal_applies_on_verification(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org)
    await LeadConsent.create(organization=org, lead=lead, purpose=ConsentPurpose.WHATSAPP, granted=True, source="FORM")
    request = await submit_and_verify(GraphQLClient(client), org.slug, "olga@example.com", "CONSENT_WITHDRAWAL")
    assert request["status"] == "COMPLETED"
    latest = await LeadConsent.filter(lead_id=lead.id, purpose=ConsentPurpose.WHATSAPP).order_by("-created_at").first()
    assert latest is not None and latest.granted is False

    _, token = await make_user(org, role=Role.ADMIN)
    again = await GraphQLClient(client, token)(APPROVE, {"input": {"id": request["id"]}})
    assert again["data"]["approvePrivacyRequest"]["errors"][0]["code"] == "INVALID_STATE"


async def test_privacy_request_node_is_scoped_to_its_organisation(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    user, token = await make_user(org, role=Role.ADMIN)
    gid = await NODE_FACTORIES["PrivacyRequest"](org, user)
    query = "query($id: ID!) { node(id: $id) { id ... on PrivacyRequest { status } } }"
    assert (await GraphQLClient(client, token).data(query, {"id": gid}))["node"] == {"id": gid, "status": "VERIFIED"}
    _, stranger = await make_user(await make_org(), role=Role.OWNER)
    assert (await GraphQLClient(client, stranger).data(query, {"id": gid}))["node"] is None
    _, colleague = await make_user(org, role=Role.MEMBER)
    assert (await GraphQLClient(client, colleague).data(query, {"id": gid}))["node"] is None
