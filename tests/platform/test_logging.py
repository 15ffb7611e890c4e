"""JSON logs carry request ids and never personal data, tokens or secrets (SPEC §3, §5, §6)."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.logging import JsonFormatter

pytestmark = pytest.mark.sqlite

LEAD = {
    "fullName": "Grace Brewster Hopper",
    "email": "grace.hopper@navy.example",
    "phone": "+1 202 555 0143",
    "answers": [{"question": "What is your budget?", "values": ["A very secret 12k budget"]}],
    "job_title": "Rear Admiral of Compilers",
    "access_token": "EAAGm0PX4ZCpsBAKZCZB1secretmetatoken",
    "session": "qxs_c2Vzc2lvbi10b2tlbi1ub3QtZm9yLWxvZ3M",
    "apiToken": "qx_cGFydG5lci10b2tlbi1ub3QtZm9yLWxvZ3M",
    "status": "NEW",
}
SECRETS = [
    "Grace",
    "Hopper",
    "grace.hopper@navy.example",
    "202 555 0143",
    "secret 12k budget",
    "Rear Admiral",
    "secretmetatoken",
    "c2Vzc2lvbi10b2tlbi1ub3QtZm9yLWxvZ3M",
    "cGFydG5lci10b2tlbi1ub3QtZm9yLWxvZ3M",
]


@dataclasses.dataclass
class LeadLike:
    full_name: str
    email: str
    phone: str
    answers: list[dict[str, Any]]
    notes: str


class PlainLead:
    def __init__(self) -> None:
        self.fullName = LEAD["fullName"]
        self.email = LEAD["email"]
        self.phone = LEAD["phone"]
        self.answers = LEAD["answers"]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("quantix.test")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


def _lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_lead_logged_every_way_shows_none_of_its_values(captured: io.StringIO) -> None:
    log = logging.getLogger("quantix.test")
    lead_object = LeadLike(LEAD["fullName"], LEAD["email"], LEAD["phone"], LEAD["answers"], "call Grace Hopper")
    log.info("lead received", extra={"lead": LEAD, "email": LEAD["email"], "fullName": LEAD["fullName"]})
    log.info("lead %s", LEAD)
    log.info("lead object %s and %r", lead_object, PlainLead())
    log.info(LEAD)
    log.warning("mail to grace.hopper@navy.example or +1 (202) 555-0143 with Bearer %s", LEAD["session"])
    log.info("GET /graphql?access_token=%s&code=123456", "EAAGm0PX4ZCpsBAKZCZB1secretmetatoken")
    try:
        raise ValueError(f"bad lead {LEAD}")
    except ValueError:
        log.exception("could not store the lead", extra={"lead": lead_object})
    output = captured.getvalue()
    for secret in SECRETS:
        assert secret not in output, f"{secret!r} leaked into the log"
    assert "123456" not in output
    lines = _lines(captured)
    assert len(lines) == 7
    assert lines[0]["lead"]["status"] == "NEW" and lines[0]["lead"]["email"] == "[redacted]"
    assert lines[2]["msg"].startswith("lead object {")  # objects are opened up, not repr'd
    assert lines[-1]["exc_type"] == "ValueError"


def test_dates_and_ids_stay_readable(captured: io.StringIO) -> None:
    logging.getLogger("quantix.test").info("sync since 2026-11-24 for job %s took %d ms", "6f1c2a9e", 1234)
    assert _lines(captured)[0]["msg"] == "sync since 2026-11-24 for job 6f1c2a9e took 1234 ms"


@pytest.fixture
def access_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("quantix.access")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


async def test_access_log_masks_export_and_status_tokens_and_has_the_request_id(
    client: httpx.AsyncClient, access_log: io.StringIO
) -> None:
    export = await client.get("/exports/secret-download-token-abc123")
    status = await client.get("/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX", headers={"accept": "application/json"})
    await client.get("/healthz?token=qx_should-not-show")
    output = access_log.getvalue()
    assert "secret-download-token-abc123" not in output
    assert "ABCDEFGHIJKLMNOPQRSTUVWX" not in output
    assert "should-not-show" not in output
    lines = _lines(access_log)
    assert [line["msg"] for line in lines] == [
        f"GET /exports/[redacted] {export.status_code}",
        f"GET /privacy/status/[redacted] {status.status_code}",
        "GET /healthz 200",
    ]
    assert lines[0]["request_id"] == export.headers["x-request-id"]
    assert isinstance(lines[0]["duration_ms"], float)


def test_request_and_job_ids_are_not_mistaken_for_phone_numbers(captured: io.StringIO) -> None:
    ids = "9004715c3f254572ba11325b467ccfe7 12345678-1234-5678-9abc-def012345678 2026-11-24T19:40:21"
    logging.getLogger("quantix.test").info("ids %s", ids, extra={"request_id": "9004715c3f25", "job_id": ids})
    [line] = _lines(captured)
    assert line["msg"] == f"ids {ids}" and line["job_id"] == ids and line["request_id"] == "9004715c3f25"


def test_outbound_requests_log_readably_without_their_secrets(captured: io.StringIO) -> None:
    """httpx's line (logged here as httpx logs it) names the URL, an object, and the HTTP version: both readable,
    the access token masked; a phone number in a message still is not."""
    url = httpx.URL("https://graph.facebook.com/v21.0/me/adaccounts?access_token=EAAsecretvalue123&limit=500")
    logging.getLogger("quantix.test").info('HTTP Request: %s %s "%s %d %s"', "GET", url, "HTTP/1.1", 200, "OK")
    logging.getLogger("quantix.test").info("call %s back", "+1 415 555 0100")
    first, second = _lines(captured)
    assert first["msg"] == (
        "HTTP Request: GET https://graph.facebook.com/v21.0/me/adaccounts?access_token=[redacted]&limit=500 "
        '"HTTP/1.1 200 OK"'
    )
    assert second["msg"] == "call [redacted] back"


def test_the_bind_address_is_shown_and_client_addresses_are_not(captured: io.StringIO) -> None:
    uvicorn = logging.getLogger("uvicorn.error")
    uvicorn.addHandler(captured_handler := logging.StreamHandler(captured))
    captured_handler.setFormatter(JsonFormatter())
    uvicorn.setLevel(logging.INFO)
    try:
        uvicorn.info("Uvicorn running on %s://%s:%d (Press CTRL+C to quit)", "http", "0.0.0.0", 8000)  # noqa: S104
    finally:
        uvicorn.removeHandler(captured_handler)
    logging.getLogger("quantix.test").info("sign-in from %s", "203.0.113.9")
    logging.getLogger("quantix.test").info("sign-in from 198.51.100.23 and 2001:db8::1 at 12:30:45")
    bind, client, inline = _lines(captured)
    assert bind["msg"] == "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"
    assert client["msg"] == "sign-in from [redacted]"
    assert inline["msg"] == "sign-in from [redacted] and [redacted] at 12:30:45"
