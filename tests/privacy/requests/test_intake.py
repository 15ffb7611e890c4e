"""Public intake: same answer for everyone, codes by mail, attempt limits, the daily cap."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from app.mail.models import OutboxMail
from app.mail.services import send_mail
from app.privacy.request_models import PrivacyRequest, RequestStatus
from app.security.crypto import blind_index, scope_of
from schema.relay import to_global_id
from tests.privacy.requests.helpers import SUBMIT, VERIFY, last_code, mails_to, submit
from tests.support import GraphQLClient, make_org, make_user


async def _lead(org, email: str) -> Lead:  # type: ignore[no-untyped-def]
    return await Lead.create(
        organization=org,
        full_name="Known Person",
        email=email,
        email_bidx=blind_index(scope_of(org.id), "email", email),
    )


def _shape(payload: dict) -> dict:  # type: ignore[type-arg]
    request = payload["privacyRequest"]
    return {
        "keys": sorted(request),
        "status": request["status"],
        "type": request["type"],
        "dueAt": request["dueAt"],
        "errors": payload["errors"],
        "codeLength": len(request["confirmationCode"]),
    }


@pytest.mark.sqlite
async def test_same_answer_whether_or_not_data_exists_and_code_is_mailed(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    await _lead(org, "known@example.com")
    gql = GraphQLClient(client)

    known = await submit(gql, org.slug, "known@example.com")
    unknown = await submit(gql, org.slug, "nobody@example.com")

    assert _shape(known) == _shape(unknown)
    assert known["privacyRequest"]["status"] == "PENDING_VERIFICATION"
    assert re.fullmatch(r"[A-Za-z0-9]{24}", known["privacyRequest"]["confirmationCode"])
    for address in ("known@example.com", "nobody@example.com"):
        mails = await mails_to(address, "privacy.verification")
        assert len(mails) == 1
        runs = [run for run in re.findall(r"\d+", mails[0].body_text) if len(run) >= 6]
        assert runs == [await last_code(address)]  # SPEC §6: the code is the only run of six (or more) digits


async def test_the_code_is_the_mails_only_six_digit_run_whatever_the_organisation_is_called(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org(name="Studio 123456")
    org.privacy_contact = "dpo-1234567@studio.example"
    await org.save()
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "someone@example.com")

    code = await last_code("someone@example.com")  # exactly one run of exactly six digits
    mail = (await mails_to("someone@example.com", "privacy.verification"))[-1]
    assert "Studio 123\u2060456" in mail.body_text  # reads the same, copies as the same name less the joiner
    body = await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    assert body["data"]["verifyPrivacyRequest"]["privacyRequest"]["status"] == "VERIFIED"


def test_a_confirmation_code_never_holds_a_run_of_six_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The status URL rides in the verification mail, whose only run of six digits is the code (SPEC §6):
    a draw with such a run (about one in 3,500) is drawn again; the code stays 24 random alphanumerics."""
    from app.privacy import requests

    draws = iter("Ab1234567" + "x" * 15 + "Ab123456" + "y" * 16 + "Ab12345" + "z" * 17)
    monkeypatch.setattr(requests.secrets, "choice", lambda alphabet: next(draws))
    assert requests.new_confirmation_code() == "Ab12345" + "z" * 17


async def test_unknown_organization_slug_is_not_found(client) -> None:  # type: ignore[no-untyped-def]
    payload = await submit(GraphQLClient(client), "no-such-org", "someone@example.com")
    assert payload["privacyRequest"] is None
    assert payload["errors"][0]["code"] == "NOT_FOUND"
    assert payload["errors"][0]["field"] == "organizationSlug"


