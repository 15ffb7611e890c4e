"""An organisation's Meta connection: complete it, read its status, choose assets, disconnect, revoke.

Meta-derived records (ad accounts, campaigns, ad sets, ads, insights, pages, forms) are purged on
disconnect, deauthorize and data deletion by the one Meta purge (purge.py); leads only with `purgeLeads`, by
privacy's erasure engine (app.privacy.meta_leads hands it to `disconnect`).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from tortoise.transactions import in_transaction

from app.audit.services import record_change
from app.campaigns.models import AdAccount, LeadForm
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit, emit_many
from app.integrations.meta.calls import Graph, MetaAuthError, MetaError, connection_status_for
from app.integrations.meta.graph import refused
from app.integrations.meta.models import (
    ConnectionStatus,
    MetaConnection,
    Page,
    PendingGrant,
)
from app.integrations.meta.oauth import REQUIRED_SCOPES, mark_grant_used, take_grant
from app.integrations.meta.purge import purge_meta_data
from app.jobs import Job, JobKind, enqueue
from app.security.crypto import PLATFORM_SCOPE, blind_index, blind_index_candidates

log = logging.getLogger("quantix.meta.connection")

EXPIRING_WITHIN = dt.timedelta(days=7)
ADVERTISE = "ADVERTISE"
AD_ACCOUNT_FIELDS = "id,account_id,name,currency,timezone_name,account_status"
PAGE_FIELDS = "id,name,access_token,tasks,category"
FORM_FIELDS = "id,name,status,locale,questions"
ANNOUNCE_BATCH = 1_000  # LEAD_ERASED events of a purge handed to the listeners at once


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def meta_user_bidx(meta_user_id: str) -> str:
    return blind_index(PLATFORM_SCOPE, "meta_user", meta_user_id)


def effective_status(conn: MetaConnection, now: dt.datetime | None = None) -> ConnectionStatus:
    """Stored status, with CONNECTED refined by the token's expiry (EXPIRING within 7 days, EXPIRED after)."""
    now = now or _now()
    if conn.status is not ConnectionStatus.CONNECTED:
        return conn.status
    if conn.token_expires_at is not None:
        if conn.token_expires_at <= now:
            return ConnectionStatus.EXPIRED
        if conn.token_expires_at <= now + EXPIRING_WITHIN:
            return ConnectionStatus.EXPIRING
    return ConnectionStatus.CONNECTED


def missing_scopes(conn: MetaConnection) -> list[str]:
    return sorted(REQUIRED_SCOPES - set(conn.granted_scopes or []))


async def get_connection(organization_id: uuid.UUID) -> MetaConnection | None:
    return await MetaConnection.for_org(organization_id).first()


async def usable_connection(organization_id: uuid.UUID) -> MetaConnection:
    conn = await get_connection(organization_id)
    if conn is None or conn.access_token is None:
        raise DomainError(ErrorCode.INTEGRATION_NOT_CONNECTED, "Connect Meta first.")
    status = effective_status(conn)
    if status not in (ConnectionStatus.CONNECTED, ConnectionStatus.EXPIRING):
        raise DomainError(
            ErrorCode.INTEGRATION_NOT_CONNECTED, f"The Meta connection is {status.value}; reconnect Meta."
        )
    return conn


async def note_token_failure(conn: MetaConnection, error: MetaError) -> None:
    """Record what a token failure means for the connection's status (SPEC §6 statuses), once per change."""
    if not isinstance(error, MetaAuthError):
        await MetaConnection.filter(id=conn.id).update(last_error=error.summary())
        return
    status = ConnectionStatus(connection_status_for(error))
    if conn.status is status:
        return
    conn.status = status
    await MetaConnection.filter(id=conn.id).update(status=status, last_error=error.summary())
    if status is ConnectionStatus.REVOKED:
        # 190/458: the user removed the app at Meta, as its deauthorize callback says (META.md §9): the same purge.
        await purge_meta_data(conn.organization_id, revoked_because=f"the app was removed: {error.summary()}")
        await _audit("meta.revoked", conn, {"metaCode": error.code, "metaSubcode": error.subcode})
    await emit(EventType.META_CONNECTION_CHANGED, conn.organization_id, conn.id, status=status.value)


async def _audit(action: str, conn: MetaConnection, details: dict[str, Any] | None = None) -> None:
    """An audit record about an organisation's Meta connection."""
    await record_change(action, conn, None, details)


