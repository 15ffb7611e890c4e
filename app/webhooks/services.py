"""Partner webhook subscriptions and deliveries.

A domain event becomes one delivery per matching subscription; each attempt is its own job and its own
log row. A failed attempt schedules the next at 1 m, 5 m, 30 m, 2 h, 6 h, 12 h and 24 h; a 2xx ends the
chain; 50 failed attempts in a row disable the subscription and mail the organisation's admins.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from app.accounts.auth import SCOPE_MIN_ROLE, Viewer
from app.accounts.models import Role
from app.customfields.models import CustomField
from app.customfields.services import lead_values
from app.disclosures.services import record_disclosure, webhook_recipient
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, batch_for, subscribe
from app.ids import camel_case, global_id
from app.jobs import Job, JobKind, RetryLater, cron, enqueue, handler
from app.leads.models import Lead
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.orm import get_owned, hold_rows
from app.settings import Settings, get_settings
from app.text import MAX_URL
from app.webhooks.models import (
    SUBSCRIBABLE_EVENTS,
    WebhookDelivery,
    WebhookDeliveryStatus,
    WebhookEventType,
    WebhookSubscription,
)
from app.webhooks.signing import EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, new_secret, signature_header
from app.webhooks.transport import ADDRESS_REFUSED, forbidden_address, webhook_client

log = logging.getLogger("quantix.webhooks")

# Attempts 2..8, counted from the first attempt (SPEC §6: "at 1 m, 5 m, … 24 h"; §4: "retried … for 24 h").
RETRY_SCHEDULE = (60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600, 12 * 3600, 24 * 3600)
MAX_ATTEMPTS = len(RETRY_SCHEDULE) + 1
DISABLE_AFTER_FAILURES = 50
WEBHOOKS_LINK = "/settings/webhooks"
DUAL_SIGNING_PERIOD = dt.timedelta(hours=24)
BODY_RETENTION = dt.timedelta(days=30)
STALE_AFTER = dt.timedelta(minutes=2)
INTERRUPTED_AFTER = dt.timedelta(minutes=5)  # well past the 10 s timeout: the sending process died
FINISHED = (WebhookDeliveryStatus.SUCCEEDED, WebhookDeliveryStatus.FAILED, WebhookDeliveryStatus.SKIPPED)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- validation --------------------------------------------------------------------------------------


def validate_url(url: str, settings: Settings) -> str:
    url = url.strip()
    if not url or len(url) > MAX_URL:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give an absolute http(s) URL.", field="url")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        raise DomainError(ErrorCode.INVALID_INPUT, "This URL cannot be parsed.", field="url") from None
    if parts.scheme not in ("http", "https") or not host:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give an absolute http(s) URL.", field="url")
    if settings.is_production and parts.scheme != "https":
        raise DomainError(ErrorCode.INVALID_INPUT, "Webhook URLs must use https.", field="url")
    if parts.username or parts.password:
        raise DomainError(ErrorCode.INVALID_INPUT, "Put no credentials in the URL.", field="url")
    if not settings.webhook_allow_private:
        try:
            literal = forbidden_address(host.strip("[]"))
        except ValueError:
            literal = False  # a host name: checked when the connection is made
        if literal:
            raise DomainError(ErrorCode.INVALID_INPUT, "This address is not allowed for webhooks.", field="url")
    return url


def validate_events(events: Sequence[WebhookEventType | str]) -> list[str]:
    values: list[str] = []
    for item in events:
        value = item.value if isinstance(item, WebhookEventType) else str(item)
        if value not in {t.value for t in SUBSCRIBABLE_EVENTS}:
            raise DomainError(ErrorCode.INVALID_INPUT, f"{value} cannot be subscribed to.", field="events")
        if value not in values:
            values.append(value)
    if not values:
        raise DomainError(ErrorCode.INVALID_INPUT, "Choose at least one event.", field="events")
    return values


def validate_scopes(scopes: Sequence[str], grantor: Viewer | None) -> list[str]:
    """The scopes a partner's subscription carries, checked on every creation and change: within the caller's
    role and, for an API token, within the token's own scopes (a `webhooks:manage` token can neither send itself
    contact fields it may not read nor point, rotate or re-enable a subscription that carries them)."""
    role, held = (grantor.role, grantor.scopes) if grantor is not None else (None, None)
    values: list[str] = []
    for scope in scopes:
        least = SCOPE_MIN_ROLE.get(scope)
        if least is None:
            raise DomainError(ErrorCode.INVALID_INPUT, f"Unknown scope {scope!r}.", field="scopes")
        if role is not None and role < least:
            raise DomainError(ErrorCode.INVALID_INPUT, f"Your role cannot grant {scope!r}.", field="scopes")
        if held is not None and scope not in held:
            raise DomainError(
                ErrorCode.INVALID_INPUT,
                f"This API token does not hold {scope!r}, so it cannot create or change a subscription with it.",
                field="scopes",
            )
        if scope not in values:
            values.append(scope)
    return values


# --- subscriptions -----------------------------------------------------------------------------------


async def get_subscription(
    organization_id: uuid.UUID, subscription_id: uuid.UUID | None, *, lock: bool = False
) -> WebhookSubscription:
    """`lock`: held until the caller's transaction ends, FOR NO KEY UPDATE (deliveries may still reference it)."""
    not_found = "No such webhook subscription."
    return await get_owned(WebhookSubscription, organization_id, subscription_id, not_found, lock=lock, key_kept=True)


