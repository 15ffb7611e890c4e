"""CSV import of leads (SPEC §6): `fullName,email,phone,status,tags,ownerEmail`, per-row errors, duplicates skipped.

The uploaded file is sealed in `ImportFile` (Redis only ever sees its id) and purged when the job ends.
The CLI runs the same `import_rows` in-process with a progress bar.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from app.accounts.models import Membership, Organization, User
from app.customfields import services as custom_services
from app.customfields.models import CustomField
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit
from app.ids import global_id
from app.jobs import Job, JobKind, cron, enqueue, handler, report_progress
from app.leads import services
from app.leads.models import (
    STATUS_RANK,
    ImportFile,
    Lead,
    LeadNameWord,
    LeadSource,
    LeadStatus,
    LeadStatusChange,
    LeadTag,
)
from app.security.crypto import PLATFORM_SCOPE, blind_index_candidates, normalize_email, scope_of
from app.tombstones.models import ErasureTombstone

MAX_IMPORT_BYTES = 20 * 1024 * 1024
HEADER = ("fullName", "email", "phone", "status", "tags", "ownerEmail")
REQUIRED_COLUMNS = ("fullName", "email", "phone")
CHUNK_ROWS = 500
STALE_UPLOAD = dt.timedelta(days=2)  # an upload whose job never ran is not kept longer than this
Progress = Callable[[int, int], Awaitable[None]]


def decode_csv(raw: bytes) -> str:
    """The CSV text, or INVALID_INPUT on `file` when it is too big, not UTF-8 or lacks the header."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file is larger than 20 MiB.", "file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file is not UTF-8 text.", "file") from None
    if "\x00" in text:
        raise DomainError(ErrorCode.INVALID_INPUT, "The file holds a NUL character: it is not CSV text.", "file")
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


@dataclass
class _Candidate:
    """A row that passed validation, waiting for the erasure and duplicate checks of its chunk."""

    line: int
    full_name: str
    email: str | None
    phone: str | None
    e164: str | None
    status: LeadStatus
    tags: list[str]
    owner_id: uuid.UUID | None
    email_cands: list[str] = field(default_factory=list)
    phone_cands: list[str] = field(default_factory=list)
    custom: list[Any] = field(default_factory=list)  # unsaved custom value rows (lead id set at insert)


async def _validate(
    organization_id: uuid.UUID,
    country: str,
    line: int,
    row: dict[str, Any],
    owners: dict[str, uuid.UUID | None],
    custom_fields: dict[str, CustomField] | None = None,
) -> _Candidate:
    values = {k: (v or "").strip() if isinstance(v, str) else "" for k, v in row.items() if k}
    if not values.get("fullName"):
        raise DomainError(ErrorCode.INVALID_INPUT, "fullName is required.", "fullName")
    name = services.clean_name(values["fullName"])
    email = services.clean_email(values.get("email"))
    phone, e164 = services.clean_phone(values.get("phone"), country)
    if email is None and phone is None:
        raise DomainError(ErrorCode.INVALID_INPUT, "An email or a phone is required.", "email")
    status = _status(values.get("status", ""))
    tags = services.clean_tags([t for t in values.get("tags", "").split(";") if t.strip()])
    owner_email = values.get("ownerEmail", "")
    owner_id = await _owner_by_email(organization_id, owner_email, owners) if owner_email else None
    custom = _custom_values(organization_id, country, values, custom_fields or {})
    scope = scope_of(organization_id)
    return _Candidate(
        line=line,
        full_name=name,
        email=email,
        phone=phone,
        e164=e164,
        status=status,
        tags=tags,
        owner_id=owner_id,
        email_cands=blind_index_candidates(scope, "email", normalize_email(email)) if email else [],
        phone_cands=blind_index_candidates(scope, "phone", e164) if e164 else [],
        custom=custom,
    )


