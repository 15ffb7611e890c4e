"""WhatsApp over GraphQL against the Meta emulator: configuration, consent-gated sends, status webhooks
(forward only, de-duplicated), inbound messages and STOP, at-most-once sends."""

from __future__ import annotations

import json

import pytest

from app.messaging.models import MessageStatus, WhatsAppConfig, WhatsAppMessage
from tests.messaging.conftest import OFFER, REMINDER, WA, run_jobs
from tests.support import GraphQLClient, make_org, make_user


async def test_configure_checks_number_and_lists_templates(wa: WA) -> None:
    wrong = await wa.configure(phoneNumberId="999999999")
    assert [e["code"] for e in wrong["errors"]] == ["INVALID_INPUT"]
    refused = await wa.configure(accessToken="EAAbogus")  # Meta says no: a typed error, not INTERNAL_ERROR
    assert [e["code"] for e in refused["errors"]] == ["META_ERROR"]
    assert "Meta refused" in refused["errors"][0]["message"]
    token = wa.meta.system_user_token()
    ok = await wa.configure(accessToken=token)
    assert ok["errors"] == []
    config = ok["whatsAppConfiguration"]
    assert config["displayPhoneNumber"] == wa.meta.DISPLAY_PHONE
    by_name = {t["name"]: t for t in config["templates"]}
    assert by_name["spring_offer"]["category"] == "MARKETING"
    assert by_name["appointment_reminder"] == {
        "name": "appointment_reminder",
        "language": "en_US",
        "category": "UTILITY",
        "status": "APPROVED",
        "parameterCount": 2,
    }
    # The token given is the one stored (decrypted by the model), encrypted: never readable in the column.
    from tortoise import connections

    assert (await WhatsAppConfig.for_org(wa.org.id).get()).access_token == token
    [row] = await connections.get("default").execute_query_dict("SELECT access_token FROM whatsapp_config")
    assert row["access_token"] and token not in str(row["access_token"])


async def test_one_number_belongs_to_one_organisation(wa: WA, client) -> None:
    assert (await wa.configure())["errors"] == []
    other_org = await make_org("Other")
    _, token = await make_user(other_org)
    other = WA(org=other_org, gql=GraphQLClient(client, token), http=client, meta=wa.meta)
    again = await other.configure()
    assert [e["code"] for e in again["errors"]] == ["INVALID_STATE"]


@pytest.mark.sqlite
async def test_send_needs_consent_then_sends_exact_payload(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead(consent=False)
    refused = await wa.send(lead, template=REMINDER)
    assert [e["code"] for e in refused["errors"]] == ["CONSENT_REQUIRED"]
    assert refused["whatsAppMessage"] is None and refused["message"] is None
    await run_jobs()
    assert wa.meta.sent_messages == []

    await wa.consent(lead, True)
    sent = await wa.send(lead, template=REMINDER)
    assert sent["errors"] == []
    # SPEC §6 names the entity after its type (`whatsAppMessage`); §4's `{ message }` reads the same message
    assert sent["whatsAppMessage"] == sent["message"]
    assert sent["message"]["status"] == "QUEUED"
    assert sent["message"]["templateCategory"] == "UTILITY"
    assert sent["message"]["body"] == "Hi Jane, your appointment is on 14:30."
    await run_jobs()
    assert len(wa.meta.sent_messages) == 1
    assert wa.meta.sent_messages[0]["payload"] == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "4915112345678",
        "type": "template",
        "template": {
            "name": "appointment_reminder",
            "language": {"code": "en_US"},
            "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "Jane"}, {"type": "text", "text": "14:30"}]}
            ],
        },
    }
    shown = await wa.message(sent["message"]["id"])
    assert shown["status"] == "SENT"
    assert shown["metaMessageId"] == wa.meta.sent_messages[0]["id"]


UPDATE_ORG = """mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) {
  organization { defaultCountry } errors { code } } }"""


async def test_a_national_phone_is_sent_in_its_organisations_international_form(wa: WA) -> None:
    """A phone stored as the lead gave it (`015112345679` in a German organisation) goes to Meta with its country
    code; one that the organisation's country cannot read is refused, at the request and at send time, never
    sent as stored."""
    await wa.gql.data(UPDATE_ORG, {"i": {"defaultCountry": "DE"}})
    await wa.configure()
    lead = await wa.lead("015112345679")
    assert (await wa.send(lead, template=REMINDER))["errors"] == []
    await run_jobs()
    assert [m["payload"]["to"] for m in wa.meta.sent_messages] == ["4915112345679"]

    queued = await wa.send(lead, template=REMINDER)
    await wa.gql.data(UPDATE_ORG, {"i": {"defaultCountry": "US"}})  # 015112345679 is no US number
    await run_jobs()
    shown = await wa.message(queued["message"]["id"])
    assert shown["status"] == "FAILED" and "international form" in shown["errorTitle"]
    refused = await wa.send(lead, template=REMINDER)
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("INVALID_STATE", "leadId")]
    assert len(wa.meta.sent_messages) == 1


