"""Every field that may hold personal data is classified; the checker catches one that is not."""

from __future__ import annotations

import pytest
from tortoise import fields
from tortoise.models import Model

from app.classification import DataCategory
from app.privacy.datamap import data_map, unclassified_fields
from tests.support import GraphQLClient, make_user

DATA_MAP = "{ dataMap { model field category encrypted exported } }"

pytestmark = pytest.mark.sqlite


def test_no_model_field_is_left_unclassified() -> None:
    assert unclassified_fields() == []


def test_the_check_catches_an_unclassified_personal_field() -> None:
    class Contact(Model):
        id = fields.IntField(primary_key=True)
        home_address = fields.CharField(max_length=200)
        notes = fields.TextField()

        class Meta:
            app = "datamap_check"

    assert sorted(unclassified_fields([Contact])) == ["Contact.home_address", "Contact.notes"]


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
