"""Exports: a ZIP per subject from the data map, manifest hashes, 5 downloads then 410, expiry."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import zipfile

import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from app.privacy.export import purge_expired_exports
from app.privacy.request_models import ExportChunk, ExportFile
from app.security.crypto import blind_index, scope_of
from tests.privacy.requests.helpers import APPROVE, mails_to, run_jobs, submit_and_verify
from tests.support import DEFAULT_PASSWORD, GraphQLClient, make_org, make_user

REQUEST_EXPORT = """
mutation($input: RequestMyDataExportInput!) {
  requestMyDataExport(input: $input) {
    privacyRequest { id type subjectKind status }
    job { id kind status }
    errors { field code message }
  }
}"""
MINE = "{ myPrivacyRequests { edges { node { id status export { url expiresAt sizeBytes sha256 } } } } }"


async def _export(client, fmt: str = "JSON", email: str = "ada@example.com"):  # type: ignore[no-untyped-def]
    _, token = await make_user(email=email, full_name="Ada Lovelace")
    gql = GraphQLClient(client, token)
    started = (await gql.data(REQUEST_EXPORT, {"input": {"format": fmt}}))["requestMyDataExport"]
    assert started["errors"] == []
    assert started["privacyRequest"]["status"] == "VERIFIED"
    assert started["job"]["kind"] == "EXPORT"
    await run_jobs()
    node = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]
    assert node["status"] == "COMPLETED", node
    return gql, node["export"]


def _zip(content: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(content))


@pytest.mark.sqlite
async def test_my_export_is_a_zip_with_manifest_hashes(client) -> None:  # type: ignore[no-untyped-def]
    _, export = await _export(client)
    assert export["url"].startswith("http://testserver/exports/")
    response = await client.get(export["url"].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert len(response.content) == export["sizeBytes"]
    assert hashlib.sha256(response.content).hexdigest() == export["sha256"]

    archive = _zip(response.content)
    names = set(archive.namelist())
    assert {"manifest.json", "README.txt", "account.json"} <= names
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "JSON" and manifest["generatedAt"] and manifest["subject"]["kind"] == "ACCOUNT"
    for entry in manifest["files"]:
        data = archive.read(entry["path"])
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(json.loads(data)) == entry["records"]
    assert {f["path"] for f in manifest["files"]} | {"manifest.json", "README.txt"} == names
    account = json.loads(archive.read("account.json"))
    user_row = next(r for r in account if r["record"] == "User")
    assert user_row["Email"] == "ada@example.com" and user_row["Full name"] == "Ada Lovelace"
    data_files = b"".join(archive.read(f["path"]) for f in manifest["files"])
    assert b"argon2" not in data_files and b"password" not in data_files.lower()


async def test_five_downloads_then_gone_and_expiry(client) -> None:  # type: ignore[no-untyped-def]
    _, export = await _export(client)
    path = export["url"].removeprefix("http://testserver")
    head = await client.head(path)
    assert head.status_code == 200 and head.content == b""
    for _ in range(5):
        assert (await client.get(path)).status_code == 200
    assert (await client.get(path)).status_code == 410
    assert (await client.get(path[:-3] + "abc")).status_code == 404

    _, second = await _export(client, email="second@example.com")
    second_path = second["url"].removeprefix("http://testserver")
    await ExportFile.all().update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    assert (await client.get(second_path)).status_code == 410
    assert await purge_expired_exports() == 2
    assert await ExportChunk.all().count() == 0
    assert (await client.get(second_path)).status_code == 410


async def test_csv_export_has_headers_per_category(client) -> None:  # type: ignore[no-untyped-def]
    _, export = await _export(client, "CSV")
    response = await client.get(export["url"].removeprefix("http://testserver"))
    archive = _zip(response.content)
    rows = list(csv.DictReader(io.StringIO(archive.read("account.csv").decode())))
    assert any(r["Email"] == "ada@example.com" for r in rows)
    assert json.loads(archive.read("manifest.json"))["format"] == "CSV"


@pytest.mark.parametrize("fmt", ["JSON", "CSV"])
async def test_each_audit_event_says_what_it_was(client, fmt: str) -> None:  # type: ignore[no-untyped-def]
    email = f"{fmt.lower()}.auditor@example.com"
    login = "mutation($input: LogInInput!) { logIn(input: $input) { token errors { code } } }"
    await make_user(email=email)
    # The sign-in is an audit event about the user; the export made afterwards includes it.
    signed_in = await GraphQLClient(client)(login, {"input": {"email": email, "password": DEFAULT_PASSWORD}})
    token = signed_in["data"]["logIn"]["token"]
    gql = GraphQLClient(client, token)
    assert (await gql.data(REQUEST_EXPORT, {"input": {"format": fmt}}))["requestMyDataExport"]["errors"] == []
    await run_jobs()
    export = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]["export"]
    archive = _zip((await client.get(export["url"].removeprefix("http://testserver"))).content)
    if fmt == "JSON":
        events = json.loads(archive.read("audit_events.json"))
    else:
        events = list(csv.DictReader(io.StringIO(archive.read("audit_events.csv").decode())))
    assert "auth.signed_in" in [event["Action"] for event in events]
    assert all(event["Action"] for event in events)


async def test_export_link_is_for_the_subject_only(client) -> None:  # type: ignore[no-untyped-def]
    gql, export = await _export(client)
    assert export is not None
    _, other_token = await make_user()
    node_id = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]["id"]
    seen = await GraphQLClient(client, other_token).data(
        "query($id: ID!) { node(id: $id) { ... on PrivacyRequest { export { url } } } }", {"id": node_id}
    )
    assert seen["node"] is None


async def test_approved_lead_access_request_mails_a_zip_of_the_lead(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    await Lead.create(
        organization=org,
        full_name="Lena Lead",
        email="lena@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "lena@example.com"),
        answers={"city": "Lisbon"},
    )
    request = await submit_and_verify(GraphQLClient(client), org.slug, "lena@example.com", "ACCESS")
    approved = await GraphQLClient(client, token).data(APPROVE, {"input": {"id": request["id"]}})
    assert approved["approvePrivacyRequest"]["privacyRequest"]["status"] == "IN_PROGRESS"
    await run_jobs()

    mails = await mails_to("lena@example.com", "privacy.completed")
    url = re.search(r"http://testserver(/exports/\S+)", mails[0].body_text).group(1)
    archive = _zip((await client.get(url)).content)
    contact = json.loads(archive.read("lead_contact.json"))
    assert contact[0]["Full name"] == "Lena Lead"
    answers = json.loads(archive.read("lead_answers.json"))
    assert answers[0]["Form answers"] == {"city": "Lisbon"}


@pytest.mark.sqlite
async def test_erasing_the_subject_deletes_their_exports(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    await Lead.create(
        organization=org,
        full_name="Erin Erased",
        email="erin@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "erin@example.com"),
    )
    access = await submit_and_verify(GraphQLClient(client), org.slug, "erin@example.com", "ACCESS")
    await admin.data(APPROVE, {"input": {"id": access["id"]}})
    await run_jobs()
    mail = (await mails_to("erin@example.com", "privacy.completed"))[0]
    url = re.search(r"http://testserver(/exports/\S+)", mail.body_text).group(1)
    assert (await client.get(url)).status_code == 200

    erasure = await submit_and_verify(GraphQLClient(client), org.slug, "erin@example.com", "ERASURE")
    done = await admin.data(APPROVE, {"input": {"id": erasure["id"]}})
    assert done["approvePrivacyRequest"]["privacyRequest"]["status"] == "IN_PROGRESS"
    await run_jobs()
    assert await ExportFile.all().count() == 0
    assert await ExportChunk.all().count() == 0
    assert (await client.get(url)).status_code == 410


@pytest.mark.sqlite
async def test_my_export_shows_my_consent_choices_and_objections(client) -> None:  # type: ignore[no-untyped-def]
    """Art. 15: the choices themselves (what, granted or not, how, under which policy), not only their evidence."""
    _, token = await make_user(email="choices@example.com")
    gql = GraphQLClient(client, token)
    consent = "mutation($i: SetConsentInput!) { setConsent(input: $i) { errors { code } } }"
    for granted in (True, False):
        assert (await gql.data(consent, {"i": {"purpose": "MARKETING_EMAIL", "granted": granted}}))["setConsent"][
            "errors"
        ] == []
    objected = await gql.data(
        "mutation($i: ObjectToProcessingInput!) { objectToProcessing(input: $i) { errors { code } } }",
        {"i": {"kind": "DIRECT_MARKETING"}},
    )
    assert objected["objectToProcessing"]["errors"] == []
    started = (await gql.data(REQUEST_EXPORT, {"input": {"format": "JSON"}}))["requestMyDataExport"]
    assert started["errors"] == []
    await run_jobs()
    url = (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]["export"]["url"]
    archive = _zip((await client.get(url.removeprefix("http://testserver"))).content)
    records = json.loads(archive.read("consents.json"))
    choices = sorted((r["Purpose"], r["Granted"]) for r in records if r["record"] == "UserConsent")
    assert choices == [("MARKETING_EMAIL", False), ("MARKETING_EMAIL", True)]
    assert all(r["Source"] and "Policy version" in r for r in records if r["record"] == "UserConsent")
    assert [r["Objection"] for r in records if r["record"] == "UserObjection"] == ["DIRECT_MARKETING"]
