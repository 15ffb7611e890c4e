"""Base models: UUID keys, timestamps, and the one way to reach tenant rows (`for_org`)."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from types import SimpleNamespace
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
    """PostgreSQL: one array per column through `unnest`, the same statement for any batch size (prepared
    once, and cheaper for the server than many VALUES groups); elsewhere a VALUES group per row."""
    columns = _insert_columns(model)
    names = ", ".join(f'"{column}"' for _, column, _ in columns)
    if dialect == "postgres":
        arrays = ", ".join(
            f"${i}::{field.get_for_dialect('postgres', 'SQL_TYPE')}[]" for i, (_, _, field) in enumerate(columns, 1)
        )
        return f'INSERT INTO "{model._meta.db_table}" ({names}) SELECT * FROM unnest({arrays})'  # noqa: S608 (names from the model, values bound)
    groups = ", ".join(["(" + ", ".join("?" * len(columns)) + ")"] * count)
    return f'INSERT INTO "{model._meta.db_table}" ({names}) VALUES {groups}'  # noqa: S608 (names from the model, values bound)


_MISSING = object()


def _column_values(model: type[Model], field: Field[Any], name: str, rows: list[dict[str, Any]]) -> list[Any]:
    """One column of the batch as stored: defaults filled, each distinct value converted (sealed) once."""
    if all(name not in row for row in rows):
        if field.default is uuid.uuid4:  # one read of the system's randomness for the whole batch
            raw = os.urandom(16 * len(rows))
            return [
                field.to_db_value(uuid.UUID(bytes=raw[i : i + 16], version=4), model) for i in range(0, len(raw), 16)
            ]
        if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
            return [field.to_db_value(dt.datetime.now(dt.UTC), model)] * len(rows)
    converted: dict[Any, Any] = {}
    out: list[Any] = []
    for row in rows:
        if name in row:
            value = row[name]
        else:
            value = field.default() if callable(field.default) else field.default
        try:
            found = converted.get(value, _MISSING)
        except TypeError:  # unhashable (a JSON document)
            found = field.to_db_value(value, model)
        if found is _MISSING:
            found = converted[value] = field.to_db_value(value, model)
        out.append(found)
    return out


async def insert_rows(model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Append many rows in one INSERT statement, without model objects or a transaction around it: for
    hot append-only writes such as the per-request audit batch. Values pass through each field's
    `to_db_value`, so encryption applies exactly as with `create`; defaults and `auto_now_add` are filled."""
    if not rows:
        return
    columns = [_column_values(model, field, name, rows) for name, _, field in _insert_columns(model)]
    db = connections.get(model._meta.default_connection or "default")
    if db.capabilities.dialect == "postgres":
        await db.execute_query(_insert_sql(model, 0, "postgres"), columns)  # one array per column
    else:
        values = [column[i] for i in range(len(rows)) for column in columns]
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
            value = row.get(name)
            # What the PostgreSQL driver already returns as the ORM would (ids, timestamps in UTC) stays as is.
            if value is not None and type(value) is not uuid.UUID and not _aware(value):
                row[name] = field.to_python_value(value)
    return rows


def _aware(value: Any) -> bool:
    return type(value) is dt.datetime and value.tzinfo is not None


class Statement:
    """The parameters of a hand-written statement for `select_rows`, numbered as conditions are written."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self.postgres = connections.get("default").capabilities.dialect == "postgres"

    def param(self, value: Any) -> str:
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(dt.UTC)  # SQLite compares the stored UTC text
        self.values.append(value)
        return f"${len(self.values)}"

    def one_of(self, column: str, values: Sequence[Any]) -> str:
        """`column = ANY($n)` with one array on PostgreSQL (one plan whatever the count; an `IN` list of 50
        parameters costs the server four times as much), `column IN ($n, ...)` elsewhere."""
        if not values:
            return "1 = 0"
        if self.postgres:
            return f"{column} = ANY({self.param(list(values))})"
        return f"{column} IN ({', '.join(self.param(v) for v in values)})"


class SqlSelection:
    """Rows of one table matching hand-written conditions: for `paginate` on the hottest lists, where
    building the query with the ORM costs more than running it."""

    def __init__(self, model: type[Model]) -> None:
        self.model = model
        self.statement = Statement()
        self.conditions: list[str] = []
        # name -> (SQL expression over the table, conversion of what the driver returns), read when named
        self.computed: dict[str, tuple[str, Callable[[Any], Any]]] = {}

    def where(self, condition: str) -> None:
        self.conditions.append(condition)

    def _expression(self, name: str) -> str:
        if name in self.computed:
            return self.computed[name][0]
        return f'"{self.model._meta.fields_db_projection[name]}"'

    def _copy(self) -> tuple[Statement, list[str]]:
        statement = Statement()
        statement.values = list(self.statement.values)
        return statement, list(self.conditions)

    async def rows(
        self, columns: Sequence[str], order_field: str, desc: bool, after: tuple[Any, Any] | None, limit: int
    ) -> list[SimpleNamespace]:
        """`limit` rows after the (order value, id) boundary, each with the named fields as attributes."""
        statement, where = self._copy()
        if after is not None:
            value, pk = after
            op = "<" if desc else ">"
            where.append(
                f"({order_field} {op} {statement.param(value)} OR "
                f"({order_field} = {statement.param(value)} AND id {op} {statement.param(pk)}))"
            )
        meta = self.model._meta
        selected = ", ".join(f'{self._expression(c)} AS "{c}"' for c in columns)
        direction = "DESC" if desc else "ASC"
        sql = (
            f'SELECT {selected} FROM "{meta.db_table}" WHERE {" AND ".join(where) or "1 = 1"} '  # noqa: S608 (values bound)
            f"ORDER BY {order_field} {direction}, id {direction} LIMIT {statement.param(limit)}"
        )
        fields = {c: meta.fields_map[c] for c in columns if c not in self.computed}
        rows = await select_rows(sql, statement.values, fields)
        for name in (c for c in columns if c in self.computed):
            convert = self.computed[name][1]
            for row in rows:
                row[name] = convert(row[name])
        return [SimpleNamespace(**row) for row in rows]

    async def count(self) -> int:
        statement, where = self._copy()
        sql = f'SELECT count(*) AS n FROM "{self.model._meta.db_table}" WHERE {" AND ".join(where) or "1 = 1"}'  # noqa: S608 (values bound)
        return int((await select_rows(sql, statement.values, {}))[0]["n"])
