"""Organisation settings, members, roles, invitations, ownership, leaving."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from app.accounts.models import ApiToken, Invitation, Membership, Role
from app.accounts.organizations import INVITATION_LIFETIME, INVITATION_PREFIX
from app.accounts.services import email_key
from app.audit.models import AuditEvent
from app.billing.models import BillingAccount, SubscriptionStatus
from app.mail.models import OutboxMail
from app.security.tokens import new_token, token_hash
from app.settings import get_settings
from schema.relay import to_global_id
from tests.accounts.helpers import ACCEPT_INVITATION, CREATE_TOKEN, ERRORS, INVITE, ME, sign_up
from tests.support import GraphQLClient, error_codes, make_org, make_user

UPDATE_ROLE = f"""mutation($input: UpdateMemberRoleInput!) {{
  updateMemberRole(input: $input) {{ membership {{ role user {{ id }} }} {ERRORS} }}
}}"""
REMOVE = f"""mutation($input: RemoveMemberInput!) {{
  removeMember(input: $input) {{ membership {{ id }} {ERRORS} }}
}}"""
TRANSFER = f"""mutation($input: TransferOwnershipInput!) {{
  transferOwnership(input: $input) {{ membership {{ role }} {ERRORS} }}
}}"""
LEAVE = f"mutation {{ leaveOrganization {{ organization {{ id }} {ERRORS} }} }}"
MEMBERS = "{ members { totalCount edges { node { id role user { id email } } } } }"
UPDATE_ORG = f"""mutation($input: UpdateOrganizationInput!) {{
  updateOrganization(input: $input) {{ organization {{ name defaultCountry requireMfa slug }} {ERRORS} }}
}}"""


def uid(user) -> str:  # type: ignore[no-untyped-def]
    return str(to_global_id("User", user.id))


async def _invitation_token() -> str:
    mail = await OutboxMail.filter(kind="invitation").order_by("-created_at").first()
    assert mail is not None
    return re.search(r"Invitation token: (\S+)", mail.body_text).group(1)  # type: ignore[union-attr]


@pytest.mark.sqlite
async def test_invite_and_accept_bound_to_email(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    invited = await gql.data(INVITE, {"input": {"email": "New.Hire@example.com", "role": "MEMBER"}}, token=admin_token)
    invitation = invited["inviteMember"]["invitation"]
    assert invitation["email"] == "new.hire@example.com" and invitation["role"] == "MEMBER"
    token = await _invitation_token()
    stranger = (await sign_up(gql, email="stranger@example.com"))["token"]
    wrong = await gql.data(ACCEPT_INVITATION, {"input": {"token": token}}, token=stranger)
    assert wrong["acceptInvitation"]["errors"][0]["code"] == "INVALID_STATE"
    hire = (await sign_up(gql, email="new.hire@example.com"))["token"]
    accepted = await gql.data(ACCEPT_INVITATION, {"input": {"token": token}}, token=hire)
    assert accepted["acceptInvitation"]["membership"]["role"] == "MEMBER"
    assert accepted["acceptInvitation"]["organization"]["id"] == to_global_id("Organization", org.id)
    again = await gql.data(ACCEPT_INVITATION, {"input": {"token": token}}, token=hire)
    assert again["acceptInvitation"]["errors"][0]["code"] == "ALREADY_DONE"
    me = await gql.data(ME, token=hire)
    assert sorted(m["role"] for m in me["me"]["memberships"]) == ["MEMBER", "OWNER"]
    assert await AuditEvent.filter(action="member.joined").count() == 1


async def test_expired_invitation_is_refused(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    await gql.data(INVITE, {"input": {"email": "late@example.com", "role": "VIEWER"}}, token=owner_token)
    token = await _invitation_token()
    await Invitation.all().update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
    late = (await sign_up(gql, email="late@example.com"))["token"]
    body = await gql.data(ACCEPT_INVITATION, {"input": {"token": token}}, token=late)
    assert body["acceptInvitation"]["errors"][0]["code"] == "INVALID_STATE"


async def test_role_rules(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    admin, admin_token = await make_user(org, role=Role.ADMIN)
    other_admin, _ = await make_user(org, role=Role.ADMIN)
    member, member_token = await make_user(org, role=Role.MEMBER)
    viewer, viewer_token = await make_user(org, role=Role.VIEWER)

    # Viewers and members cannot manage members or invite.
    for token in (viewer_token, member_token):
        body = await gql(UPDATE_ROLE, {"input": {"userId": uid(viewer), "role": "MEMBER"}}, token=token)
        assert error_codes(body) == ["FORBIDDEN"]
        body = await gql(INVITE, {"input": {"email": "x@example.com", "role": "VIEWER"}}, token=token)
        assert error_codes(body) == ["FORBIDDEN"]
    # An admin manages members below admin...
    body = await gql.data(UPDATE_ROLE, {"input": {"userId": uid(viewer), "role": "MEMBER"}}, token=admin_token)
    assert body["updateMemberRole"]["membership"]["role"] == "MEMBER"
    # ...but cannot promote to admin, touch another admin, or the owner.
    for target, role in ((viewer, "ADMIN"), (other_admin, "MEMBER"), (owner, "ADMIN")):
        body = await gql(UPDATE_ROLE, {"input": {"userId": uid(target), "role": role}}, token=admin_token)
        assert error_codes(body) == ["FORBIDDEN"], (target, role)
    body = await gql(INVITE, {"input": {"email": "boss@example.com", "role": "ADMIN"}}, token=admin_token)
    assert error_codes(body) == ["FORBIDDEN"]
    # The owner manages admins; OWNER is only handed over by transfer.
    body = await gql.data(UPDATE_ROLE, {"input": {"userId": uid(other_admin), "role": "MEMBER"}}, token=owner_token)
    assert body["updateMemberRole"]["membership"]["role"] == "MEMBER"
    body = await gql.data(UPDATE_ROLE, {"input": {"userId": uid(admin), "role": "OWNER"}}, token=owner_token)
    assert body["updateMemberRole"]["errors"][0]["code"] == "INVALID_INPUT"
    # The change applies to the member's very next request.
    body = await gql(UPDATE_ORG, {"input": {"name": "Nope"}}, token=admin_token)
    assert error_codes(body) == ["FORBIDDEN"]
    await gql.data(UPDATE_ROLE, {"input": {"userId": uid(member), "role": "VIEWER"}}, token=admin_token)
    members = (await gql.data(MEMBERS, token=member_token))["members"]
    assert members["totalCount"] == 5
    assert await AuditEvent.filter(action="member.role_changed").count() == 3


async def test_remove_member_revokes_their_tokens_and_access(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.ADMIN)  # API tokens are ADMIN's (SPEC §6)
    created = await gql.data(CREATE_TOKEN, {"input": {"name": "zapier", "scopes": ["leads:read"]}}, token=member_token)
    secret = created["createApiToken"]["secret"]
    membership = await Membership.get(user_id=member.id)
    removed = await gql.data(
        REMOVE, {"input": {"id": str(to_global_id("Membership", membership.id))}}, token=owner_token
    )
    assert removed["removeMember"]["errors"] == []
    assert await ApiToken.filter(revoked_at__isnull=False).count() == 1
    assert error_codes(await gql("{ organization { id } }", token=secret)) == ["UNAUTHENTICATED"]
    assert error_codes(await gql("{ organization { id } }", token=member_token)) == ["FORBIDDEN"]
    assert (await gql.data(ME, token=member_token))["me"]["memberships"] == []
    assert await AuditEvent.filter(action="member.removed").count() == 1


REVOKED_TOKENS = """query { auditEvents(filter: {action: "api_token.revoked"}) {
  edges { node { targetType targetId details } } } }"""


@pytest.mark.parametrize("ending", ["leave", "removal"])
async def test_tokens_revoked_by_a_members_leaving_or_removal_are_audited(client, ending: str) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    admin, admin_token = await make_user(org, role=Role.ADMIN)
    made = [
        (await gql.data(CREATE_TOKEN, {"input": {"name": n, "scopes": ["leads:read"]}}, token=admin_token))[
            "createApiToken"
        ]["apiToken"]["id"]
        for n in ("zapier", "sheets")
    ]
    if ending == "leave":
        assert (await gql.data(LEAVE, token=admin_token))["leaveOrganization"]["errors"] == []
    else:
        membership = await Membership.get(user_id=admin.id)
        gid = str(to_global_id("Membership", membership.id))
        assert (await gql.data(REMOVE, {"input": {"id": gid}}, token=owner_token))["removeMember"]["errors"] == []
    events = [e["node"] for e in (await gql.data(REVOKED_TOKENS, token=owner_token))["auditEvents"]["edges"]]
    reason = "creator_left" if ending == "leave" else "creator_removed"
    assert sorted(e["targetId"] for e in events) == sorted(made)
    assert all(e["targetType"] == "ApiToken" and e["details"] == {"reason": reason} for e in events)


async def test_transfer_ownership_and_leave(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    admin, admin_token = await make_user(org, role=Role.ADMIN)
    sole = await gql.data(LEAVE, token=owner_token)
    assert sole["leaveOrganization"]["errors"][0]["code"] == "INVALID_STATE"
    denied = await gql(TRANSFER, {"input": {"userId": uid(owner)}}, token=admin_token)
    assert error_codes(denied) == ["FORBIDDEN"]
    moved = await gql.data(TRANSFER, {"input": {"userId": uid(admin)}}, token=owner_token)
    assert moved["transferOwnership"]["membership"]["role"] == "OWNER"
    assert (await Membership.get(user_id=owner.id)).role == Role.ADMIN
    left = await gql.data(LEAVE, token=owner_token)
    assert left["leaveOrganization"]["errors"] == []
    assert not await Membership.filter(user_id=owner.id).exists()
    assert await AuditEvent.filter(action__in=["organization.ownership_transferred", "member.left"]).count() == 2


async def test_update_organization_is_owner_only(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    assert error_codes(await gql(UPDATE_ORG, {"input": {"requireMfa": True}}, token=admin_token)) == ["FORBIDDEN"]
    bad = await gql.data(UPDATE_ORG, {"input": {"defaultCountry": "ZZ"}}, token=owner_token)
    assert bad["updateOrganization"]["errors"][0]["field"] == "defaultCountry"
    ok = await gql.data(UPDATE_ORG, {"input": {"name": "Renamed", "defaultCountry": "de"}}, token=owner_token)
    assert ok["updateOrganization"]["organization"]["name"] == "Renamed"
    assert ok["updateOrganization"]["organization"]["defaultCountry"] == "DE"


SWITCH = f"""mutation($input: SwitchOrganizationInput!) {{
  switchOrganization(input: $input) {{ token organization {{ id }} {ERRORS} }}
}}"""


async def test_switch_organization_and_log_in_to_a_chosen_one(client) -> None:
    gql = GraphQLClient(client)
    first = await sign_up(gql, email="multi@example.com")
    token = first["token"]
    other_org = await make_org(name="Second")
    from app.accounts.models import User

    user = await User.get(id=(await Membership.first()).user_id)
    await Membership.create(organization=other_org, user=user, role=Role.VIEWER)
    other_id = str(to_global_id("Organization", other_org.id))
    switched = await gql.data(SWITCH, {"input": {"organizationId": other_id}}, token=token)
    assert switched["switchOrganization"]["organization"]["id"] == other_id
    assert (await gql.data("{ organization { id } }", token=token))["organization"]["id"] == other_id
    foreign = await make_org(name="Not mine")
    nope = await gql.data(
        SWITCH, {"input": {"organizationId": str(to_global_id("Organization", foreign.id))}}, token=token
    )
    assert [(e["code"], e["field"]) for e in nope["switchOrganization"]["errors"]] == [("NOT_FOUND", "organizationId")]
    # Default at sign-in: the organisation used last.
    from tests.accounts.helpers import log_in

    body = await log_in(gql, "multi@example.com", "a long and unusual passphrase")
    assert body["data"]["logIn"]["organization"]["id"] == other_id
    body = await log_in(
        gql, "multi@example.com", "a long and unusual passphrase", organizationId=first["organization"]["id"]
    )
    assert body["data"]["logIn"]["organization"]["id"] == first["organization"]["id"]


def outcomes(bodies: list[dict[str, Any]], mutation: str) -> Counter[str]:
    """Each response's first error code, or OK; a server error (INTERNAL_ERROR) counts as itself."""
    seen: Counter[str] = Counter()
    for body in bodies:
        if body.get("errors"):
            seen.update(error_codes(body)[:1])
        else:
            errors = body["data"][mutation]["errors"]
            seen[errors[0]["code"] if errors else "OK"] += 1
    return seen


