"""exportLeads (SPEC §7.5, §7.7): CSV and XLSX list exports as LEAD_EXPORT jobs, sealed at rest, downloaded under
§6's rules, for admins only."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from typing import Any

import pytest

from app.accounts.models import ApiToken, Role
from app.audit.models import AuditEvent
from app.jobs import Job, JobStatus, queue
from app.leads import lead_export
from app.leads.models import LeadExport, LeadExportChunk, LeadExportLeads
from app.security.tokens import new_token, token_hash
from tests.leads.conftest import Team, create_lead, run_jobs
from tests.support import GraphQLClient, drain_jobs, error_codes

EXPORT = """
mutation($i: ExportLeadsInput!) {
  exportLeads(input: $i) {
    leadExport { id status format rows rowCount url expiresAt columns }
    job { id kind status }
    errors { field code message }
  }
}
"""
GET = "query($id: ID!) { leadExport(id: $id) { id status rows rowCount url expiresAt } }"
JOB = "query($id: ID!) { job(id: $id) { kind status progress result } }"


async def export(team: Team, gql: GraphQLClient | None = None, **given: Any) -> dict[str, Any]:
    return (await (gql or team.gql).data(EXPORT, {"i": given}))["exportLeads"]


async def ready(team: Team, export_id: str, gql: GraphQLClient | None = None) -> dict[str, Any]:
    await run_jobs()
    return (await (gql or team.gql).data(GET, {"id": export_id}))["leadExport"]


def pk(global_id: str) -> Any:
    from schema.relay import from_global_id

    return from_global_id(global_id)[1]


def path_of(url: str) -> str:
    return url[url.index("/exports/") :]


async def test_csv_export_downloads_five_times_then_410(team: Team) -> None:
    await create_lead(team.gql, fullName='=HYPERLINK("http://evil")', email="a@example.com", tags=["b", "a"])
    await create_lead(team.gql, fullName="Bo Berg", phone="+1 415 555 0100")
    payload = await export(team, format="CSV", columns=["id", "fullName", "email", "phone", "tags", "status"])
    assert payload["errors"] == [] and payload["job"]["kind"] == "LEAD_EXPORT"
    assert payload["leadExport"]["status"] == "PENDING" and payload["leadExport"]["url"] is None
    got = await ready(team, payload["leadExport"]["id"])
    assert got["status"] == "READY" and got["rows"] == got["rowCount"] == 2 and got["url"]
    expires = dt.datetime.fromisoformat(got["expiresAt"])
    assert dt.timedelta(hours=71) < expires - dt.datetime.now(dt.UTC) <= dt.timedelta(hours=72)

    response = await team.http.get(path_of(got["url"]))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert rows[0] == ["id", "fullName", "email", "phone", "tags", "status"]
    assert rows[1][1:] == ['\'=HYPERLINK("http://evil")', "a@example.com", "", "a; b", "NEW"]
    assert rows[2][1:] == ["Bo Berg", "", "'+1 415 555 0100", "", "NEW"]  # a leading + is a formula too
    for _ in range(4):
        assert (await team.http.get(path_of(got["url"]))).status_code == 200
    assert (await team.http.get(path_of(got["url"]))).status_code == 410
    assert (await team.gql.data(GET, {"id": got["id"]}))["leadExport"]["url"] is None  # used up

    # One audit event naming the exported leads, with the row count; the job's result holds no data or link.
    events = await AuditEvent.filter(action="lead.exported")
    assert len(events) == 1 and events[0].details["rows"] == 2
    listed = await team.gql.data("{ leads { edges { node { id } } } }")
    shown = await team.gql.data('{ auditEvents(filter: {action: "lead.exported"}) { edges { node { details } } } }')
    [event] = [e["node"]["details"] for e in shown["auditEvents"]["edges"]]
    assert sorted(event["leadIds"]) == sorted(e["node"]["id"] for e in listed["leads"]["edges"])  # as clients see ids
    job = (await team.gql.data(JOB, {"id": payload["job"]["id"]}))["job"]
    assert job["status"] == "SUCCEEDED" and "http" not in json.dumps(job["result"])
    assert "example.com" not in json.dumps(job["result"])
    # At rest the file is sealed chunks.
    for chunk in await LeadExportChunk.all():
        assert b"a@example.com" not in bytes(chunk.data)


async def test_xlsx_export_and_filter(team: Team) -> None:
    await create_lead(team.gql, fullName="@SUM(A1)", email="x@example.com", tags=["webinar"])
    await create_lead(team.gql, fullName="Not Me", email="n@example.com")
    payload = await export(team, format="XLSX", filter={"tag": "webinar"}, columns=["fullName", "email"])
    got = await ready(team, payload["leadExport"]["id"])
    assert got["rows"] == 1
    response = await team.http.get(path_of(got["url"]))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response.headers["content-disposition"].startswith("attachment;")
    book = zipfile.ZipFile(io.BytesIO(response.content))
    text = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.startswith("xl/") and n.endswith(".xml"))
    assert "'@SUM(A1)" in text and "x@example.com" in text and "Not Me" not in text


async def test_who_may_export_and_see_the_link(team: Team) -> None:
    await create_lead(team.gql, fullName="Ana", email="ana@example.com")
    _, member_gql = await team.member(Role.MEMBER)
    body = await member_gql(EXPORT, {"i": {"format": "CSV"}})
    assert error_codes(body) == ["FORBIDDEN"]

    bad = await export(team, format="CSV", columns=["fullName", "shoeSize"])
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("columns", "INVALID_INPUT")]

    payload = await export(team, format="CSV")
    got = await ready(team, payload["leadExport"]["id"])
    assert got["url"]
    _, admin_gql = await team.member(Role.ADMIN)
    other = (await admin_gql.data(GET, {"id": got["id"]}))["leadExport"]
    assert other["status"] == "READY" and other["url"] is None  # only the admin who asked sees the link
    node = await member_gql.data("query($id: ID!) { node(id: $id) { id } }", {"id": got["id"]})
    assert node["node"] is None
    job = await member_gql.data(JOB, {"id": payload["job"]["id"]})
    assert job["job"] is None  # LEAD_EXPORT jobs are for admins

    # A partner token needs the leads:export scope.
    async def token_with(scopes: list[str]) -> GraphQLClient:
        secret = new_token("qx_")
        await ApiToken.create(
            organization=team.org,
            created_by=team.owner,
            name="t",
            scopes=scopes,
            token_hash=token_hash(secret),
            token_hint=secret[-4:],
        )
        return GraphQLClient(team.http, secret)

    assert error_codes(await (await token_with(["leads:read"]))(EXPORT, {"i": {"format": "CSV"}})) == ["FORBIDDEN"]
    scoped = await (await token_with(["leads:export"])).data(EXPORT, {"i": {"format": "CSV"}})
    assert scoped["exportLeads"]["errors"] == []


class _WorkerKilled(BaseException):
    """Stands for the worker process dying mid-export."""


async def test_a_killed_worker_never_leaves_a_half_file(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        await create_lead(team.gql, fullName=f"Lead {i}", email=f"l{i}@example.com")
    monkeypatch.setattr(lead_export, "PAGE", 1)
    monkeypatch.setattr(lead_export, "CHUNK_SIZE", 16)
    payload = await export(team, format="CSV")
    real_progress = lead_export.report_progress
    calls = 0

    async def die_on_second_page(job: Job, progress: int) -> None:
        nonlocal calls
        calls += 1
        await real_progress(job, progress)
        if calls == 2:
            raise _WorkerKilled

    monkeypatch.setattr(lead_export, "report_progress", die_on_second_page)
    row = await Job.get(kind="LEAD_EXPORT")
    with pytest.raises(_WorkerKilled):
        await queue.run_job(row.id)
    stored = await LeadExport.get()
    assert await LeadExportChunk.filter(export_id=stored.id).count() > 0  # bytes written, not published
    token_path = f"/exports/{lead_export.export_token(stored.id)}"
    assert (await team.http.get(token_path)).status_code == 404
    got = (await team.gql.data(GET, {"id": payload["leadExport"]["id"]}))["leadExport"]
    assert got["status"] == "RUNNING" and got["url"] is None
    assert await AuditEvent.filter(action="lead.exported").count() == 0  # no event for an unpublished file

    monkeypatch.setattr(lead_export, "report_progress", real_progress)
    await queue.run_job(row.id)  # the queue runs it again: it starts clean
    assert (await Job.get(id=row.id)).status is JobStatus.SUCCEEDED
    response = await team.http.get(token_path)
    assert response.status_code == 200 and response.content.decode().count("@example.com") == 3
    assert await AuditEvent.filter(action="lead.exported").count() == 1
    assert await LeadExportLeads.filter(export_id=stored.id).count() == 3  # the killed run's page was replaced


async def test_the_audit_event_names_exactly_the_exported_leads_through_its_side_table(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support import make_org

    for i in range(5):
        await create_lead(team.gql, fullName=f"Lead {i}", email=f"p{i}@example.com", tags=["pick"] if i != 2 else [])
    monkeypatch.setattr(lead_export, "PAGE", 2)  # 4 picked leads: two pages of ids
    monkeypatch.setattr(lead_export, "INLINE_LEAD_IDS", 3)  # more than that: named by reference (large exports)
    await create_lead(team.gql, fullName="Lead 5", email="p5@example.com", tags=["other"])
    payload = await export(team, format="CSV", filter={"tag": "pick"}, columns=["id"])
    got = await ready(team, payload["leadExport"]["id"])
    csv_ids = [pk(row[0]) for row in list(csv.reader(io.StringIO((await team.http.get(path_of(got["url"]))).text)))[1:]]
    assert len(csv_ids) == 4

    event = await AuditEvent.get(action="lead.exported")
    export_id = str(pk(payload["leadExport"]["id"]))
    assert event.target_id == export_id and event.details["rows"] == 4
    assert event.details["leadIds"] == {"export": export_id, "pages": 2}  # a reference, not 16 bytes a lead
    named = [i async for page in lead_export.exported_lead_ids(team.org.id, event.details["leadIds"]) for i in page]
    assert [str(i) for i in named] == [str(i) for i in csv_ids]  # exactly the exported leads, in file order
    other = await make_org()
    assert [p async for p in lead_export.exported_lead_ids(other.id, event.details["leadIds"])] == []

    # The ids belong to the audit record: the file's purge after 72 hours leaves them.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=73)
    assert await lead_export.purge_expired_lead_exports(later) == 1
    assert await LeadExportChunk.filter(export_id=export_id).count() == 0
    assert await LeadExportLeads.filter(export_id=export_id).count() == 2


async def test_expired_after_72_hours_and_in_a_real_worker(team: Team) -> None:
    await create_lead(team.gql, fullName="Ana", email="ana@example.com")
    payload = await export(team, format="CSV")
    await drain_jobs()
    got = (await team.gql.data(GET, {"id": payload["leadExport"]["id"]}))["leadExport"]
    assert got["status"] == "READY" and got["rows"] == 1
    await LeadExport.all().update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert (await team.http.get(path_of(got["url"]))).status_code == 410
    assert await lead_export.purge_expired_lead_exports() == 1
    assert await LeadExportChunk.all().count() == 0
    assert (await team.http.get(path_of(got["url"]))).status_code == 410
    assert (await team.http.get("/exports/" + "0" * 32 + "x" * 43)).status_code == 404


async def test_custom_field_columns(team: Team) -> None:
    """`custom.<key>` columns carry the leads' custom values (a list joined), and null columns include them."""
    created = """mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { errors { code } } }"""
    for field in (
        {"key": "nick", "label": "Nick", "type": "TEXT", "personalData": True, "category": "LEAD_CONTACT"},
        {"key": "colors", "label": "Colours", "type": "MULTI_SELECT", "options": ["red", "blue"]},
    ):
        assert (await team.gql.data(created, {"input": field}))["createCustomField"]["errors"] == []
    values = [{"key": "nick", "value": "Annie"}, {"key": "colors", "value": ["red", "blue"]}]
    await create_lead(team.gql, fullName="Ann", email="ann@example.com", customFields=values)
    await create_lead(team.gql, fullName="Bob", email="bob@example.com")

    payload = await export(team, format="CSV", columns=["fullName", "custom.nick", "custom.colors"])
    assert payload["errors"] == []
    got = await ready(team, payload["leadExport"]["id"])
    rows = list(csv.reader(io.StringIO((await team.http.get(path_of(got["url"]))).content.decode("utf-8"))))
    assert rows == [["fullName", "custom.nick", "custom.colors"], ["Ann", "Annie", "red; blue"], ["Bob", "", ""]]

    everything = await export(team, format="CSV")
    assert everything["leadExport"]["columns"][-2:] == ["custom.nick", "custom.colors"]
    unknown = await export(team, format="CSV", columns=["custom.nope"])
    assert unknown["errors"] == [
        {"field": "columns", "code": "INVALID_INPUT", "message": "Unknown column 'custom.nope'."}
    ]
