"""Notifications over GraphQL: who is told, what they read, marking read, tenancy, leads and the data map."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
import zipfile

import httpx
import pytest

from app.accounts.models import Role, User, UserStatus
from app.leads.models import Lead
from app.notifications.models import Notification, NotificationKind
from app.notifications.services import Notice, notify, notify_many
from app.privacy.erasure import erase_user
from app.privacy.policy import publish_policy
from schema.relay import to_global_id
from tests.notifications.helpers import MARK_READ, NOTIFICATIONS, nodes
from tests.privacy.requests.helpers import mails_to, run_jobs
from tests.support import GraphQLClient, make_org, make_user

pytestmark = pytest.mark.sqlite

DELETE_LEAD = "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId errors { code } } }"
REMOVE_MEMBER = "mutation($input: RemoveMemberInput!) { removeMember(input: $input) { errors { code field } } }"
SWITCH = """
mutation($input: SwitchOrganizationInput!) { switchOrganization(input: $input) { errors { code } } }"""


async def test_admins_are_told_in_the_app_and_by_mail_members_are_not(client: httpx.AsyncClient) -> None:
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER, email="owner@example.com")
    await make_user(org, role=Role.ADMIN, email="admin@example.com")
    _, member_token = await make_user(org, role=Role.MEMBER, email="member@example.com")

    await notify(
        NotificationKind.INTEGRATION_HEALTH,
        organization_id=org.id,
        roles={Role.OWNER, Role.ADMIN},
        title="Meta connection expires soon",
        body="Reconnect Meta within 7 days to keep leads flowing.",
        link="/settings/integrations",
        mail=True,
    )

    [seen] = nodes(await GraphQLClient(client, owner_token).data(NOTIFICATIONS))
    assert seen["kind"] == "INTEGRATION_HEALTH" and seen["title"] == "Meta connection expires soon"
    assert seen["link"] == "/settings/integrations" and seen["readAt"] is None
    assert nodes(await GraphQLClient(client, member_token).data(NOTIFICATIONS)) == []
    for address in ("owner@example.com", "admin@example.com"):
        [mail] = await mails_to(address, "INTEGRATION_HEALTH")
        assert mail.subject == "Meta connection expires soon"
        assert "http://testserver/settings/integrations" in mail.body_text
    assert await mails_to("member@example.com") == []


async def test_a_lead_is_named_in_the_app_never_in_the_mail_and_goes_with_the_lead(
    client: httpx.AsyncClient,
) -> None:
    org = await make_org()
    _, owner_token = await make_user(org, role=Role.OWNER)
    member, member_token = await make_user(org, role=Role.MEMBER, email="seller@example.com")
    lead = await Lead.create(
        organization_id=org.id, full_name="Grace Hopper", email="grace@navy.example", phone="+15550100"
    )
    await notify(
        NotificationKind.LEAD_ASSIGNED,
        organization_id=org.id,
        user_ids=[member.id],
        title="New lead for you: {lead}",
        body="{lead} is yours now. Call within the hour.",
        link=f"/leads/{to_global_id('Lead', lead.id)}",
        lead_id=lead.id,
        lead_name=lead.full_name,
        mail=True,
    )
    member_gql = GraphQLClient(client, member_token)
    [seen] = nodes(await member_gql.data(NOTIFICATIONS))
    assert seen["title"] == "New lead for you: Grace Hopper"
    assert seen["body"] == "Grace Hopper is yours now. Call within the hour."

    [mail] = await mails_to("seller@example.com")
    text = mail.subject + mail.body_text
    for secret in ("Grace", "Hopper", "grace@navy.example", "5550100"):
        assert secret not in text
    assert mail.subject == "New lead for you: a lead"
    assert f"http://testserver/leads/{to_global_id('Lead', lead.id)}" in mail.body_text

    deleted = await GraphQLClient(client, owner_token).data(
        DELETE_LEAD, {"input": {"id": to_global_id("Lead", lead.id)}}
    )
    assert deleted["deleteLead"]["errors"] == []
    assert nodes(await member_gql.data(NOTIFICATIONS)) == []
    assert await Notification.filter(lead_name__isnull=False).count() == 0


async def test_a_batch_is_written_as_notify_writes_each(client: httpx.AsyncClient) -> None:
    """notify_many (a bulk change's notifications): the same audience rules and rows as `notify`, one INSERT."""
    org, elsewhere = await make_org(), await make_org("Elsewhere")
    member, member_token = await make_user(org, role=Role.MEMBER)
    suspended, _ = await make_user(org, role=Role.MEMBER)
    await User.filter(id=suspended.id).update(status=UserStatus.SUSPENDED)
    outsider, _ = await make_user(elsewhere, role=Role.MEMBER)
    leads = [await Lead.create(organization_id=org.id, full_name=name) for name in ("Ana Lima", "Bo Berg")]
    notices = [
        Notice(user_id=user.id, title="For {lead}", body="{lead} waits.", lead_id=lead.id, lead_name=lead.full_name)
        for user in (member, suspended, outsider)
        for lead in leads
    ]
    with pytest.raises(ValueError, match="follow the user"):
        await notify_many(NotificationKind.SECURITY_NOTICE, notices, organization_id=org.id)
    written = await notify_many(NotificationKind.LEAD_ASSIGNED, notices, organization_id=org.id)
    assert {(row.user_id, row.lead_id) for row in written} == {(member.id, lead.id) for lead in leads}
    listed = nodes(await GraphQLClient(client, member_token).data(NOTIFICATIONS))
    assert sorted((n["kind"], n["title"], n["body"]) for n in listed) == [
        ("LEAD_ASSIGNED", "For Ana Lima", "Ana Lima waits."),
        ("LEAD_ASSIGNED", "For Bo Berg", "Bo Berg waits."),
    ]
    assert {row.id for row in written} == {row.id for row in await Notification.filter(user_id=member.id)}
    assert await Notification.filter(membership__user_id=member.id).count() == 2  # leaving removes them
    assert await notify_many(NotificationKind.LEAD_ASSIGNED, [], organization_id=org.id) == []


async def test_unread_filter_and_mark_read_keep_the_first_time(client: httpx.AsyncClient) -> None:
    user, token = await make_user()
    for n in range(3):
        await notify(NotificationKind.SECURITY_NOTICE, user_ids=[user.id], title=f"Notice {n}", body="Details.")
    gql = GraphQLClient(client, token)
    listed = nodes(await gql.data(NOTIFICATIONS, {"filter": {"unread": True}}))
    assert [n["title"] for n in listed] == ["Notice 2", "Notice 1", "Notice 0"]  # newest first

    marked = (await gql.data(MARK_READ, {"input": {"ids": [listed[0]["id"]]}}))["markNotificationsRead"]
    assert marked["errors"] == [] and marked["notifications"][0]["readAt"] is not None
    first_read = marked["notifications"][0]["readAt"]
    again = (await gql.data(MARK_READ, {"input": {"ids": [listed[0]["id"], listed[1]["id"]]}}))["markNotificationsRead"]
    assert again["notifications"][0]["readAt"] == first_read

    unread = nodes(await gql.data(NOTIFICATIONS, {"filter": {"unread": True}}))
    assert [n["title"] for n in unread] == ["Notice 0"]
    read = nodes(await gql.data(NOTIFICATIONS, {"filter": {"unread": False}}))
    assert [n["title"] for n in read] == ["Notice 2", "Notice 1"]
    page = (await gql.data(NOTIFICATIONS, {"first": 2}))["notifications"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"] is True


async def test_someone_elses_or_unknown_notification_is_not_found_and_nothing_changes(
    client: httpx.AsyncClient,
) -> None:
    mine, token = await make_user()
    other, _ = await make_user()
    [own] = await notify(NotificationKind.SECURITY_NOTICE, user_ids=[mine.id], title="Mine", body="x")
    [theirs] = await notify(NotificationKind.SECURITY_NOTICE, user_ids=[other.id], title="Theirs", body="x")
    gql = GraphQLClient(client, token)
    for ids in (
        [to_global_id("Notification", own.id), to_global_id("Notification", theirs.id)],
        [to_global_id("Notification", uuid.uuid4())],
        [to_global_id("Lead", own.id)],
    ):
        result = (await gql.data(MARK_READ, {"input": {"ids": ids}}))["markNotificationsRead"]
        assert result == {
            "notifications": None,
            "errors": [{"field": "ids", "code": "NOT_FOUND", "message": result["errors"][0]["message"]}],
        }
    assert await Notification.filter(read_at__isnull=False).count() == 0
    empty = (await gql.data(MARK_READ, {"input": {"ids": []}}))["markNotificationsRead"]
    assert empty["errors"][0]["code"] == "INVALID_INPUT"


async def test_organisation_notifications_stay_in_their_organisation_security_notices_follow_the_user(
    client: httpx.AsyncClient,
) -> None:
    org_a, org_b = await make_org("A"), await make_org("B")
    _, owner_a = await make_user(org_a)
    user, token = await make_user(org_a, role=Role.MEMBER)
    from app.accounts.models import Membership

    await Membership.create(organization=org_b, user=user, role=Role.MEMBER)
    await notify(NotificationKind.TASK_DUE, organization_id=org_a.id, user_ids=[user.id], title="Task in A", body="")
    await notify(NotificationKind.TASK_DUE, organization_id=org_b.id, user_ids=[user.id], title="Task in B", body="")
    await notify(NotificationKind.SECURITY_NOTICE, user_ids=[user.id], title="New sign-in", body="")

    gql = GraphQLClient(client, token)
    assert {n["title"] for n in nodes(await gql.data(NOTIFICATIONS))} == {"Task in A", "New sign-in"}
    await gql.data(SWITCH, {"input": {"organizationId": to_global_id("Organization", org_b.id)}})
    assert {n["title"] for n in nodes(await gql.data(NOTIFICATIONS))} == {"Task in B", "New sign-in"}

    removed = await GraphQLClient(client, owner_a).data(
        REMOVE_MEMBER, {"input": {"userId": to_global_id("User", user.id)}}
    )
    assert removed["removeMember"]["errors"] == []
    titles = set(await Notification.filter(user_id=user.id).values_list("title", flat=True))
    assert titles == {"Task in B", "New sign-in"}


async def test_publishing_a_policy_notifies_every_user(client: httpx.AsyncClient) -> None:
    _, token = await make_user(email="reader@example.com")
    await publish_policy("Version two.", dt.datetime.now(dt.UTC).date())
    [seen] = nodes(await GraphQLClient(client, token).data(NOTIFICATIONS))
    assert seen["kind"] == "POLICY_CHANGED" and seen["title"] == "We have updated our privacy policy"
    assert len(await mails_to("reader@example.com", "privacy.policy_published")) == 1


async def test_the_account_export_holds_them_and_erasure_removes_them(client: httpx.AsyncClient) -> None:
    user, token = await make_user()
    await notify(NotificationKind.SECURITY_NOTICE, user_ids=[user.id], title="Password changed", body="At noon.")
    gql = GraphQLClient(client, token)
    started = await gql.data("mutation { requestMyDataExport(input: {format: JSON}) { errors { code } } }")
    assert started["requestMyDataExport"]["errors"] == []
    await run_jobs()
    mine = await gql.data("{ myPrivacyRequests { edges { node { export { url } } } } }")
    url = mine["myPrivacyRequests"]["edges"][0]["node"]["export"]["url"]
    archive = zipfile.ZipFile(io.BytesIO((await client.get(url.removeprefix("http://testserver"))).content))
    account = json.loads(archive.read("account.json"))
    [row] = [r for r in account if r["record"] == "Notification"]
    assert (row["Title"], row["Text"]) == ("Password changed", "At noon.")

    await erase_user(user.id)
    assert await Notification.filter(user_id=user.id).count() == 0
