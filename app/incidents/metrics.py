"""The overdue-incidents gauge, read from the database at scrape time (every process agrees)."""

from __future__ import annotations

from app.incidents.services import count_overdue
from app.metrics import count_gauge

count_gauge(
    "quantix_security_incidents_overdue",
    "Security incidents past their 72-hour regulator deadline, not notified and not closed",
    count_overdue,
)
