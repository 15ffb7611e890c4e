"""Operation limits of SPEC.md §6, checked before execution (and before the costlier standard validation).

- depth 12 (a field with a selection set adds one level; `__schema`/`__type` subtrees are exempt),
- 30 aliases, 5,000 tokens (enforced by the parser), introspection subtrees included,
- cost 10,000: 1 per field, introspection fields included; a field taking `first`/`last` multiplies its
  subtree by that value (default 20), `nodes(ids:)` by the number of ids,
- `first`/`last` above 100, below 0, or both given, and `nodes(ids:)` with more than 100 ids: INVALID_INPUT,
- introspection work: what `__schema`/`__type` would resolve against this schema (every field on every object
  the answer holds, counted with memoisation so the count itself stays cheap) is at most a few times what the
  standard introspection query of GraphiQL and graphql-http needs; nesting introspection inside itself
  (`types { fields { type { fields ... } } }`) multiplies that work, and is refused past the budget.

Every fragment is measured once and reused wherever it is spread, so a document of nested, repeated
spreads costs linear time to measure instead of exponential time (the stock strawberry limiters walk each
spread again). The measured numbers are capped just above the limits for the same reason.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    NullValueNode,
    OperationDefinitionNode,
    SchemaMetaFieldDef,
    SelectionSetNode,
    StringValueNode,
    TypeMetaFieldDef,
    ValueNode,
    VariableNode,
    get_introspection_query,
    get_named_type,
    get_nullable_type,
    parse,
    print_ast,
    value_from_ast_untyped,
)
from starlette.websockets import WebSocket
from strawberry.extensions import MaxTokensLimiter, SchemaExtension
from strawberry.schema.schema import validate_document
from strawberry.types.graphql import OperationType
from strawberry.utils.str_converters import to_camel_case

from app.text import MAX_EMAIL, MAX_STRING, MAX_URL, unstorable

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5_000
MAX_COST = 10_000
MAX_PAGE = 100
MAX_NODE_IDS = 100
DEFAULT_PAGE = 20
_CAP = 10**9  # measured values above every limit stop growing here
_META_FIELDS = {"__schema": SchemaMetaFieldDef, "__type": TypeMetaFieldDef}


def limit_error(message: str, limit: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "INVALID_INPUT", "limit": limit})


@dataclass(frozen=True)
class Measure:
    depth: int = 0
    aliases: int = 0
    cost: int = 0
    introspection: int = 0  # fields introspection would resolve

    def __add__(self, other: Measure) -> Measure:
        return Measure(
            max(self.depth, other.depth),
            min(self.aliases + other.aliases, _CAP),
            min(self.cost + other.cost, _CAP),
            min(self.introspection + other.introspection, _CAP),
        )


class _Measurer:
    """Walks one document; argument problems (page sizes, id lists) are collected as it goes."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any]) -> None:
        self.schema = schema
        self.variables = variables
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.memo: dict[str, Measure] = {}
        self.in_progress: set[str] = set()
        self.defaults: dict[str, ValueNode | None] = {}
        self.errors: list[GraphQLError] = []
        self.introspection = _IntrospectionWork(schema, self.fragments)

    def operation(self, node: OperationDefinitionNode) -> Measure:
        self.defaults = {d.variable.name.value: d.default_value for d in node.variable_definitions or ()}
        root = {
            "query": self.schema.query_type,
            "mutation": self.schema.mutation_type,
            "subscription": self.schema.subscription_type,
        }[node.operation.value]
        return self.selections(node.selection_set, root)

    def selections(self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None) -> Measure:
        total = Measure()
        if selection_set is None:
            return total
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total = total + self.field(selection, parent)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                target = self.schema.get_type(condition.name.value) if condition else parent
                total = total + self.selections(selection.selection_set, target)
            elif isinstance(selection, FragmentSpreadNode):
                total = total + self.fragment(selection.name.value)
        return total

    def fragment(self, name: str) -> Measure:
        if name in self.memo:
            return self.memo[name]
        definition = self.fragments.get(name)
        if definition is None or name in self.in_progress:
            return Measure()  # unknown or cyclic: standard validation reports it
        self.in_progress.add(name)
        measure = self.selections(definition.selection_set, self.schema.get_type(definition.type_condition.name.value))
        self.in_progress.discard(name)
        self.memo[name] = measure
        return measure

    def field(self, node: FieldNode, parent: GraphQLNamedType | None) -> Measure:
        name = node.name.value
        alias = 1 if node.alias is not None else 0
        definition = _META_FIELDS.get(name)
        if definition is None and isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            definition = parent.fields.get(name)
        child = self.selections(node.selection_set, get_named_type(definition.type) if definition else None)
        multiplier = 1
        if definition is not None and ("first" in definition.args or "last" in definition.args):
            multiplier = self.page_size(node)
        if definition is not None and name == "nodes" and "ids" in definition.args:
            multiplier = self.check_ids(node)
        if node.arguments and parent is not self.schema.mutation_type:  # mutation inputs: `payload` errors
            self.check_strings(node)
        depth = min(child.depth + 1, _CAP) if node.selection_set else 0
        introspection = child.introspection * multiplier
        if name == "__schema":
            introspection = self.introspection.count(self.schema, definition.type, node.selection_set)
        elif name == "__type" and isinstance(type_name := self.argument(node, "name"), str):
            found = self.schema.get_type(type_name)
            introspection = self.introspection.count(found, definition.type, node.selection_set) if found else 0
        return Measure(
            depth=0 if name in _META_FIELDS else depth,  # introspection's type references nest deeply
            aliases=min(alias + child.aliases, _CAP),
            cost=min(1 + child.cost * multiplier, _CAP),
            introspection=min(introspection, _CAP),
        )

    def value(self, node: ValueNode | None) -> Any:
        if isinstance(node, VariableNode):
            name = node.name.value
            if name in self.variables:
                return self.variables[name]
            return self.value(self.defaults.get(name))
        if isinstance(node, IntValueNode):
            return int(node.value)
        if isinstance(node, StringValueNode):
            return node.value
        if isinstance(node, ListValueNode):
            return list(node.values)
        if node is None or isinstance(node, NullValueNode):
            return None
        return node  # another literal: standard validation rejects it if it is the wrong type

    def argument(self, node: FieldNode, name: str) -> Any:
        for arg in node.arguments or ():
            if arg.name.value == name:
                return self.value(arg.value)
        return None

    def page_size(self, node: FieldNode) -> int:
        first, last = self.argument(node, "first"), self.argument(node, "last")
        if first is not None and last is not None:
            self.errors.append(limit_error(f"`{node.name.value}`: give either `first` or `last`, not both.", "page"))
        size = first if first is not None else last
        if not isinstance(size, int):
            return DEFAULT_PAGE
        if not 0 <= size <= MAX_PAGE:
            which = "first" if first is not None else "last"
            self.errors.append(
                limit_error(f"`{node.name.value}`: `{which}` must be between 0 and {MAX_PAGE}, got {size}.", "page")
            )
            return min(max(size, 0), _CAP)
        return size

    def check_ids(self, node: FieldNode) -> int:
        """The number of ids, which multiplies the cost of what is asked of each node."""
        ids = self.argument(node, "ids")
        if not isinstance(ids, list):
            return 1
        if len(ids) > MAX_NODE_IDS:
            self.errors.append(limit_error(f"`nodes` takes at most {MAX_NODE_IDS} ids, got {len(ids)}.", "ids"))
        return min(len(ids), _CAP)

    def check_strings(self, node: FieldNode) -> None:
        """SPEC §6 string maxima for query arguments and filters, with the rule table mutation inputs use."""
        for arg in node.arguments:
            value = value_from_ast_untyped(arg.value, self.variables)
            if (problem := input_problem(value, arg.name.value)) is not None:
                field, message = problem
                self.errors.append(GraphQLError(message, extensions={"code": "INVALID_INPUT", "field": field}))


