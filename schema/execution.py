"""graphql-core's executor with a shortcut for plain fields: an attribute read and a scalar coercion.

A page of 50 leads completes several hundred fields; most are attributes already on the object. For
those, the stock executor builds a Path, a ResolveInfo, argument values and a chain of `complete_*`
calls per field. Here a field with strawberry's default resolver, no arguments, and a scalar or enum
type (or a list of them) is read and coerced directly, and such a field of an object type goes straight
to its sub-selection; an object or a list of objects whose whole selection is such fields, held in an attribute
or returned by a resolver (a report's thousands of rows), is completed by a function compiled once per selection,
without graphql-core's per-object paths. Anything else, and any value that would make the stock path raise (null
for a non-null type, a failing coercion, a non-list for a list, an object of the wrong type), goes through
graphql-core unchanged, so results and errors are exactly the stock ones.

`QUANTIX_FAST_EXECUTOR=false` serves with strawberry's stock execution context instead (`make test` runs the
GraphQL tests both ways), so a suspected shortcut bug can be ruled out in production without a deploy.
"""

from __future__ import annotations

import functools
import keyword
import operator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
)
from graphql.execution.executor import to_nodes
from graphql.pyutils import Path, Undefined
from graphql.pyutils.gather_with_cancel import gather_with_cancel
from graphql.type.scalars import serialize_boolean, serialize_id, serialize_int, serialize_string
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE

from app.settings import Settings

_SLOW = object()  # "not plain after all": let graphql-core complete this field


def _leaf_of(field_type: GraphQLOutputType) -> tuple[bool, bool, bool, Any] | None:
    """(non_null, is_list, items_non_null, coerce) for scalar, enum and list-of-leaf types, else None."""
    non_null = isinstance(field_type, GraphQLNonNull)
    inner = field_type.of_type if non_null else field_type
    is_list = isinstance(inner, GraphQLList)
    items_non_null = False
    if is_list:
        inner = inner.of_type
        items_non_null = isinstance(inner, GraphQLNonNull)
        inner = inner.of_type if items_non_null else inner
        if isinstance(inner, GraphQLList | GraphQLNonNull):
            return None
    if not isinstance(inner, GraphQLScalarType | GraphQLEnumType):
        return None
    return non_null, is_list, items_non_null, inner.coerce_output_value


def _coerce_one(coerce: Any, value: Any) -> Any:
    coerced = coerce(value)
    return _SLOW if coerced is None or coerced is Undefined else coerced


def _plain_value(leaf: tuple[bool, bool, bool, Any], raw: Any) -> Any:
    """The completed value, or _SLOW when graphql-core must handle it (to raise its own error)."""
    non_null, is_list, items_non_null, coerce = leaf
    if raw is None or raw is Undefined:
        return _SLOW if non_null else None
    if not is_list:
        if isinstance(raw, Exception):
            return _SLOW
        return _coerce_one(coerce, raw)
    return _complete_items(raw, items_non_null, lambda item: _coerce_one(coerce, item))


def _complete_items(raw: Any, items_non_null: bool, complete_item: Any) -> Any:
    """A list completed item by item (a null item kept where the type allows it), or _SLOW when any item needs
    graphql-core."""
    if not isinstance(raw, list | tuple):
        return _SLOW
    out: list[Any] = []
    for item in raw:
        if item is None:
            if items_non_null:
                return _SLOW
            out.append(None)
            continue
        completed = complete_item(item)
        if completed is _SLOW:
            return _SLOW
        out.append(completed)
    return out


_MIN_INT, _MAX_INT = -(2**31), 2**31 - 1
# graphql-core's built-in serialisers -> the Python type each returns unchanged (a str as String or ID, ...)
_UNCHANGED = {serialize_string: str, serialize_id: str, serialize_boolean: bool, serialize_int: int}


