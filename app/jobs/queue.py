"""The queue interface: `enqueue(kind, payload)` -> Job row; arq with Redis, in-process without.

Both paths call the same `run_job(job_id)`, which drives the Job row through its states and calls the
handler registered for its kind. Handlers are idempotent: a job may run again after a crash.

Drains are the other kind of background work: a function that claims its own work from a table (an inbox)
and loops while some is left. `poke(name)` has it run soon; pokes made while a run is already due coalesce,
and no Job row is written, so a poke per incoming event stays cheap.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.exceptions import IntegrityError

from app.jobs.models import Job, JobKind, JobStatus
from app.settings import Settings

log = logging.getLogger("quantix.jobs")

Handler = Callable[[Job], Awaitable[dict[str, Any] | None]]
_handlers: dict[JobKind, Handler] = {}
Drain = Callable[[], Awaitable[None]]
_drains: dict[str, Drain] = {}
MAX_ATTEMPTS = 8
POKE_TTL_MS = 10_000  # a poke whose run never started stops coalescing new ones after this


class RetryLater(Exception):
    """A transient failure (throttling, a peer down): run the job again after `defer` seconds."""

    def __init__(self, defer: float, reason: str = "transient failure") -> None:
        super().__init__(reason)
        self.defer = defer
        self.reason = reason


def handler(kind: JobKind) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _handlers[kind] = fn
        return fn

    return register


def drain(name: str) -> Callable[[Drain], Drain]:
    """Register a drain: a coroutine that claims work itself and returns when none is left."""

    def register(fn: Drain) -> Drain:
        _drains[name] = fn
        return fn

    return register


@dataclass(frozen=True)
class CronJob:
    name: str
    fn: Callable[[], Awaitable[None]]
    minute: int | None = None  # None = every minute
    hour: int | None = None  # None = every hour


crons: list[CronJob] = []


def cron(name: str, *, minute: int | None = None, hour: int | None = None) -> Callable[..., Any]:
    def register(fn: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
        crons[:] = [c for c in crons if c.name != name]
        crons.append(CronJob(name, fn, minute, hour))
        return fn

    return register


def registered_kinds() -> set[JobKind]:
    return set(_handlers)


def registered_drains() -> set[str]:
    return set(_drains)


# --- dispatch ----------------------------------------------------------------------------------------


class _Backend:
    async def dispatch(self, job: Job, defer: float | None = None) -> bool:
        """Hand the job on; False when the queue already holds it (so handing on again is harmless)."""
        raise NotImplementedError

    async def poke(self, name: str, defer: float | None = None) -> None:
        raise NotImplementedError

    async def unpoke(self, name: str) -> None:
        """A run of drain `name` is about to claim: later pokes must schedule another run."""


class ArqBackend(_Backend):
    """A poke sets a flag (SET NX) and enqueues a run only when the flag was not already set; the run
    clears the flag just before it claims, so every poke is followed by a claim that sees its work."""

    def __init__(self, pool: Any, queue_name: str, namespace: str) -> None:
        self.pool = pool
        self.queue_name = queue_name
        self.namespace = namespace

    def _flag(self, name: str) -> str:
        return f"{self.namespace}:drain:{name}:poked"

    async def poke(self, name: str, defer: float | None = None) -> None:
        if defer:  # a retry later: one run per drain at the top of each second, for all work due by then
            due = math.ceil(time.time() + defer)
            await self.pool.enqueue_job(
                "run_drain",
                name,
                _job_id=f"{self.namespace}:drain:{name}:{due}",  # arq's job keys are shared by every namespace
                _queue_name=self.queue_name,
                _defer_by=max(0.0, due - time.time()),
            )
            return
        if not await self.pool.set(self._flag(name), b"1", nx=True, px=POKE_TTL_MS):
            return  # a run is due and has not claimed yet: it will see this work
        try:
            await self.pool.enqueue_job(
                "run_drain", name, _job_id=f"drain:{name}:{uuid.uuid4().hex}", _queue_name=self.queue_name
            )
        except Exception:
            with contextlib.suppress(Exception):
                await self.pool.delete(self._flag(name))
            raise

    async def unpoke(self, name: str) -> None:
        await self.pool.delete(self._flag(name))

    async def dispatch(self, job: Job, defer: float | None = None) -> bool:
        # arq refuses an id it still holds (queued, running or just finished): the id makes this idempotent.
        queued = await self.pool.enqueue_job(
            "run_job",
            str(job.id),
            _job_id=f"job:{job.id}:{job.attempts}",
            _queue_name=self.queue_name,
            _defer_by=defer,
        )
        return queued is not None

    async def depth(self) -> int:
        return int(await self.pool.zcard(self.queue_name))


@dataclass
class InProcessBackend(_Backend):
    """Runs jobs as asyncio tasks of the serving process; unfinished rows are re-queued at start-up."""

    tasks: set[asyncio.Task[None]] = field(default_factory=set)
    timeout: float | None = None  # seconds one attempt may take (QUANTIX_JOB_TIMEOUT)
    drains: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    again: set[str] = field(default_factory=set)  # poked while running: run once more
    held: set[uuid.UUID] = field(default_factory=set)  # jobs with a task waiting or running

    async def dispatch(self, job: Job, defer: float | None = None) -> bool:
        if job.id in self.held:
            return False
        self.held.add(job.id)
        self._track(asyncio.create_task(self._run(job.id, defer)))
        return True

    async def _run(self, job_id: uuid.UUID, defer: float | None) -> None:
        retry_in: float | None = None
        try:
            if defer:
                await asyncio.sleep(defer)
            await run_job(job_id, timeout=self.timeout)
        except RetryLater as retry:
            retry_in = retry.defer
        except Exception:
            log.exception("job crashed", extra={"job_id": str(job_id)})
        finally:
            self.held.discard(job_id)
        job = await Job.get_or_none(id=job_id) if retry_in is not None else None
        if job is not None:
            await self.dispatch(job, retry_in)

    async def poke(self, name: str, defer: float | None = None) -> None:
        if defer:
            self._track(asyncio.create_task(self._poke_later(name, defer)))
            return
        running = self.drains.get(name)
        if running is not None and not running.done():
            self.again.add(name)
            return
        self.drains[name] = self._track(asyncio.create_task(self._drain(name)))

    async def _poke_later(self, name: str, defer: float) -> None:
        await asyncio.sleep(defer)
        await self.poke(name)

    async def _drain(self, name: str) -> None:
        while True:
            self.again.discard(name)
            try:
                await run_drain(name, timeout=self.timeout)
            except Exception:
                log.exception("drain crashed", extra={"drain": name})
            if name not in self.again:
                return

    def _track(self, task: asyncio.Task[None]) -> asyncio.Task[None]:
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait for every job (and the jobs those jobs enqueue) to finish; tests and the CLI use it."""
        deadline = asyncio.get_running_loop().time() + timeout
        while self.tasks:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError("in-process jobs did not finish in time")
            await asyncio.wait(set(self.tasks), timeout=remaining)

    async def depth(self) -> int:
        return len(self.tasks)

    def start_cron(self) -> None:
        self.cron_task = asyncio.create_task(self._cron_loop())

    async def _cron_loop(self) -> None:
        """Run registered cron jobs at their minute, like the arq worker does with Redis."""
        while True:
            now = _now()
            await asyncio.sleep(60 - now.second - now.microsecond / 1_000_000)
            tick = _now().replace(second=0, microsecond=0)
            for job in list(crons):
                if (job.minute is None or job.minute == tick.minute) and (job.hour is None or job.hour == tick.hour):
                    try:
                        await job.fn()
                    except Exception:
                        log.exception("cron job failed", extra={"cron": job.name})

    async def close(self) -> None:
        cron_task = getattr(self, "cron_task", None)
        if cron_task is not None:
            cron_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await cron_task
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


