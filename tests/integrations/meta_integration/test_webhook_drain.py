"""The Lead Ads drain: events claimed in batches, leads fetched with Graph batch requests, one lead's
trouble kept to its own event, concurrent drains never taking the same event, lost work swept up."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.integrations.meta import leadgen, webhooks
from app.integrations.meta.models import WebhookEvent, WebhookEventStatus
from app.leads.models import Lead
from app.settings import get_settings
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, make_user


async def _connected(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    _, token = await make_user(role=Role.OWNER)
    await connect(client, GraphQLClient(client, token), meta)
    await drain()  # the first sync


def _new_leads(meta: FakeMeta, count: int) -> list[str]:
    return [
        meta.add_lead(meta.FORM_ID, {"full_name": [f"Lead {i}"], "email": [f"lead{i}@example.com"]})["id"]
        for i in range(count)
    ]


async def _post(client: httpx.AsyncClient, meta: FakeMeta, leadgen_ids: list[str]) -> None:
    for leadgen_id in leadgen_ids:
        response = await meta.post_webhook(client, meta.leadgen_webhook(meta.PAGE_ID, meta.FORM_ID, leadgen_id))
        assert response.status_code == 200


async def _status(leadgen_id: str) -> WebhookEventStatus:
    for event in await WebhookEvent.all():
        if leadgen_id in event.body:
            return event.status
    raise AssertionError(f"no event names {leadgen_id}")


@pytest.mark.sqlite
async def test_one_batch_request_and_a_refused_lead_fails_only_its_event(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    await _connected(client, meta)
    ids = _new_leads(meta, 3)
    meta.fail_next(ids[1], code=100, message="(#100) Object does not exist")  # deleted at Meta
    batches_before = len(meta.calls("^$", method="POST"))
    await _post(client, meta, ids)
    await drain()
    assert sorted(await Lead.all().values_list("meta_lead_id", flat=True)) == sorted([ids[0], ids[2]])
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT full_name, email FROM lead")
    assert all(row["full_name"].startswith("qx1.") and row["email"].startswith("qx1.") for row in rows)  # bulk insert
    assert [await _status(i) for i in ids] == [
        WebhookEventStatus.PROCESSED,
        WebhookEventStatus.FAILED,
        WebhookEventStatus.PROCESSED,
    ]
    # Fetched inside batch requests, not one GET each; with a worker the three events make one batch
    # (in-process, a drain starts as soon as the first webhook is answered).
    assert all(call.get("batch") for i in ids for call in meta.calls(i))
    if get_settings().redis_url:
        assert len(meta.calls("^$", method="POST")) == batches_before + 1


@pytest.mark.sqlite
async def test_a_refused_batch_call_falls_back_to_one_read_per_lead(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """A Meta (or a stand-in) that refuses the batch call itself still gets every lead read, one by one."""
    await _connected(client, meta)
    ids = _new_leads(meta, 2)
    meta.fail_next("^$", code=100, method="POST", times=5, message="(#100) Batch requests are not supported")
    await _post(client, meta, ids)
    await drain()
    assert sorted(await Lead.all().values_list("meta_lead_id", flat=True)) == sorted(ids)
    assert [await _status(i) for i in ids] == [WebhookEventStatus.PROCESSED] * 2
    assert all(any(not call.get("batch") for call in meta.calls(i)) for i in ids)


async def test_a_throttled_lead_is_retried_alone_after_metas_pause(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """META.md §5.5: throttling (4, 17, 32, 613, 80000-80014) is never retried at once: at least 60 s, or the
    regain time Meta's header names."""
    await _connected(client, meta)
    ids = _new_leads(meta, 3)
    meta.fail_next(ids[0], code=17)  # user request limit reached, once
    await _post(client, meta, ids)
    await leadgen.drain_leadgen()  # the drain, once (a burst worker would wait for the deferred retry)
    assert await Lead.all().count() == 2
    waiting = await WebhookEvent.get(status=WebhookEventStatus.PENDING)
    assert waiting.attempts == 1 and waiting.next_attempt_at is not None
    assert waiting.next_attempt_at - dt.datetime.now(dt.UTC) > dt.timedelta(seconds=55)
    await WebhookEvent.filter(id=waiting.id).update(next_attempt_at=dt.datetime.now(dt.UTC))  # a minute later
    await leadgen.drain_leadgen()
    assert await Lead.all().count() == 3
    assert {e.status for e in await WebhookEvent.all()} == {WebhookEventStatus.PROCESSED}
    assert len(meta.calls(ids[0])) == 2 and len(meta.calls(ids[1])) == 1


async def test_a_pages_leadgen_pause_holds_its_lead_reads(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    """A lead read throttled with a regain time (80005 and the Page's leadgen bucket, META.md §3.7, §5.3) pauses
    the Page: its next leads wait out the pause instead of being asked for, and fail, inside it."""
    await _connected(client, meta)
    meta.set_usage(f"buc:leadgen:{meta.PAGE_ID}", 101)
    first = _new_leads(meta, 1)
    await _post(client, meta, first)
    await leadgen.drain_leadgen()
    meta.set_usage(f"buc:leadgen:{meta.PAGE_ID}", 0)
    calls = len(meta.requests)
    second = _new_leads(meta, 1)
    await _post(client, meta, second)
    await leadgen.drain_leadgen()
    assert len(meta.requests) == calls  # Meta not asked while the Page is paused
    assert await Lead.all().count() == 0
    events = await WebhookEvent.all()
    assert {e.status for e in events} == {WebhookEventStatus.PENDING}
    assert all(e.next_attempt_at - dt.datetime.now(dt.UTC) > dt.timedelta(seconds=55) for e in events)  # type: ignore[operator]


@pytest.mark.skipif(get_settings().is_sqlite, reason="SKIP LOCKED is PostgreSQL's; SQLite runs one process")
async def test_concurrent_drains_never_take_the_same_event(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    await _connected(client, meta)
    ids = _new_leads(meta, 30)
    await _post(client, meta, ids)
    claims = await asyncio.gather(webhooks.claim("page", 20), webhooks.claim("page", 20))
    taken = [e.id for claim in claims for e in claim]
    assert len(taken) == len(set(taken)) == 30
    assert await webhooks.claim("page", 50) == []  # leased to the claimants
    await WebhookEvent.all().update(next_attempt_at=None)  # as if the lease ran out

    await asyncio.gather(leadgen.drain_leadgen(), leadgen.drain_leadgen())
    assert await Lead.all().count() == 30
    assert all(len(meta.calls(i)) == 1 for i in ids)  # each lead fetched once
    assert await WebhookEvent.filter(status=WebhookEventStatus.PROCESSED).count() == 30


async def test_a_dead_drains_events_are_swept_after_the_lease(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    await _connected(client, meta)
    ids = _new_leads(meta, 2)
    await _post(client, meta, ids)
    assert len(await webhooks.claim("page", 50)) == 2  # a drain claims, then its worker dies
    await WebhookEvent.all().update(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2))
    assert await webhooks.sweep() == 0  # still leased
    await WebhookEvent.all().update(next_attempt_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    assert await webhooks.sweep() == 2
    await drain()
    assert await Lead.all().count() == 2