def _leaf_function(leaf: tuple[bool, bool, bool, Any], named: Any) -> Any:
    """raw -> completed value or _SLOW; a value a built-in scalar returns unchanged (a `str` for String, an `int`
    within range for Int, a list of `str` for [String!]) is taken as is without the calls, a member of a
    strawberry enum is looked up, anything else goes through `_plain_value`."""
    serialize = getattr(named, "serialize", None)
    unchanged = _UNCHANGED.get(serialize)

    def general(raw: Any) -> Any:
        return _plain_value(leaf, raw)

    if leaf[1]:  # a list: of strings or booleans, copied as is when every item is one
        if unchanged not in (str, bool):
            return general

        def items(raw: Any) -> Any:
            if type(raw) is not list:
                return _plain_value(leaf, raw)
            for item in raw:
                if type(item) is not unchanged:
                    return _plain_value(leaf, raw)
            return list(raw)

        return items
    names = _enum_names(named)
    if names is not None:
        members, enum_class = names

        def member(raw: Any) -> Any:
            return members[raw] if type(raw) is enum_class else _plain_value(leaf, raw)

        return member
    if unchanged is None:  # one value of another scalar (Decimal, DateTime, ...): its own coercion, inlined
        general.coerce, general.non_null = leaf[3], leaf[0]  # type: ignore[attr-defined]
        return general
    if unchanged is int:

        def integer(raw: Any) -> Any:
            if type(raw) is int and _MIN_INT <= raw <= _MAX_INT:
                return raw
            return _plain_value(leaf, raw)

        integer.unchanged = int  # type: ignore[attr-defined]
        return integer

    def same(raw: Any) -> Any:
        return raw if type(raw) is unchanged else _plain_value(leaf, raw)

    same.unchanged = unchanged  # type: ignore[attr-defined]
    return same


def _enum_names(named: Any) -> tuple[dict[Any, str], type] | None:
    """(member -> its GraphQL name as the type serialises it, the enum class) for a strawberry enum type."""
    enum_class = getattr(named, "wrapped_cls", None)
    if not isinstance(named, GraphQLEnumType) or not isinstance(enum_class, type) or not issubclass(enum_class, Enum):
        return None
    members: dict[Any, str] = {}
    for item in enum_class:
        try:
            name = named.serialize(item)
        except Exception:  # a member the type cannot name goes the stock way
            return None
        if not isinstance(name, str):
            return None
        members[item] = name
    return members, enum_class


def _named_of(field_type: GraphQLOutputType) -> Any:
    inner = field_type
    while isinstance(inner, GraphQLNonNull | GraphQLList):
        inner = inner.of_type
    return inner


def _object_of(field_type: GraphQLOutputType) -> tuple[bool, GraphQLObjectType] | None:
    """(non_null, type) for object types, else None (interfaces and unions resolve their type first)."""
    non_null = isinstance(field_type, GraphQLNonNull)
    inner = field_type.of_type if non_null else field_type
    return (non_null, inner) if isinstance(inner, GraphQLObjectType) else None


def _objects_of(field_type: GraphQLOutputType) -> tuple[bool, GraphQLOutputType, GraphQLObjectType] | None:
    """(non_null, item type, object type) for a list of objects (nullable or not, either level), else None."""
    non_null = isinstance(field_type, GraphQLNonNull)
    inner = field_type.of_type if non_null else field_type
    if not isinstance(inner, GraphQLList):
        return None
    item_type = inner.of_type
    item = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
    return (non_null, item_type, item) if isinstance(item, GraphQLObjectType) else None


@dataclass(frozen=True)
class _Step:
    """How one selected field is completed: `leaf` or `obj` set = the shortcut, neither = graphql-core."""

    response_name: str
    field_details_list: Any
    field_def: Any
    leaf: tuple[bool, bool, bool, Any] | None = None
    obj: tuple[bool, GraphQLObjectType] | None = None
    objs: tuple[bool, GraphQLOutputType, GraphQLObjectType] | None = None  # a list of objects
    read: Any = None  # source -> value: the field's own resolver, or a plain attribute read when that is all it does
    complete_leaf: Any = None  # raw value -> completed leaf or _SLOW (set with `leaf`)


def _attribute_of(field_def: Any) -> str | None:
    """The attribute a field's resolver reads, when all it does is `getattr(source, python_name)` (strawberry's
    resolver for an attribute field, when the schema's default resolver is `getattr`)."""
    definition = field_def.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if definition is not None and definition.default_resolver is getattr and not definition.base_resolver:
        return definition.python_name  # type: ignore[no-any-return]
    return None


