"""Security incidents from the outside: report, assess from the audit trail, notify, tell the regulator, close."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.models import Role
from app.incidents.models import SecurityIncident
from app.mail.models import OutboxMail
from app.notifications.models import Notification, NotificationKind
from schema.relay import to_global_id
from tests.factories.leads import make_lead
from tests.incidents.helpers import (
    ASSESS,
    CLOSE,
    CREATE_TOKEN,
    INCIDENT,
    INCIDENTS,
    JOB,
    LEADS,
    MARK,
    NOTIFY,
    REPORT,
    iso,
    report_input,
)
from tests.leads.conftest import Team, run_jobs
from tests.notifications.helpers import NOTIFICATIONS
from tests.support import GraphQLClient, drain_jobs, error_codes, make_org, make_user

EXPORT_AFFECTED = """mutation($input: ExportAffectedLeadsInput!) { exportAffectedLeads(input: $input) {
  leadExport { id } job { kind } errors { field code } } }"""
LEAD_EXPORT = "query($id: ID!) { leadExport(id: $id) { status rows url } }"


async def _token(team: Team, scopes: list[str]) -> tuple[str, str]:
    """(global id, secret) of a new API token of the owner."""
    body = await team.gql.data(CREATE_TOKEN, {"input": {"name": "partner", "scopes": scopes}})
    created = body["createApiToken"]
    assert created["errors"] == []
    return created["apiToken"]["id"], created["secret"]


async def _report(gql: GraphQLClient, **lists: list[str]) -> dict:
    body = await gql.data(REPORT, {"input": report_input(**lists)})
    payload = body["reportSecurityIncident"]
    assert payload["errors"] == [], payload["errors"]
    return payload["securityIncident"]


async def _assess(gql: GraphQLClient, incident_id: str, *, worker: bool = False) -> dict:
    body = await gql.data(ASSESS, {"input": {"id": incident_id}})
    job = body["assessSecurityIncident"]["job"]
    assert job["kind"] == "INCIDENT_ASSESSMENT"
    await (drain_jobs() if worker else run_jobs())
    assert (await gql.data(JOB, {"id": job["id"]}))["job"]["status"] == "SUCCEEDED"
    return (await gql.data(INCIDENT, {"id": incident_id, "first": 100}))["securityIncident"]


async def _leads(team: Team, n: int) -> list[str]:
    return [to_global_id("Lead", (await make_lead(team.org)).id) for _ in range(n)]  # type: ignore[attr-defined]


@pytest.mark.sqlite
async def test_a_leaked_token_that_read_n_leads_affects_exactly_n(team: Team) -> None:
    """The token reads 3 of 5 leads (twice), the owner reads all 5 from the same IP: only the token counts."""
    ids = await _leads(team, 5)
    token_id, secret = await _token(team, ["leads:read"])
    partner = GraphQLClient(team.http, secret)
    for _ in range(2):
        await partner.data(LEADS, {"first": 3}, **{"x-forwarded-for": "198.51.100.7"})
    await team.gql.data(LEADS, {"first": 5})

    incident = await _report(team.gql, apiTokenIds=[token_id])
    assert incident["status"] == "OPEN" and incident["affected"] is None
    detected = dt.datetime.fromisoformat(incident["detectedAt"])
    assert dt.datetime.fromisoformat(incident["regulatorDueAt"]) - detected == dt.timedelta(hours=72)

    assessed = await _assess(team.gql, incident["id"], worker=True)  # a real arq Worker(burst=True)
    assert assessed["status"] == "ASSESSED"
    assert assessed["affected"] == {
        "leads": 3,
        "users": 0,
        "records": 6,
        "categories": [{"category": "LEAD_CONTACT", "subjects": 3, "records": 6}],
    }
    listed = assessed["affectedLeads"]
    assert listed["totalCount"] == 3
    assert {e["node"]["id"] for e in listed["edges"]} <= set(ids)

    again = await _assess(team.gql, incident["id"])  # idempotent: the same answer, the same list
    assert again["affected"] == assessed["affected"]
    assert again["affectedLeads"]["totalCount"] == 3

    # The controller's list of leads to inform: a CSV lead export of exactly those 3.
    exported = (await team.gql.data(EXPORT_AFFECTED, {"input": {"id": incident["id"]}}))["exportAffectedLeads"]
    assert exported["errors"] == [] and exported["job"]["kind"] == "LEAD_EXPORT"
    await run_jobs()
    ready = (await team.gql.data(LEAD_EXPORT, {"id": exported["leadExport"]["id"]}))["leadExport"]
    assert ready["status"] == "READY" and ready["rows"] == 3
    csv_text = (await team.http.get(ready["url"].removeprefix("http://testserver"))).text
    exported_ids = {row.split(",")[0] for row in csv_text.splitlines()[1:]}
    assert exported_ids == {e["node"]["id"] for e in listed["edges"]}


async def test_ip_networks_match_by_cidr_and_sign_ins_count_users(team: Team) -> None:
    from tests.accounts.helpers import LOG_IN

    member, _ = await make_user(team.org, role=Role.MEMBER, email="member@example.com")
    body = await team.gql(
        LOG_IN,
        {"input": {"email": "member@example.com", "password": "correct horse battery staple"}},
        **{"x-forwarded-for": "203.0.113.45"},
    )
    member_session = body["data"]["logIn"]["token"]
    await _leads(team, 4)
    await GraphQLClient(team.http, member_session).data(LEADS, {"first": 2}, **{"x-forwarded-for": "203.0.113.46"})
    await team.gql.data(LEADS, {"first": 4}, **{"x-forwarded-for": "198.51.100.1"})  # outside the network

    incident = await _report(team.gql, ipAddresses=["203.0.113.0/24"])
    assessed = await _assess(team.gql, incident["id"])
    assert assessed["affected"]["leads"] == 2
    assert assessed["affected"]["users"] == 1  # the sign-in into the member's account
    assert assessed["affected"]["records"] == 3
    categories = {c["category"]: c for c in assessed["affected"]["categories"]}
    assert categories["ACCOUNT"] == {"category": "ACCOUNT", "subjects": 1, "records": 1}
    assert categories["LEAD_CONTACT"] == {"category": "LEAD_CONTACT", "subjects": 2, "records": 2}

    # Affected users: the member whose account was signed into, told in the app and by mail (a link, no lead data).
    body = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "AFFECTED_USERS", "message": "We are sorry."}}
    )
    assert body["notifySecurityIncident"]["errors"] == []
    [notice] = body["notifySecurityIncident"]["securityIncident"]["notices"]
    assert notice["audience"] == "AFFECTED_USERS" and notice["recipients"] == 1
    notes = await Notification.filter(kind=NotificationKind.INCIDENT)
    assert [n.user_id for n in notes] == [member.id]
    [mail] = await OutboxMail.filter(kind="INCIDENT")
    assert mail.to_address == "member@example.com"
    assert "We are sorry." in mail.body_text and "http://testserver/" in mail.body_text
    assert "203.0.113" not in mail.body_text and "@example.com" not in mail.body_text

    # An update to the same audience is one more notice, not ALREADY_DONE (`notices` is a list).
    again = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "AFFECTED_USERS", "message": "An update."}}
    )
    assert again["notifySecurityIncident"]["errors"] == []
    notices = again["notifySecurityIncident"]["securityIncident"]["notices"]
    assert [(n["audience"], n["recipients"]) for n in notices] == [("AFFECTED_USERS", 1), ("AFFECTED_USERS", 1)]
    assert await Notification.filter(kind=NotificationKind.INCIDENT, user_id=member.id).count() == 2


async def test_webhook_and_session_scopes(team: Team) -> None:
    """A session id matches that session's reads only; a webhook subscription id matches contact deliveries."""
    from app.audit.services import record
    from app.webhooks.models import WebhookSubscription

    lead = await make_lead(team.org)
    hook = await WebhookSubscription.create(
        organization_id=team.org.id,
        url="https://partner.example/hook",
        events=["LEAD_CREATED"],
        scopes=["leads:read"],
        secret="s" * 32,
    )
    await record(
        "webhook.contact_delivered",
        organization_id=team.org.id,
        webhook_subscription_id=hook.id,
        target_type="Lead",
        target_id=lead.id,  # type: ignore[attr-defined]
    )
    _, other_session = await make_user(team.org, role=Role.VIEWER)
    await GraphQLClient(team.http, other_session).data(LEADS, {"first": 5})
    sessions = await team.gql.data("{ sessions { edges { node { id current } } } }")
    mine = next(e["node"]["id"] for e in sessions["sessions"]["edges"] if e["node"]["current"])
    await team.gql.data(LEADS, {"first": 5})

    incident = await _report(
        team.gql, sessionIds=[mine], webhookSubscriptionIds=[to_global_id("WebhookSubscription", hook.id)]
    )
    assessed = await _assess(team.gql, incident["id"])
    assert assessed["affected"]["leads"] == 1
    assert assessed["affected"]["records"] == 2  # the owner's read and the delivery, not the viewer's read


