"""Incident steps sent at the same moment (two admins, a double click): the regulator's notification is
recorded once, and closing and notifying never both succeed into a contradictory record."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from app.audit.models import AuditEvent
from app.incidents import services
from app.incidents.models import SecurityIncident
from tests.incidents.helpers import ASSESS, CLOSE, INCIDENT, MARK, REPORT, report_input
from tests.leads.conftest import Team, run_jobs
from tests.support import concurrent_writers

pytestmark = concurrent_writers


@pytest.fixture(autouse=True)
def _slow_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each call reads the incident, then waits a little: every call has read it before any writes."""
    read = services.get_incident

    async def get_incident(*args: object) -> SecurityIncident:
        incident = await read(*args)  # type: ignore[arg-type]
        await asyncio.sleep(0.05)
        return incident

    monkeypatch.setattr(services, "get_incident", get_incident)


def _codes(body: dict, key: str) -> str:  # type: ignore[type-arg]
    return ",".join(e["code"] for e in body[key]["errors"]) or "OK"


async def _report(team: Team) -> str:
    """An assessed incident: the regulator hears of it next."""
    body = await team.gql.data(REPORT, {"input": report_input(ipAddresses=["192.0.2.0/28"])})
    iid = str(body["reportSecurityIncident"]["securityIncident"]["id"])
    await team.gql.data(ASSESS, {"input": {"id": iid}})
    await run_jobs()
    return iid


async def test_the_regulator_is_marked_notified_once(team: Team) -> None:
    iid = await _report(team)
    bodies = await asyncio.gather(
        *(team.gql.data(MARK, {"input": {"id": iid, "authority": f"Authority {i}"}}) for i in range(10))
    )
    assert Counter(_codes(b, "markRegulatorNotified") for b in bodies) == {"OK": 1, "ALREADY_DONE": 9}
    winner = next(b for b in bodies if not b["markRegulatorNotified"]["errors"])
    kept = (await team.gql.data(INCIDENT, {"id": iid}))["securityIncident"]
    assert (
        kept["regulatorReport"]["authority"]
        == winner["markRegulatorNotified"]["securityIncident"]["regulatorReport"]["authority"]
    )
    assert await AuditEvent.filter(action="incident.regulator_notified").count() == 1


async def test_closing_and_notifying_at_once_leave_a_consistent_incident(team: Team) -> None:
    for _ in range(4):
        iid = await _report(team)
        marked, closed = await asyncio.gather(
            team.gql.data(MARK, {"input": {"id": iid, "authority": "CNIL"}}),
            team.gql.data(
                CLOSE, {"input": {"id": iid, "summary": "Done.", "notificationNotRequiredReason": "Low risk."}}
            ),
        )
        outcome = (_codes(marked, "markRegulatorNotified"), _codes(closed, "closeSecurityIncident"))
        kept = (await team.gql.data(INCIDENT, {"id": iid}))["securityIncident"]
        # Either order is fine; both OK is not: a CLOSED incident "not requiring" the notification it had.
        if outcome == ("OK", "INVALID_INPUT"):  # notified first: a notified incident needs no reason to close
            assert kept["status"] == "NOTIFIED" and kept["regulatorNotifiedAt"] is not None
        else:
            assert outcome == ("INVALID_STATE", "OK")
            assert kept["status"] == "CLOSED" and kept["regulatorNotifiedAt"] is None
