"""GraphQL types of the privacy engine: erasure previews, legal holds, consents, objections, retention, usage."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

import strawberry
from strawberry.scalars import JSON

from app.classification import DataCategory, Erase
from app.privacy.erasure import ErasurePlan
from app.privacy.erasure_models import (
    ConsentPurpose,
    LeadConsent,
    LeadObjection,
    LegalHold,
    ObjectionKind,
    RetentionAction,
    UsageEvent,
    UserConsent,
    UserObjection,
)
from app.privacy.retention import EffectiveRule
from schema.context import Context
from schema.permissions import admins_only
from schema.privacy.queries import DataCategoryEnum
from schema.relay import Node, NodeLoader, from_row, register_node, rows_loader, to_global_id

ConsentPurposeEnum = strawberry.enum(ConsentPurpose, name="ConsentPurpose")
ObjectionKindEnum = strawberry.enum(ObjectionKind, name="ObjectionKind")
RetentionActionEnum = strawberry.enum(RetentionAction, name="RetentionAction")
ErasureActionEnum = strawberry.enum(Erase, name="ErasureAction")


@strawberry.enum(name="ErasureSubjectKind")
class ErasureSubjectKind(enum.Enum):
    LEAD = "LEAD"
    ACCOUNT = "ACCOUNT"


@strawberry.type(description="Rows of one category an erasure deletes and anonymises.")
class ErasureCategoryCount:
    category: DataCategoryEnum  # type: ignore[valid-type]
    erased: int
    anonymised: int


@strawberry.type(description="Rows an erasure keeps, and why (a legal basis or a legal hold).")
class KeptRecords:
    category: DataCategoryEnum  # type: ignore[valid-type]
    reason: str
    records: int


@strawberry.type(description="What an erasure does to one table.")
class ErasureTableStep:
    model: str
    table: str
    action: ErasureActionEnum  # type: ignore[valid-type]
    categories: list[DataCategoryEnum]  # type: ignore[valid-type]
    records: int
    reason: str | None


@strawberry.type(description="A dry run: exactly what an erasure of this subject would delete, anonymise and keep.")
class ErasurePreview:
    subject_kind: ErasureSubjectKind
    held: bool = strawberry.field(description="True when a legal hold keeps the whole subject.")
    categories: list[ErasureCategoryCount]
    kept: list[KeptRecords]
    deleted: list[ErasureTableStep] = strawberry.field(description="Tables whose rows would be deleted.")
    anonymised: list[ErasureTableStep] = strawberry.field(description="Tables whose rows would be anonymised.")
    tables: list[ErasureTableStep]

    @classmethod
    def from_plan(cls, plan: ErasurePlan) -> ErasurePreview:
        steps = [
            ErasureTableStep(
                model=s.model.__name__,
                table=s.model._meta.db_table,
                action=s.action,
                categories=list(s.categories),
                records=s.records,
                reason=s.reason,
            )
            for s in plan.steps
            if s.records
        ]
        return cls(
            subject_kind=ErasureSubjectKind(plan.subject_kind),
            held=plan.held,
            categories=[
                ErasureCategoryCount(
                    category=DataCategory(c["category"]), erased=c["erased"], anonymised=c["anonymised"]
                )
                for c in plan.categories()
            ],
            kept=[
                KeptRecords(category=DataCategory(k["category"]), reason=k["reason"], records=k["records"])
                for k in plan.kept()
            ],
            deleted=[s for s in steps if s.action is Erase.DELETE],
            anonymised=[s for s in steps if s.action is Erase.ANONYMIZE],
            tables=steps,
        )


@strawberry.type(name="LegalHold", description="Keeps a lead or a member's account from erasure and retention.")
class LegalHoldType(Node):
    lead_id: strawberry.ID | None
    user_id: strawberry.ID | None
    reason: str
    active: bool
    created_at: dt.datetime
    released_at: dt.datetime | None

    @classmethod
    def from_model(cls, hold: LegalHold) -> LegalHoldType:
        return from_row(
            cls,
            hold,
            lead_id=to_global_id("Lead", hold.lead_id) if hold.lead_id else None,
            user_id=to_global_id("User", hold.user_id) if hold.user_id else None,
            active=hold.released_at is None,
        )


@strawberry.type(name="Consent", description="One consent change: purpose, granted or withdrawn, source, policy.")
class ConsentType(Node):
    purpose: ConsentPurposeEnum  # type: ignore[valid-type]
    granted: bool
    source: str
    policy_version: str | None
    evidence: JSON | None = strawberry.field(description="Form, question, text shown, channel.")
    created_at: dt.datetime

    @classmethod
    def from_model(cls, row: UserConsent | LeadConsent) -> ConsentType:
        return from_row(cls, row)


@strawberry.type(name="Objection", description="An objection to direct marketing or to automated decisions.")
class ObjectionType(Node):
    kind: ObjectionKindEnum  # type: ignore[valid-type]
    source: str
    created_at: dt.datetime

    @classmethod
    def from_model(cls, row: LeadObjection | UserObjection) -> ObjectionType:
        return from_row(cls, row)


@strawberry.type(name="RetentionRule", description="How long a category is kept, within the platform bounds.")
class RetentionRuleType:
    category: DataCategoryEnum  # type: ignore[valid-type]
    days: int
    action: RetentionActionEnum  # type: ignore[valid-type]
    min_days: int
    max_days: int
    default_days: int
    is_default: bool

    @classmethod
    def from_rule(cls, rule: EffectiveRule) -> RetentionRuleType:
        return from_row(cls, rule)


@strawberry.type(description="What the next retention sweep would touch in one category.")
class RetentionPreviewItem:
    category: DataCategoryEnum  # type: ignore[valid-type]
    action: RetentionActionEnum  # type: ignore[valid-type]
    days: int
    records: int
    held: int = strawberry.field(description="Expired rows kept by a legal hold.")


@strawberry.type(name="UsageEvent", description="A product-analytics event (kept only with ANALYTICS consent).")
class UsageEventType(Node):
    name: str
    path: str | None
    referrer: str | None
    created_at: dt.datetime

    @classmethod
    def from_model(cls, row: UsageEvent) -> UsageEventType:
        return from_row(cls, row)


def _leads_and_own(lead_model: Any, user_model: Any, view: Any) -> NodeLoader:
    """A node loader of rows about the organisation's leads, and of the viewer's own rows about themselves."""

    async def load(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        rows = [
            *await lead_model.for_org(context.organization_id).filter(id__in=pks),
            *await user_model.filter(id__in=pks, user_id=context.require_viewer().user_id),
        ]
        return {row.id: view.from_model(row) for row in rows}

    return load


load_consents = _leads_and_own(LeadConsent, UserConsent, ConsentType)
load_objections = _leads_and_own(LeadObjection, UserObjection, ObjectionType)


async def load_usage_events(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = await UsageEvent.filter(
        id__in=pks, user_id=context.require_viewer().user_id, organization_id=context.organization_id
    )
    return {r.id: UsageEventType.from_model(r) for r in rows}


register_node(  # legal holds are the privacy team's
    "LegalHold", admins_only(rows_loader(LegalHold, LegalHoldType.from_model)), scope="privacy:manage"
)
register_node("Consent", load_consents, scope="leads:read")
register_node("Objection", load_objections, scope="leads:read")
register_node("UsageEvent", load_usage_events)