async def test_bad_input(team: Team) -> None:
    async def errors(**changes: object) -> list[tuple[str, str]]:
        given = report_input(apiTokenIds=[])
        given["scope"]["ipAddresses"] = ["10.0.0.0/8"]
        for key, value in changes.items():
            if key.startswith("scope."):
                given["scope"][key[6:]] = value
            else:
                given[key] = value
        body = await team.gql.data(REPORT, {"input": given})
        return [(e["field"], e["code"]) for e in body["reportSecurityIncident"]["errors"]]

    assert await errors() == []
    assert await errors(**{"scope.ipAddresses": []}) == [("scope", "INVALID_INPUT")]
    assert await errors(**{"scope.ipAddresses": ["not-an-ip"]}) == [("scope.ipAddresses", "INVALID_INPUT")]
    now = dt.datetime.now(dt.UTC)
    assert await errors(windowStart=iso(now), windowEnd=iso(now - dt.timedelta(hours=1))) == [
        ("windowEnd", "INVALID_INPUT")
    ]
    assert await errors(windowStart=iso(now - dt.timedelta(hours=1)), detectedAt=iso(now - dt.timedelta(hours=2))) == [
        ("detectedAt", "INVALID_INPUT")  # detected before anything was exposed
    ]
    assert await errors(description="x" * 10_001) == [("description", "INVALID_INPUT")]
    assert await errors(description="x" * 10_000) == []
    other_org = await make_org("Other")
    stranger, _ = await make_user(other_org)
    foreign_user = to_global_id("User", stranger.id)
    assert await errors(**{"scope.userIds": [foreign_user]}) == [("scope.userIds", "NOT_FOUND")]
    from app.accounts.models import Session
    from app.webhooks.models import WebhookSubscription

    foreign_session = await Session.filter(user_id=stranger.id).first()
    assert foreign_session is not None
    sid = to_global_id("Session", foreign_session.id)
    assert await errors(**{"scope.sessionIds": [sid]}) == [("scope.sessionIds", "NOT_FOUND")]
    hook = await WebhookSubscription.create(
        organization_id=other_org.id, url="https://x.example/h", events=[], scopes=[], secret="s" * 32
    )
    wid = to_global_id("WebhookSubscription", hook.id)
    assert await errors(**{"scope.webhookSubscriptionIds": [wid]}) == [("scope.webhookSubscriptionIds", "NOT_FOUND")]
    assert await errors(**{"scope.apiTokenIds": [foreign_user]}) == [("scope.apiTokenIds", "NOT_FOUND")]
    assert await SecurityIncident.filter(organization_id=other_org.id).count() == 0


