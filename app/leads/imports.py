"""CSV import of leads (SPEC §6): `fullName,email,phone,status,tags,ownerEmail`, per-row errors, duplicates skipped.

The uploaded file is sealed in `ImportFile` (Redis only ever sees its id) and purged when the job ends.
The CLI runs the same `import_rows` in-process with a progress bar.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from app.accounts.models import Membership, User
from app.errors import DomainError, ErrorCode
from app.jobs import Job, JobKind, enqueue, handler, report_progress
from app.leads import services
from app.leads.models import ImportFile, LeadSource, LeadStatus
from app.security.crypto import PLATFORM_SCOPE, blind_index_candidates, normalize_email

MAX_IMPORT_BYTES = 20 * 1024 * 1024
HEADER = ("fullName", "email", "phone", "status", "tags", "ownerEmail")
REQUIRED_COLUMNS = ("fullName", "email", "phone")
Progress = Callable[[int, int], Awaitable[None]]


def decode_csv(raw: bytes) -> str:
    """The CSV text, or INVALID_INPUT on `file` when it is too big, not UTF-8 or lacks the header."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file is larger than 20 MiB.", "file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file is not UTF-8 text.", "file") from None
    try:
        header = next(csv.reader(io.StringIO(text)), [])
    except csv.Error:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file is not valid CSV.", "file") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in [h.strip() for h in header]]
    if missing:
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            f"The header must be {','.join(HEADER)} (missing: {', '.join(missing)}).",
            "file",
        )
    return text


async def start_import(organization_id: uuid.UUID, raw: bytes, *, actor_id: uuid.UUID | None = None) -> Job:
    """Check the file, seal it, and queue the LEAD_IMPORT job (payload: ids only)."""
    text = decode_csv(raw)
    stored = await ImportFile.create(
        organization_id=organization_id, content=text, uploaded_by_id=actor_id, size_bytes=len(raw)
    )
    return await enqueue(
        JobKind.LEAD_IMPORT,
        {"import_file_id": str(stored.id), "actor_id": str(actor_id) if actor_id else None},
        organization_id=organization_id,
        created_by_id=actor_id,
        dedupe_key=f"lead-import:{stored.id}",
    )


def _row_error(line: int, code: ErrorCode, field: str | None, message: str) -> dict[str, Any]:
    return {"line": line, "code": code.value, "field": field, "message": message}


async def _owner_by_email(organization_id: uuid.UUID, email: str, cache: dict[str, uuid.UUID | None]) -> uuid.UUID:
    key = normalize_email(email)
    if key not in cache:
        candidates = blind_index_candidates(PLATFORM_SCOPE, "email", key)
        user = await User.filter(email_bidx__in=candidates).first()
        member = user is not None and await Membership.filter(organization_id=organization_id, user_id=user.id).exists()
        cache[key] = user.id if user is not None and member else None
    owner = cache[key]
    if owner is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No member of this organisation has this email.", "ownerEmail")
    return owner


def _status(value: str) -> LeadStatus:
    text = value.strip().upper()
    if not text:
        return LeadStatus.NEW
    try:
        return LeadStatus(text)
    except ValueError:
        allowed = ", ".join(s.value for s in LeadStatus)
        raise DomainError(ErrorCode.INVALID_INPUT, f"Unknown status; use one of {allowed}.", "status") from None


async def import_rows(
    organization_id: uuid.UUID,
    text: str,
    *,
    actor_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Create a lead per valid row; report the others as `rows[] {line, code, field, message}`."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames:
        reader.fieldnames = [name.strip() for name in reader.fieldnames]
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[dict[str, Any]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        problems.append(_row_error(reader.line_num, ErrorCode.INVALID_INPUT, None, f"Unreadable CSV: {exc}"))
    total = len(rows)
    created = duplicates = 0
    owners: dict[str, uuid.UUID | None] = {}
    step = max(1, total // 50)
    for done, (line, row) in enumerate(rows, start=1):
        try:
            values = {k: (v or "").strip() if isinstance(v, str) else "" for k, v in row.items() if k}
            if not values.get("fullName"):
                raise DomainError(ErrorCode.INVALID_INPUT, "fullName is required.", "fullName")
            if not values.get("email") and not values.get("phone"):
                raise DomainError(ErrorCode.INVALID_INPUT, "An email or a phone is required.", "email")
            status = _status(values.get("status", ""))
            owner_email = values.get("ownerEmail", "")
            owner_id = await _owner_by_email(organization_id, owner_email, owners) if owner_email else None
            tags = [t for t in (s.strip() for s in values.get("tags", "").split(";")) if t]
            await services.create_lead(
                organization_id,
                full_name=values["fullName"],
                email=values.get("email") or None,
                phone=values.get("phone") or None,
                status=status,
                source=LeadSource.IMPORT,
                owner_id=owner_id,
                tags=tags,
                actor_id=actor_id,
            )
            created += 1
        except DomainError as error:
            if error.code is ErrorCode.DUPLICATE:
                duplicates += 1
            field = "ownerEmail" if error.field == "ownerId" else error.field
            problems.append(_row_error(line, error.code, field, error.message))
        if progress is not None and (done % step == 0 or done == total):
            await progress(done, total)
    return {
        "total": total,
        "created": created,
        "skipped": total - created,
        "duplicates": duplicates,
        "rows": problems,
    }


@handler(JobKind.LEAD_IMPORT)
async def run_import(job: Job) -> dict[str, Any] | None:
    """Import the sealed file of this job, then purge it."""
    file_id = job.payload.get("import_file_id")
    actor = job.payload.get("actor_id")
    if job.organization_id is None or not file_id:
        return {"total": 0, "created": 0, "skipped": 0, "duplicates": 0, "rows": []}
    stored = await ImportFile.for_org(job.organization_id).get_or_none(id=file_id)
    if stored is None:  # purged by an earlier run that ended before recording its result
        return job.result or {"total": 0, "created": 0, "skipped": 0, "duplicates": 0, "rows": []}

    async def progress(done: int, total: int) -> None:
        await report_progress(job, min(99, done * 100 // max(total, 1)))

    try:
        return await import_rows(
            job.organization_id, stored.content, actor_id=uuid.UUID(actor) if actor else None, progress=progress
        )
    finally:
        await stored.delete()  # the upload is not kept once the job has ended, whatever the outcome
