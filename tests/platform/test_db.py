"""The PostgreSQL pool: no reset statement after every query, yet nothing leaks between borrowers."""

from __future__ import annotations

import uuid
from typing import Any

import asyncpg
import pytest
from tortoise import Tortoise

from app.audit.models import AuditEvent


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("the pool is PostgreSQL's")
    statements: list[str] = []
    execute = asyncpg.Connection.execute

    async def recording(self: asyncpg.Connection, query: str, *args: Any, **kwargs: Any) -> Any:
        statements.append(query)
        return await execute(self, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.Connection, "execute", recording)
    return statements


async def test_a_query_costs_one_statement_not_two(sent: list[str]) -> None:
    for _ in range(3):
        await AuditEvent.filter(action="nothing").count()
    assert not [q for q in sent if "RESET ALL" in q or "pg_advisory_unlock_all" in q]


async def test_a_transaction_left_open_is_rolled_back_on_release(sent: list[str]) -> None:
    pool = Tortoise.get_connection("default")._pool
    event_id = uuid.uuid4()
    async with pool.acquire() as conn:
        await conn.execute("BEGIN")
        await conn.execute("INSERT INTO audit_event (id, created_at, action) VALUES ($1, now(), 'left.open')", event_id)
    assert "ROLLBACK" in sent
    assert not await AuditEvent.filter(id=event_id).exists()
    async with pool.acquire() as conn:  # whichever connection comes next is outside any transaction
        assert not conn.is_in_transaction()