def _custom_values(
    organization_id: uuid.UUID, country: str, values: dict[str, str], fields: dict[str, CustomField]
) -> list[Any]:
    """Extra columns named by a custom field's key (or `custom.<key>`): checked like `customFields`; an
    unknown `custom.<key>` column is INVALID_INPUT on the row. Rows are built with a placeholder lead id."""
    rows: list[Any] = []
    for column, text in values.items():
        key = column[len("custom.") :] if column.startswith("custom.") else column
        if column in HEADER or (key not in fields and not column.startswith("custom.")):
            continue
        if key not in fields:
            raise DomainError(ErrorCode.INVALID_INPUT, f"There is no custom field {key!r}.", f"customFields.{key}")
        atoms = custom_services.check_value(fields[key], custom_services.parse_text(fields[key], text), country)
        rows += custom_services.value_rows(fields[key], _PLACEHOLDER, atoms)
    return rows


_PLACEHOLDER = uuid.UUID(int=0)


class _Chunk:
    """Checks a chunk of rows against tombstones, stored leads and earlier rows, then inserts it in bulk."""

    def __init__(self, organization_id: uuid.UUID, seen: dict[str, uuid.UUID], actor_id: uuid.UUID | None) -> None:
        self.organization_id = organization_id
        self.seen = seen  # blind index -> id of a lead this import created
        self.actor_id = actor_id

    async def _erased(self, candidates: list[_Candidate]) -> set[str]:
        emails = [c for cand in candidates for c in cand.email_cands]
        phones = [c for cand in candidates for c in cand.phone_cands]
        if not emails and not phones:
            return set()
        rows = await ErasureTombstone.filter(
            Q(organization_id=self.organization_id), Q(email_bidx__in=emails) | Q(phone_bidx__in=phones)
        ).values_list("email_bidx", "phone_bidx")
        return {b for row in rows for b in row if b}

    async def _existing(self, candidates: list[_Candidate]) -> dict[str, uuid.UUID]:
        emails = [c for cand in candidates for c in cand.email_cands]
        phones = [c for cand in candidates for c in cand.phone_cands]
        if not emails and not phones:
            return {}
        rows = await (
            Lead.for_org(self.organization_id)
            .filter(Q(email_bidx__in=emails) | Q(phone_bidx__in=phones))
            .order_by("-created_at", "-id")
            .values_list("id", "email_bidx", "phone_bidx")
        )
        found: dict[str, uuid.UUID] = {}
        for lead_id, email_bidx, phone_bidx in rows:  # oldest last, so the oldest lead wins
            for b in (email_bidx, phone_bidx):
                if b:
                    found[b] = lead_id
        return found

    def _match(self, cand: _Candidate, existing: dict[str, uuid.UUID]) -> tuple[str, uuid.UUID] | None:
        for field_name, cands in (("email", cand.email_cands), ("phone", cand.phone_cands)):
            for b in cands:
                lead_id = existing.get(b) or self.seen.get(b)
                if lead_id is not None:
                    return field_name, lead_id
        return None

    async def run(
        self,
        candidates: list[_Candidate],
        problems: list[dict[str, Any]],
        on_commit: Callable[[int, int], Awaitable[None]],
    ) -> tuple[int, int]:
        """Insert what may be inserted; returns (created, duplicates). One transaction per chunk, holding the
        contact locks `createLead` takes, so a concurrent creation cannot slip a duplicate in; `on_commit`
        (created, duplicates) runs in it, so a checkpoint is saved exactly when the chunk's leads are."""
        async with in_transaction():
            await services.lock_contacts(
                self.organization_id,
                emails=[c.email for c in candidates],
                phones=[c.e164 for c in candidates],
            )
            leads, duplicates = await self._insert(candidates, problems)
            await on_commit(len(leads), duplicates)
        for lead in leads:
            await emit(EventType.LEAD_CREATED, self.organization_id, lead.id)
        return len(leads), duplicates

    async def _insert(self, candidates: list[_Candidate], problems: list[dict[str, Any]]) -> tuple[list[Lead], int]:
        erased = await self._erased(candidates)
        existing = await self._existing(candidates)
        leads: list[Lead] = []
        words: list[LeadNameWord] = []
        tags: list[LeadTag] = []
        history: list[LeadStatusChange] = []
        custom_rows: list[Any] = []
        duplicates = 0
        base = dt.datetime.now(dt.UTC)
        org = self.organization_id
        for cand in candidates:
            email_hit = next((b for b in cand.email_cands if b in erased), None)
            phone_hit = next((b for b in cand.phone_cands if b in erased), None)
            if email_hit or phone_hit:
                field_name = "email" if email_hit else "phone"
                message = "This person's data was erased; they cannot be imported again."
                problems.append(_row_error(cand.line, ErrorCode.SUBJECT_ERASED, field_name, message))
                continue
            match = self._match(cand, existing)
            if match is not None:
                duplicates += 1
                message = (
                    f"A lead with this {match[0]} already exists ({global_id('Lead', match[1])}); the row was skipped."
                )
                problems.append(_row_error(cand.line, ErrorCode.DUPLICATE, match[0], message))
                continue
            lead_id = uuid.uuid4()
            created_at = base + dt.timedelta(microseconds=len(leads))  # keeps the file's order
            leads.append(
                Lead(
                    id=lead_id,
                    created_at=created_at,
                    organization_id=org,
                    full_name=cand.full_name,
                    email=cand.email,
                    email_bidx=services.email_index(org, cand.email) if cand.email else None,
                    phone=cand.phone,
                    phone_bidx=services.phone_index(org, cand.e164) if cand.e164 else None,
                    status=cand.status,
                    status_rank=STATUS_RANK[cand.status.value],
                    source=LeadSource.IMPORT,
                    owner_id=cand.owner_id,
                    last_activity_at=created_at,
                )
            )
            for b in (*cand.email_cands, *cand.phone_cands):
                self.seen[b] = lead_id
            words += [
                LeadNameWord(organization_id=org, lead_id=lead_id, word_bidx=b)
                for b in services.name_indexes(org, cand.full_name)
            ]
            tags += [LeadTag(organization_id=org, lead_id=lead_id, name=t) for t in cand.tags]
            for value_row in cand.custom:
                value_row.lead_id = lead_id
                custom_rows.append(value_row)
            history.append(
                LeadStatusChange(
                    organization_id=org, lead_id=lead_id, to_status=cand.status, changed_by_id=self.actor_id
                )
            )
        if leads:
            await Lead.bulk_create(leads)
            for batch in (words, tags, history):
                if batch:
                    await type(batch[0]).bulk_create(batch)  # type: ignore[attr-defined]
            await custom_services.insert_value_rows(org, custom_rows)  # the fields as they are now, held
            await Organization.filter(id=org, lead_count__gte=0).update(lead_count=F("lead_count") + len(leads))
        return leads, duplicates


