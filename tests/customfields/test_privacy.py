"""Personal custom values follow the privacy engines with the built-in fields: they are in the data map, in the
access export, corrected by a rectification, erased with the lead and expired with their category's rule; and
the CSV import sets custom values from columns named by key."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from io import BytesIO

import httpx
import pytest

from app.accounts.models import Role
from app.customfields.models import LeadCustomAnswerValue, LeadCustomContactValue, LeadCustomPlainValue
from app.leads.models import Lead
from app.privacy.retention import sweep
from schema.relay import pk_of
from tests.customfields.test_custom_fields import LEAD, make_field
from tests.leads.conftest import Team, run_jobs
from tests.leads.test_import import upload
from tests.privacy.requests.helpers import mails_to, submit_and_verify
from tests.support import GraphQLClient, make_org, make_user

APPROVE = """
mutation($input: ApprovePrivacyRequestInput!) {
  approvePrivacyRequest(input: $input) { privacyRequest { id status outcome } errors { field code message } }
}
"""
CREATE_LEAD = """
mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } errors { field code } } }
"""
DATA_MAP = "{ dataMap { model field category encrypted exported } }"


async def _fields_and_lead(team: Team) -> str:
    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_CONTACT")
    await make_field(team.gql, key="hobby", label="Hobby", type="TEXT", personalData=True, category="LEAD_ANSWERS")
    await make_field(team.gql, key="shoe", label="Shoe size", type="NUMBER")
    values = [
        {"key": "nick", "value": "Lenny"},
        {"key": "hobby", "value": "Chess"},
        {"key": "shoe", "value": 39},
    ]
    data = await team.gql.data(
        CREATE_LEAD, {"input": {"fullName": "Lena Lead", "email": "lena@example.com", "customFields": values}}
    )
    assert data["createLead"]["errors"] == []
    return data["createLead"]["lead"]["id"]


async def test_personal_custom_values_are_in_the_data_map(team: Team) -> None:
    entries = (await team.gql.data(DATA_MAP))["dataMap"]
    found = {(e["model"], e["category"]) for e in entries if e["model"].startswith("LeadCustom")}
    assert found == {
        ("LeadCustomContactValue", "LEAD_CONTACT"),
        ("LeadCustomAnswerValue", "LEAD_ANSWERS"),
        ("LeadCustomNoteValue", "LEAD_NOTES"),
    }
    assert all(e["encrypted"] and e["exported"] for e in entries if e["model"].startswith("LeadCustom"))

    # the organisation's own personal fields have their line, the others do not
    await make_field(team.gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_NOTES")
    await make_field(team.gql, key="shoe", label="Shoe", type="NUMBER")
    query = "{ dataMap { model field category encrypted exported exportLabel correctable retention } }"
    lines = [e for e in (await team.gql.data(query))["dataMap"] if e["field"].startswith("customFields.")]
    assert len(lines) == 1
    assert lines[0]["field"] == "customFields.nick" and lines[0]["category"] == "LEAD_NOTES"
    assert lines[0]["encrypted"] and lines[0]["exported"] and lines[0]["correctable"]
    assert lines[0]["exportLabel"] == "Nickname" and lines[0]["retention"]
    _, other = await make_user(await make_org("Other"), role=Role.OWNER)
    theirs = (await GraphQLClient(team.http, other).data(query))["dataMap"]
    assert not [e for e in theirs if e["field"].startswith("customFields.")]


async def test_access_export_holds_the_personal_custom_values(client: httpx.AsyncClient, team: Team) -> None:
    await _fields_and_lead(team)
    request = await submit_and_verify(GraphQLClient(client), team.org.slug, "lena@example.com", "ACCESS")
    approved = await team.gql.data(APPROVE, {"input": {"id": request["id"]}})
    assert approved["approvePrivacyRequest"]["errors"] == []
    await run_jobs()
    mails = await mails_to("lena@example.com", "privacy.completed")
    url = re.search(r"http://testserver(/exports/\S+)", mails[0].body_text).group(1)  # type: ignore[union-attr]
    archive = zipfile.ZipFile(BytesIO((await client.get(url)).content))
    contact = json.loads(archive.read("lead_contact.json"))
    answers = json.loads(archive.read("lead_answers.json"))
    assert {"key": "nick", "value": "Lenny"} in [r.get("Custom field") for r in contact]
    assert {"key": "hobby", "value": "Chess"} in [r.get("Custom field") for r in answers]


async def test_rectification_corrects_a_personal_custom_value(client: httpx.AsyncClient, team: Team) -> None:
    lead_id = await _fields_and_lead(team)
    request = await submit_and_verify(GraphQLClient(client), team.org.slug, "lena@example.com", "RECTIFICATION")
    bad = await team.gql.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "custom.shoe", "value": "40"}]}}
    )
    assert bad["approvePrivacyRequest"]["errors"][0]["code"] == "INVALID_INPUT"  # not personal data
    body = await team.gql.data(
        APPROVE, {"input": {"id": request["id"], "corrections": [{"field": "custom.nick", "value": "Lena"}]}}
    )
    done = body["approvePrivacyRequest"]["privacyRequest"]
    assert done["status"] == "COMPLETED" and done["outcome"]["corrected"] == ["custom.nick"]
    values = {
        v["field"]["key"]: v["value"] for v in (await team.gql.data(LEAD, {"id": lead_id}))["lead"]["customFields"]
    }
    assert values["nick"] == "Lena"
    found = await team.gql.data('query { leads(filter: {customField: {key: "nick", equals: "Lena"}}) { totalCount } }')
    assert found["leads"]["totalCount"] == 1


async def test_erasure_removes_every_custom_value_of_the_lead(team: Team) -> None:
    lead_id = await _fields_and_lead(team)
    data = await team.gql.data(
        "mutation($input: DeleteLeadInput!) { deleteLead(input: $input) { deletedLeadId outcome errors { code } } }",
        {"input": {"id": lead_id}},
    )
    assert data["deleteLead"]["deletedLeadId"] == lead_id
    categories = {c["category"]: c["erased"] for c in data["deleteLead"]["outcome"]["categories"]}
    assert categories["LEAD_CONTACT"] >= 2 and categories["LEAD_ANSWERS"] >= 1
    for model in (LeadCustomContactValue, LeadCustomAnswerValue, LeadCustomPlainValue):
        assert await model.all().count() == 0


async def test_retention_expires_custom_values_with_their_category(team: Team) -> None:
    lead_id = await _fields_and_lead(team)
    pk = pk_of(lead_id, "Lead")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
    await Lead.filter(id=pk).update(last_activity_at=old, updated_at=old, created_at=old)
    rule = "mutation($input: SetRetentionRuleInput!) { setRetentionRule(input: $input) { errors { code } } }"
    set_rule = await team.gql.data(rule, {"input": {"category": "LEAD_ANSWERS", "days": 30, "action": "DELETE"}})
    assert set_rule["setRetentionRule"]["errors"] == []
    await sweep(team.org.id)
    assert await LeadCustomAnswerValue.all().count() == 0  # expired with LEAD_ANSWERS
    assert await LeadCustomContactValue.all().count() == 1  # LEAD_CONTACT keeps its own (default) rule
    assert await LeadCustomPlainValue.all().count() == 1
    assert await Lead.filter(id=pk).exists()


@pytest.mark.sqlite
async def test_import_sets_custom_values_from_columns_named_by_key(team: Team) -> None:
    await make_field(team.gql, key="budget", label="Budget", type="NUMBER")
    await make_field(team.gql, key="colors", label="Colours", type="MULTI_SELECT", options=["red", "blue"])
    await make_field(team.gql, key="nick", label="Nick", type="TEXT", personalData=True, category="LEAD_NOTES")
    _, token = await make_user(team.org, role=Role.MEMBER)
    csv_text = (
        b"fullName,email,phone,budget,custom.colors,nick,unrelated\n"
        b"Ana Lima,ana@example.com,,1200,red;blue,Annie,x\n"
        b"Bad Budget,bb@example.com,,lots,,,\n"
        b"Bad Colour,bc@example.com,,,pink,,\n"
        b"No Values,nv@example.com,,,,,\n"
        b"Huge Budget,hb@example.com,,1000000000000000000000000000000,,,\n"
    )
    body = await upload(team, csv_text, token)
    assert body["data"]["importLeads"]["errors"] == []
    await run_jobs()
    job = await team.gql.data(
        "query($id: ID!) { job(id: $id) { result } }", {"id": body["data"]["importLeads"]["job"]["id"]}
    )
    rows = job["job"]["result"]["rows"]
    assert [(r["line"], r["field"], r["code"]) for r in rows] == [
        (3, "customFields.budget", "INVALID_INPUT"),
        (4, "customFields.colors", "INVALID_INPUT"),
        (6, "customFields.budget", "INVALID_INPUT"),  # one row refused, not the whole job failed
    ]
    leads = await team.gql.data("{ leads { edges { node { fullName customFields { field { key } value } } } } }")
    got = {
        e["node"]["fullName"]: {v["field"]["key"]: v["value"] for v in e["node"]["customFields"]}
        for e in leads["leads"]["edges"]
    }
    assert got == {"Ana Lima": {"budget": 1200, "colors": ["red", "blue"], "nick": "Annie"}, "No Values": {}}
