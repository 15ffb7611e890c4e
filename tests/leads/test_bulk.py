"""bulkUpdateLeads (SPEC §7.5, §7.7): a BULK_UPDATE job with progress, sealed filter, resumable without
applying a change twice."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from tortoise import Tortoise

from app.accounts.models import ApiToken, Role
from app.audit.models import AuditEvent
from app.jobs import Job, JobStatus, queue
from app.leads import bulk, services
from app.leads.models import LeadStatus, LeadStatusChange
from app.notifications import services as notification_services
from app.notifications.models import Notification
from app.security.fields import looks_encrypted
from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash
from schema.relay import pk_of
from tests.leads.conftest import Team, create_lead, run_jobs
from tests.support import GraphQLClient, drain_jobs, error_codes, make_org, make_user

BULK = """
mutation($i: BulkUpdateLeadsInput!) {
  bulkUpdateLeads(input: $i) { job { id kind status progress } errors { field code message } }
}
"""
JOB = "query($id: ID!) { job(id: $id) { kind status progress result error } }"
LEADS = (
    "{ leads(orderBy: {field: CREATED_AT, direction: ASC}) { edges { node { fullName status tags owner { id } } } } }"
)


async def leads_of(team: Team) -> list[dict[str, Any]]:
    return [e["node"] for e in (await team.gql.data(LEADS))["leads"]["edges"]]


async def start(team: Team, gql: GraphQLClient | None = None, **given: Any) -> dict[str, Any]:
    return (await (gql or team.gql).data(BULK, {"i": given}))["bulkUpdateLeads"]


async def test_by_ids_sets_status_owner_and_tags_with_progress(team: Team) -> None:
    member, _ = await team.member(Role.MEMBER)
    a = await create_lead(team.gql, fullName="Ana", email="ana@example.com", tags=["old"])
    b = await create_lead(team.gql, fullName="Bo", email="bo@example.com")
    await create_lead(team.gql, fullName="Untouched", email="u@example.com")
    from schema.relay import to_global_id

    payload = await start(
        team,
        leadIds=[a["id"], b["id"]],
        set={
            "status": "QUALIFIED",
            "ownerId": to_global_id("User", member.id),
            "addTags": ["hot"],
            "removeTags": ["old"],
        },
    )
    assert payload["errors"] == [] and payload["job"]["kind"] == "BULK_UPDATE"
    await run_jobs()
    job = (await team.gql.data(JOB, {"id": payload["job"]["id"]}))["job"]
    assert job["status"] == "SUCCEEDED" and job["progress"] == 100
    assert job["result"] == {"total": 2, "done": 2, "changed": 2}
    ana, bo, untouched = await leads_of(team)
    for lead in (ana, bo):
        assert lead["status"] == "QUALIFIED" and lead["tags"] == ["hot"]
        assert lead["owner"]["id"] == to_global_id("User", member.id)
    assert untouched["status"] == "NEW" and untouched["owner"] is None
    # Each change is audited and kept in the status history like a single one.
    assert await AuditEvent.filter(action="lead.bulk_updated").count() == 2
    assert await LeadStatusChange.filter(to_status="QUALIFIED").count() == 2

    payload = await start(team, leadIds=[a["id"]], set={"unassign": True})
    await run_jobs()
    assert (await leads_of(team))[0]["owner"] is None


async def test_a_filter_is_evaluated_when_the_job_starts_and_sealed_on_the_row(team: Team) -> None:
    await create_lead(team.gql, fullName="Ana Lima", email="ana@example.com", tags=["webinar"])
    payload = await start(team, filter={"tag": "webinar", "search": "Lima"}, set={"status": "CONTACTED"})
    assert payload["errors"] == []
    await create_lead(team.gql, fullName="Bo Lima", email="bo@example.com", tags=["webinar"])  # before the start
    row = await Job.get(kind="BULK_UPDATE")
    assert "Lima" not in str(row.payload)  # the queue and the payload see ids only
    conn = Tortoise.get_connection("default")
    raw = (await conn.execute_query_dict('SELECT sealed FROM "job" WHERE id = $1', [row.id]))[0]["sealed"]
    assert looks_encrypted(raw) and "Lima" not in raw
    await run_jobs()
    assert [lead["status"] for lead in await leads_of(team)] == ["CONTACTED", "CONTACTED"]


async def test_too_many_matches_changes_nothing(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "MAX_MATCHES", 2)
    for name in ("Ana", "Bo", "Cy"):
        await create_lead(team.gql, fullName=name, email=f"{name.lower()}@example.com", tags=["x"])
    payload = await start(team, filter={"tag": "x"}, set={"status": "LOST"})
    assert payload["job"] is None
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("filter", "INVALID_INPUT")]
    # Within the limit when asked, over it when the job starts: the job fails and nothing changes.
    monkeypatch.setattr(bulk, "MAX_MATCHES", 3)
    payload = await start(team, filter={"tag": "x"}, set={"status": "LOST"})
    assert payload["errors"] == []
    await create_lead(team.gql, fullName="Di", email="di@example.com", tags=["x"])
    await run_jobs()
    job = await Job.get(kind="BULK_UPDATE")
    assert job.status is JobStatus.FAILED
    assert all(lead["status"] == "NEW" for lead in await leads_of(team))


class _WorkerKilled(BaseException):
    """Stands for the worker process dying mid-job."""


async def test_a_killed_worker_resumes_without_applying_a_change_twice(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 2)
    ids = [
        (await create_lead(team.gql, fullName=f"Lead {i}", email=f"l{i}@example.com", tags=["t"]))["id"]
        for i in range(5)
    ]
    await start(team, leadIds=ids, set={"status": "CONTACTED", "addTags": ["done"], "removeTags": ["t"]})
    real_progress = bulk.report_progress

    async def die_after_first_chunk(job: Job, progress: int) -> None:
        await real_progress(job, progress)
        raise _WorkerKilled

    monkeypatch.setattr(bulk, "report_progress", die_after_first_chunk)
    pk = (await Job.get(kind="BULK_UPDATE")).id
    with pytest.raises(_WorkerKilled):
        await queue.run_job(pk)
    killed = await Job.get(id=pk)
    assert killed.status is JobStatus.RUNNING and killed.result["done"] == 2 and killed.progress == 40
    monkeypatch.setattr(bulk, "report_progress", real_progress)
    await queue.run_job(pk)  # arq runs it again
    job = await Job.get(id=pk)
    assert job.status is JobStatus.SUCCEEDED and job.result == {"total": 5, "done": 5, "changed": 5}
    assert await LeadStatusChange.filter(to_status="CONTACTED").count() == 5  # once per lead, not twice
    assert await AuditEvent.filter(action="lead.bulk_updated").count() == 5
    assert all(lead["tags"] == ["done"] for lead in await leads_of(team))


TOLD = "{ notifications(first: 20) { edges { node { kind title body link } } } }"
ASSIGN = "mutation($i: AssignLeadInput!) { assignLead(input: $i) { errors { code } } }"


async def test_each_new_owner_is_told_of_each_lead_as_by_assign_lead(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SPEC §7.5: bulk changes are "each … audited and announced like a single one": assignLead tells the new
    owner (LEAD_ASSIGNED, §7.1), so a bulk reassignment tells them once per lead it moves to them, in the same
    words, live, and not twice when a killed job re-runs; nobody is told of a lead they took themselves."""
    from schema.relay import to_global_id

    monkeypatch.setattr(bulk, "CHUNK", 2)
    published: list[tuple[Any, Any]] = []
    real_publish = notification_services.publish_notification_event

    async def recording(user_id: Any, notification_id: Any, occurred_at: Any = None) -> None:
        published.append((user_id, notification_id))
        await real_publish(user_id, notification_id, occurred_at)

    monkeypatch.setattr(notification_services, "publish_notification_event", recording)
    member, member_gql = await team.member(Role.MEMBER)
    member_id = to_global_id("User", member.id)
    single = await create_lead(team.gql, fullName="Ana Single", email="ana@example.com")
    assert (await team.gql.data(ASSIGN, {"i": {"id": single["id"], "ownerId": member_id}}))["assignLead"] == {
        "errors": []
    }
    names = ["Bo Bulk", "Cy Bulk", "Di Bulk"]
    moved = [(await create_lead(team.gql, fullName=n, email=f"{i}@example.com"))["id"] for i, n in enumerate(names)]
    payload = await start(team, leadIds=[single["id"], *moved], set={"ownerId": member_id})  # Ana is already theirs
    assert payload["errors"] == []
    real_progress = bulk.report_progress

    async def die_after_first_chunk(job: Job, progress: int) -> None:
        await real_progress(job, progress)
        raise _WorkerKilled

    monkeypatch.setattr(bulk, "report_progress", die_after_first_chunk)
    pk = (await Job.get(kind="BULK_UPDATE")).id
    with pytest.raises(_WorkerKilled):
        await queue.run_job(pk)
    monkeypatch.setattr(bulk, "report_progress", real_progress)
    await queue.run_job(pk)  # arq runs it again: the committed chunk's owner is not told twice
    told = [e["node"] for e in (await member_gql.data(TOLD))["notifications"]["edges"]]
    bodies = sorted(n["body"] for n in told)
    assert bodies == sorted(f"{name} is now yours to follow up." for name in ["Ana Single", *names])
    by_lead = {n["link"]: n for n in told}
    assert len(by_lead) == 4 and {n["kind"] for n in told} == {"LEAD_ASSIGNED"}
    assert {n["title"] for n in told} == {"A lead was assigned to you"}
    assert set(by_lead) == {f"/leads/{pk_of(lead, 'Lead')}" for lead in [single["id"], *moved]}
    rows = await Notification.filter(user_id=member.id).order_by("created_at")
    assert sorted(published, key=str) == sorted(((member.id, row.id) for row in rows), key=str)  # each one live
    assert all(row.membership_id is not None and row.lead_name for row in rows)  # erased with the lead / the member

    # Taking leads oneself tells nobody.
    payload = await start(team, member_gql, leadIds=moved, set={"unassign": True})
    await run_jobs()
    payload = await start(team, member_gql, leadIds=moved, set={"ownerId": member_id})
    await run_jobs()
    assert await Notification.filter(user_id=member.id).count() == 4
    assert await Notification.filter(user_id=team.owner.id).count() == 0