async def test_bad_email_is_invalid_input(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    payload = await submit(GraphQLClient(client), org.slug, "not-an-email")
    assert payload["errors"][0]["code"] == "INVALID_INPUT"


async def test_an_email_takes_320_characters(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6 "emails 320"; one more is INVALID_INPUT on `email`."""
    org = await make_org()
    gql = GraphQLClient(client)
    longest = "a" * 308 + "@example.com"
    taken = await submit(gql, org.slug, longest)
    assert taken["errors"] == [] and taken["privacyRequest"]["status"] == "PENDING_VERIFICATION"
    assert await last_code(longest)
    refused = await submit(gql, org.slug, "a" + longest)
    assert refused["privacyRequest"] is None
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("INVALID_INPUT", "email")]


NOT_ONE_ADDRESS = [
    ",".join(f"v{i}@spam.test" for i in range(15)),  # one mail with 15 recipients
    "lead1@x.test,attacker@evil.test",  # the victim's code to the attacker too
    "lead1@x.test;attacker@evil.test",
    "a,b@x.test",
    "a@b@x.test",
    "Name <a@x.test>",
    "<a@x.test>",
    "group:a@x.test",
    '"a b"@x.test',
    "a(comment)@x.test",
    "a\x00b@x.test",
    "a\x1bb@x.test",
]


@pytest.mark.parametrize("email", NOT_ONE_ADDRESS)
async def test_the_email_is_exactly_one_address(client, email: str) -> None:  # type: ignore[no-untyped-def]
    """A list, a display name, a group, a comment, quoting or a control character is INVALID_INPUT on `email`:
    nothing is stored and nothing is mailed (SPEC §6 counts unverified requests per email)."""
    org = await make_org()
    refused = await submit(GraphQLClient(client), org.slug, email)
    assert refused["privacyRequest"] is None
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("INVALID_INPUT", "email")]
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()
    assert not await OutboxMail.filter(organization_id=org.id).exists()


async def test_a_logged_request_takes_exactly_one_address(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    log = "mutation($input: LogPrivacyRequestInput!) { logPrivacyRequest(input: $input) { errors { field code } } }"
    for email in ("p1@x.test,p2@x.test", "p1@x.test p2@x.test", "P <p1@x.test>"):
        body = await admin.data(log, {"input": {"type": "ACCESS", "channel": "EMAIL", "email": email}})
        assert body["logPrivacyRequest"]["errors"] == [{"field": "email", "code": "INVALID_INPUT"}], email
    assert not await PrivacyRequest.filter(organization_id=org.id).exists()
    assert not await OutboxMail.filter(organization_id=org.id).exists()


async def test_no_mail_goes_to_more_than_one_address() -> None:
    """The mail layer refuses a recipient that is not one address, whoever the caller: no mail to a list."""
    for to in ("a@x.test,b@y.test", "A <a@x.test>", "a@x.test\r\nBcc: b@y.test", "a\x00@x.test", ""):
        with pytest.raises(ValueError, match="exactly one address"):
            await send_mail(to, "Hello", "Text", kind="test")
    assert not await OutboxMail.filter(kind="test").exists()
    assert (await send_mail("one@x.test", "Hello", "Text", kind="test")).to_address == "one@x.test"


async def test_an_organization_slug_over_its_maximum_is_invalid_input(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6: a string over its maximum gets INVALID_INPUT on that field, in the payload (not a top-level
    error from the database); a slug has at most 64 characters, and an unknown one is NOT_FOUND."""
    gql = GraphQLClient(client)
    body = await gql(SUBMIT, {"input": {"organizationSlug": "s" * 300, "type": "ACCESS", "email": "a@example.com"}})
    assert "errors" not in body
    payload = body["data"]["submitPrivacyRequest"]
    assert payload["privacyRequest"] is None
    assert [(e["code"], e["field"]) for e in payload["errors"]] == [("INVALID_INPUT", "organizationSlug")]
    unknown = await submit(gql, "s" * 64, "a@example.com")
    assert [(e["code"], e["field"]) for e in unknown["errors"]] == [("NOT_FOUND", "organizationSlug")]


@pytest.mark.sqlite
async def test_right_code_verifies_and_sets_the_deadline(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    lead = await _lead(org, "known@example.com")
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "Known@Example.com ")
    code = await last_code("known@example.com")

    body = await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    request = body["data"]["verifyPrivacyRequest"]["privacyRequest"]

    assert request["status"] == "VERIFIED"
    verified = dt.datetime.fromisoformat(request["verifiedAt"])
    assert dt.datetime.fromisoformat(request["dueAt"]) - verified == dt.timedelta(days=30)
    row = await PrivacyRequest.get(confirmation_code=created["privacyRequest"]["confirmationCode"])
    assert row.subject_lead_id == lead.id
    assert row.code_hash is None

    again = await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    assert again["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "INVALID_STATE"


async def test_wrong_code_then_five_attempts_lock_the_request(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "someone@example.com")
    code = await last_code("someone@example.com")
    wrong = "000000" if code != "000000" else "111111"
    request_id = created["privacyRequest"]["id"]

    for _ in range(5):
        body = await gql(VERIFY, {"input": {"requestId": request_id, "code": wrong}})
        assert body["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "INVALID_OTP"
    body = await gql(VERIFY, {"input": {"requestId": request_id, "code": code}})
    assert body["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "INVALID_STATE"
    row = await PrivacyRequest.get(confirmation_code=created["privacyRequest"]["confirmationCode"])
    assert row.status is RequestStatus.PENDING_VERIFICATION


async def test_expired_code_is_invalid_otp(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    gql = GraphQLClient(client)
    created = await submit(gql, org.slug, "late@example.com")
    code = await last_code("late@example.com")
    await PrivacyRequest.all().update(code_expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))

    body = await gql(VERIFY, {"input": {"requestId": created["privacyRequest"]["id"], "code": code}})
    assert body["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "INVALID_OTP"


async def test_unknown_request_id_is_not_found(client) -> None:  # type: ignore[no-untyped-def]
    from schema.relay import to_global_id

    body = await GraphQLClient(client)(
        VERIFY,
        {
            "input": {
                "requestId": to_global_id("PrivacyRequest", "5f0c8a52-8d0e-4a43-9f6a-0c1f1d1e2f30"),
                "code": "123456",
            }
        },
    )
    assert body["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "NOT_FOUND"


async def test_at_most_three_unverified_per_email_and_day(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    gql = GraphQLClient(client)
    answers = [await submit(gql, org.slug, "many@example.com") for _ in range(4)]

    assert [a["errors"] for a in answers] == [[], [], [], []]
    assert len({_shape(a)["status"] for a in answers}) == 1
    assert len(await mails_to("many@example.com", "privacy.verification")) == 3
    assert await PrivacyRequest.all().count() == 3
    other = await submit(gql, org.slug, "other@example.com")
    assert other["errors"] == []
    assert len(await mails_to("other@example.com", "privacy.verification")) == 1


async def test_intake_is_rate_limited_per_ip(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    gql = GraphQLClient(client)

    async def submit_from(ip: str, i: int) -> list[str]:
        variables = {"input": {"organizationSlug": org.slug, "type": "ACCESS", "email": f"p{i}@example.com"}}
        body = await gql(SUBMIT, variables, **{"x-forwarded-for": ip})
        return [e["extensions"]["code"] for e in body.get("errors") or []]

    codes = [await submit_from("198.51.100.7", i) for i in range(21)]
    assert codes[-1] == ["RATE_LIMITED"]
    assert codes[:20] == [[]] * 20
    # the allowance is the address's: another address is still heard
    assert await submit_from("198.51.100.8", 21) == []


async def test_a_privacy_mail_never_goes_to_a_leads_address_list(client) -> None:  # type: ignore[no-untyped-def]
    """No channel takes "a,b@x" as a lead's email any more; one stored before that rule gets no confirmation mail
    of its erasure, which still completes: a mail goes to one address or to none."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    create = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { field code } } }"
    refused = await admin.data(create, {"input": {"fullName": "Two Mailboxes", "email": "x,y@example.com"}})
    assert refused["createLead"]["errors"] == [{"field": "email", "code": "INVALID_INPUT"}]
    stored = await Lead.create(organization_id=org.id, full_name="Two Mailboxes", email="x,y@example.com")
    lead_id = to_global_id("Lead", stored.id)
    delete = "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId errors { code } } }"
    deleted = await admin.data(delete, {"input": {"id": lead_id}})
    assert deleted["deleteLead"] == {"deletedLeadId": lead_id, "errors": []}
    assert (await PrivacyRequest.get(organization_id=org.id)).status is RequestStatus.COMPLETED
    assert not await OutboxMail.filter(organization_id=org.id, kind="privacy.completed").exists()
