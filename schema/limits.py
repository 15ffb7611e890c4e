"""Operation limits of SPEC.md §6: depth 12, 30 aliases, 5,000 tokens, cost 10,000, nodes(ids:) <= 100.

Cost: 1 per field; a field taking `first`/`last` multiplies its subtree by that value (default 20).
Introspection is exempt. The rule is built per operation so it can read variable values.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
    get_named_type,
)
from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5_000
MAX_COST = 10_000
DEFAULT_PAGE = 20


def _page_size(node: FieldNode, variables: dict[str, Any]) -> int | None:
    for arg in node.arguments or ():
        if arg.name.value not in ("first", "last"):
            continue
        value = arg.value
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            raw = variables.get(value.name.value)
            return int(raw) if isinstance(raw, int) else DEFAULT_PAGE
    return None


def _cost_rule(variables: dict[str, Any]) -> type[ValidationRule]:
    class CostLimit(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.fragments = {
                d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)
            }

        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            schema = self.context.schema
            root = {
                "query": schema.query_type,
                "mutation": schema.mutation_type,
                "subscription": schema.subscription_type,
            }[node.operation.value]
            cost = self._cost(node.selection_set, root, set())
            if cost > MAX_COST:
                self.report_error(
                    GraphQLError(
                        f"Query cost {cost} exceeds the limit of {MAX_COST}: ask for fewer items per page "
                        "or fewer nested lists.",
                        node,
                        extensions={"code": "INVALID_INPUT"},
                    )
                )

        def _cost(self, selection_set: SelectionSetNode | None, parent: Any, seen: set[str]) -> int:
            if selection_set is None or parent is None:
                return 0
            total = 0
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode):
                    name = selection.name.value
                    if name.startswith("__"):
                        continue
                    field_def = parent.fields.get(name) if isinstance(parent, GraphQLObjectType) else None
                    if field_def is None and hasattr(parent, "fields"):
                        field_def = parent.fields.get(name)
                    child_type = get_named_type(field_def.type) if field_def else None
                    sub = self._cost(selection.selection_set, child_type, seen)
                    size = (
                        _page_size(selection, variables)
                        if field_def and ("first" in field_def.args or "last" in field_def.args)
                        else None
                    )
                    if size is None and field_def and ("first" in field_def.args):
                        size = DEFAULT_PAGE
                    total += 1 + sub * (size if size is not None else 1)
                elif isinstance(selection, InlineFragmentNode):
                    cond = selection.type_condition
                    target = self.context.schema.get_type(cond.name.value) if cond else parent
                    total += self._cost(selection.selection_set, target, seen)
                elif isinstance(selection, FragmentSpreadNode):
                    name = selection.name.value
                    fragment = self.fragments.get(name)
                    if fragment is None or name in seen:
                        continue
                    target = self.context.schema.get_type(fragment.type_condition.name.value)
                    total += self._cost(fragment.selection_set, target, seen | {name})
            return total

    return CostLimit


class CostLimiter(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        variables = self.execution_context.variables or {}
        self.execution_context.validation_rules = (
            *self.execution_context.validation_rules,
            _cost_rule(variables),
        )
        yield


def limit_extensions() -> list[Any]:
    return [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: MaxAliasesLimiter(max_alias_count=MAX_ALIASES),
        lambda: QueryDepthLimiter(max_depth=MAX_DEPTH),
        CostLimiter,
    ]
