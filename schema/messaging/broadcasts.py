"""Broadcasts: one approved template to the leads of a filter (ADMIN, sessions only)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.types import Info

from app.messaging import broadcasts
from app.messaging.broadcast_models import Broadcast, BroadcastStatus
from schema.context import Context, ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.leads.queries import LeadFilterInput, lead_filter
from schema.messaging.access import ADMIN
from schema.messaging.mutations import WhatsAppTemplateInput
from schema.messaging.types import TemplateCategoryEnum
from schema.relay import (
    Connection,
    Node,
    PageArgs,
    connection_field,
    from_row,
    id_input,
    paginate,
    pk_of,
    register_node,
)

BroadcastStatusEnum = strawberry.enum(
    BroadcastStatus,
    name="BroadcastStatus",
    description="SCHEDULED until its time, RUNNING while sending, then COMPLETED, CANCELLED or FAILED.",
)


@strawberry.type(name="BroadcastSkip", description="Recipients left out for one reason.")
class BroadcastSkipType:
    reason: str = strawberry.field(
        description="CONSENT_REQUIRED, OBJECTION_RECORDED, NO_PHONE, SAME_PHONE, MARKETING_LIMIT, ERASED or CANCELLED."
    )
    count: int


@strawberry.type(name="Broadcast", description="A WhatsApp template sent to the leads of a filter.")
class BroadcastType(Node):
    name: str
    status: BroadcastStatusEnum  # type: ignore[valid-type]
    template_name: str
    template_language: str
    template_category: TemplateCategoryEnum | None  # type: ignore[valid-type]
    parameters: list[str]
    scheduled_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    recipients: int = strawberry.field(description="Leads matching the filter when the broadcast started.")
    sent: int = strawberry.field(description="Messages Meta accepted (and has not reported failed).")
    delivered: int = strawberry.field(description="Of those sent, delivered (from Meta's status webhooks).")
    read: int = strawberry.field(description="Of those sent, read.")
    failed: int
    skipped: list[BroadcastSkipType]
    progress: int = strawberry.field(description="0-100: recipients that reached an end state.")
    paused_reason: str | None = strawberry.field(
        description="SUBSCRIPTION_INACTIVE while the organisation is read-only."
    )
    error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def build(cls, row: Broadcast, counts: broadcasts.Counts) -> BroadcastType:
        return from_row(
            cls,
            row,
            parameters=[str(p) for p in row.parameters or []],
            sent=counts.sent,
            delivered=counts.delivered,
            read=counts.read,
            failed=counts.failed,
            skipped=[BroadcastSkipType(reason=r, count=n) for r, n in sorted(counts.skipped.items())],
            progress=broadcasts.progress_of(row, counts),
        )


async def to_nodes(rows: list[Broadcast]) -> list[BroadcastType]:
    counts = await broadcasts.counts_of([r.id for r in rows])
    return [BroadcastType.build(r, counts[r.id]) for r in rows]


async def load_broadcasts(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await Broadcast.for_org(context.organization_id).filter(id__in=pks)
    return dict(zip([r.id for r in rows], await to_nodes(rows), strict=True))


register_node("Broadcast", load_broadcasts, scope=None)


@strawberry.input(name="BroadcastFilter", description="Every field is optional; given fields must all match.")
class BroadcastFilterInput:
    status: BroadcastStatusEnum | None = None  # type: ignore[valid-type]


@strawberry.input(name="BroadcastTemplateInput")
class BroadcastTemplateInput(WhatsAppTemplateInput):
    pass  # the fields of a single send's template, under the name the API has always given them here


@strawberry.input
class CreateBroadcastInput:
    name: str
    template: BroadcastTemplateInput
    filter: LeadFilterInput | None = strawberry.field(default=None, description="Which leads (null = all).")
    scheduled_at: dt.datetime | None = strawberry.field(default=None, description="When to start (null = now).")


CreateBroadcastPayload = payload_type("CreateBroadcastPayload", broadcast=BroadcastType)


CancelBroadcastInput = id_input("CancelBroadcastInput")

CancelBroadcastPayload = payload_type("CancelBroadcastPayload", broadcast=BroadcastType)


async def _one(row: Broadcast) -> BroadcastType:
    return (await to_nodes([row]))[0]


@strawberry.type
class Query:
    @connection_field(ADMIN, "The organisation's broadcasts, newest first (sessions only).")
    async def broadcasts(
        self, info: Info, filter: BroadcastFilterInput | None = None, *, page: PageArgs
    ) -> Connection[BroadcastType]:
        status = filter.status if filter is not None else None
        qs = broadcasts.broadcasts_query(ctx(info).organization_id, status)
        return await paginate(qs, page, to_nodes, filter_key=status.value if status else None)


@strawberry.type
class Mutation:
    @payload_mutation(
        ADMIN,
        "Send an approved template to every lead of the filter who opted in to WhatsApp (paced "
        "below the number's throughput, at most once per lead and per phone).",
    )
    async def create_broadcast(self, info: Info, input: CreateBroadcastInput) -> CreateBroadcastPayload:
        organization_id, actor_id = org_and_actor(info)
        row = await broadcasts.create_broadcast(
            organization_id,
            name=input.name,
            template=input.template.spec(),
            lead_filter=await lead_filter(organization_id, input.filter),
            scheduled_at=input.scheduled_at,
            actor_id=actor_id,
        )
        return CreateBroadcastPayload(broadcast=await _one(row))

    @payload_mutation(ADMIN, "Stop a scheduled or running broadcast.")
    async def cancel_broadcast(self, info: Info, input: CancelBroadcastInput) -> CancelBroadcastPayload:
        organization_id, actor_id = org_and_actor(info)
        row = await broadcasts.cancel_broadcast(organization_id, pk_of(input.id, "Broadcast"), actor_id=actor_id)
        return CancelBroadcastPayload(broadcast=await _one(row))


types = [BroadcastType, BroadcastSkipType]