def _reader(field_def: Any) -> Any:
    """Read an attribute field directly (strawberry's resolver reads it through two calls)."""
    attribute = _attribute_of(field_def)
    if attribute is not None:
        return operator.attrgetter(attribute)
    resolve = field_def.resolve
    return lambda source: resolve(source, None)


_FIELD_PARTS: dict[int, tuple[Any, tuple[Any, ...]]] = {}


def _field_parts(field_def: Any) -> tuple[Any, ...]:
    """(leaf, obj, objs, read, complete_leaf) of a plain field: what its steps need, worked out once per field of
    the schema (a schema's fields live as long as the process; each is kept with its parts so its id stays its own)."""
    cached = _FIELD_PARTS.get(id(field_def))
    if cached is not None and cached[0] is field_def:
        return cached[1]
    field_type = field_def.type
    leaf = _leaf_of(field_type)
    complete_leaf = _leaf_function(leaf, _named_of(field_type)) if leaf is not None else None
    parts = (leaf, _object_of(field_type), _objects_of(field_type), _reader(field_def), complete_leaf)
    if len(_FIELD_PARTS) > 20_000:  # schemas built again and again (tests) must not pile up
        _FIELD_PARTS.clear()
    _FIELD_PARTS[id(field_def)] = (field_def, parts)
    return parts


_SYNCHRONOUS: set[type] = set()


def _plain_strawberry_class(cls: type) -> bool:
    """A strawberry type's class (or a named tuple's, such as the app's `Money`) that no attribute hook,
    `__await__` or coroutine base can make awaitable."""
    return (
        (hasattr(cls, "__strawberry_definition__") or issubclass(cls, tuple))
        and not hasattr(cls, "__await__")
        and cls.__getattribute__ in (object.__getattribute__, tuple.__getattribute__)
        and not hasattr(cls, "__getattr__")
        and type(cls) is type
        and not issubclass(cls, BaseException)
        and len(_SYNCHRONOUS) < 10_000
    )


def _exact_class(object_type: GraphQLObjectType) -> type | None:
    """The class whose own objects (with `__dict__`, not `strawberry.cast`) strawberry's `is_type_of` accepts
    with a plain isinstance check; None where its check does more (generic types) or there is no such check."""
    definition = (object_type.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    origin = getattr(definition, "origin", None)
    if not (object_type.is_type_of and _strawberry_made(object_type.is_type_of) and isinstance(origin, type)):
        return None
    if definition.concrete_of or "__slots__" in vars(origin) or hasattr(origin, TYPE_CAST_ATTRIBUTE):
        return None
    return origin


def _strawberry_made(is_type_of: Any) -> bool:
    return getattr(is_type_of, "__qualname__", "").startswith("GraphQLCoreConverter.")


@dataclass(frozen=True)
class _Selection:
    """One plain selection, ready to be written out as Python: per selected field (response name, the attribute
    it reads when that is all its read does, read, complete leaf, (non_null, nested)), where `nested` is the
    _Selection of an object or the completing function of a list of objects; and the object's check."""

    parts: list[tuple[str, str | None, Any, Any, Any]]
    is_type_of: Any
    exact: type | None
    key: tuple[Any, ...]  # the same for the same selection of the same schema, in any request
    kept: tuple[Any, ...]  # the objects whose ids are in `key`, kept alive while it is cached


_GENERATED: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}


def _generated_once(selection: _Selection, is_awaitable: Any) -> Any:
    """`_generated`, once per selection of a schema for the whole process: a request's selections are new
    objects, but a query asked again has the same fields, so its function is written and compiled once."""
    key = (selection.key, id(is_awaitable))
    cached = _GENERATED.get(key)
    if cached is not None:
        return cached[1]
    if len(_GENERATED) > 5_000:  # schemas built again and again (tests) must not pile up
        _GENERATED.clear()
    function = _generated(selection, functools.partial(_is_synchronous, is_awaitable=is_awaitable))
    _GENERATED[key] = ((selection.kept, is_awaitable), function)
    return function


def _is_synchronous(value: Any, is_awaitable: Any) -> bool:
    """Not awaitable: graphql-core's check, remembered for the classes of strawberry's own types (plain
    classes: whether one of their objects can be awaited depends on the class alone)."""
    cls = type(value)
    if cls in _SYNCHRONOUS:
        return True
    if is_awaitable(value):
        return False
    if _plain_strawberry_class(cls):
        _SYNCHRONOUS.add(cls)
    return True