class _IntrospectionWork:
    """How many fields `__schema`/`__type` selections would resolve, found with graphql-core's own
    introspection resolvers on the real schema; memoised per (object, selection set), so a selection nested
    inside itself costs the count a few passes over the schema while the answer it describes grows
    exponentially."""

    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.info = SimpleNamespace(schema=schema)  # all introspection resolvers read is `info.schema`
        self.fragments = fragments
        self.memo: dict[tuple[int, int], tuple[object, int]] = {}  # keeps each object alive: ids stay unique

    def fields(self, selection_set: SelectionSetNode, seen: frozenset[str] = frozenset()) -> Iterator[FieldNode]:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection
            elif isinstance(selection, InlineFragmentNode):
                yield from self.fields(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in self.fragments and name not in seen:  # cycles: standard validation reports them
                    yield from self.fields(self.fragments[name].selection_set, seen | {name})

    def count(self, value: object, type_: Any, selection_set: SelectionSetNode | None) -> int:
        parent = get_named_type(type_)
        if selection_set is None or not isinstance(parent, GraphQLObjectType):
            return 0
        key = (id(value), id(selection_set))
        if key in self.memo:
            return self.memo[key][1]
        self.memo[key] = (value, 0)  # a cycle through the same object counts once
        total = 0
        for node in self.fields(selection_set):
            definition = parent.fields.get(node.name.value)
            total += 1
            if definition is None or node.selection_set is None or definition.resolve is None:
                continue
            kwargs = {"includeDeprecated": True} if "includeDeprecated" in definition.args else {}
            result = definition.resolve(value, self.info, **kwargs)
            items: Iterable[object] = (
                result if isinstance(get_nullable_type(definition.type), GraphQLList) else (result,)
            )
            for item in items or ():
                if item is not None:
                    total += self.count(item, definition.type, node.selection_set)
            if total >= _CAP:
                break
        total = min(total, _CAP)
        self.memo[key] = (value, total)
        return total


# GraphiQL's introspection query (its options on); graphql-http's is the same with the defaults.
_OPTIONS = ("specified_by_url", "directive_is_repeatable", "schema_description", "input_value_deprecation", "one_of")
FULL_INTROSPECTION = get_introspection_query(**dict.fromkeys(_OPTIONS, True))


@functools.lru_cache(maxsize=8)
def introspection_budget(schema: GraphQLSchema) -> int:
    """Three times the fields of the fullest standard introspection query."""
    document = parse(FULL_INTROSPECTION)
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    return 3 * _Measurer(schema, document, {}).operation(operation).introspection


def check_limits(schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any] | None) -> list[GraphQLError]:
    """Every limit this document breaks, as errors with a message that says how to fix it."""
    measurer = _Measurer(schema, document, variables or {})
    errors: list[GraphQLError] = []
    aliases = 0
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        label = f"Operation '{definition.name.value}'" if definition.name else "The operation"
        measure = measurer.operation(definition)
        aliases += measure.aliases
        if measure.depth > MAX_DEPTH:
            errors.append(
                limit_error(
                    f"{label} is nested {measure.depth} levels deep; the limit is {MAX_DEPTH}. "
                    "Ask for fewer nested objects per request.",
                    "depth",
                )
            )
        if measure.introspection > (budget := introspection_budget(schema)):
            errors.append(
                limit_error(
                    f"{label} asks introspection for more than {budget} fields, several times what the standard "
                    "introspection query needs. Ask for the schema once, without nesting types inside fields.",
                    "introspection",
                )
            )
        if measure.cost > MAX_COST:
            cost = f"more than {_CAP}" if measure.cost >= _CAP else str(measure.cost)
            errors.append(
                limit_error(
                    f"{label} costs {cost}; the limit is {MAX_COST} (1 per field, lists multiply their fields by "
                    f"`first`/`last`, default {DEFAULT_PAGE}). Ask for fewer items per page or fewer nested lists.",
                    "cost",
                )
            )
    if aliases > MAX_ALIASES:
        errors.append(
            limit_error(f"The document uses {aliases} aliases; the limit is {MAX_ALIASES}.", "aliases"),
        )
    return [*errors, *measurer.errors]


