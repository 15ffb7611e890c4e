"""A `privacy:manage` API token works the privacy queue about leads, never a member's account: SPEC §6 "a token
never manages tokens, members, roles, MFA or the Meta connection", and `flagMinor` is an ADMIN's (sessions)."""

from __future__ import annotations

from app.accounts.models import Membership, Role, User, UserStatus
from app.audit.models import AuditEvent
from app.leads.models import Lead
from app.privacy.request_models import PrivacyRequest, RequestStatus
from app.security.crypto import blind_index, scope_of
from schema.relay import from_global_id, to_global_id
from tests.accounts.helpers import CREATE_TOKEN
from tests.privacy.requests.helpers import APPROVE, submit_and_verify
from tests.support import GraphQLClient, error_codes, make_org, make_user


async def _team(client):  # type: ignore[no-untyped-def]
    """An organisation, its ADMIN's session and the API token that ADMIN creates for the privacy queue."""
    org = await make_org()
    _, admin_token = await make_user(org, role=Role.ADMIN)
    admin = GraphQLClient(client, admin_token)
    created = await admin.data(
        CREATE_TOKEN, {"input": {"name": "privacy bot", "scopes": ["leads:read", "privacy:manage"]}}
    )
    return org, admin, GraphQLClient(client, created["createApiToken"]["secret"])


async def _status(request_id: str) -> RequestStatus:
    return (await PrivacyRequest.get(id=from_global_id(request_id)[1])).status


async def test_a_token_cannot_approve_a_minor_report_that_names_a_member(client) -> None:  # type: ignore[no-untyped-def]
    org, admin, bot = await _team(client)
    viewer, _ = await make_user(org, role=Role.VIEWER)
    report = await submit_and_verify(GraphQLClient(client), org.slug, "reporter@example.com", "MINOR_REPORT")
    naming_the_viewer = {"input": {"id": report["id"], "userId": to_global_id("User", viewer.id)}}

    refused = await bot(APPROVE, naming_the_viewer)
    assert error_codes(refused) == ["FORBIDDEN"]
    assert (await User.get(id=viewer.id)).status is UserStatus.ACTIVE
    assert await Membership.filter(organization_id=org.id, user_id=viewer.id).exists()
    assert not await AuditEvent.filter(action__in=["privacy.minor_report_approved", "user.flagged_minor"]).exists()
    assert await _status(report["id"]) is RequestStatus.VERIFIED

    done = (await admin.data(APPROVE, naming_the_viewer))["approvePrivacyRequest"]  # an ADMIN's session may
    assert done["errors"] == [] and done["privacyRequest"]["status"] == "COMPLETED"


async def test_a_token_approves_a_minor_report_that_names_a_lead(client) -> None:  # type: ignore[no-untyped-def]
    org, _, bot = await _team(client)
    lead = await Lead.create(
        organization=org,
        full_name="Young Person",
        email="kid@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "kid@example.com"),
    )
    report = await submit_and_verify(GraphQLClient(client), org.slug, "parent@example.com", "MINOR_REPORT")
    done = await bot.data(APPROVE, {"input": {"id": report["id"], "leadId": to_global_id("Lead", lead.id)}})
    assert done["approvePrivacyRequest"]["privacyRequest"]["status"] == "COMPLETED"
    assert not await Lead.filter(id=lead.id).exists()


async def test_a_token_cannot_approve_the_erasure_or_correction_of_a_members_account(client) -> None:  # type: ignore[no-untyped-def]
    org, admin, bot = await _team(client)
    member, _ = await make_user(org, role=Role.MEMBER, email="mia@example.com", full_name="Mia Member")
    public = GraphQLClient(client)
    erasure = await submit_and_verify(public, org.slug, "mia@example.com", "ERASURE")
    correction = await submit_and_verify(public, org.slug, "mia@example.com", "RECTIFICATION")

    for request, extra in ((erasure, {}), (correction, {"corrections": [{"field": "fullName", "value": "Someone"}]})):
        refused = await bot(APPROVE, {"input": {"id": request["id"], **extra}})
        assert error_codes(refused) == ["FORBIDDEN"], refused
        assert await _status(request["id"]) is RequestStatus.VERIFIED
    kept = await User.get(id=member.id)
    assert kept.full_name == "Mia Member" and kept.status is UserStatus.ACTIVE

    done = await admin.data(APPROVE, {"input": {"id": erasure["id"]}})  # an ADMIN's session may
    assert done["approvePrivacyRequest"]["privacyRequest"]["subjectKind"] == "ACCOUNT"
    assert done["approvePrivacyRequest"]["privacyRequest"]["status"] == "IN_PROGRESS"


async def test_a_token_approves_the_erasure_of_a_lead_and_a_members_access_request(client) -> None:  # type: ignore[no-untyped-def]
    org, _, bot = await _team(client)
    await make_user(org, role=Role.MEMBER, email="mia@example.com")
    await Lead.create(
        organization=org,
        full_name="Lena Lead",
        email="lena@example.com",
        email_bidx=blind_index(scope_of(org.id), "email", "lena@example.com"),
    )
    public = GraphQLClient(client)
    erasure = await submit_and_verify(public, org.slug, "lena@example.com", "ERASURE")
    access = await submit_and_verify(public, org.slug, "mia@example.com", "ACCESS")
    for request in (erasure, access):
        done = (await bot.data(APPROVE, {"input": {"id": request["id"]}}))["approvePrivacyRequest"]
        assert done["errors"] == [] and done["privacyRequest"]["status"] == "IN_PROGRESS"
