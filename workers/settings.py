"""arq WorkerSettings: one generic job function over the Job table, the cron jobs, the ORM lifecycle."""

from __future__ import annotations

from typing import Any

from arq import cron as arq_cron
from arq.connections import RedisSettings
from arq.worker import func

from app.jobs import queue
from app.settings import Settings, get_settings
from workers.tasks import cron_task, run_drain_task, run_job_task, shutdown, startup


def worker_settings(settings: Settings | None = None, **overrides: Any) -> dict[str, Any]:
    settings = settings or get_settings()
    if not settings.redis_url:
        raise RuntimeError("`quantix worker` needs REDIS_URL; without it jobs run inside `quantix serve`")
    queue.load_handlers(settings)
    cron_jobs = [
        arq_cron(
            cron_task(job),
            name=f"cron:{job.name}",
            minute=job.minute,
            hour=job.hour,
            run_at_startup=False,
            unique=True,
            max_tries=1,
            timeout=settings.job_timeout_seconds,
        )
        for job in queue.crons
    ]
    values: dict[str, Any] = {
        "functions": [
            func(run_job_task, name="run_job", max_tries=queue.MAX_ATTEMPTS),
            # A drain's work lives in its own table: nothing to keep, and a failed run is re-poked, not retried.
            func(run_drain_task, name="run_drain", max_tries=1, keep_result=0),
        ],
        "cron_jobs": cron_jobs,
        "queue_name": queue.arq_queue_name(settings),
        "redis_settings": RedisSettings.from_dsn(settings.redis_url),
        "on_startup": startup,
        "on_shutdown": shutdown,
        # One second more than run_job's own timeout, so the Job row is marked FAILED before arq cancels.
        # A killed worker's job is picked up again when its in-progress key expires (this + 10 s).
        "job_timeout": settings.job_timeout_seconds + 1,
        "keep_result": 60,
        # arq starts at most `max_jobs` jobs per poll, then sleeps `poll_delay` (0.5 s by default): that capped
        # webhook ingestion at ~40 jobs/s and added ~250 ms of queue wait to every job.
        "poll_delay": 0.05,
        "handle_signals": True,
        "ctx": {"settings": settings},
    }
    values.update(overrides)
    return values
