"""Custom fields over GraphQL: definitions (ADMIN, key rules, limit), typed values on leads, exact-match filters
(blind-indexed for personal fields) and the encryption of personal values at rest."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import Tortoise

from app.accounts.models import Role
from app.customfields.models import CustomField, CustomFieldType
from tests.leads.conftest import Team, create_lead
from tests.support import GraphQLClient, error_codes

CREATE_FIELD = """
mutation($input: CreateCustomFieldInput!) {
  createCustomField(input: $input) {
    customField { id key label type options personalData category }
    errors { field code message }
  }
}
"""
UPDATE_FIELD = """
mutation($input: UpdateCustomFieldInput!) {
  updateCustomField(input: $input) { customField { id key label options personalData category } errors { field code } }
}
"""
DELETE_FIELD = """
mutation($input: DeleteCustomFieldInput!) {
  deleteCustomField(input: $input) { customField { id key label } deletedId errors { field code } }
}
"""
FIELDS = "{ customFields { key type } }"
CREATE_LEAD = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id customFields { field { key } value } }
    errors { field code message }
  }
}
"""
UPDATE_LEAD = """
mutation($input: UpdateLeadInput!) {
  updateLead(input: $input) { lead { id customFields { field { key } value } } errors { field code message } }
}
"""
LEADS = """
query($filter: LeadFilter) { leads(filter: $filter, first: 50) { totalCount edges { node { fullName } } } }
"""
LEAD = "query($id: ID!) { lead(id: $id) { customFields { field { key type } value } } }"


async def make_field(gql: GraphQLClient, **values: Any) -> dict[str, Any]:
    data = await gql.data(CREATE_FIELD, {"input": values})
    assert data["createCustomField"]["errors"] == [], data
    return data["createCustomField"]["customField"]


async def _field_error(gql: GraphQLClient, **values: Any) -> tuple[str, str]:
    data = await gql.data(CREATE_FIELD, {"input": values})
    errors = data["createCustomField"]["errors"]
    assert data["createCustomField"]["customField"] is None and len(errors) == 1, data
    return errors[0]["field"], errors[0]["code"]


async def _names(gql: GraphQLClient, flt: dict[str, Any]) -> list[str]:
    data = await gql.data(LEADS, {"filter": flt})
    return sorted(e["node"]["fullName"] for e in data["leads"]["edges"])


@pytest.mark.sqlite
async def test_definitions_follow_the_key_and_category_rules(team: Team) -> None:
    field = await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    assert field["personalData"] is False and field["category"] is None and field["options"] is None
    assert await _field_error(team.gql, key="budget", label="Again", type="TEXT") == ("key", "INVALID_INPUT")
    for bad in ("Budget", "1st", "_x", "a" * 64, "with-dash", "nl\n", "", "email", "id", "tags", "status", "phone"):
        assert await _field_error(team.gql, key=bad, label="X", type="TEXT") == ("key", "INVALID_INPUT"), bad
    assert await _field_error(team.gql, key="a" * 63, label="", type="TEXT") == ("label", "INVALID_INPUT")
    # category exactly when personal; options exactly for selects
    assert await _field_error(team.gql, key="nick", label="Nick", type="TEXT", personalData=True) == (
        "category",
        "INVALID_INPUT",
    )
    assert await _field_error(team.gql, key="nick", label="Nick", type="TEXT", category="LEAD_NOTES") == (
        "category",
        "INVALID_INPUT",
    )
    assert await _field_error(
        team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="MESSAGES"
    ) == ("category", "INVALID_INPUT")
    assert await _field_error(team.gql, key="size", label="Size", type="SELECT") == ("options", "INVALID_INPUT")
    assert await _field_error(team.gql, key="size", label="Size", type="TEXT", options=["a"]) == (
        "options",
        "INVALID_INPUT",
    )
    nick = await make_field(team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="LEAD_NOTES")
    assert nick["category"] == "LEAD_NOTES"

    # key and type are fixed; label and options change
    moved = await team.gql.data(UPDATE_FIELD, {"input": {"id": field["id"], "key": "money"}})
    assert moved["updateCustomField"]["errors"] == [{"field": "key", "code": "INVALID_INPUT"}]
    retyped = await team.gql.data(UPDATE_FIELD, {"input": {"id": field["id"], "type": "TEXT"}})
    assert retyped["updateCustomField"]["errors"] == [{"field": "type", "code": "INVALID_INPUT"}]
    relabelled = await team.gql.data(UPDATE_FIELD, {"input": {"id": field["id"], "label": "Yearly budget"}})
    assert relabelled["updateCustomField"]["customField"]["label"] == "Yearly budget"
    assert [f["key"] for f in (await team.gql.data(FIELDS))["customFields"]] == ["budget", "nick"]
    from app.audit.models import AuditEvent

    actions = await AuditEvent.filter(target_type="CustomField").order_by("created_at").values_list("action", flat=True)
    assert actions == ["custom_field.created", "custom_field.created", "custom_field.updated"]


