"""Thin arq job functions: load ids, call app services (via app.jobs.run_job), map retries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry

from app.db import init_orm
from app.jobs import queue
from app.jobs.queue import RetryLater
from app.realtime import close_hub
from app.settings import get_settings


async def startup(ctx: dict[str, Any]) -> None:
    settings = ctx.get("settings") or get_settings()
    if not ctx.get("orm_managed_elsewhere"):
        ctx["orm"] = await init_orm(settings)
    if not queue.is_started():  # a worker embedded in a process that runs the queue (tests) shares it
        await queue.start_queue(settings, requeue=False)
        ctx["owns_queue"] = True


async def shutdown(ctx: dict[str, Any]) -> None:
    if ctx.get("owns_queue"):
        await queue.stop_queue()
        await close_hub()  # the live-event publisher of this worker process
    if ctx.get("orm") is not None:
        await ctx["orm"].close_connections()


async def run_job_task(ctx: dict[str, Any], job_id: str) -> None:
    settings = ctx.get("settings") or get_settings()
    try:
        await queue.run_job(job_id, timeout=settings.job_timeout_seconds)
    except RetryLater as retry:
        raise Retry(defer=retry.defer) from None


async def run_drain_task(ctx: dict[str, Any], name: str) -> None:
    settings = ctx.get("settings") or get_settings()
    await queue.run_drain(name, timeout=settings.job_timeout_seconds)


def cron_task(job: queue.CronJob) -> Callable[[dict[str, Any]], Awaitable[None]]:
    """An arq coroutine for one registered cron job."""

    async def task(ctx: dict[str, Any]) -> None:
        await job.fn()

    task.__qualname__ = task.__name__ = f"cron_{job.name}"
    return task
