"""Privacy requests changed by several calls at the same moment (a double click, two admins): a deletion is
scheduled once, so cancelling it cancels it; extensions add up to their cap and the subject hears each once."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from app.accounts.models import Role
from app.privacy.request_models import PrivacyRequest, RequestStatus
from tests.privacy.requests.helpers import EXTEND, QUEUE, mails_to, submit_and_verify
from tests.support import DEFAULT_PASSWORD, GraphQLClient, concurrent_writers, make_org, make_user, outcomes

ACCOUNT = """mutation($i: RequestAccountDeletionInput!) { requestAccountDeletion(input: $i) {
  privacyRequest { id } errors { code } } }"""
ORGANIZATION = """mutation($i: DeleteOrganizationInput!) { deleteOrganization(input: $i) {
  privacyRequest { id } errors { code } } }"""
CANCEL = """mutation($i: CancelPrivacyRequestInput!) { cancelPrivacyRequest(input: $i) {
  privacyRequest { status } errors { code } } }"""
MINE = "{ myPrivacyRequests { edges { node { subjectKind status } } } }"


pytestmark = concurrent_writers


@pytest.mark.parametrize(
    ("key", "kind"), [("requestAccountDeletion", "ACCOUNT"), ("deleteOrganization", "ORGANIZATION")]
)
async def test_a_deletion_asked_for_five_times_at_once_is_scheduled_once(client, key: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    gql = GraphQLClient(client, token)
    query, given = (
        (ACCOUNT, {"password": DEFAULT_PASSWORD}) if kind == "ACCOUNT" else (ORGANIZATION, {"slug": org.slug})
    )
    inputs = {"password": DEFAULT_PASSWORD, **given}
    bodies = await asyncio.gather(*(gql.data(query, {"i": inputs}) for _ in range(5)))
    assert outcomes(bodies, key) == {"OK": 1, "ALREADY_DONE": 4}
    scheduled = next(b[key]["privacyRequest"] for b in bodies if b[key]["privacyRequest"])

    # Cancelling the deletion the user was shown leaves nothing scheduled to run after the grace period.
    cancelled = (await gql.data(CANCEL, {"i": {"id": scheduled["id"]}}))["cancelPrivacyRequest"]
    assert cancelled == {"privacyRequest": {"status": "CANCELLED"}, "errors": []}
    mine = [e["node"] for e in (await gql.data(MINE))["myPrivacyRequests"]["edges"]]
    assert mine == [{"subjectKind": kind, "status": "CANCELLED"}]
    assert not await PrivacyRequest.filter(status=RequestStatus.SCHEDULED).exists()


async def test_extensions_sent_at_once_add_up_to_the_cap_and_are_each_mailed_once(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, token)
    request = await submit_and_verify(GraphQLClient(client), org.slug, "lena@example.com")
    due = dt.datetime.fromisoformat(request["dueAt"])

    bodies = await asyncio.gather(
        *(admin.data(EXTEND, {"input": {"id": request["id"], "days": 30, "reason": f"Case {i}"}}) for i in range(10))
    )
    # 60 days in total: two extensions of 30 are kept, the other callers are told the cap is reached.
    assert outcomes(bodies, "extendPrivacyRequest") == {"OK": 2, "INVALID_INPUT": 8}
    told = sorted(
        dt.datetime.fromisoformat(b["extendPrivacyRequest"]["privacyRequest"]["dueAt"]) - due
        for b in bodies
        if b["extendPrivacyRequest"]["privacyRequest"]
    )
    assert told == [dt.timedelta(days=30), dt.timedelta(days=60)]
    stored = (await admin.data(QUEUE))["privacyRequests"]["edges"][0]["node"]
    assert dt.datetime.fromisoformat(stored["dueAt"]) - due == dt.timedelta(days=60)
    assert len(stored["extensions"]) == 2
    mails = await mails_to("lena@example.com", "privacy.extended")
    assert len(mails) == 2
