"""WhatsApp Cloud API: configuration, consent-gated sends (jobs, at-most-once) and webhooks (statuses
forward only, inbound messages open the service window, "STOP" withdraws the WHATSAPP consent)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from app.accounts.models import Organization
from app.audit import services as audit
from app.disclosures.services import WHATSAPP as WHATSAPP_RECIPIENT
from app.disclosures.services import record_disclosure
from app.errors import DomainError, ErrorCode
from app.integrations.meta import webhooks
from app.integrations.meta.graph import GraphClient, MetaError, MetaRetryable, refused, retry_later
from app.integrations.meta.models import WebhookEvent
from app.jobs import JobKind, RetryLater, enqueue, handler
from app.jobs.models import Job
from app.leads.models import Lead
from app.leads.services import mark_responded, sendable_phone
from app.messaging import inbox, media
from app.messaging.models import (
    MessageDirection,
    MessageStatus,
    TemplateCategory,
    WhatsAppConfig,
    WhatsAppMessage,
    WhatsAppStatusEvent,
    WhatsAppWindow,
)
from app.orm import filter_given
from app.privacy.consent import has_lead_consent, has_objection, lead_consents, set_lead_consent
from app.privacy.erasure_models import ConsentPurpose, LeadConsent, ObjectionKind

log = logging.getLogger("quantix.messaging")

WINDOW = dt.timedelta(hours=24)
TEMPLATE_CACHE = dt.timedelta(minutes=15)
PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
OPT_OUT = re.compile(r"\b(stop|unsubscribe|opt[\s_-]?out)\b", re.IGNORECASE)
# A text that is only the keyword (and a courtesy word): "STOP", "Stop.", "unsubscribe me", "stop please".
OPT_OUT_TEXT = re.compile(r"^\W*(stop|unsubscribe|opt[\s_-]?out)(\s+(please|pls|all|now|me))?\W*$", re.IGNORECASE)
MAX_TEXT = 4096
UNKNOWN_STATUS_RETRIES = 3
# Forward-only order; FAILED ends a message that was not yet delivered.
RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.UNKNOWN: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.READ: 4,
}
WEBHOOK_STATUSES = {
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.READ,
    "failed": MessageStatus.FAILED,
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


NO_RECIPIENT = "The lead has no phone number in international form (with its country code) to send to."


def recipient(lead: Lead, country: str) -> str | None:
    """The `to` of a send (META.md §6.2): the lead's E.164 phone (sendable_phone, `country` its organisation's
    Organization.country_of) without `+`; None when it has none."""
    e164 = sendable_phone(lead, country)
    return e164.removeprefix("+") if e164 else None


def _client(token: str) -> GraphClient:
    # No inline retries: a retried POST could send a message twice.
    return GraphClient(access_token=token, max_retries=0)


# --- configuration --------------------------------------------------------------------------------------


async def get_config(organization_id: uuid.UUID) -> WhatsAppConfig | None:
    return await WhatsAppConfig.for_org(organization_id).first()


async def _require_config(organization_id: uuid.UUID) -> WhatsAppConfig:
    config = await get_config(organization_id)
    if config is None:
        raise DomainError(ErrorCode.INTEGRATION_NOT_CONNECTED, "WhatsApp is not configured.")
    return config


async def _fetch_templates(token: str, waba_id: str) -> list[dict[str, Any]]:
    templates: list[dict[str, Any]] = []
    async with _client(token) as graph:
        async for t in graph.paginate(
            f"{waba_id}/message_templates",
            {"fields": "id,name,language,category,status,components,rejected_reason", "limit": 100},
        ):
            templates.append(
                {
                    "id": str(t.get("id") or ""),
                    "name": str(t.get("name") or ""),
                    "language": str(t.get("language") or ""),
                    "category": str(t.get("category") or "").upper(),
                    "status": str(t.get("status") or "").upper(),
                    "components": t.get("components") or [],
                    "rejection_reason": t.get("rejected_reason") or None,
                }
            )
    return templates


async def configure(
    organization_id: uuid.UUID,
    *,
    phone_number_id: str,
    business_account_id: str,
    access_token: str,
    actor_id: uuid.UUID | None = None,
) -> WhatsAppConfig:
    """Check the number belongs to the WABA (with this token), then store it with the token encrypted."""
    phone_number_id, business_account_id, access_token = (
        phone_number_id.strip(),
        business_account_id.strip(),
        access_token.strip(),
    )
    for field, value in (
        ("phoneNumberId", phone_number_id),
        ("businessAccountId", business_account_id),
        ("accessToken", access_token),
    ):
        if not value or len(value) > (2048 if field == "accessToken" else 64):
            raise DomainError(ErrorCode.INVALID_INPUT, "Give a valid value.", field=field)
    if not phone_number_id.isdigit() or not business_account_id.isdigit():
        raise DomainError(ErrorCode.INVALID_INPUT, "Meta ids are digits.", field="phoneNumberId")
    taken = await WhatsAppConfig.filter(phone_number_id=phone_number_id).exclude(organization_id=organization_id)
    if taken:
        raise DomainError(
            ErrorCode.INVALID_STATE, "This number is configured by another organisation.", field="phoneNumberId"
        )
    try:
        numbers: list[dict[str, Any]] = []
        async with _client(access_token) as graph:
            async for n in graph.paginate(
                f"{business_account_id}/phone_numbers", {"fields": "id,display_phone_number,verified_name"}
            ):
                numbers.append(n)
        match = next((n for n in numbers if str(n.get("id")) == phone_number_id), None)
        if match is None:
            raise DomainError(
                ErrorCode.INVALID_INPUT,
                "This phone number does not belong to the WhatsApp Business Account.",
                field="phoneNumberId",
            )
        templates = await _fetch_templates(access_token, business_account_id)
    except MetaError as exc:
        raise refused(exc) from None
    config = await get_config(organization_id)
    values = {
        "phone_number_id": phone_number_id,
        "business_account_id": business_account_id,
        "access_token": access_token,
        "display_phone_number": str(match.get("display_phone_number") or "")[:32] or None,
        "verified_name": str(match.get("verified_name") or "")[:255] or None,
        "templates": templates,
        "templates_fetched_at": _now(),
    }
    try:
        if config is None:
            config = await WhatsAppConfig.create(organization_id=organization_id, **values)
        else:
            await WhatsAppConfig.filter(id=config.id).update(**values)
            config = await WhatsAppConfig.get(id=config.id)
    except IntegrityError:
        raise DomainError(
            ErrorCode.INVALID_STATE, "This number is configured by another organisation.", field="phoneNumberId"
        ) from None
    await audit.record_change("whatsapp.configured", config, actor_id, {"phoneNumberId": phone_number_id})
    return config


async def refresh_templates(organization_id: uuid.UUID) -> WhatsAppConfig:
    config = await _require_config(organization_id)
    try:
        templates = await _fetch_templates(config.access_token, config.business_account_id)
    except MetaError as exc:
        raise refused(exc) from None
    config.templates = templates
    config.templates_fetched_at = _now()
    await WhatsAppConfig.filter(id=config.id).update(
        templates=templates, templates_fetched_at=config.templates_fetched_at
    )
    return config


async def templates_of(config: WhatsAppConfig) -> list[dict[str, Any]]:
    """The cached list, refreshed when older than TEMPLATE_CACHE (a Meta failure keeps the cache)."""
    fetched = config.templates_fetched_at
    if fetched is None or _now() - fetched > TEMPLATE_CACHE:
        try:
            config = await refresh_templates(config.organization_id)
        except DomainError:
            pass
    return list(config.templates or [])


def body_placeholders(template: dict[str, Any]) -> int:
    for comp in template.get("components") or []:
        if str(comp.get("type", "")).upper() == "BODY":
            return len(set(PLACEHOLDER.findall(str(comp.get("text") or ""))))
    return 0


def _render(template: dict[str, Any], parameters: list[str]) -> str:
    text = next(
        (str(c.get("text") or "") for c in template.get("components") or [] if str(c.get("type")).upper() == "BODY"),
        "",
    )
    names = list(dict.fromkeys(PLACEHOLDER.findall(text)))
    values = dict(zip(names, parameters, strict=False))
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# --- sending --------------------------------------------------------------------------------------------


@dataclass
class TemplateSpec:
    name: str
    language: str
    parameters: list[str]


async def _lead(organization_id: uuid.UUID, lead_id: uuid.UUID | None) -> Lead:
    lead = await Lead.for_org(organization_id).get_or_none(id=lead_id) if lead_id else None
    if lead is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", field="leadId")
    return lead


async def window_open(organization_id: uuid.UUID, lead_id: uuid.UUID) -> bool:
    row = await WhatsAppWindow.for_org(organization_id).get_or_none(lead_id=lead_id)
    return row is not None and _now() - row.last_inbound_at < WINDOW


async def resolve_template(
    config: WhatsAppConfig, spec: TemplateSpec
) -> tuple[dict[str, Any], TemplateCategory | None]:
    templates = await templates_of(config)
    wanted = (spec.name, spec.language, "APPROVED")
    found = next((t for t in templates if (t["name"], t["language"], t["status"]) == wanted), None)
    fetched = config.templates_fetched_at
    if found is None and (fetched is None or _now() - fetched > dt.timedelta(seconds=10)):
        # Approved since the last read? Ask Meta once before refusing.
        try:
            templates = list((await refresh_templates(config.organization_id)).templates or [])
        except DomainError:
            templates = []
        found = next((t for t in templates if (t["name"], t["language"], t["status"]) == wanted), None)
    if found is None:
        raise DomainError(
            ErrorCode.INVALID_INPUT, "No approved template with this name and language.", field="template.name"
        )
    expected = body_placeholders(found)
    if len(spec.parameters) != expected:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            f"The template takes {expected} parameter(s), {len(spec.parameters)} given.",
            field="template.parameters",
        )
    if any(not p.strip() or len(p) > 1024 for p in spec.parameters):
        raise DomainError(ErrorCode.INVALID_INPUT, "Parameters must be non-empty text.", field="template.parameters")
    category = TemplateCategory.__members__.get(found["category"])
    return found, category


async def check_may_message(organization_id: uuid.UUID, lead_id: uuid.UUID, category: TemplateCategory | None) -> None:
    """Consent and objection rules (checked when asked and again at send time)."""
    if not await has_lead_consent(organization_id, lead_id, ConsentPurpose.WHATSAPP):
        raise DomainError(ErrorCode.CONSENT_REQUIRED, "The lead has not opted in to WhatsApp messages.", field="leadId")
    if category is TemplateCategory.MARKETING and await has_objection(
        organization_id, lead_id, ObjectionKind.DIRECT_MARKETING
    ):
        raise DomainError(ErrorCode.OBJECTION_RECORDED, "The lead objected to direct marketing.", field="template.name")


async def check_may_reply(organization_id: uuid.UUID, lead_id: uuid.UUID) -> None:
    """Free text inside the service window needs no WHATSAPP consent, unless the lead withdrew it (SPEC §7.7)."""
    newest = (
        await LeadConsent.for_org(organization_id)
        .filter(lead_id=lead_id, purpose=ConsentPurpose.WHATSAPP)
        .order_by("-created_at", "-id")
        .first()
    )
    if newest is not None and not newest.granted:
        raise DomainError(ErrorCode.CONSENT_REQUIRED, "The lead withdrew consent to WhatsApp messages.", field="leadId")


async def send_message(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID | None,
    *,
    template: TemplateSpec | None = None,
    text: str | None = None,
    actor_id: uuid.UUID | None = None,
) -> WhatsAppMessage:
    """Validate, record the message QUEUED and enqueue its send job."""
    lead = await _lead(organization_id, lead_id)  # first: another organisation's lead is just unknown
    if (template is None) == (text is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give either a template or a text.", field="template")
    config = await _require_config(organization_id)
    if recipient(lead, await Organization.country_of(organization_id)) is None:
        raise DomainError(ErrorCode.INVALID_STATE, NO_RECIPIENT, field="leadId")
    category: TemplateCategory | None = None
    body: str
    if template is not None:
        found, category = await resolve_template(config, template)
        body = _render(found, template.parameters)
    else:
        assert text is not None
        body = text.strip()
        if not body or len(body) > MAX_TEXT:
            raise DomainError(ErrorCode.INVALID_INPUT, f"Text must be 1 to {MAX_TEXT} characters.", field="text")
    if template is not None:
        await check_may_message(organization_id, lead.id, category)
    elif not await window_open(organization_id, lead.id):
        raise DomainError(
            ErrorCode.INVALID_STATE,
            "Free text is only allowed within 24 hours of the lead's last message; send a template.",
            field="text",
        )
    else:
        await check_may_reply(organization_id, lead.id)
    message = await WhatsAppMessage.create(
        organization_id=organization_id,
        lead_id=lead.id,
        direction=MessageDirection.OUT,
        template_name=template.name if template else None,
        template_language=template.language if template else None,
        template_category=category,
        parameters=template.parameters if template else None,
        body=body,
        status=MessageStatus.QUEUED,
        created_by_id=actor_id,
    )
    await enqueue(
        JobKind.WHATSAPP_SEND,
        {"message_id": str(message.id)},
        organization_id=organization_id,
        created_by_id=actor_id,
        dedupe_key=f"whatsapp-send:{message.id}",
    )
    await mark_responded(organization_id, lead, actor_id)
    await inbox.note_outbound(organization_id, lead.id)
    details = {"messageId": str(message.id), "template": template.name if template else None}
    await audit.record_change("whatsapp.message_queued", lead, actor_id, details)
    return message


def wire_payload(message: WhatsAppMessage, to: str) -> dict[str, Any]:
    """The JSON body of `POST /{phone-number-id}/messages` (META.md §6.2, §6.3)."""
    body: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to}
    if message.template_name:
        spec: dict[str, Any] = {"name": message.template_name, "language": {"code": message.template_language}}
        if message.parameters:
            spec["components"] = [
                {"type": "body", "parameters": [{"type": "text", "text": str(p)} for p in message.parameters]}
            ]
        body["type"] = "template"
        body["template"] = spec
    else:
        body["type"] = "text"
        body["text"] = {"preview_url": False, "body": message.body}
    return body


async def _fail(message: WhatsAppMessage, code: int | None, title: str) -> None:
    now = _now()
    await WhatsAppMessage.filter(id=message.id).update(
        status=MessageStatus.FAILED, error_code=code, error_title=title[:300], failed_at=now, status_at=now
    )


@handler(JobKind.WHATSAPP_SEND)
async def run_send(job: Job) -> dict[str, Any] | None:
    message = await WhatsAppMessage.get_or_none(id=job.payload["message_id"])
    if message is None:
        return {"skipped": "message is gone"}
    # At-most-once: only the run that moves QUEUED -> SENDING may call Meta.
    claimed = await WhatsAppMessage.filter(id=message.id, status=MessageStatus.QUEUED).update(
        status=MessageStatus.SENDING
    )
    if not claimed:
        if message.status is MessageStatus.SENDING and not message.meta_message_id:
            await WhatsAppMessage.filter(id=message.id, status=MessageStatus.SENDING).update(
                status=MessageStatus.UNKNOWN, status_at=_now()
            )
            return {"status": "UNKNOWN"}
        return {"skipped": message.status.value}
    organization_id = message.organization_id
    lead = await Lead.for_org(organization_id).get_or_none(id=message.lead_id)
    config = await get_config(organization_id)
    if lead is None:
        await _fail(message, None, "The lead was erased")
        return {"status": "FAILED"}
    if config is None:
        await _fail(message, None, "WhatsApp is not configured")
        return {"status": "FAILED"}
    try:
        if message.template_name:
            await check_may_message(organization_id, lead.id, message.template_category)
        else:
            await check_may_reply(organization_id, lead.id)
    except DomainError as exc:
        await _fail(message, None, exc.message)
        return {"status": "FAILED", "reason": exc.code.value}
    to = recipient(lead, await Organization.country_of(organization_id))
    if to is None:
        await _fail(message, None, NO_RECIPIENT)
        return {"status": "FAILED"}
    try:
        async with _client(config.access_token) as graph:
            reply = await graph.post(f"{config.phone_number_id}/messages", json=wire_payload(message, to))
    except MetaRetryable as exc:
        if exc.code is None:  # the connection broke: Meta may have sent it
            await WhatsAppMessage.filter(id=message.id).update(status=MessageStatus.UNKNOWN, status_at=_now())
            return {"status": "UNKNOWN"}
        # Throttled (130429, 80007, ...): Meta refused it, nothing was sent; try again later.
        await WhatsAppMessage.filter(id=message.id, status=MessageStatus.SENDING).update(status=MessageStatus.QUEUED)
        raise retry_later(exc) from None
    except MetaError as exc:
        await _fail(message, exc.code, exc.user_title or exc.message)
        return {"status": "FAILED", "code": exc.code}
    wamid = None
    if isinstance(reply, dict):
        first = (reply.get("messages") or [{}])[0]
        wamid = str(first.get("id") or "") or None
    now = _now()
    await WhatsAppMessage.filter(id=message.id).update(
        status=MessageStatus.SENT if wamid else MessageStatus.UNKNOWN, meta_message_id=wamid, sent_at=now, status_at=now
    )
    await record_disclosure(organization_id, lead.id, WHATSAPP_RECIPIENT, ["LEAD_CONTACT", "MESSAGES"], wamid)
    return {"status": "SENT" if wamid else "UNKNOWN"}


# --- webhooks ---------------------------------------------------------------------------------------------


def _ts(value: Any) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(int(str(value)), dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return _now()


async def apply_status(config: WhatsAppConfig, entry: dict[str, Any]) -> str:
    """One status: recorded once per (message, status); the message's status only moves forward."""
    status = WEBHOOK_STATUSES.get(str(entry.get("status") or "").lower())
    wamid = str(entry.get("id") or "")
    if status is None or not wamid:
        return "ignored"
    message = await WhatsAppMessage.for_org(config.organization_id).get_or_none(meta_message_id=wamid)
    if message is None:
        return "unknown_message"
    at = _ts(entry.get("timestamp"))
    try:
        await WhatsAppStatusEvent.create(
            organization_id=config.organization_id, message_id=message.id, status=status, meta_timestamp=at
        )
    except IntegrityError:
        return "duplicate"
    stamp = {
        MessageStatus.SENT: "sent_at",
        MessageStatus.DELIVERED: "delivered_at",
        MessageStatus.READ: "read_at",
        MessageStatus.FAILED: "failed_at",
    }[status]
    await WhatsAppMessage.filter(id=message.id).update(**{stamp: at})
    if status is MessageStatus.READ:  # "read implies delivered" (META.md §6.4), even when no `delivered` came
        await WhatsAppMessage.filter(id=message.id, delivered_at__isnull=True).update(delivered_at=at)
    # Forward-only as one conditional update: statuses processed at the same time cannot overwrite a later one.
    ceiling = MessageStatus.DELIVERED if status is MessageStatus.FAILED else status
    earlier = [s for s, rank in RANK.items() if rank < RANK[ceiling]]
    changes: dict[str, Any] = {"status": status, "status_at": at}
    if status is MessageStatus.FAILED:
        errors = entry.get("errors") or [{}]
        changes["error_code"] = errors[0].get("code")
        changes["error_title"] = str(errors[0].get("title") or errors[0].get("message") or "")[:300] or None
    forward = bool(await WhatsAppMessage.filter(id=message.id, status__in=earlier).update(**changes))
    return "applied" if forward else "older"


