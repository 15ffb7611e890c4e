"""The assessment job is at-least-once: a run killed half-way (the row left RUNNING, a partial result written)
is simply run again and ends with the same answer as an uninterrupted one."""

from __future__ import annotations

from app.audit.services import record
from app.incidents.models import SecurityIncident, SecurityIncidentLead
from app.jobs.models import Job, JobStatus
from app.request_context import RequestInfo, reset_request, set_request
from tests.factories.leads import make_lead
from tests.incidents.helpers import ASSESS, REPORT, report_input
from tests.leads.conftest import Team
from tests.support import drain_jobs


async def test_a_killed_assessment_runs_again_to_the_same_answer(team: Team) -> None:
    leads = [await make_lead(team.org) for _ in range(4)]
    token = set_request(RequestInfo(client_ip="192.0.2.77"))
    try:
        for lead in leads[:3]:
            await record("lead.contact_read", organization_id=team.org.id, target_type="Lead", target_id=lead.id)  # type: ignore[attr-defined]
    finally:
        reset_request(token)
    body = await team.gql.data(REPORT, {"input": report_input(ipAddresses=["192.0.2.0/24"])})
    incident_id = body["reportSecurityIncident"]["securityIncident"]["id"]
    incident = await SecurityIncident.get(organization_id=team.org.id)

    job_id = (await team.gql.data(ASSESS, {"input": {"id": incident_id}}))["assessSecurityIncident"]["job"]["id"]
    job = await Job.get(kind="INCIDENT_ASSESSMENT")
    # The worker died mid-run: the row says RUNNING, a stale partial list was written.
    await Job.filter(id=job.id).update(status=JobStatus.RUNNING, attempts=1)
    await SecurityIncidentLead.create(organization_id=team.org.id, incident_id=incident.id, lead_id=leads[3].id)  # type: ignore[attr-defined]
    # Asking again while it is unfinished hands back the same job.
    again = (await team.gql.data(ASSESS, {"input": {"id": incident_id}}))["assessSecurityIncident"]["job"]["id"]
    assert again == job_id

    await drain_jobs()  # the queued message runs the RUNNING row again, as arq does after the timeout
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.SUCCEEDED and job.attempts == 2
    assert job.result == {"leads": 3, "users": 0, "records": 3}
    listed = set(await SecurityIncidentLead.filter(incident_id=incident.id).values_list("lead_id", flat=True))
    assert listed == {lead.id for lead in leads[:3]}  # type: ignore[attr-defined]