async def test_regulator_and_closing(team: Team) -> None:
    incident = await _report(team.gql, ipAddresses=["192.0.2.1"])
    iid = incident["id"]
    assert (await team.gql.data(INCIDENTS, {"filter": {"overdue": True}}))["securityIncidents"]["totalCount"] == 0

    # 73 hours later and nobody told the regulator: overdue, in the list and in the metric.
    await SecurityIncident.filter(id__isnull=False).update(
        regulator_due_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    )
    overdue = (await team.gql.data(INCIDENTS, {"filter": {"overdue": True}}))["securityIncidents"]
    assert overdue["totalCount"] == 1 and overdue["edges"][0]["node"]["overdue"] is True
    metrics = await team.http.get("/metrics")
    assert "quantix_security_incidents_overdue 1.0" in metrics.text

    body = await team.gql.data(CLOSE, {"input": {"id": iid, "summary": "Nothing was read."}})
    assert [(e["field"], e["code"]) for e in body["closeSecurityIncident"]["errors"]] == [
        ("notificationNotRequiredReason", "INVALID_INPUT")
    ]
    body = await team.gql.data(
        CLOSE,
        {"input": {"id": iid, "summary": "Nothing was read.", "notificationNotRequiredReason": "No personal data."}},
    )
    closed = body["closeSecurityIncident"]["securityIncident"]
    assert closed["status"] == "CLOSED" and closed["overdue"] is False
    assert closed["regulatorReport"]["notificationNotRequiredReason"] == "No personal data."
    assert (await team.gql.data(INCIDENTS, {"filter": {"overdue": True}}))["securityIncidents"]["totalCount"] == 0

    second = await _report(team.gql, ipAddresses=["192.0.2.0/28"])
    await _assess(team.gql, second["id"])
    body = await team.gql.data(
        MARK, {"input": {"id": second["id"], "authority": "Datatilsynet", "reference": "DT-2026-1"}}
    )
    marked = body["markRegulatorNotified"]["securityIncident"]
    assert marked["status"] == "NOTIFIED" and marked["regulatorNotifiedAt"] is not None
    report = marked["regulatorReport"]
    assert report["contact"].startswith(("mailto:", "https:"))
    assert report["nature"]["description"] and report["likelyConsequences"] and report["measures"]
    assert report["approximateSubjects"] == {"leads": 0, "users": 0, "total": 0}
    assert report["authority"] == "Datatilsynet"
    again = await team.gql.data(MARK, {"input": {"id": second["id"], "authority": "Datatilsynet"}})
    assert [e["code"] for e in again["markRegulatorNotified"]["errors"]] == ["ALREADY_DONE"]
    body = await team.gql.data(CLOSE, {"input": {"id": second["id"], "summary": "Contained."}})
    assert body["closeSecurityIncident"]["securityIncident"]["status"] == "CLOSED"
    statuses = await team.gql.data(INCIDENTS, {"filter": {"status": "CLOSED"}})
    assert statuses["securityIncidents"]["totalCount"] == 2


