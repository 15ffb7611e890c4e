"""Background work of privacy requests: the export and erasure job handlers and the daily / hourly crons."""

from __future__ import annotations

from app.jobs import cron
from app.privacy import export, metrics  # noqa: F401  # the EXPORT job handler, the overdue gauge
from app.privacy.export import purge_expired_exports
from app.privacy.processing import run_due_erasures  # importing it registers the ERASURE job handler
from app.privacy.requests import remind_near_deadline


@cron("privacy-scheduled-erasures", minute=7)
async def scheduled_erasures() -> None:
    """Hourly: account erasures whose grace period is over."""
    await run_due_erasures()


@cron("privacy-export-expiry", minute=17)
async def expired_exports() -> None:
    """Hourly: delete export files past their 72 hours."""
    await purge_expired_exports()


@cron("privacy-deadline-reminders", minute=30, hour=8)
async def deadline_reminders() -> None:
    """Daily: remind admins of requests due within three days or overdue."""
    await remind_near_deadline()
