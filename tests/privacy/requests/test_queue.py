"""The admin queue: approve, reject with a reason, extend a deadline, the overdue filter and gauge."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.accounts.models import ApiToken, Role
from app.audit.models import AuditEvent
from app.jobs.models import Job, JobKind
from app.leads.models import Lead
from app.privacy.request_models import PrivacyRequest
from app.security.crypto import blind_index, scope_of
from app.security.tokens import API_TOKEN_PREFIX, new_token, token_hash
from schema.relay import to_global_id
from tests.notifications.helpers import NOTIFICATIONS, nodes
from tests.privacy.requests.helpers import APPROVE, EXTEND, QUEUE, REJECT, mails_to, run_jobs, submit_and_verify
from tests.support import GraphQLClient, error_codes, make_org, make_user


async def _setup(client):  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN, email="admin@example.com")
    lead = await Lead.create(
        organization=org,
        full_name="Lena Lead",
        email="lena@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "lena@example.com"),
    )
    return org, GraphQLClient(client), GraphQLClient(client, token), lead


@pytest.mark.sqlite
async def test_reject_needs_a_reason_and_mails_it(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, _ = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "ERASURE")
    assert request["status"] == "VERIFIED"

    empty = await admin(REJECT, {"input": {"id": request["id"], "reason": "  "}})
    assert empty["data"]["rejectPrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"

    body = await admin.data(REJECT, {"input": {"id": request["id"], "reason": "Open invoices must be kept."}})
    rejected = body["rejectPrivacyRequest"]["privacyRequest"]
    assert rejected["status"] == "REJECTED"
    mails = await mails_to("lena@example.com", "privacy.rejected")
    assert "Open invoices must be kept." in mails[0].body_text

    again = await admin(REJECT, {"input": {"id": request["id"], "reason": "again"}})
    assert again["data"]["rejectPrivacyRequest"]["errors"][0]["code"] == "INVALID_STATE"


async def test_extend_up_to_sixty_days_with_reason_and_subject_told(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, _ = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com")
    due = dt.datetime.fromisoformat(request["dueAt"])

    no_reason = await admin(EXTEND, {"input": {"id": request["id"], "days": 10, "reason": ""}})
    assert no_reason["data"]["extendPrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"
    body = await admin.data(EXTEND, {"input": {"id": request["id"], "days": 40, "reason": "Complex request"}})
    extended = body["extendPrivacyRequest"]["privacyRequest"]
    assert dt.datetime.fromisoformat(extended["dueAt"]) - due == dt.timedelta(days=40)
    assert extended["extensions"] == [{"days": 40, "reason": "Complex request"}]
    too_much = await admin(EXTEND, {"input": {"id": request["id"], "days": 21, "reason": "More"}})
    assert too_much["data"]["extendPrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"
    await admin.data(EXTEND, {"input": {"id": request["id"], "days": 20, "reason": "Last"}})
    mails = await mails_to("lena@example.com", "privacy.extended")
    assert len(mails) == 2 and "Complex request" in mails[0].body_text


async def test_overdue_filter_and_metric(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # tests/platform/test_metrics.py can leave PROMETHEUS_MULTIPROC_DIR pointing at a removed directory.
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    org, public, admin, _ = await _setup(client)
    late = await submit_and_verify(public, org.slug, "lena@example.com")
    await submit_and_verify(public, org.slug, "other@example.com")
    await PrivacyRequest.filter(email_bidx=blind_index(scope_of(org.id), "email", "lena@example.com")).update(
        due_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    )

    overdue = await admin.data(QUEUE, {"filter": {"overdue": True}})
    assert [e["node"]["id"] for e in overdue["privacyRequests"]["edges"]] == [late["id"]]
    assert overdue["privacyRequests"]["edges"][0]["node"]["overdue"] is True
    assert (await admin.data(QUEUE, {"filter": {"overdue": False}}))["privacyRequests"]["totalCount"] == 1
    assert (await admin.data(QUEUE, {"filter": {"status": "VERIFIED", "type": "ACCESS"}}))["privacyRequests"][
        "totalCount"
    ] == 2

    metrics = await client.get("/metrics")
    assert "quantix_privacy_requests_overdue 1.0" in metrics.text


async def _privacy_notices(gql: GraphQLClient) -> list[dict]:
    return [n for n in nodes(await gql.data(NOTIFICATIONS)) if n["kind"] == "PRIVACY_REQUEST"]


async def test_a_verified_request_waiting_for_a_decision_notifies_the_admins(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.1's PRIVACY_REQUEST notification: the admins who get the queue mail see it in the app too."""
    org, public, admin, _ = await _setup(client)
    _, owner_token = await make_user(org, role=Role.OWNER, email="owner@example.com")
    _, member_token = await make_user(org, role=Role.MEMBER, email="member@example.com")
    request = await submit_and_verify(public, org.slug, "lena@example.com", "ERASURE")
    assert request["status"] == "VERIFIED"

    for gql in (admin, GraphQLClient(client, owner_token)):
        [notice] = await _privacy_notices(gql)
        assert notice["title"] == "A privacy request awaits your decision"
        assert "ERASURE request" in notice["body"] and "lena" not in notice["body"]
        assert notice["link"] == "/settings/privacy/requests" and notice["readAt"] is None
    assert await _privacy_notices(GraphQLClient(client, member_token)) == []
    [mail] = await mails_to("admin@example.com", "privacy.queue")
    assert mail.subject == "A privacy request awaits your decision"
    assert "http://testserver/settings/privacy/requests" in mail.body_text and "lena" not in mail.body_text
    assert len(await mails_to("owner@example.com", "privacy.queue")) == 1
    assert await mails_to("member@example.com") == []