async def test_the_steps_follow_open_assessed_notified_closed(team: Team) -> None:
    """The regulator hears of an assessed incident, at a time after its detection; a closed one takes no step."""
    incident = await _report(team.gql, ipAddresses=["192.0.2.0/28"])
    iid, detected = incident["id"], dt.datetime.fromisoformat(incident["detectedAt"])

    async def mark(**given: str) -> list[tuple[str, str]]:
        body = await team.gql.data(MARK, {"input": {"id": iid, "authority": "CNIL", **given}})
        return [(e["field"], e["code"]) for e in body["markRegulatorNotified"]["errors"]]

    assert await mark() == [("id", "INVALID_STATE")]  # OPEN: assess first
    assert (await _assess(team.gql, iid))["status"] == "ASSESSED"
    assert await mark(notifiedAt=iso(detected - dt.timedelta(days=4))) == [("notifiedAt", "INVALID_INPUT")]
    assert await mark(notifiedAt=iso(dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))) == [
        ("notifiedAt", "INVALID_INPUT")
    ]
    assert await mark(notifiedAt=iso(detected + dt.timedelta(minutes=1))) == []
    kept = (await team.gql.data(INCIDENT, {"id": iid}))["securityIncident"]
    assert kept["status"] == "NOTIFIED"
    assert dt.datetime.fromisoformat(kept["regulatorNotifiedAt"]) == detected + dt.timedelta(minutes=1)

    body = await team.gql.data(CLOSE, {"input": {"id": iid, "summary": "Contained."}})
    assert body["closeSecurityIncident"]["errors"] == []
    body = await team.gql.data(
        NOTIFY, {"input": {"id": iid, "audience": "ORGANIZATION_MEMBERS", "message": "Rotate tokens."}}
    )
    assert [(e["field"], e["code"]) for e in body["notifySecurityIncident"]["errors"]] == [("id", "INVALID_STATE")]
    assert await OutboxMail.filter(kind="INCIDENT").count() == 0
    assert (await team.gql.data(INCIDENT, {"id": iid}))["securityIncident"]["notices"] == []
    body = await team.gql.data(ASSESS, {"input": {"id": iid}})
    assert [(e["field"], e["code"]) for e in body["assessSecurityIncident"]["errors"]] == [("id", "INVALID_STATE")]