async def test_parameters_validated_before_meta_and_category_is_metas(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    bad = await wa.send(lead, template={**REMINDER, "parameters": ["Jane"]})
    assert [(e["code"], e["field"]) for e in bad["errors"]] == [("INVALID_INPUT", "template.parameters")]
    unknown = await wa.send(lead, template={**REMINDER, "language": "de"})
    assert [e["code"] for e in unknown["errors"]] == ["INVALID_INPUT"]
    both = await wa.send(lead, template=REMINDER, text="hi")
    assert [e["code"] for e in both["errors"]] == ["INVALID_INPUT"]
    assert wa.meta.calls(r"/messages$") == []


async def test_objection_refuses_marketing_but_allows_utility(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    data = await wa.gql.data(
        "mutation($i: ObjectToProcessingInput!) { objectToProcessing(input: $i) { errors { code } } }",
        {"i": {"kind": "DIRECT_MARKETING", "leadId": lead}},
    )
    assert data["objectToProcessing"]["errors"] == []
    marketing = await wa.send(lead, template=OFFER)
    assert [e["code"] for e in marketing["errors"]] == ["OBJECTION_RECORDED"]
    utility = await wa.send(lead, template=REMINDER)
    assert utility["errors"] == []


async def test_unknown_or_foreign_lead_is_not_found(wa: WA, client) -> None:
    await wa.configure()
    other_org = await make_org("Other")
    _, token = await make_user(other_org)
    other = WA(org=other_org, gql=GraphQLClient(client, token), http=client, meta=wa.meta)
    foreign = await other.lead()
    result = await wa.send(foreign, template=REMINDER)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "leadId")]


