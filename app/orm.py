"""Base models: UUID keys, timestamps, and the one way to reach tenant rows (`for_org`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from collections.abc import Mapping
from typing import Any, Self

from tortoise import connections, fields
from tortoise.fields import Field
from tortoise.models import Model
from tortoise.queryset import QuerySet


class BaseModel(Model):
    id = fields.UUIDField(primary_key=True, default=uuid.uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        abstract = True


class TenantModel(BaseModel):
    """A row owned by one organisation. Reach it through `for_org` so an unscoped query stands out."""

    organization: Any = fields.ForeignKeyField("models.Organization", on_delete=fields.CASCADE)

    class Meta:
        abstract = True

    @classmethod
    def for_org(cls, organization_id: uuid.UUID | str) -> QuerySet[Self]:
        return cls.filter(organization_id=organization_id)


async def insert_rows(model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Append many rows in one INSERT statement, without model objects or a transaction around it: for
    hot append-only writes such as the per-request audit batch. Values pass through each field's
    `to_db_value`, so encryption applies exactly as with `create`; defaults and `auto_now_add` are filled."""
    if not rows:
        return
    meta = model._meta
    columns = list(meta.fields_db_projection.items())  # field name -> column (foreign keys as `<name>_id`)
    now = dt.datetime.now(dt.UTC)
    sealed: dict[tuple[str, Any], Any] = {}  # a value repeated across the batch is converted once
    values: list[Any] = []
    for row in rows:
        for name, _ in columns:
            field = meta.fields_map[name]
            value = row.get(name)
            if value is None and name not in row:
                if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
                    value = now
                elif callable(field.default):
                    value = field.default()
                else:
                    value = field.default
            key = (name, value)
            try:
                values.append(sealed[key])
            except KeyError:
                sealed[key] = converted = field.to_db_value(value, model)
                values.append(converted)
            except TypeError:  # unhashable (a JSON document)
                values.append(field.to_db_value(value, model))
    db = connections.get(meta.default_connection or "default")
    width = len(columns)
    if db.capabilities.dialect == "postgres":
        groups = (", ".join(f"${r * width + c + 1}" for c in range(width)) for r in range(len(rows)))
    else:
        groups = (", ".join("?" * width) for _ in rows)
    names = ", ".join(f'"{column}"' for _, column in columns)
    sql = f'INSERT INTO "{meta.db_table}" ({names}) VALUES ' + ", ".join(f"({g})" for g in groups)  # noqa: S608 (names from the model, values bound)
    await db.execute_query(sql, values)


@functools.lru_cache(maxsize=512)
def _in_dialect(sql: str, dialect: str) -> str:
    return sql if dialect == "postgres" else re.sub(r"\$\d+", "?", sql)


async def select_rows(sql: str, values: list[Any], columns: Mapping[str, Field[Any]]) -> list[dict[str, Any]]:
    """Run a hand-written SELECT on a hot path, where building the query with the ORM costs more than
    running it. Written with PostgreSQL's `$1, $2, ...` (in order; rewritten to `?` for SQLite); each
    column named in `columns` is converted by that model field, as the ORM would."""
    db = connections.get("default")
    dialect = db.capabilities.dialect
    if dialect != "postgres":
        values = [str(v) if isinstance(v, uuid.UUID) else v for v in values]
    rows = await db.execute_query_dict(_in_dialect(sql, dialect), values)
    for row in rows:
        for name, field in columns.items():
            if row.get(name) is not None:
                row[name] = field.to_python_value(row[name])
    return rows


def placeholders(count: int, start: int = 1) -> str:
    """`$1, $2, ...` for an `IN (...)` list of `select_rows`."""
    return ", ".join(f"${i}" for i in range(start, start + count))
