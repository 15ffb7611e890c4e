"""Lead Ads form mapping: the emulator serves the form's questions, an ADMIN maps them, new leads of the form follow
the mapping (custom fields included), and an answer mapped to IGNORE is nowhere: not in the lead, not in any text
column of the database (decrypted), not in the logs; it still counts for the age rule."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from app.accounts.api_tokens import create_token
from app.accounts.models import Membership, Role
from app.security.crypto import decrypt
from app.security.fields import looks_encrypted
from app.tombstones.models import ErasureTombstone, TombstoneReason
from tests.customfields.test_custom_fields import make_field
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain
from tests.support import GraphQLClient, error_codes, make_user

FORMS = """{ leadForms(first: 10) { edges { node {
  id metaId questions { key label type } mapping { question target customFieldKey } } } } }"""
SET = """
mutation($input: SetLeadFormMappingInput!) {
  setLeadFormMapping(input: $input) {
    leadForm { id mapping { question target customFieldKey } }
    errors { field code message }
  }
}
"""
LEADS = """{ leads(first: 20) { edges { node { fullName email phone answers { question values }
  customFields { field { key } value } } } } }"""
SECRET = "Secret-Treatment-Answer"


async def _setup(client: httpx.AsyncClient, meta: FakeMeta) -> tuple[GraphQLClient, dict[str, Any]]:
    _, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    await drain()
    forms = {e["node"]["metaId"]: e["node"] for e in (await gql.data(FORMS))["leadForms"]["edges"]}
    return gql, forms


async def _text_dump() -> str:
    """Every text-like column of every table, decrypted where sealed."""
    conn = Tortoise.get_connection("default")
    _, tables = await conn.execute_query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND data_type IN ('text', 'character varying', 'jsonb', 'json')"
    )
    out: list[str] = []
    for row in tables:
        _, values = await conn.execute_query(f'SELECT "{row["column_name"]}"::text AS v FROM "{row["table_name"]}"')
        for value in values:
            text = value["v"]
            if text is None:
                continue
            out.append(decrypt(text) if looks_encrypted(text) else text)
    return "\n".join(out)


async def test_the_form_serves_its_questions_and_admins_map_them(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, forms = await _setup(client, meta)
    form = forms[meta.FORM_ID]
    assert [q["key"] for q in form["questions"]] == [
        "full_name",
        "email",
        "phone_number",
        "which_treatment_are_you_interested_in?",
    ]
    assert form["mapping"] == []
    await make_field(gql, key="treatment", label="Treatment", type="TEXT")

    async def refused(mappings: list[dict[str, Any]]) -> list[str]:
        data = await gql.data(SET, {"input": {"formId": form["id"], "mappings": mappings}})
        assert data["setLeadFormMapping"]["leadForm"] is None
        return [e["field"] for e in data["setLeadFormMapping"]["errors"]]

    assert await refused([{"question": "nope", "target": "IGNORE"}]) == ["mappings.0.question"]
    assert await refused([{"question": "email", "target": "CUSTOM_FIELD"}]) == ["mappings.0.customFieldKey"]
    assert await refused([{"question": "email", "target": "EMAIL", "customFieldKey": "treatment"}]) == [
        "mappings.0.customFieldKey"
    ]
    assert await refused([{"question": "email", "target": "CUSTOM_FIELD", "customFieldKey": "nope"}]) == [
        "mappings.0.customFieldKey"
    ]
    assert await refused([{"question": "email", "target": "EMAIL"}, {"question": "email", "target": "IGNORE"}]) == [
        "mappings.1.question"
    ]
    mapping = [
        {"question": "email", "target": "EMAIL", "customFieldKey": None},
        {"question": "which_treatment_are_you_interested_in?", "target": "CUSTOM_FIELD", "customFieldKey": "treatment"},
    ]
    data = await gql.data(SET, {"input": {"formId": form["id"], "mappings": mapping}})
    assert data["setLeadFormMapping"]["errors"] == []
    assert data["setLeadFormMapping"]["leadForm"]["mapping"] == mapping
    org = await _org_of(gql)
    _, member_token = await make_user(org, role=Role.MEMBER)
    member = GraphQLClient(client, member_token)
    assert error_codes(await member(SET, {"input": {"formId": form["id"], "mappings": []}})) == ["FORBIDDEN"]
    # SPEC §7.7: a mapping is a setting, for sessions only, whatever a token's scopes.
    owner = await Membership.get(organization=org, role=Role.OWNER)
    _, secret = await create_token(
        org.id, owner.user_id, Role.OWNER, name="crm", scopes=["leads:read", "leads:write"], expires_at=None
    )
    token = GraphQLClient(client, secret)
    assert error_codes(await token(SET, {"input": {"formId": form["id"], "mappings": []}})) == ["FORBIDDEN"]


async def _org_of(gql: GraphQLClient) -> Any:
    from app.accounts.models import Organization

    data = await gql.data("{ organization { slug } }")
    return await Organization.get(slug=data["organization"]["slug"])


async def test_new_leads_follow_the_mapping_and_ignored_answers_are_nowhere(
    client: httpx.AsyncClient, meta: FakeMeta, caplog: pytest.LogCaptureFixture
) -> None:
    gql, forms = await _setup(client, meta)
    await make_field(
        gql, key="callback_phone", label="Callback", type="PHONE", personalData=True, category="LEAD_CONTACT"
    )
    form2 = forms[meta.FORM2_ID]
    mapping = [
        {"question": "first_name", "target": "LAST_NAME"},  # the mapping wins over the key's meaning
        {"question": "last_name", "target": "FIRST_NAME"},
        {"question": "phone_number_(eg.65xxxxxxxx)", "target": "CUSTOM_FIELD", "customFieldKey": "callback_phone"},
        {"question": "city", "target": "IGNORE"},
        {"question": "date_of_birth", "target": "IGNORE"},
    ]
    data = await gql.data(SET, {"input": {"formId": form2["id"], "mappings": mapping}})
    assert data["setLeadFormMapping"]["errors"] == []
    lines = (await gql.data("{ dataMap { model field erasure exported retention } }"))["dataMap"]
    ignored = sorted(e["field"] for e in lines if e["erasure"] == "NOT_STORED")
    assert ignored == ["Callback request (DE): city", "Callback request (DE): date_of_birth"]

    caplog.set_level(logging.DEBUG)
    adult = (dt.date.today() - dt.timedelta(days=365 * 30)).isoformat()
    _, response = await meta.deliver_lead(
        client,
        {
            "first_name": ["Berg"],
            "last_name": ["Anna"],
            "phone_number_(eg.65xxxxxxxx)": ["+4915112340077"],
            "date_of_birth": [adult],
            "city": [SECRET],
        },
        form_id=meta.FORM2_ID,
    )
    assert response.status_code == 200
    await drain()
    leads = [e["node"] for e in (await gql.data(LEADS))["leads"]["edges"]]
    assert len(leads) == 1
    lead = leads[0]
    assert lead["fullName"] == "Anna Berg"
    assert lead["phone"] is None  # the phone question went to the custom field
    assert lead["customFields"] == [{"field": {"key": "callback_phone"}, "value": "+4915112340077"}]
    keys = {a["question"] for a in lead["answers"]}
    assert "Stadt" not in keys and "Geburtsdatum" not in keys and "Telefon" not in keys
    assert SECRET not in str(lead)
    assert SECRET not in await _text_dump()
    assert adult not in await _text_dump()
    assert SECRET not in caplog.text


async def test_an_ignored_birth_date_still_keeps_minors_out(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, forms = await _setup(client, meta)
    mapping = [{"question": "date_of_birth", "target": "IGNORE"}]
    data = await gql.data(SET, {"input": {"formId": forms[meta.FORM2_ID]["id"], "mappings": mapping}})
    assert data["setLeadFormMapping"]["errors"] == []
    birth = (dt.date.today() - dt.timedelta(days=365 * 16)).isoformat()
    _, response = await meta.deliver_lead(
        client,
        {"first_name": ["Kid"], "last_name": ["Young"], "date_of_birth": [birth], "city": ["Town"]},
        form_id=meta.FORM2_ID,
    )
    assert response.status_code == 200
    await drain()
    assert (await gql.data(LEADS))["leads"]["edges"] == []
    assert (await ErasureTombstone.get()).reason is TombstoneReason.MINOR


async def test_without_a_mapping_todays_rules_apply(client: httpx.AsyncClient, meta: FakeMeta) -> None:
    gql, _ = await _setup(client, meta)
    _, response = await meta.deliver_lead(
        client, {"full_name": ["Zed Plain"], "email": ["zed@example.com"], "phone_number": ["+4915112340088"]}
    )
    assert response.status_code == 200
    await drain()
    lead = (await gql.data(LEADS))["leads"]["edges"][0]["node"]
    assert (lead["fullName"], lead["email"], lead["phone"]) == ("Zed Plain", "zed@example.com", "+4915112340088")
