"""The mutation walk of the isolation harness: find every mutation input field naming an object by id,
build an otherwise plausible input from the schema's types, and judge the answer.

Kept apart from the tests so it can be checked against a small schema of its own (test_walk.py).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    get_named_type,
    is_composite_type,
)
from graphql.pyutils import Undefined

from schema.relay import to_global_id

ISOLATED_CODES = {"NOT_FOUND", "FORBIDDEN"}
# `<role>Id` fields that name a person: the Node type is User.
PERSON_ROLES = {"owner", "author", "actor", "creator", "member", "assignee", "inviter"}


@dataclass(frozen=True)
class Target:
    mutation: str
    field: str  # the input field holding the id(s)
    type_name: str  # the Node type the id should name (a guess from names and the payload)
    is_list: bool

    def __str__(self) -> str:
        return f"{self.mutation}.{self.field}->{self.type_name}"


def is_id_field(name: str, field: GraphQLInputField) -> bool:
    named = get_named_type(field.type)
    return named.name == "ID" and (name in ("id", "ids") or name.endswith(("Id", "Ids")))


def _is_list(type_: GraphQLInputType) -> bool:
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    return isinstance(inner, GraphQLList)


def guess_type(
    mutation: str,
    field: str,
    payload: GraphQLObjectType | None,
    node_types: set[str],
    overrides: dict[str, str] | None = None,
) -> str:
    """Which Node type an id field names: `overrides["mutation.field"]` first, then `leadId` -> Lead,
    `formId` -> LeadForm, `ownerId` -> User, `id` -> the payload's entity or the longest Node type named in
    the mutation (`setLeadStatus` -> Lead)."""
    if overrides and f"{mutation}.{field}" in overrides:
        return overrides[f"{mutation}.{field}"]
    if field in ("id", "ids"):
        if payload is not None:
            for name, payload_field in payload.fields.items():
                entity = get_named_type(payload_field.type)
                if name != "errors" and entity.name in node_types:
                    return entity.name
        rest = re.sub(r"^[a-z]+", "", mutation)
        named = [t for t in node_types if t in rest]
        return max(named, key=len) if named else rest or "Unknown"
    prefix = re.sub(r"Ids?$", "", field)
    if prefix.lower() in PERSON_ROLES and "User" in node_types:
        return "User"
    exact = [t for t in node_types if t.lower() == prefix.lower()]
    if exact:
        return exact[0]
    suffix = [t for t in node_types if t.lower().endswith(prefix.lower())]
    return min(suffix, key=len) if suffix else prefix[:1].upper() + prefix[1:]


def targets(schema: GraphQLSchema, node_types: set[str], overrides: dict[str, str] | None = None) -> list[Target]:
    mutation_type = schema.mutation_type
    if mutation_type is None:
        return []
    found: list[Target] = []
    for name, field in sorted(mutation_type.fields.items()):
        if "input" not in field.args:
            continue
        input_type = get_named_type(field.args["input"].type)
        if not isinstance(input_type, GraphQLInputObjectType) or _needs_upload(input_type):
            continue
        payload = get_named_type(field.type)
        payload_object = payload if isinstance(payload, GraphQLObjectType) else None
        for input_name, input_field in input_type.fields.items():
            if is_id_field(input_name, input_field):
                type_name = guess_type(name, input_name, payload_object, node_types, overrides)
                found.append(Target(name, input_name, type_name, _is_list(input_field.type)))
    return found


def _needs_upload(input_type: GraphQLInputObjectType) -> bool:
    return any(
        get_named_type(f.type).name == "Upload" and isinstance(f.type, GraphQLNonNull)
        for f in input_type.fields.values()
    )


# --- plausible values --------------------------------------------------------------------------------

_STRINGS = [
    (r"email", "isolation.probe@example.com"),
    (r"password", "correct horse battery staple 42"),
    (r"url|uri", "https://example.com/isolation"),
    (r"phone", "+14155550123"),
    (r"^(code|otp)$", "123456"),
    (r"token|grant", "qx_isolation-probe-token"),
    (r"slug", "isolation-probe"),
    (r"version", "1"),
    (r"language|locale", "en"),
    (r"country", "US"),
    (r"currency", "USD"),
    (r"date$|birth", "1990-01-01"),
    (r"reason|details|note|body|text|message", "checking tenant isolation"),
    (r"name|title", "Isolation probe"),
]
_SCALARS: dict[str, Any] = {
    "Int": 1,
    "Float": 1.0,
    "Boolean": False,
    "Date": "1990-01-01",
    "DateTime": "2030-01-01T00:00:00+00:00",
    "Decimal": "1.00",
    "JSON": {},
}


def plausible(name: str, type_: GraphQLInputType, ids: dict[str, str], depth: int = 0) -> Any:
    """A value a careful client would send for this field (`ids`: own-organisation ids by field name)."""
    if isinstance(type_, GraphQLNonNull):
        return plausible(name, type_.of_type, ids, depth)
    if isinstance(type_, GraphQLList):
        return [plausible(name, type_.of_type, ids, depth)]
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        return required_input(type_, ids, depth + 1) if depth < 4 else {}
    if isinstance(type_, GraphQLScalarType):
        if type_.name == "ID":
            return ids.get(name) or to_global_id("Unknown", uuid.uuid4())
        if type_.name == "String":
            for pattern, value in _STRINGS:
                if re.search(pattern, name, re.IGNORECASE):
                    return value
            return "isolation probe"
        if type_.name == "Int" and re.search(r"days", name, re.IGNORECASE):
            return 30
        return _SCALARS.get(type_.name, "isolation probe")
    return None


def required_input(input_type: GraphQLInputObjectType, ids: dict[str, str], depth: int = 0) -> dict[str, Any]:
    return {
        name: plausible(name, field.type, ids, depth)
        for name, field in input_type.fields.items()
        if isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined
    }


def build_input(schema: GraphQLSchema, target: Target, foreign_id: str, own_ids: dict[str, str]) -> dict[str, Any]:
    """Required fields filled plausibly, other id fields with the caller's own objects, the target foreign."""
    mutation_type = schema.mutation_type
    assert mutation_type is not None
    input_type = get_named_type(mutation_type.fields[target.mutation].args["input"].type)
    assert isinstance(input_type, GraphQLInputObjectType)
    values = required_input(input_type, own_ids)
    values[target.field] = [foreign_id] if target.is_list else foreign_id
    return values


