"""Jobs: the in-process runner, the arq path, progress, retries, timeouts, and a real worker killed mid-job."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.jobs import Job, JobKind, JobStatus, enqueue, queue
from app.main import create_app
from app.settings import get_settings
from schema.relay import to_global_id
from tests.platform import job_handlers
from tests.support import GraphQLClient, make_org, make_user

ROOT = Path(__file__).resolve().parents[2]
QUANTIX = str(Path(sys.executable).with_name("quantix"))
JOB = "query Job($id: ID!) { job(id: $id) { id kind status progress attempts error result startedAt finishedAt } }"
needs_redis = pytest.mark.skipif(not get_settings().redis_url, reason="the arq path needs Redis")


@pytest.fixture
def probe_handler() -> Iterator[None]:
    """Register the test handler for MAINTENANCE for one test, then put back whatever was there."""
    previous = queue._handlers.get(JobKind.MAINTENANCE)
    queue._handlers[JobKind.MAINTENANCE] = job_handlers.probe
    try:
        yield
    finally:
        if previous is None:
            queue._handlers.pop(JobKind.MAINTENANCE, None)
        else:
            queue._handlers[JobKind.MAINTENANCE] = previous


@pytest.fixture
async def in_process() -> AsyncIterator[queue.InProcessBackend]:
    """An in-process backend of its own (the session's backend is arq on PostgreSQL runs)."""
    saved = queue._backend
    backend = queue.InProcessBackend(timeout=5)
    queue._backend = backend
    try:
        yield backend
    finally:
        await backend.close()
        queue._backend = saved


@pytest.mark.sqlite
async def test_in_process_runner_runs_retries_and_fails_jobs(
    probe_handler: None, in_process: queue.InProcessBackend
) -> None:
    ok = await enqueue(JobKind.MAINTENANCE, {"mode": "ok"})
    retried = await enqueue(JobKind.MAINTENANCE, {"mode": "retry-first"})
    failed = await enqueue(JobKind.MAINTENANCE, {"mode": "fail"})
    await in_process.drain(10)
    ok, retried, failed = [await Job.get(id=j.id) for j in (ok, retried, failed)]
    assert (ok.status, ok.progress, ok.result, ok.attempts) == (JobStatus.SUCCEEDED, 100, {"attempt": 1}, 1)
    assert (retried.status, retried.result) == (JobStatus.SUCCEEDED, {"attempt": 2})
    assert failed.status is JobStatus.FAILED
    assert failed.error == "ValueError: the job failed"  # the exception's text may quote personal data
    assert ok.started_at is not None and ok.finished_at is not None


@pytest.mark.sqlite
async def test_a_job_over_its_timeout_fails_and_says_so(probe_handler: None) -> None:
    backend = queue.InProcessBackend(timeout=0.2)
    job = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "sleep", "seconds": 5})
    started = time.perf_counter()
    await backend.dispatch(job)
    await backend.drain(5)
    assert time.perf_counter() - started < 2
    job = await Job.get(id=job.id)
    assert (job.status, job.error) == (JobStatus.FAILED, "timed out after 0.2 s")


@pytest.mark.sqlite
async def test_without_redis_unfinished_jobs_are_requeued_at_start_up(probe_handler: None) -> None:
    stuck = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "ok"}, status=JobStatus.RUNNING, attempts=1)
    waiting = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "ok"})
    done = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "ok"}, status=JobStatus.SUCCEEDED)
    saved = queue._backend
    try:
        backend = await queue.start_queue(dataclasses.replace(get_settings(), redis_url=None))
        assert isinstance(backend, queue.InProcessBackend)
        await backend.drain(10)
        await backend.close()
    finally:
        queue._backend = saved
    assert (await Job.get(id=stuck.id)).result == {"attempt": 2}
    assert (await Job.get(id=waiting.id)).status is JobStatus.SUCCEEDED
    assert (await Job.get(id=done.id)).attempts == 0


@pytest.mark.sqlite
async def test_without_redis_the_served_app_runs_the_cron_jobs_in_every_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SPEC §1: without REDIS_URL "the in-process runner ... runs the cron jobs too", QUANTIX_ENV=test included
    (an outside suite may serve us in test mode and wait for scheduled work). The app is built as `quantix
    serve` builds it (no harness switch); its clock stands a moment before each minute's end, so the
    in-process loop ticks at once, and an every-minute cron registered like the app's own shows it ran."""
    settings = dataclasses.replace(get_settings(), redis_url=None)
    assert settings.env == "test"
    ticked = asyncio.Event()

    async def probe() -> None:
        ticked.set()

    monkeypatch.setattr(queue, "crons", [])  # the probe only: the app's crons are no business of this test
    queue.cron("probe-every-minute")(probe)
    monkeypatch.setattr(queue, "_now", lambda: dt.datetime(2026, 11, 24, 10, 41, 59, 950_000, tzinfo=dt.UTC))
    saved = queue._backend
    try:
        app = create_app(settings, manage_orm=False)
        async with app.router.lifespan_context(app):
            await asyncio.wait_for(ticked.wait(), 5)
    finally:
        queue._backend = saved


