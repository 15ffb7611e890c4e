"""A partner delivery due while Redis is down is sent once the queue is back (the job sweeper hands it on)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from app.accounts.models import Role
from app.events import EventType, emit
from app.jobs import Job, JobKind, JobStatus, queue, run_job, sweep_queued
from app.leads.models import Lead
from app.settings import get_settings
from tests.events.conftest import Receiver
from tests.support import GraphQLClient, make_org, make_user

CREATE = """mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret errors { code } } }"""


@pytest.mark.skipif(not get_settings().redis_url, reason="the arq path needs Redis")
async def test_a_delivery_queued_while_redis_is_down_is_sent_once(
    client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    created = await GraphQLClient(client, token).data(
        CREATE, {"input": {"url": receiver.url, "events": ["LEAD_CREATED"]}}
    )
    assert created["createWebhookSubscription"]["errors"] == []
    lead = await Lead.create(organization_id=org.id, full_name="Grace Hopper", email="grace@example.com")

    async def down(*args: object, **kwargs: object) -> None:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(queue.backend().pool, "enqueue_job", down)  # type: ignore[attr-defined]
    await emit(EventType.LEAD_CREATED, org.id, lead.id)  # the event is not lost with the queue down
    monkeypatch.undo()
    job = await Job.get(kind=JobKind.WEBHOOK_DELIVERY)
    assert job.status is JobStatus.QUEUED
    await Job.filter(id=job.id).update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=3))
    assert await sweep_queued() == 1
    assert await sweep_queued() == 0
    await run_job(job.id)  # as the worker does with what the sweeper handed on
    await run_job(job.id)  # at-least-once: a second run sends nothing more
    assert len(receiver.requests) == 1
    assert (await Job.get(id=job.id)).status is JobStatus.SUCCEEDED
