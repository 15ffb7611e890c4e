"""Test session: a fresh PostgreSQL database and Redis namespace per session; tables truncated per test.

Set QUANTIX_TEST_DATABASE=sqlite to run the same suite on SQLite with in-process jobs.
"""

from __future__ import annotations

import os
import uuid

_RUN = uuid.uuid4().hex[:10]
_BACKEND = os.environ.get("QUANTIX_TEST_DATABASE", "postgres")
PG_ADMIN_URL = os.environ.get("QUANTIX_TEST_PG", "postgres://postgres@127.0.0.1:5432")
TEST_DB = f"quantix_test_{_RUN}"
os.environ["QUANTIX_ENV"] = "test"
os.environ["QUANTIX_REDIS_NAMESPACE"] = f"qxtest:{_RUN}"
os.environ["QUANTIX_ERASURE_LEDGER_PATH"] = f"/tmp/quantix-ledger-{_RUN}.jsonl"
os.environ["QUANTIX_BASE_URL"] = "http://testserver"
os.environ["QUANTIX_MEDIA_DIR"] = f"/tmp/quantix-media-{_RUN}"
os.environ.setdefault("QUANTIX_JOB_TIMEOUT", "60")  # generous: a loaded CI machine must not cancel jobs
if _BACKEND == "sqlite":
    os.environ["DATABASE_URL"] = f"sqlite:///tmp/quantix-test-{_RUN}.db"
    os.environ.pop("REDIS_URL", None)
else:
    os.environ["DATABASE_URL"] = f"{PG_ADMIN_URL}/{TEST_DB}"
    # Database 1: test sessions (several may run at once) share it; each keeps to its own namespace.
    os.environ["REDIS_URL"] = os.environ.get("QUANTIX_TEST_REDIS", "redis://127.0.0.1:6379/1")
for name in ("META_GRAPH_URL", "META_DIALOG_URL", "SMTP_URL", "QUANTIX_META_SANDBOX"):
    os.environ.pop(name, None)

import logging  # noqa: E402
from collections.abc import AsyncIterator  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from tortoise import Tortoise  # noqa: E402

import app.main  # noqa: E402  (the composition root: job handlers and event listeners register on import)
from app.settings import get_settings  # noqa: E402

logging.getLogger("strawberry.execution").setLevel(logging.CRITICAL)
logging.getLogger("quantix.access").setLevel(logging.WARNING)


async def _create_pg_database() -> None:
    import asyncpg

    conn = await asyncpg.connect(f"{PG_ADMIN_URL}/postgres")
    try:
        await conn.execute(f'CREATE DATABASE "{TEST_DB}"')
    finally:
        await conn.close()


async def _drop_pg_database() -> None:
    import asyncpg

    conn = await asyncpg.connect(f"{PG_ADMIN_URL}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{TEST_DB}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
async def database() -> AsyncIterator[None]:
    settings = get_settings()
    if not settings.is_sqlite:
        await _create_pg_database()
    from app.db import init_orm

    await init_orm(settings)
    await Tortoise.generate_schemas(safe=False)
    yield
    await Tortoise.close_connections()
    if not settings.is_sqlite:
        await _drop_pg_database()
    else:
        path = settings.database_url.removeprefix("sqlite://")
        if os.path.exists(path):
            os.remove(path)


def _tables() -> list[str]:
    return [m._meta.db_table for app in Tortoise.apps.values() for m in app.values()]


async def _clean_redis(*, everything: bool = False) -> None:
    """Delete this session's keys only: other test sessions may share the Redis database.

    Rate-limit and queue keys carry the session's namespace; arq's job keys (`arq:job:<id>` and friends)
    do not, so they are found through the job ids in this session's queue.
    """
    settings = get_settings()
    if not settings.redis_url:
        return
    import redis.asyncio as redis

    from app.jobs.queue import arq_queue_name

    client = redis.from_url(settings.redis_url)
    try:
        job_ids = [j.decode() for j in await client.zrange(arq_queue_name(settings), 0, -1)]
        keys = [f"arq:{kind}:{job_id}" for job_id in job_ids for kind in ("job", "in-progress", "retry", "result")]
        keys += [k async for k in client.scan_iter(match=f"{settings.redis_namespace}:*", count=500)]
        if everything:
            keys += [k async for k in client.scan_iter(match=f"{settings.redis_namespace}*", count=500)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture(scope="session", autouse=True)
async def _redis_namespace_cleanup() -> AsyncIterator[None]:
    """Leave no keys behind when the session ends, and close the rate limiter's Redis client."""
    yield
    await _clean_redis(everything=True)
    from app.security import ratelimit

    await ratelimit.close()


@pytest.fixture(autouse=True)
async def clean_state(database: None) -> AsyncIterator[None]:
    """Each test starts from an empty database (plus the baseline policy) and empty Redis keys."""
    from app.db import ensure_baseline_data
    from app.security import ratelimit

    conn = Tortoise.get_connection("default")
    tables = _tables()
    if get_settings().is_sqlite:
        for table in tables:
            await conn.execute_script(f'DELETE FROM "{table}"')
    else:
        # DELETE with foreign-key triggers off for the transaction: ~2 ms, where TRUNCATE of every table
        # takes ~0.6 s (new files per table), which dominated the suite's time. Needs a superuser (as the
        # test server's trust-auth `postgres` is); otherwise TRUNCATE.
        deletes = " ".join(f'DELETE FROM "{t}";' for t in tables)
        try:
            await conn.execute_script(f"BEGIN; SET LOCAL session_replication_role = replica; {deletes} COMMIT;")
        except Exception:
            await conn.execute_script("ROLLBACK;")
            await conn.execute_script("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE")
    await ensure_baseline_data()
    await _clean_redis()
    ratelimit.reset_local()
    yield


@pytest.fixture(scope="session")
async def app(database: None) -> AsyncIterator[Any]:
    from app.main import create_app

    # No in-process cron ticks under the tests (SQLite runs): a test that wants a cron's work calls it.
    application = create_app(get_settings(), manage_orm=False, crons=False)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def drain(app: Any) -> Any:
    """Run every queued job to completion (arq burst worker with Redis, in-process otherwise)."""
    from tests.support import drain_jobs

    return drain_jobs
