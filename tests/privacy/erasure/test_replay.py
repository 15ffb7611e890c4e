"""After a database restore, replaying the erasure ledger puts tombstones back and erases restored leads."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.leads.models import Lead
from app.privacy.erasure import erase_lead, replay_and_erase
from app.settings import get_settings
from app.tombstones.ledger import is_contact_erased, is_meta_lead_erased
from app.tombstones.models import ErasureTombstone, TombstoneReason
from tests.privacy.erasure.helpers import make_lead
from tests.support import make_org

ROOT = Path(__file__).resolve().parents[3]


async def _erase_then_restore(tmp_path: Path) -> tuple[Path, Lead, dt.datetime]:
    org = await make_org()
    lead = await make_lead(org, email="restored@example.org", meta_lead_id="555001")
    created = lead.created_at
    await erase_lead(org.id, lead.id, reason=TombstoneReason.ERASURE)
    # Keep this organisation's ledger lines (the session's ledger is shared by every test).
    lines = [
        line
        for line in Path(get_settings().erasure_ledger_path).read_text().splitlines()
        if json.loads(line)["organizationId"] == str(org.id)
    ]
    ledger = tmp_path / "ledger.jsonl"
    ledger.write_text("\n".join(lines) + "\n")
    # The restore: a backup from before the erasure (the lead is back, its tombstone is not).
    await ErasureTombstone.filter(organization_id=org.id).delete()
    await make_lead(org, id=lead.id, email="restored@example.org", meta_lead_id="555001")
    await Lead.filter(id=lead.id).update(created_at=created)
    assert not await is_meta_lead_erased(org.id, "555001")
    return ledger, lead, created


@pytest.mark.sqlite
async def test_replay_erases_restored_leads_idempotently(tmp_path: Path) -> None:
    ledger, lead, _ = await _erase_then_restore(tmp_path)
    replayed, erased = await replay_and_erase(ledger)
    assert (replayed.added, erased) == (1, 1)
    assert not await Lead.filter(id=lead.id).exists()
    assert await is_meta_lead_erased(lead.organization_id, "555001")
    assert await is_contact_erased(lead.organization_id, email="restored@example.org", phone=None)
    replayed, erased = await replay_and_erase(ledger)
    assert (replayed.added, erased) == (0, 0)
    assert await ErasureTombstone.filter(organization_id=lead.organization_id).count() == 1


async def test_a_new_meta_submission_after_the_erasure_is_kept(tmp_path: Path) -> None:
    ledger, lead, _ = await _erase_then_restore(tmp_path)
    await Lead.filter(id=lead.id).delete()
    newer = await make_lead(
        await lead.organization, email="restored@example.org", meta_lead_id="555002"
    )  # a new Meta lead id, created after the erasure
    replayed, erased = await replay_and_erase(ledger)
    assert (replayed.added, erased) == (1, 0)
    assert await Lead.filter(id=newer.id).exists()


def _replay_command(ledger: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-c",
        "from app.main import main; main()",
        "privacy",
        "replay-erasures",
        "--from",
        str(ledger),
    ]
    return subprocess.run(command, cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(get_settings().is_sqlite, reason="the CLI runs against the PostgreSQL test database")
async def test_replay_erasures_command(tmp_path: Path) -> None:
    ledger, lead, _ = await _erase_then_restore(tmp_path)
    result = await asyncio.to_thread(_replay_command, ledger)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "1 tombstone(s) restored, 1 restored lead(s) erased again" in result.stdout
    assert not await Lead.filter(id=lead.id).exists()


@pytest.mark.skipif(get_settings().is_sqlite, reason="the CLI runs against the PostgreSQL test database")
async def test_a_line_cut_short_by_a_crash_is_reported_and_the_rest_replayed(tmp_path: Path) -> None:
    ledger, lead, _ = await _erase_then_restore(tmp_path)
    whole = ledger.read_text()
    # A crash mid-append leaves half a line at the end; a damaged one may sit anywhere.
    ledger.write_text('{"id": 7}\n' + whole + whole[: len(whole) // 2])
    result = await asyncio.to_thread(_replay_command, ledger)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "Skipped line(s) 1, 3 of the ledger" in result.stderr
    assert "1 tombstone(s) restored, 1 restored lead(s) erased again" in result.stdout
    assert not await Lead.filter(id=lead.id).exists()

    # Nothing readable at all: said, and the command fails.
    ledger.write_text(whole[: len(whole) // 2])
    result = await asyncio.to_thread(_replay_command, ledger)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Skipped line(s) 1 of the ledger" in result.stderr
