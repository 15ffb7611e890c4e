"""The emulator is its own package: it imports nothing else of `app`, and production never loads its fault knobs."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.platform.test_settings import production_env

ROOT = Path(__file__).resolve().parents[3]
SANDBOX = ROOT / "app" / "sandbox"

# Imports the app's entry points (the ASGI factory `quantix serve` runs, the worker settings) and reports which
# emulator modules got loaded.
PROBE = """
import json, sys
from app.main import create_app
from workers.settings import worker_settings
create_app()
worker_settings()
print(json.dumps(sorted(m for m in sys.modules if m.startswith("app.sandbox"))))
"""


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def test_the_sandbox_imports_nothing_else_of_the_app() -> None:
    files = sorted(SANDBOX.rglob("*.py"))
    assert SANDBOX / "meta" / "testing.py" in files
    outside = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in _imported_modules(path)
        if name.split(".")[0] in ("app", "schema", "workers", "tests") and not name.startswith("app.sandbox")
    }
    assert outside == set()


def _sandbox_modules_loaded(env: dict[str, str]) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QUANTIX_", "META_", "DATABASE_", "REDIS_"))}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env={**clean, **env}, cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_production_never_imports_the_fault_knobs() -> None:
    assert "app.sandbox.meta.testing" not in _sandbox_modules_loaded(production_env())


def test_the_development_sandbox_serves_the_emulator_without_fault_knobs() -> None:
    loaded = _sandbox_modules_loaded(
        {"QUANTIX_ENV": "development", "QUANTIX_META_SANDBOX": "true", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    )
    assert "app.sandbox.meta.app" in loaded  # the probe does load the emulator when the sandbox is on
    assert "app.sandbox.meta.testing" not in loaded
