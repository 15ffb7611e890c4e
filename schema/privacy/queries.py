from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.classification import CATEGORY_PROCESSING, DataCategory
from app.privacy.datamap import data_map
from schema.context import ctx
from schema.permissions import allow
from schema.privacy.accountability import (
    DataMapFieldSourceEnum,
    LegalBasisEnum,
    Processor,
    PurposeEnum,
    processors_for,
)

DataCategoryEnum = strawberry.enum(DataCategory, name="DataCategory")


@strawberry.type(description="One model field that holds personal data (or a secret), and how it is treated.")
class DataMapField:
    model: str
    table: str
    field: str
    category: DataCategoryEnum  # type: ignore[valid-type]
    encrypted: bool
    exported: bool
    export_label: str | None
    erasure: str = strawberry.field(description="DELETE, ANONYMIZE or KEEP.")
    correctable: bool
    retention: str | None = strawberry.field(description="The retention rule that applies, if any.")
    kept_reason: str | None
    purposes: list[PurposeEnum]  # type: ignore[valid-type]
    legal_basis: LegalBasisEnum  # type: ignore[valid-type]
    source: DataMapFieldSourceEnum  # type: ignore[valid-type]  # the main one of the field's sources
    recipients: list[Processor] = strawberry.field(description="The processors that receive this field.")


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(Role.VIEWER),
        description="Every model field holding personal data: category, encryption, retention, export.",
    )
    async def data_map(self, info: Info) -> list[DataMapField]:
        from app.privacy.retention import retention_rules
        from app.privacy.retention_rules import retention_label

        own = {r.category: r for r in await retention_rules(ctx(info).organization_id) if not r.is_default}

        def retention(category: DataCategory | None) -> str | None:
            rule = own.get(category) if category is not None else None
            if rule is None:
                return retention_label(category)
            return retention_label(category, rule.days, rule.action.value)

        entries = [
            DataMapField(
                model=e.model_name,
                table=e.table,
                field=e.field_name,
                category=e.classification.category,
                encrypted=e.classification.encrypted,
                exported=e.classification.export is not None,
                export_label=e.classification.export,
                erasure=e.classification.erase.value,
                correctable=e.classification.correctable,
                retention=retention(e.classification.category),
                kept_reason=e.classification.kept_reason,
                purposes=list(e.classification.purposes or ()),
                legal_basis=e.classification.legal_basis,
                source=(e.classification.sources or ())[0],  # every field has one (tests/test_datamap.py)
                recipients=processors_for(e.classification.recipients),
            )
            for e in data_map()
        ]
        return entries + await _organisation_lines(ctx(info).organization_id, retention)


async def _organisation_lines(organization_id: object, retention: Callable[[Any], str | None]) -> list[DataMapField]:
    """The organisation's own lines: personal custom fields, and Lead Ads questions mapped to IGNORE (never
    stored: `erasure` NOT_STORED, no retention)."""
    from app.customfields.formmapping import organisation_data_map

    lines = []
    for line in await organisation_data_map(organization_id):  # type: ignore[arg-type]
        stored = line.pop("stored")
        processing = CATEGORY_PROCESSING[line["category"]]  # a custom field is processed as its category
        lines.append(
            DataMapField(
                **line,
                retention=retention(line["category"]) if stored else "Never stored (form mapping: IGNORE)",
                kept_reason=None,
                purposes=list(processing.purposes),
                legal_basis=processing.legal_basis,
                source=processing.sources[0],
                recipients=processors_for(processing.recipients if stored else ()),
            )
        )
    return lines
