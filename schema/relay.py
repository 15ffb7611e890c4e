"""Relay: opaque global ids, the Node registry, and keyset-paginated connections with totalCount."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import inspect
import json
import sys
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import strawberry
from graphql import GraphQLError
from tortoise import fields
from tortoise.queryset import QuerySet

from app.errors import DomainError, ErrorCode
from app.ids import decode_global_id, global_id
from app.orm import SqlSelection, keyset_page
from schema.limits import DEFAULT_PAGE, MAX_PAGE, string_problem

if TYPE_CHECKING:
    from schema.context import Context

T = TypeVar("T")


def invalid_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "INVALID_INPUT"})


# --- global ids ------------------------------------------------------------------------------------------


def to_global_id(type_name: str, pk: object) -> strawberry.ID:
    return strawberry.ID(global_id(type_name, pk))


def from_global_id(global_id: str) -> tuple[str, uuid.UUID]:
    """Decode an id; malformed ids raise INVALID_INPUT (a well-formed unknown id is just not found)."""
    try:
        return decode_global_id(global_id)
    except ValueError:
        raise invalid_input(f"Malformed id {global_id!r}.") from None


def pk_of(global_id: str, expected_type: str | tuple[str, ...]) -> uuid.UUID | None:
    """The primary key behind an id of the expected type, or None when the id names another type."""
    type_name, pk = from_global_id(global_id)
    expected = (expected_type,) if isinstance(expected_type, str) else expected_type
    return pk if type_name in expected else None


@strawberry.interface(description="An object with a globally unique, opaque id.")
class Node:
    id: strawberry.ID


R = TypeVar("R")


@functools.cache
def _row_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init and f.name != "id")


def from_row(cls: type[R], row: Any, **given: Any) -> R:
    """Build a GraphQL type from a model row: each field not `given` (the computed or renamed ones) is the row's
    attribute of the same name, and a Node's id is the row's global id, so a type lists its fields only once."""
    values = {name: getattr(row, name) for name in _row_fields(cls) if name not in given}
    if issubclass(cls, Node) and "id" not in given:
        values["id"] = to_global_id(cls.__strawberry_definition__.name, row.id)  # type: ignore[attr-defined]
    return cls(**values, **given)


NodeLoader = Callable[["Context", list[uuid.UUID]], Awaitable[dict[uuid.UUID, Any]]]


@dataclass(frozen=True)
class NodeSource:
    loader: NodeLoader
    scope: str | None  # the partner-token scope that may read this type; None = sessions only


_node_loaders: dict[str, NodeSource] = {}


def register_node(type_name: str, loader: NodeLoader, *, scope: str | None = None) -> None:
    """Declare how `node(id:)` loads a type; the loader must scope by the caller's organisation."""
    _node_loaders[type_name] = NodeSource(loader, scope)


def node_types() -> dict[str, NodeSource]:
    return dict(_node_loaders)


async def resolve_nodes(context: Context, ids: Sequence[str]) -> list[Any]:
    decoded = [from_global_id(i) for i in ids]
    viewer = context.require_viewer()
    wanted: dict[str, list[uuid.UUID]] = {}
    for type_name, pk in decoded:
        source = _node_loaders.get(type_name)
        if source is None:
            continue
        if viewer.is_token and (source.scope is None or source.scope not in (viewer.scopes or ())):
            continue  # a type the token may not read looks like an unknown id
        wanted.setdefault(type_name, []).append(pk)
    found: dict[tuple[str, uuid.UUID], Any] = {}
    for type_name, pks in wanted.items():
        loaded = await _node_loaders[type_name].loader(context, pks)
        for pk, obj in loaded.items():
            found[(type_name, pk)] = obj
    return [found.get(key) for key in decoded]


# --- connections ---------------------------------------------------------------------------------------


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    position: strawberry.Private[tuple[str, object, object]]  # (fingerprint, sort value, id)

    @strawberry.field(description="Where this edge is: pass it as `after` or `before`.")
    def cursor(self) -> str:
        """Encoded only when asked for: most list queries never select it."""
        return encode_cursor(*self.position)


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count_fn: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="The exact number of items matching the filter, across all pages.")
    async def total_count(self) -> int:
        return await self.total_count_fn()