async def test_only_admins_define_fields_and_viewers_read_them(team: Team) -> None:
    _, member = await team.member(Role.MEMBER)
    body = await member(CREATE_FIELD, {"input": {"key": "x", "label": "X", "type": "TEXT"}})
    assert error_codes(body) == ["FORBIDDEN"]
    _, admin = await team.member(Role.ADMIN)
    await make_field(admin, key="x", label="X", type="TEXT")
    _, viewer = await team.member(Role.VIEWER)
    assert (await viewer.data(FIELDS))["customFields"] == [{"key": "x", "type": "TEXT"}]


async def test_the_hundred_and_first_field_is_refused(team: Team) -> None:
    await CustomField.bulk_create(
        [
            CustomField(organization_id=team.org.id, key=f"f{i}", label=f"F{i}", type=CustomFieldType.TEXT)
            for i in range(100)
        ]
    )
    assert await _field_error(team.gql, key="one_more", label="One more", type="TEXT") == ("key", "INVALID_INPUT")


@pytest.mark.sqlite
async def test_values_are_typed_and_cleared_with_null(team: Team) -> None:
    await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    await make_field(team.gql, key="visit", label="Visit", type="DATE")
    await make_field(team.gql, key="vip", label="VIP", type="BOOLEAN")
    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M", "L"])
    await make_field(team.gql, key="colors", label="Colours", type="MULTI_SELECT", options=["red", "blue", "green"])
    await make_field(team.gql, key="site", label="Site", type="URL")
    await make_field(team.gql, key="work_email", label="Work email", type="EMAIL")
    await make_field(team.gql, key="mobile", label="Mobile", type="PHONE", personalData=True, category="LEAD_CONTACT")
    values = [
        {"key": "budget", "value": 1500.5},
        {"key": "visit", "value": "2026-12-24"},
        {"key": "vip", "value": True},
        {"key": "size", "value": "M"},
        {"key": "colors", "value": ["red", "green"]},
        {"key": "site", "value": "https://example.com/a"},
        {"key": "work_email", "value": "ada@work.example"},
        {"key": "mobile", "value": "+1 415 555 0100"},
    ]
    data = await team.gql.data(
        CREATE_LEAD, {"input": {"fullName": "Typed", "email": "typed@example.com", "customFields": values}}
    )
    assert data["createLead"]["errors"] == []
    got = {v["field"]["key"]: v["value"] for v in data["createLead"]["lead"]["customFields"]}
    assert got == {
        "budget": 1500.5,
        "visit": "2026-12-24",
        "vip": True,
        "size": "M",
        "colors": ["red", "green"],
        "site": "https://example.com/a",
        "work_email": "ada@work.example",
        "mobile": "+14155550100",  # PHONE stored as E.164
    }
    lead_id = data["createLead"]["lead"]["id"]

    wrong = [
        ("budget", "12"),
        ("budget", True),
        ("budget", 10**30),  # beyond what a JSON column holds: refused, not an internal error
        ("budget", -(2**63)),
        ("visit", "24/12/2026"),
        ("visit", "2026-02-30"),
        ("vip", "yes"),
        ("size", "XL"),
        ("colors", "red"),
        ("colors", ["red", "pink"]),
        ("site", "ftp://example.com"),
        ("work_email", "not-an-email"),
        ("mobile", "call me"),
        ("unknown_key", "x"),
    ]
    for key, value in wrong:
        given = {"id": lead_id, "customFields": [{"key": key, "value": value}]}
        body = await team.gql.data(UPDATE_LEAD, {"input": given})
        assert body["updateLead"]["errors"][0]["field"] == f"customFields.{key}", (key, value)
        assert body["updateLead"]["errors"][0]["code"] == "INVALID_INPUT"
    # nothing changed by the refused updates, null clears
    cleared = await team.gql.data(
        UPDATE_LEAD, {"input": {"id": lead_id, "customFields": [{"key": "budget", "value": None}]}}
    )
    keys = [v["field"]["key"] for v in cleared["updateLead"]["lead"]["customFields"]]
    assert "budget" not in keys and "size" in keys and len(keys) == 7