@functools.lru_cache(maxsize=256)
def _cached_validate(schema: GraphQLSchema, document: DocumentNode, rules: tuple[Any, ...]) -> list[GraphQLError]:
    return validate_document(schema, _once_each(document), rules)


def _once_each(document: DocumentNode) -> DocumentNode:
    """The document with each selection set's repeated identical selections kept once, for validation only: they
    merge into one response key anyway, and graphql-core compares same-named fields pairwise (its overlap rule
    gives up after 500,000 comparisons: ~700 repeats of one field, a document well inside MAX_TOKENS)."""
    if not any(_repeats(node) for node in _selection_sets(document)):
        return document
    return _deduplicated(document)


def _selection_sets(node: Any) -> Iterator[SelectionSetNode]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, DocumentNode):
            stack.extend(current.definitions)
        elif getattr(current, "selection_set", None) is not None:
            yield current.selection_set
            stack.extend(current.selection_set.selections)


def _repeats(selection_set: SelectionSetNode) -> bool:
    """Whether two selections are the same text; printed only where two share a response key or fragment name
    (most documents repeat nothing, and printing each subtree at each level costs its size times the depth)."""
    seen: dict[str, list[Any]] = {}
    for selection in selection_set.selections:
        seen.setdefault(_key(selection), []).append(selection)
    for same_key in seen.values():
        if len(same_key) > 1 and len({print_ast(selection) for selection in same_key}) < len(same_key):
            return True
    return False


