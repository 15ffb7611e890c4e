from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.accounts.models import Organization, Role, User
from tests.support import GraphQLClient, assert_no_jobs_left, make_org, make_user


@dataclass
class Team:
    org: Organization
    owner: User
    gql: GraphQLClient  # as the owner
    http: httpx.AsyncClient

    async def member(self, role: Role) -> tuple[User, GraphQLClient]:
        user, token = await make_user(self.org, role=role)
        return user, GraphQLClient(self.http, token)


@pytest.fixture
async def team(client: httpx.AsyncClient) -> Team:
    org = await make_org()
    owner, token = await make_user(org, role=Role.OWNER)
    return Team(org=org, owner=owner, gql=GraphQLClient(client, token), http=client)


async def run_jobs(rounds: int = 100) -> None:
    """The fast path: run every queued job to completion through `run_job` straight from the Job table, as a
    worker would (tests.support.drain_jobs is the real arq worker, which test_worker.py uses); fails when
    jobs are still pending after `rounds` rounds."""
    from app.jobs import queue
    from app.jobs.models import Job, JobStatus

    backend = queue.backend()
    if isinstance(backend, queue.InProcessBackend):  # SQLite: jobs already run as tasks of this process
        await backend.drain()
        return
    for _ in range(rounds):
        pending = await Job.filter(status__in=[JobStatus.QUEUED, JobStatus.RETRYING]).order_by("created_at")
        if not pending:
            return
        for job in pending:
            await queue.run_job(job.id)
    assert_no_jobs_left(await Job.filter(status__in=[JobStatus.QUEUED, JobStatus.RETRYING]), rounds)


CREATE = """
mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id fullName email phone status source tags owner { id } createdAt updatedAt }
    duplicate { id fullName }
    errors { field code message }
  }
}
"""


async def create_lead(gql: GraphQLClient, **fields: Any) -> dict[str, Any]:
    data = await gql.data(CREATE, {"input": fields})
    payload = data["createLead"]
    assert payload["errors"] == [], payload["errors"]
    return payload["lead"]
