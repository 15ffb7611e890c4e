"""`quantix keys rotate`: every encrypted value moves to the first key; data stays readable; 0 rows left."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.accounts.models import User
from app.leads.models import Lead
from app.privacy.keys import rotate, rows_left
from app.security.crypto import keyring
from app.settings import get_settings
from tests.privacy.erasure.helpers import make_lead
from tests.support import make_org, make_user

ROOT = Path(__file__).resolve().parents[3]


@contextmanager
def encryption_keys(value: str) -> Iterator[None]:
    before = os.environ.get("QUANTIX_ENCRYPTION_KEYS")
    os.environ["QUANTIX_ENCRYPTION_KEYS"] = value
    get_settings.cache_clear()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("QUANTIX_ENCRYPTION_KEYS", None)
        else:
            os.environ["QUANTIX_ENCRYPTION_KEYS"] = before
        get_settings.cache_clear()


def _old_key() -> str:
    return base64.b64encode(get_settings().encryption_keys[0]).decode()


async def _seed() -> tuple[User, Lead]:
    org = await make_org()
    user, _ = await make_user(org, full_name="Katherine Johnson")
    lead = await make_lead(org, full_name="Dorothy Vaughan", answers={"q": "a"})
    return user, lead


@pytest.mark.sqlite
async def test_rotation_moves_every_value_to_the_new_key() -> None:
    user, lead = await _seed()
    old, new = _old_key(), base64.b64encode(os.urandom(32)).decode()
    with encryption_keys(f"{new},{old}"):
        before = await rows_left()
        assert before["Lead.full_name"] == 1 and before["User.email"] == 1 and before["Session.ip_address"] == 0
        seen: list[tuple[int, int]] = []
        report = await rotate(lambda done, total: seen.append((done, total)), batch=1)
        assert report.left == 0 and report.rotated == sum(before.values())
        assert seen[-1][0] == seen[-1][1]
        assert set((await rows_left()).values()) == {0}
        assert (await rotate()).rotated == 0  # resumable: nothing left to do
    with encryption_keys(new):  # the old key is dropped: everything still reads
        assert keyring().primary_id != ""
        assert (await Lead.get(id=lead.id)).full_name == "Dorothy Vaughan"
        assert (await Lead.get(id=lead.id)).answers == {"q": "a"}
        assert (await User.get(id=user.id)).full_name == "Katherine Johnson"


@pytest.mark.skipif(get_settings().is_sqlite, reason="the CLI runs against the PostgreSQL test database")
async def test_keys_rotate_command_reports_zero_rows_left() -> None:
    _, lead = await _seed()
    old, new = _old_key(), base64.b64encode(os.urandom(32)).decode()
    env = {**os.environ, "QUANTIX_ENCRYPTION_KEYS": f"{new},{old}", "QUANTIX_ENV": "test"}
    command = [sys.executable, "-c", "from app.main import main; main()", "keys", "rotate"]
    result = await asyncio.to_thread(
        subprocess.run, command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rows left: 0" in result.stdout
    with encryption_keys(new):
        assert (await Lead.get(id=lead.id)).full_name == "Dorothy Vaughan"
