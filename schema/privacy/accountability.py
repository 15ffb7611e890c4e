"""GraphQL of accountability: the processors list (public) and the records of processing (ADMIN)."""

from __future__ import annotations

import datetime as dt
import enum

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from app.accounts.models import Role
from app.classification import DataMapFieldSource, LegalBasis, Purpose
from app.privacy.records import records_csv, records_of_processing
from app.processors import ProcessorEntry, Safeguard, is_transfer
from app.settings import get_settings
from schema.context import ctx
from schema.permissions import allow, public
from schema.relay import from_row

PurposeEnum = strawberry.enum(Purpose, name="Purpose")
LegalBasisEnum = strawberry.enum(LegalBasis, name="LegalBasis")
DataMapFieldSourceEnum = strawberry.enum(DataMapFieldSource, name="DataMapFieldSource")
ProcessorSafeguardEnum = strawberry.enum(Safeguard, name="ProcessorSafeguard")


@strawberry.enum(name="RecordsOfProcessingFormat")
class RecordsOfProcessingFormat(enum.Enum):
    JSON = "JSON"
    CSV = "CSV"


@strawberry.type(description="A recipient of personal data (QUANTIX_PROCESSORS_FILE) and whether it is a transfer.")
class Processor:
    key: str
    name: str
    purpose: str
    categories: list[str]
    country: str = strawberry.field(description="ISO 3166-1 alpha-2.")
    safeguard: ProcessorSafeguardEnum  # type: ignore[valid-type]
    url: str
    transfer: bool = strawberry.field(description="Outside QUANTIX_DATA_REGION: needs a safeguard.")


def processor_type(p: ProcessorEntry) -> Processor:
    return from_row(Processor, p, categories=list(p.categories), transfer=is_transfer(p, get_settings().data_region))


def processors_for(keys: tuple[str, ...] | None) -> list[Processor]:
    """The processors of a data-map field's recipient keys, in the file's order (unlisted keys are skipped)."""
    wanted = set(keys or ())
    return [processor_type(p) for p in get_settings().processors if p.key in wanted]


@strawberry.input
class RecordsOfProcessingInput:
    format: RecordsOfProcessingFormat = RecordsOfProcessingFormat.JSON


@strawberry.type(description="Records of processing activities (Art. 30 GDPR): one row per purpose.")
class RecordsOfProcessing:
    document: JSON
    csv: str | None = strawberry.field(description="The rows as CSV; set when `format` is CSV.")
    generated_at: dt.datetime


@strawberry.type
class Query:
    @strawberry.field(extensions=public(), description="Every processor (sub-processor) and transfer; public.")
    def processors(self) -> list[Processor]:
        return [processor_type(p) for p in get_settings().processors]

    @strawberry.field(
        extensions=allow(Role.ADMIN),
        description="The organisation's records of processing, from the data map, processors and retention rules.",
    )
    async def records_of_processing(self, info: Info, input: RecordsOfProcessingInput) -> RecordsOfProcessing:
        fmt = input.format
        document = await records_of_processing(ctx(info).organization_id)
        return RecordsOfProcessing(
            document=document,
            csv=records_csv(document) if fmt is RecordsOfProcessingFormat.CSV else None,
            generated_at=dt.datetime.fromisoformat(document["generatedAt"]),
        )
