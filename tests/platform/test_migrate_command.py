"""`quantix migrate` on PostgreSQL applies the migrations once, then finds the database up to date."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import pytest

from app.settings import get_settings
from tests.conftest import PG_ADMIN_URL

ROOT = Path(__file__).resolve().parents[2]


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(f"{PG_ADMIN_URL}/postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.mark.skipif(get_settings().is_sqlite, reason="migrations are PostgreSQL's")
def test_quantix_migrate_applies_then_is_idempotent() -> None:
    name = f"quantix_cli_migrate_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG_ADMIN_URL}/{name}",
        "QUANTIX_ENV": "development",
        "QUANTIX_META_SANDBOX": "false",
    }
    try:
        runs = [
            subprocess.run(
                [sys.executable, "-m", "app", "migrate"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
            )
            for _ in range(2)
        ]
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr[-1500:] + runs[1].stderr[-1500:]
    applied = len(list((ROOT / "migrations" / "models").glob("*.py")))
    assert f"Applied {applied} migration" in runs[0].stdout + runs[0].stderr
    assert "up to date" in runs[1].stdout + runs[1].stderr
