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


@functools.cache
def _insert_columns(model: type[Model]) -> tuple[tuple[str, str, Field[Any]], ...]:
    """(field name, column, field) of every stored field (foreign keys as `<name>_id`)."""
    meta = model._meta
    return tuple((name, column, meta.fields_map[name]) for name, column in meta.fields_db_projection.items())


@functools.lru_cache(maxsize=256)
def _insert_sql(model: type[Model], count: int, dialect: str) -> str:
    columns = _insert_columns(model)
    width = len(columns)
    if dialect == "postgres":
        groups = [", ".join(f"${r * width + c + 1}" for c in range(width)) for r in range(count)]
    else:
        groups = [", ".join("?" * width)] * count
    names = ", ".join(f'"{column}"' for _, column, _ in columns)
    return f'INSERT INTO "{model._meta.db_table}" ({names}) VALUES ' + ", ".join(f"({g})" for g in groups)  # noqa: S608 (names from the model, values bound)


def _default(field: Field[Any], now: dt.datetime) -> Any:
    if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
        return now
    return field.default() if callable(field.default) else field.default


async def insert_rows(model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Append many rows in one INSERT statement, without model objects or a transaction around it: for
    hot append-only writes such as the per-request audit batch. Values pass through each field's
    `to_db_value`, so encryption applies exactly as with `create`; defaults and `auto_now_add` are filled."""
    if not rows:
        return
    columns = _insert_columns(model)
    now = dt.datetime.now(dt.UTC)
    converted: dict[tuple[str, str], Any] = {}  # a text repeated across the batch is converted (sealed) once
    values: list[Any] = []
    for row in rows:
        for name, _, field in columns:
            value = row[name] if name in row else _default(field, now)
            if isinstance(value, str):
                key = (name, value)
                if key not in converted:
                    converted[key] = field.to_db_value(value, model)
                values.append(converted[key])
            else:
                values.append(field.to_db_value(value, model))
    db = connections.get(model._meta.default_connection or "default")
    await db.execute_query(_insert_sql(model, len(rows), db.capabilities.dialect), values)


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
