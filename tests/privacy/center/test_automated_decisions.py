"""Automated decisions: an objecting lead is shown as excluded, and its access export explains every automated
action taken on it (Art. 15(1)(h))."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile

from app.accounts.models import Role
from app.leads.models import Lead
from app.messaging.models import Workflow, WorkflowActionKind, WorkflowRun, WorkflowRunStatus
from app.privacy.consent import apply_objection
from app.privacy.erasure_models import ObjectionKind
from app.security.crypto import blind_index, scope_of
from schema.relay import to_global_id
from tests.privacy.requests.helpers import APPROVE, mails_to, run_jobs, submit_and_verify
from tests.support import GraphQLClient, make_org, make_user

AUTOMATION = "query($id: ID!) { node(id: $id) { ... on Lead { automation { excluded reason } score { value } } } }"


async def _lead(org, email: str) -> Lead:  # type: ignore[no-untyped-def]
    return await Lead.create(
        organization=org, full_name="Otto Auto", email=email, email_bidx=blind_index(scope_of(org.id), "email", email)
    )


async def test_lead_automation_says_whether_the_lead_is_left_out(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.MEMBER)
    gql = GraphQLClient(client, token)
    lead = await _lead(org, "otto@example.com")
    gid = to_global_id("Lead", lead.id)
    before = (await gql.data(AUTOMATION, {"id": gid}))["node"]
    assert before["automation"] == {"excluded": False, "reason": None}
    await apply_objection(org.id, ObjectionKind.AUTOMATED_DECISIONS, lead_id=lead.id)
    after = (await gql.data(AUTOMATION, {"id": gid}))["node"]
    assert after["automation"] == {"excluded": True, "reason": "OBJECTION_AUTOMATED_DECISIONS"}
    assert after["score"] is None


async def test_access_export_lists_automated_actions_and_their_explanations(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    lead = await _lead(org, "otto@example.com")
    workflow = await Workflow.create(
        organization=org, name="Route new leads", action_kind=WorkflowActionKind.ASSIGN_ROUND_ROBIN
    )
    now = dt.datetime.now(dt.UTC)
    await WorkflowRun.create(
        organization=org,
        workflow=workflow,
        lead=lead,
        lead_key=lead.id,
        status=WorkflowRunStatus.COMPLETED,
        explanation="Assigned by round robin (turn 3 of 2 members).",
        run_at=now,
        completed_at=now,
    )
    await Lead.filter(id=lead.id).update(score=15, score_explanation=[{"rule": 0, "points": 15}])

    request = await submit_and_verify(GraphQLClient(client), org.slug, "otto@example.com", "ACCESS")
    await GraphQLClient(client, token).data(APPROVE, {"input": {"id": request["id"]}})
    await run_jobs()
    mail = (await mails_to("otto@example.com", "privacy.completed"))[0]
    url = re.search(r"http://testserver(/exports/\S+)", mail.body_text).group(1)
    archive = zipfile.ZipFile(io.BytesIO((await client.get(url)).content))
    decisions = json.loads(archive.read("automated_decisions.json"))
    by_record = {d["record"]: d for d in decisions}
    assert by_record["WorkflowRun"]["explanation"] == "Assigned by round robin (turn 3 of 2 members)."
    assert by_record["WorkflowRun"]["name"] == "Route new leads"
    assert by_record["LeadScore"]["score"] == 15
    manifest = json.loads(archive.read("manifest.json"))
    assert "AUTOMATED_DECISIONS" in {f["category"] for f in manifest["files"]}