async def test_reminder_tells_admins_once(client) -> None:  # type: ignore[no-untyped-def]
    from app.privacy.requests import remind_near_deadline

    org, public, admin, _ = await _setup(client)
    await submit_and_verify(public, org.slug, "lena@example.com")
    assert await remind_near_deadline() == 0
    await PrivacyRequest.all().update(due_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
    assert await remind_near_deadline() == 1
    assert await remind_near_deadline() == 0
    assert len(await mails_to("admin@example.com", "privacy.reminder")) == 1
    reminders = [n for n in await _privacy_notices(admin) if n["title"] == "Privacy requests near their deadline"]
    assert len(reminders) == 1 and "ACCESS request" in reminders[0]["body"]


async def test_queue_needs_admin_or_privacy_scope(client) -> None:  # type: ignore[no-untyped-def]
    org, public, _, _ = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com")
    member, member_token = await make_user(org, role=Role.MEMBER)
    assert error_codes(await GraphQLClient(client, member_token)(QUEUE)) == ["FORBIDDEN"]
    assert error_codes(await public(QUEUE)) == ["UNAUTHENTICATED"]

    admin_user = await member.__class__.get(email_bidx=blind_index("platform", "email", "admin@example.com"))
    secret = new_token(API_TOKEN_PREFIX)
    await ApiToken.create(
        organization=org,
        created_by=admin_user,
        name="privacy bot",
        token_hash=token_hash(secret),
        token_hint=secret[-4:],
        scopes=["privacy:manage"],
    )
    body = await GraphQLClient(client, secret).data(QUEUE)
    assert body["privacyRequests"]["edges"][0]["node"]["id"] == request["id"]

    other_org = await make_org()
    _, other_admin = await make_user(other_org, role=Role.ADMIN)
    foreign = await GraphQLClient(client, other_admin)(REJECT, {"input": {"id": request["id"], "reason": "x"}})
    assert foreign["data"]["rejectPrivacyRequest"]["errors"][0] == {
        "field": "id",
        "code": "NOT_FOUND",
        "message": "No such privacy request.",
    }


@pytest.mark.sqlite
async def test_rectification_applies_correctable_fields_and_audits_digests(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, lead = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "RECTIFICATION", details="Name is wrong")

    bad = await admin(APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "status", "value": "LOST"}]}})
    assert bad["data"]["approvePrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"
    none = await admin(APPROVE, {"input": {"id": request["id"]}})
    assert none["data"]["approvePrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"
    assert (await PrivacyRequest.first()).status.value == "VERIFIED"

    body = await admin.data(
        APPROVE,
        {"input": {"id": request["id"], "corrections": [{"field": "fullName", "value": "Lena Corrected"}]}},
    )
    done = body["approvePrivacyRequest"]["privacyRequest"]
    assert done["status"] == "COMPLETED"
    assert done["outcome"]["corrected"] == ["full_name"]
    assert (await Lead.get(id=lead.id)).full_name == "Lena Corrected"
    found = await admin.data('{ leads(filter: {search: "corrected"}) { edges { node { id } } } }')
    assert len(found["leads"]["edges"]) == 1
    event = await AuditEvent.get(action="privacy.rectified")
    text = str(event.details)
    assert "Lena Lead" not in text and "Lena Corrected" not in text
    assert event.details["changes"][0]["oldDigest"] != event.details["changes"][0]["newDigest"]
    assert await mails_to("lena@example.com", "privacy.completed")


async def test_approved_lead_erasure_runs_the_engine(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, lead = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "ERASURE")

    member, _ = await make_user(org, role=Role.MEMBER, email="member@example.com")
    named_subjects = ((to_global_id("User", member.id), "userId"), (to_global_id("Lead", lead.id), "leadId"))
    for named, field in named_subjects:  # SPEC §7.7: "neither for other types"
        wrong = await admin.data(APPROVE, {"input": {"id": request["id"], field: named}})
        errors = wrong["approvePrivacyRequest"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, "INVALID_INPUT")]
    unknown = await admin.data(APPROVE, {"input": {"id": request["id"], "userId": to_global_id("User", uuid.uuid4())}})
    assert [e["code"] for e in unknown["approvePrivacyRequest"]["errors"]] == ["NOT_FOUND"]  # as a foreign one
    body = await admin.data(APPROVE, {"input": {"id": request["id"]}})
    approved = body["approvePrivacyRequest"]["privacyRequest"]
    assert approved["status"] == "IN_PROGRESS" and approved["outcome"] is None  # SPEC §6: its ERASURE job runs it
    job = await Job.get(kind=JobKind.ERASURE)
    assert "lena" not in str(job.payload)
    await run_jobs()
    await run_jobs()  # a second run (a redelivered job) changes nothing
    done = (await admin.data(QUEUE, {"filter": {"type": "ERASURE"}}))["privacyRequests"]["edges"][0]["node"]
    assert done["status"] == "COMPLETED"
    assert done["outcome"]["receipt"]["signature"]
    assert not await Lead.filter(id=lead.id).exists()
    assert await mails_to("lena@example.com", "privacy.completed")
    row = await PrivacyRequest.get(confirmation_code=done["confirmationCode"])
    assert row.email is None


async def test_an_erasure_refused_after_its_approval_waits_as_verified(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Refused when its job runs (the subject became a team's sole owner since): back to VERIFIED, nothing erased."""
    from app.errors import DomainError, ErrorCode
    from app.privacy import processing

    org, public, admin, lead = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "ERASURE")
    await admin.data(APPROVE, {"input": {"id": request["id"]}})

    async def sole_owner(_: object) -> None:
        raise DomainError(ErrorCode.INVALID_STATE, "Hand over the team first.")

    monkeypatch.setattr(processing, "_check_erasable", sole_owner)
    await run_jobs()
    job = await Job.get(kind=JobKind.ERASURE)
    assert job.result == {"status": "VERIFIED", "refused": "INVALID_STATE"}
    listed = (await admin.data(QUEUE, {"filter": {"type": "ERASURE"}}))["privacyRequests"]["edges"][0]["node"]
    assert listed["status"] == "VERIFIED" and await Lead.filter(id=lead.id).exists()


async def test_unknown_subject_completes_with_no_data_held(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, _ = await _setup(client)
    request = await submit_and_verify(public, org.slug, "stranger@example.com", "ERASURE")
    await admin.data(APPROVE, {"input": {"id": request["id"]}})
    await run_jobs()
    done = (await admin.data(QUEUE, {"filter": {"type": "ERASURE"}}))["privacyRequests"]["edges"][0]["node"]
    assert done["status"] == "COMPLETED" and done["outcome"]["noDataHeld"] is True


async def test_erase_lead_now_records_a_completed_request(client) -> None:  # type: ignore[no-untyped-def]
    from app.errors import DomainError
    from app.privacy.processing import erase_lead_now

    org, _, admin, lead = await _setup(client)
    request, outcome = await erase_lead_now(org.id, lead.id)
    assert request.status.value == "COMPLETED" and request.channel.value == "ADMIN"
    assert outcome.receipt["signature"]
    assert not await Lead.filter(id=lead.id).exists()
    assert await mails_to("lena@example.com", "privacy.completed")
    listed = await admin.data(QUEUE, {"filter": {"type": "ERASURE"}})
    assert listed["privacyRequests"]["edges"][0]["node"]["status"] == "COMPLETED"
    with pytest.raises(DomainError):
        await erase_lead_now(org.id, lead.id)


async def test_single_request_query_is_scoped(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, _ = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com")
    query = "query($id: ID!) { privacyRequest(id: $id) { id status } }"
    assert (await admin.data(query, {"id": request["id"]}))["privacyRequest"]["status"] == "VERIFIED"
    _, other = await make_user(await make_org(), role=Role.ADMIN)
    assert (await GraphQLClient(client, other).data(query, {"id": request["id"]}))["privacyRequest"] is None


async def test_admins_see_the_contact_and_subject_others_do_not(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, lead = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "RECTIFICATION", details="Wrong name")
    query = "query($id: ID!) { privacyRequest(id: $id) { contactEmail contactPhone details subjectId } }"
    seen = (await admin.data(query, {"id": request["id"]}))["privacyRequest"]
    from schema.relay import to_global_id

    assert seen == {
        "contactEmail": "lena@example.com",
        "contactPhone": None,
        "details": "Wrong name",
        "subjectId": to_global_id("Lead", lead.id),
    }
    created = await public(
        "mutation($input: SubmitPrivacyRequestInput!) { submitPrivacyRequest(input: $input) { privacyRequest {"
        " contactEmail details subjectId } } }",
        {"input": {"organizationSlug": org.slug, "type": "ACCESS", "email": "lena@example.com", "details": "x"}},
    )
    assert created["data"]["submitPrivacyRequest"]["privacyRequest"] == {
        "contactEmail": None,
        "details": None,
        "subjectId": None,
    }


async def test_refused_correction_leaves_the_request_verified(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, lead = await _setup(client)
    await Lead.create(
        organization=org,
        full_name="Other",
        email="taken@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "taken@example.com"),
    )
    request = await submit_and_verify(public, org.slug, "lena@example.com", "RECTIFICATION")
    body = await admin(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "email", "value": "taken@example.com"}]}}
    )
    assert body["data"]["approvePrivacyRequest"]["errors"][0]["code"] == "DUPLICATE"
    assert (await PrivacyRequest.get(id=(await PrivacyRequest.first()).id)).status.value == "VERIFIED"
    assert (await Lead.get(id=lead.id)).email == "lena@example.com"
    fixed = await admin.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "email", "value": "lena@new.example"}]}}
    )
    assert fixed["approvePrivacyRequest"]["privacyRequest"]["status"] == "COMPLETED"
    moved = await Lead.get(id=lead.id)
    assert moved.email == "lena@new.example"
    assert moved.email_bidx == blind_index(scope_of(org.id), "email", "lena@new.example")


