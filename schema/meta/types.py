from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated

import strawberry

from app.campaigns.models import AdAccount
from app.integrations.meta.connection import effective_status, missing_scopes
from app.integrations.meta.health import Health
from app.integrations.meta.models import ConnectionStatus, MetaConnection, Page
from schema.campaigns.types import AdAccountType
from schema.relay import Node, from_row, register_node, rows_loader

if TYPE_CHECKING:
    from schema.meta.conversions import MetaConversions

MetaConnectionStatusEnum = strawberry.enum(ConnectionStatus, name="MetaConnectionStatus")


@strawberry.type(name="MetaPage", description="A Facebook Page the connected Meta login manages.")
class MetaPageType(Node):
    meta_id: str
    name: str
    tasks: list[str]
    can_advertise: bool = strawberry.field(description="Lead retrieval needs the ADVERTISE task.")
    selected: bool
    subscribed: bool = strawberry.field(description="Subscribed to `leadgen` (as last checked).")
    subscription_checked_at: dt.datetime | None

    @classmethod
    def from_model(cls, row: Page) -> MetaPageType:
        return from_row(cls, row, tasks=list(row.tasks or []), can_advertise="ADVERTISE" in (row.tasks or []))


@strawberry.type(name="MetaConnection", description="Your organisation's link to Meta.")
class MetaConnectionType(Node):
    status: MetaConnectionStatusEnum  # type: ignore[valid-type]
    granted_scopes: list[str]
    declined_scopes: list[str]
    missing_scopes: list[str]
    expires_at: dt.datetime | None = strawberry.field(description="When the Meta token expires.")
    last_synced_at: dt.datetime | None
    last_error: str | None
    connected_at: dt.datetime
    updated_at: dt.datetime
    organization_pk: strawberry.Private[uuid.UUID]

    @classmethod
    def from_model(cls, row: MetaConnection) -> MetaConnectionType:
        return from_row(
            cls,
            row,
            status=effective_status(row),
            granted_scopes=sorted(row.granted_scopes or []),
            declined_scopes=sorted(row.declined_scopes or []),
            missing_scopes=missing_scopes(row),
            expires_at=row.token_expires_at,
            connected_at=row.created_at,
            organization_pk=row.organization_id,
        )

    @strawberry.field(description="Ad accounts the token lists; `selected` ones are synced.")
    async def ad_accounts(self) -> list[AdAccountType]:
        rows = await AdAccount.for_org(self.organization_pk).order_by("name", "meta_id")
        return [AdAccountType.from_model(r) for r in rows]

    @strawberry.field(description="Pages the token manages; `selected` ones deliver leads.")
    async def pages(self) -> list[MetaPageType]:
        rows = await Page.for_org(self.organization_pk).order_by("name", "meta_id")
        return [MetaPageType.from_model(r) for r in rows]


@strawberry.type(description="Something to fix in the Meta integration.")
class IntegrationIssue:
    kind: str = strawberry.field(
        description="NOT_CONNECTED, TOKEN_EXPIRING, TOKEN_EXPIRED, NEEDS_REAUTH, REVOKED, MISSING_PERMISSIONS, "
        "PAGE_SUBSCRIPTION_LOST, WEBHOOK_EVENTS_FAILED, LEAD_COUNT_MISMATCH or CONVERSIONS_API."
    )
    severity: str = strawberry.field(description="WARNING or ERROR.")
    message: str


@strawberry.type(description="A Meta webhook event that could not be processed.")
class FailedWebhookEvent:
    id: strawberry.ID
    received_at: dt.datetime
    error: str | None
    attempts: int


@strawberry.type(description="Meta's lead count for one form against the leads stored for it (daily).")
class LeadCountReconciliation:
    form_meta_id: str
    form_name: str
    meta_count: int | None
    stored_count: int
    difference: int | None = strawberry.field(description="Meta's count minus stored leads.")
    checked_at: dt.datetime
    error: str | None


@strawberry.type(description="The state of the Meta integration, checked live where Meta can tell.")
class IntegrationHealth:
    status: MetaConnectionStatusEnum | None  # type: ignore[valid-type]
    healthy: bool
    token_expires_at: dt.datetime | None
    token_expiring_soon: bool = strawberry.field(description="The token expires within 7 days.")
    missing_scopes: list[str]
    lost_page_subscriptions: list[MetaPageType]
    failed_webhook_events: list[FailedWebhookEvent]
    reconciliation: list[LeadCountReconciliation]
    issues: list[IntegrationIssue]
    checked_at: dt.datetime
    meta_conversions: Annotated[MetaConversions, strawberry.lazy("schema.meta.conversions")] | None = strawberry.field(
        default=None, description="The Conversions API's health (null until configured)."
    )

    @classmethod
    def from_health(cls, health: Health) -> IntegrationHealth:
        return from_row(
            cls,
            health,
            token_expiring_soon=health.status is ConnectionStatus.EXPIRING,
            meta_conversions=None,
            lost_page_subscriptions=[MetaPageType.from_model(p) for p in health.lost_subscriptions],
            failed_webhook_events=[
                FailedWebhookEvent(
                    id=strawberry.ID(str(e.id)), received_at=e.received_at, error=e.error, attempts=e.attempts
                )
                for e in health.failed_events
            ],
            reconciliation=[
                LeadCountReconciliation(
                    form_meta_id=r.form_meta_id,
                    form_name=r.form_name,
                    meta_count=r.meta_count,
                    stored_count=r.stored_count,
                    difference=None if r.meta_count is None else r.meta_count - r.stored_count,
                    checked_at=r.checked_at,
                    error=r.error,
                )
                for r in health.reconciliation
            ],
            issues=[IntegrationIssue(kind=i.kind, severity=i.severity, message=i.message) for i in health.issues],
        )


register_node("MetaConnection", rows_loader(MetaConnection, MetaConnectionType.from_model), scope=None)
register_node("MetaPage", rows_loader(Page, MetaPageType.from_model), scope="campaigns:read")
