"""Base models: UUID keys, timestamps, and the one way to reach tenant rows (`for_org`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Self, TypeVar

from tortoise import connections, fields
from tortoise.expressions import Q
from tortoise.fields import Field
from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.errors import DomainError, ErrorCode

R = TypeVar("R")


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


class Updated(Model):
    """A row that keeps when it last changed: `updated_at`, set on every save."""

    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True


@functools.cache
def _insert_columns(model: type[Model]) -> tuple[tuple[str, str, Field[Any]], ...]:
    """(field name, column, field) of every stored field (foreign keys as `<name>_id`)."""
    meta = model._meta
    return tuple((name, column, meta.fields_map[name]) for name, column in meta.fields_db_projection.items())


@functools.lru_cache(maxsize=256)
def _insert_sql(
    model: type[Model], count: int, dialect: str, shared: tuple[str, ...] = (), generated: tuple[str, ...] = ()
) -> str:
    """PostgreSQL: one array per column through `unnest`, the same statement for any batch size (prepared
    once, and cheaper for the server than many VALUES groups), the `shared` columns (the same value in
    every row) as one parameter each, and the `generated` ones (new random ids) made by the server;
    elsewhere a VALUES group per row."""
    columns = _insert_columns(model)
    if dialect == "postgres":
        once = [c for c in columns if c[0] in shared]
        made = [c for c in columns if c[0] in generated]
        each = [c for c in columns if c[0] not in shared and c[0] not in generated]
        names = ", ".join(f'"{column}"' for _, column, _ in [*once, *made, *each])
        scalars = [f"${i}::{field.get_for_dialect('postgres', 'SQL_TYPE')}" for i, (_, _, field) in enumerate(once, 1)]
        arrays = ", ".join(
            f"${i}::{field.get_for_dialect('postgres', 'SQL_TYPE')}[]"
            for i, (_, _, field) in enumerate(each, len(once) + 1)
        )
        selected = ", ".join([*scalars, *["gen_random_uuid()"] * len(made), "qx_rows.*"])
        return f'INSERT INTO "{model._meta.db_table}" ({names}) SELECT {selected} FROM unnest({arrays}) AS qx_rows'  # noqa: S608 (names from the model, values bound)
    names = ", ".join(f'"{column}"' for _, column, _ in columns)
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


async def insert_rows(model: type[Model], rows: list[dict[str, Any]], shared: Mapping[str, Any] | None = None) -> None:
    """Append many rows in one INSERT statement, without model objects or a transaction around it: for
    hot append-only writes such as the per-request audit batch. Values pass through each field's
    `to_db_value`, so encryption applies exactly as with `create`; defaults and `auto_now_add` are filled.
    `shared` holds fields with the same value in every row (a row's own value for such a field is not
    read): on PostgreSQL each is converted and sent once, as are the plain defaults no row gives."""
    if not rows:
        return
    shared = dict(shared or {})
    db = connections.get(model._meta.default_connection or "default")
    if db.capabilities.dialect != "postgres":
        full = [{**row, **shared} for row in rows] if shared else rows
        columns = [_column_values(model, field, name, full) for name, _, field in _insert_columns(model)]
        values = [column[i] for i in range(len(rows)) for column in columns]
        await db.execute_query(_insert_sql(model, len(rows), db.capabilities.dialect), values)
        return
    given = {name for row in rows for name in row}
    generated: list[str] = []  # new ids no row gives: PostgreSQL makes them (gen_random_uuid), one per row
    for name, _, field in _insert_columns(model):
        if name in given or name in shared:
            continue
        if field.default is uuid.uuid4:
            generated.append(name)
        elif not (callable(field.default) and _per_row(field)):
            shared[name] = _MISSING  # a default every row would get: converted once below
    if all(name in shared or name in generated for name, _, _ in _insert_columns(model)):
        generated = generated[1:]  # nothing else differs per row: one array of ids gives the number of rows
    once: list[Any] = []
    each: list[Any] = []
    for name, _, field in _insert_columns(model):
        if name in generated:
            continue
        if name in shared:
            value = shared[name]
            if value is _MISSING:
                value = _column_values(model, field, name, [{}])[0]
            else:
                value = field.to_db_value(value, model)
            once.append(value)
        else:
            each.append(_column_values(model, field, name, rows))
    names = tuple(name for name, _, _ in _insert_columns(model) if name in shared)
    await db.execute_query(_insert_sql(model, 0, "postgres", names, tuple(generated)), [*once, *each])


def _per_row(field: Field[Any]) -> bool:
    """A callable default that differs per row (a new id); a timestamp default is one moment for the batch."""
    return not (getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False))


@functools.lru_cache(maxsize=512)
def _in_dialect(sql: str, dialect: str) -> str:
    return sql if dialect == "postgres" else re.sub(r"\$\d+", "?", sql)


def _prepared(sql: str, values: list[Any]) -> tuple[Any, str, list[Any]]:
    """The default connection, and the statement and values in its dialect."""
    db = connections.get("default")
    dialect = db.capabilities.dialect
    if dialect != "postgres":
        values = [str(v) if isinstance(v, uuid.UUID) else v for v in values]
    return db, _in_dialect(sql, dialect), values


async def execute_sql(sql: str, values: list[Any]) -> None:
    """Run a hand-written write (written like `select_rows`' statements) that the ORM cannot express."""
    db, sql, values = _prepared(sql, values)
    await db.execute_query(sql, values)


async def select_rows(sql: str, values: list[Any], columns: Mapping[str, Field[Any]]) -> list[dict[str, Any]]:
    """Run a hand-written SELECT on a hot path, where building the query with the ORM costs more than
    running it. Written with PostgreSQL's `$1, $2, ...` (in order; rewritten to `?` for SQLite); each
    column named in `columns` is converted by that model field, as the ORM would."""
    db, sql, values = _prepared(sql, values)
    dialect = db.capabilities.dialect
    rows = await db.execute_query_dict(sql, values)
    if dialect == "postgres":  # the driver's str, int, bool and UUID values are already what these fields return
        columns = {name: field for name, field in columns.items() if not _as_driver_returns(field)}
    for row in rows:
        for name, field in columns.items():
            value = row.get(name)
            # What the PostgreSQL driver already returns as the ORM would (ids, timestamps in UTC) stays as is.
            if value is not None and type(value) is not uuid.UUID and not _aware(value):
                row[name] = field.to_python_value(value)
    return rows


async def select_records(sql: str, values: list[Any]) -> Sequence[Mapping[str, Any]]:
    """`select_rows` for a hot read whose values need no conversion: the driver's own rows, read by column
    name, without a copy of each into a dict (a report reads 12,000)."""
    db, sql, values = _prepared(sql, values)
    _, rows = await db.execute_query(sql, values)
    return rows  # type: ignore[no-any-return]


@functools.cache
def _as_driver_returns(field: Field[Any]) -> bool:
    """The PostgreSQL driver's value is what the field would return: plain str, int, bool and UUID fields, and
    UUID columns (keys and foreign keys), which asyncpg returns as UUIDs the field hands back unchanged."""
    if type(field) is fields.UUIDField:
        return True
    return type(field).to_python_value is Field.to_python_value and field.field_type in (str, int, bool, uuid.UUID)


def _aware(value: Any) -> bool:
    return type(value) is dt.datetime and value.tzinfo is not None


M = TypeVar("M", bound=Model)


def filter_given(queryset: QuerySet[M], **conditions: object) -> QuerySet[M]:
    """Narrow a query by the conditions whose value was given (not None): a list's optional filters in one call."""
    given = {lookup: value for lookup, value in conditions.items() if value is not None}
    return queryset.filter(**given) if given else queryset


async def keyset_page(
    queryset: QuerySet[Any], order_field: str, desc: bool, after: tuple[Any, Any] | None, limit: int
) -> list[Any]:
    """`limit` model rows after the (order value, id) boundary: the ORM's version of `SqlSelection.page`."""
    if after is not None:
        value, pk = after
        op = "lt" if desc else "gt"
        later = Q(**{f"{order_field}__{op}": value}) | Q(Q(**{order_field: value}), Q(**{f"id__{op}": pk}))
        queryset = queryset.filter(later)
    prefix = "-" if desc else ""
    return list(await queryset.order_by(f"{prefix}{order_field}", f"{prefix}id").limit(limit))


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


class SqlSelection(Generic[R]):
    """One organisation's rows of a tenant table as typed rows (a frozen dataclass whose fields name the columns),
    read with hand-written SQL on the hottest paths, where building the query with the ORM costs more than
    running it.

    The organisation is given at construction and written here as the first condition of every statement:
    a caller cannot forget it, and no method takes it away. Callers add conditions with `where`, numbering
    their values through `statement`."""

    def __init__(self, model: type[TenantModel], organization_id: uuid.UUID, row: type[R]) -> None:
        if not (isinstance(model, type) and issubclass(model, TenantModel)):
            raise TypeError(f"{model!r} is not owned by an organisation: read it with the ORM")
        if not isinstance(organization_id, uuid.UUID):
            raise TypeError(f"tenant rows are read for one organisation id, got {organization_id!r}")
        if not (dataclasses.is_dataclass(row) and row.__dataclass_params__.frozen and "__slots__" not in vars(row)):  # type: ignore[attr-defined]
            raise TypeError(f"rows are read into a frozen dataclass without slots (see `typed_row`), got {row!r}")
        self.model = model
        self.row = row
        self.table = model._meta.db_table
        self.statement = Statement()
        self._tenant = f'"{self.table}".organization_id = {self.statement.param(organization_id)}'
        self._conditions: list[str] = []
        # name -> (SQL expression over the table, conversion of what the driver returns), read when named
        self.computed: dict[str, tuple[str, Callable[[Any], Any]]] = {}
        # computed name -> the join its expression reads from (e.g. a `LEFT JOIN LATERAL` of at most one row),
        # joined only when the name is read
        self.joins: dict[str, str] = {}

    def where(self, condition: str) -> None:
        self._conditions.append(condition)

    async def page(
        self,
        order_field: str,
        desc: bool,
        after: tuple[Any, Any] | None,
        limit: int,
        columns: Sequence[str] | None = None,
    ) -> list[R]:
        """`limit` rows after the (order value, id) boundary in keyset order; unnamed row fields keep their
        defaults (a list reads no more than it shows)."""
        statement, where = self._copy()
        if after is not None:
            value, pk = after
            op = "<" if desc else ">"
            where.append(
                f"({order_field} {op} {statement.param(value)} OR "
                f"({order_field} = {statement.param(value)} AND id {op} {statement.param(pk)}))"
            )
        direction = "DESC" if desc else "ASC"
        tail = f"ORDER BY {order_field} {direction}, id {direction} LIMIT {statement.param(limit)}"
        return await self._fetch(statement, where, columns, tail)

    async def all(self, order_by: str, columns: Sequence[str] | None = None) -> list[R]:
        statement, where = self._copy()
        return await self._fetch(statement, where, columns, f"ORDER BY {order_by}")

    async def first_of_each(self, group: str, order_by: str, columns: Sequence[str] | None = None) -> list[R]:
        """The first row by `order_by` of each `group` value, in one statement (a window function, PostgreSQL
        and SQLite alike)."""
        statement, where = self._copy()
        names = self._columns(columns)
        rank = f"ROW_NUMBER() OVER (PARTITION BY {group} ORDER BY {order_by}) AS qx_rank"
        inner = f"SELECT {self._selected(names)}, {rank} FROM {self._from(where, names)}"  # noqa: S608 (values bound)
        outer = ", ".join(f'"{c}"' for c in names)
        sql = f"SELECT {outer} FROM ({inner}) ranked WHERE qx_rank = 1"  # noqa: S608 (values bound)
        return await self._read(sql, statement.values, names)

    async def count(self) -> int:
        statement, where = self._copy()
        sql = f"SELECT count(*) AS n FROM {self._from(where)}"  # noqa: S608 (values bound)
        return int((await select_rows(sql, statement.values, {}))[0]["n"])

    def _copy(self) -> tuple[Statement, list[str]]:
        statement = Statement()
        statement.values = list(self.statement.values)
        return statement, [self._tenant, *self._conditions]

    def _columns(self, columns: Sequence[str] | None) -> list[str]:
        """The named columns and the row's fields without a default (all its fields when none are named)."""
        every, required = _row_fields(self.row)
        return list(dict.fromkeys([*required, *columns])) if columns is not None else list(every)

    def _expression(self, name: str) -> str:
        if name in self.computed:
            return self.computed[name][0]
        return f'"{self.table}"."{self.model._meta.fields_db_projection[name]}"'

    def _selected(self, names: Sequence[str]) -> str:
        return ", ".join(f'{self._expression(c)} AS "{c}"' for c in names)

    def _from(self, where: list[str], names: Sequence[str] = ()) -> str:
        """Each condition in its own parentheses: a caller's `OR` cannot reach past the organisation's."""
        joins = "".join(f" {j}" for j in dict.fromkeys(self.joins[n] for n in names if n in self.joins))
        return f'"{self.table}"{joins} WHERE ' + " AND ".join(f"({c})" for c in where)

    async def _fetch(self, statement: Statement, where: list[str], columns: Sequence[str] | None, tail: str) -> list[R]:
        names = self._columns(columns)
        sql = f"SELECT {self._selected(names)} FROM {self._from(where, names)} {tail}"  # noqa: S608 (values bound)
        return await self._read(sql, statement.values, names)

    async def _read(self, sql: str, values: list[Any], names: Sequence[str]) -> list[R]:
        fields_map = self.model._meta.fields_map
        rows = await select_rows(sql, values, {c: fields_map[c] for c in names if c not in self.computed})
        for name in (c for c in names if c in self.computed):
            convert = self.computed[name][1]
            for row in rows:
                row[name] = convert(row[name])
        row_type = self.row
        return [typed_row(row_type, row) for row in rows]


def typed_row(row_type: type[R], values: dict[str, Any]) -> R:
    """A frozen row holding `values` (every field without a default among them), made without the dataclass's
    `__init__`: a frozen `__init__` sets each field through `object.__setattr__`, ten times the cost of the rest
    of a lead's per-row work on the list page. Unread fields fall back to the class's defaults; the instance is
    still frozen. (Hence no slots: a slotted instance has no `__dict__` to hand over.)"""
    row = object.__new__(row_type)
    object.__setattr__(row, "__dict__", values)
    return row


@functools.cache
def _row_fields(row: type[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every field, the fields always read: those without a plain default, which `typed_row` cannot fall back to)."""
    fields_ = dataclasses.fields(row)
    return tuple(f.name for f in fields_), tuple(f.name for f in fields_ if f.default is dataclasses.MISSING)


TM = TypeVar("TM", bound=TenantModel)


async def hold_rows(
    model: type[TenantModel], organization_id: uuid.UUID, ids: Sequence[uuid.UUID], *, key_only: bool = False
) -> set[uuid.UUID]:
    """Hold the organisation's rows `ids` until the caller's transaction ends, against change (FOR SHARE) or only
    against deletion (`key_only`, FOR KEY SHARE), and return the ids found. Tortoise locks only FOR UPDATE, which
    would make concurrent writers of the same field or subscription wait for each other; SQLite has one writer
    at a time, so there it is a plain read."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    db = connections.get("default")
    if db.capabilities.dialect != "postgres":
        return set(await model.for_org(organization_id).filter(id__in=wanted).values_list("id", flat=True))
    strength = "KEY SHARE" if key_only else "SHARE"
    table = model._meta.db_table
    sql = f'SELECT id FROM "{table}" WHERE organization_id = $1 AND id = ANY($2) ORDER BY id FOR {strength}'  # noqa: S608 (names from the model, values bound)
    _, rows = await db.execute_query(sql, [organization_id, wanted])
    return {row["id"] for row in rows}


async def get_owned(
    model: type[TM],
    organization_id: uuid.UUID,
    pk: uuid.UUID | None,
    not_found: str,
    *,
    field: str = "id",
    lock: bool = False,
    key_kept: bool = False,
) -> TM:
    """The organisation's row `pk`, or NOT_FOUND on `field`: no id, and another organisation's row, look unknown.
    `lock` holds it FOR UPDATE until the caller's transaction ends (`key_kept`: FOR NO KEY UPDATE, which rows
    referencing it may still take)."""
    query = model.for_org(organization_id)
    if lock:
        query = query.select_for_update(no_key=key_kept)
    row = await query.get_or_none(id=pk) if pk else None
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, not_found, field=field)
    return row