def _generated(selection: _Selection, synchronous: Any) -> Any:
    """The completing function of one selection, written out as Python and compiled: one attribute read and
    one check per field, the selections of single objects below it written inline, and no loop, tuple unpacking
    or call per field where a field's value is already what GraphQL shows (a `str` for a String, an in-range
    `int` for an Int). It returns exactly what the stock completion would, as a dict, or _SLOW as soon as any
    field needs graphql-core. Only attribute names that are identifiers are written into the source; every
    other object is reached through the namespace."""
    space: dict[str, Any] = {"SLOW": _SLOW, "Undefined": Undefined, "sync": synchronous, "known": _SYNCHRONOUS}
    space["cast"] = TYPE_CAST_ATTRIBUTE
    lines = ["def complete(value):"]
    lines.extend(_check_lines(selection, "value", "", "    ", space))
    lines.append("    try:")
    result = _emit(selection, "value", "r", "        ", lines, space)
    lines.append(f"        return {result}")
    lines.append("    except Exception:")
    lines.append("        return SLOW")
    exec(compile("\n".join(lines), "<compiled selection>", "exec"), space)  # noqa: S102 (names checked above)
    return space["complete"]


def _check_lines(selection: _Selection, value: str, name: str, pad: str, space: dict[str, Any]) -> list[str]:
    """`return SLOW` unless `value` is an object this selection completes as graphql-core would."""
    if selection.is_type_of:
        space[f"is_type_of{name}"] = selection.is_type_of
        check = [f"{pad}if is_type_of{name}({value}, None) is not True: return SLOW"]
        if selection.exact is None:
            return check
        space[f"exact{name}"] = selection.exact  # an object of the class itself, not cast: strawberry's check passes
        return [f"{pad}if type({value}) is not exact{name} or cast in {value}.__dict__:", "    " + check[0]]
    # a class already known not to be awaitable (nor an exception) needs no check
    return [
        f"{pad}if type({value}) not in known:",
        f"{pad}    if isinstance({value}, Exception) or not sync({value}): return SLOW",
    ]


def _emit(selection: _Selection, value: str, prefix: str, pad: str, lines: list[str], space: dict[str, Any]) -> str:
    """Append the lines reading each field of `value` into variables named from `prefix`; the dict expression."""
    names = []
    for index, (response_name, attribute, read, complete_leaf, nested) in enumerate(selection.parts):
        got = f"{prefix}_{index}"
        names.append(f"{response_name!r}: {got}")
        if attribute is not None and attribute.isidentifier() and not keyword.iskeyword(attribute):
            lines.append(f"{pad}{got} = {value}.{attribute}")
        else:
            space[f"read{got}"] = read
            lines.append(f"{pad}{got} = read{got}({value})")
        if complete_leaf is not None:
            lines.extend(_leaf_lines(got, complete_leaf, pad, space))
            continue
        non_null, below = nested
        lines.append(f"{pad}if {got} is None or {got} is Undefined:")
        lines.append(f"{pad}    return SLOW" if non_null else f"{pad}    {got} = None")
        lines.append(f"{pad}else:")
        if isinstance(below, _Selection):  # a single object: its selection written here
            lines.extend(_check_lines(below, got, got, pad + "    ", space))
            inner = _emit(below, got, got, pad + "    ", lines, space)
            lines.append(f"{pad}    {got} = {inner}")
        else:  # a list of objects: its items' function
            space[f"items{got}"] = below
            lines.append(f"{pad}    {got} = items{got}({got})")
            lines.append(f"{pad}    if {got} is SLOW: return SLOW")
    return "{" + ", ".join(names) + "}"