FIRST = "query($id: ID!) { lead(id: $id) { firstResponseAt } }"
NOTE = "mutation($i: AddLeadNoteInput!) { addLeadNote(input: $i) { errors { code } } }"


async def test_a_members_bulk_status_change_is_a_first_response_like_a_single_one(team: Team) -> None:
    """SPEC §7.4 / §7.7: a status change by a member's session or token sets firstResponseAt once; a lead already
    answered keeps its time, a lead the change does not move and automation (no actor) set nothing."""

    async def first(lead: dict[str, Any]) -> str | None:
        return (await team.gql.data(FIRST, {"id": lead["id"]}))["lead"]["firstResponseAt"]

    _, member = await team.member(Role.MEMBER)
    fresh = await create_lead(team.gql, fullName="Ana", email="ana@example.com")
    answered = await create_lead(team.gql, fullName="Bo", email="bo@example.com")
    assert (await member.data(NOTE, {"i": {"leadId": answered["id"], "body": "Called"}}))["addLeadNote"]["errors"] == []
    noted_at = await first(answered)
    unmoved = await create_lead(team.gql, fullName="Cy", email="cy@example.com")
    await services.set_status(team.org.id, pk_of(unmoved["id"], "Lead"), LeadStatus.CONTACTED)  # automation
    payload = await start(
        team, member, leadIds=[fresh["id"], answered["id"], unmoved["id"]], set={"status": "CONTACTED"}
    )
    assert payload["errors"] == []
    await run_jobs()
    assert await first(fresh) is not None
    assert await first(answered) == noted_at is not None
    assert await first(unmoved) is None

    secret = new_token(API_TOKEN_PREFIX)
    await ApiToken.create(
        organization=team.org,
        created_by=team.owner,
        name="crm sync",
        token_hash=token_hash(secret),
        token_hint=secret[-4:],
        scopes=["leads:write"],
    )
    by_token = await create_lead(team.gql, fullName="Di", email="di@example.com")
    assert (await start(team, GraphQLClient(team.http, secret), leadIds=[by_token["id"]], set={"status": "LOST"}))[
        "errors"
    ] == []
    automated = await create_lead(team.gql, fullName="Ed", email="ed@example.com")
    await bulk.start_bulk_update(
        team.org.id,
        lead_ids=[pk_of(automated["id"], "Lead")],
        flt=None,
        change=bulk.BulkChange(status=LeadStatus.LOST),
        actor_id=None,
    )
    await run_jobs()
    assert await first(by_token) is not None
    assert await first(automated) is None