def document(schema: GraphQLSchema, mutation: str) -> str:
    mutation_type = schema.mutation_type
    assert mutation_type is not None
    field: GraphQLField = mutation_type.fields[mutation]
    input_type = get_named_type(field.args["input"].type).name
    payload = get_named_type(field.type)
    selections: list[str] = []
    if isinstance(payload, GraphQLObjectType):
        for name, payload_field in payload.fields.items():
            if any(isinstance(a.type, GraphQLNonNull) for a in payload_field.args.values()):
                continue
            if name == "errors":
                selections.append("errors { field code message }")
            elif is_composite_type(get_named_type(payload_field.type)):
                selections.append(f"{name} {{ __typename }}")
            else:
                selections.append(name)
    body = " ".join(selections) or "__typename"
    return f"mutation Probe($input: {input_type}!) {{ {mutation}(input: $input) {{ {body} }} }}"


def verdict(body: dict[str, Any], target: Target) -> str | None:
    """None when the answer shows isolation (NOT_FOUND on the field or on `id`, or FORBIDDEN); else the problem."""
    codes = {(e.get("extensions") or {}).get("code") for e in body.get("errors") or []}
    if codes & ISOLATED_CODES:
        return None
    payload = (body.get("data") or {}).get(target.mutation)
    if not isinstance(payload, dict):
        return f"{target}: no payload and no NOT_FOUND/FORBIDDEN error: {body}"
    errors = payload.get("errors") or []
    # SPEC §6 words it "NOT_FOUND on field `id`"; the input field's own name is as clear.
    on_field = [
        e
        for e in errors
        if e.get("code") == "NOT_FOUND"
        and (e.get("field") == "id" or str(e.get("field") or "").startswith(target.field))
    ]
    if not on_field:
        return f"{target}: expected NOT_FOUND on `{target.field}`, got {errors or 'success'}: {payload}"
    leaked = {k: v for k, v in payload.items() if k != "errors" and v not in (None, [], False)}
    if leaked:
        return f"{target}: NOT_FOUND but the payload still returned {leaked}"
    return None
