"""Lead Ads form mapping (SPEC §7.5): an ADMIN says where each question of a form goes. New leads of the form
follow it; a form without one keeps the heuristics of app.integrations.meta.leadgen. Answers mapped to IGNORE
are never stored anywhere (they are still read for the age rule before anything is stored)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.accounts.models import Organization
from app.audit import services as audit
from app.campaigns.models import LeadForm
from app.classification import DataCategory
from app.customfields import services
from app.customfields.models import CustomField, CustomFieldType, LeadFormMapping, LeadFormMappingTarget
from app.errors import DomainError, ErrorCode

CONTACT_TARGETS = ("FULL_NAME", "FIRST_NAME", "LAST_NAME", "EMAIL", "PHONE")
_PLACEHOLDER = uuid.UUID(int=0)


def _invalid(message: str, where: str) -> DomainError:
    return DomainError(ErrorCode.INVALID_INPUT, message, where)


def question_keys(form: LeadForm) -> list[str]:
    return [str(q.get("key")) for q in form.questions or [] if isinstance(q, dict) and q.get("key")]


async def form_mapping_entries(organization_id: uuid.UUID, form_id: uuid.UUID) -> list[dict[str, Any]]:
    row = await LeadFormMapping.for_org(organization_id).get_or_none(form_id=form_id)
    return list(row.mappings) if row is not None else []


async def set_form_mapping(
    organization_id: uuid.UUID,
    form_id: uuid.UUID | None,
    mappings: Sequence[tuple[str, LeadFormMappingTarget, str | None]],
) -> LeadForm:
    """Replace the form's mapping (an empty list removes it). Each question of the form at most once;
    `customFieldKey` exactly for CUSTOM_FIELD; at most one question per contact target."""
    form = await LeadForm.for_org(organization_id).get_or_none(id=form_id) if form_id else None
    if form is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such lead form.", "formId")
    known = set(question_keys(form))
    keys = {f.key for f in await CustomField.for_org(organization_id)}
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    contact: set[str] = set()
    for index, (question, target, custom_key) in enumerate(mappings):
        where = f"mappings.{index}"
        if question not in known:
            raise _invalid(f"The form has no question {question!r}.", f"{where}.question")
        if question in seen:
            raise _invalid(f"The question {question!r} is mapped twice.", f"{where}.question")
        seen.add(question)
        if (target is LeadFormMappingTarget.CUSTOM_FIELD) != (custom_key is not None):
            raise _invalid(
                "customFieldKey goes with the CUSTOM_FIELD target, and only with it.", f"{where}.customFieldKey"
            )
        if custom_key is not None and custom_key not in keys:
            raise _invalid(f"There is no custom field {custom_key!r}.", f"{where}.customFieldKey")
        if target.value in CONTACT_TARGETS:
            if target.value in contact:
                raise _invalid(f"Only one question may fill {target.value}.", f"{where}.target")
            contact.add(target.value)
        entries.append({"question": question, "target": target.value, "customFieldKey": custom_key})
    if entries:
        await LeadFormMapping.update_or_create(
            organization_id=organization_id, form_id=form.id, defaults={"mappings": entries}
        )
    else:
        await LeadFormMapping.for_org(organization_id).filter(form_id=form.id).delete()
    # question keys and targets: no answers
    await audit.record_change("lead_form.mapping_set", form, None, {"mappings": entries})
    return form


@dataclass
class MappedAnswers:
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    dropped: set[str] = field(default_factory=set)  # question keys not to keep in `answers` (IGNORE, custom)
    custom_rows: list[Any] = field(default_factory=list)  # unsaved value rows; lead_id set when stored


@dataclass
class FormMapping:
    """A form's mapping ready to apply to a batch of its leads."""

    entries: dict[str, tuple[str, str | None]]  # question key -> (target, custom field key)
    fields: dict[str, CustomField]
    options: dict[str, dict[str, str]]  # question key -> option key -> label
    country: str | None

    @property
    def mapped(self) -> set[str]:
        return set(self.entries)

    def apply(self, answers: dict[str, list[str]]) -> MappedAnswers:
        """Contact fields and custom values from the mapped answers. A value of the wrong type for its custom
        field is left out (the lead still arrives)."""
        out = MappedAnswers()
        first = last = None
        for key, values in answers.items():
            entry = self.entries.get(key)
            if entry is None:
                continue
            target, custom_key = entry
            labels = [self.options.get(key, {}).get(v, v).strip() for v in values if v and v.strip()]
            value = labels[0] if labels else None
            if target == "IGNORE":
                out.dropped.add(key)
            elif target == "CUSTOM_FIELD":
                out.dropped.add(key)
                custom = self.fields.get(custom_key or "")
                if custom is not None and labels:
                    out.custom_rows += self._custom_rows(custom, labels)
            elif target == "FULL_NAME":
                out.full_name = value
            elif target == "FIRST_NAME":
                first = value
            elif target == "LAST_NAME":
                last = value
            elif target == "EMAIL":
                out.email = value
            elif target == "PHONE":
                out.phone = value
        if not out.full_name and (first or last):
            out.full_name = " ".join(p for p in (first, last) if p)
        return out

    def _custom_rows(self, custom: CustomField, labels: list[str]) -> list[Any]:
        raw: Any = labels if custom.type is CustomFieldType.MULTI_SELECT else services.parse_text(custom, labels[0])
        try:
            atoms = services.check_value(custom, raw, self.country)
        except DomainError:
            return []
        return services.value_rows(custom, _PLACEHOLDER, atoms)