async def create_subscription(
    organization_id: uuid.UUID,
    *,
    url: str,
    events: Sequence[WebhookEventType | str],
    scopes: Sequence[str] = (),
    grantor: Viewer | None = None,
) -> tuple[WebhookSubscription, str]:
    """Returns the subscription and its signing secret (shown this once)."""
    settings = get_settings()
    secret = new_secret()
    subscription = await WebhookSubscription.create(
        organization_id=organization_id,
        url=validate_url(url, settings),
        events=validate_events(events),
        scopes=validate_scopes(scopes, grantor),
        secret=secret,
        created_by_id=grantor.user_id if grantor is not None else None,
    )
    await _audit("webhook.created", subscription)
    return subscription, secret


async def update_subscription(
    organization_id: uuid.UUID,
    subscription_id: uuid.UUID | None,
    *,
    url: str | None = None,
    events: Sequence[WebhookEventType | str] | None = None,
    scopes: Sequence[str] | None = None,
    active: bool | None = None,
    grantor: Viewer | None = None,
) -> WebhookSubscription:
    """Change what is given; only those columns are written (the row locked meanwhile), so a concurrent
    rotation, failure count or automatic disabling is never undone. Whatever changes, the caller must be able to
    grant every scope the subscription carries afterwards."""
    changes: dict[str, Any] = {}
    if url is not None:
        changes["url"] = validate_url(url, get_settings())
    if events is not None:
        changes["events"] = validate_events(events)
    async with in_transaction():
        subscription = await get_subscription(organization_id, subscription_id, lock=True)
        carried = validate_scopes(subscription.scopes if scopes is None else scopes, grantor)
        if scopes is not None:
            changes["scopes"] = carried
        if active is not None and active != subscription.active:
            changes["active"] = active
            if active:  # re-enabled: the failure streak starts over
                changes["consecutive_failures"] = 0
                changes["disabled_at"] = None
            else:
                changes["disabled_at"] = _now()
        if changes:
            subscription.update_from_dict(changes)
            await subscription.save(update_fields=[*changes, "updated_at"])
    await _audit("webhook.updated", subscription)
    return subscription


async def delete_subscription(organization_id: uuid.UUID, subscription_id: uuid.UUID | None) -> WebhookSubscription:
    subscription = await get_subscription(organization_id, subscription_id)
    await _audit("webhook.deleted", subscription)
    await subscription.delete()
    return subscription


async def rotate_secret(
    organization_id: uuid.UUID,
    subscription_id: uuid.UUID | None,
    *,
    now: dt.datetime | None = None,
    grantor: Viewer | None = None,
) -> tuple[WebhookSubscription, str]:
    """A new secret; the previous one keeps signing (alongside) for 24 hours. Rotations at once take turns on
    the locked row: each one's previous secret is the one it replaced, and the secret it returns is stored.
    A change like any other: the caller must be able to grant the subscription's scopes."""
    secret = new_secret()
    async with in_transaction():
        subscription = await get_subscription(organization_id, subscription_id, lock=True)
        validate_scopes(subscription.scopes, grantor)
        subscription.previous_secret = subscription.secret
        subscription.secret = secret
        subscription.secret_rotated_at = now or _now()
        await subscription.save(update_fields=["secret", "previous_secret", "secret_rotated_at", "updated_at"])
    await _audit("webhook.secret_rotated", subscription)
    return subscription, secret


