"""CSV import over GraphQL multipart: a job with progress, per-row errors, duplicates skipped; and the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from app.leads.models import ImportFile, Lead
from app.tombstones.ledger import record_tombstone, subject_keys
from app.tombstones.models import TombstoneReason
from tests.leads.conftest import Team, create_lead, run_jobs

IMPORT = """
mutation($input: ImportLeadsInput!) {
  importLeads(input: $input) { job { id kind status } errors { code field message } }
}
"""
JOB = "query($id: ID!) { job(id: $id) { status progress result } }"


async def upload(team: Team, content: bytes, token: str | None = None) -> dict[str, Any]:
    operations = json.dumps({"query": IMPORT, "variables": {"input": {"file": None}}})
    response = await team.http.post(
        "/graphql",
        data={"operations": operations, "map": json.dumps({"0": ["variables.input.file"]})},
        files={"0": ("leads.csv", content, "text/csv")},
        headers={"authorization": f"Bearer {token or team.gql.token}"},
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.sqlite
async def test_import_creates_leads_and_reports_bad_rows(team: Team) -> None:
    await create_lead(team.gql, fullName="Already Here", email="taken@example.com")
    await record_tombstone(team.org.id, subject_keys(team.org.id, email="erased@example.com"), TombstoneReason.ERASURE)
    owner_email = "boss@example.com"
    from app.accounts.models import Role
    from tests.support import make_user

    await make_user(team.org, role=Role.MEMBER, email=owner_email)
    csv_text = (
        b"fullName,email,phone,status,tags,ownerEmail\n"
        b"Ana Lima,ana@example.com,+1 415 555 0101,CONTACTED,vip;q4,boss@example.com\n"
        b",nobody@example.com,,,,\n"  # line 3: no name
        b"No Contact,,,,,\n"  # line 4
        b"Dup Person,TAKEN@example.com,,,,\n"  # line 5: duplicate
        b"Bad Status,bs@example.com,,MAYBE,,\n"  # line 6
        b"Ghost Owner,go@example.com,,,,ghost@example.com\n"  # line 7
        b"Erased Person,erased@example.com,,,,\n"  # line 8
        b"Ana Again,ana@example.com,,,,\n"  # line 9: duplicate of line 2
        b"Bo Phone,,+1 415 555 0102,,,\n"
    )
    body = await upload(team, csv_text)
    payload = body["data"]["importLeads"]
    assert payload["errors"] == [] and payload["job"]["kind"] == "LEAD_IMPORT"
    await run_jobs()
    job = (await team.gql.data(JOB, {"id": payload["job"]["id"]}))["job"]
    assert job["status"] == "SUCCEEDED" and job["progress"] == 100
    result = job["result"]
    assert result["created"] == 2 and result["total"] == 9 and result["duplicates"] == 2
    got = {(r["line"], r["code"], r["field"]) for r in result["rows"]}
    assert got == {
        (3, "INVALID_INPUT", "fullName"),
        (4, "INVALID_INPUT", "email"),
        (5, "DUPLICATE", "email"),
        (6, "INVALID_INPUT", "status"),
        (7, "NOT_FOUND", "ownerEmail"),
        (8, "SUBJECT_ERASED", "email"),
        (9, "DUPLICATE", "email"),
    }
    data = await team.gql.data(
        "{ leads(filter: {source: IMPORT}, orderBy: {field: CREATED_AT, direction: ASC}) "
        "{ totalCount edges { node { fullName status tags owner { email } } } } }"
    )
    nodes = [e["node"] for e in data["leads"]["edges"]]
    assert nodes[0] == {
        "fullName": "Ana Lima",
        "status": "CONTACTED",
        "tags": ["q4", "vip"],
        "owner": {"email": owner_email},
    }
    assert nodes[1]["fullName"] == "Bo Phone"
    assert await ImportFile.all().count() == 0  # the upload is purged


async def test_import_refuses_a_file_without_the_header_or_not_utf8(team: Team) -> None:
    body = await upload(team, b"name,mail\nA,a@example.com\n")
    assert body["data"]["importLeads"]["errors"][0]["code"] == "INVALID_INPUT"
    assert body["data"]["importLeads"]["errors"][0]["field"] == "file"
    body = await upload(team, "fullName,email,phone\n\xff\xfe".encode("latin-1"))
    assert body["data"]["importLeads"]["errors"][0]["field"] == "file"
    nul = b"fullName,email,phone,tags\nNul Tag,nul@example.com,,a\x00b\nFine,fine@example.com,,\n"
    body = await upload(team, nul)  # PostgreSQL refuses NUL in text: the whole job would fail later
    assert [(e["field"], e["code"]) for e in body["data"]["importLeads"]["errors"]] == [("file", "INVALID_INPUT")]


async def test_viewer_cannot_import(team: Team) -> None:
    from app.accounts.models import Role

    _, viewer = await team.member(Role.VIEWER)
    body = await upload(team, b"fullName,email,phone,status,tags,ownerEmail\n", token=viewer.token)
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


async def test_cli_import(team: Team, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text(
        "fullName,email,phone,status,tags,ownerEmail\nCli Person,cli@example.com,,,x,\n,bad@example.com,,,,\n"
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "leads",
        "import",
        str(path),
        "--org",
        team.org.slug,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    stderr = err.decode()
    assert process.returncode == 0, stderr
    assert "1 created, 1 skipped" in stderr
    assert "fullName" in stderr
    assert await Lead.for_org(team.org.id).count() == 1


async def test_import_checks_duplicates_across_chunks(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.leads import imports

    monkeypatch.setattr(imports, "CHUNK_ROWS", 2)
    await create_lead(team.gql, fullName="Stored", phone="+1 415 555 0150")
    text = (
        "fullName,email,phone,status,tags,ownerEmail\n"
        "A,a@example.com,,,,\n"
        "B,,(415) 555-0150,,,\n"  # line 3: phone of the stored lead
        "C,c@example.com,+1 415 555 0160,,,\n"
        "D,A@EXAMPLE.COM,,,,\n"  # line 5: email of line 2, another chunk
        "E,,415.555.0160,,,\n"  # line 6: phone of line 4
        "F,f@example.com,,lost,,\n"
    )
    result = await imports.import_rows(team.org.id, text)
    assert result["created"] == 3 and result["duplicates"] == 3
    assert [(r["line"], r["field"]) for r in result["rows"]] == [(3, "phone"), (5, "email"), (6, "phone")]
    data = await team.gql.data("{ leads(filter: {source: IMPORT}) { totalCount } all: leads { totalCount } }")
    assert data["leads"]["totalCount"] == 3 and data["all"]["totalCount"] == 4
    lost = await team.gql.data('{ leads(filter: {status: LOST, search: "f"}) { edges { node { email } } } }')
    assert lost["leads"]["edges"] == [{"node": {"email": "f@example.com"}}]


async def test_stale_uploads_are_purged(team: Team) -> None:
    import datetime as dt

    from app.leads.imports import purge_stale_uploads

    old = await ImportFile.create(organization=team.org, content="fullName,email,phone\n", size_bytes=21)
    fresh = await ImportFile.create(organization=team.org, content="fullName,email,phone\n", size_bytes=21)
    await ImportFile.filter(id=old.id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    assert await purge_stale_uploads() == 1
    assert [f.id for f in await ImportFile.all()] == [fresh.id]


class _WorkerKilled(BaseException):
    """Stands for the worker process dying: nothing in the job catches it, as nothing survives a kill."""


async def test_an_import_resumed_after_a_crash_counts_each_row_once(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.jobs import Job, JobStatus, queue
    from app.leads import imports

    monkeypatch.setattr(imports, "CHUNK_ROWS", 2)
    csv_text = (
        b"fullName,email,phone,status,tags,ownerEmail\n"
        b"Ana,ana@example.com,,,,\n"
        b"Bo,bo@example.com,,,,\n"
        b"Cy,cy@example.com,,,,\n"
        b"Ana Again,ANA@example.com,,,,\n"  # line 5: duplicate of line 2
        b"Di,di@example.com,,,,\n"
    )
    job_id = (await upload(team, csv_text))["data"]["importLeads"]["job"]["id"]
    real_progress = imports.report_progress

    async def die_after_first_chunk(job: Job, progress: int) -> None:
        await real_progress(job, progress)
        raise _WorkerKilled

    monkeypatch.setattr(imports, "report_progress", die_after_first_chunk)
    pk = (await Job.get()).id
    with pytest.raises(_WorkerKilled):
        await queue.run_job(pk)
    assert (await Job.get(id=pk)).status is JobStatus.RUNNING  # as a killed worker leaves it
    assert await Lead.all().count() == 2
    monkeypatch.setattr(imports, "report_progress", real_progress)
    await queue.run_job(pk)  # arq runs it again
    job = (await team.gql.data(JOB, {"id": job_id}))["job"]
    assert job["status"] == "SUCCEEDED"
    result = job["result"]
    assert (result["total"], result["created"], result["skipped"], result["duplicates"]) == (5, 4, 1, 1)
    ana = await team.gql.data('{ leads(filter: {search: "ana@example.com"}) { edges { node { id } } } }')
    ana_id = ana["leads"]["edges"][0]["node"]["id"]
    assert [(r["line"], r["code"], r["field"]) for r in result["rows"]] == [(5, "DUPLICATE", "email")]
    assert ana_id in result["rows"][0]["message"]  # named by its global id, as the API shows it
    assert await Lead.all().count() == 4 and await ImportFile.all().count() == 0