async def test_free_text_only_inside_window(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    closed = await wa.send(lead, text="Hello there")
    assert [e["code"] for e in closed["errors"]] == ["INVALID_STATE"]
    await wa.webhook(wa.meta.whatsapp_inbound_message("4915112345678", "Yes, 14:30 works"))
    opened = await wa.send(lead, text="Great, see you then")
    assert opened["errors"] == []
    await run_jobs()
    assert wa.meta.sent_messages[-1]["payload"]["text"] == {"preview_url": False, "body": "Great, see you then"}
    timeline = await wa.gql.data(
        "query($id: ID!) { node(id: $id) { ... on Lead {"
        " messages { totalCount edges { node { direction body } } } } } }",
        {"id": lead},
    )
    nodes = [e["node"] for e in timeline["node"]["messages"]["edges"]]
    assert nodes == [
        {"direction": "OUT", "body": "Great, see you then"},
        {"direction": "IN", "body": "Yes, 14:30 works"},
    ]
    too_long = await wa.send(lead, text="x" * 4097)
    assert [(e["field"], e["code"]) for e in too_long["errors"]] == [("text", "INVALID_INPUT")]
    longest = await wa.send(lead, text="x" * 4096)  # WhatsApp's own limit (SPEC §7.7), not other strings' 1,000
    assert longest["errors"] == []


async def test_status_webhooks_forward_only_and_deduplicated(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    await run_jobs()
    wamid = wa.meta.sent_messages[0]["id"]
    now = int(wa.meta.now())
    read = wa.meta.whatsapp_status_webhook(wamid, "read", timestamp=now + 20)
    await wa.webhook(read)
    await wa.webhook(read)  # re-delivered
    await wa.webhook(wa.meta.whatsapp_status_webhook(wamid, "delivered", timestamp=now + 10))  # late
    await wa.webhook(wa.meta.whatsapp_status_webhook(wamid, "sent", timestamp=now + 1))  # later still
    shown = await wa.message(sent["message"]["id"])
    assert shown["status"] == "READ"
    assert shown["deliveredAt"] is not None and shown["readAt"] is not None
    from app.messaging.models import WhatsAppStatusEvent

    events = await WhatsAppStatusEvent.all().values_list("status", flat=True)
    assert sorted(s.value for s in events) == ["DELIVERED", "READ", "SENT"]


async def test_a_read_without_a_delivered_status_counts_as_delivered(wa: WA) -> None:
    """META.md §6.4: `read` implies delivered; a user's phone may never report `delivered` on its own."""
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    await run_jobs()
    await wa.webhook(wa.meta.whatsapp_status_webhook(wa.meta.sent_messages[0]["id"], "read"))
    shown = await wa.message(sent["message"]["id"])
    assert shown["status"] == "READ" and shown["deliveredAt"] == shown["readAt"] is not None


async def test_failed_status_carries_metas_error(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    await run_jobs()
    wamid = wa.meta.sent_messages[0]["id"]
    await wa.webhook(wa.meta.whatsapp_status_webhook(wamid, "failed"))
    shown = await wa.message(sent["message"]["id"])
    assert (shown["status"], shown["errorCode"]) == ("FAILED", 131026)
    listed = await wa.gql.data("{ messages(filter: {status: FAILED}) { totalCount } }")
    assert listed["messages"]["totalCount"] == 1


async def test_undeliverable_number_fails_with_metas_error(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    wa.meta.undeliverable.add("4915112345678")
    sent = await wa.send(lead, template=REMINDER)
    await run_jobs()
    shown = await wa.message(sent["message"]["id"])
    assert (shown["status"], shown["errorCode"]) == ("FAILED", 131026)


@pytest.mark.parametrize("text", ["  stop ", "STOP.", "Stop please", "unsubscribe me", "Opt-out!"])
async def test_stop_withdraws_consent(wa: WA, text: str) -> None:
    await wa.configure()
    lead = await wa.lead()
    shown = "query($id: ID!) { node(id: $id) { ... on Lead { updatedAt consents { purpose granted } } } }"
    before = (await wa.gql.data(shown, {"id": lead}))["node"]["updatedAt"]
    await wa.webhook(wa.meta.whatsapp_inbound_message("+49 151 12345678", text))
    consents = await wa.gql.data(shown, {"id": lead})
    assert {"purpose": "WHATSAPP", "granted": False} in consents["node"]["consents"]
    assert consents["node"]["updatedAt"] > before  # a change of the lead like any other (LEAD_UPDATED)
    refused = await wa.send(lead, template=REMINDER)
    assert [e["code"] for e in refused["errors"]] == ["CONSENT_REQUIRED"]


async def test_a_sentence_with_stop_in_it_is_not_an_opt_out(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    await wa.webhook(wa.meta.whatsapp_inbound_message("4915112345678", "Stop by at 3pm? The shop is open."))
    assert (await wa.send(lead, template=OFFER))["errors"] == []


def _interactive(body: bytes, reply: str, chosen: dict[str, str]) -> bytes:
    """The same inbound message, as the row of a list or a Flow's reply (META.md §6.5)."""
    envelope = json.loads(body)
    message = envelope["entry"][0]["changes"][0]["value"]["messages"][0]
    del message["text"]
    message.update(type="interactive", interactive={"type": reply, reply: chosen})
    return json.dumps(envelope).encode()


async def test_list_and_flow_replies_keep_their_text_and_a_list_opt_out_withdraws(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    row = {"id": "slot_2", "title": "Tuesday 14:30", "description": "with Ana"}
    await wa.webhook(_interactive(wa.meta.whatsapp_inbound_message("4915112345678"), "list_reply", row))
    flow = {"name": "flow", "body": "Sent", "response_json": "{}"}
    await wa.webhook(_interactive(wa.meta.whatsapp_inbound_message("4915112345678"), "nfm_reply", flow))
    shown = await wa.gql.data(
        "query($id: ID!) { node(id: $id) { ... on Lead { messages { edges { node { direction body } } } } } }",
        {"id": lead},
    )
    inbound = [e["node"]["body"] for e in shown["node"]["messages"]["edges"] if e["node"]["direction"] == "IN"]
    assert sorted(inbound) == ["Sent", "Tuesday 14:30"]
    opt_out = {"id": "opt_out", "title": "Stop promotions"}
    await wa.webhook(_interactive(wa.meta.whatsapp_inbound_message("4915112345678"), "list_reply", opt_out))
    assert [e["code"] for e in (await wa.send(lead, template=OFFER))["errors"]] == ["CONSENT_REQUIRED"]


async def test_opt_out_button_withdraws_consent(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    await wa.webhook(wa.meta.whatsapp_inbound_message("4915112345678", None, button_payload="Stop promotions"))
    refused = await wa.send(lead, template=OFFER)
    assert [e["code"] for e in refused["errors"]] == ["CONSENT_REQUIRED"]


async def test_consent_rechecked_at_send_time(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    await wa.consent(lead, False)
    await run_jobs()
    assert wa.meta.sent_messages == []
    assert (await wa.message(sent["message"]["id"]))["status"] == "FAILED"


async def test_rerun_after_crash_marks_unknown_and_never_resends(wa: WA) -> None:
    from app.jobs import queue
    from app.jobs.models import Job, JobKind

    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    # A worker claimed the message (SENDING) and died before Meta answered.
    await WhatsAppMessage.all().update(status=MessageStatus.SENDING)
    job = await Job.get(kind=JobKind.WHATSAPP_SEND)
    await queue.run_job(job.id)
    assert (await wa.message(sent["message"]["id"]))["status"] == "UNKNOWN"
    await queue.run_job(job.id)
    assert wa.meta.sent_messages == []


async def test_throttling_retries_later_without_sending(wa: WA) -> None:
    from app.jobs import queue
    from app.jobs.models import Job, JobKind, JobStatus
    from app.jobs.queue import RetryLater

    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    wa.meta.fail_next(r"/messages$", code=130429, message="(#130429) Rate limit hit")
    job = await Job.get(kind=JobKind.WHATSAPP_SEND)
    with pytest.raises(RetryLater):
        await queue.run_job(job.id)
    job = await Job.get(id=job.id)
    assert job.status is JobStatus.RETRYING
    assert (await wa.message(sent["message"]["id"]))["status"] == "QUEUED"
    await queue.run_job(job.id)
    assert (await wa.message(sent["message"]["id"]))["status"] == "SENT"
    assert len(wa.meta.sent_messages) == 1


async def test_status_before_the_message_id_is_stored_is_retried(wa: WA) -> None:
    from app.jobs import queue
    from app.jobs.models import Job, JobKind
    from app.jobs.queue import RetryLater

    await wa.configure()
    lead = await wa.lead()
    sent = await wa.send(lead, template=REMINDER)
    await run_jobs()
    wamid = wa.meta.sent_messages[0]["id"]
    await WhatsAppMessage.all().update(meta_message_id=None)  # the send job has not stored it yet
    response = await wa.meta.post_webhook(wa.http, wa.meta.whatsapp_status_webhook(wamid, "delivered"))
    assert response.status_code == 200
    job = await Job.get(kind=JobKind.WHATSAPP_WEBHOOK)
    with pytest.raises(RetryLater):
        await queue.run_job(job.id)
    await WhatsAppMessage.all().update(meta_message_id=wamid)
    await queue.run_job(job.id)
    assert (await wa.message(sent["message"]["id"]))["status"] == "DELIVERED"


async def test_a_template_approved_after_configuration_is_found(wa: WA) -> None:
    await wa.configure()
    lead = await wa.lead()
    wa.meta.add_template("2001000000000009", wa.meta.WABA_ID, "new_offer", category="UTILITY", body="Hi {{1}}")
    import datetime as dt

    from app.messaging.models import WhatsAppConfig

    # The cache is a minute old (still fresh): a miss asks Meta once before refusing.
    await WhatsAppConfig.all().update(templates_fetched_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    sent = await wa.send(lead, template={"name": "new_offer", "language": "en_US", "parameters": ["Jane"]})
    assert sent["errors"] == []


async def test_an_event_its_handler_cannot_take_ends_failed_instead_of_running_forever(wa: WA) -> None:
    """A signed event whose handler raises (here a message id longer than any Meta sends) counts an attempt each
    run, so the sweeper's re-runs end in FAILED (shown in integrationHealth) instead of going on every 10 min."""
    from app.integrations.meta import webhooks
    from app.integrations.meta.models import WebhookEvent, WebhookEventStatus

    await wa.configure()
    body = wa.meta.whatsapp_inbound_message("4915112345678", "Hi", message_id="wamid." + "x" * 300)
    assert (await wa.meta.post_webhook(wa.http, body)).status_code == 200
    await run_jobs()
    event = await WebhookEvent.get()
    assert (event.status, event.attempts) == (WebhookEventStatus.PENDING, 1)
    await WebhookEvent.filter(id=event.id).update(attempts=webhooks.MAX_PROCESSING_ATTEMPTS - 1)
    assert await webhooks.dispatch(event)
    await run_jobs()
    event = await WebhookEvent.get()
    assert event.status is WebhookEventStatus.FAILED and event.processed_at is not None