@pytest.mark.sqlite
async def test_progress_is_visible_while_the_job_runs(client: httpx.AsyncClient, probe_handler: None) -> None:
    org = await make_org()
    _, token = await make_user(org)
    job = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "progress"}, organization=org)
    key = str(job.id)
    job_handlers.reached[key] = asyncio.Event()
    job_handlers.gates[key] = asyncio.Event()
    running = asyncio.create_task(queue.run_job(job.id))
    await asyncio.wait_for(job_handlers.reached[key].wait(), 5)
    gql = GraphQLClient(client, token)
    seen = (await gql.data(JOB, {"id": to_global_id("Job", job.id)}))["job"]
    assert (seen["kind"], seen["status"], seen["progress"], seen["attempts"]) == ("MAINTENANCE", "RUNNING", 40, 1)
    assert seen["startedAt"] is not None and seen["finishedAt"] is None
    job_handlers.gates[key].set()
    await running
    seen = (await gql.data(JOB, {"id": to_global_id("Job", job.id)}))["job"]
    assert (seen["status"], seen["progress"], seen["result"]) == ("SUCCEEDED", 100, {"steps": 2})
    assert seen["finishedAt"] is not None


@needs_redis
async def test_arq_path_runs_jobs_with_retries(probe_handler: None, drain: object) -> None:
    assert isinstance(queue.backend(), queue.ArqBackend)
    ok = await enqueue(JobKind.MAINTENANCE, {"mode": "ok"})
    retried = await enqueue(JobKind.MAINTENANCE, {"mode": "retry-first"})
    again = await enqueue(JobKind.MAINTENANCE, {"mode": "ok"}, dedupe_key="maintenance:once")
    same = await enqueue(JobKind.MAINTENANCE, {"mode": "ok"}, dedupe_key="maintenance:once")
    assert same.id == again.id
    await drain()  # type: ignore[operator]
    assert (await Job.get(id=ok.id)).status is JobStatus.SUCCEEDED
    retried = await Job.get(id=retried.id)
    assert (retried.status, retried.attempts, retried.result) == (JobStatus.SUCCEEDED, 2, {"attempt": 2})
    assert await Job.filter(dedupe_key="maintenance:once").count() == 1


def _start_worker(log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QUANTIX_JOB_TIMEOUT": "2",
        "QUANTIX_EXTRA_HANDLER_MODULES": "tests.platform.job_handlers",
        "PYTHONPATH": str(ROOT),
        "QUANTIX_LOG_LEVEL": "INFO",
    }
    with log.open("ab") as out:
        return subprocess.Popen([QUANTIX, "worker"], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


async def _wait_for(predicate: object, timeout: float, what: str, log: Path) -> Job:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = await predicate()  # type: ignore[operator]
        if job is not None:
            return job
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}; worker log:\n{log.read_text()[-3000:]}")


@needs_redis
@pytest.mark.slow
async def test_a_killed_worker_job_completes_after_restart_and_workers_stop_on_sigterm(
    app: object, tmp_path: Path
) -> None:
    """SIGKILL mid-job; a fresh worker re-runs it once its in-progress key expires (timeout + 1 + 10 s)."""
    log = tmp_path / "worker.log"
    job = await enqueue(JobKind.MAINTENANCE, {"mode": "hang-first"})
    first = _start_worker(log)
    second: subprocess.Popen[bytes] | None = None
    try:

        async def running() -> Job | None:
            row = await Job.get(id=job.id)
            return row if row.status is JobStatus.RUNNING and row.attempts == 1 else None

        await _wait_for(running, 20, "the first worker to start the job", log)
        first.send_signal(signal.SIGKILL)
        assert first.wait(5) == -signal.SIGKILL
        assert (await Job.get(id=job.id)).status is JobStatus.RUNNING  # nobody finished it

        second = _start_worker(log)

        async def finished() -> Job | None:
            row = await Job.get(id=job.id)
            return row if row.status.finished else None

        done = await _wait_for(finished, 25, "a restarted worker to finish the job", log)
        assert (done.status, done.attempts, done.result) == (JobStatus.SUCCEEDED, 2, {"attempt": 2})

        second.send_signal(signal.SIGTERM)
        assert second.wait(15) == 0, log.read_text()[-2000:]
        assert "Traceback" not in log.read_text()
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(5)


@pytest.fixture
def probe_drain() -> Iterator[list[str]]:
    """A drain named `probe` that records its runs; on its first run, new work arrives (it pokes itself)."""
    runs: list[str] = []

    async def probe() -> None:
        runs.append("run")
        if len(runs) == 1:
            await queue.poke("probe")
        await asyncio.sleep(0.01)

    queue._drains["probe"] = probe
    try:
        yield runs
    finally:
        queue._drains.pop("probe", None)


@needs_redis
async def test_pokes_coalesce_until_the_drain_claims(probe_drain: list[str], drain: Any) -> None:
    backend = queue.backend()
    assert isinstance(backend, queue.ArqBackend)
    for _ in range(5):
        await queue.poke("probe")
    assert await backend.depth() == 1  # one run for five pokes
    await drain()
    assert probe_drain == ["run", "run"]  # the poke made during the first run got a run of its own
    await queue.poke("probe")
    assert await backend.depth() == 1


@pytest.mark.sqlite
async def test_in_process_pokes_coalesce_and_a_poke_while_running_runs_again(
    probe_drain: list[str], in_process: queue.InProcessBackend
) -> None:
    for _ in range(3):
        await queue.poke("probe")
    await in_process.drain(5)
    assert probe_drain == ["run", "run"]
