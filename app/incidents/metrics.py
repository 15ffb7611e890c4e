"""The overdue-incidents gauge, read from the database at scrape time (every process agrees)."""

from __future__ import annotations

from app.metrics import Samples, db_gauge


async def overdue_incidents() -> Samples:
    from app.incidents.services import count_overdue

    return {(): float(await count_overdue())}


db_gauge(
    "quantix_security_incidents_overdue",
    "Security incidents past their 72-hour regulator deadline, not notified and not closed",
    [],
    overdue_incidents,
)
