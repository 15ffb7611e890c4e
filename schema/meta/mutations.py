from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from app.accounts.models import Role
from app.campaigns.models import AdAccount
from app.integrations.meta import connection, leadgen, oauth
from app.integrations.meta.connection import get_connection
from app.integrations.meta.models import Page
from app.privacy.meta_leads import disconnect_meta
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.jobs.types import JobType
from schema.meta.types import MetaConnectionType
from schema.permissions import allow
from schema.relay import from_global_id


@strawberry.input
class StartMetaConnectionInput:
    redirect_uri: str = strawberry.field(
        description="Where the browser returns after Meta (this service's origin or an allowed CORS origin)."
    )


StartMetaConnectionPayload = payload_type("StartMetaConnectionPayload", authorize_url=str)


@strawberry.input
class CompleteMetaConnectionInput:
    grant: str = strawberry.field(description="The `grant` the callback put on the redirectUri.")


CompleteMetaConnectionPayload = payload_type(
    "CompleteMetaConnectionPayload", meta_connection=MetaConnectionType, job=(JobType, "The first sync.")
)


@strawberry.input
class SelectMetaAssetsInput:
    ad_account_ids: list[str] = strawberry.field(description="Meta ad account ids (`act_…`) to sync.")
    page_ids: list[str] = strawberry.field(description="Meta Page ids to receive leads from.")


SelectMetaAssetsPayload = payload_type("SelectMetaAssetsPayload", meta_connection=MetaConnectionType)


@strawberry.input
class DisconnectMetaInput:
    purge_leads: bool = strawberry.field(description="Also delete the leads that came from Meta.")


DisconnectMetaPayload = payload_type("DisconnectMetaPayload", disconnected=bool)


@strawberry.input
class BackfillLeadsInput:
    form_id: strawberry.ID = strawberry.field(description="A LeadForm id, or Meta's form id.")
    since: dt.datetime | None = None


BackfillLeadsPayload = payload_type("BackfillLeadsPayload", job=JobType)


async def _meta_ids(org: uuid.UUID, values: list[str], type_name: str, model: Any) -> list[str]:
    """Accept the ids `metaConnection` lists (our global ids) as well as Meta's own ids."""
    out: list[str] = []
    for value in values:
        text = str(value).strip()
        try:
            found_type, pk = from_global_id(text)
        except GraphQLError:
            out.append(text)  # a Meta id such as "act_123" or "1234567890"
            continue
        row = await model.for_org(org).get_or_none(id=pk) if found_type == type_name else None
        out.append(row.meta_id if row is not None else text)
    return out


def _form_ref(value: str) -> uuid.UUID | str | None:
    """A LeadForm global id or Meta's numeric form id; anything else (another type's id) names no form."""
    text = str(value).strip()
    if text.isdigit():
        return text if len(text) <= 64 else None
    try:
        type_name, pk = from_global_id(text)
    except Exception:
        return None
    return pk if type_name == "LeadForm" else None


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.ADMIN), "Begin connecting Meta: open `authorizeUrl`.")
    async def start_meta_connection(self, info: Info, input: StartMetaConnectionInput) -> StartMetaConnectionPayload:
        url = await oauth.start_connection(*org_and_actor(info), input.redirect_uri)
        return StartMetaConnectionPayload(authorize_url=url)

    @payload_mutation(allow(Role.ADMIN), "Finish connecting Meta with the grant from the callback.")
    async def complete_meta_connection(
        self, info: Info, input: CompleteMetaConnectionInput
    ) -> CompleteMetaConnectionPayload:
        done = await connection.complete_connection(*org_and_actor(info), input.grant)
        return CompleteMetaConnectionPayload(
            meta_connection=MetaConnectionType.from_model(done.connection),
            job=JobType.from_model(done.job) if done.job else None,
        )

    @payload_mutation(allow(Role.ADMIN), "Choose the ad accounts to sync and the Pages to take leads from.")
    async def select_meta_assets(self, info: Info, input: SelectMetaAssetsInput) -> SelectMetaAssetsPayload:
        org = ctx(info).organization_id
        accounts = await _meta_ids(org, input.ad_account_ids, "AdAccount", AdAccount)
        pages = await _meta_ids(org, input.page_ids, "MetaPage", Page)
        await connection.select_assets(org, accounts, pages)
        row = await get_connection(org)
        return SelectMetaAssetsPayload(meta_connection=MetaConnectionType.from_model(row) if row else None)

    @payload_mutation(
        allow(Role.ADMIN),
        "Revoke at Meta, unsubscribe Pages, delete tokens and Meta-derived records (and leads if asked).",
    )
    async def disconnect_meta(self, info: Info, input: DisconnectMetaInput) -> DisconnectMetaPayload:
        await disconnect_meta(ctx(info).organization_id, input.purge_leads)
        return DisconnectMetaPayload(disconnected=True)

    @payload_mutation(allow(Role.MEMBER, "leads:write"), "Fetch the leads Meta still holds for a form.")
    async def backfill_leads(self, info: Info, input: BackfillLeadsInput) -> BackfillLeadsPayload:
        org_id, actor_id = org_and_actor(info)
        job = await leadgen.start_backfill(org_id, _form_ref(input.form_id), input.since, actor_id)
        return BackfillLeadsPayload(job=JobType.from_model(job))
