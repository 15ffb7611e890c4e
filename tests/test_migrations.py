"""`aerich migrate` produces nothing new: the migrations are in step with the models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.settings import get_settings


@pytest.mark.skipif(get_settings().is_sqlite, reason="migrations are PostgreSQL's; SQLite builds its schema")
def test_migrations_match_models() -> None:
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "tests.migration_check"], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
