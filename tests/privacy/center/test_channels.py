"""Requests from every channel: logged by an admin, verified by code or by hand; minor reports; objection kinds."""

from __future__ import annotations

import re

from app.accounts.models import Role, User, UserStatus
from app.audit.models import AuditEvent
from app.leads.models import Lead
from app.privacy.center.messages import MESSAGES
from app.privacy.erasure_models import LeadObjection, ObjectionKind
from app.privacy.holds import HOLD_REASON
from app.privacy.request_models import PrivacyRequest
from app.security.crypto import blind_index, scope_of
from schema.relay import to_global_id
from tests.privacy.center.test_center_pages import CSRF, REQUEST_ID
from tests.privacy.erasure.test_erasure_api import PLACE_HOLD
from tests.privacy.requests.helpers import APPROVE, REJECT, VERIFY, last_code, mails_to, submit
from tests.support import GraphQLClient, make_org, make_user

LOG = """
mutation($input: LogPrivacyRequestInput!) {
  logPrivacyRequest(input: $input) {
    privacyRequest { id type status channel objectionKind receivedAt }
    errors { field code message }
  }
}"""
MANUAL = """
mutation($input: VerifyPrivacyRequestManuallyInput!) {
  verifyPrivacyRequestManually(input: $input) { privacyRequest { id status verifiedAt channel } errors { field code } }
}"""
LOG_BY_CHANNEL = """
mutation($channel: PrivacyRequestChannel!, $email: String) {
  logPrivacyRequest(input: {type: ACCESS, channel: $channel, email: $email}) {
    privacyRequest { channel }
    errors { field code }
  }
}"""
CHANNEL = "query($id: ID!) { privacyRequest(id: $id) { channel type status outcome } }"


async def _lead(org, email: str = "kid@example.com") -> Lead:  # type: ignore[no-untyped-def]
    return await Lead.create(
        organization=org,
        full_name="Young Person",
        email=email,
        email_bidx=blind_index(scope_of(org.id), "email", email),
    )


