"""Tenant isolation across every room: each Node type and each mutation that takes ids, fed another
organisation's ids, gives nothing (null / an error) and changes nothing of that organisation.

Rows of the other organisation are built generically from the models, so a new Node type or mutation is
covered without touching this file.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    get_named_type,
)
from tortoise import Tortoise, fields
from tortoise.fields import relational
from tortoise.models import Model

from app.accounts.models import Organization, Role
from schema import build_schema
from schema.relay import from_global_id, node_types, to_global_id
from tests.support import GraphQLClient, make_org, make_user

# Node types whose model has another name.
MODEL_ALIASES = {
    "MetaPage": ["Page"],
    "Consent": ["UserConsent", "LeadConsent"],
    "Objection": ["UserObjection", "LeadObjection"],
}
SKIP_MUTATIONS = {"logIn"}  # public; its organizationId is covered by test_isolation_and_audit
# Reported to the owning room; kept strict: once fixed, the test fails until the entry is removed.
KNOWN_BUGS: dict[str, str] = {}


def _models() -> dict[str, type[Model]]:
    return {name: model for name, model in Tortoise.apps["models"].items()}


class Factory:
    """Builds a valid row of any model inside one organisation, parents first."""

    def __init__(self, organization: Organization) -> None:
        self.organization = organization
        self.made: list[tuple[type[Model], Any]] = []

    def _value(self, field: fields.Field) -> Any:
        token = uuid.uuid4().hex
        enum_type = getattr(field, "enum_type", None)
        if enum_type is not None:
            return next(iter(enum_type))
        if isinstance(field, fields.UUIDField):
            return uuid.uuid4()
        if isinstance(field, fields.BooleanField):
            return False
        if isinstance(field, (fields.IntField, fields.BigIntField, fields.SmallIntField)):
            return 1
        if isinstance(field, fields.DecimalField):
            return decimal.Decimal("1")
        if isinstance(field, fields.FloatField):
            return 1.0
        if isinstance(field, fields.DatetimeField):
            return dt.datetime.now(dt.UTC)
        if isinstance(field, fields.DateField):
            return dt.date.today()
        if isinstance(field, fields.JSONField):
            return {}
        if isinstance(field, fields.BinaryField):
            return b"x"
        if isinstance(field, fields.CharField):
            return token[: min(field.max_length, 32)]
        return f"x{token}"

    async def make(self, model: type[Model]) -> Any:
        if model is Organization:
            return self.organization
        values: dict[str, Any] = {}
        meta = model._meta
        for name, field in meta.fields_map.items():
            if field.pk or name in meta.backward_fk_fields or name in meta.backward_o2o_fields:
                continue
            if name in meta.m2m_fields or getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                continue
            if isinstance(field, (relational.ForeignKeyFieldInstance, relational.OneToOneFieldInstance)):
                related = field.related_model
                if related is Organization:
                    values[name] = self.organization
                elif not field.null:
                    values[name] = await self.make(related)
                continue
            if name.endswith("_id") and name[:-3] in meta.fk_fields | meta.o2o_fields:
                continue
            if field.null or field.default is not None:
                continue
            values[name] = self._value(field)
        row = await model.create(**values)
        self.made.append((model, row.pk))
        return row


async def _snapshot(rows: list[tuple[type[Model], Any]]) -> dict[tuple[str, str], Any]:
    out = {}
    for model, pk in rows:
        found = await model.filter(pk=pk).values()
        out[(model.__name__, str(pk))] = found[0] if found else None
    return out


def _dummy(type_: Any, name: str, foreign_id: str) -> Any:
    """A plausible value for a required input field."""
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if isinstance(inner, GraphQLList):
        element = get_named_type(inner)
        return [foreign_id] if element.name == "ID" else []
    if isinstance(inner, GraphQLEnumType):
        return next(iter(inner.values))
    if isinstance(inner, GraphQLInputObjectType):
        return {k: _dummy(f.type, k, foreign_id) for k, f in inner.fields.items() if isinstance(f.type, GraphQLNonNull)}
    assert isinstance(inner, GraphQLScalarType)
    return {
        "ID": foreign_id,
        "String": "nobody@example.com" if "email" in name.lower() else "123456",
        "Int": 1,
        "Float": 1.0,
        "Boolean": False,
        "DateTime": dt.datetime.now(dt.UTC).isoformat(),
        "Date": dt.date.today().isoformat(),
        "Decimal": "1",
        "JSON": {},
    }.get(inner.name)


async def test_every_node_type_and_mutation_refuses_another_organisations_ids(client) -> None:
    home = await make_org(name="Home")
    _owner, token = await make_user(home, role=Role.OWNER)
    gql = GraphQLClient(client, token)
    away = await make_org(name="Away")
    factory = Factory(away)
    await make_user(away, role=Role.OWNER)  # a real foreign member, session and membership too
    models = _models()
    foreign_ids: list[str] = [str(to_global_id("Organization", away.id))]
    unbuilt = []
    for type_name in sorted(node_types()):
        for model_name in MODEL_ALIASES.get(type_name, [type_name]):
            model = models.get(model_name)
            if model is None or model is Organization:
                continue
            try:
                row = await factory.make(model)
            except Exception as exc:
                unbuilt.append(f"{model_name}: {type(exc).__name__}: {exc}")
                continue
            foreign_ids.append(str(to_global_id(type_name, row.pk)))
    assert not unbuilt, unbuilt
    covered = {gid_type for gid_type in (from_global_id(g)[0] for g in foreign_ids)}
    assert covered == set(node_types()), set(node_types()) - covered
    before = await _snapshot(factory.made)

    nodes = await gql.data("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": foreign_ids})
    leaked = [gid for gid, node in zip(foreign_ids, nodes["nodes"], strict=True) if node is not None]
    assert leaked == []

    query_type = build_schema()._schema.query_type
    for name, field in query_type.fields.items():
        id_args = [k for k, a in field.args.items() if get_named_type(a.type).name == "ID" and k != "ids"]
        if name == "node" or not id_args:
            continue
        arg_types = ", ".join(f"${k}: {a.type}" for k, a in field.args.items() if isinstance(a.type, GraphQLNonNull))
        call_args = ", ".join(f"{k}: ${k}" for k, a in field.args.items() if isinstance(a.type, GraphQLNonNull))
        selection = " { __typename }" if not isinstance(get_named_type(field.type), GraphQLScalarType) else ""
        document = f"query({arg_types}) {{ {name}({call_args}){selection} }}"
        for foreign_id in foreign_ids:
            variables = {
                k: (foreign_id if k in id_args else _dummy(a.type, k, foreign_id))
                for k, a in field.args.items()
                if isinstance(a.type, GraphQLNonNull)
            }
            body = await gql(document, variables)
            codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
            result = (body.get("data") or {}).get(name)
            assert "INTERNAL_ERROR" not in codes, (name, foreign_id, body)
            assert result in (None, []), (name, foreign_id, result)

    mutation_type = build_schema()._schema.mutation_type
    assert mutation_type is not None
    problems: list[str] = []
    tried: set[str] = set()
    for name, field in mutation_type.fields.items():
        if name in SKIP_MUTATIONS or "input" not in field.args:
            continue
        input_type = get_named_type(field.args["input"].type)
        assert isinstance(input_type, GraphQLInputObjectType)
        id_fields = [k for k, f in input_type.fields.items() if get_named_type(f.type).name == "ID"]
        if not id_fields:
            continue
        payload_type = get_named_type(field.type)
        selection = "errors { code field }" if "errors" in payload_type.fields else "__typename"
        document = f"mutation($input: {input_type.name}!) {{ {name}(input: $input) {{ {selection} }} }}"
        for id_field in id_fields:
            for foreign_id in foreign_ids:
                value = {
                    k: _dummy(f.type, k, foreign_id)
                    for k, f in input_type.fields.items()
                    if isinstance(f.type, GraphQLNonNull) or k == id_field
                }
                if get_named_type(input_type.fields[id_field].type).name == "ID" and not isinstance(
                    value[id_field], list
                ):
                    value[id_field] = foreign_id
                body = await gql(document, {"input": value})
                tried.add(name)
                codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
                payload = (body.get("data") or {}).get(name) or {}
                if "INTERNAL_ERROR" in codes:
                    problems.append(f"{name}.{id_field}={foreign_id}: INTERNAL_ERROR")
                elif not codes and not payload.get("errors"):
                    problems.append(f"{name}.{id_field}={foreign_id}: accepted")
    known = {p.split(".", 1)[0] for p in problems if p.split(".", 1)[0] in KNOWN_BUGS}
    assert [p for p in problems if p.split(".", 1)[0] not in KNOWN_BUGS] == []
    assert known == set(KNOWN_BUGS), f"fixed, remove from KNOWN_BUGS: {set(KNOWN_BUGS) - known}"
    assert {"revokeApiToken", "removeMember", "deleteLead", "releaseLegalHold"} <= tried, tried
    assert await _snapshot(factory.made) == before