@pytest.mark.sqlite
async def test_a_refused_value_stores_no_lead(team: Team) -> None:
    await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    data = await team.gql.data(
        CREATE_LEAD,
        {"input": {"fullName": "No", "email": "no@example.com", "customFields": [{"key": "budget", "value": "x"}]}},
    )
    assert data["createLead"]["errors"][0]["field"] == "customFields.budget"
    assert (await team.gql.data(LEADS))["leads"]["totalCount"] == 0


async def _lead_with(gql: GraphQLClient, name: str, values: list[dict[str, Any]]) -> str:
    email = f"{name.lower()}@example.com"
    data = await gql.data(CREATE_LEAD, {"input": {"fullName": name, "email": email, "customFields": values}})
    assert data["createLead"]["errors"] == [], data
    return data["createLead"]["lead"]["id"]


@pytest.mark.sqlite
async def test_exact_match_filters_plain_and_personal_fields(team: Team) -> None:
    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M", "L"])
    await make_field(team.gql, key="colors", label="Colours", type="MULTI_SELECT", options=["red", "blue", "green"])
    await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(
        team.gql, key="work_email", label="Work email", type="EMAIL", personalData=True, category="LEAD_CONTACT"
    )
    await _lead_with(
        team.gql,
        "Ann",
        [
            {"key": "size", "value": "M"},
            {"key": "colors", "value": ["red", "blue"]},
            {"key": "budget", "value": 10},
            {"key": "nick", "value": "Annie"},
            {"key": "work_email", "value": "Ann@Work.example"},
        ],
    )
    await _lead_with(
        team.gql,
        "Bob",
        [{"key": "size", "value": "L"}, {"key": "colors", "value": ["blue"]}, {"key": "nick", "value": "Bobby"}],
    )
    await _lead_with(team.gql, "Cid", [])

    def by(key: str, equals: Any) -> dict[str, Any]:
        return {"customField": {"key": key, "equals": equals}}

    assert await _names(team.gql, by("size", "M")) == ["Ann"]
    assert await _names(team.gql, by("colors", "blue")) == ["Ann", "Bob"]  # MULTI_SELECT: contains
    assert await _names(team.gql, by("colors", "green")) == []
    assert await _names(team.gql, by("budget", 10.0)) == ["Ann"]  # the same number, however written
    assert await _names(team.gql, by("nick", "Bobby")) == ["Bob"]  # personal: through the blind index
    assert await _names(team.gql, by("nick", "Bob")) == []  # exact match only
    assert await _names(team.gql, by("work_email", "ann@work.example")) == ["Ann"]
    assert await _names(team.gql, {**by("colors", "blue"), "search": "bob"}) == ["Bob"]  # ANDed
    # an unknown key or a wrong type is a GraphQL error INVALID_INPUT
    assert error_codes(await team.gql(LEADS, {"filter": by("nope", "x")})) == ["INVALID_INPUT"]
    assert error_codes(await team.gql(LEADS, {"filter": by("budget", "ten")})) == ["INVALID_INPUT"]


async def test_personal_values_are_sealed_at_rest_and_plain_ones_are_not(team: Team) -> None:
    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_ANSWERS")
    await make_field(team.gql, key="shoe", label="Shoe", type="TEXT")
    await _lead_with(
        team.gql, "Dee", [{"key": "nick", "value": "Sekrit-Nickname"}, {"key": "shoe", "value": "Plain-Shoe"}]
    )
    conn = Tortoise.get_connection("default")
    dump = ""
    for table in (
        "lead_custom_contact_value",
        "lead_custom_answer_value",
        "lead_custom_note_value",
        "lead_custom_plain_value",
    ):
        _, rows = await conn.execute_query(f'SELECT * FROM "{table}"')
        dump += repr([dict(r) for r in rows])
    assert "Sekrit-Nickname" not in dump and "Plain-Shoe" in dump


