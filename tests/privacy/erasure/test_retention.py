"""Retention rules within bounds, the preview, and the sweep job that skips held rows."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest

from app.accounts.models import Role
from app.audit import services as audit
from app.audit.models import AuditEvent
from app.jobs import Job, JobStatus, run_job
from app.leads.models import Lead, LeadExportLeads
from app.privacy.holds import place_legal_hold
from app.privacy.retention import sweep
from app.tombstones.ledger import is_contact_erased
from schema.relay import pk_of
from tests.privacy.erasure.helpers import make_lead
from tests.support import GraphQLClient, make_org, make_user

SET_RULE = """
mutation($input: SetRetentionRuleInput!) {
  setRetentionRule(input: $input) { retentionRule { category days action isDefault } errors { field code } }
}"""
RULES = "{ retentionRules { category days action minDays maxDays defaultDays isDefault } }"
PREVIEW = "{ retentionPreview { category action days records held } }"
RUN = "mutation { runRetentionSweep { job { id status } errors { code } } }"
JOB = "query($id: ID!) { job(id: $id) { status progress result } }"


def _ago(days: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=days)


async def test_rules_stay_within_platform_bounds(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    rules = {r["category"]: r for r in (await gql.data(RULES))["retentionRules"]}
    assert rules["LEAD_CONTACT"] == {
        "category": "LEAD_CONTACT",
        "days": 730,
        "action": "DELETE",
        "minDays": 30,
        "maxDays": 3650,
        "defaultDays": 730,
        "isDefault": True,
    }
    assert rules["EXPORT_FILES"]["days"] == 3 and rules["AUDIT_EVENTS"]["days"] == 1095
    for category, days in [("LEAD_CONTACT", 29), ("LEAD_CONTACT", 3651), ("USAGE_EVENTS", 396), ("SESSIONS", 0)]:
        body = await gql.data(SET_RULE, {"input": {"category": category, "days": days, "action": "DELETE"}})
        assert body["setRetentionRule"]["errors"] == [{"field": "days", "code": "INVALID_INPUT"}], (category, days)
    body = await gql.data(SET_RULE, {"input": {"category": "ACCOUNT", "days": 30, "action": "DELETE"}})
    assert body["setRetentionRule"]["errors"] == [{"field": "category", "code": "INVALID_INPUT"}]
    body = await gql.data(SET_RULE, {"input": {"category": "SESSIONS", "days": 30, "action": "ANONYMIZE"}})
    assert body["setRetentionRule"]["retentionRule"] == {
        "category": "SESSIONS",
        "days": 30,
        "action": "ANONYMIZE",
        "isDefault": False,
    }
    _, member = await make_user(org, role=Role.MEMBER)
    refused = await GraphQLClient(client, member)(
        SET_RULE, {"input": {"category": "SESSIONS", "days": 30, "action": "DELETE"}}
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_preview_and_sweep_skip_held_leads(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    stale = [await make_lead(org, last_activity_at=_ago(800), answers={"q": "a"}) for _ in range(2)]
    held = await make_lead(org, last_activity_at=_ago(900))
    fresh = await make_lead(org, last_activity_at=_ago(10))
    await place_legal_hold(org.id, lead_id=held.id, reason="Dispute")
    old = await audit.record("lead.exported", organization_id=org.id, details={"rows": 3})
    await AuditEvent.filter(id=old.id).update(created_at=_ago(400))
    # A list export's lead ids are part of its audit event: due with the events, not with the export file.
    old_ids, new_ids = [
        await LeadExportLeads.create(organization_id=org.id, export_id=uuid.uuid4(), seq=0, lead_ids=fresh.id.bytes)
        for _ in range(2)
    ]
    await LeadExportLeads.filter(id=old_ids.id).update(created_at=_ago(400))
    await gql.data(SET_RULE, {"input": {"category": "AUDIT_EVENTS", "days": 365, "action": "ANONYMIZE"}})

    preview = {p["category"]: p for p in (await gql.data(PREVIEW))["retentionPreview"]}
    assert preview["LEAD_CONTACT"]["records"] == 2 and preview["LEAD_CONTACT"]["held"] == 1
    assert preview["AUDIT_EVENTS"] == {
        "category": "AUDIT_EVENTS",
        "action": "ANONYMIZE",
        "days": 365,
        "records": 2,
        "held": 0,
    }

    job = (await gql.data(RUN))["runRetentionSweep"]["job"]
    # The worker's job function (tests.support.drain_jobs trips a redis deprecation warning in arq's close).
    await run_job(pk_of(job["id"], "Job"))
    done = (await gql.data(JOB, {"id": job["id"]}))["job"]
    assert done["status"] == "SUCCEEDED" and done["progress"] == 100
    result = {c["category"]: c for c in done["result"]["categories"]}
    assert result["LEAD_CONTACT"]["records"] == 2 and result["LEAD_CONTACT"]["held"] == 1
    assert result["LEAD_CONTACT"]["heldReason"] == "LEGAL_HOLD"  # SPEC §4: held rows reported with the reason
    assert not await Lead.filter(id__in=[s.id for s in stale]).exists()
    assert await Lead.filter(id__in=[held.id, fresh.id]).count() == 2
    assert await is_contact_erased(org.id, email=stale[0].email, phone=None)
    event = await AuditEvent.get(id=old.id)
    assert event.details is None
    assert await LeadExportLeads.filter(id__in=[old_ids.id, new_ids.id]).values_list("id", flat=True) == [new_ids.id]
    after = {p["category"]: p for p in (await gql.data(PREVIEW))["retentionPreview"]}
    assert after["LEAD_CONTACT"]["records"] == 0 and after["AUDIT_EVENTS"]["records"] == 0


@pytest.mark.sqlite
async def test_sweep_is_resumable_and_anonymises_when_asked() -> None:
    org = await make_org()
    leads = [await make_lead(org, last_activity_at=_ago(800), meta_lead_id=f"m{i}") for i in range(3)]
    from app.classification import DataCategory
    from app.privacy.erasure_models import RetentionAction
    from app.privacy.retention import set_retention_rule

    await set_retention_rule(org.id, DataCategory.LEAD_CONTACT, 730, RetentionAction.ANONYMIZE)
    first = await sweep(org.id)
    contact = next(c for c in first["categories"] if c["category"] == "LEAD_CONTACT")
    assert contact["records"] == 3
    again = await sweep(org.id)  # a re-run finds nothing left to do
    assert next(c for c in again["categories"] if c["category"] == "LEAD_CONTACT")["records"] == 0
    for lead in await Lead.filter(id__in=[x.id for x in leads]):
        assert lead.email is None and lead.phone is None and lead.full_name == "Anonymised lead"
    assert await Job.filter(status=JobStatus.FAILED).count() == 0


CREATE_LEAD = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) { lead { id } duplicate { id } errors { field code } }
}"""
SEARCH = "query($q: String!) { leads(filter: {search: $q}) { totalCount } }"