async def test_members_are_notified_and_notices_carry_no_ip_or_secret(team: Team) -> None:
    await make_user(team.org, role=Role.VIEWER)
    incident = await _report(team.gql, ipAddresses=["192.0.2.9"])
    bad = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "ORGANIZATION_MEMBERS", "message": "From 192.0.2.9"}}
    )
    assert [e["field"] for e in bad["notifySecurityIncident"]["errors"]] == ["message"]
    leaked = "qx_" + "A" * 40
    bad = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "ORGANIZATION_MEMBERS", "message": f"Token {leaked}"}}
    )
    assert [e["field"] for e in bad["notifySecurityIncident"]["errors"]] == ["message"]
    ok = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "ORGANIZATION_MEMBERS", "message": "Rotate tokens."}}
    )
    [notice] = ok["notifySecurityIncident"]["securityIncident"]["notices"]
    assert notice["recipients"] == 2
    assert await OutboxMail.filter(kind="INCIDENT").count() == 2
    # A second notice to the same audience is an update, listed after the first (`notices` is a list).
    again = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "ORGANIZATION_MEMBERS", "message": "All rotated."}}
    )
    assert again["notifySecurityIncident"]["errors"] == []
    notices = again["notifySecurityIncident"]["securityIncident"]["notices"]
    assert [(n["audience"], n["recipients"]) for n in notices] == [("ORGANIZATION_MEMBERS", 2)] * 2
    assert notices[0]["sentAt"] <= notices[1]["sentAt"]
    assert await OutboxMail.filter(kind="INCIDENT").count() == 4


async def test_notice_text_may_name_networks_and_links_but_no_address_or_secret(team: Team) -> None:
    async def problems(message: str) -> list[tuple[str, str]]:
        incident = await _report(team.gql, ipAddresses=["203.0.113.0/24"])
        body = await team.gql.data(
            NOTIFY, {"input": {"id": incident["id"], "audience": "ORGANIZATION_MEMBERS", "message": message}}
        )
        return [(e["field"], e["code"]) for e in body["notifySecurityIncident"]["errors"]]

    for message in (
        "Access came from 203.0.113.0/24",  # the network, as the refusal of a full address asks
        "Access came from 203.0.113.0/24 and 2001:db8::/32.",
        "Read more at https://status.example.com/incidents/2026-12-07-unauthorized-access-to-lead-data",
        "Read more at https://status.example.com/incidents/2026-12-07-unauthorized-access-to-lead-data.",
        "Next: enable-2fa-for-all-admins-and-rotate-api-keys-now",
    ):
        assert await problems(message) == [], message
    for message in (
        "Access came from 192.0.2.9.",  # a full stop ends the address, it does not hide it
        "Access came from 203.0.113.50/24",  # host bits set: it still names .50
        "Access came from 203.0.113.7/32",
        "Access came from 2001:db8::7",
        "Key f1iOf0M4Ip4E19qFh0_hrbdNG6qRjd43BhpfCjkJxU8",  # a random key without a known prefix
        "Key 5bea69f159ff4ec796842959d16a2af5fad6d3b7",
        "Token qx_" + "A" * 40,
    ):
        assert await problems(message) == [("message", "INVALID_INPUT")], message
    mails = await OutboxMail.filter(kind="INCIDENT").order_by("created_at")
    assert any("2026-12-07-unauthorized-access-to-lead-data" in m.body_text for m in mails)


async def test_affected_users_named_by_the_scope_are_told_before_an_assessment(team: Team) -> None:
    """The scope's users are affected from the report on; without users in the scope, the assessment decides."""
    member, member_gql = await team.member(Role.MEMBER)
    await team.member(Role.VIEWER)
    by_ip = await _report(team.gql, ipAddresses=["192.0.2.0/24"])
    body = await team.gql.data(
        NOTIFY, {"input": {"id": by_ip["id"], "audience": "AFFECTED_USERS", "message": "Check your account."}}
    )
    assert [(e["field"], e["code"]) for e in body["notifySecurityIncident"]["errors"]] == [
        ("audience", "INVALID_STATE")
    ]

    incident = await _report(team.gql, userIds=[to_global_id("User", member.id)])
    assert incident["status"] == "OPEN"
    body = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "AFFECTED_USERS", "message": "Change your password."}}
    )
    payload = body["notifySecurityIncident"]
    assert payload["errors"] == []
    assert [(n["audience"], n["recipients"]) for n in payload["securityIncident"]["notices"]] == [("AFFECTED_USERS", 1)]
    seen = (await member_gql.data(NOTIFICATIONS))["notifications"]["edges"]
    assert [(e["node"]["kind"], e["node"]["body"]) for e in seen] == [("INCIDENT", "Change your password.")]
    owner_seen = (await team.gql.data(NOTIFICATIONS))["notifications"]["edges"]
    assert [e["node"]["kind"] for e in owner_seen if e["node"]["kind"] == "INCIDENT"] == []

    # After the assessment the scope's users are still told (the assessment adds those it finds).
    await _assess(team.gql, incident["id"])
    body = await team.gql.data(
        NOTIFY, {"input": {"id": incident["id"], "audience": "AFFECTED_USERS", "message": "What we found."}}
    )
    notices = body["notifySecurityIncident"]["securityIncident"]["notices"]
    assert [n["recipients"] for n in notices] == [1, 1]


