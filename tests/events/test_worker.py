"""A partner webhook delivered by a real arq `Worker(burst=True)` on Redis, not the fast path of deliver_due."""

from __future__ import annotations

import httpx

from app.events import EventType, emit
from tests.events.conftest import Receiver
from tests.events.test_webhooks import _admin, _lead, _signed_by, _subscribe
from tests.support import drain_jobs


async def test_a_delivery_runs_in_a_real_worker(client: httpx.AsyncClient, receiver: Receiver) -> None:
    org, gql = await _admin(client)
    _, secret = await _subscribe(gql, receiver.url, ["LEAD_CREATED"], ["leads:read"])
    lead = await _lead(org.id)
    event = await emit(EventType.LEAD_CREATED, org.id, lead.id)
    await drain_jobs()
    assert [r.json()["id"] for r in receiver.requests] == [str(event.id)]
    assert _signed_by(secret, receiver.requests[0])
