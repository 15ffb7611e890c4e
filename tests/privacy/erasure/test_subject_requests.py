"""An erasure reaches the subject's other privacy requests: their contact details and free text go, open ones are
closed, the rows stay as evidence, and the receipt lists them (SPEC §4: every table the data map lists)."""

from __future__ import annotations

import datetime as dt
import json

from app.accounts.models import Role
from app.privacy.processing import run_due_erasures
from app.privacy.request_models import PrivacyRequest
from tests.privacy.erasure.helpers import make_lead
from tests.privacy.requests.helpers import (
    APPROVE,
    VERIFY,
    last_code,
    mails_to,
    run_jobs,
    submit,
    submit_and_verify,
)
from tests.support import DEFAULT_PASSWORD, GraphQLClient, make_org, make_user

QUEUE = "{ privacyRequests { edges { node { id type status contactEmail details } } } }"
DELETE_ACCOUNT = """
mutation($input: RequestAccountDeletionInput!) {
  requestAccountDeletion(input: $input) { privacyRequest { id } errors { field code message } }
}"""
EVIDENCE = "Evidence that the request was handled within its deadline."


async def _queue(admin: GraphQLClient) -> dict[str, dict]:  # type: ignore[type-arg]
    return {e["node"]["type"]: e["node"] for e in (await admin.data(QUEUE))["privacyRequests"]["edges"]}


async def test_a_lead_erasure_erases_and_closes_the_persons_other_requests(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin, public = GraphQLClient(client, token), GraphQLClient(client)
    email = "dora.delta@example.com"
    await make_lead(org, full_name="Dora Delta", email=email)
    await submit_and_verify(public, org.slug, email, "RECTIFICATION", details="My name is spelled Dora Delta-Smith")
    await submit_and_verify(public, org.slug, email, "CONSENT_WITHDRAWAL", details="No more WhatsApp, Dora")
    access = await submit_and_verify(public, org.slug, email, "ACCESS", details="Dora wants a copy")
    assert (await admin.data(APPROVE, {"input": {"id": access["id"]}}))["approvePrivacyRequest"]["errors"] == []
    await run_jobs()
    pending = await submit(
        public, org.slug, email, "OBJECTION", details="Dora objects", objectionKind="DIRECT_MARKETING"
    )
    pending_code = await last_code(email)
    # Someone else's request is no part of Dora's erasure.
    await submit(public, org.slug, "eve@example.com", "ACCESS", details="Eve asks")
    erasure = await submit_and_verify(public, org.slug, email, "ERASURE", details="Forget Dora")

    assert (await admin.data(APPROVE, {"input": {"id": erasure["id"]}}))["approvePrivacyRequest"]["errors"] == []
    await run_jobs()

    queue = await _queue(admin)
    assert {t: r["status"] for t, r in queue.items() if t != "ACCESS"} == {
        "RECTIFICATION": "CANCELLED",  # verified, waiting for an admin: the erasure answers it
        "CONSENT_WITHDRAWAL": "COMPLETED",
        "OBJECTION": "CANCELLED",  # still awaiting its code
        "ERASURE": "COMPLETED",
    }
    rows = (await admin.data(QUEUE))["privacyRequests"]["edges"]
    eve = [e["node"] for e in rows if e["node"]["contactEmail"] == "eve@example.com"]
    assert len(eve) == 1 and eve[0]["details"] == "Eve asks" and eve[0]["status"] == "PENDING_VERIFICATION"
    dora = [e["node"] for e in rows if e["node"] not in eve]
    assert len(dora) == 5
    assert [(r["contactEmail"], r["details"]) for r in dora] == [(None, None)] * 5
    assert not any("Dora" in json.dumps(e) or email in json.dumps(e) for e in dora)
    # The pending one can no longer be confirmed with the code mailed before.
    confirm = await public(VERIFY, {"input": {"requestId": pending["privacyRequest"]["id"], "code": pending_code}})
    assert confirm["data"]["verifyPrivacyRequest"]["errors"][0]["code"] == "INVALID_STATE"

    # The receipt says what happened to them: anonymised, and the rows kept with the data map's reason.
    done = await PrivacyRequest.get(type="ERASURE")
    payload = json.loads(done.outcome["receipt"]["payload"])
    counts = {c["category"]: c for c in payload["categories"]}
    assert counts["PRIVACY_REQUESTS"] == {"category": "PRIVACY_REQUESTS", "erased": 0, "anonymised": 4}
    assert {"category": "PRIVACY_REQUESTS", "reason": EVIDENCE, "records": 4} in payload["kept"]
    # The erasure's own request finished: Dora was told, then its address went too.
    assert await mails_to(email, "privacy.completed")
    assert done.email is None and done.details is None


async def test_an_account_erasure_erases_and_closes_the_accounts_requests(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER)
    email = "mia.member@example.com"
    _, token = await make_user(org, role=Role.MEMBER, email=email)
    public = GraphQLClient(client)
    await submit_and_verify(public, org.slug, email, "RECTIFICATION", details="Mia's surname is Morgan")
    body = await GraphQLClient(client, token).data(DELETE_ACCOUNT, {"input": {"password": DEFAULT_PASSWORD, "otp": ""}})
    assert body["requestAccountDeletion"]["errors"] == []
    await PrivacyRequest.filter(type="ERASURE").update(scheduled_for=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))

    assert await run_due_erasures() == 1

    queue = await _queue(GraphQLClient(client, owner_token))
    assert queue["RECTIFICATION"] == {
        **queue["RECTIFICATION"],
        "status": "CANCELLED",
        "contactEmail": None,
        "details": None,
    }
    assert queue["ERASURE"]["status"] == "COMPLETED"
    outcome = (await PrivacyRequest.get(type="ERASURE")).outcome
    payload = json.loads(outcome["receipt"]["payload"])
    assert {"category": "PRIVACY_REQUESTS", "erased": 0, "anonymised": 1} in payload["categories"]
    assert {"category": "PRIVACY_REQUESTS", "reason": EVIDENCE, "records": 1} in payload["kept"]
    assert await mails_to(email, "privacy.completed")
