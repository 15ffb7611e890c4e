"""Custom field definitions (ADMIN) and typed values on leads.

Values are checked against their field's type before anything is written (`INVALID_INPUT` on
`customFields.<key>`); a personal field's values are sealed in the table of its data category and found by a
keyed blind index, so neither the value nor a filter on it ever reaches the database in clear.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tortoise.transactions import in_transaction

from app.accounts.models import Organization
from app.classification import DataCategory
from app.customfields.models import (
    MAX_FIELDS,
    PERSONAL_CATEGORIES,
    VALUE_MODELS,
    CustomField,
    CustomFieldType,
)
from app.errors import DomainError, ErrorCode
from app.orm import get_owned, hold_rows
from app.security.crypto import blind_index, blind_index_candidates, normalize_email, normalize_phone, scope_of
from app.text import MAX_EMAIL, MAX_URL, email_shaped

KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,62}")  # the whole key (fullmatch): no trailing newline
RESERVED_KEYS = frozenset({"id", "email", "phone", "status", "tags"})
MAX_LABEL = 200
MAX_OPTIONS = 100
MAX_OPTION = 200
MAX_TEXT = 1_000  # a TEXT value is one of SPEC §6's "other strings", whatever channel brings it
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SELECTS = (CustomFieldType.SELECT, CustomFieldType.MULTI_SELECT)


def _invalid(message: str, field: str) -> DomainError:
    return DomainError(ErrorCode.INVALID_INPUT, message, field)


# --- definitions -----------------------------------------------------------------------------------


def _clean_label(label: str | None) -> str:
    text = (label or "").strip()
    if not text or len(text) > MAX_LABEL:
        raise _invalid(f"A label has 1 to {MAX_LABEL} characters.", "label")
    return text


def _clean_options(field_type: CustomFieldType, options: Sequence[str] | None) -> list[str] | None:
    if field_type not in SELECTS:
        if options is not None:
            raise _invalid("Only SELECT and MULTI_SELECT fields have options.", "options")
        return None
    cleaned: list[str] = []
    for raw in options or ():
        text = raw.strip()
        if not text or len(text) > MAX_OPTION:
            raise _invalid(f"An option has 1 to {MAX_OPTION} characters.", "options")
        if text in cleaned:
            raise _invalid(f"The option {text!r} is given twice.", "options")
        cleaned.append(text)
    if not cleaned or len(cleaned) > MAX_OPTIONS:
        raise _invalid(f"A {field_type.value} field has 1 to {MAX_OPTIONS} options.", "options")
    return cleaned


def _clean_category(personal: bool, category: DataCategory | None) -> DataCategory | None:
    if personal and category not in PERSONAL_CATEGORIES:
        raise _invalid("A personal field needs a category: LEAD_CONTACT, LEAD_ANSWERS or LEAD_NOTES.", "category")
    if not personal and category is not None:
        raise _invalid("Only a personal field has a category.", "category")
    return category


def clean_key(key: str) -> str:
    if not KEY_PATTERN.fullmatch(key or ""):
        raise _invalid("A key is snake_case: a lowercase letter, then letters, digits or _ (at most 63).", "key")
    if key in RESERVED_KEYS:
        raise _invalid(f"{key!r} is a built-in field's name.", "key")
    return key


async def custom_fields(organization_id: uuid.UUID) -> list[CustomField]:
    return await CustomField.for_org(organization_id).order_by("created_at", "id")


async def get_field(
    organization_id: uuid.UUID, field_id: uuid.UUID | None, field: str = "id", *, lock: bool = False
) -> CustomField:
    """`lock`: FOR UPDATE in the caller's transaction, waiting for lead writes that hold the field FOR SHARE."""
    return await get_owned(CustomField, organization_id, field_id, "No such custom field.", field=field, lock=lock)


async def create_field(
    organization_id: uuid.UUID,
    *,
    key: str,
    label: str,
    field_type: CustomFieldType,
    options: Sequence[str] | None = None,
    personal_data: bool = False,
    category: DataCategory | None = None,
) -> CustomField:
    """A new field; at most MAX_FIELDS per organisation, keys unique."""
    key = clean_key(key)
    label = _clean_label(label)
    cleaned_options = _clean_options(field_type, options)
    category = _clean_category(personal_data, category)
    async with in_transaction():
        await Organization.select_for_update().filter(id=organization_id).first()  # serialises the count
        if await CustomField.for_org(organization_id).count() >= MAX_FIELDS:
            raise _invalid(f"An organisation has at most {MAX_FIELDS} custom fields.", "key")
        if await CustomField.for_org(organization_id).filter(key=key).exists():
            raise _invalid(f"A custom field with the key {key!r} exists.", "key")
        row = await CustomField.create(
            organization_id=organization_id,
            key=key,
            label=label,
            type=field_type,
            options=cleaned_options,
            personal_data=personal_data,
            category=category,
        )
    await _audit("custom_field.created", row)
    return row


