"""WhatsApp templates the organisation writes: submitted to Meta for review (META-2 §14), kept in the one
template list of the configuration (`WhatsAppConfig.templates`, app.messaging.services), and moved by Meta's
`message_template_status_update` and `template_category_update` webhooks."""

from __future__ import annotations

import contextlib
import logging
import re
import uuid
from collections.abc import Callable
from typing import Any

from tortoise.transactions import in_transaction

from app.accounts.models import Role
from app.audit import services as audit
from app.errors import DomainError, ErrorCode
from app.integrations.meta.graph import MetaError, refused
from app.messaging import services
from app.messaging.models import TemplateCategory, WhatsAppConfig
from app.notifications.models import NotificationKind
from app.notifications.services import notify

log = logging.getLogger("quantix.messaging.templates")

NAME = re.compile(r"^[a-z0-9_]{1,512}$")  # what Meta accepts (META-2 §14.2, §17)
LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")  # Meta's codes: de, en_US, pt_BR
PARAM = re.compile(r"\{\{\s*(\w+)\s*\}\}")
MAX_BODY = 1024
MAX_FOOTER = 60
MAX_EXAMPLE = 200
STATUS_WORDS = {"APPROVED": "approved", "REJECTED": "rejected", "PAUSED": "paused", "DISABLED": "disabled"}


def _check(name: str, language: str, body: str, examples: list[str], footer: str | None) -> None:
    """Refuse here what Meta would refuse, before calling it."""
    if not NAME.match(name):
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            "Meta accepts template names of lowercase letters, digits and underscores only (at most 512).",
            field="name",
        )
    if not LANGUAGE.match(language):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give Meta's language code, e.g. en_US or de.", field="language")
    if not body.strip() or len(body) > MAX_BODY:
        raise DomainError(ErrorCode.INVALID_INPUT, f"The body needs 1 to {MAX_BODY} characters.", field="body")
    if footer is not None and (not footer.strip() or len(footer) > MAX_FOOTER):
        raise DomainError(ErrorCode.INVALID_INPUT, f"The footer needs 1 to {MAX_FOOTER} characters.", field="footer")
    params = PARAM.findall(body)
    names = list(dict.fromkeys(params))
    if names and names != [str(i) for i in range(1, len(names) + 1)]:
        raise DomainError(ErrorCode.INVALID_INPUT, "Number the placeholders {{1}}, {{2}}, … in order.", field="body")
    stripped = body.strip()
    if params and (re.match(r"^\{\{\s*\w+\s*\}\}", stripped) or re.search(r"\{\{\s*\w+\s*\}\}$", stripped)):
        raise DomainError(ErrorCode.INVALID_INPUT, "The body may not start or end with a placeholder.", field="body")
    if re.search(r"\}\}\s*\{\{", body):
        raise DomainError(ErrorCode.INVALID_INPUT, "Put words between placeholders.", field="body")
    if len(examples) != len(names):
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"Give one example per placeholder ({len(names)}).", field="examples"
        )
    if any(not e.strip() or len(e) > MAX_EXAMPLE for e in examples):
        raise DomainError(ErrorCode.INVALID_INPUT, "Examples must be short, non-empty text.", field="examples")


def _components(body: str, examples: list[str], footer: str | None) -> list[dict[str, Any]]:
    main: dict[str, Any] = {"type": "BODY", "text": body}
    if examples:
        main["example"] = {"body_text": [examples]}  # an array of arrays (META-2 §14.1)
    components = [main]
    if footer:
        components.append({"type": "FOOTER", "text": footer})
    return components


async def _edit_templates(config_id: uuid.UUID, change: Callable[[list[dict[str, Any]]], Any]) -> Any:
    """Change the stored template list under a row lock (webhooks and mutations may race)."""
    async with in_transaction() as conn:
        config = await WhatsAppConfig.filter(id=config_id).using_db(conn).select_for_update().get()
        templates = list(config.templates or [])
        result = change(templates)
        await WhatsAppConfig.filter(id=config_id).using_db(conn).update(templates=templates)
    return result