async def _pending(org_id: Any) -> int:
    return await Invitation.filter(organization_id=org_id, accepted_at__isnull=True, revoked_at__isnull=True).count()


async def test_concurrent_invitations_of_one_address_leave_one_pending(client) -> None:
    """A new invitation replaces the pending one, also when ten arrive at once: one token works."""
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    bodies = await asyncio.gather(
        *(gql(INVITE, {"input": {"email": "twin@example.com", "role": "MEMBER"}}, token=owner_token) for _ in range(10))
    )
    assert outcomes(bodies, "inviteMember") == {"OK": 10}
    assert await _pending(org.id) == 1
    mails = await OutboxMail.filter(kind="invitation")
    tokens = [re.search(r"Invitation token: (\S+)", m.body_text).group(1) for m in mails]  # type: ignore[union-attr]
    hire = (await sign_up(gql, email="twin@example.com"))["token"]
    accepted = await asyncio.gather(*(gql(ACCEPT_INVITATION, {"input": {"token": t}}, token=hire) for t in tokens))
    assert outcomes(accepted, "acceptInvitation") == {"OK": 1, "NOT_FOUND": 9}
    assert await Membership.filter(organization_id=org.id).count() == 2


async def test_accepting_two_pending_invitations_at_once_joins_once(client) -> None:
    """Two live invitations for one address (as older releases could leave): accepting both at once is no
    server error; the second finds the membership the first made."""
    gql = GraphQLClient(client)
    org = await make_org()
    owner, _ = await make_user(org, role=Role.OWNER)
    tokens = [new_token(INVITATION_PREFIX) for _ in range(4)]
    for token in tokens:
        await Invitation.create(
            organization_id=org.id,
            email="pair@example.com",
            email_bidx=email_key("pair@example.com"),
            role=Role.VIEWER,
            token_hash=token_hash(token),
            invited_by_id=owner.id,
            expires_at=dt.datetime.now(dt.UTC) + INVITATION_LIFETIME,
        )
    hire = (await sign_up(gql, email="pair@example.com"))["token"]
    accepted = await asyncio.gather(*(gql(ACCEPT_INVITATION, {"input": {"token": t}}, token=hire) for t in tokens))
    assert outcomes(accepted, "acceptInvitation") == {"OK": 4}
    assert await Membership.filter(organization_id=org.id).count() == 2
    assert await _pending(org.id) == 0


