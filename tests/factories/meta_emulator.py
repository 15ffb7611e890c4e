"""Node factories: for each Node type, create one row in an organisation and return its global id.

Shared by every room (add your types here, one line each in NODE_FACTORIES); tests use them to check that
`node(id)` answers for the owner and `null` for another organisation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal

from app.accounts.models import Organization, User
from app.campaigns.delivery import refresh_running_totals
from app.campaigns.models import Ad, AdAccount, AdInsight, AdSet, Campaign, Insight, LeadForm
from schema.relay import to_global_id


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
    row = await Insight.create(
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
    await refresh_running_totals(Insight, org.id, campaign.ad_account_id)  # as the Meta sync does
    return row


async def make_ad_insight(org: Organization, ad: Ad, day: dt.date, *, spend: str, leads: int = 0) -> AdInsight:
    row = await AdInsight.create(
        organization=org,
        ad=ad,
        ad_set_id=ad.ad_set_id,
        campaign_id=ad.campaign_id,
        ad_account_id=ad.ad_account_id,
        date=day,
        impressions=1,
        clicks=1,
        spend=Decimal(spend),
        leads=leads,
        currency="EUR",
    )
    await refresh_running_totals(AdInsight, org.id, ad.ad_account_id)  # as the Meta sync does
    return row


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


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "AdAccount": _ad_account,
    "Campaign": _campaign,
    "AdSet": _ad_set,
    "Ad": _ad,
    "LeadForm": _lead_form,
}
