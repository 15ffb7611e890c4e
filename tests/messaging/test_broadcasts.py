"""Broadcasts over GraphQL against the Meta emulator: who gets the template (consent, objection, phone), at
most once per lead, Meta's pacing errors and 5xx without loss or duplicates, the per-user marketing limit,
cancellation, read-only pausing, live counts from status webhooks, and a worker killed mid-broadcast."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import itertools
from typing import Any

import pytest
from asyncpg.exceptions import InterfaceError

from app.accounts.models import Role
from app.disclosures.models import Disclosure
from app.jobs import queue
from app.jobs.models import Job, JobKind
from app.messaging import broadcasts
from app.messaging.broadcast_models import Broadcast, BroadcastRecipient
from app.messaging.models import WhatsAppMessage
from schema.relay import pk_of
from tests.messaging.conftest import OFFER, REMINDER, WA, run_jobs
from tests.support import drain_jobs, error_codes, make_user

CREATE = """
mutation($input: CreateBroadcastInput!) {
  createBroadcast(input: $input) {
    broadcast { id name status recipients }
    errors { field code message }
  }
}
"""
CANCEL = """
mutation($input: CancelBroadcastInput!) {
  cancelBroadcast(input: $input) { broadcast { id status } errors { field code } }
}
"""
SHOW = """
query($id: ID!) { node(id: $id) { ... on Broadcast { id status recipients sent delivered read failed progress
  pausedReason skipped { reason count } } } }
"""
LIST = "{ broadcasts(first: 10) { totalCount edges { node { id name status sent } } } }"
OBJECT = "mutation($i: ObjectToProcessingInput!) { objectToProcessing(input: $i) { errors { code } } }"


async def create(wa: WA, template: dict[str, Any] = OFFER, **fields: Any) -> dict[str, Any]:
    values = {"name": "Spring offer", "template": template, **fields}
    return (await wa.gql.data(CREATE, {"input": values}))["createBroadcast"]


async def show(wa: WA, gid: str) -> dict[str, Any]:
    node = (await wa.gql.data(SHOW, {"id": gid}))["node"]
    node["skipped"] = {s["reason"]: s["count"] for s in node["skipped"]}
    return node


async def time_passes() -> None:
    """The hour a scheduled broadcast waits for has passed."""
    now = dt.datetime.now(dt.UTC)
    await Broadcast.filter(status="SCHEDULED").update(scheduled_at=now)
    await Job.filter(kind=JobKind.BROADCAST, status="QUEUED").update(run_after=now)


async def sent_at_least(wa: WA, n: int) -> None:
    """Wait until the emulator accepted `n` messages (polled: the emulator has no event to wait on)."""
    for _ in range(10_000):
        if len(wa.meta.sent_messages) >= n:
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"fewer than {n} messages were sent")


async def leads(wa: WA, n: int, start: int = 0) -> list[str]:
    return [await wa.lead(f"+49151{start + i:08d}") for i in range(n)]


async def test_a_broadcast_reaches_each_eligible_lead_once(wa: WA) -> None:
    await wa.configure()
    reached = await wa.lead("+4915100000001")
    await wa.lead("+4915100000002", consent=False)
    objecting = await wa.lead("+4915100000003")
    await wa.gql.data(OBJECT, {"i": {"kind": "DIRECT_MARKETING", "leadId": objecting}})
    no_phone = await wa.gql.data(
        "mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }",
        {"i": {"fullName": "Mail Only", "email": "mail.only@example.com"}},
    )
    await wa.consent(no_phone["createLead"]["lead"]["id"], True)

    made = await create(wa)
    assert made["errors"] == [] and made["broadcast"]["status"] == "SCHEDULED"
    gid = made["broadcast"]["id"]
    await run_jobs()
    shown = await show(wa, gid)
    assert shown["status"] == "COMPLETED" and shown["progress"] == 100
    assert (shown["recipients"], shown["sent"], shown["failed"]) == (4, 1, 0)
    assert shown["skipped"] == {"CONSENT_REQUIRED": 1, "OBJECTION_RECORDED": 1, "NO_PHONE": 1}
    assert wa.meta.messages_per_recipient() == {"4915100000001": 1}
    assert wa.meta.sent_messages[0]["payload"]["template"]["name"] == "spring_offer"

    # Live counts from Meta's status webhooks (delivered ⊆ sent).
    wamid = wa.meta.sent_messages[0]["id"]
    await wa.webhook(wa.meta.whatsapp_status_webhook(wamid, "delivered"))
    assert (await show(wa, gid))["delivered"] == 1
    await wa.webhook(wa.meta.whatsapp_status_webhook(wamid, "read"))
    shown = await show(wa, gid)
    assert (shown["sent"], shown["delivered"], shown["read"]) == (1, 1, 1)

    # Running the job again (arq re-runs after a crash) sends nothing more.
    job = await Job.filter(kind=JobKind.BROADCAST).first()
    await queue.run_job(job.id)
    await Job.filter(id=job.id).update(status="QUEUED")
    await queue.run_job(job.id)
    assert len(wa.meta.sent_messages) == 1
    assert reached  # the lead page shows the message too
    (disclosure,) = await Disclosure.filter(organization_id=wa.org.id)  # once, though the job ran three times
    assert (str(disclosure.lead_id), disclosure.recipient) == (str(pk_of(reached, "Lead")), "WhatsApp (Meta)")
    assert disclosure.reference == f"broadcast:{pk_of(gid, 'Broadcast')}"
    listed = (await wa.gql.data(LIST))["broadcasts"]
    assert listed["totalCount"] == 1 and listed["edges"][0]["node"]["sent"] == 1


async def test_a_national_phone_is_reached_in_its_organisations_international_form(wa: WA) -> None:
    """`015112345679` stored in a German organisation is +4915112345679: the broadcast reaches it there; once the
    organisation's country cannot read it, it is NO_PHONE, never sent as stored."""
    update = "mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { errors { code } } }"
    await wa.gql.data(update, {"i": {"defaultCountry": "DE"}})
    await wa.configure()
    await wa.lead("015112345679")
    made = await create(wa, filter={"search": "+4915112345679"})
    await run_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["recipients"], shown["sent"], shown["skipped"]) == (1, 1, {})
    assert wa.meta.messages_per_recipient() == {"4915112345679": 1}

    await wa.gql.data(update, {"i": {"defaultCountry": "US"}})
    again = await create(wa, name="Again", filter={"search": "+4915112345679"})
    await run_jobs()
    shown = await show(wa, again["broadcast"]["id"])
    assert (shown["recipients"], shown["sent"], shown["skipped"]) == (1, 0, {"NO_PHONE": 1})
    assert len(wa.meta.sent_messages) == 1