async def import_rows(
    organization_id: uuid.UUID,
    text: str,
    *,
    actor_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    resume: dict[str, Any] | None = None,
    checkpoint: Checkpoint | None = None,
) -> dict[str, Any]:
    """Create a lead per valid row; report the others as `rows[] {line, code, field, message}`.

    Rows are checked and inserted in chunks (bulk statements), with the same rules as `createLead`:
    an email or phone already used (by a stored lead or an earlier row) is DUPLICATE and skipped,
    an erased one SUBJECT_ERASED. After each chunk `checkpoint` gets the tally so far, in the chunk's
    transaction; a run given that tally as `resume` (after a crash) continues after the rows it counts,
    so each row is counted once, by what happened to it, and its own leads are not called duplicates.
    """
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames:
        reader.fieldnames = [name.strip() for name in reader.fieldnames]
    rows: list[tuple[int, dict[str, Any]]] = []
    unreadable: list[dict[str, Any]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        unreadable.append(_row_error(reader.line_num, ErrorCode.INVALID_INPUT, None, f"Unreadable CSV: {exc}"))
    org = await Organization.get(id=organization_id)
    total = len(rows)
    tally = _Tally.resumed(resume, total)
    owners: dict[str, uuid.UUID | None] = {}
    fields = {f.key: f for f in await custom_services.custom_fields(organization_id)}
    chunk = _Chunk(organization_id, {}, actor_id)
    for start in range(tally.processed, total, CHUNK_ROWS):
        candidates: list[_Candidate] = []
        problems: list[dict[str, Any]] = []
        for line, row in rows[start : start + CHUNK_ROWS]:
            try:
                candidates.append(await _validate(organization_id, org.default_country, line, row, owners, fields))
            except DomainError as error:
                problems.append(_row_error(line, error.code, error.field, error.message))
        done = min(start + CHUNK_ROWS, total)

        async def commit(made: int, dups: int, problems: list[dict[str, Any]] = problems, done: int = done) -> None:
            tally.add(done, made, dups, problems)
            if checkpoint is not None:
                await checkpoint(tally.as_result())

        await chunk.run(candidates, problems, commit)
        if progress is not None:
            await progress(done, total)
    tally.rows += unreadable
    return tally.as_result()


Checkpoint = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass
class _Tally:
    """What an import has done so far; the job keeps it as its result, so a re-run can resume."""

    total: int
    processed: int = 0
    created: int = 0
    duplicates: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def resumed(cls, saved: dict[str, Any] | None, total: int) -> _Tally:
        if not saved or saved.get("total") != total or not isinstance(saved.get("processed"), int):
            return cls(total)
        return cls(total, saved["processed"], saved["created"], saved["duplicates"], list(saved["rows"]))

    def add(self, processed: int, created: int, duplicates: int, problems: list[dict[str, Any]]) -> None:
        self.processed = processed
        self.created += created
        self.duplicates += duplicates
        self.rows += problems

    def as_result(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "processed": self.processed,
            "created": self.created,
            "skipped": self.processed - self.created,
            "duplicates": self.duplicates,
            "rows": sorted(self.rows, key=lambda p: p["line"]),
        }


@handler(JobKind.LEAD_IMPORT)
async def run_import(job: Job) -> dict[str, Any] | None:
    """Import the sealed file of this job, then purge it. A re-run after a crash resumes from the tally the
    interrupted run saved in `job.result`."""
    empty = _Tally(0).as_result()
    file_id = job.payload.get("import_file_id")
    actor = job.payload.get("actor_id")
    if job.organization_id is None or not file_id:
        return empty
    stored = await ImportFile.for_org(job.organization_id).get_or_none(id=file_id)
    if stored is None:  # purged by an earlier run that ended before recording its result
        return job.result or empty

    async def progress(done: int, total: int) -> None:
        await report_progress(job, min(99, done * 100 // max(total, 1)))

    async def checkpoint(tally: dict[str, Any]) -> None:
        await Job.filter(id=job.id).update(result=tally)

    try:
        result = await import_rows(
            job.organization_id,
            stored.content,
            actor_id=uuid.UUID(actor) if actor else None,
            progress=progress,
            resume=job.result,
            checkpoint=checkpoint,
        )
    except Exception:
        await stored.delete()  # the job fails for good: the upload is not kept
        raise
    # Kept when the run was interrupted (the worker stopped): the re-run resumes from the saved tally.
    await stored.delete()
    return result


@cron("lead-import-files", minute=17, hour=3)
async def purge_stale_uploads() -> int:
    """Delete uploads whose import never ran (queue lost, job failed before starting)."""
    return await ImportFile.filter(created_at__lt=dt.datetime.now(dt.UTC) - STALE_UPLOAD).delete()
