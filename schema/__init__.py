"""GraphQL schema: domain modules contribute Query/Mutation/Subscription parts, merged here."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from types import ModuleType
from typing import Any

import dateutil.parser
import strawberry
from graphql import FieldNode, GraphQLError, ValidationRule
from strawberry.extensions import AddValidationRules, ParserCache
from strawberry.schema.types.base_scalars import DateTimeDefinition, wrap_parser
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from app.settings import Settings, get_settings
from schema import (
    accounts,
    audit,
    billing,
    campaigns,
    core,
    customfields,
    deals,
    incidents,
    jobs,
    leads,
    messaging,
    meta,
    notifications,
    privacy,
    realtime,
    savedviews,
    scoring,
    tasks,
    webhooks,
    workflows,
)
from schema.errors import ErrorProcessing, code_request_errors
from schema.execution import execution_context_class
from schema.leads import bulk as leads_bulk
from schema.leads.audit import LeadReadAudit
from schema.limits import limit_extensions
from schema.messaging import broadcasts as messaging_broadcasts
from schema.messaging import inbox as messaging_inbox
from schema.messaging import templates as messaging_templates
from schema.meta import conversions as meta_conversions
from schema.privacy import accountability as privacy_accountability
from schema.privacy import engine as privacy_engine
from schema.privacy import requests as privacy_requests
from schema.privacy import usage as privacy_usage

# Each part may define `Query`, `Mutation`, `Subscription` and `types` (extra types to register).
SCHEMA_PARTS: tuple[ModuleType, ...] = (
    core,
    accounts,
    audit,
    jobs,
    privacy,
    privacy_engine,
    meta,
    leads,
    realtime,
    webhooks,
    privacy_requests,
    campaigns,
    messaging,
    workflows,
    billing,
    deals,
    tasks,
    scoring,
    notifications,
    incidents,
    privacy_accountability,
    privacy_usage,
    messaging_inbox,
    customfields,
    savedviews,
    meta_conversions,
    messaging_templates,
    messaging_broadcasts,
    leads_bulk,
)


class IntrospectionDisabled(ValidationRule):
    """SPEC §7.7: with introspection off, `__schema` and `__type` are FORBIDDEN; `__typename` still works."""

    def enter_field(self, node: FieldNode, *_args: object) -> None:
        if node.name.value in ("__schema", "__type"):
            self.report_error(
                GraphQLError(
                    f"Introspection is disabled on this server; `{node.name.value}` cannot be queried.",
                    node,
                    extensions={"code": "FORBIDDEN", "reason": "INTROSPECTION_DISABLED"},
                )
            )


def _moment(text: str) -> dt.datetime:
    """A DateTime input the database can store: one that also exists in UTC (year 1 to 9999 there)."""
    value = dateutil.parser.isoparse(text)
    if value.tzinfo is not None:
        value.astimezone(dt.UTC)  # OverflowError past the calendar's ends: the client's value, INVALID_INPUT
    return value


DATE_TIME = replace(DateTimeDefinition, parse_value=wrap_parser(_moment, "DateTime", (ValueError, OverflowError)))


class QuantixSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """ErrorProcessing logs what was unexpected; expected errors are not log noise. Request errors get
        their code here, the one hook every error list passes through (parse errors included)."""
        code_request_errors(errors)


def _parts(name: str) -> tuple[list[type], list[Any]]:
    parts: list[type] = []
    extra: list[Any] = []
    for module in dict.fromkeys(SCHEMA_PARTS):  # a line kept twice by a merge counts once
        if hasattr(module, name):
            parts.append(getattr(module, name))
        if name == "Query":
            extra.extend(getattr(module, "types", []))
    return parts, extra


class CachedParse(ParserCache):
    """Strawberry's parse cache, minus one flaw: a document it cannot parse is left to strawberry's own parse,
    which reports the syntax error as a request error. (Raised from the cache, the error escaped a
    subscription's stream: graphql-transport-ws then answered `complete` and never said why.)"""

    def on_parse(self) -> Iterator[None]:
        with contextlib.suppress(GraphQLError):
            self.execution_context.graphql_document = self.cached_parse_document(
                self.execution_context.query, **self.execution_context.parse_options
            )
        yield


def build_schema(settings: Settings | None = None) -> QuantixSchema:
    settings = settings or get_settings()
    queries, types = _parts("Query")
    mutations, _ = _parts("Mutation")
    subscriptions, _ = _parts("Subscription")
    extensions: list[Any] = [*limit_extensions(), ErrorProcessing, LeadReadAudit, CachedParse]
    if not settings.graphql_introspection:
        extensions.append(lambda: AddValidationRules([IntrospectionDisabled]))
    return QuantixSchema(
        query=merge_types("Query", tuple(queries)),
        mutation=merge_types("Mutation", tuple(mutations)) if mutations else None,
        subscription=merge_types("Subscription", tuple(subscriptions)) if subscriptions else None,
        types=types,
        extensions=extensions,
        execution_context_class=execution_context_class(settings),
        scalar_overrides={dt.datetime: DATE_TIME},
    )
