"""Campaign reads (campaigns:read) and the syncMeta mutation (ADMIN, sessions only: it acts on the connection)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from strawberry.types import Info
from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.accounts.models import Role
from app.campaigns import models
from app.errors import DomainError, ErrorCode
from app.integrations.meta.sync import request_sync
from schema.campaigns.types import (
    AdAccountType,
    AdSetType,
    AdStatus,
    AdType,
    CampaignType,
    LeadFormType,
    ad_nodes,
    ad_set_nodes,
    campaign_nodes,
    load_campaign,
)
from schema.context import ctx
from schema.errors import payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.permissions import allow
from schema.relay import Connection, PageArgs, SortDirection, connection_field, order_input, paginate, pk_of

READ = allow(Role.VIEWER, "campaigns:read")
M = TypeVar("M", bound=Model)
N = TypeVar("N")


@strawberry.enum
class CampaignOrderField(enum.Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    NAME = "name"


CampaignOrder = order_input("CampaignOrder", CampaignOrderField)


@strawberry.input
class CampaignFilter:
    ad_account_id: strawberry.ID | None = None
    status: AdStatus | None = None
    objective: str | None = None
    search: str | None = strawberry.field(default=None, description="Part of the campaign name.")


@strawberry.input
class AdSetFilter:
    campaign_id: strawberry.ID | None = None
    status: AdStatus | None = None


@strawberry.input
class AdFilter:
    campaign_id: strawberry.ID | None = None
    ad_set_id: strawberry.ID | None = None
    status: AdStatus | None = None


@strawberry.input
class SyncMetaInput:
    ad_account_id: strawberry.ID = strawberry.field(description="An AdAccount id, or Meta's `act_…` id.")
    since: dt.datetime | None = strawberry.field(
        default=None, description="First day to sync (a date or a date-time; its UTC day counts)."
    )


SyncMetaPayload = payload_type("SyncMetaPayload", job=JobType)


def _required_pk(global_id: str, type_name: str) -> object:
    """A filter id of another type or organisation matches nothing (never an error revealing existence)."""
    return pk_of(global_id, type_name)


# A filter's id fields: the field, the type its ids name, and its name in the cursors' filter key.
_ID_FILTERS = (
    ("ad_account_id", "AdAccount", "account"),
    ("campaign_id", "Campaign", "campaign"),
    ("ad_set_id", "AdSet", "adSet"),
)


def _filtered(
    qs: QuerySet[M], filter: CampaignFilter | AdSetFilter | AdFilter | None
) -> tuple[QuerySet[M], dict[str, str]]:
    """The rows a filter's ids and status keep, and the key binding the cursors to that filter."""
    key: dict[str, str] = {}
    if filter is None:
        return qs, key
    for field, type_name, name in _ID_FILTERS:
        if (value := getattr(filter, field, None)) is not None:
            qs = qs.filter(**{field: _required_pk(value, type_name)})
            key[name] = str(value)
    if filter.status is not None:
        qs = qs.filter(status=filter.status.value)
        key["status"] = filter.status.value
    return qs, key


async def _filtered_page(
    info: Info,
    model: type[models.AdSet] | type[models.Ad],
    nodes: Callable[[uuid.UUID, list[Any]], Awaitable[list[N]]],
    filter: AdSetFilter | AdFilter | None,
    page: PageArgs,
) -> Connection[N]:
    """A page of the organisation's ad sets or ads, as `filter` narrows them."""
    org = ctx(info).organization_id
    qs, key = _filtered(model.for_org(org), filter)
    return await paginate(qs, page, functools.partial(nodes, org), filter_key=key)


async def _ad_account_pk(organization_id: uuid.UUID, value: str) -> uuid.UUID | None:
    """SPEC names `adAccountId` without saying whose id: take our global id or Meta's `act_…` id."""
    if value.startswith("act_"):
        account = await models.AdAccount.for_org(organization_id).get_or_none(meta_id=value)
        return account.id if account is not None else None
    return pk_of(value, "AdAccount")


def _utc_day(since: dt.datetime | None) -> dt.date | None:
    """`since` may come as a date (parsed as midnight) or a date-time with offset: sync from its UTC day."""
    if since is None:
        return None
    return (since.astimezone(dt.UTC) if since.tzinfo is not None else since).date()


@strawberry.type
class Query:
    @connection_field(READ, "The organisation's Meta ad accounts.")
    async def ad_accounts(self, info: Info, *, page: PageArgs) -> Connection[AdAccountType]:
        qs = models.AdAccount.for_org(ctx(info).organization_id)
        return await paginate(
            qs,
            page,
            AdAccountType.from_model,
            order_field="name",
            direction=SortDirection.ASC,
        )

    @connection_field(READ, "Campaigns, filtered and ordered (default: newest first).")
    async def campaigns(
        self, info: Info, filter: CampaignFilter | None = None, order_by: CampaignOrder | None = None, *, page: PageArgs
    ) -> Connection[CampaignType]:
        org = ctx(info).organization_id
        qs, key = _filtered(models.Campaign.for_org(org), filter)
        if filter is not None and filter.objective:
            qs = qs.filter(objective=filter.objective)
            key["objective"] = filter.objective
        if filter is not None and filter.search:
            qs = qs.filter(name__icontains=filter.search.strip())
            key["search"] = filter.search.strip()
        order = order_by or CampaignOrder()
        return await paginate(
            qs,
            page,
            functools.partial(campaign_nodes, org),
            order_field=order.field.value,
            direction=order.direction,
            filter_key=key,
        )

    @strawberry.field(extensions=READ, description="A campaign of your organisation (null when unknown).")
    async def campaign(self, info: Info, id: strawberry.ID) -> CampaignType | None:
        pk = pk_of(id, "Campaign")
        return await load_campaign(ctx(info).organization_id, pk) if pk else None

    @connection_field(READ, "Ad sets, optionally of one campaign.")
    async def ad_sets(self, info: Info, filter: AdSetFilter | None = None, *, page: PageArgs) -> Connection[AdSetType]:
        return await _filtered_page(info, models.AdSet, ad_set_nodes, filter, page)

    @connection_field(READ, "Ads, optionally of one campaign or ad set.")
    async def ads(self, info: Info, filter: AdFilter | None = None, *, page: PageArgs) -> Connection[AdType]:
        return await _filtered_page(info, models.Ad, ad_nodes, filter, page)

    @connection_field(READ, "Lead Ads forms of the connected Pages.")
    async def lead_forms(self, info: Info, *, page: PageArgs) -> Connection[LeadFormType]:
        qs = models.LeadForm.for_org(ctx(info).organization_id)
        return await paginate(qs, page, LeadFormType.from_model)


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.ADMIN), "Sync one ad account from Meta now (a job).")
    async def sync_meta(self, info: Info, input: SyncMetaInput) -> SyncMetaPayload:
        context = ctx(info)
        pk = await _ad_account_pk(context.organization_id, str(input.ad_account_id))
        if pk is None:
            raise DomainError(ErrorCode.NOT_FOUND, "No such ad account.", field="adAccountId")
        viewer = context.require_viewer()
        job = await request_sync(context.organization_id, pk, _utc_day(input.since), user_id=viewer.user_id)
        return SyncMetaPayload(job=JobType.from_model(job))