async def test_runs_in_a_real_worker(team: Team) -> None:
    a = await create_lead(team.gql, fullName="Ana", email="ana@example.com")
    payload = await start(team, leadIds=[a["id"]], set={"status": "LOST", "addTags": ["gone"]})
    await drain_jobs()
    job = (await team.gql.data(JOB, {"id": payload["job"]["id"]}))["job"]
    assert job["status"] == "SUCCEEDED"
    assert (await leads_of(team))[0] == {"fullName": "Ana", "status": "LOST", "tags": ["gone"], "owner": None}


async def test_refusals(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    a = await create_lead(team.gql, fullName="Ana", email="ana@example.com")
    b = await create_lead(team.gql, fullName="Bo", email="bo@example.com")
    from schema.relay import to_global_id

    owner_id = to_global_id("User", team.owner.id)
    cases: list[tuple[dict[str, Any], tuple[str, str]]] = [
        ({"leadIds": [a["id"]], "filter": {"tag": "x"}, "set": {"status": "LOST"}}, ("leadIds", "INVALID_INPUT")),
        ({"set": {"status": "LOST"}}, ("leadIds", "INVALID_INPUT")),
        ({"leadIds": [a["id"]], "set": {}}, ("set", "INVALID_INPUT")),
        ({"leadIds": [a["id"]], "set": {"ownerId": owner_id, "unassign": True}}, ("set.unassign", "INVALID_INPUT")),
        ({"leadIds": [a["id"]], "set": {"addTags": ["x" * 201]}}, ("set.addTags", "INVALID_INPUT")),
    ]
    for given, expected in cases:
        payload = await start(team, **given)
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [expected], given
    monkeypatch.setattr(bulk, "MAX_IDS", 1)
    payload = await start(team, leadIds=[a["id"], b["id"]], set={"status": "LOST"})
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("leadIds", "INVALID_INPUT")]

    other = await make_org("Other")
    _, token = await make_user(other, role=Role.OWNER)
    foreign = await create_lead(GraphQLClient(team.http, token), fullName="F", email="f@example.com")
    payload = await start(team, leadIds=[foreign["id"]], set={"status": "LOST"})
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [("leadIds", "NOT_FOUND")]

    _, viewer = await team.member(Role.VIEWER)
    body = await viewer(BULK, {"i": {"leadIds": [a["id"]], "set": {"status": "LOST"}}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert await Job.filter(kind="BULK_UPDATE").count() == 0


async def test_a_read_only_organisation_is_refused(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    from schema import permissions

    a = await create_lead(team.gql, fullName="Ana", email="ana@example.com")

    async def lapsed(settings: Any, organization_id: Any) -> bool:
        return True

    monkeypatch.setattr(permissions, "get_settings", lambda: SimpleNamespace(billing_on=True))
    monkeypatch.setattr(permissions, "is_read_only", lapsed)
    body = await team.gql(BULK, {"i": {"leadIds": [a["id"]], "set": {"status": "LOST"}}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert body["errors"][0]["extensions"]["reason"] == "SUBSCRIPTION_INACTIVE"
    assert await Job.filter(kind="BULK_UPDATE").count() == 0
