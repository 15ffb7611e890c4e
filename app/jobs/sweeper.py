"""The job sweeper: QUEUED jobs the queue does not hold are handed on again (as the webhook inbox sweeper
does for events).

`enqueue` writes the Job row before it reaches the queue, so a job whose hand-off failed (Redis down) or
that the queue lost stays QUEUED. Each minute, in the worker and in the in-process runner, the sweeper
dispatches QUEUED jobs due for longer than GRACE with the same deterministic id: arq refuses an id it
still holds and the in-process runner skips jobs it is running, so sweeping is idempotent.
"""

from __future__ import annotations

import datetime as dt
import logging

from tortoise.expressions import Q

from app.jobs.models import Job, JobStatus
from app.jobs.queue import backend, cron

log = logging.getLogger("quantix.jobs")

# Longer than arq keeps a finished job's result (60 s), during which it would still refuse the same id.
GRACE = dt.timedelta(minutes=2)
BATCH = 500


async def sweep_queued(now: dt.datetime | None = None) -> int:
    """Dispatch QUEUED jobs due for longer than GRACE that the queue does not hold; returns how many."""
    due = (now or dt.datetime.now(dt.UTC)) - GRACE
    jobs = (
        await Job.filter(status=JobStatus.QUEUED)
        .filter(Q(run_after__isnull=True, created_at__lte=due) | Q(run_after__lte=due))
        .order_by("created_at")
        .limit(BATCH)
    )
    handed_on = 0
    for job in jobs:
        try:
            handed_on += await backend().dispatch(job)
        except Exception:
            log.warning("could not hand queued jobs to the queue; the next sweep will", extra={"job_id": str(job.id)})
            break
    return handed_on


@cron("job-queued-sweeper")
async def _sweep_cron() -> None:
    await sweep_queued()
