"""Workflow actions over GraphQL: round robin over members (even, each lead once, never a lead that objected to
automated decisions), a task, a mail to members and a deal, each run explained; one-of input and typed errors."""

from __future__ import annotations

import asyncio
from typing import Any

from app.accounts.models import Role
from app.deals.models import Deal
from app.leads.models import Lead
from app.mail.models import OutboxMail
from app.messaging import workflow_actions
from app.messaging.models import Workflow
from app.notifications.models import Notification, NotificationKind
from app.privacy.consent import apply_objection
from app.privacy.erasure_models import ObjectionKind
from app.tasks.models import Task
from schema.relay import pk_of, to_global_id
from tests.deals.conftest import Team, create_lead, default_stages
from tests.leads.conftest import run_jobs
from tests.support import make_org, make_user

CREATE = """
mutation($input: CreateWorkflowInput!) {
  createWorkflow(input: $input) {
    workflow { id action { kind assignRoundRobin { memberIds } createTask { assignee } createDeal { stageId } } }
    errors { field code }
  }
}
"""
RUNS = """
query($filter: WorkflowRunFilter) {
  workflowRuns(filter: $filter, first: 50) {
    edges { node { leadId status reason explanation task { id title } deal { id status } } }
  }
}
"""


async def _workflow(team: Team, action: dict[str, Any], name: str = "Route") -> str:
    body = await team.gql.data(CREATE, {"input": {"name": name, "action": action}})
    assert body["createWorkflow"]["errors"] == [], body
    return body["createWorkflow"]["workflow"]["id"]


async def _runs(team: Team, workflow: str) -> dict[str, dict[str, Any]]:
    data = await team.gql.data(RUNS, {"filter": {"workflowId": workflow}})
    return {e["node"]["leadId"]: e["node"] for e in data["workflowRuns"]["edges"]}


async def test_round_robin_alternates_members_and_leaves_out_owned_and_objecting_leads(team: Team) -> None:
    first, _ = await team.member(Role.MEMBER)
    second, _ = await team.member(Role.ADMIN)
    viewer, _ = await team.member(Role.VIEWER)  # named, but lacks the role: skipped at each run (SPEC §7.4)
    members = [to_global_id("User", first.id), to_global_id("User", viewer.id), to_global_id("User", second.id)]
    workflow = await _workflow(team, {"assignRoundRobin": {"memberIds": members}})

    new = [await create_lead(team.gql, fullName=f"Round {i}", email=f"round{i}@example.com") for i in range(4)]
    owned = await create_lead(team.gql, fullName="Owned", email="owned@example.com", ownerId=members[0])
    objecting = await create_lead(team.gql, fullName="Objecting", email="objecting@example.com")
    await apply_objection(team.org.id, ObjectionKind.AUTOMATED_DECISIONS, lead_id=pk_of(objecting["id"], "Lead"))
    await run_jobs()

    owners = [(await Lead.get(id=pk_of(lead["id"], "Lead"))).owner_id for lead in new]
    assert sorted(owners, key=str) == sorted([first.id, second.id] * 2, key=str)
    assert owners[0] != owners[1] and owners[2] != owners[3]
    assert (await Lead.get(id=pk_of(objecting["id"], "Lead"))).owner_id is None
    runs = await _runs(team, workflow)
    assert runs[objecting["id"]]["status"] == "SKIPPED"
    assert runs[objecting["id"]]["reason"] == "OBJECTION_AUTOMATED_DECISIONS"
    assert runs[owned["id"]]["reason"] == "LEAD_OWNED"
    assert runs[new[0]["id"]]["status"] == "COMPLETED" and "round robin" in runs[new[0]["id"]]["explanation"]
    assert "Round" not in runs[new[0]["id"]]["explanation"]  # explanations carry no personal data


async def test_round_robin_turns_are_counted_atomically(team: Team) -> None:
    member, _ = await team.member(Role.MEMBER)
    gid = await _workflow(team, {"assignRoundRobin": {"memberIds": [to_global_id("User", member.id)]}})
    workflow = await Workflow.get(id=pk_of(gid, "Workflow"))
    turns = await asyncio.gather(*(workflow_actions._next_turn(workflow) for _ in range(12)))
    assert sorted(turns) == list(range(1, 13))


