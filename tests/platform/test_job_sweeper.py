"""The job sweeper: QUEUED jobs the queue never got (Redis down) or lost are handed on, once."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import httpx
import pytest

from app.accounts.models import Role
from app.campaigns.models import AdAccount
from app.jobs import Job, JobKind, JobStatus, enqueue, queue, run_job, sweep_queued
from app.settings import get_settings
from schema.relay import to_global_id
from tests.fakes.meta import FakeMeta, connect_org
from tests.fakes.meta import meta_fixture as meta  # noqa: F401  # the fixture
from tests.platform import job_handlers
from tests.support import GraphQLClient, make_user

SYNC = """mutation($input: SyncMetaInput!) { syncMeta(input: $input) {
  job { id kind status } errors { field code } } }"""
JOB = "query($id: ID!) { job(id: $id) { status } }"


async def _age(job_id: object, minutes: int = 3) -> None:
    await Job.filter(id=job_id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes))


def test_the_sweeper_runs_every_minute_in_the_worker() -> None:
    from workers.settings import worker_settings

    assert any(c.name == "job-queued-sweeper" and c.minute is None for c in queue.crons)
    if get_settings().redis_url:
        assert "cron:job-queued-sweeper" in {c.name for c in worker_settings()["cron_jobs"]}


@pytest.mark.skipif(not get_settings().redis_url, reason="the arq path needs Redis")
async def test_sync_meta_queued_while_redis_is_down_runs_once_it_is_back(
    client: httpx.AsyncClient,
    meta: FakeMeta,  # noqa: F811  # the fixture imported above
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin, token = await make_user(role=Role.ADMIN)
    org = await admin.last_organization
    account = await AdAccount.create(
        organization=org, meta_id=f"act_{meta.AD_ACCOUNT_ID}", account_id=meta.AD_ACCOUNT_ID, name="Main"
    )
    await connect_org(org, meta)
    pool = queue.backend().pool  # type: ignore[attr-defined]

    async def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(pool, "enqueue_job", down)
    gql = GraphQLClient(client, token)
    started = (await gql.data(SYNC, {"input": {"adAccountId": to_global_id("AdAccount", account.id)}}))["syncMeta"]
    assert started["errors"] == [] and started["job"]["status"] == "QUEUED"  # the row is the promise
    job = await Job.get(kind=JobKind.META_SYNC)
    await _age(job.id)
    assert await sweep_queued() == 0  # still down: nothing handed on, nothing raised
    monkeypatch.undo()
    await Job.filter(id=job.id).update(created_at=dt.datetime.now(dt.UTC))
    assert await sweep_queued() == 0  # within the grace period enqueue may still be handing it on
    await _age(job.id)
    assert await sweep_queued() == 1
    assert await sweep_queued() == 0  # arq holds it now: the same id is not queued twice
    await run_job(job.id)  # as the worker will (see tests/leads/conftest.py on shared Redis servers)
    assert (await gql.data(JOB, {"id": started["job"]["id"]}))["job"]["status"] == "SUCCEEDED"


@pytest.fixture
async def in_process(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[queue.InProcessBackend]:
    monkeypatch.setitem(queue._handlers, JobKind.MAINTENANCE, job_handlers.probe)
    backend = queue.InProcessBackend(timeout=5)
    monkeypatch.setattr(queue, "_backend", backend)
    yield backend
    await backend.close()


@pytest.mark.sqlite
async def test_in_process_sweeps_hand_on_only_what_no_task_holds(in_process: queue.InProcessBackend) -> None:
    lost = await Job.create(kind=JobKind.MAINTENANCE, payload={"mode": "ok"})  # never dispatched
    waiting = await enqueue(JobKind.MAINTENANCE, {"mode": "ok"}, defer=3600)  # held by a sleeping task
    later = await Job.create(
        kind=JobKind.MAINTENANCE, payload={"mode": "ok"}, run_after=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    )
    for job in (lost, waiting, later):
        await _age(job.id)
    assert waiting.run_after is not None  # a deferred job is not due before its time
    before = set(in_process.tasks)
    assert await sweep_queued() == 1
    assert await sweep_queued() == 0
    await asyncio.gather(*(in_process.tasks - before))
    assert (await Job.get(id=lost.id)).status is JobStatus.SUCCEEDED
    assert (await Job.get(id=waiting.id)).status is JobStatus.QUEUED
    assert (await Job.get(id=later.id)).status is JobStatus.QUEUED
