"""Every field that may hold personal data is classified; the checker catches one that is not."""

from __future__ import annotations

import pytest
from tortoise import fields
from tortoise.models import Model

from app.classification import (
    CATEGORY_PROCESSING,
    Classification,
    DataCategory,
    DataMapFieldSource,
    LegalBasis,
    Purpose,
    classify,
)
from app.customfields.models import VALUE_MODELS
from app.leads.models import DATA_SOURCE_OF, LeadSource
from app.privacy.datamap import data_map, unclassified_fields, undeclared_processing
from app.processors import BUILT_IN_KEYS, DEFAULT_PROCESSORS_FILE, load_processors
from tests.support import GraphQLClient, make_user

DATA_MAP = "{ dataMap { model field category encrypted exported } }"
DATA_MAP_PROCESSING = "{ dataMap { model field category purposes legalBasis source recipients { key country } } }"

pytestmark = pytest.mark.sqlite


def test_no_model_field_is_left_unclassified() -> None:
    assert unclassified_fields() == []


def test_the_check_catches_an_unclassified_personal_field() -> None:
    class Contact(Model):
        id = fields.IntField(primary_key=True)
        home_address = fields.CharField(max_length=200)
        notes = fields.TextField()
        # payment details, and numbers or dates, are personal too
        card_brand = fields.CharField(max_length=32)
        card_last4 = fields.CharField(max_length=4)
        card_exp_month = fields.SmallIntField()
        birth_date = fields.DateField()
        seats = fields.IntField()

        class Meta:
            app = "datamap_check"

    assert sorted(unclassified_fields([Contact])) == [
        "Contact.birth_date",
        "Contact.card_brand",
        "Contact.card_exp_month",
        "Contact.card_last4",
        "Contact.home_address",
        "Contact.notes",
    ]


def test_personal_contact_fields_are_encrypted() -> None:
    entries = {(e.model_name, e.field_name): e for e in data_map()}
    for key in [("User", "email"), ("User", "full_name"), ("User", "phone"), ("Session", "ip_address")]:
        assert entries[key].classification.encrypted, key


async def test_data_map_query_lists_user_email(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    rows = (await GraphQLClient(client, token).data(DATA_MAP))["dataMap"]
    email = next(r for r in rows if r["model"] == "User" and r["field"] == "email")
    assert email == {
        "model": "User",
        "field": "email",
        "category": DataCategory.ACCOUNT.value,
        "encrypted": True,
        "exported": True,
    }


def test_every_personal_field_declares_purposes_basis_source_and_recipients() -> None:
    assert undeclared_processing() == []
    shipped = {p.key for p in load_processors(DEFAULT_PROCESSORS_FILE)}
    assert set(BUILT_IN_KEYS) <= shipped
    for entry in data_map():
        assert set(entry.classification.recipients or ()) <= shipped, (entry.model_name, entry.field_name)


def _sent_by_data_map() -> dict[str, set[str]]:
    """Processor key -> the categories the data map names it recipient of: every classified field, and the
    category defaults the organisation's personal custom fields are processed under (`dataMap`'s own lines)."""
    sent: dict[str, set[str]] = {}
    processings = [(e.classification.category, e.classification.recipients) for e in data_map()]
    processings += [(c, CATEGORY_PROCESSING[c].recipients) for c in VALUE_MODELS if c is not None]
    for category, recipients in processings:
        for key in recipients or ():
            sent.setdefault(key, set()).add(category.value)  # type: ignore[union-attr]
    return sent


def test_the_processors_file_lists_what_the_data_map_sends_each_recipient() -> None:
    """SPEC §7.1: the processors file "lists every recipient: key, name, purpose, categories…". The shipped file
    and the data map say the same: each processor's `categories` are exactly those the data map sends it."""
    listed = {p.key: set(p.categories) for p in load_processors(DEFAULT_PROCESSORS_FILE)}
    sent = _sent_by_data_map()
    unlisted = {key: sorted(sent[key] - listed.get(key, set())) for key in sent}
    assert {k: v for k, v in unlisted.items() if v} == {}, "sent by the data map, missing from the processor's entry"
    unsent = {key: sorted(listed[key] - sent.get(key, set())) for key in listed}
    assert {k: v for k, v in unsent.items() if v} == {}, "listed in the processor's entry, never sent it"


def test_every_category_has_a_default_processing_declaration() -> None:
    assert set(CATEGORY_PROCESSING) == set(DataCategory)


def test_the_check_catches_a_field_without_processing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(CATEGORY_PROCESSING, DataCategory.MEDIA)

    class Clip(Model):
        id = fields.IntField(primary_key=True)
        caption = classify(fields.TextField(), DataCategory.MEDIA, export="Caption")
        declared = classify(
            fields.TextField(),
            DataCategory.MEDIA,
            purposes=(Purpose.MESSAGING,),
            legal_basis=LegalBasis.CONSENT,
            sources=(DataMapFieldSource.WHATSAPP,),
            recipients=("hosting",),
        )

        class Meta:
            app = "datamap_check"

    assert undeclared_processing([Clip]) == ["Clip.caption"]


def test_every_way_a_lead_arrives_is_a_declared_source_of_its_contact_details() -> None:
    """A lead's access export names where it came from (its `source`): each is a source the data map declares."""
    assert set(DATA_SOURCE_OF) == set(LeadSource)
    assert set(DATA_SOURCE_OF.values()) == set(CATEGORY_PROCESSING[DataCategory.LEAD_CONTACT].sources)


def test_a_field_overrides_its_category_default() -> None:
    field = classify(fields.TextField(), DataCategory.LEAD_NOTES, legal_basis=LegalBasis.CONSENT)
    classification: Classification = field.classification  # type: ignore[attr-defined]
    default = CATEGORY_PROCESSING[DataCategory.LEAD_NOTES]
    assert classification.legal_basis is LegalBasis.CONSENT
    assert (classification.purposes, classification.sources) == (default.purposes, default.sources)


async def test_data_map_query_shows_purposes_basis_source_and_recipients(client) -> None:  # type: ignore[no-untyped-def]
    _, token = await make_user()
    rows = (await GraphQLClient(client, token).data(DATA_MAP_PROCESSING))["dataMap"]
    email = next(r for r in rows if r["model"] == "User" and r["field"] == "email")
    assert email["purposes"] == ["SERVICE"] and email["legalBasis"] == "CONTRACT" and email["source"] == "USER"
    assert {r["key"] for r in email["recipients"]} == {"hosting", "mail"}
    for row in rows:
        assert row["purposes"] and row["legalBasis"] and row["source"] and row["recipients"], row