async def _hold(organization_id: uuid.UUID, subscription_id: uuid.UUID | None) -> None:
    """Keep the subscription from being deleted until the caller's transaction ends (a delivery row is about to
    reference it); gone -> NOT_FOUND on `id`."""
    if subscription_id is None or not await hold_rows(
        WebhookSubscription, organization_id, [subscription_id], key_only=True
    ):
        raise DomainError(ErrorCode.NOT_FOUND, "No such webhook subscription.", field="id")


def signing_secrets(subscription: WebhookSubscription, now: dt.datetime) -> list[str]:
    found = [subscription.secret]
    rotated = subscription.secret_rotated_at
    if subscription.previous_secret and rotated is not None and now - rotated < DUAL_SIGNING_PERIOD:
        found.append(subscription.previous_secret)
    return found


async def _audit(action: str, subscription: WebhookSubscription) -> None:
    from app.audit.services import record_change

    details = {"events": list(subscription.events), "scopes": list(subscription.scopes)}
    await record_change(action, subscription, None, details)


async def _audit_contact_delivery(
    delivery: WebhookDelivery, subscription: WebhookSubscription, status_code: int | None, error: str | None
) -> None:
    """A lead's contact fields sent to a partner (answered, or possibly received before a timeout) are an audit
    event naming the lead and the subscription: what an incident assessment of a leaked secret reads."""
    sent = status_code is not None or (error or "").startswith("timed out")
    if not sent or delivery.lead_id is None or '"fullName"' not in (delivery.body or ""):
        return
    from app.audit.services import record

    await record(
        "webhook.contact_delivered",
        organization_id=delivery.organization_id,
        webhook_subscription_id=subscription.id,
        target_type="Lead",
        target_id=str(delivery.lead_id),
        details={"deliveryId": str(delivery.id), "httpStatus": status_code},
    )


