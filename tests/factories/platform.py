"""Factories for tests: one per GraphQL Node type, plus helpers that make Meta catalogue rows.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` (made by `user` where
that matters) and returns its global id. tests/tenancy/test_isolation.py fails while a type registered with
`schema.relay.register_node` has no factory here: a room that adds a Node type adds its factory (one
function and one registry line), so every type is tried with another organisation's session.
`MUTATION_SETUP` (at the end) prepares the caller's organisation for mutations that need more than
plausible input in the isolation walk.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from app.accounts.models import Membership, Organization, Role, User
from app.campaigns.models import Ad, AdAccount, AdSet, Campaign, Insight, LeadForm
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
    """A pending invitation, made directly (whatever `user`'s role) so any test may use it."""
    from app.accounts.models import Invitation
    from app.accounts.services import email_key
    from app.security.tokens import new_token, token_hash

    email = f"invitee-{uuid.uuid4().hex[:8]}@example.com"
    invitation = await Invitation.create(
        organization=org,
        email=email,
        email_bidx=email_key(email),
        role=Role.MEMBER,
        token_hash=token_hash(new_token("qxi_")),
        invited_by=user,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
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
    from app.integrations.meta.connection import REQUIRED_SCOPES, meta_user_bidx
    from app.integrations.meta.models import MetaConnection

    meta_user = _meta_id()
    connection = await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user,
        meta_user_bidx=meta_user_bidx(meta_user),
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


# --- Meta catalogue helpers (also used directly by the campaign tests) ----------------------------------


def _meta_id() -> str:
    return str(uuid.uuid4().int)[:15]


async def make_ad_account(org: Organization, currency: str = "EUR") -> AdAccount:
    account_id = _meta_id()
    return await AdAccount.create(
        organization=org,
        meta_id=f"act_{account_id}",
        account_id=account_id,
        name="Main",
        currency=currency,
        account_status=1,
    )


async def make_campaign(org: Organization, account: AdAccount | None = None, **fields: object) -> Campaign:
    account = account or await make_ad_account(org)
    values: dict[str, object] = {
        "name": "Lead gen",
        "status": "ACTIVE",
        "effective_status": "ACTIVE",
        "objective": "OUTCOME_LEADS",
        **fields,
    }
    return await Campaign.create(organization=org, ad_account=account, meta_id=_meta_id(), **values)


async def make_ad_set(org: Organization, campaign: Campaign | None = None) -> AdSet:
    campaign = campaign or await make_campaign(org)
    return await AdSet.create(
        organization=org,
        campaign=campaign,
        ad_account_id=campaign.ad_account_id,
        meta_id=_meta_id(),
        name="Set",
        status="ACTIVE",
    )


async def make_ad(org: Organization, ad_set: AdSet | None = None) -> Ad:
    ad_set = ad_set or await make_ad_set(org)
    return await Ad.create(
        organization=org,
        ad_set=ad_set,
        campaign_id=ad_set.campaign_id,
        ad_account_id=ad_set.ad_account_id,
        meta_id=_meta_id(),
        name="Ad",
        status="ACTIVE",
    )


async def make_lead_form(org: Organization) -> LeadForm:
    return await LeadForm.create(
        organization=org,
        meta_id=_meta_id(),
        name="Form",
        status="ACTIVE",
        locale="en_US",
        page_meta_id="1",
        questions=[{"key": "email", "label": "Email", "type": "EMAIL"}],
    )


async def make_insight(
    org: Organization,
    campaign: Campaign,
    day: dt.date,
    *,
    impressions: int,
    clicks: int,
    spend: str,
    reach: int = 0,
    leads: int = 0,
    currency: str = "EUR",
) -> Insight:
    return await Insight.create(
        organization=org,
        campaign=campaign,
        ad_account_id=campaign.ad_account_id,
        date=day,
        impressions=impressions,
        clicks=clicks,
        spend=Decimal(spend),
        reach=reach,
        leads=leads,
        currency=currency,
    )


async def make_lead(org: Organization, **fields: object) -> Any:
    from app.leads import services as lead_services

    values: dict[str, object] = {"full_name": "Factory Lead", "email": f"lead-{uuid.uuid4().hex[:10]}@example.com"}
    values.update(fields)
    return await lead_services.create_lead(org.id, **values)  # type: ignore[arg-type]


async def ad_account_factory(org: Organization, user: User) -> str:
    return to_global_id("AdAccount", (await make_ad_account(org)).id)


async def campaign_factory(org: Organization, user: User) -> str:
    return to_global_id("Campaign", (await make_campaign(org)).id)


async def ad_set_factory(org: Organization, user: User) -> str:
    return to_global_id("AdSet", (await make_ad_set(org)).id)


async def ad_factory(org: Organization, user: User) -> str:
    return to_global_id("Ad", (await make_ad(org)).id)


async def lead_form_factory(org: Organization, user: User) -> str:
    return to_global_id("LeadForm", (await make_lead_form(org)).id)


async def webhook_subscription_factory(org: Organization, user: User) -> str:
    from app.webhooks.services import create_subscription

    row, _ = await create_subscription(
        org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"], created_by_id=user.id
    )
    return to_global_id("WebhookSubscription", row.id)


async def webhook_delivery_factory(org: Organization, user: User) -> str:
    from app.webhooks.models import WebhookDelivery, WebhookEventType
    from app.webhooks.services import create_subscription, encode_body

    subscription, _ = await create_subscription(org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"])
    event_id, now = uuid.uuid4(), dt.datetime.now(dt.UTC)
    row = await WebhookDelivery.create(
        organization_id=org.id,
        subscription=subscription,
        event_id=event_id,
        event_type=WebhookEventType.LEAD_CREATED,
        body=encode_body(event_id, "LEAD_CREATED", now, org.id, {"leadId": to_global_id("Lead", uuid.uuid4())}),
        scheduled_at=now,
    )
    return to_global_id("WebhookDelivery", row.id)


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
    "AdAccount": ad_account_factory,
    "Campaign": campaign_factory,
    "AdSet": ad_set_factory,
    "Ad": ad_factory,
    "LeadForm": lead_form_factory,
    "WebhookSubscription": webhook_subscription_factory,
    "WebhookDelivery": webhook_delivery_factory,
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
