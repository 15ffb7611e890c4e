"""Data exports (access, portability): a ZIP built from the data map, sealed at rest, served by token.

The ZIP holds one file per data category (JSON or CSV) with every exported field of every model that
holds the subject's rows, a `manifest.json` with per-file SHA-256 and record counts, and `README.txt`.
It is written to a temporary file record by record and stored as AES-GCM-sealed chunks under a per-file
data key (itself sealed by the keyring), so memory stays flat while building and while serving.
Links (`/exports/{token}`) are HMAC-signed, live 72 hours and allow 5 complete downloads.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import enum
import hashlib
import io
import json
import tempfile
import uuid
import zipfile
from collections import defaultdict
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from tortoise import Tortoise
from tortoise.expressions import Q

from app.accounts.models import Membership, Role, User
from app.classification import (
    CATEGORY_PROCESSING,
    DataCategory,
    DataMapFieldSource,
    LegalBasis,
    Processing,
    Purpose,
)
from app.jobs import Job, JobKind, enqueue, handler, report_progress
from app.leads.models import DATA_SOURCE_OF, Lead
from app.privacy import requests as service
from app.privacy.datamap import DataMapEntry, data_map
from app.privacy.records import ACCOUNT_USERS, LEADS, category_recipients, retention_texts, subjects_of
from app.privacy.request_models import ExportChunk, ExportFile, ExportFormat, PrivacyRequest, RequestStatus
from app.privacy.subject_files import subject_file_providers
from app.processors import ProcessorEntry
from app.security.sealed import (
    CHUNK_SIZE,
    EXPORT_LIFETIME,
    MAX_DOWNLOADS,
    DownloadLinks,
    ExportGone,
    check_downloadable,
    seal,
    unsealed_chunks,
)

PAGE_SIZE = 200

# How a model's rows point at their subject: the subject itself, or these columns (FK sources included).
_LINKS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "ACCOUNT": (User, ("user_id", "subject_user_id", "actor_user_id")),
    "LEAD": (Lead, ("lead_id", "subject_lead_id")),
}
# Whom the categories of a subject's export are about (records.subjects_of): a user's notification names a lead,
# and that name is the lead's contact data, exported to the lead, not to the user.
_SUBJECTS = {"ACCOUNT": ACCOUNT_USERS, "LEAD": LEADS}


@dataclass(frozen=True)
class Source:
    model: type[Any]
    where: Q
    entries: tuple[DataMapEntry, ...]


# Organisation-level categories that describe the billing contact: an OWNER's access export includes the
# rows of the organisations they own (the billing details they entered, the invoices addressed with them).
OWNER_CATEGORIES = frozenset({DataCategory.BILLING, DataCategory.INVOICES})


def subject_sources(
    subject_kind: str,
    subject_id: uuid.UUID,
    organization_id: uuid.UUID | None,
    owned_organization_ids: Sequence[uuid.UUID] = (),
) -> dict[DataCategory, list[Source]]:
    """Per category, the (model, rows, exported fields) that hold the subject's data, from the data map: the
    categories about this kind of subject only."""
    target, links = _LINKS[subject_kind]
    exported: dict[type[Any], list[DataMapEntry]] = defaultdict(list)
    for entry in data_map():
        category = entry.classification.category
        if entry.classification.export is None or category is None or category is DataCategory.SECRETS:
            continue
        if _SUBJECTS[subject_kind] in subjects_of(category):
            exported[entry.model].append(entry)
    plan: dict[DataCategory, list[Source]] = defaultdict(list)
    for model, entries in exported.items():
        fields_map = model._meta.fields_map
        conditions = [Q(id=subject_id)] if model is target else []
        conditions += [Q(**{name: subject_id}) for name in links if name in fields_map]
        if owned_organization_ids and "organization_id" in fields_map:
            if any(entry.classification.category in OWNER_CATEGORIES for entry in entries):
                conditions.append(Q(organization_id__in=list(owned_organization_ids)))
        if not conditions:
            continue
        where = Q(*conditions, join_type="OR")
        if subject_kind == "LEAD" and organization_id is not None and "organization_id" in fields_map:
            where = Q(where, Q(organization_id=organization_id))
        by_category: dict[DataCategory, list[DataMapEntry]] = defaultdict(list)
        for entry in entries:
            assert entry.classification.category is not None
            by_category[entry.classification.category].append(entry)
        for category, category_entries in by_category.items():
            plan[category].append(Source(model, where, tuple(category_entries)))
    return plan


def _labels(source: Source) -> list[tuple[str, str]]:
    """(field, label) of what a source's records show: the fields that say what a record is without being personal
    data (an audit event's action, labelled by `not_personal(..., export=...)`), then its exported personal fields."""
    described = []
    for name, field in source.model._meta.fields_map.items():
        classification = getattr(field, "classification", None)
        if classification is not None and classification.category is None and classification.export:
            described.append((name, str(classification.export)))
    return described + [(e.field_name, str(e.classification.export)) for e in source.entries]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


async def _rows(source: Source) -> AsyncIterator[dict[str, Any]]:
    """The source's rows as export records, fetched in keyset pages (bounded memory)."""
    last: uuid.UUID | None = None
    while True:
        qs = source.model.filter(source.where).order_by("id").limit(PAGE_SIZE)
        if last is not None:
            qs = qs.filter(id__gt=last)
        batch = await qs
        for row in batch:
            record: dict[str, Any] = {"record": source.model.__name__, "id": str(row.id)}
            created = getattr(row, "created_at", None)
            record["createdAt"] = _plain(created)
            for name, label in _labels(source):
                record[label] = _plain(getattr(row, name))
            yield record
        if len(batch) < PAGE_SIZE:
            return
        last = batch[-1].id


class _HashingWriter:
    """Counts and hashes what goes into one ZIP member."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.sha = hashlib.sha256()

    def write(self, data: str) -> None:
        encoded = data.encode("utf-8")
        self.sha.update(encoded)
        self.raw.write(encoded)


README = """Your personal data, exported by QuantixOne
===========================================

This archive holds every record about you that the service keeps, one file per category of data.

- manifest.json lists each file with its category, number of records and SHA-256 checksum, and for each
  category why it is processed (purposes), on which legal basis, where it came from (sources), who
  receives it (recipients: our processors, with their country) and how long it is kept (retention).
- Each record names its kind ("record"), its identifier ("id") and when it was created ("createdAt");
  the other columns are your data, labelled in plain words.
- {format_note}

Categories in this archive:
{categories}

Secrets such as password hashes and access tokens are never exported. If anything looks wrong, you can
ask for it to be corrected (rectification) or erased.
"""


_PURPOSE_WORDS = {
    "SERVICE": "to provide the service you use",
    "META_ADS": "to run and measure Meta ads",
    "LEAD_MANAGEMENT": "to manage leads and follow up on enquiries",
    "MESSAGING": "to exchange messages (WhatsApp)",
    "ANALYTICS": "to understand how the product is used (with your consent)",
    "SECURITY": "to keep accounts and data secure",
    "BILLING": "to bill for the service",
    "LEGAL": "to meet legal obligations and prove compliance",
}
_BASIS_WORDS = {
    "CONTRACT": "a contract, or steps before one, at your request (Art. 6(1)(b) GDPR)",
    "CONSENT": "your consent (Art. 6(1)(a) GDPR)",
    "LEGITIMATE_INTEREST": "legitimate interests (Art. 6(1)(f) GDPR)",
    "LEGAL_OBLIGATION": "a legal obligation (Art. 6(1)(c) GDPR)",
}
_SOURCE_WORDS = {
    "USER": "you",
    "ORGANIZATION": "the organisation that holds your data (entered or imported by its team, or sent by its systems)",
    "META_LEAD_ADS": "a Meta (Facebook/Instagram) lead form",
    "META_MARKETING_API": "Meta's Marketing API",
    "WHATSAPP": "WhatsApp",
    "STRIPE": "Stripe",
    "SYSTEM": "our systems, as you use the service",
}


# Workflows and scoring act for the organisation's lead management; what they decided leaves nobody's hands.
AUTOMATED_DECISIONS = Processing(
    (Purpose.LEAD_MANAGEMENT,), LegalBasis.LEGITIMATE_INTEREST, (DataMapFieldSource.SYSTEM,), ()
)


def _sources_of(declaration: Any, origin: DataMapFieldSource | None) -> tuple[DataMapFieldSource, ...]:
    declared: tuple[DataMapFieldSource, ...] = declaration.sources or ()
    return (origin,) if origin in declared else declared


def explain(
    declarations: Sequence[Any],
    retention: str,
    recipients: Sequence[ProcessorEntry],
    origin: DataMapFieldSource | None = None,
) -> dict[str, Any]:
    """Art. 15(1) GDPR for one file: purposes, legal bases, sources, recipients (the processors this
    installation sends the category to, `category_recipients`) and retention, from the declarations of what it
    holds (data-map classifications, or a category's `Processing` for files no field describes).

    `origin` is where this subject's data came from (a lead's `source`): data that may come from several
    sources, this one among them, came from it."""
    return {
        "purposes": sorted({p.value for d in declarations for p in d.purposes or ()}),
        "legalBasis": sorted({d.legal_basis.value for d in declarations if d.legal_basis}),
        "sources": sorted({s.value for d in declarations for s in _sources_of(d, origin)}),
        "recipients": [{"key": p.key, "name": p.name, "country": p.country} for p in recipients],
        "retention": retention,
    }


def _explain_in_words(file: dict[str, Any]) -> str:
    recipients = ", ".join(f"{r['name']} ({r['country']})" for r in file["recipients"]) or "no one else"
    return (
        f"- {file['path']}: {file['category']}, {file['records']} record(s)\n"
        f"    Why: {'; '.join(_PURPOSE_WORDS[p] for p in file['purposes'])}.\n"
        f"    Legal basis: {'; '.join(_BASIS_WORDS[b] for b in file['legalBasis'])}.\n"
        f"    Where it came from: {'; '.join(_SOURCE_WORDS[s] for s in file['sources'])}.\n"
        f"    Who receives it: {recipients}.\n"
        f"    How long it is kept: {file['retention']}."
    )


async def automated_decisions(
    subject_kind: str, subject_id: uuid.UUID, organization_id: uuid.UUID | None
) -> list[dict[str, Any]]:
    """Every automated action on a lead and why (Art. 15(1)(h)): workflow runs and the current score.

    The explanations hold no personal data (the data map marks them not personal), so the data-map driven
    files above leave them out; the subject still has a right to them.
    """
    if subject_kind != "LEAD" or organization_id is None:
        return []
    # By name from the ORM registry: messaging already depends on privacy (consent), not the other way round.
    workflow_run: Any = Tortoise.apps["models"]["WorkflowRun"]

    records: list[dict[str, Any]] = []
    runs = (
        await workflow_run.for_org(organization_id)
        .filter(lead_key=subject_id)
        .select_related("workflow")
        .order_by("run_at", "id")
    )
    columns = ("record", "id", "at", "name", "status", "reason", "explanation", "score")
    for run in runs:
        records.append(
            dict.fromkeys(columns)
            | {
                "record": "WorkflowRun",
                "id": str(run.id),
                "at": _plain(run.run_at),
                "name": run.workflow.name if run.workflow else None,
                "status": _plain(run.status),
                "reason": run.reason,
                "explanation": run.explanation,
            }
        )
    lead = await Lead.for_org(organization_id).get_or_none(id=subject_id)
    if lead is not None and lead.score is not None:
        records.append(
            dict.fromkeys(columns)
            | {
                "record": "LeadScore",
                "id": str(lead.id),
                "at": _plain(lead.updated_at),
                "name": "Lead scoring rules",
                "score": lead.score,
                "explanation": json.dumps(lead.score_explanation or [], sort_keys=True),
            }
        )
    return records


async def build_zip(
    request: PrivacyRequest, subject_kind: str, subject_id: uuid.UUID, fmt: ExportFormat, job: Job | None, out: Any
) -> dict[str, Any]:
    """Write the export ZIP to the binary file `out`; returns the manifest."""
    owned: list[uuid.UUID] = []
    if subject_kind == "ACCOUNT":
        owned = list(
            await Membership.filter(user_id=subject_id, role=Role.OWNER).values_list("organization_id", flat=True)
        )
    plan: dict[DataCategory, list[Source]] = {}
    for category, sources in subject_sources(subject_kind, subject_id, request.organization_id, owned).items():
        held = [source for source in sources if await source.model.filter(source.where).exists()]
        if held:
            plan[category] = held
    origin = None
    if subject_kind == "LEAD":  # where this lead's details came from: its export names that source
        lead_source = await Lead.filter(id=subject_id).first().values_list("source", flat=True)
        origin = DATA_SOURCE_OF.get(lead_source)
    files = []
    retention = await retention_texts(request.organization_id)
    recipients = category_recipients()
    ext = "json" if fmt is ExportFormat.JSON else "csv"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index, category in enumerate(sorted(plan, key=lambda c: c.value)):
            path = f"{category.value.lower()}.{ext}"
            sources = plan[category]
            records = 0
            with archive.open(path, "w", force_zip64=True) as raw:
                writer = _HashingWriter(raw)
                if fmt is ExportFormat.JSON:
                    writer.write("[")
                    for source in sources:
                        async for record in _rows(source):
                            writer.write(("," if records else "") + "\n" + json.dumps(record, ensure_ascii=False))
                            records += 1
                    writer.write("\n]\n")
                else:
                    labels: list[str] = []
                    for source in sources:
                        for _, label in _labels(source):
                            if label not in labels:
                                labels.append(label)
                    columns = ["record", "id", "createdAt", *labels]
                    buffer = io.StringIO()
                    out_csv = csv.writer(buffer)
                    out_csv.writerow(columns)
                    for source in sources:
                        async for record in _rows(source):
                            out_csv.writerow([_cell(record.get(c)) for c in columns])
                            records += 1
                            if buffer.tell() > 64 * 1024:
                                writer.write(buffer.getvalue())
                                buffer.seek(0)
                                buffer.truncate()
                    writer.write(buffer.getvalue())
            files.append(
                {
                    "path": path,
                    "category": category.value,
                    "records": records,
                    "sha256": writer.sha.hexdigest(),
                    **explain(
                        [e.classification for s in sources for e in s.entries],
                        retention[category],
                        recipients[category],
                        origin,
                    ),
                }
            )
            if job is not None:
                await report_progress(job, 10 + 70 * (index + 1) // max(1, len(plan)))
        if subject_kind == "LEAD" and request.organization_id is not None:
            for category, provider in subject_file_providers():
                async for name, data in provider(request.organization_id, subject_id):
                    path = f"files/{category.value.lower()}/{name}"
                    archive.writestr(path, data)
                    files.append(
                        {
                            "path": path,
                            "category": category.value,
                            "records": 1,
                            "sha256": hashlib.sha256(data).hexdigest(),
                            **explain([CATEGORY_PROCESSING[category]], retention[category], recipients[category]),
                        }
                    )
        decisions = await automated_decisions(subject_kind, subject_id, request.organization_id)
        if decisions:
            path = f"automated_decisions.{ext}"
            with archive.open(path, "w", force_zip64=True) as raw:
                writer = _HashingWriter(raw)
                if fmt is ExportFormat.JSON:
                    writer.write(json.dumps(decisions, ensure_ascii=False, indent=1) + "\n")
                else:
                    buffer = io.StringIO()
                    out_csv = csv.writer(buffer)
                    columns = list(decisions[0])
                    out_csv.writerow(columns)
                    for record in decisions:
                        out_csv.writerow([_cell(record.get(c)) for c in columns])
                    writer.write(buffer.getvalue())
            files.append(
                {
                    "path": path,
                    "category": "AUTOMATED_DECISIONS",
                    "records": len(decisions),
                    "sha256": writer.sha.hexdigest(),
                    **explain([AUTOMATED_DECISIONS], "as long as the lead is kept", ()),
                }
            )
        format_note = (
            "Files are JSON arrays of objects (UTF-8)."
            if fmt is ExportFormat.JSON
            else "Files are CSV (UTF-8, comma-separated, first row is the header); nested values are JSON."
        )
        listing = "\n".join(_explain_in_words(f) for f in files) or "- (none)"
        archive.writestr("README.txt", README.format(format_note=format_note, categories=listing))
        manifest = {
            "subject": {
                "kind": subject_kind,
                "id": str(subject_id),
                "requestId": str(request.id),
                "confirmationCode": request.confirmation_code,
            },
            "generatedAt": service.now().isoformat(),
            "format": fmt.value,
            "files": files,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return manifest


# --- storage -------------------------------------------------------------------------------------------


def _aad(export_id: uuid.UUID, seq: int) -> bytes:
    return f"quantix-export:{export_id}:{seq}".encode()


async def _store(request: PrivacyRequest, fmt: ExportFormat, source: Any) -> ExportFile:
    """Seal the finished ZIP into chunks under a fresh data key; returns the ExportFile row."""
    key = AESGCM.generate_key(bit_length=256)
    aead = AESGCM(key)
    export = await ExportFile.create(
        request=request,
        subject_user_id=request.subject_user_id if request.subject_lead_id is None else None,
        subject_lead_id=request.subject_lead_id,
        data_key=base64.b64encode(key).decode("ascii"),
        format=fmt,
        size_bytes=0,
        sha256="",
        expires_at=service.now() + EXPORT_LIFETIME,
    )
    sha = hashlib.sha256()
    size = 0
    seq = 0
    source.seek(0)
    while chunk := source.read(CHUNK_SIZE):
        sha.update(chunk)
        size += len(chunk)
        await ExportChunk.create(export=export, seq=seq, data=seal(aead, chunk, _aad(export.id, seq)))
        seq += 1
    export.size_bytes = size
    export.sha256 = sha.hexdigest()
    export.chunk_count = seq
    await export.save(update_fields=["size_bytes", "sha256", "chunk_count"])
    return export


LINKS = DownloadLinks(b"quantix-export")


def export_url(export: ExportFile) -> str:
    return LINKS.url(export.id)


async def current_export(request_id: uuid.UUID) -> ExportFile | None:
    """The live export of a request (not expired); None once it expired or was deleted."""
    return (
        await ExportFile.filter(request_id=request_id, expires_at__gt=service.now(), chunk_count__gt=0)
        .order_by("-created_at")
        .first()
    )


async def open_download(token: str) -> tuple[ExportFile, AsyncGenerator[bytes, None]] | None:
    """The export and its plaintext byte stream; None for a token we never issued (404)."""
    export_id = LINKS.parse(token)
    if export_id is None:
        return None
    export = await ExportFile.get_or_none(id=export_id)
    if export is None:
        raise ExportGone()
    check_downloadable(export.expires_at, export.downloads, service.now())
    return export, unsealed_chunks(export, ExportChunk, _aad)


async def purge_expired_exports(now: dt.datetime | None = None) -> int:
    """Delete exports past their lifetime (the link then answers 410)."""
    expired = await ExportFile.filter(expires_at__lte=now or service.now()).values_list("id", flat=True)
    if not expired:
        return 0
    await ExportChunk.filter(export_id__in=expired).delete()
    return await ExportFile.filter(id__in=expired).delete()


# --- the job -------------------------------------------------------------------------------------------


async def start_export(request: PrivacyRequest) -> Job:
    job = await enqueue(
        JobKind.EXPORT,
        {"request_id": str(request.id)},
        organization_id=request.organization_id,
        created_by_id=request.subject_user_id,
        dedupe_key=f"privacy-export:{request.id}",
    )
    await PrivacyRequest.filter(id=request.id).update(job_id=job.id)
    request.job_id = job.id
    return job


@handler(JobKind.EXPORT)
async def run_export(job: Job) -> dict[str, Any]:
    request = await PrivacyRequest.get_or_none(id=job.payload["request_id"])
    if request is None or request.status not in (RequestStatus.VERIFIED, RequestStatus.IN_PROGRESS):
        return {"status": "nothing to do"}
    if request.status is RequestStatus.VERIFIED:
        service.move(request, RequestStatus.IN_PROGRESS)
        await request.save(update_fields=["status", "updated_at"])
    if request.subject_lead_id is not None:
        subject_kind, subject_id = "LEAD", request.subject_lead_id
    elif request.subject_user_id is not None:
        subject_kind, subject_id = "ACCOUNT", request.subject_user_id
    else:
        await service.complete(
            request, {"requestId": str(request.id), "noDataHeld": True, "categories": [], "kept": []}
        )
        return {"status": "no data held"}
    request.job_id = job.id
    fmt = request.export_format or ExportFormat.JSON
    await ExportFile.filter(request_id=request.id).delete()  # a re-run starts clean
    await report_progress(job, 5)
    with tempfile.TemporaryFile() as tmp:
        manifest = await build_zip(request, subject_kind, subject_id, fmt, job, tmp)
        export = await _store(request, fmt, tmp)
    await report_progress(job, 95)
    await service.audit_request(
        "privacy.export_built", request, details={"files": len(manifest["files"]), "sizeBytes": export.size_bytes}
    )
    outcome = {
        "requestId": str(request.id),
        "format": fmt.value,
        "categories": [{"category": f["category"], "records": f["records"]} for f in manifest["files"]],
        "kept": [],
    }
    await service.complete(
        request,
        outcome,
        extra_text=(
            f"\n\nDownload your data here (until {export.expires_at:%d %B %Y %H:%M} UTC, at most "
            f"{MAX_DOWNLOADS} downloads):\n{export_url(export)}\n\nSHA-256 of the file: {export.sha256}"
        ),
    )
    return {"requestId": str(request.id), "files": len(manifest["files"]), "sizeBytes": export.size_bytes}
