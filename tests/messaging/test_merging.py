"""mergeLeads and the WhatsApp inbox (SPEC §7.7 "conversations … move too"; `windowExpiresAt` = last inbound
+ 24 h; `unreadCount` = inbound messages after anyone's last `markConversationRead`): when both leads have a
conversation, the kept one reflects both threads instead of losing the duplicate's."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from app.messaging.inbox_models import Conversation
from app.messaging.models import WhatsAppWindow
from tests.messaging.conftest import WA, run_jobs
from tests.messaging.test_inbox import ASSIGN, CLOSE, MARK_READ, conversations
from tests.support import make_user

MERGE = """
mutation($i: MergeLeadsInput!) { mergeLeads(input: $i) { lead { id phone } errors { field code message } } }
"""
BSUID = "US.13491208655302741918"


def _gid(type_name: str, pk: Any) -> str:
    from schema.relay import to_global_id

    return to_global_id(type_name, pk)


def _at(stamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(stamp, dt.UTC)


async def _merge(wa: WA, primary: str, *dups: str) -> dict[str, Any]:
    data = await wa.gql.data(MERGE, {"i": {"primaryId": primary, "duplicateIds": list(dups)}})
    payload = data["mergeLeads"]
    assert payload["errors"] == [], payload
    return payload["lead"]


async def test_the_kept_conversation_and_window_reflect_both_threads(wa: WA) -> None:
    await wa.configure()
    now = int(wa.meta.now())
    member, _ = await make_user(wa.org, role=Role.MEMBER)
    other, _ = await make_user(wa.org, role=Role.MEMBER)
    # The primary: a username-only contact who wrote three days ago; read, assigned and closed since.
    await wa.webhook(
        wa.meta.whatsapp_inbound(
            None, text="hello from my username", user_id=BSUID, name=None, timestamp=now - 3 * 86400
        )
    )
    [old] = await conversations(wa)
    assert (await wa.gql.data(MARK_READ, {"id": old["id"]}))["markConversationRead"]["errors"] == []
    assert (await wa.gql.data(ASSIGN, {"id": old["id"], "to": _gid("User", member.id)}))["assignConversation"][
        "errors"
    ] == []
    assert (await wa.gql.data(CLOSE, {"id": old["id"]}))["closeConversation"]["errors"] == []
    # The duplicate: the same person from a phone a minute ago; one message read, two not yet.
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="new one", name="Mia B", timestamp=now - 120))
    new = next(c for c in await conversations(wa) if c["id"] != old["id"])
    assert (await wa.gql.data(MARK_READ, {"id": new["id"]}))["markConversationRead"]["errors"] == []
    assert (await wa.gql.data(ASSIGN, {"id": new["id"], "to": _gid("User", other.id)}))["assignConversation"][
        "errors"
    ] == []
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="still there?", timestamp=now - 60))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="hello??", timestamp=now - 30))
    [before] = [c for c in await conversations(wa) if c["id"] == new["id"]]
    assert before["unreadCount"] == 2

    lead = await _merge(wa, old["lead"]["id"], new["lead"]["id"])

    assert lead["phone"] == "+4915199990002"  # the primary had none
    [conv] = await conversations(wa)
    assert conv["id"] == old["id"] and conv["lead"]["id"] == old["lead"]["id"]
    assert conv["unreadCount"] == 2  # the duplicate's unread messages, none of the primary's read one
    assert dt.datetime.fromisoformat(conv["windowExpiresAt"]) == _at(now - 30) + dt.timedelta(hours=24)
    assert dt.datetime.fromisoformat(conv["lastMessageAt"]) >= _at(now - 30)
    assert conv["status"] == "OPEN"  # the duplicate's thread was open: its messages are not closed away
    assert conv["assignee"] == {"id": _gid("User", member.id)}  # the primary's assignee
    bodies = [m["node"]["body"] for m in conv["messages"]["edges"]]
    assert sorted(bodies) == sorted(["hello from my username", "new one", "still there?", "hello??"])
    assert await Conversation.filter(organization_id=wa.org.id).count() == 1
    assert await WhatsAppWindow.filter(organization_id=wa.org.id).count() == 1

    # The person wrote seconds ago: a free-text reply is allowed, and Meta takes it.
    sent = await wa.send(old["lead"]["id"], text="Thanks for writing")
    assert sent["errors"] == [] and sent["message"]["status"] == "QUEUED"
    await run_jobs()
    assert (await wa.message(sent["message"]["id"]))["status"] == "SENT"

    # Both identities still reach the merged lead.
    await wa.webhook(wa.meta.whatsapp_inbound(None, text="me again", user_id=BSUID, name=None))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="and from the phone"))
    [conv] = await conversations(wa)
    assert conv["unreadCount"] == 4
    assert await Lead.filter(organization_id=wa.org.id).count() == 1


async def test_without_a_primary_conversation_the_first_duplicates_is_kept_and_takes_the_others(wa: WA) -> None:
    await wa.configure()
    now = int(wa.meta.now())
    primary = await wa.lead("+4915112345678", consent=False)
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990011", text="first", name="Bo A", timestamp=now - 600))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990012", text="second", name="Bo B", timestamp=now - 60))
    by_phone = {c["lead"]["phone"]: c for c in await conversations(wa)}
    first, second = by_phone["+4915199990011"], by_phone["+4915199990012"]
    assert (await wa.gql.data(CLOSE, {"id": first["id"]}))["closeConversation"]["errors"] == []
    assert (await wa.gql.data(CLOSE, {"id": second["id"]}))["closeConversation"]["errors"] == []

    await _merge(wa, primary, first["lead"]["id"], second["lead"]["id"])

    [conv] = await conversations(wa)
    assert conv["id"] == first["id"] and conv["lead"]["id"] == primary
    assert conv["unreadCount"] == 2
    assert conv["status"] == "CLOSED"  # every thread was closed
    assert dt.datetime.fromisoformat(conv["windowExpiresAt"]) == _at(now - 60) + dt.timedelta(hours=24)
    assert sorted(m["node"]["body"] for m in conv["messages"]["edges"]) == ["first", "second"]
    assert await WhatsAppWindow.filter(organization_id=wa.org.id).count() == 1


async def test_an_inbound_message_processed_during_the_merge_never_moves_the_window_back(
    wa: WA, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The primary's message read its window before the merge moved it later; its update comes after."""
    from app.messaging import services

    await wa.configure()
    now = int(wa.meta.now())
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990021", text="long ago", timestamp=now - 3 * 86400))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990022", text="just now", timestamp=now - 30))
    by_phone = {c["lead"]["phone"]: c["lead"]["id"] for c in await conversations(wa)}
    primary, dup = by_phone["+4915199990021"], by_phone["+4915199990022"]

    read, release = asyncio.Event(), asyncio.Event()
    model = services.WhatsAppWindow

    class _Paused:
        """WhatsAppWindow as apply_inbound sees it, pausing once it has read the window."""

        def __getattr__(self, name: str) -> Any:
            return getattr(model, name)

        def for_org(self, organization_id: Any) -> Any:
            rows = model.for_org(organization_id)

            class _Rows:
                async def get_or_none(self, **where: Any) -> Any:
                    row = await rows.get_or_none(**where)
                    read.set()
                    await release.wait()
                    return row

            return _Rows()

    monkeypatch.setattr(services, "WhatsAppWindow", _Paused())
    stalled = asyncio.ensure_future(
        wa.webhook(wa.meta.whatsapp_inbound("4915199990021", text="a minute ago", timestamp=now - 90))
    )
    await asyncio.wait_for(read.wait(), 10)
    await _merge(wa, primary, dup)
    release.set()
    await stalled

    window = await WhatsAppWindow.get(organization_id=wa.org.id)
    assert window.last_inbound_at == _at(now - 30)  # not the stalled message's earlier time
    [conv] = await conversations(wa)
    assert dt.datetime.fromisoformat(conv["windowExpiresAt"]) == _at(now - 30) + dt.timedelta(hours=24)
    assert conv["unreadCount"] == 3