# --- complete -------------------------------------------------------------------------------------------


@dataclass
class Completed:
    connection: MetaConnection
    job: Job | None


async def complete_connection(organization_id: uuid.UUID, user_id: uuid.UUID, grant: str) -> Completed:
    pending = await take_grant(organization_id, user_id, grant)
    token = pending.access_token
    if not token:
        raise DomainError(ErrorCode.INVALID_STATE, "This grant was already used.", field="grant")
    try:
        async with Graph() as graph:
            accounts = [a async for a in graph.paginate("me/adaccounts", token=token, fields=AD_ACCOUNT_FIELDS)]
            pages = [p async for p in graph.paginate("me/accounts", token=token, fields=PAGE_FIELDS)]
    except MetaError as exc:
        raise refused(exc) from None
    await mark_grant_used(pending)
    async with in_transaction():
        conn = await _store_connection(organization_id, user_id, pending)
        await _store_assets(organization_id, accounts, pages)
    job = await start_sync(organization_id, user_id)
    details = {"scopes": conn.granted_scopes, "adAccounts": len(accounts), "pages": len(pages)}
    await _audit("meta.connected", conn, details)
    await emit(EventType.META_CONNECTED, organization_id, conn.id)
    # The status a reader sees: a token that expires within 7 days is EXPIRING from the start.
    await emit(EventType.META_CONNECTION_CHANGED, organization_id, conn.id, status=effective_status(conn).value)
    return Completed(conn, job)


async def _store_connection(organization_id: uuid.UUID, user_id: uuid.UUID, pending: PendingGrant) -> MetaConnection:
    values: dict[str, Any] = {
        "meta_user_id": pending.meta_user_id,
        "meta_user_bidx": meta_user_bidx(pending.meta_user_id),
        "meta_user_name": pending.meta_user_name,
        "access_token": pending.access_token,
        "token_expires_at": pending.token_expires_at,
        "status": ConnectionStatus.CONNECTED,
        "granted_scopes": pending.granted_scopes,
        "declined_scopes": pending.declined_scopes,
        "connected_by_id": user_id,
        "last_error": None,
    }
    conn = await MetaConnection.for_org(organization_id).first()
    if conn is not None and conn.meta_user_id != pending.meta_user_id:
        # Another Meta user now: what the old one shared (their connection included) is not ours to keep.
        await purge_meta_data(organization_id)
        conn = None
    if conn is None:
        return await MetaConnection.create(organization_id=organization_id, **values)
    for key, value in values.items():
        setattr(conn, key, value)
    await conn.save()
    return conn


async def _store_assets(
    organization_id: uuid.UUID, accounts: list[dict[str, Any]], pages: list[dict[str, Any]]
) -> None:
    for item in accounts:
        meta_id = str(item.get("id") or "")
        if not meta_id:
            continue
        if not meta_id.startswith("act_"):
            meta_id = f"act_{meta_id}"
        await AdAccount.update_or_create(
            organization_id=organization_id,
            meta_id=meta_id,
            defaults={
                "account_id": str(item.get("account_id") or meta_id.removeprefix("act_")),
                "name": str(item.get("name") or "")[:400],
                "currency": str(item.get("currency") or "USD")[:8],
                "timezone_name": item.get("timezone_name"),
                "account_status": _int(item.get("account_status")),
            },
        )
    for item in pages:
        meta_id = str(item.get("id") or "")
        if not meta_id:
            continue
        await Page.update_or_create(
            organization_id=organization_id,
            meta_id=meta_id,
            defaults={
                "name": str(item.get("name") or "")[:400],
                "access_token": item.get("access_token"),
                "tasks": [str(t) for t in item.get("tasks") or []],
            },
        )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


async def start_sync(organization_id: uuid.UUID, user_id: uuid.UUID | None = None) -> Job | None:
    """Hand the ads sync (another module's META_SYNC handler) its first or next run."""
    return await enqueue(
        JobKind.META_SYNC,
        {"ad_account_id": None, "since": None},
        organization_id=organization_id,
        created_by_id=user_id,
    )


# --- assets ---------------------------------------------------------------------------------------------


def _account_key(value: str) -> str:
    text = str(value).strip()
    return text if text.startswith("act_") else f"act_{text}"