async def test_an_empty_audience_is_a_typed_error(wa: WA) -> None:
    await wa.configure()
    await wa.lead()
    made = await create(wa, filter={"tag": "nobody-has-this"})
    assert [(e["field"], e["code"]) for e in made["errors"]] == [("filter", "INVALID_INPUT")]
    unknown = await create(wa, template={"name": "no_such_template", "language": "en_US", "parameters": []})
    assert [e["code"] for e in unknown["errors"]] == ["INVALID_INPUT"]
    # A scheduled broadcast whose audience empties out completes with nobody to message.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    scheduled = await create(wa, filter={"tag": "nobody-has-this"}, scheduledAt=later.isoformat())
    assert scheduled["errors"] == []
    row = await Broadcast.get(name="Spring offer")
    await Broadcast.filter(id=row.id).update(scheduled_at=dt.datetime.now(dt.UTC))
    job = await Job.get(kind=JobKind.BROADCAST)
    await queue.run_job(job.id)
    shown = await show(wa, scheduled["broadcast"]["id"])
    assert (shown["status"], shown["recipients"], shown["progress"]) == ("COMPLETED", 0, 100)


async def test_a_custom_field_filter_narrows_the_audience_when_the_job_runs(wa: WA) -> None:
    """SPEC §7.6 "every lead of the filter" with §7.5's `customField: {key, equals}` (an exact match): the
    condition holds at creation and in the job, now or scheduled, alone or with the other conditions."""
    await wa.configure()
    field = {"key": "vip", "label": "VIP", "type": "BOOLEAN"}
    made = await wa.gql.data(
        "mutation($i: CreateCustomFieldInput!) { createCustomField(input: $i) { errors { code } } }", {"i": field}
    )
    assert made["createCustomField"]["errors"] == []
    vip, _, tagged_vip = await leads(wa, 3)
    for lead in (vip, tagged_vip):
        updated = await wa.gql.data(
            "mutation($i: UpdateLeadInput!) { updateLead(input: $i) { errors { code } } }",
            {"i": {"id": lead, "customFields": [{"key": "vip", "value": True}]}},
        )
        assert updated["updateLead"]["errors"] == []
    tagged = await wa.gql.data(
        "mutation($i: TagLeadsInput!) { tagLeads(input: $i) { errors { code } } }",
        {"i": {"leadIds": [tagged_vip], "add": ["spring"]}},
    )
    assert tagged["tagLeads"]["errors"] == []
    only_vip = {"customField": {"key": "vip", "equals": True}}

    now = await create(wa, filter=only_vip)
    assert now["errors"] == []
    await run_jobs()
    shown = await show(wa, now["broadcast"]["id"])
    assert (shown["status"], shown["recipients"], shown["sent"]) == ("COMPLETED", 2, 2)
    assert wa.meta.messages_per_recipient() == {"4915100000000": 1, "4915100000002": 1}

    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    scheduled = await create(wa, name="Later", filter={**only_vip, "tag": "spring"}, scheduledAt=later)
    await time_passes()
    await run_jobs()
    shown = await show(wa, scheduled["broadcast"]["id"])
    assert (shown["status"], shown["recipients"], shown["sent"]) == ("COMPLETED", 1, 1)
    assert wa.meta.messages_per_recipient() == {"4915100000000": 1, "4915100000002": 2}

    nobody = await create(wa, name="Nobody", filter={"customField": {"key": "vip", "equals": False}})
    assert [(e["field"], e["code"]) for e in nobody["errors"]] == [("filter", "INVALID_INPUT")]
    unknown = await create(wa, name="Unknown", filter={"customField": {"key": "nope", "equals": True}})
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("customField.key", "INVALID_INPUT")]


