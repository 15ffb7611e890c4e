"""Contacts: QUANTIX_PRIVACY_CONTACT / QUANTIX_SECURITY_CONTACT and `/.well-known/security.txt` (RFC 9116)."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from app.settings import SettingsError, get_settings, load_settings
from tests.platform.test_settings import production_env

pytestmark = pytest.mark.sqlite


async def test_security_txt_names_contact_expiry_languages_and_policy(client: httpx.AsyncClient) -> None:
    response = await client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.text.splitlines())
    assert fields["Contact"] == get_settings().security_contact
    expires = dt.datetime.fromisoformat(fields["Expires"])
    now = dt.datetime.now(dt.UTC)
    assert now < expires <= now + dt.timedelta(days=365)
    assert fields["Preferred-Languages"] == "en"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    policy = await client.get(fields["Policy"].removeprefix("http://testserver"))
    assert policy.status_code == 200 and get_settings().security_contact in policy.text


def test_contacts_are_mailto_or_https_uris() -> None:
    settings = load_settings(
        production_env(QUANTIX_PRIVACY_CONTACT="mailto:dpo@example.com", QUANTIX_SECURITY_CONTACT="https://x.example/s")
    )
    assert (settings.privacy_contact, settings.security_contact) == ("mailto:dpo@example.com", "https://x.example/s")
    for bad in ("dpo@example.com", "http://example.com/privacy", "mailto:", "https://"):
        with pytest.raises(SettingsError, match="QUANTIX_PRIVACY_CONTACT must be a mailto: or https: URI"):
            load_settings({"QUANTIX_PRIVACY_CONTACT": bad})


@pytest.mark.parametrize("name", ["QUANTIX_PRIVACY_CONTACT", "QUANTIX_SECURITY_CONTACT"])
def test_production_refuses_without_either_contact(name: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(production_env(**{name: None}))
    assert f"{name} is unset" in str(refused.value)
