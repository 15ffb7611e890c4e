"""Erasure over GraphQL: preview equals execution, holds keep, receipts verify, minors, nothing left in a dump."""

from __future__ import annotations

import asyncio
import json
import subprocess
import uuid

import pytest
from redis.asyncio import Redis

from app.accounts.models import Membership, Role, Session, User, UserStatus
from app.audit import services as audit
from app.leads.models import Lead, LeadNote
from app.mail.models import OutboxMail
from app.privacy.consent import set_lead_consent
from app.privacy.erasure_models import ConsentPurpose, ReceiptKey
from app.privacy.holds import HOLD_REASON
from app.privacy.receipts import verify_receipt
from app.privacy.request_models import PrivacyRequest
from app.security import ratelimit
from app.settings import get_settings
from app.tombstones.ledger import is_contact_erased, is_meta_lead_erased
from schema.relay import to_global_id
from tests.privacy.erasure.helpers import make_lead
from tests.support import GraphQLClient, error_codes, make_org, make_user

PREVIEW = """
query($input: ErasurePreviewInput!) {
  erasurePreview(input: $input) {
    subjectKind held
    categories { category erased anonymised }
    kept { category reason records }
    deleted { table records }
    anonymised { table records }
  }
}"""
FLAG_MINOR = """
mutation($input: FlagMinorInput!) {
  flagMinor(input: $input) { outcome suspended accountErased leadErased errors { field code message } }
}"""
PLACE_HOLD = """
mutation($input: PlaceLegalHoldInput!) {
  placeLegalHold(input: $input) { legalHold { id reason active leadId } errors { field code } }
}"""
RELEASE_HOLD = """
mutation($input: ReleaseLegalHoldInput!) {
  releaseLegalHold(input: $input) { legalHold { id active releasedAt } errors { field code } }
}"""
ME = "{ me { id } }"
DELETE_LEAD = """
mutation($input: DeleteLeadInput!) {
  deleteLead(input: $input) { deletedLeadId outcome privacyRequest { statusUrl } errors { code } }
}"""


