"""Jobs: a `Job` row per unit of background work, run by arq or, without Redis, in-process."""

from app.jobs.models import Job, JobKind, JobStatus
from app.jobs.queue import RetryLater, cron, drain, enqueue, handler, poke, report_progress, run_job
from app.jobs.sweeper import sweep_queued

__all__ = [
    "Job",
    "JobKind",
    "JobStatus",
    "RetryLater",
    "cron",
    "drain",
    "enqueue",
    "handler",
    "poke",
    "report_progress",
    "run_job",
    "sweep_queued",
]
