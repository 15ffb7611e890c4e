"""The overdue-privacy-requests gauge, refreshed from the database at scrape time (every process agrees)."""

from __future__ import annotations

from prometheus_client import Gauge

from app.metrics import refreshers, registry

OVERDUE = Gauge(
    "quantix_privacy_requests_overdue",
    "Verified privacy requests past their deadline and not yet completed",
    registry=registry,
)


async def refresh_overdue() -> None:
    from app.privacy.requests import count_overdue

    OVERDUE.set(await count_overdue())


if refresh_overdue not in refreshers:
    refreshers.append(refresh_overdue)