def _check_listed(wanted: list[str], listed: set[str], message: str, field: str) -> None:
    """Every wanted asset is one Meta listed for this login; `message` names the first that is not."""
    unknown = [w for w in wanted if w not in listed]
    if unknown:
        raise DomainError(ErrorCode.INVALID_INPUT, message.format(unknown[0]), field=field)


async def select_assets(organization_id: uuid.UUID, ad_account_ids: list[str], page_ids: list[str]) -> MetaConnection:
    conn = await usable_connection(organization_id)
    token = conn.access_token or ""
    try:
        async with Graph() as graph:
            accounts = [a async for a in graph.paginate("me/adaccounts", token=token, fields=AD_ACCOUNT_FIELDS)]
            pages = [p async for p in graph.paginate("me/accounts", token=token, fields=PAGE_FIELDS)]
    except MetaError as exc:
        await note_token_failure(conn, exc)
        raise refused(exc) from None
    listed_accounts = {_account_key(str(a.get("id"))) for a in accounts if a.get("id")}
    wanted_accounts = [_account_key(a) for a in ad_account_ids]
    _check_listed(wanted_accounts, listed_accounts, "Ad account {} is not one this Meta login can use.", "adAccountIds")
    advertisable = {str(p.get("id")) for p in pages if ADVERTISE in (p.get("tasks") or [])}
    wanted_pages = [str(p).strip() for p in page_ids]
    _check_listed(wanted_pages, advertisable, "Page {} is not one this Meta login can advertise for.", "pageIds")
    taken = await Page.filter(meta_id__in=wanted_pages, selected=True).exclude(organization_id=organization_id).first()
    if taken is not None:
        raise DomainError(
            ErrorCode.INVALID_STATE,
            f"Page {taken.meta_id} is already connected to another organisation.",
            field="pageIds",
        )
    await _store_assets(organization_id, accounts, pages)
    await AdAccount.for_org(organization_id).update(selected=False)
    if wanted_accounts:
        await AdAccount.for_org(organization_id).filter(meta_id__in=wanted_accounts).update(selected=True)
    await _apply_page_selection(conn, set(wanted_pages))
    await _audit("meta.assets_selected", conn, {"adAccounts": wanted_accounts, "pages": wanted_pages})
    await start_sync(organization_id)
    return conn


async def _apply_page_selection(conn: MetaConnection, wanted: set[str]) -> None:
    rows = await Page.for_org(conn.organization_id)
    async with Graph() as graph:
        for page in rows:
            if page.meta_id in wanted:
                try:
                    await graph.post(
                        f"{page.meta_id}/subscribed_apps", token=page.access_token, subscribed_fields="leadgen"
                    )
                except MetaError as exc:
                    raise refused(exc) from None
                page.selected = True
                page.subscribed = True
                page.subscription_checked_at = _now()
                await page.save(update_fields=["selected", "subscribed", "subscription_checked_at"])
                await _sync_forms(graph, page)
            elif page.selected or page.subscribed:
                if page.subscribed:
                    await _unsubscribe(graph, page)
                page.selected = False
                page.subscribed = False
                await page.save(update_fields=["selected", "subscribed"])


async def _sync_forms(graph: Graph, page: Page) -> None:
    """The Page's lead forms (questions map answers to labels); a failure here is not fatal."""
    try:
        async for item in graph.paginate(f"{page.meta_id}/leadgen_forms", token=page.access_token, fields=FORM_FIELDS):
            await upsert_form(page.organization_id, page.meta_id, item)
    except MetaError as exc:
        log.warning("could not list lead forms", extra={"meta_code": exc.code})


async def upsert_form(organization_id: uuid.UUID, page_meta_id: str | None, item: dict[str, Any]) -> LeadForm | None:
    meta_id = str(item.get("id") or "")
    if not meta_id:
        return None
    defaults: dict[str, Any] = {"page_meta_id": page_meta_id}
    if "name" in item:
        defaults["name"] = str(item.get("name") or "")[:400]
    if "status" in item:
        defaults["status"] = item.get("status")
    if "locale" in item:
        defaults["locale"] = item.get("locale")
    if isinstance(item.get("questions"), list):
        defaults["questions"] = item["questions"]
    form, _ = await LeadForm.update_or_create(organization_id=organization_id, meta_id=meta_id, defaults=defaults)
    return form