# --- payloads ----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if hasattr(value, "value"):
        return _plain(value.value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _lead_data(
    event: DomainEvent,
    subscription: WebhookSubscription,
    lead: Lead | None,
    custom: Sequence[tuple[CustomField, Any]] = (),
) -> dict[str, Any]:
    """The lead's ids and facts; its contact fields and personal custom fields only for `leads:read`."""
    data: dict[str, Any] = {"leadId": global_id("Lead", event.subject_id)}
    if lead is not None and event.type.value != WebhookEventType.LEAD_ERASED.value:
        contact = "leads:read" in subscription.scopes
        data["status"] = lead.status.value
        data["source"] = lead.source.value
        data["createdAt"] = lead.created_at.isoformat() if lead.created_at else None
        data["updatedAt"] = lead.updated_at.isoformat() if lead.updated_at else None
        if contact:
            data["fullName"] = lead.full_name
            data["email"] = lead.email
            data["phone"] = lead.phone
        data["customFields"] = [
            {"key": field.key, "value": _plain(value)} for field, value in custom if contact or not field.personal_data
        ]
    return data


def _id_or_plain(value: Any) -> Any:
    """An event names objects as (type name, id) pairs (deal events): partners get global ids."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return global_id(value[0], value[1])
    return _plain(value)


def _event_data(event: DomainEvent) -> dict[str, Any]:
    """Ids and non-personal facts of a privacy or Meta event (the bus carries nothing else)."""
    data = {camel_case(key): _id_or_plain(value) for key, value in event.data.items()}
    if event.subject_id is not None:
        if event.type.value == WebhookEventType.PRIVACY_REQUEST_COMPLETED.value:
            data.setdefault("privacyRequestId", global_id("PrivacyRequest", event.subject_id))
        elif event.type.value == WebhookEventType.META_CONNECTION_CHANGED.value:
            data.setdefault("metaConnectionId", global_id("MetaConnection", event.subject_id))
    return data


def encode_body(
    event_id: uuid.UUID, event_type: str, created_at: dt.datetime, organization_id: uuid.UUID, data: dict[str, Any]
) -> str:
    return json.dumps(
        {
            "id": str(event_id),
            "type": event_type,
            "createdAt": created_at.astimezone(dt.UTC).isoformat(),
            "organizationId": global_id("Organization", organization_id),
            "data": data,
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )


LeadFacts = tuple[dict[uuid.UUID, Lead], dict[uuid.UUID, list[tuple[CustomField, Any]]]]


@subscribe
async def on_domain_event(event: DomainEvent) -> None:
    """Queue one delivery per active subscription of the organisation listening to this event type."""
    await on_domain_events([event])


@batch_for(on_domain_event)
async def on_domain_events(events: list[DomainEvent]) -> None:
    """A bulk change: the organisation's subscriptions, and the leads the events are about with their custom
    values, are read once for the whole batch (a bulk update announces a thousand at a time)."""
    by_org: dict[uuid.UUID, list[tuple[DomainEvent, WebhookEventType]]] = {}
    for event in events:
        try:
            by_org.setdefault(event.organization_id, []).append((event, WebhookEventType(event.type.value)))
        except ValueError:
            continue
    for organization_id, typed in by_org.items():
        active = list(await WebhookSubscription.for_org(organization_id).filter(active=True))
        heard = [(event, kind, subs) for event, kind in typed if (subs := _listening(kind, active))]
        facts = await _lead_facts(organization_id, [event for event, kind, _ in heard if _about_a_lead(kind)])
        for event, kind, subscriptions in heard:
            await _deliver(event, kind, subscriptions, facts)


def _listening(event_type: WebhookEventType, active: list[WebhookSubscription]) -> list[WebhookSubscription]:
    listening = {event_type.value}
    if event_type is WebhookEventType.LEAD_MERGED:  # a merge changes the primary: LEAD_UPDATED hears it too
        listening.add(WebhookEventType.LEAD_UPDATED.value)
    return [s for s in active if listening & set(s.events)]


def _about_a_lead(event_type: WebhookEventType) -> bool:
    """A lead event whose lead still exists to describe (an erased one is named by its id only)."""
    return event_type.value.startswith("LEAD_") and event_type is not WebhookEventType.LEAD_ERASED


async def _lead_facts(organization_id: uuid.UUID, events: list[DomainEvent]) -> LeadFacts:
    """The events' leads and their custom values, in two reads for the batch."""
    ids = [event.subject_id for event in events if event.subject_id is not None]
    if not ids:
        return {}, {}
    leads = {lead.id: lead for lead in await Lead.for_org(organization_id).filter(id__in=ids)}
    return leads, await lead_values(organization_id, list(leads))


async def _deliver(
    event: DomainEvent, event_type: WebhookEventType, subscriptions: list[WebhookSubscription], facts: LeadFacts
) -> None:
    is_lead_event = event_type.value.startswith("LEAD_")
    leads, custom = facts
    lead = leads.get(event.subject_id) if _about_a_lead(event_type) and event.subject_id is not None else None
    values = custom.get(lead.id, []) if lead is not None else []
    now = _now()
    for subscription in subscriptions:
        data = _lead_data(event, subscription, lead, values) if is_lead_event else _event_data(event)
        if event_type is WebhookEventType.LEAD_MERGED:
            data["primaryId"] = data["leadId"]
            data["mergedIds"] = [global_id("Lead", i) for i in event.data.get("merged_ids", ())]
        body = encode_body(event.id, event_type.value, event.occurred_at, event.organization_id, data)
        delivery = await WebhookDelivery.create(
            organization_id=event.organization_id,
            subscription=subscription,
            event_id=event.id,
            event_type=event_type,
            attempt=1,
            body=body,
            scheduled_at=now,
            lead_id=lead.id if lead is not None else None,
        )
        await _enqueue(delivery, defer=None)


async def _enqueue(delivery: WebhookDelivery, defer: float | None) -> None:
    await enqueue(
        JobKind.WEBHOOK_DELIVERY,
        {"delivery_id": str(delivery.id)},
        organization_id=delivery.organization_id,
        dedupe_key=f"webhook-delivery:{delivery.id}",
        defer=defer,
    )


# --- delivery ----------------------------------------------------------------------------------------


def payload_gone(delivery: WebhookDelivery) -> str | None:
    """Why a delivery's body is no longer kept: erased with the lead it was about, or purged after 30 days."""
    if delivery.body is not None:
        return None
    return "purged (after 30 days)" if delivery.body_purged_at is not None else "erased with its lead"


class NotDue(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__("not due yet")
        self.seconds = seconds


async def attempt_delivery(
    delivery_id: uuid.UUID | str,
    *,
    now: dt.datetime | None = None,
    settings: Settings | None = None,
) -> WebhookDelivery | None:
    """Make one attempt (idempotent: only a PENDING row is sent, and only once).

    `now` drives the schedule (tests pass a later time instead of waiting); raises NotDue before the
    row's scheduled time.
    """
    settings = settings or get_settings()
    now = now or _now()
    delivery = await WebhookDelivery.get_or_none(id=delivery_id).select_related("subscription")
    if delivery is None or delivery.status is not WebhookDeliveryStatus.PENDING:
        return delivery
    if delivery.scheduled_at > now:
        raise NotDue((delivery.scheduled_at - now).total_seconds())
    subscription: WebhookSubscription = delivery.subscription
    gone = payload_gone(delivery)
    skipped = f"the payload was {gone}" if gone is not None else None
    if skipped is None and not subscription.active and not delivery.manual:
        skipped = "the subscription is disabled"
    if skipped is not None:
        delivery.status = WebhookDeliveryStatus.SKIPPED
        delivery.error = skipped
        await delivery.save(update_fields=["status", "error"])
        return delivery
    claimed = await WebhookDelivery.filter(id=delivery.id, status=WebhookDeliveryStatus.PENDING).update(
        status=WebhookDeliveryStatus.SENDING, attempted_at=now
    )
    if not claimed:
        return await WebhookDelivery.get_or_none(id=delivery.id)
    delivery.attempted_at = now
    status_code, duration_ms, error = await _send(delivery, subscription, now, settings)
    await _audit_contact_delivery(delivery, subscription, status_code, error)
    delivery.http_status = status_code
    delivery.duration_ms = duration_ms
    delivery.error = error
    if status_code is not None:  # the partner received the body: contact fields in it left the product
        await _record_disclosure(delivery, subscription)
    if status_code is not None and 200 <= status_code < 300:
        delivery.status = WebhookDeliveryStatus.SUCCEEDED
        await _save_outcome(delivery)
        await WebhookSubscription.filter(id=subscription.id).update(consecutive_failures=0)
        return delivery
    delivery.status = WebhookDeliveryStatus.FAILED
    await _after_failure(delivery, subscription, now)
    return delivery


CONTACT_FIELDS = ("fullName", "email", "phone")


async def _record_disclosure(delivery: WebhookDelivery, subscription: WebhookSubscription) -> None:
    if delivery.lead_id is None or not delivery.body:
        return
    try:
        data = json.loads(delivery.body).get("data") or {}
    except (ValueError, AttributeError):
        return
    categories = {"LEAD_CONTACT"} if any(data.get(name) for name in CONTACT_FIELDS) else set()
    keys = [entry.get("key") for entry in data.get("customFields") or [] if isinstance(entry, dict)]
    if keys:
        personal = CustomField.for_org(delivery.organization_id).filter(key__in=keys, personal_data=True)
        categories.update(category.value for category in await personal.values_list("category", flat=True))
    if categories:
        await record_disclosure(
            delivery.organization_id,
            delivery.lead_id,
            webhook_recipient(subscription.url),
            sorted(categories),
            reference=f"webhook-delivery:{delivery.id}",
        )


async def _after_failure(delivery: WebhookDelivery, subscription: WebhookSubscription, now: dt.datetime) -> None:
    """Count the failure (disabling at 50 in a row), save the row, and schedule the next attempt."""
    await WebhookSubscription.filter(id=subscription.id).update(consecutive_failures=F("consecutive_failures") + 1)
    failures = await WebhookSubscription.filter(id=subscription.id).values_list("consecutive_failures", flat=True)
    disabled = False
    if failures and failures[0] >= DISABLE_AFTER_FAILURES:
        disabled = await _disable(subscription, now)
    still_active = subscription.active and not disabled
    # The row as stored now: an erasure during the attempt blanked its body and let go of its lead.
    stored = await WebhookDelivery.filter(id=delivery.id).values("body", "lead_id")
    body, lead_id = (stored[0]["body"], stored[0]["lead_id"]) if stored else (None, None)
    if not delivery.manual and delivery.attempt < MAX_ATTEMPTS and still_active and body is not None:
        first = await _first_attempt_at(delivery, now)
        next_at = max(now, first + dt.timedelta(seconds=RETRY_SCHEDULE[delivery.attempt - 1]))
        delivery.next_attempt_at = next_at
        await _save_outcome(delivery)
        retry = await WebhookDelivery.create(
            organization_id=delivery.organization_id,
            subscription_id=subscription.id,
            event_id=delivery.event_id,
            event_type=delivery.event_type,
            attempt=delivery.attempt + 1,
            body=body,
            scheduled_at=next_at,
            lead_id=lead_id,
        )
        await _enqueue(retry, defer=max(0.0, (next_at - _now()).total_seconds()))
    else:
        await _save_outcome(delivery)


async def _first_attempt_at(delivery: WebhookDelivery, now: dt.datetime) -> dt.datetime:
    """When the event's first attempt to this subscription ran, as recorded on it: a retry that ran late, or one
    held back to `now` because its time had passed, does not push the later ones back."""
    if delivery.attempt <= 1:
        return now
    first = await (
        WebhookDelivery.filter(
            subscription_id=delivery.subscription_id, event_id=delivery.event_id, attempt=1, manual=False
        )
        .first()
        .values_list("attempted_at", flat=True)
    )
    return first or now


async def _save_outcome(delivery: WebhookDelivery) -> None:
    """Write the attempt's outcome only: the body and the lead stay as the database has them (an erasure
    may have blanked them while the request was in flight; writing the row back would restore them)."""
    await delivery.save(
        update_fields=["status", "http_status", "duration_ms", "error", "attempted_at", "next_attempt_at"]
    )


async def _send(
    delivery: WebhookDelivery, subscription: WebhookSubscription, now: dt.datetime, settings: Settings
) -> tuple[int | None, int | None, str | None]:
    """POST the stored body; returns (HTTP status, duration in ms, our reason). The reply body is not read."""
    if settings.is_production and urlsplit(subscription.url).scheme != "https":
        return None, None, "https is required"
    body = (delivery.body or "").encode("utf-8")
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature_header(signing_secrets(subscription, now), timestamp, body),
        EVENT_ID_HEADER: str(delivery.event_id),
        EVENT_TYPE_HEADER: delivery.event_type.value,
    }
    started = time.perf_counter()
    try:
        async with webhook_client(settings.webhook_allow_private) as client:
            async with client.stream("POST", subscription.url, content=body, headers=headers) as response:
                status_code = response.status_code
    except httpx.TimeoutException:
        return None, _elapsed(started), "timed out after 10 s"
    except httpx.ConnectError as exc:
        reason = ADDRESS_REFUSED if ADDRESS_REFUSED in str(exc) else "could not connect"
        return None, _elapsed(started), reason
    except httpx.HTTPError as exc:
        return None, _elapsed(started), f"request failed ({type(exc).__name__})"
    error = "redirects are not followed" if 300 <= status_code < 400 else None
    return status_code, _elapsed(started), error


def _elapsed(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


async def _disable(subscription: WebhookSubscription, now: dt.datetime) -> bool:
    """Disable once (the first caller to flip it tells the admins: INTEGRATION_HEALTH, in the app and by mail)."""
    flipped = await WebhookSubscription.filter(id=subscription.id, active=True).update(active=False, disabled_at=now)
    if not flipped:
        return False
    subscription.active = False
    subscription.disabled_at = now
    log.warning(
        "webhook subscription disabled after repeated failures", extra={"subscription_id": str(subscription.id)}
    )
    await _audit("webhook.disabled", subscription)
    host = urlsplit(subscription.url).hostname or "the endpoint"
    await notify(
        NotificationKind.INTEGRATION_HEALTH,
        title="A webhook subscription was disabled",
        body=f"A webhook subscription of your organisation, delivering to {host}, failed {DISABLE_AFTER_FAILURES} "
        "times in a row and has been disabled. Events are no longer sent to it. Fix the endpoint, then "
        "re-enable the subscription (updateWebhookSubscription with active: true); failed deliveries can be "
        "sent again with redeliverWebhook.",
        organization_id=subscription.organization_id,
        roles={Role.OWNER, Role.ADMIN},
        link=WEBHOOKS_LINK,
        mail=True,
        mail_kind="webhook_disabled",
    )
    return True


@handler(JobKind.WEBHOOK_DELIVERY)
async def run_delivery_job(job: Job) -> dict[str, Any]:
    try:
        delivery = await attempt_delivery(job.payload["delivery_id"])
    except NotDue as early:
        raise RetryLater(early.seconds, "the attempt is not due yet") from None
    if delivery is None:
        if job.attempts < 3:  # the row may belong to a transaction not yet committed
            raise RetryLater(1.0, "the delivery is not visible yet")
        return {"status": "gone"}
    return {"status": delivery.status.value, "httpStatus": delivery.http_status, "attempt": delivery.attempt}


# --- manual sends ------------------------------------------------------------------------------------


async def send_test_event(organization_id: uuid.UUID, subscription_id: uuid.UUID | None) -> WebhookDelivery:
    """Send a WEBHOOK_TEST event now and return the logged attempt (no automatic retries)."""
    subscription = await get_subscription(organization_id, subscription_id)
    now = _now()
    body = encode_body(
        uuid.uuid4(),
        WebhookEventType.WEBHOOK_TEST.value,
        now,
        organization_id,
        {"webhookSubscriptionId": global_id("WebhookSubscription", subscription.id)},
    )
    async with in_transaction():
        await _hold(organization_id, subscription.id)
        delivery = await WebhookDelivery.create(
            organization_id=organization_id,
            subscription=subscription,
            event_id=json.loads(body)["id"],
            event_type=WebhookEventType.WEBHOOK_TEST,
            attempt=1,
            manual=True,
            body=body,
            scheduled_at=now,
        )
    return await attempt_delivery(delivery.id, now=now) or delivery


async def redeliver(organization_id: uuid.UUID, delivery_id: uuid.UUID | None) -> WebhookDelivery:
    """Send a logged delivery's body again now, same event id, freshly signed; returns the new attempt."""
    original = await get_owned(WebhookDelivery, organization_id, delivery_id, "No such webhook delivery.")
    gone = payload_gone(original)
    if gone is not None:
        raise DomainError(ErrorCode.INVALID_STATE, f"This delivery's payload was {gone}.", field="id")
    now = _now()
    async with in_transaction():
        await _hold(organization_id, original.subscription_id)
        delivery = await WebhookDelivery.create(
            organization_id=organization_id,
            subscription_id=original.subscription_id,
            event_id=original.event_id,
            event_type=original.event_type,
            attempt=1,
            manual=True,
            body=original.body,
            scheduled_at=now,
            lead_id=original.lead_id,
        )
    return await attempt_delivery(delivery.id, now=now) or delivery


# --- housekeeping ------------------------------------------------------------------------------------


async def purge_bodies(now: dt.datetime | None = None) -> int:
    """Drop request bodies of finished attempts older than 30 days (the log row stays)."""
    now = now or _now()
    return await WebhookDelivery.filter(
        body__not_isnull=True, status__in=list(FINISHED), created_at__lt=now - BODY_RETENTION
    ).update(body=None, body_purged_at=now)


async def sweep_stale_deliveries(now: dt.datetime | None = None, limit: int = 100) -> int:
    """Attempt due deliveries whose job never ran (its row was written in a transaction the worker could not
    see yet, or the queue lost it), and fail-and-retry attempts whose process died mid-send. The claim in
    `attempt_delivery` keeps a delivery from being sent twice at once."""
    now = now or _now()
    ids = (
        await WebhookDelivery.filter(status=WebhookDeliveryStatus.PENDING, scheduled_at__lte=now - STALE_AFTER)
        .order_by("scheduled_at")
        .limit(limit)
        .values_list("id", flat=True)
    )
    for delivery_id in ids:
        await attempt_delivery(delivery_id, now=now)
    interrupted = await WebhookDelivery.filter(
        status=WebhookDeliveryStatus.SENDING, attempted_at__lte=now - INTERRUPTED_AFTER
    ).select_related("subscription")
    for delivery in interrupted:
        claimed = await WebhookDelivery.filter(id=delivery.id, status=WebhookDeliveryStatus.SENDING).update(
            status=WebhookDeliveryStatus.FAILED, error="the attempt was interrupted"
        )
        if claimed:  # the process sending it died: count it as failed and retry on schedule
            delivery.status = WebhookDeliveryStatus.FAILED
            delivery.error = "the attempt was interrupted"
            await _after_failure(delivery, delivery.subscription, now)
    return len(ids) + len(interrupted)


@cron("webhook-stale-sweep")
async def sweep_stale_deliveries_every_minute() -> None:
    await sweep_stale_deliveries()


@cron("webhook-body-purge", minute=23, hour=3)
async def purge_bodies_daily() -> None:
    purged = await purge_bodies()
    if purged:
        log.info("purged webhook delivery bodies", extra={"count": purged})
