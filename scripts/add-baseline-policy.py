"""Append the baseline privacy policy (version "1") to the initial migration's upgrade SQL.

SPEC.md §6: the first migration installs policy version "1", so a fresh instance always has one.
Run once after regenerating migrations/models/0_*_init.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.db import BASELINE_POLICY_TEXT, BASELINE_POLICY_VERSION

MARKER = "-- baseline privacy policy"


def main() -> int:
    path = next((Path(__file__).resolve().parent.parent / "migrations" / "models").glob("0_*_init.py"))
    text = path.read_text()
    if MARKER in text:
        return 0
    escaped = BASELINE_POLICY_TEXT.replace("'", "''")
    insert = (
        f"{MARKER}\n"
        'INSERT INTO "policy_version" ("id", "created_at", "version", "effective_date", "text") '
        f"VALUES (gen_random_uuid(), now(), '{BASELINE_POLICY_VERSION}', '2026-01-01', '{escaped}') "
        "ON CONFLICT DO NOTHING;"
    )
    head, sep, tail = text.partition(
        '"""',
    )
    body, sep2, rest = tail.partition('"""')
    path.write_text(head + sep + body.rstrip() + "\n" + insert + "\n    " + sep2 + rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
