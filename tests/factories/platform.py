"""The platform's Node factories (Job, User, Organization) and the isolation walk's hooks.

`MUTATION_SETUP["mutation"](org, user)` prepares the calling organisation for a mutation that needs more
than plausible input (a Meta connection, real credentials, a contact); `ID_FIELD_TYPES` corrects the
walk's guess of which Node type an id field names. Both are exported by the package (tests/factories).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from app.accounts.models import Organization, Role, User
from app.jobs.models import Job, JobKind
from schema.relay import to_global_id
from tests.support import make_user

MutationSetup = Callable[[Organization, User], Awaitable[dict[str, Any]]]


async def job_factory(org: Organization, user: User) -> str:
    job = await Job.create(kind=JobKind.MAINTENANCE, organization=org, created_by_id=user.id)
    return to_global_id("Job", job.id)


async def user_factory(org: Organization, user: User) -> str:
    member, _ = await make_user(org, role=Role.MEMBER, full_name="Isolation Probe")
    return to_global_id("User", member.id)


async def organization_factory(org: Organization, user: User) -> str:
    return to_global_id("Organization", org.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "Job": job_factory,
    "User": user_factory,
    "Organization": organization_factory,
}


async def _usable_meta_connection(org: Organization, user: User) -> str:
    from app.integrations.meta.connection import REQUIRED_SCOPES, meta_user_bidx
    from app.integrations.meta.models import MetaConnection

    meta_user = str(uuid.uuid4().int)[:15]
    connection = await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user,
        meta_user_bidx=meta_user_bidx(meta_user),
        connected_by=user,
        access_token=f"EAAisolation{uuid.uuid4().hex}",
        token_expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=60),
        granted_scopes=sorted(REQUIRED_SCOPES),
    )
    return to_global_id("MetaConnection", connection.id)  # a token that works and every required scope


# --- mutation walk: what the calling organisation needs first ----------------------------------------
# `MUTATION_SETUP["mutation"](org, user)` prepares the caller's organisation (e.g. a Meta connection) so the
# foreign id is what the mutation trips over, and returns input values to use (e.g. real credentials).


async def meta_connected(org: Organization, user: User) -> dict[str, Any]:
    await _usable_meta_connection(org, user)
    return {}


async def own_credentials(org: Organization, user: User) -> dict[str, Any]:
    from tests.support import DEFAULT_PASSWORD

    return {"email": user.email, "password": DEFAULT_PASSWORD}


async def lead_contact(org: Organization, user: User) -> dict[str, Any]:
    return {"email": f"walk-{uuid.uuid4().hex[:8]}@example.com"}


# Where the walk's guess from names and payloads is wrong: "mutation.field" -> the Node type the id names.
ID_FIELD_TYPES: dict[str, str] = {
    "testWebhook.id": "WebhookSubscription",
    "mergeLeads.duplicateIds": "Lead",
    "mergeLeads.primaryId": "Lead",
}

MUTATION_SETUP: dict[str, MutationSetup] = {
    "backfillLeads": meta_connected,
    "syncMeta": meta_connected,
    "selectMetaAssets": meta_connected,
    "logIn": own_credentials,
    "createLead": lead_contact,
}