def _leaf_lines(got: str, complete_leaf: Any, pad: str, space: dict[str, Any]) -> list[str]:
    """The source completing one leaf value held in `got`, as `complete_leaf` would: a value already as GraphQL
    shows it is kept, another scalar is coerced with its own function, anything else calls `complete_leaf`."""
    space[f"leaf{got}"] = complete_leaf
    unchanged = getattr(complete_leaf, "unchanged", None)
    coerce = getattr(complete_leaf, "coerce", None)
    if coerce is not None:
        space[f"coerce{got}"] = coerce
        return [
            f"{pad}if {got} is None or {got} is Undefined:",
            f"{pad}    return SLOW" if complete_leaf.non_null else f"{pad}    {got} = None",
            f"{pad}elif isinstance({got}, Exception):",
            f"{pad}    return SLOW",
            f"{pad}else:",
            f"{pad}    {got} = coerce{got}({got})",
            f"{pad}    if {got} is None or {got} is Undefined: return SLOW",
        ]
    if unchanged is int:
        test = f"{pad}if type({got}) is not int or not {_MIN_INT} <= {got} <= {_MAX_INT}:"
    elif unchanged is not None:
        space[f"type{got}"] = unchanged
        test = f"{pad}if type({got}) is not type{got}:"
    else:
        test = f"{pad}if True:"
    return [test, f"{pad}    {got} = leaf{got}({got})", f"{pad}    if {got} is SLOW: return SLOW"]


class QuantixExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """See the module docstring. Plans are memoised per selection (graphql-core memoises the field sets)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (the field set, kept alive so its id is not reused; its steps; whether any step takes the shortcut)
        self._plans: dict[tuple[GraphQLObjectType, int], tuple[Any, list[_Step], bool]] = {}
        # (the field details list, kept alive likewise; its selection and completing function, None when not all
        # plain reads)
        self._compiled_selections: dict[tuple[GraphQLObjectType, int], tuple[Any, Any]] = {}

    def _plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> tuple[Any, list[_Step], bool]:
        key = (parent_type, id(grouped_field_set))
        cached = self._plans.get(key)
        if cached is not None:
            return cached
        plain_allowed = not (self.middleware_manager and self.middleware_manager.middlewares)
        plan: list[_Step] = []
        for response_name, field_details_list in grouped_field_set.items():
            node = field_details_list[0].node
            field_def = self.schema.get_field(parent_type, node.name.value)
            plain = (
                plain_allowed
                and field_def is not None
                and not field_def.args
                and not node.arguments
                and getattr(field_def.resolve, "_is_default", False)
            )
            step = _Step(response_name, field_details_list, field_def)
            if plain:
                leaf, obj, objs, read, complete_leaf = _field_parts(field_def)
                if objs is not None and any(d.node.directives for d in field_details_list):
                    objs = None  # @stream changes how a list completes: graphql-core handles such a list
                step = _Step(response_name, field_details_list, field_def, leaf, obj, objs, read, complete_leaf)
            plan.append(step)
        planned = self._plans[key] = (grouped_field_set, plan, any(s.read is not None for s in plan))
        return planned

    def _compiled(self, object_type: GraphQLObjectType, field_details_list: Any) -> Any:
        """A function completing a value as `object_type` with this selection, or None when some selected field
        (at any depth) is not a plain read. The function returns _SLOW, before any effect, for any value it
        cannot complete exactly as graphql-core would (then graphql-core completes it, errors and all)."""
        selection = self._selection(object_type, field_details_list)
        return selection[1] if selection is not None else None

    def _selection(self, object_type: GraphQLObjectType, field_details_list: Any) -> tuple[_Selection, Any] | None:
        """(the plain selection, its completing function), or None; worked out once per selection."""
        key = (object_type, id(field_details_list))
        cached = self._compiled_selections.get(key)
        if cached is not None:
            return cached[1]
        self._compiled_selections[key] = (field_details_list, None)  # a cycle cannot recurse while compiling
        selection = self._compile(object_type, field_details_list)
        compiled = (selection, _generated_once(selection, self.is_awaitable)) if selection is not None else None
        self._compiled_selections[key] = (field_details_list, compiled)
        return compiled

    def _compile(self, object_type: GraphQLObjectType, field_details_list: Any) -> _Selection | None:
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(object_type, field_details_list)
        is_type_of = object_type.is_type_of
        if new_defer_usages or (is_type_of and not _strawberry_made(is_type_of)):
            return None
        _, plan, _ = self._plan(object_type, grouped_field_set)
        parts: list[tuple[str, str | None, Any, Any, Any]] = []
        keys: list[tuple[Any, ...]] = []
        kept: list[Any] = [object_type]
        for step in plan:
            if step.read is None:
                return None
            attribute = _attribute_of(step.field_def)
            kept.append(step.field_def)
            if step.complete_leaf is not None:
                parts.append((step.response_name, attribute, step.read, step.complete_leaf, None))
                keys.append((step.response_name, id(step.field_def)))
                continue
            nested_type = step.obj[1] if step.obj else step.objs[2] if step.objs else None
            nested = self._selection(nested_type, step.field_details_list) if nested_type is not None else None
            if nested is None:
                return None
            below: Any = nested[0]  # a single object's selection is written inline
            if step.objs is not None:
                below = functools.partial(
                    _complete_items, items_non_null=isinstance(step.objs[1], GraphQLNonNull), complete_item=nested[1]
                )
            parts.append((step.response_name, attribute, step.read, None, ((step.obj or step.objs)[0], below)))  # type: ignore[index]
            keys.append((step.response_name, id(step.field_def), nested[0].key))
            kept.extend(nested[0].kept)
        key = (id(object_type), tuple(keys))
        return _Selection(parts, is_type_of, _exact_class(object_type), key, tuple(kept))

    def _subfields(self, object_type: GraphQLObjectType, fields: Any, path: Path, value: Any) -> Any:
        """graphql-core's collect_and_execute_subfields without its two hops when nothing is deferred."""
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(object_type, fields)
        if new_defer_usages:
            return self.collect_and_execute_subfields(object_type, fields, path, value, None)
        return self.execute_fields(object_type, value, path, grouped_field_set, None)

    def _synchronous(self, value: Any) -> bool:
        return _is_synchronous(value, self.is_awaitable)

    def _complete_object(self, parent_type: GraphQLObjectType, source: Any, step: _Step, path: Path | None) -> Any:
        """An object-typed attribute, completed as graphql-core's execute_field would (same errors), minus
        its per-field overhead; _SLOW when graphql-core must handle it."""
        assert step.obj is not None
        non_null, object_type = step.obj
        value = step.read(source)
        if value is None or value is Undefined:
            return _SLOW if non_null else None
        if isinstance(value, Exception) or not self._synchronous(value):
            return _SLOW
        compiled = self._compiled(object_type, step.field_details_list)
        if compiled is not None and (done := compiled(value)) is not _SLOW:
            return done
        field_path = Path(path, step.response_name, parent_type.name)
        if object_type.is_type_of:
            info = None  # strawberry's own check (types with interfaces) never reads it; any other gets a real one
            if not _strawberry_made(object_type.is_type_of):
                info = self.build_resolve_info(
                    step.field_def, to_nodes(step.field_details_list), parent_type, field_path
                )
            if object_type.is_type_of(value, info) is not True:
                return _SLOW
        return_type = step.field_def.type
        try:
            completed = self._subfields(object_type, step.field_details_list, field_path, value)
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, step.field_details_list, field_path)
            return None
        if not self.is_awaitable(completed):
            return completed

        async def await_completed() -> Any:
            try:
                return await completed
            except Exception as raw_error:
                self.handle_field_error(raw_error, return_type, step.field_details_list, field_path)
                return None

        return await_completed()

    def _complete_objects(self, parent_type: GraphQLObjectType, source: Any, step: _Step, path: Path | None) -> Any:
        """A list of objects held in an attribute, completed as graphql-core's complete_list_value would (same
        errors): each item straight to its sub-selection. _SLOW when graphql-core must handle it (not a list, a
        null or awaitable item, an item of another type), decided before anything is completed."""
        assert step.objs is not None
        non_null, item_type, object_type = step.objs
        value = step.read(source)
        if value is None or value is Undefined:
            return _SLOW if non_null else None
        if type(value) is not list:
            return _SLOW
        compiled = self._compiled(object_type, step.field_details_list)
        if compiled is not None:
            done = _complete_items(value, isinstance(item_type, GraphQLNonNull), compiled)
            if done is not _SLOW:
                return done
        field_path = Path(path, step.response_name, parent_type.name)
        is_type_of = object_type.is_type_of
        info = None
        if is_type_of and not _strawberry_made(is_type_of):
            info = self.build_resolve_info(step.field_def, to_nodes(step.field_details_list), parent_type, field_path)
        is_awaitable = self.is_awaitable
        synchronous = self._synchronous
        for item in value:
            if item is None or isinstance(item, Exception) or not synchronous(item):
                return _SLOW
            if is_type_of and is_type_of(item, info) is not True:
                return _SLOW
        fields = step.field_details_list
        completed: list[Any] = []
        awaitable_indices: list[int] = []
        try:
            for index, item in enumerate(value):
                item_path = field_path.add_key(index, None)
                try:
                    done = self._subfields(object_type, fields, item_path, item)
                except Exception as raw_error:
                    self.handle_field_error(raw_error, item_type, fields, item_path)
                    done = None
                if is_awaitable(done):
                    done = self._await_item(done, item_type, item_path, fields)
                    awaitable_indices.append(index)
                completed.append(done)
        except Exception as raw_error:
            if awaitable_indices:
                self.settle_in_background([completed[i] for i in awaitable_indices])
            self.handle_field_error(raw_error, step.field_def.type, fields, field_path)
            return None
        if not awaitable_indices:
            return completed
        return self._await_items(completed, awaitable_indices, step.field_def.type, fields, field_path)

    async def _await_item(self, done: Any, item_type: GraphQLOutputType, item_path: Path, fields: Any) -> Any:
        try:
            return await done
        except Exception as raw_error:
            self.handle_field_error(raw_error, item_type, fields, item_path)
            return None

    async def _await_items(
        self, completed: list[Any], indices: list[int], return_type: GraphQLOutputType, fields: Any, path: Path
    ) -> Any:
        try:
            if len(indices) == 1:
                completed[indices[0]] = await completed[indices[0]]
            else:
                awaited = await gather_with_cancel(*(completed[i] for i in indices))
                for i, sub_result in zip(indices, awaited, strict=True):
                    completed[i] = sub_result
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, fields, path)
            return None
        return completed

    def complete_list_value(
        self,
        return_type: GraphQLList[GraphQLOutputType],
        field_details_list: Any,
        info: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        """A resolver's list of objects (a report's rows, `[PerformanceRow!]!`) completed by its selection's
        compiled function, as a list held in an attribute is (`_complete_objects`); anything else, and any list
        that function cannot complete exactly, graphql-core's way."""
        item_type = return_type.of_type
        item = item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type
        if (
            position_context is None
            and type(result) is list
            and isinstance(item, GraphQLObjectType)
            and not any(d.node.directives for d in field_details_list)  # @stream: graphql-core's
        ):
            compiled = self._compiled(item, field_details_list)
            if compiled is not None:
                done = _complete_items(result, isinstance(item_type, GraphQLNonNull), compiled)
                if done is not _SLOW:
                    return done
        return super().complete_list_value(return_type, field_details_list, info, path, result, position_context)

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        _, plan, shortcut = self._plan(parent_type, grouped_field_set)
        if position_context is not None or not shortcut:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for step in plan:
                result: Any = _SLOW
                if step.complete_leaf is not None:
                    try:
                        result = step.complete_leaf(step.read(source_value))
                    except Exception:
                        result = _SLOW
                    if result is not _SLOW:  # a completed leaf: never awaitable nor Undefined
                        results[step.response_name] = result
                        continue
                elif step.obj is not None:
                    result = self._complete_object(parent_type, source_value, step, path)
                elif step.objs is not None:
                    result = self._complete_objects(parent_type, source_value, step, path)
                if result is _SLOW:
                    result = self.execute_field(
                        parent_type,
                        source_value,
                        step.field_details_list,
                        Path(path, step.response_name, parent_type.name),
                        position_context,
                    )
                if result is not Undefined:
                    results[step.response_name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(step.response_name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[name] for name in awaitable_fields])
            raise
        if not awaitable_fields:
            return results

        async def get_results() -> dict[str, Any]:
            if len(awaitable_fields) == 1:
                name = awaitable_fields[0]
                results[name] = await results[name]
            else:
                awaited = await gather_with_cancel(*(results[name] for name in awaitable_fields))
                results.update(zip(awaitable_fields, awaited, strict=True))
            return results

        return get_results()


def execution_context_class(settings: Settings) -> type[StrawberryGraphQLCoreExecutionContext]:
    """The shortcut unless `QUANTIX_FAST_EXECUTOR` is off; then strawberry's stock context (graphql-core's own)."""
    return QuantixExecutionContext if settings.fast_executor else StrawberryGraphQLCoreExecutionContext
