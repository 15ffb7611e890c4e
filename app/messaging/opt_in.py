"""WhatsApp opt-in from Lead Ads: a form's custom disclaimer checkbox maps to the WHATSAPP consent, with
evidence (form, checkbox, text shown, time, channel). Without a rule, a checkbox whose key names
WhatsApp counts. The Meta lead intake announces each stored lead (META_LEAD_STORED); this listens."""

from __future__ import annotations

import uuid

from app.campaigns.models import LeadForm
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, EventType, subscribe
from app.messaging.models import WhatsAppOptInRule
from app.privacy.consent import has_lead_consent, set_lead_consent
from app.privacy.erasure_models import ConsentPurpose


async def set_form_opt_in(
    organization_id: uuid.UUID, form_id: uuid.UUID | str | None, checkbox_key: str, text_shown: str | None
) -> WhatsAppOptInRule:
    """`form_id`: our LeadForm id, or Meta's numeric form id."""
    forms = LeadForm.for_org(organization_id)
    if isinstance(form_id, str):
        form = await forms.filter(meta_id=form_id).first() if form_id.isdigit() else None
    else:
        form = await forms.get_or_none(id=form_id) if form_id else None
    if form is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead form.", field="formId")
    key = checkbox_key.strip()
    if not key or len(key) > 255:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give the checkbox key of the form.", field="checkboxKey")
    if text_shown is not None and len(text_shown) > 2000:
        raise DomainError(ErrorCode.INVALID_INPUT, "The text is too long.", field="textShown")
    rule = await WhatsAppOptInRule.for_org(organization_id).get_or_none(form_id=form.id)
    if rule is None:
        return await WhatsAppOptInRule.create(
            organization_id=organization_id, form_id=form.id, checkbox_key=key, text_shown=text_shown
        )
    await WhatsAppOptInRule.filter(id=rule.id).update(checkbox_key=key, text_shown=text_shown)
    return await WhatsAppOptInRule.get(id=rule.id)


@subscribe
async def on_meta_lead_stored(event: DomainEvent) -> None:
    if event.type is not EventType.META_LEAD_STORED or event.subject_id is None:
        return
    await apply_disclaimer_opt_in(
        event.organization_id, event.subject_id, event.data.get("form_id"), event.data.get("ticked_boxes") or []
    )


async def apply_disclaimer_opt_in(
    organization_id: uuid.UUID, lead_id: uuid.UUID, form_id: uuid.UUID | None, ticked_boxes: list[str]
) -> bool:
    """Record the WHATSAPP consent when the lead ticked the form's opt-in checkbox. True when recorded."""
    if not ticked_boxes:
        return False
    rule = await WhatsAppOptInRule.for_org(organization_id).get_or_none(form_id=form_id) if form_id else None
    form = await LeadForm.for_org(organization_id).get_or_none(id=form_id) if form_id else None
    for key in ticked_boxes:
        if (rule is not None and key == rule.checkbox_key) or (rule is None and "whatsapp" in key.lower()):
            if await has_lead_consent(organization_id, lead_id, ConsentPurpose.WHATSAPP):
                return False
            await set_lead_consent(
                organization_id,
                lead_id,
                ConsentPurpose.WHATSAPP,
                True,
                source="META_LEAD_ADS",
                evidence={
                    "formId": form.meta_id if form else None,
                    "question": key,
                    "textShown": rule.text_shown if rule else None,
                    "channel": "META_LEAD_ADS",
                },
            )
            return True
    return False