_UNSET: Any = object()


async def update_field(
    organization_id: uuid.UUID,
    field_id: uuid.UUID,
    *,
    key: str | None = None,
    field_type: CustomFieldType | None = None,
    label: str | None = None,
    options: Sequence[str] | None = None,
    personal_data: bool | None = None,
    category: DataCategory | None = _UNSET,
) -> CustomField:
    """Change the label, options or classification; key and type are fixed. Reclassifying moves the values
    to the table of their new category (sealing or unsealing them); the field stays locked meanwhile, so a lead
    write waits and then stores its value in the new table (`write_values`)."""
    async with in_transaction():
        row = await get_field(organization_id, field_id, lock=True)
        if key is not None and key != row.key:
            raise _invalid("A custom field's key cannot change.", "key")
        if field_type is not None and field_type is not row.type:
            raise _invalid("A custom field's type cannot change.", "type")
        if label is not None:
            row.label = _clean_label(label)
        if options is not None:
            row.options = _clean_options(row.type, options)
        personal = row.personal_data if personal_data is None else personal_data
        if category is _UNSET:
            category = row.category if personal else None
        new_category = _clean_category(personal, category)
        old_model = VALUE_MODELS[row.category if row.personal_data else None]
        new_model = VALUE_MODELS[new_category if personal else None]
        if old_model is not new_model:
            moved = await old_model.filter(organization_id=organization_id, field_id=row.id)
            await old_model.filter(organization_id=organization_id, field_id=row.id).delete()
            row.personal_data, row.category = personal, new_category
            await new_model.bulk_create([_row(new_model, row, m.lead_id, m.position, _atom_of(m.value)) for m in moved])
        row.personal_data, row.category = personal, new_category
        await row.save()
    await _audit("custom_field.updated", row)
    return row


async def delete_field(organization_id: uuid.UUID, field_id: uuid.UUID) -> CustomField:
    """Remove a field and every value of it (the value rows cascade); form mappings forget it (saved views:
    app.savedviews.services.forget_custom_field). Locked first: lead writes of it finish before, or find it gone."""
    async with in_transaction():
        row = await get_field(organization_id, field_id, lock=True)
        for model in VALUE_MODELS.values():
            await model.filter(organization_id=organization_id, field_id=row.id).delete()
        await _forget_in_mappings(organization_id, row.key)
        await row.delete()
    await _audit("custom_field.deleted", row)
    return row


async def _audit(action: str, row: CustomField) -> None:
    """Definitions shape what the organisation holds about people: each change is in the audit trail."""
    from app.audit import services as audit

    details = {
        "key": row.key,
        "type": row.type.value,
        "personalData": row.personal_data,
        "category": row.category.value if row.category else None,
    }
    await audit.record_change(action, row, None, details)


async def _forget_in_mappings(organization_id: uuid.UUID, key: str) -> None:
    """A form question mapped to a deleted field goes back to the default rules."""
    from app.customfields.models import LeadFormMapping

    for mapping in await LeadFormMapping.for_org(organization_id):
        kept = [e for e in mapping.mappings if e.get("customFieldKey") != key]
        if len(kept) != len(mapping.mappings):
            if kept:
                mapping.mappings = kept
                await mapping.save(update_fields=["mappings", "updated_at"])
            else:
                await mapping.delete()


# --- values ----------------------------------------------------------------------------------------


MAX_INTEGER = 2**63 - 1  # what a JSON column holds exactly (and JavaScript's clients read as a number)


