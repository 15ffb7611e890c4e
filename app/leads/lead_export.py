"""List exports of leads (SPEC §7.5, §7.7) as a `LEAD_EXPORT` job: CSV or XLSX, flat memory, sealed at rest.

Rows are read in keyset pages and written as they come: CSV straight into AES-GCM-sealed chunks under a
per-export data key (no plaintext file), XLSX through XlsxWriter's `constant_memory` mode into a private
temporary directory, then sealed the same way. The export turns READY (chunk count, size, expiry) in the
same transaction as its one audit event (row count, and the exported lead ids by reference: each page's ids go
to a `LeadExportLeads` row as the page is written, so memory stays flat), so a worker killed mid-way never leaves
a half file downloadable nor an audit event; a re-run starts clean. `/exports/{token}` serves it 72 hours, at most
5 complete downloads, then 410. `Job.result` holds counts only.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import os
import tempfile
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise.transactions import in_transaction

from app.accounts.models import Organization, User
from app.audit import services as audit
from app.campaigns.models import Ad, AdSet, Campaign, LeadForm
from app.customfields.services import custom_fields, lead_values
from app.ids import global_id
from app.jobs import Job, JobKind, cron, enqueue, handler, report_progress
from app.leads.columns import CUSTOM_PREFIX, validate_columns
from app.leads.models import (
    Lead,
    LeadExport,
    LeadExportChunk,
    LeadExportFormat,
    LeadExportLeads,
    LeadExportStatus,
)
from app.leads.queries import LeadFilter, LeadRow, filter_leads, lead_tags
from app.security.sealed import (
    CHUNK_SIZE,
    EXPORT_LIFETIME,
    MAX_DOWNLOADS,  # noqa: F401  # schema/leads/bulk.py reads it here
    DownloadLinks,
    ExportGone,
    check_downloadable,
    seal,
    unsealed_chunks,
)

PAGE = 1_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CONTENT_TYPES = {
    LeadExportFormat.CSV: "text/csv; charset=utf-8",
    LeadExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def safe_cell(value: Any) -> str:
    """The cell's text; one starting like a formula (= + - @ TAB CR) gets a leading `'` (CSV injection)."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, dt.datetime) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


async def start_lead_export(
    organization_id: uuid.UUID,
    *,
    fmt: LeadExportFormat,
    flt: LeadFilter | None,
    columns: Sequence[str] | None,
    actor_id: uuid.UUID | None,
) -> tuple[LeadExport, Job]:
    """Check the columns (INVALID_INPUT on `columns`) and queue the job; the filter is sealed on the job row."""
    chosen = validate_columns(columns, [f.key for f in await custom_fields(organization_id)])
    export = await LeadExport.create(
        organization_id=organization_id, requested_by_id=actor_id, format=fmt, columns=chosen
    )
    job = await enqueue(
        JobKind.LEAD_EXPORT,
        {"export_id": str(export.id)},
        organization_id=organization_id,
        created_by_id=actor_id,
        dedupe_key=f"lead-export:{export.id}",
        sealed={"filter": (flt or LeadFilter()).to_json()},
    )
    export.job_id = job.id
    await export.save(update_fields=["job_id"])
    return export, job


# --- rows ----------------------------------------------------------------------------------------------


class _Names:
    """Display names of the objects a page of leads points at, loaded once per page (one query each)."""

    def __init__(self, columns: Sequence[str] = ()) -> None:
        self.users: dict[uuid.UUID, str] = {}
        self.custom = any(c.startswith(CUSTOM_PREFIX) for c in columns)

    async def load(self, organization_id: uuid.UUID, leads: list[Lead]) -> dict[str, dict[uuid.UUID, str]]:
        out: dict[str, dict[uuid.UUID, str]] = {}
        for key, model, column in (
            ("campaign", Campaign, "campaign_id"),
            ("adSet", AdSet, "ad_set_id"),
            ("ad", Ad, "ad_id"),
            ("form", LeadForm, "form_id"),
        ):
            ids = {getattr(lead, column) for lead in leads if getattr(lead, column)}
            rows = (
                await model.for_org(organization_id).filter(id__in=list(ids)).values_list("id", "name") if ids else []
            )
            out[key] = {row[0]: row[1] for row in rows}
        owners = {lead.owner_id for lead in leads if lead.owner_id and lead.owner_id not in self.users}
        if owners:
            for user in await User.filter(id__in=list(owners)):
                self.users[user.id] = user.full_name
        out["owner"] = self.users
        if self.custom:
            found = await lead_values(organization_id, [lead.id for lead in leads])
            out["custom"] = {pk: {f.key: value for f, value in values} for pk, values in found.items()}
        return out


_READ = (
    "id",
    "organization_id",
    "full_name",
    "email",
    "phone",
    "status",
    "source",
    "owner_id",
    "campaign_id",
    "ad_set_id",
    "ad_id",
    "form_id",
    "score",
    "created_at",
    "updated_at",
    "first_response_at",
)


def _value(column: str, lead: Lead, tags: list[str], names: dict[str, dict[uuid.UUID, str]]) -> Any:
    match column:
        case "id":
            return global_id("Lead", lead.id)
        case "fullName":
            return lead.full_name
        case "email":
            return lead.email
        case "phone":
            return lead.phone
        case "status":
            return lead.status.value
        case "source":
            return lead.source.value
        case "owner":
            return names["owner"].get(lead.owner_id) if lead.owner_id else None
        case "tags":
            return "; ".join(tags)
        case "campaign":
            return names["campaign"].get(lead.campaign_id) if lead.campaign_id else None
        case "adSet":
            return names["adSet"].get(lead.ad_set_id) if lead.ad_set_id else None
        case "ad":
            return names["ad"].get(lead.ad_id) if lead.ad_id else None
        case "form":
            return names["form"].get(lead.form_id) if lead.form_id else None
        case "score":
            return lead.score
        case "createdAt":
            return lead.created_at
        case "updatedAt":
            return lead.updated_at
        case "firstResponseAt":
            return lead.first_response_at
    if column.startswith(CUSTOM_PREFIX):
        value = names.get("custom", {}).get(lead.id, {}).get(column[len(CUSTOM_PREFIX) :])
        return "; ".join(map(str, value)) if isinstance(value, list) else value
    return None


async def _pages(organization_id: uuid.UUID, flt: LeadFilter) -> AsyncGenerator[tuple[list[Lead], dict[Any, Any]]]:
    """The matching leads, oldest first, a page at a time with their tags (bounded memory)."""
    selection = filter_leads(organization_id, await Organization.country_of(organization_id), flt)
    after: tuple[Any, Any] | None = None
    while True:
        rows: list[LeadRow] = await selection.page("created_at", False, after, PAGE, columns=["id"])
        if not rows:
            return
        ids = [r.id for r in rows]
        page = Lead.for_org(organization_id).filter(id__in=ids).only(*_READ)  # no answers: not a column
        by_id = {lead.id: lead for lead in await page}
        leads = [by_id[i] for i in ids if i in by_id]
        yield leads, await lead_tags(organization_id, ids)
        if len(rows) < PAGE:
            return
        after = (rows[-1].created_at, rows[-1].id)


# --- sealing -------------------------------------------------------------------------------------------


def _aad(export_id: uuid.UUID, seq: int) -> bytes:
    return f"quantix-lead-export:{export_id}:{seq}".encode()


class _Sealer:
    """Buffers bytes and stores each full CHUNK_SIZE slice as a sealed chunk row."""

    def __init__(self, export: LeadExport, key: bytes) -> None:
        self.export = export
        self.aead = AESGCM(key)
        self.buffer = bytearray()
        self.seq = 0
        self.size = 0
        self.sha = hashlib.sha256()

    async def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= CHUNK_SIZE:
            await self._store(bytes(self.buffer[:CHUNK_SIZE]))
            del self.buffer[:CHUNK_SIZE]

    async def close(self) -> None:
        if self.buffer or self.seq == 0:
            await self._store(bytes(self.buffer))
            self.buffer.clear()

    async def _store(self, chunk: bytes) -> None:
        self.sha.update(chunk)
        self.size += len(chunk)
        await LeadExportChunk.create(
            organization_id=self.export.organization_id,
            export_id=self.export.id,
            seq=self.seq,
            data=seal(self.aead, chunk, _aad(self.export.id, self.seq)),
        )
        self.seq += 1


async def _record_ids(export: LeadExport, seq: int, leads: list[Lead]) -> None:
    """Keep one page's lead ids for the audit event (16 bytes each, in export order)."""
    await LeadExportLeads.create(
        organization_id=export.organization_id,
        export_id=export.id,
        seq=seq,
        lead_ids=b"".join(lead.id.bytes for lead in leads),
    )


async def _write_csv(export: LeadExport, flt: LeadFilter, sealer: _Sealer, job: Job, total: int) -> tuple[int, int]:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(export.columns)
    await sealer.write(text.getvalue().encode("utf-8"))
    names = _Names(export.columns)
    count, pages = 0, 0
    async for leads, tags in _pages(export.organization_id, flt):
        text.seek(0)
        text.truncate()
        page_names = await names.load(export.organization_id, leads)
        for lead in leads:
            writer.writerow([safe_cell(_value(c, lead, tags.get(lead.id, []), page_names)) for c in export.columns])
        count += len(leads)
        await sealer.write(text.getvalue().encode("utf-8"))
        await _record_ids(export, pages, leads)
        pages += 1
        await report_progress(job, min(95, 5 + count * 90 // max(total, 1)))
    return count, pages


async def _write_xlsx(export: LeadExport, flt: LeadFilter, sealer: _Sealer, job: Job, total: int) -> tuple[int, int]:
    import xlsxwriter  # a streaming writer: rows go to disk as they are written (constant_memory)

    names = _Names(export.columns)
    count, pages = 0, 0
    with tempfile.TemporaryDirectory(prefix="quantix-lead-export-") as tmp:
        path = os.path.join(tmp, "leads.xlsx")
        options = {
            "constant_memory": True,
            "tmpdir": tmp,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        }
        book = xlsxwriter.Workbook(path, options)
        sheet = book.add_worksheet("Leads")
        for col, name in enumerate(export.columns):
            sheet.write_string(0, col, name)
        async for leads, tags in _pages(export.organization_id, flt):
            page_names = await names.load(export.organization_id, leads)
            for lead in leads:
                count += 1
                for col, column in enumerate(export.columns):
                    value = _value(column, lead, tags.get(lead.id, []), page_names)
                    if isinstance(value, int) and not isinstance(value, bool):
                        sheet.write_number(count, col, value)
                    else:
                        sheet.write_string(count, col, safe_cell(value))
            await _record_ids(export, pages, leads)
            pages += 1
            await report_progress(job, min(90, 5 + count * 85 // max(total, 1)))
        book.close()
        with open(path, "rb") as built:  # noqa: ASYNC230 (a local temp file, read in slices)
            while data := built.read(CHUNK_SIZE):
                await sealer.write(data)
    return count, pages


ID_PAGES = 20  # pages of ids read at once (20,000 ids, 320 KB)
# An export of up to this many leads names their global ids in its audit event (SPEC §7.7); a larger one names
# them by reference to its LeadExportLeads rows (16 bytes a lead), which incident assessments read the same way.
INLINE_LEAD_IDS = 1_000


async def exported_lead_ids(organization_id: uuid.UUID, reference: Any) -> AsyncIterator[list[uuid.UUID]]:
    """The lead ids an export's audit event names (`details.leadIds = {"export": <id>}`), in export order, a few
    pages at a time: the (export_id, seq) index, never another organisation's rows."""
    if not isinstance(reference, dict) or not reference.get("export"):
        return
    try:
        export_id = uuid.UUID(str(reference["export"]))
    except ValueError:
        return
    after = -1
    while True:
        rows = (
            await LeadExportLeads.for_org(organization_id)
            .filter(export_id=export_id, seq__gt=after)
            .order_by("seq")
            .limit(ID_PAGES)
            .values_list("seq", "lead_ids")
        )
        for _, raw in rows:
            data = bytes(raw)
            yield [uuid.UUID(bytes=data[i : i + 16]) for i in range(0, len(data), 16)]
        if len(rows) < ID_PAGES:
            return
        after = rows[-1][0]


@handler(JobKind.LEAD_EXPORT)
async def run_lead_export(job: Job) -> dict[str, Any]:
    export = await LeadExport.get_or_none(id=job.payload.get("export_id"))
    if export is None or job.organization_id is None or export.organization_id != job.organization_id:
        return {"status": "nothing to do"}
    if export.status is LeadExportStatus.READY:
        return {"rows": export.row_count}
    await LeadExportChunk.filter(export_id=export.id).delete()  # a re-run after a crash starts clean
    await LeadExportLeads.filter(export_id=export.id).delete()
    key = AESGCM.generate_key(bit_length=256)
    export.status = LeadExportStatus.RUNNING
    export.data_key = base64.b64encode(key).decode("ascii")
    await export.save(update_fields=["status", "data_key"])
    flt = LeadFilter.from_json((job.sealed or {}).get("filter"))
    country = await Organization.country_of(export.organization_id)
    total = await filter_leads(export.organization_id, country, flt).count()
    sealer = _Sealer(export, key)
    write = _write_xlsx if export.format is LeadExportFormat.XLSX else _write_csv
    count, pages = await write(export, flt, sealer, job, total)
    await sealer.close()
    reference = {"export": str(export.id), "pages": pages}  # the LeadExportLeads rows
    lead_ids: Any = reference
    if count <= INLINE_LEAD_IDS:  # the event itself names them, as clients read it (auditEvents.details)
        lead_ids = [
            global_id("Lead", pk) async for page in exported_lead_ids(export.organization_id, reference) for pk in page
        ]
    now = _now()
    async with in_transaction():
        await LeadExport.filter(id=export.id).update(
            status=LeadExportStatus.READY,
            row_count=count,
            size_bytes=sealer.size,
            sha256=sealer.sha.hexdigest(),
            chunk_count=sealer.seq,
            completed_at=now,
            expires_at=now + EXPORT_LIFETIME,
        )
        await audit.record(
            "lead.exported",
            organization_id=export.organization_id,
            actor_user_id=export.requested_by_id,
            target_type="LeadExport",
            target_id=export.id,
            details={
                "rows": count,
                "format": export.format.value,
                "columns": export.columns,
                "leadIds": lead_ids,
            },
        )
    return {"rows": count, "format": export.format.value, "sizeBytes": sealer.size}


# --- download ------------------------------------------------------------------------------------------


LINKS = DownloadLinks(b"quantix-lead-export")  # a different key use than privacy exports
export_token = LINKS.token


def export_url(export: LeadExport) -> str:
    return LINKS.url(export.id)


def download_name(export: LeadExport) -> str:
    return f"leads-{export.created_at:%Y%m%d-%H%M%S}.{export.format.value.lower()}"


async def open_lead_download(token: str) -> tuple[LeadExport, AsyncGenerator[bytes]] | None:
    """The export and its plaintext stream; None for a token that is not a lead export's (404)."""
    export_id = LINKS.parse(token)
    if export_id is None:
        return None
    export = await LeadExport.get_or_none(id=export_id)
    if export is None or export.status is not LeadExportStatus.READY or not export.data_key:
        if export is not None and export.status in (LeadExportStatus.PENDING, LeadExportStatus.RUNNING):
            return None  # not published yet: nothing to download
        raise ExportGone()
    check_downloadable(export.expires_at, export.downloads, _now())
    return export, unsealed_chunks(export, LeadExportChunk, _aad)


@cron("lead-exports-purge", minute=23)
async def purge_expired_lead_exports(now: dt.datetime | None = None) -> int:
    """Drop the sealed bytes of exports past their 72 hours (the link then answers 410)."""
    expired = await LeadExport.filter(expires_at__lte=now or _now()).values_list("id", flat=True)
    if not expired:
        return 0
    await LeadExportChunk.filter(export_id__in=list(expired)).delete()
    return await LeadExport.filter(id__in=list(expired)).update(data_key=None, chunk_count=0)
