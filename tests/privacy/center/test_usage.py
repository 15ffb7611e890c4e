"""Usage analytics: the report over consented events, Sec-GPC, session duration and device."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Role
from app.privacy.erasure_models import UsageEvent
from app.privacy.usage import device_of
from tests.support import GraphQLClient, make_org, make_user

CONSENT = (
    "mutation($p: ConsentPurpose!, $g: Boolean!) { setConsent(input: {purpose: $p, granted: $g}) { errors { code } } }"
)
RECORD = """
mutation($input: RecordUsageEventInput!) { recordUsageEvent(input: $input) { recorded errors { code } } }"""
RECORD_FIELDS = """
mutation($input: RecordUsageEventInput!) { recordUsageEvent(input: $input) { recorded errors { code field } } }"""
REPORT = """
query($input: UsageReportInput!) { usageReport(input: $input) { key events users sessions } }"""
SESSIONS = "{ sessions { edges { node { durationSeconds device { browser os deviceType } } } } }"
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.0 Mobile/15E148 Safari/604.1"
)
WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"


def _window() -> dict[str, str]:
    now = dt.datetime.now(dt.UTC)
    return {"since": (now - dt.timedelta(days=1)).isoformat(), "until": (now + dt.timedelta(hours=1)).isoformat()}


async def _event(gql: GraphQLClient, path: str, referrer: str = "", **headers: str) -> bool:
    body = await gql.data(RECORD, {"input": {"name": "page_view", "path": path, "referrer": referrer}}, **headers)
    return body["recordUsageEvent"]["recorded"]


async def test_report_groups_consented_events_and_gpc_stores_nothing(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, admin_token = await make_user(org, role=Role.ADMIN)
    _, member_token = await make_user(org, role=Role.MEMBER)
    _, refuser_token = await make_user(org, role=Role.MEMBER)
    admin, member, refuser = (GraphQLClient(client, t) for t in (admin_token, member_token, refuser_token))
    for gql in (admin, member):
        assert (await gql.data(CONSENT, {"p": "ANALYTICS", "g": True}))["setConsent"]["errors"] == []

    assert await _event(admin, "/leads", "https://www.google.com/search?q=x", **{"user-agent": WINDOWS})
    assert await _event(admin, "/leads", **{"user-agent": WINDOWS})
    assert await _event(member, "/deals", **{"user-agent": IPHONE})
    assert not await _event(member, "/leads", **{"sec-gpc": "1"})  # GPC wins over consent
    assert not await _event(refuser, "/leads")  # no consent
    assert await UsageEvent.filter(organization_id=org.id).count() == 3

    pages = (await admin.data(REPORT, {"input": {**_window(), "groupBy": "PAGE"}}))["usageReport"]
    assert pages == [
        {"key": "/leads", "events": 2, "users": 1, "sessions": 1},
        {"key": "/deals", "events": 1, "users": 1, "sessions": 1},
    ]
    referrers = (await admin.data(REPORT, {"input": {**_window(), "groupBy": "REFERRER"}}))["usageReport"]
    assert {r["key"]: r["events"] for r in referrers} == {"(direct)": 2, "www.google.com": 1}
    days = (await admin.data(REPORT, {"input": {**_window(), "groupBy": "DAY"}}))["usageReport"]
    assert sum(r["events"] for r in days) == 3
    devices = (await admin.data(REPORT, {"input": {**_window(), "groupBy": "DEVICE"}}))["usageReport"]
    assert {r["key"] for r in devices} == {"Chrome / Windows / desktop", "Mobile Safari / iOS / mobile"}

    # a withdrawal takes the member's events out of the report
    await member.data(CONSENT, {"p": "ANALYTICS", "g": False})
    pages = (await admin.data(REPORT, {"input": {**_window(), "groupBy": "PAGE"}}))["usageReport"]
    assert [r["key"] for r in pages] == ["/leads"]
    # members cannot read the report
    denied = await member(REPORT, {"input": {**_window(), "groupBy": "PAGE"}})
    assert denied.get("errors")


async def test_session_duration_and_device(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    edges = (await GraphQLClient(client, token).data(SESSIONS))["sessions"]["edges"]
    sessions = [e["node"] for e in edges]
    assert sessions and sessions[0]["durationSeconds"] >= 0
    assert set(sessions[0]["device"]) == {"browser", "os", "deviceType"}
    assert device_of(IPHONE).device_type == "mobile" and device_of(WINDOWS).device_type == "desktop"
    assert device_of(None).device_type == "other"


async def test_names_take_200_and_referrers_2048_characters(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §6: "names 200, …, URLs 2,048 characters"; a referrer is a URL, whatever its field is called."""
    _, token = await make_user()
    gql = GraphQLClient(client, token)
    await gql.data(CONSENT, {"p": "ANALYTICS", "g": True})
    referrer = "https://example.com/" + "x" * (2_048 - 20)  # kept whole: a page, no query string
    taken = await gql.data(RECORD_FIELDS, {"input": {"name": "n" * 200, "path": "/leads", "referrer": referrer}})
    assert taken["recordUsageEvent"] == {"recorded": True, "errors": []}
    stored = await UsageEvent.get()
    assert (stored.name, stored.referrer) == ("n" * 200, referrer)
    for field, value in (("name", "n" * 201), ("referrer", referrer + "x")):
        refused = await gql.data(
            RECORD_FIELDS, {"input": {"name": "page_view", "path": "/leads", "referrer": "", field: value}}
        )
        assert refused["recordUsageEvent"] == {"recorded": False, "errors": [{"code": "INVALID_INPUT", "field": field}]}


async def test_pages_and_referrers_are_kept_without_query_string_or_fragment(client) -> None:  # type: ignore[no-untyped-def]
    """A query string or fragment carries what was searched or filtered (an email, a name, a token): usage
    analytics keep the page without it, and report older rows stored with one without it too."""
    org = await make_org()
    admin, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    await gql.data(CONSENT, {"p": "ANALYTICS", "g": True})
    assert await _event(
        gql, "/leads?email=lead0@x.test#row-3", "https://ana:secret@crm.example/leads?email=lead0@x.test"
    )
    stored = await UsageEvent.get()
    assert (stored.path, stored.referrer) == ("/leads", "https://crm.example/leads")

    await UsageEvent.create(  # stored before pages were kept without their query string
        user_id=admin.id,
        organization_id=org.id,
        name="page_view",
        path="/leads?phone=%2B351912",
        referrer="/deals?q=Ana",
    )
    pages = (await gql.data(REPORT, {"input": {**_window(), "groupBy": "PAGE"}}))["usageReport"]
    assert pages == [{"key": "/leads", "events": 2, "users": 1, "sessions": 1}]
    referrers = (await gql.data(REPORT, {"input": {**_window(), "groupBy": "REFERRER"}}))["usageReport"]
    assert {r["key"] for r in referrers} == {"crm.example", "/deals"}