@strawberry.enum
class SortDirection(enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


@dataclass(frozen=True)
class PageArgs:
    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None

    def validated(self) -> PageArgs:
        if self.first is not None and self.last is not None:
            raise invalid_input("Give either `first` or `last`, not both.")
        for name, value in (("first", self.first), ("last", self.last)):
            if value is not None and not 0 <= value <= MAX_PAGE:
                raise invalid_input(f"`{name}` must be between 0 and {MAX_PAGE}.")
        if self.after is not None and self.before is not None:
            raise invalid_input("Give either `after` or `before`, not both.")
        if (self.first is not None and self.before is not None) or (self.last is not None and self.after is not None):
            # a cursor must never be silently ignored: page forwards, or backwards, from it
            raise invalid_input("Page forwards with `first`/`after` or backwards with `last`/`before`.")
        return self


def connection_args(
    resolver: Callable[..., Coroutine[Any, Any, Connection[T]]],
) -> Callable[..., Coroutine[Any, Any, Connection[T]]]:
    """Give a connection resolver Relay's `first/after/last/before` arguments (last, as every list has them)
    and hand them to it as one `page: PageArgs`, so the four arguments are declared once."""
    signature = inspect.signature(resolver)
    own = [p for name, p in signature.parameters.items() if name != "page"]

    async def with_page_args(
        *args: Any,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        **kwargs: Any,
    ) -> Connection[T]:
        return await resolver(*args, page=PageArgs(first, after, last, before), **kwargs)

    page_args = inspect.signature(with_page_args).parameters.values()  # read before wrapping takes the annotations
    own.extend(p for p in page_args if p.kind is inspect.Parameter.KEYWORD_ONLY)
    functools.update_wrapper(with_page_args, resolver)
    with_page_args.__signature__ = signature.replace(parameters=own)  # type: ignore[attr-defined]
    return with_page_args


def _fingerprint(table: str, order_field: str, direction: SortDirection, filter_key: object) -> str:
    """What a cursor is bound to: the list's table, its ordering and its filter (another list's cursor is
    INVALID_INPUT, never a position in this one)."""
    text = json.dumps([table, order_field, direction.value, filter_key], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _encode_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _sort_value(value: object, column: fields.Field[Any] | None) -> object:
    """The cursor's sort value as `column` holds it (a time when no column is named); anything else raises
    ValueError (then INVALID_INPUT) rather than reaching the database as a value of the wrong type or range."""
    if column is not None and column.null and value is None:
        return None
    if column is None or isinstance(column, fields.DatetimeField):
        if not (isinstance(value, dict) and set(value) == {"t"} and isinstance(value["t"], str)):
            raise ValueError("a cursor's time is not a time")
        moment = dt.datetime.fromisoformat(value["t"])
        if moment.tzinfo is None:
            raise ValueError("a cursor's time has no offset")
        return moment.astimezone(dt.UTC)  # OverflowError past year 9999
    if isinstance(column, fields.IntField | fields.BigIntField | fields.SmallIntField):
        low, high = column.constraints.get("ge", -(2**63)), column.constraints.get("le", 2**63 - 1)
        if type(value) is int and low <= value <= high:
            return value
        raise ValueError("a cursor's number is not one the column holds")
    if isinstance(value, str) and string_problem("after", value) is None:
        return value
    raise ValueError("a cursor's sort value is not a string")


def encode_cursor(fingerprint: str, sort_value: object, pk: object) -> str:
    raw = json.dumps({"f": fingerprint, "v": _encode_value(sort_value), "i": str(pk)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode("ascii")


def decode_cursor(cursor: str, fingerprint: str, column: fields.Field[Any] | None = None) -> tuple[object, uuid.UUID]:
    """(sort value, id) of a cursor made for this ordering and filter over `column`; whatever else a client
    sends is INVALID_INPUT, never a database error."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(data, dict) or data.get("f") != fingerprint or not isinstance(data.get("i"), str):
            raise ValueError("cursor belongs to another ordering or filter")
        return _sort_value(data.get("v"), column), uuid.UUID(data["i"])
    except (binascii.Error, ValueError, TypeError, OverflowError, RecursionError):
        raise invalid_input("This cursor does not belong to this list (ordering or filter changed).") from None


async def paginate(
    source: QuerySet[Any] | SqlSelection[Any],
    page: PageArgs,
    to_nodes: Callable[[Any], T] | Callable[[list[Any]], Awaitable[list[T]]],
    *,
    order_field: str = "created_at",
    direction: SortDirection = SortDirection.DESC,
    filter_key: object = None,
    count: Callable[[], Awaitable[int]] | None = None,
    columns: Sequence[str] | None = None,
) -> Connection[T]:
    """The one builder of `first/after/last/before` connections: keyset pagination over (order_field, id), so
    rows present at the first page come back exactly once; cursors are bound to the ordering and `filter_key`.

    `to_nodes` is a plain function of one row, or an async function of the whole page (to prefetch what the
    nodes need). A hand-written `SqlSelection` reads only the named `columns` (all its row's fields when none
    are named); `count` replaces counting the rows (e.g. a maintained counter)."""
    page = page.validated()
    fp = _fingerprint(source.model._meta.db_table, order_field, direction, filter_key)
    backwards = page.last is not None or page.before is not None  # validated: never with first/after
    limit = page.last if page.last is not None else (page.first if page.first is not None else DEFAULT_PAGE)
    # Walking backwards flips the comparison and the SQL order; results are reversed afterwards.
    desc = (direction is SortDirection.DESC) != backwards
    cursor = page.before if backwards else page.after
    column = source.model._meta.fields_map[order_field]
    after = decode_cursor(cursor, fp, column) if cursor is not None else None
    if isinstance(source, SqlSelection):
        read = list(dict.fromkeys(["id", order_field, *columns])) if columns is not None else None
        rows: list[Any] = await source.page(order_field, desc, after, limit + 1, read)
    else:
        rows = await keyset_page(source, order_field, desc, after, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
    if inspect.iscoroutinefunction(to_nodes):
        nodes = await to_nodes(rows)
    else:
        nodes = [to_nodes(r) for r in rows]
    edges = [
        Edge(node=node, position=(fp, getattr(row, order_field), row.id)) for row, node in zip(rows, nodes, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_more if not backwards else page.before is not None,
            has_previous_page=has_more if backwards else page.after is not None,
            start_cursor=encode_cursor(*edges[0].position) if edges else None,
            end_cursor=encode_cursor(*edges[-1].position) if edges else None,
        ),
        total_count_fn=count or source.count,
    )


def connection_field(
    extensions: list[Any], description: str
) -> Callable[[Callable[..., Coroutine[Any, Any, Connection[T]]]], Any]:
    """`@strawberry.field(extensions=..., description=...)` over `@connection_args`, the pair every root
    connection field stacks: one decorator naming only the access rule and the description."""

    def decorate(resolver: Callable[..., Coroutine[Any, Any, Connection[T]]]) -> Any:
        return strawberry.field(extensions=extensions, description=description)(connection_args(resolver))

    return decorate


@overload
def pk_or_not_found(value: str, type_name: str, field: str = "id", *, what: str | None = None) -> uuid.UUID: ...
@overload
def pk_or_not_found(
    value: str | None, type_name: str, field: str = "id", *, what: str | None = None
) -> uuid.UUID | None: ...
def pk_or_not_found(
    value: str | None, type_name: str, field: str = "id", *, what: str | None = None
) -> uuid.UUID | None:
    """The key behind an input id, None when the input left it out; an id of another type is as unknown as a
    foreign one: NOT_FOUND on `field`, "No such <what>." (the type's name unless a wording is given)."""
    if value is None:
        return None
    pk = pk_of(value, type_name)
    if pk is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"No such {what or type_name}.", field)
    return pk


def id_or_named_pk(
    given_id: str | None, named: str | None, type_name: str, named_field: str, *, what: str
) -> tuple[uuid.UUID, str]:
    """The key of a mutation's target given as `id` (SPEC §6) or by its name (`leadId`), exactly one of them,
    and the input field it came in (a NOT_FOUND names that field)."""
    if given_id is None and named is None:
        required = f"Give the {what} as `id` or `{named_field}`: one of them is required."
        raise DomainError(ErrorCode.INVALID_INPUT, required, "id")
    if given_id is not None and named is not None:
        raise DomainError(ErrorCode.INVALID_INPUT, f"Give the {what} as `id` or `{named_field}`, not both.", "id")
    field = "id" if given_id is not None else named_field
    return pk_or_not_found(given_id if given_id is not None else named, type_name, field, what=what), field  # type: ignore[return-value]


def id_input(name: str, /) -> Any:
    """An input that only names the object its mutation acts on (`deleteDeal(input: {id})`), one definition for
    the many that differ in name alone."""
    namespace = {"__annotations__": {"id": strawberry.ID}, "__module__": sys._getframe(1).f_globals["__name__"]}
    return strawberry.input(type(name, (), namespace))


def rows_loader(model: Any, build: Callable[[Any], Any]) -> NodeLoader:
    """A `register_node` loader for a tenant model whose node is built from its row alone."""

    async def load(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        rows = await model.for_org(context.organization_id).filter(id__in=pks)
        return {row.id: build(row) for row in rows}

    return load


def filter_pk(value: str | None, type_name: str) -> tuple[uuid.UUID | None, bool]:
    """The key behind a list filter's id (None when the filter leaves it out), and whether the filter matches
    nothing: an id of another type names no row, so the list comes back empty rather than unfiltered."""
    if value is None:
        return None, False
    pk = pk_of(value, type_name)
    return pk, pk is None


def order_input(name: str, fields: type[enum.Enum], /) -> Any:
    """A connection's ordering input: `field`, one of the enum (its CREATED_AT by default), and `direction` (DESC
    by default); one definition for the lists that differ only in the fields they sort by."""
    namespace = {
        "__annotations__": {"field": fields, "direction": SortDirection},
        "__module__": sys._getframe(1).f_globals["__name__"],
        "field": fields["CREATED_AT"],
        "direction": SortDirection.DESC,
    }
    return strawberry.input(type(name, (), namespace))