def _key(selection: Any) -> str:
    if isinstance(selection, FieldNode):
        return (selection.alias or selection.name).value
    if isinstance(selection, FragmentSpreadNode):
        return "..." + selection.name.value
    return "... on"  # inline fragments: compared in full among themselves


def _deduplicated(node: Any) -> Any:
    if isinstance(node, DocumentNode):
        return DocumentNode(loc=node.loc, definitions=tuple(_deduplicated(d) for d in node.definitions))
    selection_set = getattr(node, "selection_set", None)
    if selection_set is None:
        return node
    seen: set[str] = set()
    kept = []
    for selection in selection_set.selections:
        if (key := print_ast(selection)) not in seen:
            seen.add(key)
            kept.append(_deduplicated(selection))
    values = {key: getattr(node, key) for key in node.keys}  # nodes are immutable: a new one with the kept
    values["selection_set"] = SelectionSetNode(loc=selection_set.loc, selections=tuple(kept))
    return type(node)(**values)


@functools.lru_cache(maxsize=1024)
def _cached_limits(schema: GraphQLSchema, document: DocumentNode, variables: str) -> list[GraphQLError]:
    return check_limits(schema, document, json.loads(variables))


def limits_of(schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any] | None) -> list[GraphQLError]:
    """`check_limits`, remembered for a document asked again with the same (small, JSON) variables."""
    try:
        key = json.dumps(variables or {}, sort_keys=True)
    except (TypeError, ValueError):  # e.g. an uploaded file
        return check_limits(schema, document, variables)
    if len(key) > 2_000:
        return check_limits(schema, document, variables)
    return _cached_limits(schema, document, key)


class OperationLimits(SchemaExtension):
    """Reject over-limit documents before validation and execution; otherwise validate with a shared cache.

    Runs the standard validation itself (cached by document and rules, like strawberry's ValidationCache)
    so that a rejected document never reaches the more expensive validation rules.
    """

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.pre_execution_errors is None:
            errors = limits_of(context.schema._schema, document, context.variables)
            if errors:
                context.pre_execution_errors = errors
            else:
                # An empty list (not None) says "validated": strawberry would otherwise validate again, uncached.
                context.pre_execution_errors = (
                    _cached_validate(context.schema._schema, document, tuple(context.validation_rules))
                    or _unnamed_choice(context, document)
                    or _subscription_over_http(context)
                    or []
                )
        yield


def _unnamed_choice(context: Any, document: DocumentNode) -> list[GraphQLError] | None:
    """Several operations and no operationName: the request does not say which to run (GraphQL spec)."""
    operations = sum(isinstance(d, OperationDefinitionNode) for d in document.definitions)
    # `operation_name` falls back to the first operation's name: what the request itself named is kept apart
    if operations < 2 or getattr(context, "_provided_operation_name", None):
        return None
    message = "The document holds several operations: say which to run with operationName."
    return [GraphQLError(message, extensions={"code": "INVALID_INPUT"})]


