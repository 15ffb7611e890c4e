"""Conversions API for CRM (SPEC §7.6): `configureMetaConversions` and `metaConversions` (ADMIN, sessions only)."""

from __future__ import annotations

import datetime as dt
import uuid

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.classification import LegalBasis
from app.conversions import services as conversions
from app.conversions.models import ConversionsLegalBasis
from app.errors import DomainError, ErrorCode
from app.leads.models import LeadStatus
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.leads.types import LeadStatusEnum
from schema.permissions import allow
from schema.privacy.accountability import LegalBasisEnum


@strawberry.type(description="A lead status and the CRM stage name Meta receives for it.")
class MetaStageEvent:
    lead_status: LeadStatusEnum  # type: ignore[valid-type]
    event_name: str


@strawberry.input
class MetaStageEventInput:
    lead_status: LeadStatusEnum  # type: ignore[valid-type]
    event_name: str = strawberry.field(description="The CRM stage name (e.g. `Marketing Qualified Lead`).")


@strawberry.type(description="The Conversions API for CRM: setup and what was sent.")
class MetaConversions:
    dataset_id: str
    enabled: bool
    legal_basis: LegalBasisEnum  # type: ignore[valid-type]
    stage_events: list[MetaStageEvent]
    last_upload_at: dt.datetime | None
    sent_last_24h: int = strawberry.field(description="Events Meta accepted in the last 24 hours.")
    failed_last_24h: int = strawberry.field(description="Events refused or dropped in the last 24 hours.")
    pending: int = strawberry.field(description="Events waiting to be sent.")
    dropped_last_7d: int = strawberry.field(description="Events dropped unsent after 7 days (last 7 days).")
    warnings: list[str]


async def meta_conversions_of(organization_id: uuid.UUID) -> MetaConversions | None:
    health = await conversions.health(organization_id)
    config = health.config
    if config is None:
        return None
    return MetaConversions(
        dataset_id=config.dataset_id,
        enabled=config.enabled,
        legal_basis=LegalBasis(config.legal_basis.value),
        stage_events=[
            MetaStageEvent(lead_status=LeadStatus(s["leadStatus"]), event_name=s["eventName"])
            for s in config.stage_events or []
        ],
        last_upload_at=config.last_upload_at,
        sent_last_24h=health.sent_last_24h,
        failed_last_24h=health.failed_last_24h,
        pending=health.pending,
        dropped_last_7d=health.dropped_last_7d,
        warnings=health.warnings,
    )


@strawberry.input
class ConfigureMetaConversionsInput:
    dataset_id: str = strawberry.field(description="The Meta dataset (CRM pixel) id from Events Manager.")
    stage_events: list[MetaStageEventInput]
    legal_basis: LegalBasisEnum = strawberry.field(  # type: ignore[valid-type]
        default=LegalBasis.LEGITIMATE_INTEREST,
        description="LEGITIMATE_INTEREST, or CONSENT (only leads with AD_MEASUREMENT consent are sent).",
    )
    enabled: bool = True


ConfigureMetaConversionsPayload = payload_type("ConfigureMetaConversionsPayload", meta_conversions=MetaConversions)


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(Role.ADMIN),
        description="The Conversions API setup and its health (null until configured).",
    )
    async def meta_conversions(self, info: Info) -> MetaConversions | None:
        return await meta_conversions_of(ctx(info).organization_id)


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.ADMIN), "Send Lead Ads leads' stages to a Meta dataset (checked at Meta first).")
    async def configure_meta_conversions(
        self, info: Info, input: ConfigureMetaConversionsInput
    ) -> ConfigureMetaConversionsPayload:
        org, actor_id = org_and_actor(info)
        if input.legal_basis.value not in {b.value for b in ConversionsLegalBasis}:
            raise DomainError(ErrorCode.INVALID_INPUT, "Use LEGITIMATE_INTEREST or CONSENT.", field="legalBasis")
        await conversions.configure(
            org,
            dataset_id=input.dataset_id,
            stage_events=[
                conversions.StageEvent(LeadStatus(s.lead_status.value), s.event_name) for s in input.stage_events
            ],
            legal_basis=ConversionsLegalBasis(input.legal_basis.value),
            enabled=input.enabled,
            actor_id=actor_id,
        )
        return ConfigureMetaConversionsPayload(meta_conversions=await meta_conversions_of(org))