def _number(value: Any, where: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid("A NUMBER value is a JSON number.", where)
    if isinstance(value, int) and not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise _invalid(f"A whole NUMBER lies within ±{MAX_INTEGER:,}.", where)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise _invalid("A NUMBER value is a finite number.", where)
    return value


def _date(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _DATE.match(value):
        raise _invalid("A DATE value is written YYYY-MM-DD.", where)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise _invalid("This date does not exist.", where) from None
    return value


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise _invalid("This value is a string.", where)
    text = value.strip()
    if not text or len(text) > limit:
        raise _invalid(f"This value has 1 to {limit} characters.", where)
    return text


def check_value(field: CustomField, value: Any, default_country: str | None) -> list[Any]:
    """The value's atoms as stored (a MULTI_SELECT gives one per option); [] clears. Wrong type, invalid
    option or unparseable contact -> INVALID_INPUT on `customFields.<key>`."""
    where = f"customFields.{field.key}"
    if value is None:
        return []
    kind = field.type
    if kind is CustomFieldType.TEXT:
        return [_text(value, where)]
    if kind is CustomFieldType.NUMBER:
        return [_number(value, where)]
    if kind is CustomFieldType.DATE:
        return [_date(value, where)]
    if kind is CustomFieldType.BOOLEAN:
        if not isinstance(value, bool):
            raise _invalid("A BOOLEAN value is true or false.", where)
        return [value]
    if kind is CustomFieldType.SELECT:
        if not isinstance(value, str) or value not in (field.options or []):
            raise _invalid("This is not one of the field's options.", where)
        return [value]
    if kind is CustomFieldType.MULTI_SELECT:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _invalid("A MULTI_SELECT value is a list of options.", where)
        if any(v not in (field.options or []) for v in value):
            raise _invalid("This is not one of the field's options.", where)
        return list(dict.fromkeys(value))
    if kind is CustomFieldType.URL:
        text = _text(value, where, MAX_URL)
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
            raise _invalid("A URL starts with http:// or https://.", where)
        return [text]
    if kind is CustomFieldType.EMAIL:
        text = _text(value, where, MAX_EMAIL)
        if not email_shaped(text):
            raise _invalid("This is not an email address.", where)
        return [text]
    text = _text(value, where, 64)  # PHONE, stored E.164
    e164 = normalize_phone(text, default_country)
    if e164 is None:
        raise _invalid("This is not a phone number.", where)
    return [e164]


def parse_text(field: CustomField, text: str) -> Any:
    """A CSV cell as the JSON value it stands for ('' = no value; MULTI_SELECT options `;`-separated)."""
    text = text.strip()
    if not text:
        return None
    where = f"customFields.{field.key}"
    if field.type is CustomFieldType.NUMBER:
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise _invalid("A NUMBER value is a number.", where) from None
        return int(number) if number == number.to_integral_value() and "." not in text else float(number)
    if field.type is CustomFieldType.BOOLEAN:
        lowered = text.lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise _invalid("A BOOLEAN value is true or false.", where)
    if field.type is CustomFieldType.MULTI_SELECT:
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def _normalized(field: CustomField, atom: Any) -> str:
    """What the blind index is computed over: equal values give equal indexes."""
    if field.type is CustomFieldType.NUMBER:
        return format(Decimal(str(atom)).normalize(), "f")
    if field.type is CustomFieldType.BOOLEAN:
        return "true" if atom else "false"
    if field.type is CustomFieldType.EMAIL:
        return normalize_email(str(atom))
    return str(atom)


def _kind(field: CustomField) -> str:
    return f"custom:{field.id}"


def value_index(field: CustomField, atom: Any) -> str:
    return blind_index(scope_of(field.organization_id), _kind(field), _normalized(field, atom))


def _atom_of(stored: Any) -> Any:
    return stored.get("value") if isinstance(stored, dict) else stored


def _row(model: type[Any], field: CustomField, lead_id: uuid.UUID, position: int, atom: Any) -> Any:
    return model(
        organization_id=field.organization_id,
        lead_id=lead_id,
        field_id=field.id,
        position=position,
        value={"key": field.key, "value": atom},
        value_bidx=value_index(field, atom),
    )


def value_model(field: CustomField) -> type[Any]:
    return VALUE_MODELS[field.category if field.personal_data else None]


def value_rows(field: CustomField, lead_id: uuid.UUID, atoms: Sequence[Any]) -> list[Any]:
    """Unsaved value rows of a lead (for bulk inserts such as an import)."""
    model = value_model(field)
    return [_row(model, field, lead_id, i, atom) for i, atom in enumerate(atoms)]


def _entries(values: Mapping[str, Any] | Iterable[Any]) -> list[tuple[str, Any]]:
    """`[{key, value}]`, objects with `.key`/`.value`, or a {key: value} mapping, as pairs."""
    if isinstance(values, Mapping):
        return list(values.items())
    pairs: list[tuple[str, Any]] = []
    for item in values:
        if isinstance(item, Mapping):
            pairs.append((str(item.get("key")), item.get("value")))
        else:
            pairs.append((str(item.key), item.value))
    return pairs


@dataclass(frozen=True)
class CheckedValues:
    """Values that passed their checks: per field, the atoms to store ([] = clear)."""

    organization_id: uuid.UUID
    items: tuple[tuple[CustomField, tuple[Any, ...]], ...]

    def __bool__(self) -> bool:
        return bool(self.items)


async def check_values(
    organization_id: uuid.UUID,
    values: Mapping[str, Any] | Iterable[Any] | None,
    default_country: str | None = None,
    *,
    fields: Mapping[str, CustomField] | None = None,
) -> CheckedValues:
    """Validate `[{key, value}]` against the organisation's fields; unknown key -> INVALID_INPUT."""
    pairs = _entries(values or [])
    if not pairs:
        return CheckedValues(organization_id, ())
    if fields is None:
        fields = {f.key: f for f in await CustomField.for_org(organization_id).filter(key__in=[k for k, _ in pairs])}
    if default_country is None:
        default_country = (
            await Organization.filter(id=organization_id)
            .first()
            .values_list(  # type: ignore[assignment]
                "default_country", flat=True
            )
        )
    checked: dict[str, tuple[CustomField, tuple[Any, ...]]] = {}
    for key, value in pairs:
        field = fields.get(key)
        if field is None:
            raise _invalid(f"There is no custom field {key!r}.", f"customFields.{key}")
        if key in checked:
            raise _invalid(f"{key!r} is given twice.", f"customFields.{key}")
        checked[key] = (field, tuple(check_value(field, value, default_country)))
    return CheckedValues(organization_id, tuple(checked.values()))


async def lock_fields(organization_id: uuid.UUID, field_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, CustomField]:
    """The fields as they are now, held FOR SHARE until the caller's transaction ends: a deletion or a
    reclassification (FOR UPDATE) waits for values written meanwhile, and a write after it sees the field gone
    or in its new table. Fields checked earlier may be stale. SQLite has one writer at a time already."""
    held = await hold_rows(CustomField, organization_id, list(field_ids))
    return {f.id: f for f in await CustomField.for_org(organization_id).filter(id__in=list(held))} if held else {}


async def insert_value_rows(organization_id: uuid.UUID, rows: Sequence[Any]) -> None:
    """Insert value rows built before the caller's transaction (an import's, a Lead Ads form mapping's) as the
    fields are now (run inside that transaction): held FOR SHARE, a deleted field's rows dropped, and a field
    reclassified since gets its rows in its new table (sealed when it became personal)."""
    if not rows:
        return
    current = await lock_fields(organization_id, {row.field_id for row in rows})
    tables: dict[type[Any], list[Any]] = {}
    for row in rows:
        field = current.get(row.field_id)
        if field is None:
            continue
        model = value_model(field)
        if type(row) is not model:
            row = _row(model, field, row.lead_id, row.position, row.value["value"])
        tables.setdefault(model, []).append(row)
    for model, batch in tables.items():
        await model.bulk_create(batch)


async def write_values(lead_id: uuid.UUID, checked: CheckedValues) -> None:
    """Replace each given field's value on the lead (run inside the caller's transaction). A field deleted since
    the check -> INVALID_INPUT on `customFields.<key>`; one reclassified since is written to its new table."""
    current = await lock_fields(checked.organization_id, [field.id for field, _ in checked.items])
    for checked_field, atoms in checked.items:
        field = current.get(checked_field.id)
        if field is None:
            key = checked_field.key
            raise _invalid(f"There is no custom field {key!r}.", f"customFields.{key}")
        model = value_model(field)
        await model.filter(organization_id=checked.organization_id, lead_id=lead_id, field_id=field.id).delete()
        if atoms:
            await model.bulk_create(value_rows(field, lead_id, atoms))


async def keep_one_value_per_field(
    organization_id: uuid.UUID, primary_id: uuid.UUID, duplicate_ids: Sequence[uuid.UUID]
) -> int:
    """Before a merge moves the duplicates' rows to the primary (SPEC §7.7 "custom values (the primary's win)"):
    per field, only one lead's value stays, the primary's when it has one, else the first duplicate's having one
    (in the order given, as for contact fields); the others' rows of that field are deleted, so what is left moves
    whole and a MULTI_SELECT never becomes the union of several leads' choices. The value tables have no unique
    constraint that would say so. Run in the merge's transaction (the leads locked); the fields are held FOR SHARE
    like any lead write of values, so a reclassification waits instead of moving rows of a lead being deleted.
    Returns how many rows were dropped."""
    leads = [primary_id, *duplicate_ids]
    rank = {lead_id: i for i, lead_id in enumerate(leads)}
    field_ids: set[uuid.UUID] = set()
    for model in VALUE_MODELS.values():
        rows = model.filter(organization_id=organization_id, lead_id__in=leads)
        field_ids.update(await rows.values_list("field_id", flat=True))
    if not field_ids:
        return 0
    await lock_fields(organization_id, field_ids)
    # Read again under the lock: a reclassification that committed meanwhile moved rows to another table.
    found: list[tuple[type[Any], uuid.UUID, uuid.UUID, uuid.UUID]] = []
    for model in VALUE_MODELS.values():
        rows = model.filter(organization_id=organization_id, lead_id__in=leads)
        found.extend((model, *row) for row in await rows.values_list("id", "lead_id", "field_id"))
    owner: dict[uuid.UUID, uuid.UUID] = {}
    for _, _, lead_id, field_id in found:
        if field_id not in owner or rank[lead_id] < rank[owner[field_id]]:
            owner[field_id] = lead_id
    dropped: dict[type[Any], list[uuid.UUID]] = {}
    for model, row_id, lead_id, field_id in found:
        if lead_id != owner[field_id]:
            dropped.setdefault(model, []).append(row_id)
    for model, ids in dropped.items():
        await model.filter(id__in=ids).delete()
    return sum(len(ids) for ids in dropped.values())


async def apply_custom_values(organization_id: uuid.UUID, lead: Any, values: Any) -> bool:
    """Check and store custom values on one lead (`[{key, value}]` or {key: value}); null clears.
    Raises INVALID_INPUT on `customFields.<key>` before anything is written. True when something was given."""
    checked = await check_values(organization_id, values)
    if not checked:
        return False
    async with in_transaction():
        await write_values(lead.id, checked)
    return True


async def lead_values(
    organization_id: uuid.UUID, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[CustomField, Any]]]:
    """Each lead's values, in the fields' order: (field, JSON value) with MULTI_SELECT as a list."""
    if not lead_ids:
        return {}
    fields = {f.id: f for f in await custom_fields(organization_id)}
    atoms: dict[tuple[uuid.UUID, uuid.UUID], list[tuple[int, Any]]] = {}
    for model in VALUE_MODELS.values():
        for row in await model.filter(organization_id=organization_id, lead_id__in=list(lead_ids)):
            atoms.setdefault((row.lead_id, row.field_id), []).append((row.position, _atom_of(row.value)))
    order = {fid: i for i, fid in enumerate(fields)}
    result: dict[uuid.UUID, list[tuple[CustomField, Any]]] = {}
    for (lead_id, field_id), found in sorted(atoms.items(), key=lambda kv: order.get(kv[0][1], 0)):
        field = fields.get(field_id)
        if field is None:
            continue
        ordered = [a for _, a in sorted(found, key=lambda p: p[0])]
        value = ordered if field.type is CustomFieldType.MULTI_SELECT else ordered[0]
        result.setdefault(lead_id, []).append((field, value))
    return result


# --- filtering -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomMatch:
    """`leads(filter: {customField: {key, equals}})` resolved: the table, the field and the indexes to match."""

    table: str
    field_id: uuid.UUID
    indexes: tuple[str, ...]
    key: str
    personal: bool

    def as_json(self) -> dict[str, Any]:
        """As a job seals it (a bulk update or export evaluates its filter when it starts)."""
        return {
            "table": self.table,
            "fieldId": str(self.field_id),
            "indexes": list(self.indexes),
            "key": self.key,
            "personal": self.personal,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CustomMatch:
        if data["table"] not in {model._meta.db_table for model in VALUE_MODELS.values()}:
            raise ValueError("not a custom value table")  # the table name is written into SQL
        return cls(data["table"], uuid.UUID(data["fieldId"]), tuple(data["indexes"]), data["key"], data["personal"])


async def field_by_key(organization_id: uuid.UUID, key: str, where: str = "customField.key") -> CustomField:
    row = await CustomField.for_org(organization_id).get_or_none(key=key)
    if row is None:
        raise _invalid(f"There is no custom field {key!r}.", where)
    return row


async def custom_match(organization_id: uuid.UUID, key: str, equals: Any) -> CustomMatch:
    """Exact match; a MULTI_SELECT `equals` one option matches leads that chose it (contains)."""
    field = await field_by_key(organization_id, key)
    country = await Organization.country_of(organization_id)
    if field.type is CustomFieldType.MULTI_SELECT and not isinstance(equals, list):
        equals = [equals]
    atoms = check_value(field, equals, country)  # type: ignore[arg-type]
    if len(atoms) != 1:
        raise _invalid("Filter on exactly one value.", "customField.equals")
    indexes = blind_index_candidates(scope_of(organization_id), _kind(field), _normalized(field, atoms[0]))
    return CustomMatch(
        table=value_model(field)._meta.db_table,
        field_id=field.id,
        indexes=tuple(indexes),
        key=field.key,
        personal=field.personal_data,
    )