@pytest.mark.sqlite
async def test_deleting_a_field_removes_its_values(team: Team) -> None:
    field = await make_field(team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="LEAD_NOTES")
    lead_id = await _lead_with(team.gql, "Eve", [{"key": "nick", "value": "Evie"}])
    data = await team.gql.data(DELETE_FIELD, {"input": {"id": field["id"]}})
    shown = {"id": field["id"], "key": "nick", "label": "Nick"}  # SPEC §6: the entity, here as it was
    assert data["deleteCustomField"] == {"customField": shown, "deletedId": field["id"], "errors": []}
    assert (await team.gql.data(LEAD, {"id": lead_id}))["lead"]["customFields"] == []
    again = await team.gql.data(DELETE_FIELD, {"input": {"id": field["id"]}})
    assert again["deleteCustomField"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert again["deleteCustomField"]["customField"] is None


@pytest.mark.sqlite
async def test_reclassifying_a_field_keeps_its_values(team: Team) -> None:
    field = await make_field(team.gql, key="nick", label="Nick", type="TEXT")
    lead_id = await _lead_with(team.gql, "Fay", [{"key": "nick", "value": "Fifi"}])
    data = await team.gql.data(
        UPDATE_FIELD, {"input": {"id": field["id"], "personalData": True, "category": "LEAD_CONTACT"}}
    )
    assert data["updateCustomField"]["customField"]["category"] == "LEAD_CONTACT"
    values = (await team.gql.data(LEAD, {"id": lead_id}))["lead"]["customFields"]
    assert [v["value"] for v in values] == ["Fifi"]
    assert await _names(team.gql, {"customField": {"key": "nick", "equals": "Fifi"}}) == ["Fay"]


async def test_tokens_need_lead_scopes_for_custom_values(team: Team) -> None:
    """SPEC §7.7: custom values are leads:read / leads:write; the fields themselves are settings, which are for
    sessions only (FORBIDDEN for tokens)."""
    from tests.leads.test_dedupe_and_access import _token

    field = await make_field(team.gql, key="shoe", label="Shoe", type="TEXT")
    lead = await create_lead(team.gql, fullName="Gil", email="gil@example.com")
    writer = await _token(team, ["leads:write"])
    given = {"id": lead["id"], "customFields": [{"key": "shoe", "value": "9"}]}
    body = await writer.data(UPDATE_LEAD, {"input": given})
    assert body["updateLead"]["errors"] == []
    settings = [
        (CREATE_FIELD, {"key": "hat", "label": "Hat", "type": "TEXT"}),
        (UPDATE_FIELD, {"id": field["id"], "label": "Shoe size"}),
        (DELETE_FIELD, {"id": field["id"]}),
    ]
    for document, variables in settings:
        assert error_codes(await writer(document, {"input": variables})) == ["FORBIDDEN"], document
    reader = await _token(team, ["leads:read"])
    assert (await reader.data(FIELDS))["customFields"] == [{"key": "shoe", "type": "TEXT"}]
    campaigns = await _token(team, ["campaigns:read"])
    assert error_codes(await campaigns(FIELDS)) == ["FORBIDDEN"]


async def test_reading_personal_contact_values_is_audited(team: Team) -> None:
    from app.audit.models import AuditEvent

    await make_field(team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(team.gql, key="shoe", label="Shoe", type="TEXT")
    contact = await _lead_with(team.gql, "Hal", [{"key": "nick", "value": "Hally"}])
    plain = await _lead_with(team.gql, "Ivy", [{"key": "shoe", "value": "7"}])
    await AuditEvent.filter(action="lead.contact_read").delete()
    query = "query($id: ID!) { lead(id: $id) { customFields { value } } }"
    await team.gql.data(query, {"id": plain})
    assert await AuditEvent.filter(action="lead.contact_read").count() == 0
    await team.gql.data(query, {"id": contact})
    assert await AuditEvent.filter(action="lead.contact_read").count() == 1


async def test_bulk_updates_follow_a_custom_field_filter(team: Team) -> None:
    """A bulk update by a custom-field filter changes the matching leads only (the condition is sealed on the
    job and read back when it starts; a filter that lost it would touch every lead)."""
    from tests.leads.conftest import run_jobs

    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M"])
    await _lead_with(team.gql, "Ann", [{"key": "nick", "value": "Annie"}, {"key": "size", "value": "M"}])
    await _lead_with(team.gql, "Bob", [{"key": "nick", "value": "Bobby"}, {"key": "size", "value": "S"}])
    bulk = """mutation($i: BulkUpdateLeadsInput!) { bulkUpdateLeads(input: $i) { errors { field code } } }"""
    for flt, tag in (({"key": "nick", "equals": "Annie"}, "personal"), ({"key": "size", "equals": "S"}, "plain")):
        done = await team.gql.data(bulk, {"i": {"filter": {"customField": flt}, "set": {"addTags": [tag]}}})
        assert done["bulkUpdateLeads"]["errors"] == []
        await run_jobs()
    leads = await team.gql.data("{ leads(first: 10) { totalCount edges { node { fullName tags } } } }")
    assert {e["node"]["fullName"]: e["node"]["tags"] for e in leads["leads"]["edges"]} == {
        "Ann": ["personal"],
        "Bob": ["plain"],
    }
    one = '{ leads(filter: {customField: {key: "size", equals: "M"}}) { totalCount } }'
    assert (await team.gql.data(one))["leads"]["totalCount"] == 1  # a counted filter, not the organisation's


@pytest.mark.sqlite
async def test_bulk_update_sets_and_clears_custom_values_checked_sealed_and_only_where_they_differ(
    team: Team,
) -> None:
    from app.audit.models import AuditEvent
    from app.jobs import Job
    from tests.leads.conftest import run_jobs

    await make_field(team.gql, key="size", label="Size", type="SELECT", options=["S", "M"])
    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(team.gql, key="colors", label="Colours", type="MULTI_SELECT", options=["red", "blue"])
    ann = await _lead_with(team.gql, "Ann", [{"key": "size", "value": "M"}, {"key": "nick", "value": "Annie"}])
    bob = await _lead_with(team.gql, "Bob", [{"key": "nick", "value": "Bobby"}])
    bulk = """mutation($i: BulkUpdateLeadsInput!) {
      bulkUpdateLeads(input: $i) { job { id } errors { field code } } }"""
    job = "query($id: ID!) { job(id: $id) { status result } }"

    async def start(values: list[dict[str, Any]]) -> dict[str, Any]:
        body = await team.gql.data(bulk, {"i": {"leadIds": [ann, bob], "set": {"customFields": values}}})
        return body["bulkUpdateLeads"]

    refused = [await start([{"key": "size", "value": "XL"}]), await start([{"key": "nope", "value": 1}])]
    assert [r["errors"] for r in refused] == [
        [{"field": "customFields.size", "code": "INVALID_INPUT"}],
        [{"field": "customFields.nope", "code": "INVALID_INPUT"}],
    ]
    assert not await Job.filter(kind="BULK_UPDATE").exists()

    change = [
        {"key": "size", "value": "M"},
        {"key": "nick", "value": "Pal"},
        {"key": "colors", "value": ["blue", "red"]},
    ]
    started = await start(change)
    assert started["errors"] == []
    conn = Tortoise.get_connection("default")
    raw = (await conn.execute_query_dict('SELECT sealed, payload FROM "job" WHERE kind = $1', ["BULK_UPDATE"]))[0]
    assert "Pal" not in str(raw["sealed"]) and "Pal" not in str(raw["payload"])  # a personal value stays sealed
    await run_jobs()
    assert (await team.gql.data(job, {"id": started["job"]["id"]}))["job"] == {
        "status": "SUCCEEDED",
        "result": {"total": 2, "done": 2, "changed": 2},
    }
    values = await team.gql.data(
        "{ leads(first: 5) { edges { node { fullName customFields { field { key } value } } } } }"
    )
    got = {
        e["node"]["fullName"]: {v["field"]["key"]: v["value"] for v in e["node"]["customFields"]}
        for e in values["leads"]["edges"]
    }
    assert got == {n: {"size": "M", "nick": "Pal", "colors": ["blue", "red"]} for n in ("Ann", "Bob")}
    assert await AuditEvent.filter(action="lead.bulk_updated").count() == 2

    again = await start([{"key": "size", "value": "M"}, {"key": "nick", "value": None}])  # Ann and Bob hold M
    await run_jobs()
    assert (await team.gql.data(job, {"id": again["job"]["id"]}))["job"]["result"]["changed"] == 2  # nick only
    cleared = await team.gql.data("{ leads(first: 5) { edges { node { customFields { field { key } } } } } }")
    for edge in cleared["leads"]["edges"]:
        assert sorted(v["field"]["key"] for v in edge["node"]["customFields"]) == ["colors", "size"]
    same = await start([{"key": "size", "value": "M"}])
    await run_jobs()
    assert (await team.gql.data(job, {"id": same["job"]["id"]}))["job"]["result"]["changed"] == 0


async def test_an_over_long_value_is_refused_on_its_key_whatever_the_key_says(team: Team) -> None:
    await make_field(team.gql, key="work_email", label="Notes on mail", type="TEXT")  # a TEXT, despite its key

    async def create(value: str) -> list[dict[str, Any]]:
        data = await team.gql.data(
            "mutation($i: CreateLeadInput!) { createLead(input: $i) { errors { field code } } }",
            {
                "i": {
                    "fullName": "Kim",
                    "email": "kim@example.com",
                    "customFields": [{"key": "work_email", "value": value}],
                }
            },
        )
        return data["createLead"]["errors"]

    assert await create("x" * 1001) == [{"field": "customFields.work_email", "code": "INVALID_INPUT"}]
    assert await create("x" * 1000) == []  # other strings take 1,000 (SPEC §6), not an email's 320
