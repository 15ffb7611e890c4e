"""Processors and transfers: the file, the data region, production refusals, the public list, change notices."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest

from app.accounts.models import Role
from app.legal.models import ProcessorListVersion
from app.legal.processors import record_processor_list
from app.mail.models import OutboxMail
from app.notifications.models import Notification, NotificationKind
from app.processors import DEFAULT_PROCESSORS_FILE, ProcessorError, parse_processors
from app.settings import SettingsError, get_settings, load_settings
from tests.platform.test_settings import production_env
from tests.support import GraphQLClient, make_org, make_user

pytestmark = pytest.mark.sqlite

US_MAILER = """
[[processor]]
key = "mail"
name = "Mailer Inc."
purpose = "Delivers mails"
categories = ["ACCOUNT"]
country = "US"
safeguard = "{safeguard}"
url = "https://mailer.example/dpa"
"""
PROCESSORS = """{ processors { key name purpose categories country safeguard url transfer } }"""


def _file(tmp_path: Path, extra: str = "", *, drop: str | None = None) -> str:
    text = Path(DEFAULT_PROCESSORS_FILE).read_text()
    blocks = text.split("[[processor]]")
    kept = [b for b in blocks[1:] if drop is None or f'key = "{drop}"' not in b]
    path = tmp_path / "processors.toml"
    path.write_text(blocks[0] + "".join("[[processor]]" + b for b in kept) + extra)
    return str(path)


def test_the_shipped_file_starts_production(tmp_path: Path) -> None:
    settings = load_settings(production_env())
    assert settings.data_region == "EU"
    assert {"hosting", "meta", "whatsapp", "mail"} <= {p.key for p in settings.processors}


def test_production_refuses_a_used_processor_missing_from_the_file(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="processor 'mail' is used but missing"):
        load_settings(production_env(QUANTIX_PROCESSORS_FILE=_file(tmp_path, drop="mail")))
    # stripe is used only with billing on
    load_settings(production_env(QUANTIX_PROCESSORS_FILE=_file(tmp_path, drop="stripe")))


def test_production_refuses_a_transfer_without_a_safeguard(tmp_path: Path) -> None:
    path = _file(tmp_path, US_MAILER.format(safeguard="NOT_A_TRANSFER"), drop="mail")
    with pytest.raises(SettingsError, match="'mail' \\(US\\) is outside QUANTIX_DATA_REGION=EU"):
        load_settings(production_env(QUANTIX_PROCESSORS_FILE=path))
    path = _file(tmp_path, US_MAILER.format(safeguard="DPF"), drop="mail")
    assert load_settings(production_env(QUANTIX_PROCESSORS_FILE=path)).processors
    # With the data stored in the US, the Irish processors are the transfers.
    with pytest.raises(SettingsError, match="'meta' \\(IE\\) is outside QUANTIX_DATA_REGION=US"):
        load_settings(production_env(QUANTIX_PROCESSORS_FILE=path, QUANTIX_DATA_REGION="us"))


def test_bad_files_and_regions_are_refused_in_every_environment(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="QUANTIX_DATA_REGION must be EU or a two-letter country code"):
        load_settings({"QUANTIX_DATA_REGION": "Europe"})
    with pytest.raises(SettingsError, match="does not name a readable file"):
        load_settings({"QUANTIX_PROCESSORS_FILE": str(tmp_path / "missing.toml")})
    for bad, message in (
        (US_MAILER.format(safeguard="HOPE"), "`safeguard` must be one of"),
        (US_MAILER.format(safeguard="SCC").replace('"US"', '"USA"'), "ISO 3166-1 alpha-2"),
        (US_MAILER.format(safeguard="SCC") * 2, "listed twice"),
        ('[[processor]]\nkey = "x"\n', "`country` must be a non-empty string"),
    ):
        with pytest.raises(ProcessorError, match=message):
            parse_processors(bad)


async def test_processors_are_public_in_graphql_and_on_the_page(client: httpx.AsyncClient, tmp_path: Path) -> None:
    body = await GraphQLClient(client)(PROCESSORS)  # no sign-in
    rows = {p["key"]: p for p in body["data"]["processors"]}
    assert rows["meta"]["country"] == "IE" and rows["meta"]["transfer"] is False
    assert rows["meta"]["safeguard"] == "NOT_A_TRANSFER" and rows["meta"]["url"].startswith("https://")

    await record_processor_list()
    as_json = await client.get("/legal/subprocessors", headers={"accept": "application/json"})
    assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
    document = as_json.json()
    assert set(document) == {"updatedAt", "dataRegion", "processors"}
    assert document["dataRegion"] == "EU" and document["updatedAt"]
    assert [p["key"] for p in document["processors"]] == [p["key"] for p in body["data"]["processors"]]
    page = await client.get("/legal/subprocessors")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Meta Platforms Ireland Limited" in page.text and "Within the data region" in page.text


async def test_a_changed_list_tells_each_owner_and_admin_once(tmp_path: Path) -> None:
    first, second = await make_org("First"), await make_org("Second")
    owner, _ = await make_user(first, role=Role.OWNER)
    admin, _ = await make_user(second, role=Role.ADMIN)
    await make_user(second, role=Role.MEMBER)
    from app.accounts.models import Membership

    await Membership.create(organization=second, user=owner, role=Role.ADMIN)  # admin of both

    assert await record_processor_list() is False  # the first list: nothing changed for anyone
    assert await Notification.all().count() == 0

    changed = dataclasses.replace(
        get_settings(),
        processors=parse_processors(Path(_file(tmp_path, US_MAILER.format(safeguard="SCC"), drop="mail")).read_text()),
    )
    assert await record_processor_list(changed) is True
    assert await record_processor_list(changed) is False  # the same change, another process: told once
    rows = await Notification.filter(kind=NotificationKind.PROCESSORS_CHANGED).values_list("user_id", "organization_id")
    assert sorted(rows, key=str) == sorted(
        [(owner.id, first.id), (owner.id, second.id), (admin.id, second.id)], key=str
    )
    mails = await OutboxMail.filter(kind="legal.processors_changed")
    assert sorted(str(m.to_address) for m in mails) == sorted([str(owner.email), str(admin.email)])
    assert "/legal/subprocessors" in mails[0].body_text

    assert await record_processor_list() is True  # changing back is a change again
    assert await ProcessorListVersion.all().count() == 3