def is_opt_out(message: dict[str, Any]) -> bool:
    kind = message.get("type")
    if kind == "text":
        return bool(OPT_OUT_TEXT.match(str((message.get("text") or {}).get("body") or "")))
    if kind == "button":
        button = message.get("button") or {}
        return any(OPT_OUT.search(str(button.get(k) or "")) for k in ("payload", "text"))
    if kind == "interactive":
        reply = _interactive_reply(message)
        return any(OPT_OUT.search(str(reply.get(k) or "")) for k in ("id", "title"))
    return False


def _interactive_reply(message: dict[str, Any]) -> dict[str, Any]:
    """The chosen button or list row, or a Flow's reply (META.md §6.5: button_reply, list_reply, nfm_reply)."""
    interactive = message.get("interactive") or {}
    for kind in ("button_reply", "list_reply", "nfm_reply"):
        reply = interactive.get(kind)
        if isinstance(reply, dict):
            return reply
    return {}


def _inbound_text(message: dict[str, Any]) -> str:
    kind = message.get("type")
    if kind == "text":
        return str((message.get("text") or {}).get("body") or "")
    if kind == "button":
        return str((message.get("button") or {}).get("text") or (message.get("button") or {}).get("payload") or "")
    if kind == "interactive":
        reply = _interactive_reply(message)
        return str(reply.get("title") or reply.get("body") or reply.get("id") or "")
    return media.caption_of(message) or f"[{kind}]"


