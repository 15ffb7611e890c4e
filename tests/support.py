"""Helpers for tests: GraphQL over real HTTP, job draining, factories as plain async functions."""

from __future__ import annotations

import uuid
import warnings
from collections import Counter
from typing import Any

import httpx
import pytest

from app.accounts.models import Membership, Organization, Role, User
from app.accounts.sessions import create_session
from app.jobs import queue
from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
from app.security.passwords import hash_password
from app.settings import get_settings


class GraphQLClient:
    """Posts a query like a frontend would and returns the decoded JSON body."""

    def __init__(self, http: httpx.AsyncClient, token: str | None = None) -> None:
        self.http = http
        self.token = token

    async def post(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None, **headers: str
    ) -> httpx.Response:
        bearer = token if token is not None else self.token
        if bearer:
            headers.setdefault("authorization", f"Bearer {bearer}")
        return await self.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)

    async def __call__(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None, **headers: str
    ) -> dict[str, Any]:
        response = await self.post(query, variables, token=token, **headers)
        assert response.status_code == 200, response.text
        return response.json()

    async def data(self, query: str, variables: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
        """The `data` of a response that must have no errors."""
        body = await self(query, variables, **kw)
        assert not body.get("errors"), body["errors"]
        return body["data"]


concurrent_writers = pytest.mark.skipif(
    get_settings().is_sqlite, reason="a race needs concurrent writers: SQLite has one at a time"
)


def outcomes(bodies: list[dict[str, Any]], key: str) -> Counter[str]:
    """How many of the concurrent answers of mutation `key` were OK and how many each error code."""
    return Counter(",".join(e["code"] for e in body[key]["errors"]) or "OK" for body in bodies)


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors") or []]


async def drain_jobs(timeout: float = 30.0) -> None:
    """Run every queued job through a real arq `Worker(burst=True)` on this session's queue (in-process on
    SQLite). arq's `worker.close()` calls redis' deprecated `close()` (silenced here), and the worker's
    shut-down may clear the API's queue backend (restored here)."""
    backend = queue.backend()
    if isinstance(backend, queue.InProcessBackend):
        await backend.drain(timeout)
        return
    from arq.worker import Worker

    from workers.settings import worker_settings

    values = worker_settings(get_settings(), burst=True, poll_delay=0.05, handle_signals=False)
    values["ctx"] = {"settings": get_settings(), "orm_managed_elsewhere": True}
    values.pop("cron_jobs", None)
    worker = Worker(**values)
    api_backend = queue._backend
    try:
        await worker.main()
    finally:
        with warnings.catch_warnings():  # arq 0.28 calls redis-py's deprecated close()
            warnings.simplefilter("ignore", DeprecationWarning)
            await worker.close()
        queue._backend = api_backend


def assert_no_jobs_left(pending: list[Any], rounds: int) -> None:
    """A helper that runs jobs round after round fails when jobs are still waiting after its last round."""
    assert not pending, f"jobs still pending after {rounds} rounds: {[(j.kind, j.status) for j in pending]}"


async def make_org(name: str = "Acme Ads", slug: str | None = None) -> Organization:
    return await Organization.create(name=name, slug=slug or f"acme-{uuid.uuid4().hex[:8]}")


DEFAULT_PASSWORD = "correct horse battery staple"


async def make_user(
    org: Organization | None = None,
    *,
    role: Role = Role.OWNER,
    email: str | None = None,
    full_name: str = "Ada Lovelace",
    password: str = DEFAULT_PASSWORD,
) -> tuple[User, str]:
    """A user (and their organisation) with a live session; returns (user, bearer token)."""
    org = org or await make_org()
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    user = await User.create(
        email=email,
        email_bidx=blind_index(PLATFORM_SCOPE, "email", normalize_email(email)),
        full_name=full_name,
        password_hash=hash_password(password),
        accepted_policy_version="1",
        last_organization_id=org.id,
    )
    await Membership.create(organization=org, user=user, role=role)
    token, _ = await create_session(user.id, org.id)
    return user, token
