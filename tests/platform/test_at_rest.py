"""A dump of the database, and everything in Redis, shows no contact detail in plain text (SPEC §5, §6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as redis

from app.jobs import JobKind, enqueue
from app.security.crypto import blind_index, normalize_email, scope_of
from app.settings import get_settings
from schema import build_schema
from tests.conftest import PG_ADMIN_URL, TEST_DB
from tests.support import GraphQLClient, make_org, make_user

pytestmark = pytest.mark.sqlite

NAME = "Zebulon Quarrington"
EMAIL = "zebulon.quarrington@quarrington-mail.test"
PHONE = "+14155550199"
LEAD_NAME = "Philippa Wetherspoon-Marchbanks"
LEAD_EMAIL = "philippa.marchbanks@wetherspoon-mail.test"
LEAD_PHONE = "+442079460321"
ANSWER = "ultramarine pelican budget"
JOB_TITLE = "Chief Pelican Officer"
PLAINTEXTS = [
    NAME,
    "Zebulon",
    "Quarrington",
    "zebulon.quarrington",
    "quarrington-mail",
    "4155550199",
    "415 555 0199",
    LEAD_NAME,
    "Philippa",
    "Marchbanks",
    "philippa.marchbanks",
    "wetherspoon-mail",
    "2079460321",
    ANSWER,
    "ultramarine",
    JOB_TITLE,
]

SIGN_UP = """mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token errors { field code message } } }"""
LOG_IN = """mutation LogIn($input: LogInInput!) { logIn(input: $input) { token errors { code } } }"""


def _mutations() -> set[str]:
    mutation = build_schema().get_type_by_name("Mutation")
    return {f.graphql_name or "" for f in mutation.fields} if mutation else set()


async def _store_personal_data(client: httpx.AsyncClient) -> None:
    """A user and a lead with known contact details, through the real flows where they exist."""
    mutations = _mutations()
    gql = GraphQLClient(client)
    if "signUp" in mutations:
        body = await gql(
            SIGN_UP,
            {
                "input": {
                    "email": EMAIL,
                    "password": "a perfectly reasonable passphrase 2026",
                    "fullName": NAME,
                    "phone": PHONE,
                    "jobTitle": JOB_TITLE,
                    "companyName": "Quarrington Kites",
                    "birthDate": "1980-05-17",
                    "acceptedPolicyVersion": "1",
                }
            },
        )
        assert body["data"]["signUp"]["errors"] == [], body
    else:
        user, _ = await make_user(email=EMAIL, full_name=NAME)
        user.phone = PHONE
        user.job_title = JOB_TITLE
        await user.save()
    if "logIn" in mutations:  # failed sign-ins leave rate-limit keys in Redis
        for _ in range(2):
            await gql(LOG_IN, {"input": {"email": EMAIL, "password": "wrong password, twelve+"}})

    from app.leads.models import Lead

    org = await make_org("Pelican Ads")
    scope = scope_of(org.id)
    lead = await Lead.create(
        organization=org,
        full_name=LEAD_NAME,
        email=LEAD_EMAIL,
        email_bidx=blind_index(scope, "email", normalize_email(LEAD_EMAIL)),
        phone=LEAD_PHONE,
        phone_bidx=blind_index(scope, "phone", LEAD_PHONE),
        answers=[{"question": "What is your budget?", "values": [ANSWER]}],
    )
    await enqueue(JobKind.MAINTENANCE, {"lead_id": str(lead.id)}, organization_id=org.id)


def _database_bytes() -> bytes:
    settings = get_settings()
    if settings.is_sqlite:
        path = Path(settings.database_url.removeprefix("sqlite://"))
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        pytest.skip("pg_dump is not installed")
    result = subprocess.run(
        [pg_dump, "--data-only", "--no-owner", f"--dbname={PG_ADMIN_URL}/{TEST_DB}"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout


async def _redis_bytes() -> bytes:
    settings = get_settings()
    if not settings.redis_url:
        return b""
    from app.jobs.queue import arq_queue_name

    client = redis.from_url(settings.redis_url)
    chunks: list[bytes] = []
    try:
        job_ids = [j.decode() for j in await client.zrange(arq_queue_name(settings), 0, -1)]
        keys = [k async for k in client.scan_iter(match=f"{settings.redis_namespace}:*", count=500)]
        keys += [f"arq:job:{job_id}".encode() for job_id in job_ids]
        assert job_ids, "the enqueued job should be waiting in Redis"
        for key in keys:
            chunks.append(key if isinstance(key, bytes) else key.encode())
            chunks.append(repr(await _value(client, key)).encode())
    finally:
        await client.aclose()
    return b"\n".join(chunks)


async def _value(client: Any, key: bytes | str) -> Any:
    kind = (await client.type(key)).decode()
    if kind == "string":
        return await client.get(key)
    if kind == "zset":
        return await client.zrange(key, 0, -1, withscores=True)
    if kind == "hash":
        return await client.hgetall(key)
    if kind == "list":
        return await client.lrange(key, 0, -1)
    if kind == "set":
        return await client.smembers(key)
    return None


async def test_no_contact_detail_in_plain_text_in_the_database_or_redis(client: httpx.AsyncClient) -> None:
    await _store_personal_data(client)
    dump = _database_bytes()
    stored = dump + b"\n" + await _redis_bytes()
    lowered = stored.lower()
    leaks = [p for p in PLAINTEXTS if p.lower().encode() in lowered]
    assert leaks == [], f"found in plain text at rest: {leaks}"
    assert len(dump) > 1000  # the dump did hold the (encrypted) rows
