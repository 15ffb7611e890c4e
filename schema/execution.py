"""graphql-core's executor with a shortcut for plain fields: an attribute read and a scalar coercion.

A page of 50 leads completes several hundred fields; most are attributes already on the object. For
those, the stock executor builds a Path, a ResolveInfo, argument values and a chain of `complete_*`
calls per field. Here a field with strawberry's default resolver, no arguments, and a scalar or enum
type (or a list of them) is read and coerced directly. Anything else, and any value that would make
the stock path raise (null for a non-null type, a failing coercion, a non-list for a list), goes through
graphql-core unchanged, so results and errors are exactly the stock ones.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
)
from graphql.pyutils import Path, Undefined
from graphql.pyutils.gather_with_cancel import gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

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
    if isinstance(raw, Exception):
        return _SLOW
    if not is_list:
        return _coerce_one(coerce, raw)
    if not isinstance(raw, list | tuple):
        return _SLOW
    out = []
    for item in raw:
        if item is None:
            if items_non_null:
                return _SLOW
            out.append(None)
            continue
        coerced = _coerce_one(coerce, item)
        if coerced is _SLOW:
            return _SLOW
        out.append(coerced)
    return out


class QuantixExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """See the module docstring. Plans are memoised per selection (graphql-core memoises the field sets)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plans: dict[tuple[GraphQLObjectType, int], tuple[Any, list[Any]]] = {}

    def _plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> list[Any]:
        key = (parent_type, id(grouped_field_set))
        cached = self._plans.get(key)
        if cached is not None:
            return cached[1]
        plan: list[Any] = []
        for response_name, field_details_list in grouped_field_set.items():
            leaf = None
            node = field_details_list[0].node
            field_def = self.schema.get_field(parent_type, node.name.value)
            if (
                field_def is not None
                and not field_def.args
                and not node.arguments
                and getattr(field_def.resolve, "_is_default", False)
                and not (self.middleware_manager and self.middleware_manager.middlewares)
            ):
                leaf = _leaf_of(field_def.type)
            plan.append((response_name, field_details_list, field_def.resolve if leaf else None, leaf))
        self._plans[key] = (grouped_field_set, plan)  # keeps the set alive so its id is not reused
        return plan

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        plan = self._plan(parent_type, grouped_field_set)
        if all(leaf is None for *_, leaf in plan):
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for response_name, field_details_list, resolve, leaf in plan:
                if leaf is not None:
                    try:
                        value = _plain_value(leaf, resolve(source_value, None))
                    except Exception:
                        value = _SLOW
                    if value is not _SLOW:
                        results[response_name] = value
                        continue
                result = self.execute_field(
                    parent_type,
                    source_value,
                    field_details_list,
                    Path(path, response_name, parent_type.name),
                    position_context,
                )
                if result is not Undefined:
                    results[response_name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(response_name)
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
