"""Records of processing (Art. 30): one row per purpose that agrees with the data map, processors and retention."""

from __future__ import annotations

import csv
import dataclasses
import io

import httpx
import pytest

from app.accounts.models import Role
from app.classification import DataCategory
from app.legal.processors import active_processors
from app.privacy.datamap import data_map
from app.privacy.erasure_models import RetentionAction
from app.privacy.records import records_of_processing
from app.privacy.retention import set_retention_rule
from app.processors import Safeguard
from app.settings import get_settings
from tests.support import GraphQLClient, error_codes, make_org, make_user

pytestmark = pytest.mark.sqlite

RECORDS = """query($format: RecordsOfProcessingFormat!) {
  recordsOfProcessing(input: {format: $format}) { document csv generatedAt } }"""


async def test_records_agree_with_the_data_map(client: httpx.AsyncClient) -> None:
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    await set_retention_rule(org.id, DataCategory.LEAD_NOTES, 90, RetentionAction.DELETE)
    data = await GraphQLClient(client, token).data(RECORDS, {"format": "JSON"})
    records = data["recordsOfProcessing"]
    assert records["csv"] is None and records["generatedAt"]
    rows = {row["purpose"]: row for row in records["document"]["purposes"]}
    active = active_processors()

    declared: dict[str, dict[str, set[str]]] = {}
    for entry in data_map():
        c = entry.classification
        if not c.personal:
            continue
        for purpose in c.purposes or ():
            row = declared.setdefault(purpose.value, {"categories": set(), "basis": set(), "recipients": set()})
            row["categories"].add(c.category.value)  # type: ignore[union-attr]
            row["basis"].add(c.legal_basis.value)  # type: ignore[union-attr]
            row["recipients"].update(k for k in c.recipients or () if k in active)
    assert set(rows) == set(declared)
    for purpose, expected in declared.items():
        row = rows[purpose]
        assert set(row["categories"]) == expected["categories"], purpose
        assert set(row["legalBasis"]) == expected["basis"], purpose
        assert {r["key"] for r in row["recipients"]} == expected["recipients"], purpose
        assert row["subjects"] and set(row["subjects"]) <= {"ACCOUNT_USERS", "LEADS"}
        assert {r["category"] for r in row["retention"]} == expected["categories"]
        assert row["transfers"] == []  # the shipped processors are all in the EEA
        assert set(row["securityMeasures"]) >= {"encryptionAtRest", "blindIndexes", "mfa", "audit"}
    leads = rows["LEAD_MANAGEMENT"]
    assert "LEADS" in leads["subjects"] and "Lead.email" in leads["securityMeasures"]["encryptionAtRest"]
    assert "Lead.email_bidx" in leads["securityMeasures"]["blindIndexes"]
    notes = next(r for r in leads["retention"] if r["category"] == "LEAD_NOTES")
    assert notes["rule"].startswith("90 days") and "this organisation's rule" in notes["rule"]
    assert "stripe" not in {r["key"] for r in rows["BILLING"]["recipients"]}  # billing is off under test


async def test_csv_has_one_row_per_purpose_and_members_are_refused(client: httpx.AsyncClient) -> None:
    org = await make_org()
    _, admin = await make_user(org, role=Role.ADMIN)
    _, member = await make_user(org, role=Role.MEMBER)
    records = (await GraphQLClient(client, admin).data(RECORDS, {"format": "CSV"}))["recordsOfProcessing"]
    table = list(csv.DictReader(io.StringIO(records["csv"])))
    assert [r["purpose"] for r in table] == [r["purpose"] for r in records["document"]["purposes"]]
    marketing = next(r for r in table if r["purpose"] == "META_ADS")
    assert "Meta Platforms Ireland Limited (IE)" in marketing["recipients"]
    assert "META_ADS_DATA" in marketing["categories"]
    refused = await GraphQLClient(client, member)(RECORDS, {"format": "JSON"})
    assert error_codes(refused) == ["FORBIDDEN"]


async def test_a_processor_outside_the_region_is_a_transfer_with_its_safeguard() -> None:
    org = await make_org()
    settings = get_settings()
    moved = tuple(
        dataclasses.replace(p, country="US", safeguard=Safeguard.DPF) if p.key == "meta" else p
        for p in settings.processors
    )
    document = await records_of_processing(org.id, dataclasses.replace(settings, processors=moved))
    rows = {row["purpose"]: row for row in document["purposes"]}
    assert rows["META_ADS"]["transfers"] == [{"processor": "meta", "country": "US", "safeguard": "DPF"}]
    assert next(r for r in rows["META_ADS"]["recipients"] if r["key"] == "meta")["transfer"] is True
    assert rows["SECURITY"]["transfers"] == []
