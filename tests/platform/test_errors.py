"""Masked errors, RATE_LIMITED with Retry-After, and introspection switched off."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.errors import RateLimited
from app.jobs.models import Job
from app.logging import JsonFormatter
from app.main import create_app
from app.settings import get_settings
from schema.jobs import queries as job_queries
from schema.relay import to_global_id
from tests.support import GraphQLClient, error_codes, make_user

pytestmark = pytest.mark.sqlite

JOB = "query Job($id: ID!) { job(id: $id) { id } }"
SECRET_EMAIL = "grace.hopper@example.com"


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """Capture the `quantix` loggers through the real JSON formatter."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("quantix")
    logger.addHandler(handler)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


async def test_an_unexpected_error_is_masked_with_the_request_id(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, json_log: io.StringIO
) -> None:
    user, token = await make_user()

    def explode(*args: object, **kwargs: object) -> Job:
        raise RuntimeError(f"database said something about {SECRET_EMAIL}")

    monkeypatch.setattr(job_queries, "visible_jobs", explode)
    response = await GraphQLClient(client, token).post(JOB, {"id": to_global_id("Job", user.id)})
    assert response.status_code == 200
    body = response.json()
    [error] = body["errors"]
    assert error["extensions"] == {"code": "INTERNAL_ERROR", "requestId": response.headers["x-request-id"]}
    assert error["path"] == ["job"]
    assert "RuntimeError" not in response.text and SECRET_EMAIL not in response.text
    assert "Traceback" not in response.text and "stacktrace" not in response.text
    # The log line has the request id and where it failed, not what the exception said.
    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    [entry] = [e for e in lines if e["msg"] == "unexpected error in resolver"]
    assert entry["request_id"] == response.headers["x-request-id"]
    assert entry["exc_type"] == "RuntimeError"
    assert SECRET_EMAIL not in json_log.getvalue()


async def test_rate_limited_carries_retry_after_in_body_and_header(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, token = await make_user()

    def throttled(*args: object, **kwargs: object) -> Job:
        raise RateLimited(42)

    monkeypatch.setattr(job_queries, "visible_jobs", throttled)
    response = await GraphQLClient(client, token).post(JOB, {"id": to_global_id("Job", user.id)})
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "RATE_LIMITED", "retryAfter": 42}
    assert response.headers["retry-after"] == "42"


async def test_expected_errors_are_not_masked(client: httpx.AsyncClient) -> None:
    body = await GraphQLClient(client)("{ me { id } }")
    assert error_codes(body) == ["UNAUTHENTICATED"]
    body = await GraphQLClient(client)("{ nope }")
    assert "Cannot query field 'nope'" in body["errors"][0]["message"]


async def _introspect(settings_changes: dict[str, object], query: str) -> dict[str, Any]:
    app = create_app(dataclasses.replace(get_settings(), **settings_changes), manage_orm=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        return await GraphQLClient(http)(query)


async def test_introspection_can_be_switched_off() -> None:
    """SPEC §7.7: FORBIDDEN with reason INTROSPECTION_DISABLED for `__schema` and `__type`, not `__typename`."""
    schema = "{ __schema { queryType { name } } }"
    assert (await _introspect({}, schema))["data"] == {"__schema": {"queryType": {"name": "Query"}}}
    off = {"graphql_introspection": False}
    for query in (schema, '{ __type(name: "Query") { name } }', "{ ... on Query { s: __schema { types { name } } } }"):
        body = await _introspect(off, query)
        assert body.get("data") is None
        [error] = body["errors"]
        assert error["extensions"] == {"code": "FORBIDDEN", "reason": "INTROSPECTION_DISABLED"}
        assert "introspection" in error["message"].lower()
    assert (await _introspect(off, "{ __typename }"))["data"] == {"__typename": "Query"}


def test_introspection_setting_is_read_from_the_environment() -> None:
    from app.settings import load_settings

    assert load_settings({"QUANTIX_GRAPHQL_INTROSPECTION": "false"}).graphql_introspection is False
    assert load_settings({}).graphql_introspection is True


async def test_a_value_the_database_refuses_is_invalid_input_not_a_crash(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tortoise.exceptions import ValidationError

    user, token = await make_user()

    def too_long(*args: object, **kwargs: object) -> Job:
        raise ValidationError(f"Length of '{SECRET_EMAIL}' 66 > 64")

    monkeypatch.setattr(job_queries, "visible_jobs", too_long)
    response = await GraphQLClient(client, token).post(JOB, {"id": to_global_id("Job", user.id)})
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "INVALID_INPUT"}
    assert SECRET_EMAIL not in response.text