async def load_form_mapping(form: LeadForm | None) -> FormMapping | None:
    """The form's mapping, or None (today's rules)."""
    if form is None:
        return None
    entries = await form_mapping_entries(form.organization_id, form.id)
    if not entries:
        return None
    keys = [e["customFieldKey"] for e in entries if e.get("customFieldKey")]
    fields = {f.key: f for f in await CustomField.for_org(form.organization_id).filter(key__in=keys)} if keys else {}
    options = {
        str(q.get("key")): {
            str(o.get("key")): str(o.get("value") or o.get("label") or o.get("key"))
            for o in q.get("options") or []
            if isinstance(o, dict) and o.get("key") is not None
        }
        for q in form.questions or []
        if isinstance(q, dict) and q.get("key")
    }
    country = await Organization.country_of(form.organization_id)
    return FormMapping(
        entries={e["question"]: (e["target"], e.get("customFieldKey")) for e in entries},
        fields=fields,
        options=options,
        country=country,  # type: ignore[arg-type]
    )


async def organisation_data_map(organization_id: uuid.UUID) -> list[dict[str, Any]]:
    """The organisation's own lines of its data map: each personal custom field (where its values live, sealed,
    exported, corrected and erased like built-in fields) and each Lead Ads question mapped to IGNORE (never
    stored). Keys follow the `dataMap` entry's fields; `retention` is None (the caller fills the category's)."""
    from app.customfields.models import VALUE_MODELS

    lines: list[dict[str, Any]] = []
    for custom in await CustomField.for_org(organization_id).filter(personal_data=True).order_by("created_at", "id"):
        lines.append(
            {
                "model": "Lead",
                "table": VALUE_MODELS[custom.category]._meta.db_table,
                "field": f"customFields.{custom.key}",
                "category": custom.category,
                "encrypted": True,
                "exported": True,
                "export_label": custom.label,
                "erasure": "DELETE",
                "correctable": True,
                "stored": True,
            }
        )
    rows = await LeadFormMapping.for_org(organization_id).order_by("created_at", "id")
    forms = {f.id: f for f in await LeadForm.for_org(organization_id).filter(id__in=[r.form_id for r in rows])}
    for row in rows:
        form = forms.get(row.form_id)
        for entry in row.mappings:
            if entry.get("target") != "IGNORE" or form is None:
                continue
            lines.append(
                {
                    "model": "LeadForm",
                    "table": LeadFormMapping._meta.db_table,
                    "field": f"{form.name or form.meta_id}: {entry['question']}",
                    "category": DataCategory.LEAD_ANSWERS,
                    "encrypted": False,
                    "exported": False,
                    "export_label": None,
                    "erasure": "NOT_STORED",
                    "correctable": False,
                    "stored": False,
                }
            )
    return lines
