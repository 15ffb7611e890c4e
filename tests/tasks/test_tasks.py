"""Tasks over GraphQL: defaults, typed errors, roles, due buckets in the caller's time zone, and reminders
that are sent once per due time even when the job runs again."""

from __future__ import annotations

import asyncio
import datetime as dt
import zoneinfo

import pytest

from app.accounts.models import Role, User
from app.mail.models import OutboxMail
from app.tasks import services
from app.tasks.models import Task, TaskStatus
from schema.relay import pk_of
from tests.deals.conftest import create_deal
from tests.leads.conftest import Team, create_lead, run_jobs
from tests.support import GraphQLClient, error_codes, make_org, make_user

CREATE = """
mutation($input: CreateTaskInput!) {
  createTask(input: $input) {
    task { id title notes dueAt status assignee { id } createdBy { id } lead { id } deal { id } }
    errors { field code }
  }
}
"""
UPDATE = "mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { id dueAt } errors { field code } } }"
COMPLETE = """
mutation($input: CompleteTaskInput!) {
  completeTask(input: $input) { task { status completedAt } errors { field code } }
}
"""
DELETE = "mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { deletedId errors { field code } } }"
TASKS = "query($filter: TaskFilter) { tasks(filter: $filter, first: 50) { totalCount edges { node { title } } } }"
PROFILE = (
    "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { timeZone } errors { field code } } }"
)


def _in(minutes: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)).isoformat()


async def _create(gql: GraphQLClient, **values: object) -> dict:
    body = await gql.data(CREATE, {"input": values})
    assert body["createTask"]["errors"] == [], body
    return body["createTask"]["task"]


