"""A WhatsApp send through a real arq `Worker(burst=True)` on Redis, not the fast path of conftest.run_jobs."""

from __future__ import annotations

from tests.messaging.conftest import REMINDER, WA
from tests.support import drain_jobs


async def test_a_send_runs_in_a_real_worker(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    assert sent["errors"] == []
    await drain_jobs()
    assert len(wa.meta.sent_messages) == 1
    shown = await wa.message(sent["message"]["id"])
    assert shown["status"] == "SENT" and shown["metaMessageId"] == wa.meta.sent_messages[0]["id"]