@pytest.mark.parametrize("role", [Role.MEMBER, Role.VIEWER])
async def test_only_admins_and_sessions(team: Team, role: Role) -> None:
    incident = await _report(team.gql, ipAddresses=["192.0.2.1"])
    _, other = await team.member(role)
    body = await other(REPORT, {"input": report_input(ipAddresses=["192.0.2.1"])})
    assert error_codes(body) == ["FORBIDDEN"]
    body = await other(INCIDENT, {"id": incident["id"]})
    assert error_codes(body) == ["FORBIDDEN"]
    assert (await other.data("query($id: ID!) { node(id: $id) { id } }", {"id": incident["id"]}))["node"] is None
    _, secret = await _token(team, ["leads:read", "privacy:manage"])
    body = await GraphQLClient(team.http, secret)(INCIDENTS)
    assert error_codes(body) == ["FORBIDDEN"]


async def test_assessment_jobs_are_for_admins(team: Team) -> None:
    incident = await _report(team.gql, ipAddresses=["192.0.2.1"])
    await _assess(team.gql, incident["id"])
    jobs = "{ jobs(filter: {kind: INCIDENT_ASSESSMENT}) { totalCount } }"
    assert (await team.gql.data(jobs))["jobs"]["totalCount"] == 1
    _, member = await team.member(Role.MEMBER)
    assert (await member.data(jobs))["jobs"]["totalCount"] == 0


async def test_another_organisations_incident_is_unknown(team: Team) -> None:
    incident = await _report(team.gql, ipAddresses=["192.0.2.1"])
    other_org = await make_org("Other")
    _, token = await make_user(other_org)
    stranger = GraphQLClient(team.http, token)
    assert (await stranger.data(INCIDENT, {"id": incident["id"]}))["securityIncident"] is None
    body = await stranger.data(ASSESS, {"input": {"id": incident["id"]}})
    assert [(e["field"], e["code"]) for e in body["assessSecurityIncident"]["errors"]] == [("id", "NOT_FOUND")]
    # An assessment reads only its own organisation's trail: the other org's token reads are never counted.
    body = await stranger.data(REPORT, {"input": report_input(ipAddresses=["127.0.0.0/8"])})
    own = body["reportSecurityIncident"]["securityIncident"]
    await team.gql.data(LEADS, {"first": 5})
    await _leads(team, 2)
    await team.gql.data(LEADS, {"first": 5})
    assessed = await _assess(stranger, own["id"])
    assert assessed["affected"]["records"] == 0


async def test_a_list_export_by_a_user_in_scope_affects_exactly_its_leads(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The owner exports 3 of 5 leads (ids kept page by page beside the audit event): those 3 are affected."""
    from app.leads import lead_export

    monkeypatch.setattr(lead_export, "PAGE", 2)
    picked = [await make_lead(team.org, tags=["pick"]) for _ in range(3)]
    await _leads(team, 2)
    started = await team.gql.data(
        "mutation($i: ExportLeadsInput!) { exportLeads(input: $i) { leadExport { id } errors { code } } }",
        {"i": {"format": "CSV", "filter": {"tag": "pick"}, "columns": ["id"]}},
    )
    assert started["exportLeads"]["errors"] == []
    await run_jobs()

    incident = await _report(team.gql, userIds=[to_global_id("User", team.owner.id)])
    assessed = await _assess(team.gql, incident["id"])
    assert assessed["affected"]["leads"] == 3
    assert {e["node"]["id"] for e in assessed["affectedLeads"]["edges"]} == {
        to_global_id("Lead", lead.id)  # type: ignore[attr-defined]
        for lead in picked
    }
