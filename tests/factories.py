"""Factories for the tenant-isolation harness (tests/tenancy): one per GraphQL Node type.

`NODE_FACTORIES["Type"](org, user)` creates a fresh object of that type inside `org` (made by `user` where
that matters) and returns its global id. tests/tenancy/test_isolation.py fails while a type registered with
`schema.relay.register_node` has no factory here: a room that adds a Node type adds its factory (one
function and one registry line), so every type is tried with another organisation's session.
"""Node factories: for each Node type, make one object in an organisation and return its global id.
A cross-cutting test walks NODE_FACTORIES to check `node(id:)` and foreign-organisation ids for every type.
Each room adds its own types here.
"""Node factories: for each Node type, create one row in an organisation and return its global id.
Shared by every room (add your types here, one line each in NODE_FACTORIES); tests use them to check that
`node(id)` answers for the owner and `null` for another organisation.
"""

from __future__ import annotations

import datetime as dt
import uuid
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
from app.accounts.models import Organization, User
from app.leads.models import Lead
from app.privacy.erasure_models import (
    ConsentPurpose,
    LeadConsent,
    LeadObjection,
    LegalHold,
    ObjectionKind,
    UsageEvent,
)
from app.security.crypto import blind_index, normalize_email, scope_of
async def _lead(org: Organization) -> Lead:
    email = f"factory-{org.id.hex[:6]}@example.org"
    return await Lead.create(
        organization=org,
        full_name="Factory Lead",
        email=email,
        email_bidx=blind_index(scope_of(org.id), "email", normalize_email(email)),
    )
async def legal_hold(org: Organization, user: User) -> str:
    lead = await _lead(org)
    hold = await LegalHold.create(organization=org, lead_id=lead.id, reason="Factory hold", placed_by_id=user.id)
    return to_global_id("LegalHold", hold.id)
async def consent(org: Organization, user: User) -> str:
    lead = await _lead(org)
    row = await LeadConsent.create(
        organization=org, lead=lead, purpose=ConsentPurpose.WHATSAPP, granted=True, source="MANUAL"
    )
    return to_global_id("Consent", row.id)
async def objection(org: Organization, user: User) -> str:
    lead = await _lead(org)
    row = await LeadObjection.create(organization=org, lead=lead, kind=ObjectionKind.DIRECT_MARKETING, source="MANUAL")
    return to_global_id("Objection", row.id)
async def usage_event(org: Organization, user: User) -> str:
    row = await UsageEvent.create(user=user, organization_id=org.id, name="page_view", path="/")
    return to_global_id("UsageEvent", row.id)


async def privacy_request(org: Organization, user: User) -> str:
    from app.privacy.request_models import RequestChannel, RequestStatus, RequestType, SubjectKind
    from app.privacy.requests import new_request

    row = await new_request(
        organization_id=org.id,
        type=RequestType.ACCESS,
        subject_kind=SubjectKind.ACCOUNT,
        channel=RequestChannel.ACCOUNT,
        status=RequestStatus.VERIFIED,
        subject_user_id=user.id,
    )
    return to_global_id("PrivacyRequest", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "LegalHold": legal_hold,
    "Consent": consent,
    "Objection": objection,
    "UsageEvent": usage_event,
import uuid
from app.leads import services as lead_services
async def make_lead(org: Organization, **fields: object) -> object:
    values: dict[str, object] = {"full_name": "Factory Lead", "email": f"lead-{uuid.uuid4().hex[:10]}@example.com"}
    values.update(fields)
    return await lead_services.create_lead(org.id, **values)  # type: ignore[arg-type]
async def _lead(org: Organization, user: User) -> str:
    lead = await make_lead(org, actor_id=user.id)
    return to_global_id("Lead", lead.id)  # type: ignore[attr-defined]
async def _lead_note(org: Organization, user: User) -> str:
    lead = await make_lead(org)
    _, note = await lead_services.add_note(org.id, lead.id, "A factory note", author_id=user.id)  # type: ignore[attr-defined]
    return to_global_id("LeadNote", note.id)
    "Lead": _lead,
    "LeadNote": _lead_note,
    "PrivacyRequest": privacy_request,
import datetime as dt
from decimal import Decimal
from app.campaigns.models import Ad, AdAccount, AdSet, Campaign, Insight, LeadForm
def _meta_id() -> str:
    return str(uuid.uuid4().int)[:15]
async def make_ad_account(org: Organization, currency: str = "EUR") -> AdAccount:
    account_id = _meta_id()
    return await AdAccount.create(
        meta_id=f"act_{account_id}",
        account_id=account_id,
        name="Main",
        currency=currency,
        account_status=1,
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
        campaign=campaign,
        ad_account_id=campaign.ad_account_id,
        meta_id=_meta_id(),
        name="Set",
        status="ACTIVE",
async def make_ad(org: Organization, ad_set: AdSet | None = None) -> Ad:
    ad_set = ad_set or await make_ad_set(org)
    return await Ad.create(
        ad_set=ad_set,
        campaign_id=ad_set.campaign_id,
        ad_account_id=ad_set.ad_account_id,
        meta_id=_meta_id(),
        name="Ad",
        status="ACTIVE",
async def make_lead_form(org: Organization) -> LeadForm:
    return await LeadForm.create(
        meta_id=_meta_id(),
        name="Form",
        status="ACTIVE",
        locale="en_US",
        page_meta_id="1",
        questions=[{"key": "email", "label": "Email", "type": "EMAIL"}],
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


async def _meta_connection(org: Organization, user: User) -> str:
    from app.integrations.meta.connection import meta_user_bidx
    from app.integrations.meta.models import MetaConnection

    meta_user = _meta_id()
    row = await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user,
        meta_user_bidx=meta_user_bidx(meta_user),
        access_token="EAAtest",
        granted_scopes=["ads_read"],
        connected_by=user,
    )
    return to_global_id("MetaConnection", row.id)


async def _meta_page(org: Organization, user: User) -> str:
    from app.integrations.meta.models import Page

    row = await Page.create(organization=org, meta_id=_meta_id(), name="Page", tasks=["ADVERTISE"])
    return to_global_id("MetaPage", row.id)


async def _ad_account(org: Organization, user: User) -> str:
    return to_global_id("AdAccount", (await make_ad_account(org)).id)
async def _campaign(org: Organization, user: User) -> str:
    return to_global_id("Campaign", (await make_campaign(org)).id)
async def _ad_set(org: Organization, user: User) -> str:
    return to_global_id("AdSet", (await make_ad_set(org)).id)
async def _ad(org: Organization, user: User) -> str:
    return to_global_id("Ad", (await make_ad(org)).id)
async def _lead_form(org: Organization, user: User) -> str:
    return to_global_id("LeadForm", (await make_lead_form(org)).id)
    "AdAccount": _ad_account,
    "Campaign": _campaign,
    "AdSet": _ad_set,
    "Ad": _ad,
    "LeadForm": _lead_form,
    "MetaConnection": _meta_connection,
    "MetaPage": _meta_page,
async def _webhook_subscription(org: Organization, user: User) -> str:
    from app.webhooks.services import create_subscription
    row, _ = await create_subscription(
        org.id, url="https://partner.example/hooks", events=["LEAD_CREATED"], created_by_id=user.id
    return to_global_id("WebhookSubscription", row.id)
async def _webhook_delivery(org: Organization, user: User) -> str:
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
    return to_global_id("WebhookDelivery", row.id)
NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "WebhookSubscription": _webhook_subscription,
    "WebhookDelivery": _webhook_delivery,
}
