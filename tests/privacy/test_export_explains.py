"""Access exports explain themselves (Art. 15(1)): purposes, legal basis, sources, recipients, retention."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest

from tests.privacy.requests.test_exports import _export

pytestmark = pytest.mark.sqlite


async def test_each_manifest_category_says_why_on_what_basis_from_where_to_whom_and_how_long(
    client: httpx.AsyncClient,
) -> None:
    _, export = await _export(client)
    response = await client.get(export["url"].removeprefix("http://testserver"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    manifest = json.loads(archive.read("manifest.json"))
    files = {f["category"]: f for f in manifest["files"]}
    account = files["ACCOUNT"]
    assert account["purposes"] == ["SERVICE"]
    assert account["legalBasis"] == ["CONTRACT"]
    assert account["sources"] == ["USER"]
    assert {r["key"] for r in account["recipients"]} >= {"hosting"}
    assert all(r["name"] and len(r["country"]) == 2 for r in account["recipients"])
    assert account["retention"] == "while the account exists; erased with the account"
    for entry in manifest["files"]:
        assert entry["purposes"] and entry["legalBasis"] and entry["sources"] and entry["retention"], entry

    readme = archive.read("README.txt").decode()
    assert "Why: to provide the service you use." in readme
    assert "Legal basis: a contract, or steps before one, at your request (Art. 6(1)(b) GDPR)." in readme
    assert "Where it came from: you." in readme
    assert "Who receives it: " in readme and "(DE)" in readme
    assert "How long it is kept: while the account exists; erased with the account." in readme
