"""The WhatsApp inbox from outside: signed inbound webhooks from the Meta emulator, then GraphQL as a team
member sees it (SPEC §7.6 "Inbox", §7.7): unknown senders become WHATSAPP leads, the attaching rule,
Click-to-WhatsApp attribution, conversations (unread, assign, close) and the service-window reply rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

import pytest

from app.accounts.models import Organization, Role
from app.leads.models import Lead, LeadSource
from app.messaging.inbox_models import Conversation, LeadReferral
from app.privacy.erasure_models import LeadConsent
from app.settings import get_settings
from schema.relay import pk_of
from tests.factories import make_ad
from tests.fakes.meta import FakeMeta
from tests.messaging.conftest import REMINDER, WA, run_jobs
from tests.support import GraphQLClient, error_codes, make_org, make_user

CONVERSATIONS = """
query($filter: ConversationFilter, $first: Int) {
  conversations(filter: $filter, first: $first) {
    totalCount
    edges { node { id status unreadCount lastMessageAt windowExpiresAt
      assignee { id }
      lead { id fullName phone source campaign { id } ad { id } adSet { id }
        referral { sourceType sourceId sourceUrl headline ctwaClid attributed } }
      messages(first: 10) { edges { node { direction status body } } } } }
  }
}
"""

MARK_READ = """
mutation($id: ID!) { markConversationRead(input: {id: $id}) {
  conversation { id unreadCount } errors { field code message } } }
"""
ASSIGN = """
mutation($id: ID!, $to: ID) { assignConversation(input: {id: $id, assigneeId: $to}) {
  conversation { id assignee { id } } errors { field code message } } }
