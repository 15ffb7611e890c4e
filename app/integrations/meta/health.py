"""integrationHealth: what an admin must fix before leads stop arriving.

Token expiry, missing permissions (re-read live from `/me/permissions`), Pages whose `leadgen`
subscription is gone (`GET /{page}/subscribed_apps`), webhook events that failed, and the daily
reconciliation of Meta's lead count per form against stored leads (a cron job stores the results).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.campaigns.models import LeadForm
from app.integrations.meta.calls import Graph, MetaAuthError, MetaError, MetaPermanent
from app.integrations.meta.connection import effective_status, get_connection, missing_scopes, note_token_failure
from app.integrations.meta.models import (
    ConnectionStatus,
    FormReconciliation,
    MetaConnection,
    Page,
    WebhookEvent,
    WebhookEventStatus,
)
from app.integrations.meta.oauth import split_permissions
from app.jobs import cron
from app.settings import get_settings

log = logging.getLogger("quantix.meta.health")

FAILED_EVENTS_WINDOW = dt.timedelta(days=30)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Issue:
    kind: str
    severity: str  # WARNING or ERROR
    message: str


@dataclass
class FailedEvent:
    id: uuid.UUID
    received_at: dt.datetime
    error: str | None
    attempts: int


@dataclass
class Health:
    status: ConnectionStatus | None
    token_expires_at: dt.datetime | None = None
    missing_scopes: list[str] = field(default_factory=list)
    lost_subscriptions: list[Page] = field(default_factory=list)
    failed_events: list[FailedEvent] = field(default_factory=list)
    reconciliation: list[FormReconciliation] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    checked_at: dt.datetime = field(default_factory=_now)

    @property
    def healthy(self) -> bool:
        return not self.issues


async def _refresh_permissions(graph: Graph, conn: MetaConnection) -> None:
    try:
        body = await graph.get("me/permissions", token=conn.access_token)
    except MetaAuthError as exc:
        await note_token_failure(conn, exc)
        return
    except MetaError as exc:
        log.info("permission check failed", extra={"meta_code": exc.code})
        return
    granted, declined = split_permissions(body)
    if sorted(granted) != sorted(conn.granted_scopes or []) or sorted(declined) != sorted(conn.declined_scopes or []):
        conn.granted_scopes = sorted(granted)
        conn.declined_scopes = sorted(declined)
        await MetaConnection.filter(id=conn.id).update(
            granted_scopes=conn.granted_scopes, declined_scopes=conn.declined_scopes
        )


async def check_subscription(graph: Graph, page: Page) -> bool | None:
    """True when our app is subscribed to `leadgen` on the Page; None when Meta could not say."""
    try:
        body = await graph.get(f"{page.meta_id}/subscribed_apps", token=page.access_token)
    except MetaError as exc:
        if isinstance(exc, MetaPermanent | MetaAuthError):
            return False
        return None
    ours = {get_settings().meta_app_id, page.meta_id}  # Meta's own sample shows the Page's id there (META.md §3.1)
    for item in body.get("data") or [] if isinstance(body, dict) else []:
        if not isinstance(item, dict) or str(item.get("id")) not in ours:
            continue
        fields = item.get("subscribed_fields")
        return fields is None or "leadgen" in fields
    return False


async def integration_health(organization_id: uuid.UUID) -> Health:
    conn = await get_connection(organization_id)
    health = Health(status=None)
    if conn is None:
        health.issues.append(Issue("NOT_CONNECTED", "WARNING", "Meta is not connected."))
        return health
    if conn.access_token and effective_status(conn) in (ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING):
        async with Graph() as graph:
            await _refresh_permissions(graph, conn)
            for page in await Page.for_org(organization_id).filter(selected=True).order_by("name"):
                subscribed = await check_subscription(graph, page)
                if subscribed is None:
                    continue
                page.subscribed = subscribed
                page.subscription_checked_at = _now()
                await page.save(update_fields=["subscribed", "subscription_checked_at"])
    status = effective_status(conn)
    health.status = status
    health.token_expires_at = conn.token_expires_at
    health.missing_scopes = missing_scopes(conn)
    if status is ConnectionStatus.EXPIRING:
        health.issues.append(
            Issue("TOKEN_EXPIRING", "WARNING", "The Meta token expires within 7 days; reconnect Meta to renew it.")
        )
    elif status is ConnectionStatus.EXPIRED:
        health.issues.append(Issue("TOKEN_EXPIRED", "ERROR", "The Meta token has expired; reconnect Meta."))
    elif status is ConnectionStatus.NEEDS_REAUTH:
        health.issues.append(Issue("NEEDS_REAUTH", "ERROR", "Meta no longer accepts the token; reconnect Meta."))
    elif status is ConnectionStatus.REVOKED:
        health.issues.append(Issue("REVOKED", "ERROR", "The app was removed at Meta; reconnect Meta."))
    if health.missing_scopes:
        health.issues.append(
            Issue("MISSING_PERMISSIONS", "ERROR", "Missing permissions: " + ", ".join(health.missing_scopes))
        )
    health.lost_subscriptions = list(
        await Page.for_org(organization_id).filter(selected=True, subscribed=False).order_by("name")
    )
    for page in health.lost_subscriptions:
        health.issues.append(
            Issue("PAGE_SUBSCRIPTION_LOST", "ERROR", f"Page {page.name or page.meta_id} no longer sends leads.")
        )
    health.failed_events = await failed_events(organization_id)
    if health.failed_events:
        health.issues.append(
            Issue(
                "WEBHOOK_EVENTS_FAILED",
                "ERROR",
                f"{len(health.failed_events)} webhook event(s) could not be processed.",
            )
        )
    health.reconciliation = list(
        await FormReconciliation.for_org(organization_id).order_by("form_name", "form_meta_id")
    )
    for row in health.reconciliation:
        if row.meta_count is not None and row.meta_count > row.stored_count:
            health.issues.append(
                Issue(
                    "LEAD_COUNT_MISMATCH",
                    "WARNING",
                    f"Form {row.form_name or row.form_meta_id}: Meta has {row.meta_count} leads, "
                    f"{row.stored_count} are stored; run a backfill.",
                )
            )
    return health


async def failed_events(organization_id: uuid.UUID, limit: int = 100) -> list[FailedEvent]:
    rows = (
        await WebhookEvent.filter(status=WebhookEventStatus.FAILED, created_at__gte=_now() - FAILED_EVENTS_WINDOW)
        .order_by("-created_at")
        .limit(2000)
    )
    org = str(organization_id)
    return [
        FailedEvent(id=r.id, received_at=r.created_at, error=r.error, attempts=r.attempts)
        for r in rows
        if org in (r.organization_ids or [])
    ][:limit]


# --- reconciliation -----------------------------------------------------------------------------------------


async def reconcile_organization(organization_id: uuid.UUID) -> list[FormReconciliation]:
    """Meta's `leads_count` per form of the selected Pages vs the leads stored for that form."""
    from app.leads.models import Lead

    conn = await get_connection(organization_id)
    if conn is None or effective_status(conn) not in (ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING):
        return []
    pages = {p.meta_id: p for p in await Page.for_org(organization_id).filter(selected=True)}
    forms = await LeadForm.for_org(organization_id).filter(page_meta_id__in=list(pages))
    results: list[FormReconciliation] = []
    async with Graph() as graph:
        for form in forms:
            page = pages[form.page_meta_id]
            meta_count: int | None = None
            error: str | None = None
            try:
                body = await graph.get(form.meta_id, token=page.access_token, fields="leads_count")
                meta_count = int(body.get("leads_count")) if body.get("leads_count") is not None else None
            except MetaError as exc:
                error = exc.summary()
            except (TypeError, ValueError):
                error = "Meta answered without a usable leads_count"
            stored = await Lead.for_org(organization_id).filter(form_id=form.id).count()
            row, _ = await FormReconciliation.update_or_create(
                organization_id=organization_id,
                form_meta_id=form.meta_id,
                defaults={
                    "form_name": form.name,
                    "meta_count": meta_count,
                    "stored_count": stored,
                    "checked_at": _now(),
                    "error": error,
                },
            )
            results.append(row)
    return results


async def reconcile_all() -> int:
    done = 0
    for conn in await MetaConnection.filter(status=ConnectionStatus.CONNECTED):
        try:
            await reconcile_organization(conn.organization_id)
            done += 1
        except Exception:
            log.exception("lead count reconciliation failed", extra={"organization_id": str(conn.organization_id)})
    return done


@cron("meta_lead_reconciliation", minute=41, hour=4)
async def _reconcile_cron() -> None:
    await reconcile_all()


def issues_as_dicts(health: Health) -> list[dict[str, Any]]:
    return [{"kind": i.kind, "severity": i.severity, "message": i.message} for i in health.issues]
