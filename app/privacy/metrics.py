"""The overdue-privacy-requests gauge, read from the database at scrape time (every process agrees)."""

from __future__ import annotations

from app.metrics import Samples, db_gauge


async def overdue_requests() -> Samples:
    from app.privacy.requests import count_overdue

    return {(): float(await count_overdue())}


db_gauge(
    "quantix_privacy_requests_overdue",
    "Verified privacy requests past their deadline and not yet completed",
    [],
    overdue_requests,
)