async def apply_inbound(
    config: WhatsAppConfig, message: dict[str, Any], contacts: list[dict[str, Any]] | None = None
) -> str:
    """Store an inbound message on the lead's timeline (an unknown sender becomes a lead, app.messaging.inbox),
    open the window, keep the conversation and media, honour opt-outs."""
    organization_id = config.organization_id
    wamid = str(message.get("id") or "") or None
    if wamid and await WhatsAppMessage.for_org(organization_id).filter(meta_message_id=wamid).exists():
        return "duplicate"
    at = _ts(message.get("timestamp"))
    lead, _ = await inbox.lead_for_inbound(organization_id, message, contacts, at)
    if lead is None:
        return "unknown_sender"
    try:
        row = await WhatsAppMessage.create(
            organization_id=organization_id,
            lead_id=lead.id,
            direction=MessageDirection.IN,
            body=_inbound_text(message)[:MAX_TEXT],
            status=MessageStatus.RECEIVED,
            meta_message_id=wamid,
            status_at=at,
        )
    except IntegrityError:
        return "duplicate"
    await inbox.record_referral(organization_id, lead, message.get("referral"))
    await media.record_inbound_media(organization_id, lead.id, row.id, message)
    await inbox.note_inbound(organization_id, lead.id, at)
    window = await WhatsAppWindow.for_org(organization_id).get_or_none(lead_id=lead.id)
    if window is None:
        try:
            await WhatsAppWindow.create(organization_id=organization_id, lead_id=lead.id, last_inbound_at=at)
        except IntegrityError:
            await WhatsAppWindow.filter(Q(lead_id=lead.id), Q(last_inbound_at__lt=at)).update(last_inbound_at=at)
    elif window.last_inbound_at < at:  # conditional: a later inbound (or a merge) meanwhile is not undone
        await WhatsAppWindow.filter(id=window.id, last_inbound_at__lt=at).update(last_inbound_at=at)
    if is_opt_out(message):
        # A "no" whether or not the lead had opted in: free replies in the window end too (SPEC §6, §7.7).
        newest = {c.purpose: c.granted for c in await lead_consents(organization_id, lead.id)}
        if newest.get(ConsentPurpose.WHATSAPP, True):
            await set_lead_consent(organization_id, lead.id, ConsentPurpose.WHATSAPP, False, source="WHATSAPP_STOP")
        return "opt_out"
    return "stored"