async def test_a_corrected_email_takes_320_characters(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6 "emails 320"; one more is INVALID_INPUT on `corrections`."""
    org, public, admin, lead = await _setup(client)
    request = await submit_and_verify(public, org.slug, "lena@example.com", "RECTIFICATION")
    longest = "l" * 308 + "@example.com"
    refused = await admin.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "email", "value": "l" + longest}]}}
    )
    errors = refused["approvePrivacyRequest"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("INVALID_INPUT", "corrections")]
    fixed = await admin.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "email", "value": longest}]}}
    )
    assert fixed["approvePrivacyRequest"]["privacyRequest"]["status"] == "COMPLETED"
    assert (await Lead.get(id=lead.id)).email == longest


async def test_rectification_of_a_member_account(client) -> None:  # type: ignore[no-untyped-def]
    org, public, admin, _ = await _setup(client)
    member, _ = await make_user(org, role=Role.MEMBER, email="mia@example.com")
    request = await submit_and_verify(public, org.slug, "mia@example.com", "RECTIFICATION")
    body = await admin.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "jobTitle", "value": "Head of Sales"}]}}
    )
    assert body["approvePrivacyRequest"]["privacyRequest"]["subjectKind"] == "ACCOUNT"
    assert body["approvePrivacyRequest"]["privacyRequest"]["outcome"]["corrected"] == ["job_title"]
    assert (await member.__class__.get(id=member.id)).job_title == "Head of Sales"
