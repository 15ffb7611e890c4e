"""The CONVERSIONS_UPLOAD job and the minute cron that flushes due events (retries, paused organisations)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from app.conversions.services import organizations_with_due_events, upload_pending
from app.jobs import Job, JobKind, RetryLater, cron, enqueue, handler

FLUSH_WINDOW = 300  # seconds: at most one cron-made upload job per organisation and window


@handler(JobKind.CONVERSIONS_UPLOAD)
async def run_upload(job: Job) -> dict[str, Any] | None:
    assert job.organization_id is not None
    report = await upload_pending(job.organization_id)
    if report.retry_in is not None:
        raise RetryLater(report.retry_in, report.retry_reason or "Meta throttled the upload")
    return report.as_dict()


@cron("conversions-upload")
async def flush_due() -> None:
    """Every minute: an upload for each organisation with due events, so nothing waits past 15 minutes
    (events whose job gave up, retries after a backoff, organisations no longer read-only)."""
    window = int(dt.datetime.now(dt.UTC).timestamp() // FLUSH_WINDOW)
    for organization_id in await organizations_with_due_events():
        await enqueue(
            JobKind.CONVERSIONS_UPLOAD,
            {},
            organization_id=uuid.UUID(str(organization_id)),
            dedupe_key=f"conversions-cron:{organization_id}:{window}",
        )
