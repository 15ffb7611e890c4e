"""META_SYNC jobs and the hourly refresh of every connected organisation."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from app.errors import DomainError, ErrorCode
from app.integrations.meta.connection import get_connection, note_token_failure
from app.integrations.meta.graph import MetaError, MetaRetryable, retry_later
from app.integrations.meta.models import ConnectionStatus, MetaConnection
from app.integrations.meta.sync import sync_organization
from app.jobs import Job, JobKind, cron, enqueue, handler, report_progress

log = logging.getLogger("quantix.campaigns.jobs")


@handler(JobKind.META_SYNC)
async def run_meta_sync(job: Job) -> dict[str, Any] | None:
    """Payload: `{"ad_account_id": <our AdAccount id or null>, "since": "YYYY-MM-DD" or null}`."""
    payload = job.payload or {}
    organization_id = job.organization_id or payload.get("organization_id")
    if organization_id is None:
        raise ValueError("META_SYNC needs an organisation")
    since = dt.date.fromisoformat(payload["since"]) if payload.get("since") else None

    async def progress(pct: int) -> None:
        await report_progress(job, pct)

    try:
        return await sync_organization(
            organization_id, ad_account_id=payload.get("ad_account_id"), since=since, progress=progress
        )
    except DomainError as exc:
        if exc.code is not ErrorCode.INTEGRATION_NOT_CONNECTED:
            raise
        # Disconnected before or during the run: nothing is wrong and nothing is left to sync.
        return {"stopped": "Meta is no longer connected for this organisation; the sync stopped."}
    except MetaRetryable as exc:
        raise retry_later(exc) from exc
    except MetaError as exc:
        conn = await get_connection(organization_id)
        if conn is not None:
            await note_token_failure(conn, exc)
        raise


@cron("meta-sync-hourly", minute=17)
async def refresh_connected_organizations() -> None:
    """Every hour: one META_SYNC per organisation whose Meta connection works (deduplicated per hour)."""
    hour = dt.datetime.now(dt.UTC).strftime("%Y%m%d%H")
    connected = await MetaConnection.filter(
        status__in=[ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING]
    ).values_list("organization_id", flat=True)
    for organization_id in connected:
        await enqueue(
            JobKind.META_SYNC,
            {"ad_account_id": None, "since": None},
            organization_id=organization_id,
            dedupe_key=f"meta-sync:{organization_id}:{hour}",
        )
