"""`quantix incidents open|assess|notify|close`, run as an operator would."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys

from app.audit.services import record
from app.incidents.models import SecurityIncident, SecurityIncidentNotice, SecurityIncidentStatus
from app.request_context import RequestInfo, reset_request, set_request
from tests.factories.leads import make_lead
from tests.leads.conftest import Team
from tests.support import make_org


async def quantix(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        "incidents",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_open_all_assess_notify_close(team: Team) -> None:
    other = await make_org("Other Ads")
    lead = await make_lead(team.org)
    token = set_request(RequestInfo(client_ip="198.51.100.20"))
    try:
        await record("lead.contact_read", organization_id=team.org.id, target_type="Lead", target_id=lead.id)  # type: ignore[attr-defined]
        await record("lead.contact_read", organization_id=other.id, target_type="Lead", target_id=lead.id)  # type: ignore[attr-defined]
    finally:
        reset_request(token)
    start = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()

    code, out, err = await quantix(
        "open", "--all", "--title", "Hosting breach", "--kind", "UNAUTHORIZED_ACCESS",
        "--window-start", start, "--ip", "198.51.100.0/24",
    )  # fmt: skip
    assert code == 0, err
    assert await SecurityIncident.all().count() == 2  # one per organisation
    ours = await SecurityIncident.get(organization_id=team.org.id)

    code, out, err = await quantix("assess", "--org", team.org.slug, "--id", str(ours.id))
    assert code == 0, err
    assert "leads=1" in out and "records=1" in out  # the other organisation's read is not ours
    await ours.refresh_from_db()
    assert ours.status is SecurityIncidentStatus.ASSESSED

    args = ["notify", "--org", team.org.slug, "--id", str(ours.id), "--audience", "ORGANIZATION_MEMBERS"]
    code, _, err = await quantix(*args, "--message", "We are looking into it.")
    assert code == 0, err
    assert (await SecurityIncidentNotice.get(incident_id=ours.id)).recipients == 1
    code, _, err = await quantix(*args, "--message", "An update: contained.")
    assert code == 0, err  # a later notice to the same audience is an update
    assert [n.recipients for n in await SecurityIncidentNotice.filter(incident_id=ours.id)] == [1, 1]

    code, _, err = await quantix("close", "--org", team.org.slug, "--id", str(ours.id), "--summary", "Contained.")
    assert code == 1 and "notificationNotRequiredReason" in err
    code, _, err = await quantix(
        "close", "--org", team.org.slug, "--id", str(ours.id), "--summary", "Contained.", "--reason", "Unlikely risk."
    )
    assert code == 0, err
    await ours.refresh_from_db()
    assert ours.status is SecurityIncidentStatus.CLOSED