async def test_task_mail_and_deal_actions_run_and_are_explained(team: Team) -> None:
    member, _ = await team.member(Role.MEMBER)
    stages = await default_stages(team)
    task_flow = await _workflow(
        team, {"createTask": {"title": "Call within the hour", "dueInMinutes": 60, "assignee": "LEAD_OWNER"}}, "T"
    )
    mail_flow = await _workflow(
        team, {"notifyMembers": {"memberIds": [to_global_id("User", member.id)], "channels": ["EMAIL"]}}, "M"
    )
    viewer, _ = await team.member(Role.VIEWER)  # a reader is told too
    app_flow = await _workflow(
        team,
        {
            "notifyMembers": {
                "memberIds": [to_global_id("User", u.id) for u in (member, viewer)],
                "channels": ["IN_APP"],
            }
        },
        "A",
    )
    deal_flow = await _workflow(team, {"createDeal": {"stageId": stages["Proposal"], "amount": "250"}}, "D")
    lead = await create_lead(team.gql, fullName="Quinn Secret", email="quinn@example.com")
    await run_jobs()

    task_run = (await _runs(team, task_flow))[lead["id"]]
    assert task_run["status"] == "COMPLETED" and task_run["task"]["title"] == "Call within the hour"
    assert (await Task.get(id=pk_of(task_run["task"]["id"], "Task"))).assignee_id is None  # unowned lead
    deal_run = (await _runs(team, deal_flow))[lead["id"]]
    deal = await Deal.get(id=pk_of(deal_run["deal"]["id"], "Deal"))
    assert deal.lead_id == pk_of(lead["id"], "Lead") and str(deal.amount) == "250.0000"
    mails = await OutboxMail.filter(kind="workflow_notice")
    assert [m.to_address for m in mails] == [member.email]
    assert "Quinn" not in mails[0].body_text and "quinn@" not in mails[0].body_text
    assert (await _runs(team, mail_flow))[lead["id"]]["status"] == "COMPLETED"
    assert (await _runs(team, app_flow))[lead["id"]]["status"] == "COMPLETED"
    told = await Notification.filter(user_id=member.id, kind=NotificationKind.LEAD_ASSIGNED)
    assert len(told) == 1 and told[0].lead_name == "Quinn Secret" and "{lead}" in told[0].body  # in-app only
    assert await Notification.filter(user_id=viewer.id, kind=NotificationKind.LEAD_ASSIGNED).count() == 1


async def test_actions_are_one_of_with_typed_errors(team: Team) -> None:
    viewer, _ = await team.member(Role.VIEWER)
    member, _ = await team.member(Role.MEMBER)
    stranger, _ = await make_user(await make_org("Elsewhere"), role=Role.MEMBER)
    m, v, s = (to_global_id("User", u.id) for u in (member, viewer, stranger))
    task = {"title": "T", "dueInMinutes": 5, "assignee": "MEMBER"}
    cases = [
        ({}, "action", "INVALID_INPUT"),
        (
            {"assignRoundRobin": {"memberIds": [m]}, "notifyMembers": {"memberIds": [m], "channels": ["EMAIL"]}},
            "action",
            "INVALID_INPUT",
        ),
        ({"assignRoundRobin": {"memberIds": []}}, "action.assignRoundRobin.memberIds", "INVALID_INPUT"),
        ({"createTask": {**task, "memberId": v}}, "action.createTask.memberId", "INVALID_INPUT"),  # takes no task
        ({"assignRoundRobin": {"memberIds": [s]}}, "action.assignRoundRobin.memberIds", "NOT_FOUND"),
        ({"createTask": task}, "action.createTask.memberId", "INVALID_INPUT"),
        (
            {"createTask": {**task, "assignee": "LEAD_OWNER", "memberId": m}},
            "action.createTask.memberId",
            "INVALID_INPUT",
        ),
        ({"createTask": {**task, "dueInMinutes": 0, "memberId": m}}, "action.createTask.dueInMinutes", "INVALID_INPUT"),
        ({"notifyMembers": {"memberIds": [m], "channels": []}}, "action.notifyMembers.channels", "INVALID_INPUT"),
        ({"createDeal": {"currency": "ABC"}}, "action.createDeal.currency", "INVALID_INPUT"),
        ({"createDeal": {"amount": "-3"}}, "action.createDeal.amount", "INVALID_INPUT"),
    ]
    for action, field, code in cases:
        body = await team.gql.data(CREATE, {"input": {"name": "Bad", "action": action}})
        assert body["createWorkflow"]["errors"] == [{"field": field, "code": code}], action
    assert await Workflow.filter(organization_id=team.org.id).count() == 0
    made = await _workflow(team, {"createTask": {**task, "memberId": m}})
    assert made
