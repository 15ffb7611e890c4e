"""Factories for the tenant-isolation harness (tests/tenancy): one per GraphQL Node type.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` (made by `user` where
that matters) and returns its global id. tests/tenancy/test_isolation.py fails while a type registered with
`schema.relay.register_node` has no factory here: a room that adds a Node type adds its factory (one
function and one registry line), so every type is tried with another organisation's session.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from app.accounts.models import Membership, Organization, Role, User
from app.jobs.models import Job, JobKind
from schema.relay import to_global_id
from tests.support import make_user

NodeFactory = Callable[[Organization, User], Awaitable[str]]
MutationSetup = Callable[[Organization, User], Awaitable[dict[str, Any]]]


async def job_factory(org: Organization, user: User) -> str:
    job = await Job.create(kind=JobKind.MAINTENANCE, organization=org, created_by_id=user.id)
    return to_global_id("Job", job.id)


async def user_factory(org: Organization, user: User) -> str:
    member, _ = await make_user(org, role=Role.MEMBER, full_name="Isolation Probe")
    return to_global_id("User", member.id)


async def organization_factory(org: Organization, user: User) -> str:
    return to_global_id("Organization", org.id)


async def membership_factory(org: Organization, user: User) -> str:
    member, _ = await make_user(org, role=Role.VIEWER)
    membership = await Membership.get(organization_id=org.id, user_id=member.id)
    return to_global_id("Membership", membership.id)


async def session_factory(org: Organization, user: User) -> str:
    from app.accounts.sessions import create_session

    _, session = await create_session(user.id, org.id)
    return to_global_id("Session", session.id)


async def api_token_factory(org: Organization, user: User) -> str:
    from app.accounts.api_tokens import create_token

    token, _ = await create_token(org.id, user.id, Role.OWNER, name="isolation", scopes=["leads:read"], expires_at=None)
    return to_global_id("ApiToken", token.id)


async def invitation_factory(org: Organization, user: User) -> str:
    from app.accounts.organizations import invite_member

    invitation, _ = await invite_member(org.id, user.id, f"invitee-{uuid.uuid4().hex[:8]}@example.com", Role.MEMBER)
    return to_global_id("Invitation", invitation.id)


async def audit_event_factory(org: Organization, user: User) -> str:
    from app.audit.services import record

    event = await record("isolation.probe", organization_id=org.id, actor_user_id=user.id)
    return to_global_id("AuditEvent", event.id)


async def _lead(org: Organization, user: User) -> uuid.UUID:
    from app.leads.services import create_lead

    lead = await create_lead(
        org.id, full_name="Isolation Lead", email=f"lead-{uuid.uuid4().hex[:8]}@example.com", actor_id=user.id
    )
    return lead.id


async def lead_factory(org: Organization, user: User) -> str:
    return to_global_id("Lead", await _lead(org, user))


async def lead_note_factory(org: Organization, user: User) -> str:
    from app.leads.services import add_note

    _, note = await add_note(org.id, await _lead(org, user), "isolation note", author_id=user.id)
    return to_global_id("LeadNote", note.id)


async def legal_hold_factory(org: Organization, user: User) -> str:
    from app.privacy.holds import place_legal_hold

    hold = await place_legal_hold(org.id, lead_id=await _lead(org, user), reason="isolation", placed_by_id=user.id)
    return to_global_id("LegalHold", hold.id)


async def consent_factory(org: Organization, user: User) -> str:
    from app.privacy.consent import set_lead_consent
    from app.privacy.erasure_models import ConsentPurpose

    consent = await set_lead_consent(org.id, await _lead(org, user), ConsentPurpose.WHATSAPP, True)
    return to_global_id("Consent", consent.id)


async def objection_factory(org: Organization, user: User) -> str:
    from app.privacy.consent import apply_objection
    from app.privacy.erasure_models import ObjectionKind

    objection = await apply_objection(org.id, ObjectionKind.DIRECT_MARKETING, lead_id=await _lead(org, user))
    return to_global_id("Objection", objection.id)


async def usage_event_factory(org: Organization, user: User) -> str:
    from app.privacy.erasure_models import UsageEvent

    event = await UsageEvent.create(user_id=user.id, organization_id=org.id, name="isolation.probe")
    return to_global_id("UsageEvent", event.id)


async def privacy_request_factory(org: Organization, user: User) -> str:
    from app.privacy.request_models import RequestChannel, RequestStatus, RequestType, SubjectKind
    from app.privacy.requests import new_request

    request = await new_request(
        organization_id=org.id,
        type=RequestType.ACCESS,
        subject_kind=SubjectKind.ACCOUNT,
        channel=RequestChannel.ACCOUNT,
        status=RequestStatus.VERIFIED,
        subject_user_id=user.id,
    )
    return to_global_id("PrivacyRequest", request.id)


async def meta_connection_factory(org: Organization, user: User) -> str:
    import datetime as dt

    from app.integrations.meta.connection import REQUIRED_SCOPES
    from app.integrations.meta.models import MetaConnection
    from app.security.crypto import PLATFORM_SCOPE, blind_index

    meta_user = str(uuid.uuid4().int)[:15]
    connection = await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user,
        meta_user_bidx=blind_index(PLATFORM_SCOPE, "meta_user", meta_user),
        connected_by=user,
        access_token=f"EAAisolation{uuid.uuid4().hex}",
        token_expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=60),
        granted_scopes=sorted(REQUIRED_SCOPES),
    )
    return to_global_id("MetaConnection", connection.id)


async def meta_page_factory(org: Organization, user: User) -> str:
    from app.integrations.meta.models import Page

    page = await Page.create(organization=org, meta_id=str(uuid.uuid4().int)[:15], name="Isolation Page")
    return to_global_id("MetaPage", page.id)


NODE_FACTORIES: dict[str, NodeFactory] = {
    "Job": job_factory,
    "User": user_factory,
    "Organization": organization_factory,
    "Membership": membership_factory,
    "Session": session_factory,
    "ApiToken": api_token_factory,
    "Invitation": invitation_factory,
    "AuditEvent": audit_event_factory,
    "Lead": lead_factory,
    "LeadNote": lead_note_factory,
    "LegalHold": legal_hold_factory,
    "Consent": consent_factory,
    "Objection": objection_factory,
    "UsageEvent": usage_event_factory,
    "PrivacyRequest": privacy_request_factory,
    "MetaConnection": meta_connection_factory,
    "MetaPage": meta_page_factory,
}


# --- mutation walk: what the calling organisation needs first ----------------------------------------
# `MUTATION_SETUP["mutation"](org, user)` prepares the caller's organisation (e.g. a Meta connection) so the
# foreign id is what the mutation trips over, and returns input values to use (e.g. real credentials).


async def meta_connected(org: Organization, user: User) -> dict[str, Any]:
    await meta_connection_factory(org, user)
    return {}


async def own_credentials(org: Organization, user: User) -> dict[str, Any]:
    from tests.support import DEFAULT_PASSWORD

    return {"email": user.email, "password": DEFAULT_PASSWORD}


MUTATION_SETUP: dict[str, MutationSetup] = {
    "backfillLeads": meta_connected,
    "syncMeta": meta_connected,
    "selectMetaAssets": meta_connected,
    "logIn": own_credentials,
}
