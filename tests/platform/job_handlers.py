"""A MAINTENANCE handler the job tests control through its payload (no personal data: modes and numbers).

Imported by `quantix worker` subprocesses through QUANTIX_EXTRA_HANDLER_MODULES, and registered for the
duration of a test in-process (see `probe_handler` in test_jobs.py).
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.jobs import Job, JobKind, RetryLater, handler, report_progress

# In-process tests park the handler here to look at a job mid-way.
gates: dict[str, asyncio.Event] = {}
reached: dict[str, asyncio.Event] = {}


async def probe(job: Job) -> dict[str, Any] | None:
    mode = job.payload.get("mode")
    if mode == "progress":
        await report_progress(job, 40)
        reached.setdefault(str(job.id), asyncio.Event()).set()
        await gates.setdefault(str(job.id), asyncio.Event()).wait()
        await report_progress(job, 90)
        return {"steps": 2}
    if mode == "hang-first" and job.attempts == 1:
        await asyncio.sleep(60)  # killed (or timed out) before it wakes
    if mode == "retry-first" and job.attempts == 1:
        raise RetryLater(0.05, "peer throttled us")
    if mode == "fail":
        raise ValueError("the lead grace.hopper@example.com broke it")
    if mode == "sleep":
        await asyncio.sleep(float(job.payload["seconds"]))
    return {"attempt": job.attempts}


handler(JobKind.MAINTENANCE)(probe)
