"""Node factories of the incidents room: SecurityIncident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.incidents.models import SecurityIncidentKind
from app.incidents.services import ScopeInput, report_incident
from schema.relay import to_global_id


async def _incident(org: Organization, user: User) -> str:
    now = dt.datetime.now(dt.UTC)
    incident = await report_incident(
        org.id,
        title="Probe",
        description="",
        kind=SecurityIncidentKind.OTHER,
        detected_at=now,
        window_start=now - dt.timedelta(hours=1),
        window_end=now,
        scope=ScopeInput(ip_addresses=["192.0.2.1"]),
        reported_by_id=user.id,
    )
    return to_global_id("SecurityIncident", incident.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {"SecurityIncident": _incident}