# Handlers of the other WhatsApp webhook fields: (WABA id, change value) -> (outcome, organisations touched).
FieldHandler = Callable[[str, dict[str, Any]], Awaitable[tuple[str, list[uuid.UUID]]]]
_field_handlers: dict[str, FieldHandler] = {}


def register_field_handler(field: str, fn: FieldHandler) -> None:
    _field_handlers[field] = fn


async def process_body(body: dict[str, Any]) -> tuple[dict[str, int], list[uuid.UUID]]:
    counts: dict[str, int] = {}
    orgs: list[uuid.UUID] = []
    for entry in body.get("entry") or []:
        for change in (entry or {}).get("changes") or []:
            field = (change or {}).get("field")
            if field != "messages":
                other = _field_handlers.get(str(field))
                if other is not None:  # e.g. template status updates (app.messaging.templates)
                    outcome, handled = await other(str((entry or {}).get("id") or ""), change.get("value") or {})
                    counts[outcome] = counts.get(outcome, 0) + 1
                    orgs.extend(handled)
                continue
            value = change.get("value") or {}
            phone_number_id = str((value.get("metadata") or {}).get("phone_number_id") or "")
            config = await WhatsAppConfig.get_or_none(phone_number_id=phone_number_id) if phone_number_id else None
            if config is None:
                counts["unknown_number"] = counts.get("unknown_number", 0) + 1
                continue
            orgs.append(config.organization_id)
            for status in value.get("statuses") or []:
                outcome = await apply_status(config, status)
                counts[outcome] = counts.get(outcome, 0) + 1
            for message in value.get("messages") or []:
                outcome = await apply_inbound(config, message, value.get("contacts"))
                counts[outcome] = counts.get(outcome, 0) + 1
    return counts, orgs


@webhooks.webhook_job("whatsapp_business_account", JobKind.WHATSAPP_WEBHOOK)
async def process_webhook_event(event: WebhookEvent, body: dict[str, Any]) -> dict[str, Any] | None:
    counts, orgs = await process_body(body)
    if counts.get("unknown_message") and event.attempts < UNKNOWN_STATUS_RETRIES:
        # Meta can report a status before our send job stored the message id: look again shortly
        # (every step is idempotent, so re-applying the body is safe).
        await webhooks.note_attempt(event, "status for a message not stored yet", orgs)
        raise RetryLater(5.0 * (event.attempts or 1), "status before its message id was stored")
    await webhooks.mark_processed(event, orgs)
    return counts


# --- reads ------------------------------------------------------------------------------------------------


def messages_query(
    organization_id: uuid.UUID,
    *,
    lead_id: uuid.UUID | None = None,
    status: MessageStatus | None = None,
    direction: MessageDirection | None = None,
) -> Any:
    return filter_given(WhatsAppMessage.for_org(organization_id), lead_id=lead_id, status=status, direction=direction)