async def test_logged_request_mails_a_code_and_shows_its_channel(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    body = await admin(
        LOG,
        {"input": {"type": "ACCESS", "channel": "POST", "email": "letter@example.com",
                   "receivedAt": "2026-01-02T10:00:00Z", "details": "By letter"}},
    )  # fmt: skip
    logged = body["data"]["logPrivacyRequest"]
    assert logged["errors"] == []
    assert logged["privacyRequest"]["status"] == "PENDING_VERIFICATION"
    assert logged["privacyRequest"]["channel"] == "POST"
    assert logged["privacyRequest"]["receivedAt"].startswith("2026-01-02T10:00:00")
    code = await last_code("letter@example.com")
    verified = await GraphQLClient(client)(
        VERIFY, {"input": {"requestId": logged["privacyRequest"]["id"], "code": code}}
    )
    assert verified["data"]["verifyPrivacyRequest"]["privacyRequest"]["status"] == "VERIFIED"
    # a member may not log requests
    _, member = await make_user(org, role=Role.MEMBER)
    refused = await GraphQLClient(client, member)(
        LOG, {"input": {"type": "ACCESS", "channel": "EMAIL", "email": "x@example.com"}}
    )
    assert refused["data"] is None or refused["data"]["logPrivacyRequest"] is None


STATUS_LINK = re.compile(r"http://testserver(/privacy/status/[A-Za-z0-9]{24})\b")


async def test_the_code_of_a_logged_request_is_entered_on_the_page_its_mail_links(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.2: a logged request's "code is mailed to the subject", who has no privacy-center form open: the
    mail links the request's status page, which takes the code while it awaits one and posts to the center's
    verification (CSRF, attempts); the code stays the mail's only run of six digits (SPEC §6)."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    logged = await admin.data(LOG, {"input": {"type": "ACCESS", "channel": "EMAIL", "email": "by.mail@example.com"}})
    rid = logged["logPrivacyRequest"]["privacyRequest"]["id"]
    mail = (await mails_to("by.mail@example.com", "privacy.verification"))[-1]
    code = await last_code("by.mail@example.com")
    assert [run for run in re.findall(r"\d+", mail.body_text) if len(run) >= 6] == [code]
    link = STATUS_LINK.search(mail.body_text)
    assert link, mail.body_text

    client.cookies.clear()  # another browser: the mail's link is all the subject has
    page = await client.get(link.group(1))
    assert page.status_code == 200 and "PENDING_VERIFICATION" in page.text
    assert f'action="/privacy/{org.slug}/verify"' in page.text and 'name="code"' in page.text
    request_id = REQUEST_ID.search(page.text).group(1)
    assert to_global_id("PrivacyRequest", request_id) == rid
    assert (
        page.headers["content-security-policy"]
        == (await client.get(f"/privacy/{org.slug}")).headers["content-security-policy"]
    )
    form = {"csrf_token": CSRF.search(page.text).group(1), "request_id": request_id}
    forged = await client.post(f"/privacy/{org.slug}/verify", data={**form, "csrf_token": "0" * 64, "code": code})
    assert forged.status_code == 403
    wrong = await client.post(
        f"/privacy/{org.slug}/verify", data={**form, "code": "000000" if code != "000000" else "111111"}
    )
    assert wrong.status_code == 400 and MESSAGES["en"]["center.code.wrong"] in wrong.text
    done = await client.post(f"/privacy/{org.slug}/verify", data={**form, "code": code}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == link.group(1)
    after = await client.get(link.group(1))
    assert "VERIFIED" in after.text and 'name="code"' not in after.text and 'name="request_id"' not in after.text
    shown = await admin.data(CHANNEL, {"id": rid})
    assert shown["privacyRequest"]["status"] == "VERIFIED"


async def test_the_status_page_shows_no_code_form_when_no_code_can_confirm_the_request(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    by_phone = await admin.data(LOG, {"input": {"type": "ACCESS", "channel": "PHONE", "phone": "+14155550100"}})
    rid = by_phone["logPrivacyRequest"]["privacyRequest"]["id"]  # no email: an admin verifies it by hand
    code = (await admin.data("query($id: ID!) { privacyRequest(id: $id) { confirmationCode } }", {"id": rid}))[
        "privacyRequest"
    ]["confirmationCode"]
    page = await client.get(f"/privacy/status/{code}")
    assert "PENDING_VERIFICATION" in page.text and 'name="code"' not in page.text
    created = await submit(GraphQLClient(client), org.slug, "rejected@example.com")
    await admin.data(REJECT, {"input": {"id": created["privacyRequest"]["id"], "reason": "Not a subject of ours"}})
    page = await client.get(f"/privacy/status/{created['privacyRequest']['confirmationCode']}")
    assert "REJECTED" in page.text and 'name="code"' not in page.text


async def test_public_submissions_are_api_and_web_is_not_loggable(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    created = await submit(GraphQLClient(client), org.slug, "api@example.com")
    seen = await GraphQLClient(client, token).data(CHANNEL, {"id": created["privacyRequest"]["id"]})
    assert seen["privacyRequest"]["channel"] == "API"
    # WEB, API and META are the privacy center's, the API's and Meta's own channels, never logged by an admin
    for channel in ("WEB", "API", "META"):
        bad = await GraphQLClient(client, token).data(
            LOG_BY_CHANNEL, {"channel": channel, "email": f"{channel.lower()}@example.com"}
        )
        assert bad["logPrivacyRequest"]["privacyRequest"] is None
        assert bad["logPrivacyRequest"]["errors"] == [{"field": "channel", "code": "INVALID_INPUT"}], channel
    assert await PrivacyRequest.filter(organization_id=org.id).count() == 1


async def test_log_takes_the_channel_enum_privacy_requests_show(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7.7: one enum, `PrivacyRequestChannel`, for `logPrivacyRequest.channel` and `PrivacyRequest.channel`."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    for channel in ("EMAIL", "PHONE", "POST", "IN_PERSON"):
        body = await GraphQLClient(client, token)(
            LOG_BY_CHANNEL, {"channel": channel, "email": f"{channel.lower()}@example.com"}
        )
        assert "errors" not in body, body
        assert body["data"]["logPrivacyRequest"]["errors"] == []
        assert body["data"]["logPrivacyRequest"]["privacyRequest"]["channel"] == channel


async def test_request_without_email_is_verified_by_an_admin_and_audited(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org, "caller@example.com")
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    logged = (
        await admin(LOG, {"input": {"type": "OBJECTION", "channel": "PHONE", "phone": "+14155550100",
                                    "objectionKind": "DIRECT_MARKETING"}})
    )["data"]["logPrivacyRequest"]  # fmt: skip
    assert logged["errors"] == [] and logged["privacyRequest"]["objectionKind"] == "DIRECT_MARKETING"
    rid = logged["privacyRequest"]["id"]
    empty = (await admin(MANUAL, {"input": {"id": rid, "note": " "}}))["data"]["verifyPrivacyRequestManually"]
    assert empty["errors"][0]["code"] == "INVALID_INPUT"
    done = (await admin(MANUAL, {"input": {"id": rid, "note": "Called back on the number on file"}}))["data"][
        "verifyPrivacyRequestManually"
    ]
    assert done["errors"] == []
    assert done["privacyRequest"]["status"] == "COMPLETED"  # an objection applies on verification
    assert await AuditEvent.filter(action="privacy.request_verified_manually", organization_id=org.id).count() == 1
    assert not await LeadObjection.filter(lead_id=lead.id).exists()  # never matched by phone
    again = (await admin(MANUAL, {"input": {"id": rid, "note": "again"}}))["data"]["verifyPrivacyRequestManually"]
    assert again["errors"][0]["code"] == "INVALID_STATE"


async def test_the_manual_verification_note_takes_10000_characters(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6 "notes and details 10,000"; one more is INVALID_INPUT on `note`."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    logged = await admin.data(LOG, {"input": {"type": "ACCESS", "channel": "PHONE", "phone": "+14155550100"}})
    rid = logged["logPrivacyRequest"]["privacyRequest"]["id"]
    refused = await admin.data(MANUAL, {"input": {"id": rid, "note": "n" * 10_001}})
    assert refused["verifyPrivacyRequestManually"]["errors"] == [{"field": "note", "code": "INVALID_INPUT"}]
    done = await admin.data(MANUAL, {"input": {"id": rid, "note": "n" * 10_000}})
    assert done["verifyPrivacyRequestManually"]["errors"] == []
    assert done["verifyPrivacyRequestManually"]["privacyRequest"]["verifiedAt"]


async def test_request_with_email_cannot_be_verified_by_hand(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    logged = (await admin(LOG, {"input": {"type": "ACCESS", "channel": "EMAIL", "email": "m@example.com"}}))["data"]
    rid = logged["logPrivacyRequest"]["privacyRequest"]["id"]
    body = (await admin(MANUAL, {"input": {"id": rid, "note": "trust me"}}))["data"]["verifyPrivacyRequestManually"]
    assert body["errors"][0]["code"] == "INVALID_STATE"


async def test_objection_kind_is_required_for_objections_and_refused_elsewhere(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org, "obj@example.com")
    gql = GraphQLClient(client)
    missing = await submit(gql, org.slug, "obj@example.com", "OBJECTION", details="stop automated profiling")
    assert missing["errors"][0] == {
        "field": "objectionKind",
        "code": "INVALID_INPUT",
        "message": missing["errors"][0]["message"],
    }
    wrong = await submit(gql, org.slug, "obj@example.com", "ACCESS", objectionKind="DIRECT_MARKETING")
    assert wrong["errors"][0]["code"] == "INVALID_INPUT"
    assert await mails_to("obj@example.com") == []
    created = await submit(gql, org.slug, "obj@example.com", "OBJECTION", objectionKind="DIRECT_MARKETING",
                           details="no automated decisions either")  # fmt: skip
    code = await last_code("obj@example.com")
    await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    kinds = {o.kind for o in await LeadObjection.filter(lead_id=lead.id)}
    assert kinds == {ObjectionKind.DIRECT_MARKETING}


async def test_minor_report_waits_for_an_admin_who_names_the_lead(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org)
    admin_user, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "parent@example.com", "MINOR_REPORT", details="My kid signed up")
    rid = created["privacyRequest"]["id"]
    code = await last_code("parent@example.com")
    verified = (await gql(VERIFY, {"input": {"requestId": rid, "code": code}}))["data"]["verifyPrivacyRequest"]
    assert verified["privacyRequest"]["status"] == "VERIFIED"
    neither = (await admin(APPROVE, {"input": {"id": rid}}))["data"]["approvePrivacyRequest"]
    assert neither["errors"][0]["code"] == "INVALID_INPUT"
    both = (
        await admin(APPROVE, {"input": {"id": rid, "leadId": to_global_id("Lead", lead.id),
                                        "userId": to_global_id("User", admin_user.id)}})
    )["data"]["approvePrivacyRequest"]  # fmt: skip
    assert both["errors"][0]["code"] == "INVALID_INPUT"
    done = (await admin(APPROVE, {"input": {"id": rid, "leadId": to_global_id("Lead", lead.id)}}))["data"][
        "approvePrivacyRequest"
    ]
    assert done["errors"] == [] and done["privacyRequest"]["status"] == "COMPLETED"
    assert not await Lead.filter(id=lead.id).exists()  # flagMinor erased the lead
    mails = await mails_to("parent@example.com")
    completed = [m for m in mails if m.kind == "privacy.completed"]
    assert len(completed) == 1 and "Young Person" not in completed[0].body_text
    status = (await client.get(f"/privacy/status/{done['privacyRequest']['confirmationCode']}",
                               headers={"accept": "application/json"})).json()  # fmt: skip
    assert status["status"] == "COMPLETED" and status["kept"] == []
    page = (await client.get(f"/privacy/status/{done['privacyRequest']['confirmationCode']}")).text
    assert "COMPLETED" in page and "kept" not in page.lower() and "Young Person" not in page


async def test_minor_report_on_a_held_lead_reports_what_the_hold_kept(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §4: erasure skips held rows and reports them in the outcome with the reason. A minor report whose
    lead is under a legal hold says so, as an erasure's outcome does, and does not claim it was acted on."""
    org = await make_org()
    lead = await _lead(org)
    lead_gid = to_global_id("Lead", lead.id)
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    hold = await admin.data(PLACE_HOLD, {"input": {"leadId": lead_gid, "reason": "Court order 12"}})
    assert hold["placeLegalHold"]["errors"] == []
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "parent@example.com", "MINOR_REPORT")
    rid = created["privacyRequest"]["id"]
    await gql(VERIFY, {"input": {"requestId": rid, "code": await last_code("parent@example.com")}})

    done = (await admin.data(APPROVE, {"input": {"id": rid, "leadId": lead_gid}}))["approvePrivacyRequest"]
    assert done["errors"] == [] and done["privacyRequest"]["status"] == "COMPLETED"
    assert await Lead.filter(id=lead.id).exists()  # the hold kept it
    outcome = done["privacyRequest"]["outcome"]
    assert outcome["minorReport"] == "KEPT"  # not ACTED_ON: nothing was done
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 1} in outcome["kept"]
    status = (await client.get(f"/privacy/status/{done['privacyRequest']['confirmationCode']}",
                               headers={"accept": "application/json"})).json()  # fmt: skip
    assert status["status"] == "COMPLETED" and status["kept"] == []  # the reporter sees only the status


async def test_minor_report_can_name_a_member_and_other_types_refuse_a_subject(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    kid, _ = await make_user(org, role=Role.MEMBER)
    admin_user, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "teacher@example.com", "MINOR_REPORT")
    code = await last_code("teacher@example.com")
    await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    done = (
        await admin(APPROVE, {"input": {"id": created["privacyRequest"]["id"], "userId": to_global_id("User", kid.id)}})
    )["data"]["approvePrivacyRequest"]
    assert done["errors"] == []
    user = await User.get_or_none(id=kid.id)
    assert user is None or user.status is UserStatus.SUSPENDED

    access = await submit(gql, org.slug, "other@example.com", "ACCESS")
    code = await last_code("other@example.com")
    await gql(VERIFY, {"input": {"requestId": access["privacyRequest"]["id"], "code": code}})
    refused = (
        await admin(
            APPROVE, {"input": {"id": access["privacyRequest"]["id"], "userId": to_global_id("User", admin_user.id)}}
        )
    )["data"]["approvePrivacyRequest"]
    assert refused["errors"][0]["code"] == "INVALID_INPUT"
