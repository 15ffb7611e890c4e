"""Records of processing (Art. 30): one row per purpose that agrees with the data map, processors and retention."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.accounts.models import Role
from app.classification import DataCategory
from app.legal.processors import active_processors
from app.privacy.datamap import data_map
from app.privacy.erasure_models import RetentionAction
from app.privacy.records import records_of_processing
from app.privacy.retention import set_retention_rule
from app.processors import DEFAULT_PROCESSORS_FILE, Safeguard
from app.settings import get_settings
from tests.support import GraphQLClient, error_codes, make_org, make_user

pytestmark = pytest.mark.sqlite

RECORDS = """query($format: RecordsOfProcessingFormat!) {
  recordsOfProcessing(input: {format: $format}) { document csv generatedAt } }"""
ANALYTICS_US = """
[[processor]]
key = "analytics-us"
name = "Analytics Inc."
purpose = "Product analytics"
categories = ["USAGE_EVENTS"]
country = "US"
safeguard = "SCC"
url = "https://analytics.example/dpa"
"""


@pytest.fixture
def analytics_in_the_us(tmp_path: Path) -> Iterator[None]:
    """QUANTIX_PROCESSORS_FILE = the shipped list plus a processor of the organisation's own, in the US."""
    path = tmp_path / "processors.toml"
    path.write_text(Path(DEFAULT_PROCESSORS_FILE).read_text() + ANALYTICS_US)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUANTIX_PROCESSORS_FILE", str(path))
        get_settings.cache_clear()
        try:
            yield
        finally:
            get_settings.cache_clear()
    get_settings.cache_clear()


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
        # the processors the data map sends these categories to, and those the processors file lists them for
        listed = {p.key for p in active.values() if expected["categories"] & set(p.categories)}
        assert {r["key"] for r in row["recipients"]} == expected["recipients"] | listed, purpose
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


async def test_a_processor_of_the_file_receives_its_categories_and_is_a_transfer(
    client: httpx.AsyncClient, analytics_in_the_us: None
) -> None:
    """SPEC §7.1: the rows are built from the processors too: a processor the file adds is a recipient of every
    purpose its categories serve, and a transfer there with its safeguard, as /legal/subprocessors says."""
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    listed = (await client.get("/legal/subprocessors", headers={"accept": "application/json"})).json()
    us = next(p for p in listed["processors"] if p["key"] == "analytics-us")
    assert (us["transfer"], us["safeguard"], us["categories"]) == (True, "SCC", ["USAGE_EVENTS"])

    gql = GraphQLClient(client, token)
    document = (await gql.data(RECORDS, {"format": "JSON"}))["recordsOfProcessing"]["document"]
    rows = {row["purpose"]: row for row in document["purposes"]}
    analytics = rows["ANALYTICS"]
    assert "USAGE_EVENTS" in analytics["categories"]
    assert {"key": "analytics-us", "name": "Analytics Inc.", "country": "US", "transfer": True} in analytics[
        "recipients"
    ]
    assert analytics["transfers"] == [{"processor": "analytics-us", "country": "US", "safeguard": "SCC"}]
    for purpose, row in rows.items():
        if "USAGE_EVENTS" not in row["categories"]:
            assert "analytics-us" not in {r["key"] for r in row["recipients"]}, purpose
            assert row["transfers"] == [], purpose

    table = list(
        csv.DictReader(io.StringIO((await gql.data(RECORDS, {"format": "CSV"}))["recordsOfProcessing"]["csv"]))
    )
    analytics_row = next(r for r in table if r["purpose"] == "ANALYTICS")
    assert "Analytics Inc. (US)" in analytics_row["recipients"]
    assert analytics_row["transfers"] == "analytics-us (US, SCC)"