@pytest.mark.sqlite
async def test_a_task_is_the_callers_by_default_and_shows_on_its_lead(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Ivy Task", email="ivy@example.com")
    deal = await create_deal(team, leadId=lead["id"], name="Ivy's deal")
    task = await _create(team.gql, title="Call Ivy", dueAt=_in(60), dealId=deal["id"])
    assert task["assignee"]["id"] == task["createdBy"]["id"]
    assert task["lead"]["id"] == lead["id"] and task["deal"]["id"] == deal["id"] and task["status"] == "OPEN"

    query = "query($id: ID!) { lead(id: $id) { tasks { totalCount edges { node { title } } } } }"
    assert (await team.gql.data(query, {"id": lead["id"]}))["lead"]["tasks"]["totalCount"] == 1
    done = (await team.gql.data(COMPLETE, {"input": {"id": task["id"]}}))["completeTask"]
    assert done["task"]["status"] == "DONE" and done["task"]["completedAt"] is not None
    again = (await team.gql.data(COMPLETE, {"input": {"id": task["id"]}}))["completeTask"]
    assert again["errors"] == [{"field": "id", "code": "ALREADY_DONE"}]
    assert (await team.gql.data(TASKS, {"filter": {"status": "DONE"}}))["tasks"]["totalCount"] == 1
    gone = await team.gql.data(DELETE, {"input": {"id": task["id"]}})
    assert gone["deleteTask"] == {"deletedId": task["id"], "errors": []}


async def test_bad_task_input_gets_typed_errors_and_viewers_cannot_write(team: Team) -> None:
    lead = await create_lead(team.gql, fullName="Jo Errors", email="jo@example.com")
    other = await create_lead(team.gql, fullName="Kim Other", email="kim@example.com")
    deal = await create_deal(team, leadId=other["id"], name="Kim's deal")
    foreign_org = await make_org("Elsewhere")
    stranger, _ = await make_user(foreign_org, role=Role.OWNER)
    from schema.relay import to_global_id

    cases = [
        ({"title": " "}, "title", "INVALID_INPUT"),
        ({"notes": "x" * 10_001}, "notes", "INVALID_INPUT"),
        ({"assigneeId": to_global_id("User", stranger.id)}, "assigneeId", "NOT_FOUND"),
        ({"leadId": lead["id"], "dealId": deal["id"]}, "dealId", "INVALID_INPUT"),
        ({"leadId": to_global_id("Lead", stranger.id)}, "leadId", "NOT_FOUND"),
    ]
    for extra, field, code in cases:
        body = await team.gql.data(CREATE, {"input": {"title": "T", **extra}})
        assert body["createTask"]["errors"] == [{"field": field, "code": code}], extra
    assert await Task.all().count() == 0

    task = await _create(team.gql, title="Fine", dueAt=_in(30))
    await _create(team.gql, title="Written down late", dueAt=_in(-5))  # OVERDUE at once
    past = await team.gql.data(UPDATE, {"input": {"id": task["id"], "dueAt": _in(-1)}})
    assert past["updateTask"]["errors"] == []
    overdue = await team.gql.data(TASKS, {"filter": {"due": "OVERDUE"}})
    assert sorted(e["node"]["title"] for e in overdue["tasks"]["edges"]) == ["Fine", "Written down late"]
    _, viewer = await team.member(Role.VIEWER)
    assert error_codes(await viewer(CREATE, {"input": {"title": "No"}})) == ["FORBIDDEN"]
    assert (await viewer.data(TASKS))["tasks"]["totalCount"] == 2


async def test_due_buckets_split_open_tasks_with_today_in_the_callers_time_zone(team: Team) -> None:
    bad = await team.gql.data(PROFILE, {"input": {"timeZone": "Mars/Olympus"}})
    assert bad["updateProfile"]["errors"] == [{"field": "timeZone", "code": "INVALID_INPUT"}]
    now = dt.datetime.now(dt.UTC)
    east, west = "Pacific/Kiritimati", "Pacific/Pago_Pago"  # UTC+14 and UTC-11: "today" ends at different times

    def end_of_today(zone: str) -> dt.datetime:
        tz = zoneinfo.ZoneInfo(zone)
        return dt.datetime.combine(now.astimezone(tz).date() + dt.timedelta(days=1), dt.time(), tzinfo=tz)

    first, second = sorted([end_of_today(east), end_of_today(west)])
    between = first + (second - first) / 2  # today for the zone whose day ends later, tomorrow for the other
    later_zone = east if end_of_today(east) == second else west
    earlier_zone = west if later_zone == east else east
    titles = {"overdue": now - dt.timedelta(hours=1), "between": between, "far": second + dt.timedelta(days=2)}
    for title, due in titles.items():
        await Task.create(organization_id=team.org.id, title=title, due_at=due, assignee_id=team.owner.id)
    await Task.create(organization_id=team.org.id, title="undated", assignee_id=team.owner.id)

    async def bucket(due: str) -> list[str]:
        data = await team.gql.data(TASKS, {"filter": {"due": due, "assigneeId": to_gid(team.owner)}})
        return sorted(e["node"]["title"] for e in data["tasks"]["edges"])

    await team.gql.data(PROFILE, {"input": {"timeZone": later_zone}})
    assert await bucket("OVERDUE") == ["overdue"]
    assert await bucket("TODAY") == ["between"]
    assert await bucket("UPCOMING") == ["far"]
    assert await bucket("NONE") == ["undated"]
    changed = await team.gql.data(PROFILE, {"input": {"timeZone": earlier_zone}})
    assert changed["updateProfile"]["user"]["timeZone"] == earlier_zone
    assert await bucket("TODAY") == []
    assert await bucket("UPCOMING") == ["between", "far"]


def to_gid(user: User) -> str:
    from schema.relay import to_global_id

    return to_global_id("User", user.id)


async def _reminders() -> list[OutboxMail]:
    return list(await OutboxMail.filter(kind="task_reminder"))


async def test_a_due_task_is_reminded_once_per_due_time(team: Team) -> None:
    member, as_member = await team.member(Role.MEMBER)
    lead = await create_lead(team.gql, fullName="Lou Secret", email="lou@example.com")
    task = await _create(team.gql, title="Call Lou Secret", dueAt=_in(60), leadId=lead["id"], assigneeId=to_gid(member))
    pk = pk_of(task["id"], "Task")
    assert await services.remind_due_tasks() == 0  # not due yet

    due = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    await Task.filter(id=pk).update(due_at=due)  # the clock reached the due time
    assert await services.remind_due_tasks() == 1
    await run_jobs()
    mails = await _reminders()
    assert len(mails) == 1 and mails[0].to_address == member.email
    assert "Lou" not in mails[0].body_text and "Call" not in mails[0].body_text and "/tasks/" in mails[0].body_text
    seen = (await as_member.data("{ notifications(first: 5) { edges { node { kind link } } } }"))["notifications"]
    assert [e["node"] for e in seen["edges"]] == [{"kind": "TASK_DUE", "link": f"/tasks/{pk}"}]

    # The cron and a job re-run (a killed worker's job runs again) send nothing more for this due time.
    assert await services.remind_due_tasks() == 0
    assert await services.send_reminder(pk, due) is False
    await run_jobs()
    assert len(await _reminders()) == 1

    # A new due time gets its own reminder.
    moved = await as_member.data(UPDATE, {"input": {"id": task["id"], "dueAt": _in(30)}})
    assert moved["updateTask"]["errors"] == []
    await Task.filter(id=pk).update(due_at=due + dt.timedelta(seconds=30))
    assert await services.remind_due_tasks() == 1
    await run_jobs()
    assert len(await _reminders()) == 2

    # Done tasks are not reminded.
    await as_member.data(COMPLETE, {"input": {"id": task["id"]}})
    await Task.filter(id=pk).update(due_at=due + dt.timedelta(seconds=45))
    assert await services.remind_due_tasks() == 0


@pytest.fixture
def postgres_only() -> None:
    from tortoise import Tortoise

    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("SQLite has a single writer")


async def test_a_task_completed_by_many_callers_at_once_is_completed_once(team: Team, postgres_only: None) -> None:
    for _ in range(3):
        task = (await team.gql.data(CREATE, {"input": {"title": "Call back"}}))["createTask"]["task"]
        bodies = await asyncio.gather(*(team.gql.data(COMPLETE, {"input": {"id": task["id"]}}) for _ in range(10)))
        codes = sorted(",".join(e["code"] for e in b["completeTask"]["errors"]) or "OK" for b in bodies)
        assert codes == ["ALREADY_DONE"] * 9 + ["OK"]


async def test_an_edit_sent_with_the_completion_does_not_reopen_the_task(team: Team, postgres_only: None) -> None:
    for _ in range(3):
        task = (await team.gql.data(CREATE, {"input": {"title": "Write up"}}))["createTask"]["task"]
        edited, completed = await asyncio.gather(
            team.gql.data(UPDATE, {"input": {"id": task["id"], "title": "Write it up"}}),
            team.gql.data(COMPLETE, {"input": {"id": task["id"]}}),
        )
        assert edited["updateTask"]["errors"] == [] and completed["completeTask"]["errors"] == []
        kept = await Task.get(id=pk_of(task["id"], "Task"))
        assert (kept.title, kept.status, kept.completed_at is not None) == ("Write it up", TaskStatus.DONE, True)
