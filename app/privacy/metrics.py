"""The overdue-privacy-requests gauge, read from the database at scrape time (every process agrees)."""

from __future__ import annotations

from app.metrics import count_gauge
from app.privacy.requests import count_overdue

count_gauge(
    "quantix_privacy_requests_overdue",
    "Verified privacy requests past their deadline and not yet completed",
    count_overdue,
)