async def create_template(
    organization_id: uuid.UUID,
    *,
    name: str,
    language: str,
    category: TemplateCategory,
    body: str,
    examples: list[str] | None = None,
    footer: str | None = None,
    actor_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Submit a template for Meta's review; it is PENDING until Meta's status webhook says otherwise."""
    name, language, examples = name.strip(), language.strip(), [e.strip() for e in examples or []]
    footer = footer.strip() if footer is not None else None
    _check(name, language, body, examples, footer)
    config = await services._require_config(organization_id)
    if any(t.get("name") == name and t.get("language") == language for t in config.templates or []):
        raise DomainError(ErrorCode.DUPLICATE, "A template with this name and language exists.", field="name")
    spec = {
        "name": name,
        "language": language,
        "category": category.value,
        "parameter_format": "POSITIONAL",
        "components": _components(body, examples, footer),
    }
    try:
        async with services._client(config.access_token) as graph:
            answer = await graph.post(f"{config.business_account_id}/message_templates", json=spec)
    except MetaError as exc:
        raise refused(exc) from None
    template = {
        "id": str(answer.get("id") or ""),
        "name": name,
        "language": language,
        "category": str(answer.get("category") or category.value).upper(),  # Meta may re-classify at once
        "status": str(answer.get("status") or "PENDING").upper(),
        "components": spec["components"],
        "rejection_reason": None,
    }

    def add(templates: list[dict[str, Any]]) -> None:
        templates[:] = [t for t in templates if (t.get("name"), t.get("language")) != (name, language)]
        templates.append(template)

    await _edit_templates(config.id, add)
    details = {"template": name, "language": language, "category": category.value}
    await audit.record_change("whatsapp.template_submitted", config, actor_id, details)
    return template


async def delete_template(
    organization_id: uuid.UUID, *, name: str, language: str, actor_id: uuid.UUID | None = None
) -> dict[str, Any]:
    config = await services._require_config(organization_id)
    found = next(
        (t for t in config.templates or [] if t.get("name") == name.strip() and t.get("language") == language.strip()),
        None,
    )
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No template with this name and language.", field="name")
    params = {"name": found["name"]}
    if found.get("id"):
        params["hsm_id"] = found["id"]  # one language only (the name alone deletes every language)
    try:
        async with services._client(config.access_token) as graph:
            await graph.delete(f"{config.business_account_id}/message_templates", params)
    except MetaError as exc:
        if exc.code != 100:  # already gone at Meta: forget it here too
            raise refused(exc) from None

    def remove(templates: list[dict[str, Any]]) -> None:
        templates[:] = [
            t for t in templates if (t.get("name"), t.get("language")) != (found["name"], found["language"])
        ]

    await _edit_templates(config.id, remove)
    details = {"template": found["name"], "language": found["language"]}
    await audit.record_change("whatsapp.template_deleted", config, actor_id, details)
    return found


# --- Meta's webhooks ----------------------------------------------------------------------------------------


def _matches(t: dict[str, Any], value: dict[str, Any]) -> bool:
    template_id = str(value.get("message_template_id") or "")
    if template_id and t.get("id") == template_id:
        return True
    return (t.get("name"), t.get("language")) == (
        value.get("message_template_name"),
        value.get("message_template_language"),
    )


async def _tell_admins(organization_id: uuid.UUID, title: str, body: str) -> None:
    try:
        await notify(
            NotificationKind.TEMPLATE_STATUS,
            title=title[:200],
            body=body,
            organization_id=organization_id,
            roles={Role.OWNER, Role.ADMIN},
            link="/settings/whatsapp/templates",
        )
    except Exception:  # a notification never blocks the status change itself
        log.exception("template status notification failed")


async def on_status_update(waba_id: str, value: dict[str, Any]) -> tuple[str, list[uuid.UUID]]:
    """`message_template_status_update`: the template's new status (and the rejection reason) is stored;
    ADMINs are told once per change."""
    event = str(value.get("event") or "").upper()
    if not event:
        return "ignored", []
    orgs: list[uuid.UUID] = []
    outcome = "unknown_template"
    reason = value.get("reason")
    rejection = value.get("rejection_info") or {}
    for config in await WhatsAppConfig.filter(business_account_id=waba_id):
        if not any(_matches(t, value) for t in config.templates or []):
            with contextlib.suppress(DomainError):  # a template made outside QuantixOne: read the list again
                await services.refresh_templates(config.organization_id)

        def apply(templates: list[dict[str, Any]]) -> dict[str, Any] | None:
            for t in templates:
                if _matches(t, value):
                    before = (t.get("status"), t.get("rejection_reason"))
                    if event == "DELETED":
                        templates.remove(t)
                        return t
                    t["status"] = event
                    if value.get("message_template_id") and not t.get("id"):
                        t["id"] = str(value["message_template_id"])
                    if event == "REJECTED":
                        t["rejection_reason"] = str(reason or "NONE")
                        if rejection.get("reason"):
                            t["rejection_detail"] = str(rejection["reason"])[:500]
                    elif event == "APPROVED":
                        t["rejection_reason"] = None
                        t.pop("rejection_detail", None)
                    category = str(value.get("message_template_category") or "").upper()
                    if category in TemplateCategory.__members__:
                        t["category"] = category
                    return t if before != (t.get("status"), t.get("rejection_reason")) else None
            return None

        changed = await _edit_templates(config.id, apply)
        orgs.append(config.organization_id)
        if changed is None:
            outcome = "unchanged" if outcome == "unknown_template" else outcome
            continue
        outcome = "template_status"
        word = STATUS_WORDS.get(event, event.lower().replace("_", " "))
        body = f"Meta {word} the WhatsApp template {changed['name']} ({changed['language']})."
        if event == "REJECTED":
            body += f" Reason: {changed.get('rejection_reason')}."
            if rejection.get("recommendation"):
                body += f" Meta suggests: {str(rejection['recommendation'])[:300]}"
        await _tell_admins(config.organization_id, f"WhatsApp template {word}", body)
    return outcome, orgs


async def on_category_update(waba_id: str, value: dict[str, Any]) -> tuple[str, list[uuid.UUID]]:
    """`template_category_update`: a completed change (`previous_category`) re-classifies the template (and so
    the consent and objection rules its sends follow); an impending one is kept as `upcomingCategory`."""
    completed = "previous_category" in value or "correct_category" not in value
    # An impending notice names the coming category `correct_category` (Meta's reference: `new_category` there
    # is the template's current one); a completed change names it `new_category`.
    coming = value.get("new_category") if completed else value.get("correct_category") or value.get("new_category")
    new = str(coming or "").upper()
    if new not in TemplateCategory.__members__:
        return "ignored", []
    orgs: list[uuid.UUID] = []
    outcome = "unknown_template"
    for config in await WhatsAppConfig.filter(business_account_id=waba_id):

        def apply(templates: list[dict[str, Any]]) -> dict[str, Any] | None:
            for t in templates:
                if _matches(t, value):
                    if completed:
                        if t.get("category") == new:
                            return None
                        t["category"] = new
                        t.pop("upcoming_category", None)
                    else:
                        if t.get("upcoming_category") == new:
                            return None
                        t["upcoming_category"] = new
                    return t
            return None

        changed = await _edit_templates(config.id, apply)
        orgs.append(config.organization_id)
        if changed is None:
            continue
        outcome = "template_category"
        if completed:
            body = f"Meta re-classified the WhatsApp template {changed['name']} ({changed['language']}) as {new}."
        else:
            body = f"Meta will re-classify the WhatsApp template {changed['name']} ({changed['language']}) as {new}."
        await _tell_admins(config.organization_id, "WhatsApp template category changed", body)
    return outcome, orgs


services.register_field_handler("message_template_status_update", on_status_update)
services.register_field_handler("template_category_update", on_category_update)