async def _anonymised_by_the_sweep(gql: GraphQLClient, org_id: uuid.UUID, lead_ids: list[str]) -> None:
    """A 30-day ANONYMIZE rule for LEAD_CONTACT, the leads 40 days quiet, then the admin's sweep job."""
    rule = await gql.data(SET_RULE, {"input": {"category": "LEAD_CONTACT", "days": 30, "action": "ANONYMIZE"}})
    assert rule["setRetentionRule"]["errors"] == []
    pks = [pk_of(i, "Lead") for i in lead_ids]
    await Lead.filter(id__in=pks).update(last_activity_at=_ago(40), updated_at=_ago(40))
    job = (await gql.data(RUN))["runRetentionSweep"]["job"]
    await asyncio.wait_for(run_job(pk_of(job["id"], "Job")), 60)  # the sweep ends: nothing stays due
    assert (await gql.data(JOB, {"id": job["id"]}))["job"]["status"] == "SUCCEEDED"


async def test_an_anonymised_lead_is_found_by_none_of_its_old_contact_details(client) -> None:  # type: ignore[no-untyped-def]
    """SPEC §4: removal covers the subject's "rows in search indexes"; §5: names are found by whole-word blind
    indexes. Anonymisation drops the name words with the name, and the email and phone indexes."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    contact = {"fullName": "Zed Quux", "email": "zq@example.com", "phone": "+14155550199"}
    created = await gql.data(CREATE_LEAD, {"input": contact})
    lead_id = created["createLead"]["lead"]["id"]
    kept = await gql.data(CREATE_LEAD, {"input": {"fullName": "Quux Fresh", "email": "fresh@example.com"}})
    for q in ("Quux", "zed quux", "zq@example.com", "+1 415 555 0199"):
        assert (await gql.data(SEARCH, {"q": q}))["leads"]["totalCount"] >= 1, q

    await _anonymised_by_the_sweep(gql, org.id, [lead_id])

    lead = (await gql.data("query($id: ID!) { lead(id: $id) { fullName email phone } }", {"id": lead_id}))["lead"]
    assert lead == {"fullName": "Anonymised lead", "email": None, "phone": None}
    for q in ("zed", "zed quux", "zq@example.com", "+1 415 555 0199", "4155550199"):
        assert (await gql.data(SEARCH, {"q": q}))["leads"]["totalCount"] == 0, q
    found = await gql.data('{ leads(filter: {search: "Quux"}) { edges { node { id } } } }')
    assert [e["node"]["id"] for e in found["leads"]["edges"]] == [kept["createLead"]["lead"]["id"]]
    again = await gql.data(CREATE_LEAD, {"input": {"fullName": "Zed Again", "email": "zq@example.com"}})
    assert again["createLead"]["duplicate"] is None  # never a DUPLICATE of the anonymised lead
    assert again["createLead"]["errors"] == [{"field": "email", "code": "SUBJECT_ERASED"}]  # its tombstone
    preview = {p["category"]: p for p in (await gql.data(PREVIEW))["retentionPreview"]}
    assert preview["LEAD_CONTACT"]["records"] == 0


async def test_anonymising_removes_custom_contact_values_and_their_index(client) -> None:  # type: ignore[no-untyped-def]
    """A personal custom field of category LEAD_CONTACT cannot be blanked: its value goes (as under the other
    categories' rules), so neither a filter on it finds the lead nor does the lead stay due forever."""
    from tests.customfields.test_custom_fields import make_field

    org = await make_org()
    _, token = await make_user(org, role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await make_field(gql, key="nick", label="Nickname", type="TEXT", personalData=True, category="LEAD_CONTACT")
    values = [{"key": "nick", "value": "Lenny"}]
    created = await gql.data(
        CREATE_LEAD, {"input": {"fullName": "Lena Lead", "email": "lena@example.com", "customFields": values}}
    )
    lead_id = created["createLead"]["lead"]["id"]
    by_nick = '{ leads(filter: {customField: {key: "nick", equals: "Lenny"}}) { totalCount } }'
    assert (await gql.data(by_nick))["leads"]["totalCount"] == 1

    await _anonymised_by_the_sweep(gql, org.id, [lead_id])

    assert (await gql.data(by_nick))["leads"]["totalCount"] == 0
    shown = await gql.data("query($id: ID!) { lead(id: $id) { fullName customFields { value } } }", {"id": lead_id})
    assert shown["lead"] == {"fullName": "Anonymised lead", "customFields": []}


async def test_the_data_map_shows_the_organisations_own_retention(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    gql = GraphQLClient(client, token)
    data_map = "{ dataMap { model field category retention } }"

    def lead_email(rows: list[dict[str, object]]) -> dict[str, object]:
        return next(r for r in rows if r["model"] == "Lead" and r["field"] == "email")

    before = lead_email((await gql.data(data_map))["dataMap"])
    assert before["retention"] == "730 days from the lead's last activity by default (30-3650 allowed)"
    rule = await gql.data(SET_RULE, {"input": {"category": before["category"], "days": 365, "action": "ANONYMIZE"}})
    assert rule["setRetentionRule"]["errors"] == []
    after = lead_email((await gql.data(data_map))["dataMap"])
    assert after["retention"] == (
        "365 days from the lead's last activity, then anonymize (this organisation's rule; 30-3650 allowed)"
    )
    other_org = await make_org()
    _, other_token = await make_user(other_org, role=Role.ADMIN)
    theirs = lead_email((await GraphQLClient(client, other_token).data(data_map))["dataMap"])
    assert theirs["retention"] == before["retention"]  # another organisation's rule is not theirs
