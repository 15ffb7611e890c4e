"""Account deletion: scheduled after the grace period, cancellable, executed by the erasure engine."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.models import Role, User
from app.privacy.processing import run_due_erasures
from app.privacy.request_models import PrivacyRequest, RequestStatus
from schema.relay import pk_of
from tests.privacy.requests.helpers import mails_to
from tests.support import GraphQLClient, make_org, make_user

DELETE = """
mutation($input: RequestAccountDeletionInput!) {
  requestAccountDeletion(input: $input) {
    privacyRequest { id type subjectKind status verifiedAt dueAt scheduledFor }
    errors { field code message }
  }
}"""
CANCEL = """
mutation($input: CancelPrivacyRequestInput!) {
  cancelPrivacyRequest(input: $input) { privacyRequest { id status } errors { field code message } }
}"""
MINE = "{ myPrivacyRequests { totalCount edges { node { id type status outcome } } } }"
PASSWORD = "correct horse battery staple"


async def _schedule(gql: GraphQLClient) -> dict:  # type: ignore[type-arg]
    body = await gql.data(DELETE, {"input": {"password": PASSWORD, "otp": ""}})
    payload = body["requestAccountDeletion"]
    assert payload["errors"] == [], payload
    return payload["privacyRequest"]


@pytest.mark.sqlite
async def test_deletion_is_scheduled_cancellable_and_runs_after_grace(client) -> None:  # type: ignore[no-untyped-def]
    user, token = await make_user(email="leaving@example.com")
    gql = GraphQLClient(client, token)

    wrong = await gql.data(DELETE, {"input": {"password": "not my password", "otp": ""}})
    assert wrong["requestAccountDeletion"]["errors"][0]["code"] == "INVALID_CREDENTIALS"

    scheduled = await _schedule(gql)
    assert scheduled["status"] == "SCHEDULED" and scheduled["type"] == "ERASURE"
    assert scheduled["subjectKind"] == "ACCOUNT"
    verified = dt.datetime.fromisoformat(scheduled["verifiedAt"])
    assert dt.datetime.fromisoformat(scheduled["scheduledFor"]) - verified == dt.timedelta(days=7)
    assert dt.datetime.fromisoformat(scheduled["dueAt"]) - verified == dt.timedelta(days=30)
    assert await mails_to("leaving@example.com", "privacy.erasure_scheduled")
    twice = await gql.data(DELETE, {"input": {"password": PASSWORD, "otp": ""}})
    assert twice["requestAccountDeletion"]["errors"][0]["code"] == "ALREADY_DONE"

    # During the grace period the user still signs in, sees the request and cancels it.
    assert (await gql.data(MINE))["myPrivacyRequests"]["edges"][0]["node"]["status"] == "SCHEDULED"
    cancelled = await gql.data(CANCEL, {"input": {"id": scheduled["id"]}})
    assert cancelled["cancelPrivacyRequest"]["privacyRequest"]["status"] == "CANCELLED"
    await PrivacyRequest.all().update(scheduled_for=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    assert await run_due_erasures() == 0
    assert await User.filter(id=user.id).exists()

    again = await _schedule(gql)
    assert await run_due_erasures() == 0  # still within the grace period
    await PrivacyRequest.filter(status=RequestStatus.SCHEDULED).update(
        scheduled_for=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    )
    assert await run_due_erasures() == 1
    assert not await User.filter(id=user.id).exists()
    row = await PrivacyRequest.get(id=pk_of(again["id"], "PrivacyRequest"))
    assert row.status is RequestStatus.COMPLETED
    assert row.outcome["receipt"]["signature"] and row.outcome["subjectKind"] == "ACCOUNT"
    assert await mails_to("leaving@example.com", "privacy.completed")
    after = await gql(MINE)
    assert [e["extensions"]["code"] for e in after["errors"]] == ["UNAUTHENTICATED"]


async def test_cancel_after_execution_or_of_someone_else_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    scheduled = await _schedule(GraphQLClient(client, token))
    _, other = await make_user()
    foreign = await GraphQLClient(client, other).data(CANCEL, {"input": {"id": scheduled["id"]}})
    assert foreign["cancelPrivacyRequest"]["errors"][0]["code"] == "NOT_FOUND"


async def test_sole_owner_of_a_team_must_hand_over_first(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    await make_user(org, role=Role.MEMBER)
    body = await GraphQLClient(client, token).data(DELETE, {"input": {"password": PASSWORD, "otp": ""}})
    assert body["requestAccountDeletion"]["errors"][0]["code"] == "INVALID_STATE"
    assert await PrivacyRequest.all().count() == 0


async def test_mfa_users_confirm_with_their_code(client) -> None:  # type: ignore[no-untyped-def]
    import pyotp

    user, token = await make_user()
    secret = pyotp.random_base32()
    await User.filter(id=user.id).update(mfa_enabled=True, totp_secret=secret)
    gql = GraphQLClient(client, token)
    wrong = await gql.data(DELETE, {"input": {"password": PASSWORD, "otp": "000000"}})
    assert wrong["requestAccountDeletion"]["errors"][0]["code"] == "INVALID_OTP"
    for absent in ({"password": PASSWORD}, {"password": PASSWORD, "otp": None}):
        missing = await gql.data(DELETE, {"input": absent})
        assert [(e["code"], e["field"]) for e in missing["requestAccountDeletion"]["errors"]] == [
            ("MFA_REQUIRED", "otp")
        ]
    right = await gql.data(DELETE, {"input": {"password": PASSWORD, "otp": pyotp.TOTP(secret).now()}})
    assert right["requestAccountDeletion"]["privacyRequest"]["status"] == "SCHEDULED"
