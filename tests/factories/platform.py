"""Factories for the tenant-isolation harness (tests/tenancy): one per GraphQL Node type.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` (made by `user` where
that matters) and returns its global id. tests/tenancy/test_isolation.py fails while a type registered with
`schema.relay.register_node` has no factory here: a room that adds a Node type adds its factory (one
function and one registry line), so every type is tried with another organisation's session.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, Role, User
from app.jobs.models import Job, JobKind
from schema.relay import to_global_id
from tests.support import make_user

NodeFactory = Callable[[Organization, User], Awaitable[str]]


async def job_factory(org: Organization, user: User) -> str:
    job = await Job.create(kind=JobKind.MAINTENANCE, organization=org, created_by_id=user.id)
    return to_global_id("Job", job.id)


async def user_factory(org: Organization, user: User) -> str:
    member, _ = await make_user(org, role=Role.MEMBER, full_name="Isolation Probe")
    return to_global_id("User", member.id)


async def organization_factory(org: Organization, user: User) -> str:
    return to_global_id("Organization", org.id)


NODE_FACTORIES: dict[str, NodeFactory] = {
    "Job": job_factory,
    "User": user_factory,
    "Organization": organization_factory,
}