async def test_meta_pacing_errors_and_5xx_neither_lose_nor_duplicate(wa: WA) -> None:
    await wa.configure()
    await leads(wa, 4)
    wa.meta.fail_next(r"/messages$", code=130429, times=2, message="(#130429) Rate limit hit")
    wa.meta.fail_next(r"/messages$", code=2, http_status=503, times=2)
    made = await create(wa, template=REMINDER)
    await run_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["status"], shown["sent"], shown["failed"], shown["skipped"]) == ("COMPLETED", 4, 0, {})
    counts = wa.meta.messages_per_recipient()
    assert len(counts) == 4 and set(counts.values()) == {1}


async def test_the_per_user_marketing_limit_skips_that_recipient(wa: WA) -> None:
    await wa.configure()
    await leads(wa, 3)
    wa.meta.limit_marketing("4915100000000", sync=True)
    made = await create(wa)
    await run_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["sent"], shown["skipped"]) == (2, {"MARKETING_LIMIT": 1})

    # The usual way: Meta accepts, then reports the failure by status webhook (here for one of the two
    # limited users; the other's report has not arrived yet, so it still counts as sent).
    wa.meta.limit_marketing("4915100000001")
    second = await create(wa, name="Again")
    await run_jobs()
    failed = next(m for m in reversed(wa.meta.sent_messages) if m["wa_id"] == "4915100000001")
    await wa.webhook(wa.meta.whatsapp_status_webhook(failed["id"], "failed"))
    shown = await show(wa, second["broadcast"]["id"])
    assert (shown["sent"], shown["failed"], shown["skipped"]) == (2, 0, {"MARKETING_LIMIT": 1})


async def test_cancel_stops_a_scheduled_broadcast(wa: WA) -> None:
    await wa.configure()
    await leads(wa, 2)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    made = await create(wa, scheduledAt=later.isoformat())
    gid = made["broadcast"]["id"]
    cancelled = (await wa.gql.data(CANCEL, {"input": {"id": gid}}))["cancelBroadcast"]
    assert cancelled["errors"] == [] and cancelled["broadcast"]["status"] == "CANCELLED"
    again = (await wa.gql.data(CANCEL, {"input": {"id": gid}}))["cancelBroadcast"]
    assert [e["code"] for e in again["errors"]] == ["INVALID_STATE"]
    job = await Job.get(kind=JobKind.BROADCAST)
    await queue.run_job(job.id)
    assert wa.meta.sent_messages == []


