"""The lead import through a real arq `Worker(burst=True)` on Redis, not the fast path of conftest.run_jobs."""

from __future__ import annotations

from tests.leads.conftest import Team
from tests.leads.test_import import JOB, upload
from tests.support import drain_jobs


async def test_an_import_runs_in_a_real_worker(team: Team) -> None:
    body = await upload(
        team, b"fullName,email,phone,status,tags,ownerEmail\nAna Lima,ana@example.com,,,,\nBo Berg,bo@example.com,,,,\n"
    )
    payload = body["data"]["importLeads"]
    assert payload["errors"] == []
    job_id = payload["job"]["id"]
    await drain_jobs()
    job = (await team.gql.data(JOB, {"id": job_id}))["job"]
    assert job["status"] == "SUCCEEDED" and job["result"]["created"] == 2
    names = await team.gql.data("{ leads { totalCount edges { node { fullName } } } }")
    assert sorted(e["node"]["fullName"] for e in names["leads"]["edges"]) == ["Ana Lima", "Bo Berg"]
