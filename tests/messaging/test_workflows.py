"""Workflows: a new lead gets the template once, only with consent; skipped runs say why."""

from __future__ import annotations

from typing import Any

from app.events import EventType, emit
from app.jobs.models import Job, JobKind
from schema.relay import from_global_id
from tests.messaging.conftest import WA, run_jobs

CREATE = """
mutation($input: CreateWorkflowInput!) {
  createWorkflow(input: $input) {
    workflow { id name trigger delaySeconds enabled conditions { source formId campaignId }
      action { sendWhatsAppTemplate { name language parameters } } }
    errors { field code message }
  }
}
"""

RUNS = """
query($f: WorkflowRunFilter) { workflowRuns(filter: $f) { totalCount
  edges { node { status reason leadId message { status templateName body } } } } }
"""


async def create(wa: WA, **overrides: Any) -> dict[str, Any]:
    values = {
        "name": "Welcome on WhatsApp",
        "trigger": "LEAD_CREATED",
        "conditions": {"source": "MANUAL"},
        "action": {
            "sendWhatsAppTemplate": {
                "name": "appointment_reminder",
                "language": "en_US",
                "parameters": ["{{lead.firstName}}", "tomorrow"],
            }
        },
        "delaySeconds": 60,
        **overrides,
    }
    return (await wa.gql.data(CREATE, {"input": values}))["createWorkflow"]


async def test_workflow_sends_once_with_consent(wa: WA) -> None:
    await wa.configure()
    created = await create(wa)
    assert created["errors"] == []
    assert created["workflow"]["conditions"]["source"] == "MANUAL"
    lead = await wa.lead()  # consent is given before the delayed run executes
    # The same lead announced twice (a re-delivered webhook): still one run, one message.
    await emit(EventType.LEAD_CREATED, wa.org.id, from_global_id(lead)[1])
    assert await Job.filter(kind=JobKind.WORKFLOW_RUN).count() == 1
    await run_jobs()
    assert len(wa.meta.sent_messages) == 1
    sent = wa.meta.sent_messages[0]["payload"]["template"]
    assert sent["components"][0]["parameters"] == [
        {"type": "text", "text": "Jane"},
        {"type": "text", "text": "tomorrow"},
    ]
    runs = (await wa.gql.data(RUNS, {"f": {"workflowId": created["workflow"]["id"]}}))["workflowRuns"]
    assert runs["totalCount"] == 1
    node = runs["edges"][0]["node"]
    assert (node["status"], node["leadId"], node["message"]["status"]) == ("COMPLETED", lead, "SENT")


async def test_run_without_consent_is_skipped(wa: WA) -> None:
    await wa.configure()
    assert (await create(wa, delaySeconds=0))["errors"] == []
    lead = await wa.lead(consent=False)
    await run_jobs()
    assert wa.meta.sent_messages == []
    runs = (await wa.gql.data(RUNS, {"f": {"leadId": lead}}))["workflowRuns"]
    assert [(e["node"]["status"], e["node"]["reason"]) for e in runs["edges"]] == [("SKIPPED", "CONSENT_REQUIRED")]


async def test_conditions_filter_leads_and_erasure_skips(wa: WA) -> None:
    await wa.configure()
    assert (await create(wa, conditions={"source": "API"}))["errors"] == []
    await wa.lead()
    await run_jobs()
    assert (await wa.gql.data(RUNS))["workflowRuns"]["totalCount"] == 0

    assert (await create(wa, name="Any source", conditions=None))["errors"] == []
    lead = await wa.lead("+4915199999999")
    data = await wa.gql.data(
        "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { errors { code } } }", {"i": {"id": lead}}
    )
    assert data["deleteLead"]["errors"] == []
    await run_jobs()
    assert wa.meta.sent_messages == []
    runs = (await wa.gql.data(RUNS))["workflowRuns"]
    assert [(e["node"]["status"], e["node"]["reason"]) for e in runs["edges"]] == [("SKIPPED", "LEAD_ERASED")]


async def test_update_delete_and_validation(wa: WA) -> None:
    not_configured = await create(wa)
    assert [e["code"] for e in not_configured["errors"]] == ["INTEGRATION_NOT_CONNECTED"]
    await wa.configure()
    bad = await create(wa, action={"sendWhatsAppTemplate": {"name": "appointment_reminder", "language": "en_US"}})
    assert [e["field"] for e in bad["errors"]] == ["action.sendWhatsAppTemplate.parameters"]  # the input's path
    workflow = (await create(wa))["workflow"]
    updated = await wa.gql.data(
        "mutation($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { workflow { enabled delaySeconds name } "
        "errors { code } } }",
        {"i": {"id": workflow["id"], "enabled": False, "delaySeconds": 5}},
    )
    assert updated["updateWorkflow"]["workflow"] == {"enabled": False, "delaySeconds": 5, "name": "Welcome on WhatsApp"}
    listed = await wa.gql.data("{ workflows { totalCount edges { node { id } } } }")
    assert listed["workflows"]["totalCount"] == 1
    delete = (
        "mutation($i: DeleteWorkflowInput!) { deleteWorkflow(input: $i) {"
        " workflow { id name enabled } deletedId errors { code } } }"
    )
    deleted = await wa.gql.data(delete, {"i": {"id": workflow["id"]}})
    shown = {"id": workflow["id"], "name": "Welcome on WhatsApp", "enabled": False}  # SPEC §6: as it was
    assert deleted["deleteWorkflow"] == {"workflow": shown, "deletedId": workflow["id"], "errors": []}
    assert (await wa.gql.data("{ workflows { totalCount } }"))["workflows"]["totalCount"] == 0
    again = await wa.gql.data(delete, {"i": {"id": workflow["id"]}})
    assert again["deleteWorkflow"] == {"workflow": None, "deletedId": None, "errors": [{"code": "NOT_FOUND"}]}