async def test_cancel_reaches_a_running_broadcast(wa: WA, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled while sending: it stops within a batch; whatever was not sent is skipped as CANCELLED."""
    settings = dataclasses.replace(broadcasts.get_settings(), whatsapp_mps=5)  # 12 sends take 2.5 s
    monkeypatch.setattr(broadcasts, "get_settings", lambda: settings)
    await wa.configure()
    await leads(wa, 12)
    made = await create(wa, template=REMINDER)
    job = await Job.get(kind=JobKind.BROADCAST)
    running = asyncio.create_task(queue.run_job(job.id))
    await sent_at_least(wa, 2)
    cancelled = (await wa.gql.data(CANCEL, {"input": {"id": made["broadcast"]["id"]}}))["cancelBroadcast"]
    assert cancelled["errors"] == []
    await running
    shown = await show(wa, made["broadcast"]["id"])
    assert shown["status"] == "CANCELLED"
    assert shown["sent"] == len(wa.meta.sent_messages) < 12
    assert shown["sent"] + shown["skipped"].get("CANCELLED", 0) == 12


async def test_a_read_only_organisation_pauses_its_broadcasts(wa: WA, monkeypatch: pytest.MonkeyPatch) -> None:
    await wa.configure()
    await leads(wa, 2)
    made = await create(wa)

    async def lapsed(settings: Any, organization_id: Any) -> bool:
        return True

    monkeypatch.setattr(broadcasts, "is_read_only", lapsed)
    job = await Job.get(kind=JobKind.BROADCAST)
    await queue.run_job(job.id)
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["status"], shown["pausedReason"]) == ("SCHEDULED", "SUBSCRIPTION_INACTIVE")
    assert wa.meta.sent_messages == []
    assert await Job.filter(kind=JobKind.BROADCAST).count() == 2  # it looks again later


async def test_tokens_and_members_cannot_broadcast_or_list_broadcasts(wa: WA) -> None:
    """SPEC §7: broadcasts (create, cancel and the list) are ADMIN's, sessions only."""
    await wa.configure()
    await leads(wa, 1)
    await create(wa)
    data = await wa.gql.data(
        "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }",
        {"i": {"name": "partner", "scopes": ["messaging:write"], "expiresAt": None}},
    )
    _, member = await make_user(wa.org, role=Role.MEMBER)
    _, viewer = await make_user(wa.org, role=Role.VIEWER)
    for token in (data["createApiToken"]["secret"], member, viewer):
        body = await wa.gql(CREATE, {"input": {"name": "x", "template": OFFER}}, token=token)
        assert error_codes(body) == ["FORBIDDEN"]
        body = await wa.gql(LIST, token=token)
        assert error_codes(body) == ["FORBIDDEN"] and body["data"] is None
    assert (await wa.gql.data(LIST))["broadcasts"]["totalCount"] == 1


async def test_a_worker_killed_mid_broadcast_resumes_without_sending_twice(wa: WA) -> None:
    """The job is cut off mid-send (as a killed worker would be); a real arq worker then runs it again."""
    await wa.configure()
    await leads(wa, 8)
    made = await create(wa, template=REMINDER)
    job = await Job.get(kind=JobKind.BROADCAST)
    killed = asyncio.create_task(queue.run_job(job.id))
    await sent_at_least(wa, 3)
    killed.cancel()
    # A killed process runs nothing more; a cancelled task still unwinds, and when the cancellation lands inside
    # a statement its own cleanup may find the connection already returned to the pool. Either way it is gone.
    with pytest.raises((asyncio.CancelledError, InterfaceError)):
        await killed
    await drain_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert shown["status"] == "COMPLETED"
    counts = wa.meta.messages_per_recipient()
    assert set(counts.values()) == {1}  # nobody twice
    # Each recipient ended sent or failed: a send caught mid-call is UNKNOWN (it may have reached Meta) and is
    # never repeated; every other recipient was sent exactly once.
    assert shown["sent"] + shown["failed"] == 8
    assert shown["sent"] <= len(counts) <= 8
    unknown = await WhatsAppMessage.filter(status="UNKNOWN").count()
    assert shown["failed"] == unknown
    assert await BroadcastRecipient.filter(status__in=["PENDING", "SENDING"]).count() == 0
    assert await Disclosure.filter(reference__startswith="broadcast:").count() == shown["sent"]  # sends, no more


async def test_the_emulators_throughput_limit_is_backed_off_not_lost(wa: WA, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our cap set above what the number takes: Meta answers 130429, every sender pauses, nothing is lost."""
    settings = dataclasses.replace(broadcasts.get_settings(), whatsapp_mps=50)
    monkeypatch.setattr(broadcasts, "get_settings", lambda: settings)
    monkeypatch.setattr(broadcasts, "THROTTLE_BACKOFF", 0.3)
    await wa.configure()
    await leads(wa, 8)
    wa.meta.set_throughput(3)
    made = await create(wa, template=REMINDER)
    await run_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["status"], shown["sent"], shown["failed"]) == ("COMPLETED", 8, 0)
    assert wa.meta.throttled_sends > 0
    assert set(wa.meta.messages_per_recipient().values()) == {1}
    assert wa.meta.max_per_second() <= 3


async def test_a_pair_rate_limit_delays_only_that_recipient(wa: WA, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(broadcasts, "PAIR_BACKOFF", dt.timedelta(seconds=0.2))
    await wa.configure()
    await leads(wa, 3)
    wa.meta.fail_next(r"/messages$", code=131056, message="(#131056) pair rate limit hit")
    made = await create(wa, template=REMINDER)
    await run_jobs()
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["sent"], shown["failed"]) == (3, 0)
    assert set(wa.meta.messages_per_recipient().values()) == {1}


async def test_an_erased_lead_leaves_counts_but_no_phone_index(wa: WA) -> None:
    await wa.configure()
    [first, _] = await leads(wa, 2)
    made = await create(wa, template=REMINDER)
    await run_jobs()
    erased = await wa.gql.data(
        "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { errors { code } } }", {"i": {"id": first}}
    )
    assert erased["deleteLead"]["errors"] == []
    await run_jobs()
    rows = await BroadcastRecipient.all().order_by("created_at")
    assert sorted(r.phone_key is None for r in rows) == [False, True]
    assert [r.lead_id for r in rows if r.phone_key is None] == [None]
    assert (await show(wa, made["broadcast"]["id"]))["sent"] == 2


async def test_pacing_slots_are_spaced_and_the_window_is_capped() -> None:
    from app.security import ratelimit

    waits = [await ratelimit.reserve_slot("wa-pace-test", "number-1", 10.0) for _ in range(4)]
    assert waits[0] < 1.0 and all(later > earlier + 9.0 for earlier, later in itertools.pairwise(waits))
    await ratelimit.reserve_slot("wa-pace-test", "number-2", 1.0, hold=30.0)  # a back-off pushes the next slot
    assert await ratelimit.reserve_slot("wa-pace-test", "number-2", 1.0) > 25.0
    taken = [await ratelimit.take_in_window("wa-window-test", "number-1", 3, 60.0) for _ in range(4)]
    assert taken[:3] == [0.0, 0.0, 0.0] and taken[3] > 50.0


async def test_meta_recategorisation_and_pausing_apply_when_the_broadcast_starts(wa: WA) -> None:
    await wa.configure()
    objecting = await wa.lead("+4915100000001")
    await wa.gql.data(OBJECT, {"i": {"kind": "DIRECT_MARKETING", "leadId": objecting}})
    await wa.lead("+4915100000002")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    made = await create(wa, template=REMINDER, scheduledAt=later)  # UTILITY when created
    assert made["errors"] == []
    await run_jobs(due_only=True)  # nothing is due: the broadcast waits for its time
    assert wa.meta.sent_messages == []
    await wa.meta.post_webhook(wa.http, wa.meta.recategorize_template("appointment_reminder", "en_US", "MARKETING"))
    await run_jobs(due_only=True)
    await time_passes()
    await run_jobs(due_only=True)
    shown = await show(wa, made["broadcast"]["id"])
    assert (shown["sent"], shown["skipped"]) == (1, {"OBJECTION_RECORDED": 1})

    paused = await create(wa, name="Paused", template=REMINDER, scheduledAt=later)
    await wa.meta.post_webhook(wa.http, wa.meta.template_status_webhook("appointment_reminder", "en_US", "PAUSED"))
    await run_jobs(due_only=True)
    await time_passes()
    await run_jobs(due_only=True)
    assert (await show(wa, paused["broadcast"]["id"]))["status"] == "FAILED"
    assert len(wa.meta.sent_messages) == 1