_backend: _Backend | None = None


def arq_queue_name(settings: Settings) -> str:
    return f"{settings.redis_namespace}:arq:queue"


async def start_queue(settings: Settings, *, requeue: bool = True, cron: bool = False) -> _Backend:
    """Choose the backend from settings. Without Redis, unfinished jobs are re-queued in-process and
    (with `cron=True`, as `quantix serve` does) the cron jobs run in-process too."""
    global _backend
    if settings.redis_url:
        from arq.connections import RedisSettings, create_pool

        pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
        _backend = ArqBackend(pool, arq_queue_name(settings), settings.redis_namespace)
    else:
        _backend = InProcessBackend(timeout=settings.job_timeout_seconds)
        if requeue:
            unfinished = await Job.filter(
                status__in=[JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.RETRYING]
            ).order_by("created_at")
            for job in unfinished:
                await _backend.dispatch(job)
            for name in _drains:  # whatever they left unclaimed before the restart
                await _backend.poke(name)
        if cron:
            _backend.start_cron()
    return _backend


async def stop_queue() -> None:
    global _backend
    if isinstance(_backend, InProcessBackend):
        await _backend.close()
    elif isinstance(_backend, ArqBackend):
        await _backend.pool.aclose()
    _backend = None


def is_started() -> bool:
    return _backend is not None


def backend() -> _Backend:
    if _backend is None:
        raise RuntimeError("the job queue is not started (start_queue)")
    return _backend


async def queue_depth() -> int:
    b = backend()
    return await b.depth() if isinstance(b, ArqBackend | InProcessBackend) else 0