async def _unsubscribe(graph: Graph, page: Page) -> None:
    if not page.access_token:
        return
    try:
        await graph.delete(f"{page.meta_id}/subscribed_apps", token=page.access_token)
    except MetaError as exc:
        log.info("page unsubscribe failed (token may be gone)", extra={"meta_code": exc.code})


# --- disconnect, revoke, purge ------------------------------------------------------------------------------


async def _revoke_at_meta(conn: MetaConnection) -> None:
    """Best effort: unsubscribe pages and remove the app's permissions (the token may already be dead)."""
    async with Graph() as graph:
        for page in await Page.for_org(conn.organization_id).filter(subscribed=True):
            await _unsubscribe(graph, page)
        if conn.access_token:
            try:
                await graph.delete(f"{conn.meta_user_id}/permissions", token=conn.access_token)
            except MetaError as exc:
                log.info("permission revoke failed (token may be gone)", extra={"meta_code": exc.code})


class ErasedLeads(Protocol):
    """What erasing an organisation's Meta leads did: the leads deleted, and those a legal hold kept."""

    erased: list[uuid.UUID]
    held: list[uuid.UUID]


LeadEraser = Callable[[uuid.UUID], Awaitable[ErasedLeads]]


async def disconnect(organization_id: uuid.UUID, erase_leads: LeadEraser | None = None) -> dict[str, int]:
    """Revoke at Meta and run the one Meta purge; leads stay. `erase_leads` (privacy's, which owns the erasure
    engine and legal holds: `disconnectMeta(purgeLeads: true)`) removes the leads Meta sent in the same
    transaction; the leads a hold kept are counted in the audit event (`held`, `heldReason: LEGAL_HOLD`, as a
    retention sweep reports them), and each erased lead is announced (LEAD_ERASED) once committed."""
    conn = await get_connection(organization_id)
    if conn is None:
        raise DomainError(ErrorCode.INTEGRATION_NOT_CONNECTED, "Meta is not connected.")
    await _revoke_at_meta(conn)
    async with in_transaction():
        counts = await purge_meta_data(organization_id)
        leads = await erase_leads(organization_id) if erase_leads is not None else None
    details: dict[str, Any] = {"purgeLeads": leads is not None, "deleted": counts}
    if leads is not None:
        counts["Lead"] = len(leads.erased)
        if leads.held:  # the holds' own reasons are on `legalHolds`: free text stays out of the audit details
            details.update(held={"Lead": len(leads.held)}, heldReason="LEGAL_HOLD")
    await _audit("meta.disconnected", conn, details)
    if leads is not None:
        for start in range(0, len(leads.erased), ANNOUNCE_BATCH):
            await emit_many(EventType.LEAD_ERASED, organization_id, leads.erased[start : start + ANNOUNCE_BATCH])
    await emit(EventType.META_CONNECTION_CHANGED, organization_id, conn.id, status="DISCONNECTED")
    return counts


async def connections_of_meta_user(meta_user_id: str) -> list[MetaConnection]:
    candidates = blind_index_candidates(PLATFORM_SCOPE, "meta_user", meta_user_id)
    return await MetaConnection.filter(meta_user_bidx__in=candidates)


async def unsubscribe_meta_user_pages(meta_user_id: str) -> None:
    """Before Meta-derived data goes: stop Meta sending leads for the Pages this user connected."""
    for conn in await connections_of_meta_user(meta_user_id):
        async with Graph() as graph:
            for page in await Page.for_org(conn.organization_id).filter(subscribed=True):
                await _unsubscribe(graph, page)


async def revoke_meta_user(meta_user_id: str, *, reason: str = "deauthorize") -> list[uuid.UUID]:
    """Deauthorize / data deletion: every organisation this app-scoped id connected is marked REVOKED,
    its tokens deleted and its Meta-derived records purged. Leads stay. Returns the organisations touched."""
    touched: list[uuid.UUID] = []
    await unsubscribe_meta_user_pages(meta_user_id)
    for conn in await connections_of_meta_user(meta_user_id):
        await purge_meta_data(conn.organization_id, revoked_because=reason)
        await _audit(f"meta.{reason}", conn)
        await emit(EventType.META_CONNECTION_CHANGED, conn.organization_id, conn.id, status="REVOKED")
        touched.append(conn.organization_id)
    return touched