def _subscription_over_http(context: Any) -> list[GraphQLError] | None:
    """A subscription asked over HTTP is the client's mistake, answered as one (not run as a field)."""
    request = getattr(context.context, "request", None)
    if context.operation_type is not OperationType.SUBSCRIPTION or isinstance(request, WebSocket):
        return None
    message = "Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql."
    return [GraphQLError(message, extensions={"code": "INVALID_INPUT"})]


def limit_extensions() -> list[Any]:
    return [lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS), OperationLimits]


# SPEC §6 string maxima (code points), keyed by the input field's GraphQL name; passwords are the
# accounts service's (over 128 is PASSWORD_TOO_WEAK, §7). Any other string: MAX_STRING (1,000).
_NAMES = ("name", "fullName", "title", "label", "companyName", "tag", "tags", "add", "remove")
_STRING_MAXIMA: dict[str, int] = {
    **dict.fromkeys(_NAMES, 200),
    "search": 200,
    **dict.fromkeys(("note", "notes", "details", "body", "description"), 10_000),  # a reason is another string
    **dict.fromkeys(("message", "summary", "notificationNotRequiredReason"), 10_000),  # incident texts (§7.7)
    "text": 4_096,  # a WhatsApp free-text message (§7.7); its service checks the same
    "referrer": MAX_URL,  # a URL whose name does not say so (names ending in Url/Uri are found below)
}
_UNLIMITED = frozenset({"password", "newPassword", "currentPassword"})
CUSTOM_VALUE_PREFIX = "customFields."  # a custom value's errors name `customFields.<key>` (SPEC §7.5)


def string_maximum(field: str) -> int | None:
    """The longest string `field` takes, or None when its own service judges the length."""
    if field in _UNLIMITED:
        return None
    if field.startswith(CUSTOM_VALUE_PREFIX):  # a custom value: its key says nothing about its kind
        return MAX_STRING
    if field in _STRING_MAXIMA:
        return _STRING_MAXIMA[field]
    lowered = field.lower()
    if lowered.endswith("email"):
        return MAX_EMAIL
    if lowered.endswith("phone"):
        return 40
    if lowered.endswith(("url", "uri")):
        return MAX_URL
    return MAX_STRING


def string_problem(field: str, value: str) -> str | None:
    """Why `value` cannot be taken for `field`, or None."""
    if unstorable(value):
        return f"`{field}` contains a NUL character or a lone surrogate."
    maximum = string_maximum(field)
    if maximum is not None and len(value) > maximum:
        return f"`{field}` takes at most {maximum} characters."
    return None


def input_problem(value: Any, field: str = "input") -> tuple[str, str] | None:
    """(field, message) for the first string of a strawberry input or a plain value (nested inputs, dicts and
    lists included) that is over its maximum or unstorable; a walk linear in the input's size. A field of a
    nested input object is named by its path below the argument (`address.line1`, as the services name it);
    a custom value by `customFields.<key>`."""
    stack: list[tuple[str, Any, bool]] = [(field, value, True)]
    while stack:
        path, item, root = stack.pop()
        leaf = path if path.startswith(CUSTOM_VALUE_PREFIX) else path.rpartition(".")[2]
        if isinstance(item, str):
            if (problem := string_problem(leaf, item)) is not None:
                return path, problem
        elif isinstance(item, list | tuple):
            stack.extend((path, child, root) for child in item)
        elif isinstance(item, dict):  # an input object given as JSON or as a literal: its keys name its values
            stack.extend((key, child, False) for key, child in item.items())
        elif isinstance(getattr(item, "key", None), str) and hasattr(item, "value") and leaf == "customFields":
            key = item.key[:63]
            stack += [(f"{path}.key", item.key, False), (f"{CUSTOM_VALUE_PREFIX}{key}", item.value, False)]
        elif isinstance(fields := getattr(getattr(item, "__strawberry_definition__", None), "fields", None), list):
            for f in fields:  # an input object (an enum value has a definition without fields)
                name = f.graphql_name or to_camel_case(f.python_name)
                stack.append((name if root else f"{path}.{name}", getattr(item, f.python_name, None), False))
    return None