@pytest.fixture
def billing_on() -> Any:
    """QUANTIX_BILLING=stripe for one test (no Stripe call is made: the subscription row is written directly)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUANTIX_BILLING", "stripe")
        patch.setenv("STRIPE_API_URL", "http://stripe.test")
        patch.setenv("STRIPE_SECRET_KEY", "sk_test_accounts_0001")
        patch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test_accounts")
        get_settings.cache_clear()
        try:
            yield
        finally:
            get_settings.cache_clear()
    get_settings.cache_clear()


async def test_concurrent_invitations_stop_at_the_paid_seats(client, billing_on) -> None:  # type: ignore[no-untyped-def]
    """SPEC §7 Billing: seats = members + pending invitations; inviteMember at the limit is INVALID_STATE."""
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    await BillingAccount.create(
        organization_id=org.id,
        plan_id="team-monthly",
        status=SubscriptionStatus.ACTIVE,
        seats=3,
        current_period_end=dt.datetime.now(dt.UTC) + dt.timedelta(days=20),
    )
    bodies = await asyncio.gather(
        *(
            gql(INVITE, {"input": {"email": f"seat{i}@example.com", "role": "MEMBER"}}, token=owner_token)
            for i in range(10)
        )
    )
    assert outcomes(bodies, "inviteMember") == {"OK": 2, "INVALID_STATE": 8}
    assert await Membership.filter(organization_id=org.id).count() + await _pending(org.id) == 3
    # Inviting a pending address again replaces its invitation: no further seat, so not refused.
    invited = await Invitation.filter(organization_id=org.id).first()
    assert invited is not None
    again = await gql.data(INVITE, {"input": {"email": invited.email, "role": "VIEWER"}}, token=owner_token)
    assert again["inviteMember"]["errors"] == []
    assert await _pending(org.id) == 2


async def test_concurrent_transfers_leave_one_owner(client) -> None:
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    admins = [(await make_user(org, role=Role.ADMIN))[0] for _ in range(3)]
    bodies = await asyncio.gather(
        *(gql(TRANSFER, {"input": {"userId": uid(admin)}}, token=owner_token) for admin in admins)
    )
    assert outcomes(bodies, "transferOwnership") == {"OK": 1, "FORBIDDEN": 2}
    assert await Membership.filter(organization_id=org.id, role=Role.OWNER).count() == 1


async def test_owners_leaving_at_once_keep_an_owner(client) -> None:
    """OWNERs (several, as concurrent transfers could once leave) leaving at the same moment: one stays."""
    gql = GraphQLClient(client)
    for _ in range(5):
        org = await make_org()
        tokens = [(await make_user(org, role=Role.OWNER))[1] for _ in range(3)]
        bodies = await asyncio.gather(*(gql(LEAVE, token=token) for token in tokens))
        assert outcomes(bodies, "leaveOrganization") == {"OK": 2, "INVALID_STATE": 1}
        assert await Membership.filter(organization_id=org.id, role=Role.OWNER).count() == 1


async def test_a_member_becoming_owner_is_not_removed_or_demoted_meanwhile(client) -> None:
    """Ownership handed to a MEMBER while an ADMIN removes them, and to an ADMIN while the owner demotes
    them: whichever runs first, the organisation keeps exactly one OWNER."""
    gql = GraphQLClient(client)
    org = await make_org()
    owner, owner_token = await make_user(org, role=Role.OWNER)
    _admin, admin_token = await make_user(org, role=Role.ADMIN)
    for _ in range(3):
        member, _ = await make_user(org, role=Role.MEMBER)
        await asyncio.gather(
            gql(TRANSFER, {"input": {"userId": uid(member)}}, token=owner_token),
            gql(REMOVE, {"input": {"userId": uid(member)}}, token=admin_token),
        )
        assert await Membership.filter(organization_id=org.id, role=Role.OWNER).count() == 1
        new_owner = await Membership.get(organization_id=org.id, role=Role.OWNER)
        if new_owner.user_id != owner.id:  # hand it back for the next round
            await Membership.filter(id=new_owner.id).delete()
            await Membership.filter(organization_id=org.id, user_id=owner.id).update(role=Role.OWNER)
    target, _ = await make_user(org, role=Role.ADMIN)
    await asyncio.gather(
        gql(TRANSFER, {"input": {"userId": uid(target)}}, token=owner_token),
        gql(UPDATE_ROLE, {"input": {"userId": uid(target), "role": "MEMBER"}}, token=owner_token),
    )
    assert await Membership.filter(organization_id=org.id, role=Role.OWNER).count() == 1


async def test_settings_changed_at_once_are_all_kept(client) -> None:  # type: ignore[no-untyped-def]
    gql = GraphQLClient(client)
    org = await make_org()
    _owner, owner_token = await make_user(org, role=Role.OWNER)
    changes: list[dict[str, Any]] = [{"name": "Renamed"}, {"defaultCountry": "DE"}, {"currency": "USD"}]
    bodies = await asyncio.gather(*(gql.data(UPDATE_ORG, {"input": c}, token=owner_token) for c in changes))
    assert all(b["updateOrganization"]["errors"] == [] for b in bodies)
    shown = (await gql.data("{ organization { name defaultCountry currency } }", token=owner_token))["organization"]
    assert shown == {"name": "Renamed", "defaultCountry": "DE", "currency": "USD"}