async def enqueue(
    kind: JobKind,
    payload: dict[str, Any] | None = None,
    *,
    organization_id: uuid.UUID | None = None,
    created_by_id: uuid.UUID | None = None,
    dedupe_key: str | None = None,
    defer: float | None = None,
    sealed: dict[str, Any] | None = None,
) -> Job:
    """Record the job and hand it to the backend. With `dedupe_key`, an existing job is returned instead.
    `sealed` is kept encrypted on the row (never handed to the queue): inputs that may hold personal data.

    The row is the promise: when the queue cannot be reached the job stays QUEUED and the sweeper
    (app.jobs.sweeper) hands it on once it can.
    """
    target = backend()
    if dedupe_key is not None:
        existing = await Job.get_or_none(dedupe_key=dedupe_key)
        if existing is not None:
            return existing
    try:
        job = await Job.create(
            kind=kind,
            payload=payload or {},
            organization_id=organization_id,
            created_by_id=created_by_id,
            dedupe_key=dedupe_key,
            run_after=_now() + dt.timedelta(seconds=defer) if defer else None,
            sealed=sealed,
        )
    except IntegrityError:
        return await Job.get(dedupe_key=dedupe_key)
    try:
        await target.dispatch(job, defer)
    except Exception:
        log.warning("could not hand a job to the queue; the sweeper will", extra={"job_id": str(job.id)})
    return job


async def poke(name: str, defer: float | None = None) -> None:
    """Have drain `name` run soon (or after `defer` seconds). Raises when the queue is unreachable."""
    await backend().poke(name, defer)


_drain_locks: dict[tuple[int, str], asyncio.Lock] = {}


async def run_drain(name: str, *, timeout: float | None = None) -> None:
    """Run drain `name`; runs of one drain take turns within a process (across processes its claims do
    not overlap: that is the drain's own business, e.g. `FOR UPDATE SKIP LOCKED`)."""
    fn = _drains.get(name)
    if fn is None:
        log.error("no drain registered", extra={"drain": name})
        return
    key = (id(asyncio.get_running_loop()), name)
    if key not in _drain_locks:
        for stale in [k for k in _drain_locks if k[0] != key[0]]:  # an earlier loop (CLI run, test) is gone
            del _drain_locks[stale]
        _drain_locks[key] = asyncio.Lock()
    async with _drain_locks[key]:
        await backend().unpoke(name)
        async with asyncio.timeout(timeout):
            await fn()


async def report_progress(job: Job, progress: int) -> None:
    progress = max(0, min(100, int(progress)))
    if progress != job.progress:
        job.progress = progress
        await Job.filter(id=job.id).update(progress=progress)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def run_job(job_id: uuid.UUID | str, *, timeout: float | None = None) -> None:
    """Drive one job to its next state. Raises RetryLater for the backend to reschedule.

    An attempt running longer than `timeout` seconds is cancelled and the job FAILED (a timeout is not
    retried: the work is likely to time out again). A crash (the process killed) leaves the row RUNNING;
    the queue runs it again and the handler, being idempotent, finishes it.
    """
    job = await Job.get_or_none(id=job_id)
    if job is None or job.status.finished:
        return
    fn = _handlers.get(job.kind)
    job.status = JobStatus.RUNNING
    job.attempts += 1
    job.started_at = job.started_at or _now()
    await job.save(update_fields=["status", "attempts", "started_at", "updated_at"])
    if fn is None:
        await _finish(job, JobStatus.FAILED, error=f"no handler for {job.kind.value}")
        return
    try:
        async with asyncio.timeout(timeout):
            result = await fn(job)
    except TimeoutError:
        log.error("job timed out", extra={"job_id": str(job.id), "job_kind": job.kind.value, "timeout_s": timeout})
        await _finish(job, JobStatus.FAILED, error=f"timed out after {timeout:g} s")
        return
    except RetryLater as retry:
        if job.attempts >= MAX_ATTEMPTS:
            await _finish(job, JobStatus.FAILED, error=f"gave up after {job.attempts} attempts: {retry.reason}")
            return
        job.status = JobStatus.RETRYING
        job.error = retry.reason[:500]
        await job.save(update_fields=["status", "error", "updated_at"])
        raise
    except Exception as exc:
        log.exception("job failed", extra={"job_id": str(job.id), "job_kind": job.kind.value})
        await _finish(job, JobStatus.FAILED, error=failure_of(exc))
        return
    await _finish(job, JobStatus.SUCCEEDED, result=result)


def failure_of(exc: Exception) -> str:
    """Why a job failed, free of data: the exception's own `summary()` where it has one (a Meta error's code and
    message, as RETRYING showed them), else only its type, as its message may quote personal data."""
    summary = getattr(exc, "summary", None)
    if callable(summary):
        with contextlib.suppress(Exception):
            return f"{type(exc).__name__}: {summary()}"[:500]
    return f"{type(exc).__name__}: the job failed"


async def _finish(
    job: Job, status: JobStatus, *, error: str | None = None, result: dict[str, Any] | None = None
) -> None:
    job.status = status
    job.finished_at = _now()
    job.error = error
    if status is JobStatus.SUCCEEDED:
        job.progress = 100
        if result is not None:
            job.result = result
    await job.save()