"""
CLOSE = """
mutation($id: ID!) { closeConversation(input: {id: $id}) { conversation { id status } errors { field code } } }
"""
TOKEN = """
mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret errors { code } } }
"""


async def conversations(wa: WA, gql: GraphQLClient | None = None, **filter: Any) -> list[dict[str, Any]]:
    data = await (gql or wa.gql).data(CONVERSATIONS, {"filter": filter or None, "first": 50})
    return [e["node"] for e in data["conversations"]["edges"]]


async def test_an_unknown_number_becomes_a_whatsapp_lead_with_a_conversation(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990001", text="Hi, is there a slot?", name="Mia Example"))
    [conv] = await conversations(wa)
    assert conv["lead"]["source"] == "WHATSAPP"
    assert conv["lead"]["phone"] == "+4915199990001"
    assert conv["lead"]["fullName"] == "Mia Example"
    assert conv["lead"]["referral"] is None
    assert conv["status"] == "OPEN" and conv["unreadCount"] == 1
    assert conv["windowExpiresAt"] is not None
    assert [m["node"]["status"] for m in conv["messages"]["edges"]] == ["RECEIVED"]
    assert conv["messages"]["edges"][0]["node"]["body"] == "Hi, is there a slot?"

    # The same sender again: the same lead and conversation, one more unread; re-delivery changes nothing.
    body = wa.meta.whatsapp_inbound("4915199990001", text="Hello?", name="Mia Example")
    await wa.webhook(body)
    await wa.webhook(body)
    [conv] = await conversations(wa)
    assert conv["unreadCount"] == 2
    assert await Lead.filter(organization_id=wa.org.id).count() == 1

    read = (await wa.gql.data(MARK_READ, {"id": conv["id"]}))["markConversationRead"]
    assert read == {"conversation": {"id": conv["id"], "unreadCount": 0}, "errors": []}
    assert await conversations(wa, unread=True) == []
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990001", text="Still there?"))
    [unread] = await conversations(wa, unread=True)
    assert unread["unreadCount"] == 1
    assert await conversations(wa, unread=False) == []


async def test_a_conversation_is_as_recent_as_its_messages_not_their_receipt(wa: WA) -> None:
    """A message Meta delivers late (its `timestamp` 25 h ago) starts the conversation at its own time, as its
    window does; a later message moves lastMessageAt forward, an older one arriving after it never back."""
    await wa.configure()
    now = int(time.time())
    late = now - 25 * 3600
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990007", text="Sent yesterday", timestamp=late))
    [conv] = await conversations(wa)
    assert _epoch(conv["lastMessageAt"]) == late
    assert _epoch(conv["windowExpiresAt"]) == late + 24 * 3600
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990007", text="And now", timestamp=now - 60))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990007", text="Delayed", timestamp=now - 3600))
    [conv] = await conversations(wa)
    assert _epoch(conv["lastMessageAt"]) == now - 60
    assert _epoch(conv["windowExpiresAt"]) == now - 60 + 24 * 3600


def _epoch(value: str) -> int:
    return int(dt.datetime.fromisoformat(value).timestamp())


async def test_inbound_attaches_to_the_oldest_original_lead_with_that_phone(wa: WA) -> None:
    await wa.configure()
    first = await wa.lead("+4915112345678", consent=False)
    await wa.webhook(wa.meta.whatsapp_inbound("4915112345678", text="It's me", name="Someone Else"))
    [conv] = await conversations(wa)
    assert conv["lead"]["id"] == first
    assert conv["lead"]["fullName"] == "Jane Doe"  # the profile name never overwrites the lead
    assert await Lead.filter(organization_id=wa.org.id).count() == 1


async def test_a_username_only_contact_is_keyed_by_its_business_scoped_user_id(wa: WA) -> None:
    await wa.configure()
    bsuid = "US.13491208655302741918"
    await wa.webhook(wa.meta.whatsapp_inbound(None, text="hi", user_id=bsuid, name=None, username="plantlover"))
    [conv] = await conversations(wa)
    assert conv["lead"]["phone"] is None
    assert conv["lead"]["fullName"] == "plantlover"
    # Later messages from the same user, with or without a phone number, stay on that lead.
    await wa.webhook(wa.meta.whatsapp_inbound(None, text="again", user_id=bsuid, name=None))
    await wa.webhook(wa.meta.whatsapp_inbound("14155550123", text="now with a number", user_id=bsuid))
    [conv] = await conversations(wa)
    assert conv["unreadCount"] == 3
    assert await Lead.filter(organization_id=wa.org.id).count() == 1
    # The id is kept sealed, looked up by blind index only.
    row = await Conversation.get(organization_id=wa.org.id)
    raw = await Conversation.filter(id=row.id).values_list("wa_user_bidx", flat=True)
    assert row.wa_user == bsuid and raw[0] and bsuid not in raw[0]


async def test_an_erased_phone_writing_again_is_a_new_contact(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="first"))
    [conv] = await conversations(wa)
    erased = await wa.gql.data(
        "mutation($id: ID!) { deleteLead(input: {id: $id}) { errors { code } } }", {"id": conv["lead"]["id"]}
    )
    assert erased["deleteLead"]["errors"] == []
    assert await conversations(wa) == []
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990002", text="back again"))
    [again] = await conversations(wa)
    assert again["lead"]["id"] != conv["lead"]["id"]
    assert again["lead"]["source"] == "WHATSAPP"
    assert [m["node"]["body"] for m in again["messages"]["edges"]] == ["back again"]


async def test_click_to_whatsapp_attributes_only_this_organisations_ad(wa: WA) -> None:
    await wa.configure()
    ad = await make_ad(wa.org)
    referral = wa.meta.ctwa_referral(ad.meta_id)
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990003", text="Info please", referral=referral))
    [conv] = await conversations(wa)
    lead = conv["lead"]
    assert lead["ad"] == {"id": _gid("Ad", ad.id)}
    assert lead["adSet"] == {"id": _gid("AdSet", ad.ad_set_id)}
    assert lead["campaign"] == {"id": _gid("Campaign", ad.campaign_id)}
    assert lead["referral"] == {
        "sourceType": "ad",
        "sourceId": ad.meta_id,
        "sourceUrl": "https://fb.me/3cr4Wqqkv",
        "headline": "Chat with us",
        "ctwaClid": referral["ctwa_clid"],
        "attributed": True,
    }
    # A later referral never overwrites the first.
    other = await make_ad(wa.org)
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990003", referral=wa.meta.ctwa_referral(other.meta_id)))
    assert (await LeadReferral.get(lead__organization_id=wa.org.id)).source_id == ad.meta_id

    # Another organisation's ad: the referral is kept, the lead is not attributed.
    foreign_org = await make_org("Other")
    foreign_ad = await make_ad(foreign_org)
    status_ad = wa.meta.ctwa_referral(foreign_ad.meta_id, status_placement=True)
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990004", text="hi", referral=status_ad))
    by_phone = {c["lead"]["phone"]: c["lead"] for c in await conversations(wa)}
    foreign = by_phone["+4915199990004"]
    assert foreign["campaign"] is None and foreign["ad"] is None
    assert foreign["referral"]["attributed"] is False
    assert foreign["referral"]["sourceId"] == foreign_ad.meta_id
    assert foreign["referral"]["ctwaClid"] is None  # Status placements carry no click id


async def test_whatsapp_is_not_a_source_people_can_choose(wa: WA) -> None:
    body = await wa.gql(
        "mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } errors { field code } } }",
        {"i": {"fullName": "Manual", "phone": "+4915100000001", "source": "WHATSAPP"}},
    )
    assert body["data"]["createLead"]["errors"] == [{"field": "source", "code": "INVALID_INPUT"}]
    assert not await Lead.filter(organization_id=wa.org.id, source=LeadSource.WHATSAPP).exists()


async def test_members_assign_and_close_viewers_only_read(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990005", text="hello"))
    [conv] = await conversations(wa)
    member, member_token = await make_user(wa.org, role=Role.MEMBER)
    viewer, viewer_token = await make_user(wa.org, role=Role.VIEWER)
    as_member = GraphQLClient(wa.http, member_token)
    as_viewer = GraphQLClient(wa.http, viewer_token)
    member_id = f"{_user_gid(member.id)}"

    assert error_codes(await as_viewer(CLOSE, {"id": conv["id"]})) == ["FORBIDDEN"]
    assert len(await conversations(wa, as_viewer)) == 1  # viewers read the inbox

    to_viewer = (await as_member.data(ASSIGN, {"id": conv["id"], "to": _user_gid(viewer.id)}))["assignConversation"]
    assert [e["code"] for e in to_viewer["errors"]] == ["INVALID_INPUT"]
    done = (await as_member.data(ASSIGN, {"id": conv["id"], "to": member_id}))["assignConversation"]
    assert done["errors"] == [] and done["conversation"]["assignee"]["id"] == member_id
    assert [c["id"] for c in await conversations(wa, assigneeId=member_id)] == [conv["id"]]

    closed = (await as_member.data(CLOSE, {"id": conv["id"]}))["closeConversation"]
    assert closed["conversation"]["status"] == "CLOSED"
    assert [c["id"] for c in await conversations(wa, status="CLOSED")] == [conv["id"]]
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990005", text="one more thing"))
    assert [c["id"] for c in await conversations(wa, status="OPEN")] == [conv["id"]]  # the lead wrote again

    # Another organisation's conversation is just unknown.
    other_org = await make_org("Elsewhere")
    _, other_token = await make_user(other_org, role=Role.OWNER)
    foreign = (await GraphQLClient(wa.http, other_token).data(CLOSE, {"id": conv["id"]}))["closeConversation"]
    assert [e["code"] for e in foreign["errors"]] == ["NOT_FOUND"]


async def test_marking_read_needs_the_messaging_write_scope(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990006", text="hello"))
    [conv] = await conversations(wa)

    async def token(*scopes: str) -> GraphQLClient:
        made = await wa.gql.data(TOKEN, {"input": {"name": "inbox", "scopes": list(scopes)}})
        return GraphQLClient(wa.http, made["createApiToken"]["secret"])

    reader = await token("leads:read", "leads:write")
    assert len(await conversations(wa, reader)) == 1
    assert error_codes(await reader(MARK_READ, {"id": conv["id"]})) == ["FORBIDDEN"]
    replier = await token("messaging:write")
    read = (await replier.data(MARK_READ, {"id": conv["id"]}))["markConversationRead"]
    assert read["conversation"]["unreadCount"] == 0


async def test_free_text_inside_the_window_needs_no_consent_unless_withdrawn(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990007", text="Do you open on Saturday?"))
    [conv] = await conversations(wa)
    lead_id = conv["lead"]["id"]
    reply = await wa.send(lead_id, text="Yes, 9 to 13.")
    assert reply["errors"] == [] and reply["message"]["status"] == "QUEUED"
    await run_jobs()
    assert (await wa.message(reply["message"]["id"]))["status"] == "SENT"
    # Templates (and so workflows and broadcasts) still need the opt-in.
    template = await wa.send(lead_id, template=REMINDER)
    assert [e["code"] for e in template["errors"]] == ["CONSENT_REQUIRED"]
    # A withdrawal ("STOP") ends free replies too.
    await wa.consent(lead_id, True)
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990007", text="STOP"))
    refused = await wa.send(lead_id, text="Sorry to see you go")
    assert [e["code"] for e in refused["errors"]] == ["CONSENT_REQUIRED"]


async def test_stop_from_a_lead_that_never_opted_in_still_ends_free_replies(wa: WA) -> None:
    await wa.configure()
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990008", text="Price?"))
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990008", text="STOP"))
    [conv] = await conversations(wa)
    refused = await wa.send(conv["lead"]["id"], text="It is 20 EUR")
    assert [e["code"] for e in refused["errors"]] == ["CONSENT_REQUIRED"]
    consents = await wa.gql.data(
        "query($id: ID!) { lead(id: $id) { consents { purpose granted source } } }", {"id": conv["lead"]["id"]}
    )
    assert consents["lead"]["consents"] == [{"purpose": "WHATSAPP", "granted": False, "source": "WHATSAPP_STOP"}]
    await wa.webhook(wa.meta.whatsapp_inbound("4915199990008", text="STOP"))  # again: nothing more to record
    assert await LeadConsent.filter(lead_id=pk_of(conv["lead"]["id"], "Lead")).count() == 1


def _gid(type_name: str, pk: Any) -> str:
    from schema.relay import to_global_id

    return to_global_id(type_name, pk)


def _user_gid(pk: Any) -> str:
    return _gid("User", pk)


@pytest.mark.usefixtures("app")
async def test_the_demo_shows_a_click_to_whatsapp_lead_with_its_referral(
    meta: FakeMeta, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.demo import ensure_demo
    from app.integrations.meta import sandbox
    from app.messaging.inbox_models import MediaStatus, WhatsAppMedia

    settings = dataclasses.replace(get_settings(), meta_sandbox=True)
    # The demo's sandbox emulator is the test's: the photo it adds is the one the download job asks for.
    monkeypatch.setitem(sandbox._emulators, (settings.meta_app_id, settings.meta_app_secret), meta)
    await ensure_demo(settings)
    await run_jobs()
    org = await Organization.get(slug="demo")
    lead = await Lead.get(organization_id=org.id, source=LeadSource.WHATSAPP)
    referral = await LeadReferral.get(lead_id=lead.id)
    assert referral.attributed and referral.source_id == meta.AD_IDS[0]
    assert lead.ad_id is not None and lead.campaign_id is not None
    assert lead.full_name == "Lena Sandbox"
    assert (await Conversation.get(lead_id=lead.id)).unread_count == 2
    assert (await WhatsAppMedia.get(lead_id=lead.id)).status is MediaStatus.STORED


async def test_retention_anonymising_a_lead_forgets_its_whatsapp_user_id(wa: WA) -> None:
    import datetime as dt

    from app.classification import DataCategory
    from app.privacy.erasure_models import RetentionAction
    from app.privacy.retention import set_retention_rule, sweep

    await wa.configure()
    bsuid = "US.99887766554433"
    await wa.webhook(wa.meta.whatsapp_inbound(None, text="hi", user_id=bsuid, username="fern"))
    await set_retention_rule(wa.org.id, DataCategory.LEAD_CONTACT, 30, RetentionAction.ANONYMIZE)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    await Lead.filter(organization_id=wa.org.id).update(last_activity_at=old, updated_at=old)
    await sweep(wa.org.id)
    row = await Conversation.get(organization_id=wa.org.id)
    assert (row.wa_user, row.wa_user_bidx) == (None, None)
    # The same user writing again is a new contact: nothing links them to the anonymised lead.
    await wa.webhook(wa.meta.whatsapp_inbound(None, text="me again", user_id=bsuid, username="fern"))
    assert await Lead.filter(organization_id=wa.org.id).count() == 2