@pytest.mark.sqlite
async def test_preview_lists_what_flag_minor_then_erases(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    lead = await make_lead(org, meta_lead_id="77001", answers={"q": "a"})
    await set_lead_consent(org.id, lead.id, ConsentPurpose.WHATSAPP, True, evidence={"channel": "whatsapp"})
    await audit.record("lead.viewed", organization_id=org.id, target_type="Lead", target_id=lead.id)
    lead_gid = to_global_id("Lead", lead.id)

    preview = (await gql.data(PREVIEW, {"input": {"leadId": lead_gid}}))["erasurePreview"]
    assert preview["subjectKind"] == "LEAD" and preview["held"] is False
    assert {"table": "lead", "records": 1} in preview["deleted"]
    assert {"table": "lead_consent", "records": 1} in preview["deleted"]
    assert any(a["table"] == "audit_event" and a["records"] >= 2 for a in preview["anonymised"])

    body = (await gql.data(FLAG_MINOR, {"input": {"leadId": lead_gid}}))["flagMinor"]
    assert body["errors"] == [] and body["leadErased"] is True
    outcome = body["outcome"]
    assert outcome["subjectKind"] == "LEAD"
    assert outcome["categories"] == preview["categories"]
    assert outcome["kept"] == []
    assert not await Lead.filter(id=lead.id).exists()
    assert await is_meta_lead_erased(org.id, "77001")
    assert await is_contact_erased(org.id, email=lead.email, phone=None)
    # The lead is gone: a second preview finds nothing.
    assert (await gql.data(PREVIEW, {"input": {"leadId": lead_gid}}))["erasurePreview"] is None
    # It is on record as a completed erasure request, like deleteLead's; the minor is mailed nothing and the
    # request does not say which lead it was.
    queue = "{ privacyRequests { edges { node { type subjectKind status completedAt outcome } } } }"
    requests = [e["node"] for e in (await gql.data(queue))["privacyRequests"]["edges"]]
    assert [(r["type"], r["subjectKind"], r["status"]) for r in requests] == [("ERASURE", "LEAD", "COMPLETED")]
    assert requests[0]["completedAt"] and requests[0]["outcome"]["categories"] == preview["categories"]
    assert not await OutboxMail.all().exists()
    assert not await PrivacyRequest.filter(subject_lead_id=lead.id).exists()


async def test_preview_needs_exactly_one_subject_and_admin(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, admin = await make_user(org, role=Role.ADMIN)
    _, member = await make_user(org, role=Role.MEMBER)
    lead = await make_lead(org)
    both = {"leadId": to_global_id("Lead", lead.id), "userId": to_global_id("User", uuid.uuid4())}
    assert error_codes(await GraphQLClient(client, admin)(PREVIEW, {"input": both})) == ["INVALID_INPUT"]
    assert error_codes(await GraphQLClient(client, admin)(PREVIEW, {"input": {}})) == ["INVALID_INPUT"]
    one = {"leadId": to_global_id("Lead", lead.id)}
    assert error_codes(await GraphQLClient(client, member)(PREVIEW, {"input": one})) == ["FORBIDDEN"]
    other_org = await make_org()
    foreign = await make_lead(other_org)
    foreign_input = {"input": {"leadId": to_global_id("Lead", foreign.id)}}
    assert (await GraphQLClient(client, admin).data(PREVIEW, foreign_input))["erasurePreview"] is None


async def test_receipt_verifies_with_the_published_key(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    lead = await make_lead(org)
    body = await GraphQLClient(client, token).data(FLAG_MINOR, {"input": {"leadId": to_global_id("Lead", lead.id)}})
    receipt = body["flagMinor"]["outcome"]["receipt"]
    response = await client.get("/.well-known/quantix-receipt-key")
    assert response.status_code == 200
    keys = {k["kid"]: k for k in response.json()["keys"]}
    jwk = keys[receipt["keyId"]]
    assert jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519"
    assert verify_receipt(receipt, jwk)
    assert "=" not in receipt["signature"]
    tampered = {**receipt, "payload": receipt["payload"].replace("LEAD", "LEAF")}
    assert not verify_receipt(tampered, jwk)
    assert await ReceiptKey.filter(kid=receipt["keyId"]).exists()
    # The payload is the canonical form of the outcome's receipt fields.
    import json

    import rfc8785

    outcome = body["flagMinor"]["outcome"]
    fields = {k: outcome[k] for k in ("requestId", "subjectKind", "completedAt", "categories", "kept", "disclosures")}
    assert rfc8785.dumps(fields).decode() == receipt["payload"]
    assert json.loads(receipt["payload"]) == fields


@pytest.mark.sqlite
async def test_legal_hold_keeps_the_lead_and_reports_the_reason(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    lead = await make_lead(org)
    lead_gid = to_global_id("Lead", lead.id)
    too_long = await gql.data(PLACE_HOLD, {"input": {"leadId": lead_gid, "reason": "x" * 1001}})
    assert too_long["placeLegalHold"]["errors"] == [
        {"field": "reason", "code": "INVALID_INPUT"}
    ]  # other strings: 1,000
    hold = (await gql.data(PLACE_HOLD, {"input": {"leadId": lead_gid, "reason": "Tax audit 2026"}}))["placeLegalHold"]
    assert hold["errors"] == [] and hold["legalHold"]["active"] is True
    assert hold["legalHold"]["leadId"] == lead_gid

    preview = (await gql.data(PREVIEW, {"input": {"leadId": lead_gid}}))["erasurePreview"]
    assert preview["held"] is True and preview["categories"] == []
    outcome = (await gql.data(FLAG_MINOR, {"input": {"leadId": lead_gid}}))["flagMinor"]["outcome"]
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 1} in outcome["kept"]
    assert outcome["categories"] == []
    assert await Lead.filter(id=lead.id).exists()

    released = (await gql.data(RELEASE_HOLD, {"input": {"id": hold["legalHold"]["id"]}}))["releaseLegalHold"]
    assert released["legalHold"]["active"] is False
    again = (await gql.data(RELEASE_HOLD, {"input": {"id": hold["legalHold"]["id"]}}))["releaseLegalHold"]
    assert again["errors"] == [{"field": "id", "code": "ALREADY_DONE"}]
    body = (await gql.data(FLAG_MINOR, {"input": {"leadId": lead_gid}}))["flagMinor"]
    assert body["leadErased"] is True and not await Lead.filter(id=lead.id).exists()


async def test_a_holds_own_reason_stays_with_the_admins(client) -> None:  # type: ignore[no-untyped-def]
    """The admin's reason names a case and its parties (personal data): the status page and the signed receipt say
    HOLD_REASON; `legalHolds` shows the admins their words."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    lead_gid = to_global_id("Lead", (await make_lead(org)).id)
    reason = "Fraud case vs Hank Hill (hank.hill@example.com), lawyer Jane Roe +49 170 999"
    await gql.data(PLACE_HOLD, {"input": {"leadId": lead_gid, "reason": reason}})
    deleted = (await gql.data(DELETE_LEAD, {"input": {"id": lead_gid}}))["deleteLead"]
    assert deleted["deletedLeadId"] is None
    receipt = deleted["outcome"]["receipt"]["payload"]
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON, "records": 1} in json.loads(receipt)["kept"]
    url = deleted["privacyRequest"]["statusUrl"].removeprefix("http://testserver")
    as_json = await client.get(url, headers={"accept": "application/json"})
    assert {"category": "LEAD_CONTACT", "reason": HOLD_REASON} in as_json.json()["kept"]
    as_html = (await client.get(url, headers={"accept": "text/html"})).text
    assert HOLD_REASON in as_html
    for public in (receipt, as_json.text, as_html, json.dumps(deleted["outcome"])):
        for secret in ("Hank", "hank.hill", "Jane Roe", "170 999", "Fraud"):
            assert secret not in public
    holds = (await gql.data("{ legalHolds { reason } }"))["legalHolds"]
    assert holds == [{"reason": reason}]
    # An outcome stored while outcomes carried the hold's own words: the status page does not show them either.
    legacy = {"kept": [{"category": "LEAD_CONTACT", "reason": f"Legal hold: {reason}", "records": 1}]}
    await PrivacyRequest.all().update(outcome=legacy)
    as_json = await client.get(url, headers={"accept": "application/json"})
    assert as_json.json()["kept"] == [{"category": "LEAD_CONTACT", "reason": HOLD_REASON}]


async def test_hold_input_needs_exactly_one_subject(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    body = await GraphQLClient(client, token).data(PLACE_HOLD, {"input": {"reason": "x"}})
    assert body["placeLegalHold"]["errors"][0]["code"] == "INVALID_INPUT"
    foreign = await make_lead(await make_org())
    body = await GraphQLClient(client, token).data(
        PLACE_HOLD, {"input": {"leadId": to_global_id("Lead", foreign.id), "reason": "x"}}
    )
    assert body["placeLegalHold"]["errors"] == [{"field": "leadId", "code": "NOT_FOUND"}]


@pytest.mark.sqlite
async def test_flag_minor_user_with_one_membership_erases_the_account(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, admin = await make_user(org, role=Role.ADMIN)
    minor, minor_token = await make_user(org, role=Role.MEMBER)
    await audit.record("user.signed_in", organization_id=org.id, actor_user_id=minor.id)
    body = (await GraphQLClient(client, admin).data(FLAG_MINOR, {"input": {"userId": to_global_id("User", minor.id)}}))[
        "flagMinor"
    ]
    assert body["errors"] == [] and body["suspended"] is True and body["accountErased"] is True
    assert body["outcome"]["subjectKind"] == "ACCOUNT"
    cats = {c["category"]: c for c in body["outcome"]["categories"]}
    assert cats["ACCOUNT"]["erased"] >= 1 and cats["AUDIT_EVENTS"]["anonymised"] >= 1
    assert not await User.filter(id=minor.id).exists()
    assert error_codes(await GraphQLClient(client, minor_token)(ME)) == ["UNAUTHENTICATED"]


async def test_flag_minor_user_with_another_membership_is_suspended(client) -> None:  # type: ignore[no-untyped-def]
    org, other = await make_org(), await make_org()
    _, admin = await make_user(org, role=Role.ADMIN)
    minor, minor_token = await make_user(org, role=Role.MEMBER)
    await Membership.create(organization=other, user=minor, role=Role.MEMBER)
    body = (await GraphQLClient(client, admin).data(FLAG_MINOR, {"input": {"userId": to_global_id("User", minor.id)}}))[
        "flagMinor"
    ]
    assert body["suspended"] is True and body["accountErased"] is False and body["outcome"] is None
    user = await User.get(id=minor.id)
    assert user.status is UserStatus.SUSPENDED
    assert not await Membership.filter(user_id=minor.id, organization_id=org.id).exists()
    assert await Membership.filter(user_id=minor.id, organization_id=other.id).exists()
    assert not await Session.filter(user_id=minor.id, revoked_at__isnull=True).exists()
    assert error_codes(await GraphQLClient(client, minor_token)(ME)) == ["UNAUTHENTICATED"]


def _pg_dump() -> str:
    command = ["pg_dump", "--data-only", get_settings().database_url]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout


@pytest.mark.skipif(get_settings().is_sqlite, reason="pg_dump of the PostgreSQL test database")
async def test_no_trace_in_a_database_dump_or_redis(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    marker = uuid.uuid4().hex[:10]
    email = f"zelda.{marker}@example.net"
    lead = await make_lead(
        org,
        full_name=f"Zelda Quux{marker}",
        email=email,
        phone="+1 202 555 0199",
        answers={"note": f"Call after five {marker}"},
    )
    await set_lead_consent(org.id, lead.id, ConsentPurpose.WHATSAPP, True, evidence={"textShown": f"Yes {marker}"})
    await LeadNote.create(organization=org, lead=lead, body=f"Prefers evening calls {marker}")
    limit = ratelimit.Limit("lead-contact", 10, 60)
    await ratelimit.hit(limit, lead.email_bidx or "")
    await ratelimit.hit(limit, f"{lead.id}:{uuid.uuid4().hex}")
    stranger = f"{uuid.uuid4()}:{uuid.uuid4().hex}"
    await ratelimit.hit(limit, stranger)
    needles = [lead.email_bidx or "?", str(lead.id)]
    before = await _redis_namespace_text()
    assert all(n in before for n in needles), "the subject's keys should be in Redis before the erasure"
    with pytest.MonkeyPatch.context() as patch:  # found through the subject, never by a scan of Redis
        patch.setattr(Redis, "scan_iter", _no_scan)
        body = await GraphQLClient(client, token).data(FLAG_MINOR, {"input": {"leadId": to_global_id("Lead", lead.id)}})
    assert body["flagMinor"]["leadErased"] is True
    notes = next(c for c in body["flagMinor"]["outcome"]["categories"] if c["category"] == "LEAD_NOTES")
    assert notes["erased"] == 1

    dump = await asyncio.to_thread(_pg_dump)
    # The tombstone keeps blind indexes only (by design); no plaintext and no lead id remain.
    for needle in (marker, email, "+12025550199", "202 555 0199", "Zelda", str(lead.id)):
        assert needle not in dump, needle
    after = await _redis_namespace_text()  # key names and the values they hold (indexes list key names)
    assert [n for n in needles if n in after] == [], after
    assert (await ratelimit.peek(limit, stranger))[0] == 1  # someone else's window is untouched


def _no_scan(*args: object, **kwargs: object) -> None:
    raise AssertionError("erasure scanned Redis")


async def _redis_namespace_text() -> str:
    """Every key of this session's namespace with its value, as one text."""
    client = Redis.from_url(get_settings().redis_url or "")
    lines = []
    try:
        async for raw in client.scan_iter(match=f"{get_settings().redis_namespace}:*", count=500):
            kind = (await client.type(raw)).decode()
            value = await client.smembers(raw) if kind == "set" else await client.get(raw) if kind == "string" else kind
            lines.append(f"{raw.decode()} {value!r}")
    finally:
        await client.aclose()
    return "\n".join(lines)
