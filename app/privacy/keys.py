"""Encryption key rotation: re-encrypt every value not under the keyring's first key.

The columns come from the data map (every encrypted field, secrets included). Each value is replaced
with a compare-and-swap UPDATE (`WHERE id = ? AND col = <old ciphertext>`), so a concurrent write by
the running service wins and is never overwritten. Re-running continues where it stopped: only values
under another key are selected. Blind-index keys are never touched.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise import Tortoise

from app.jobs import Job, JobKind, enqueue, handler, report_progress
from app.privacy.datamap import data_map
from app.security.crypto import PREFIX, DecryptionError, keyring

BATCH = 500
_SAFE = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class EncryptedColumn:
    model: type[Any]
    field_name: str

    @property
    def table(self) -> str:
        return str(self.model._meta.db_table)

    @property
    def column(self) -> str:
        field = self.model._meta.fields_map[self.field_name]
        return str(getattr(field, "source_field", None) or self.field_name)

    @property
    def label(self) -> str:
        return f"{self.model.__name__}.{self.field_name}"


def encrypted_columns() -> list[EncryptedColumn]:
    columns = [EncryptedColumn(e.model, e.field_name) for e in data_map() if e.classification.encrypted]
    for column in columns:
        if not (_SAFE.match(column.table) and _SAFE.match(column.column)):
            raise ValueError(f"unexpected identifier in {column.label}")
    return sorted(columns, key=lambda c: c.label)


def _stale_sql(column: EncryptedColumn, select: str, limit: int | None = None, after: str | None = None) -> str:
    """Rows whose value is not under the first key, in id order after `after` (identifiers, the hex key id
    and the UUID are validated: nothing here comes from a user)."""
    current = f"{PREFIX}.{keyring().primary_id}.%"
    assert re.match(r"^[a-z0-9]+\.[0-9a-f]+\.%$", current)
    sql = (
        f'SELECT {select} FROM "{column.table}" '  # noqa: S608 - validated identifiers and literals only
        f'WHERE "{column.column}" IS NOT NULL AND "{column.column}" NOT LIKE \'{current}\''
    )
    if after is not None:
        sql += f" AND id > '{uuid.UUID(after)}'"
    if limit:
        sql += f" ORDER BY id LIMIT {int(limit)}"
    return sql


async def _query(sql: str) -> list[dict[str, Any]]:
    return list(await Tortoise.get_connection("default").execute_query_dict(sql))


async def rows_left() -> dict[str, int]:
    """Per column, values not yet under the first key (0 everywhere = the old key may be dropped)."""
    left: dict[str, int] = {}
    for column in encrypted_columns():
        rows = await _query(_stale_sql(column, "COUNT(*) AS n"))
        left[column.label] = int(rows[0]["n"])
    return left


@dataclass
class RotationReport:
    rotated: int = 0
    skipped: int = 0  # changed by someone else meanwhile (compare-and-swap lost): picked up next run
    unreadable: int = 0  # under a key no longer in the keyring
    left: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"rotated": self.rotated, "skipped": self.skipped, "unreadable": self.unreadable, "rowsLeft": self.left}


async def rotate(
    progress: Callable[[int, int], Awaitable[None] | None] | None = None, batch: int = BATCH
) -> RotationReport:
    """Re-encrypt every stale value under the first key; `progress(done, total)` after each batch."""
    ring = keyring()
    total = sum((await rows_left()).values())
    report = RotationReport()
    done = 0
    for column in encrypted_columns():
        after: str | None = None  # keyset walk: each row is read once, however large the table
        while True:
            rows = await _query(_stale_sql(column, f'id, "{column.column}" AS value', batch, after))
            if not rows:
                break
            after = str(rows[-1]["id"])
            for row in rows:
                old = row["value"]
                try:
                    new = ring.encrypt(ring.decrypt(old))
                except DecryptionError:
                    report.unreadable += 1
                    continue
                changed = await column.model.filter(id=row["id"], **{column.field_name: old}).update(
                    **{column.field_name: new}
                )
                if changed:
                    report.rotated += 1
                else:
                    report.skipped += 1  # written meanwhile (under the first key): nothing to do
                done += 1
            if progress is not None:
                result = progress(done, total)
                if result is not None:
                    await result
    report.left = sum((await rows_left()).values())
    return report


@handler(JobKind.KEY_ROTATION)
async def run_rotation(job: Job) -> dict[str, int]:
    async def progress(done: int, total: int) -> None:
        await report_progress(job, 100 * done // total if total else 100)

    return (await rotate(progress)).as_dict()


async def enqueue_rotation() -> Job:
    return await enqueue(JobKind.KEY_ROTATION, {})
