"""The erasure ledger: tombstones in the database, also appended and fsynced to a JSON-lines file.

A tombstone blocks its Meta lead id forever, and its email or phone for CSV, API and manual creation
(SUBJECT_ERASED). `replay()` re-applies the file after a database restore, idempotently.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tortoise.expressions import Q

from app.security.crypto import blind_index, blind_index_candidates, normalize_email, normalize_phone, scope_of
from app.settings import get_settings
from app.tombstones.models import ErasureTombstone, TombstoneReason


@dataclass(frozen=True)
class SubjectKeys:
    """Blind indexes naming a subject within one organisation."""

    meta_lead_bidx: str | None = None
    email_bidx: str | None = None
    phone_bidx: str | None = None


def subject_keys(
    organization_id: uuid.UUID,
    *,
    meta_lead_id: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    default_country: str | None = None,
) -> SubjectKeys:
    scope = scope_of(organization_id)
    e164 = normalize_phone(phone, default_country) if phone else None
    return SubjectKeys(
        meta_lead_bidx=blind_index(scope, "meta_lead", meta_lead_id) if meta_lead_id else None,
        email_bidx=blind_index(scope, "email", normalize_email(email)) if email else None,
        phone_bidx=blind_index(scope, "phone", e164) if e164 else None,
    )


def _ledger_path() -> Path:
    return Path(get_settings().erasure_ledger_path)


def _append_to_file(tombstone: ErasureTombstone) -> None:
    entry = {
        "id": str(tombstone.id),
        "organizationId": str(tombstone.organization_id),
        "metaLeadBidx": tombstone.meta_lead_bidx,
        "emailBidx": tombstone.email_bidx,
        "phoneBidx": tombstone.phone_bidx,
        "reason": tombstone.reason.value,
        "requestId": str(tombstone.request_id) if tombstone.request_id else None,
        "erasedAt": tombstone.erased_at.isoformat(),
        "leadCreatedMonth": tombstone.lead_created_month.isoformat() if tombstone.lead_created_month else None,
    }
    path = _ledger_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (json.dumps(entry, sort_keys=True) + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)


async def record_tombstone(
    organization_id: uuid.UUID,
    keys: SubjectKeys,
    reason: TombstoneReason,
    *,
    request_id: uuid.UUID | None = None,
    lead_created_at: dt.datetime | None = None,
) -> ErasureTombstone:
    tombstone = await ErasureTombstone.create(
        lead_created_month=lead_created_at.date().replace(day=1) if lead_created_at else None,
        organization_id=organization_id,
        meta_lead_bidx=keys.meta_lead_bidx,
        email_bidx=keys.email_bidx,
        phone_bidx=keys.phone_bidx,
        reason=reason,
        request_id=request_id,
        erased_at=dt.datetime.now(dt.UTC),
    )
    _append_to_file(tombstone)
    return tombstone


async def is_meta_lead_erased(organization_id: uuid.UUID, meta_lead_id: str) -> bool:
    return bool(await erased_meta_lead_ids(organization_id, [meta_lead_id]))


async def erased_meta_lead_ids(organization_id: uuid.UUID, meta_lead_ids: Iterable[str]) -> set[str]:
    """Which of these Meta lead ids have a tombstone (one query for a batch)."""
    scope = scope_of(organization_id)
    by_bidx = {b: m for m in set(meta_lead_ids) for b in blind_index_candidates(scope, "meta_lead", m)}
    if not by_bidx:
        return set()
    found = await ErasureTombstone.filter(
        organization_id=organization_id, meta_lead_bidx__in=list(by_bidx)
    ).values_list("meta_lead_bidx", flat=True)
    return {by_bidx[b] for b in found}  # type: ignore[index]


async def is_contact_erased(
    organization_id: uuid.UUID, *, email: str | None, phone: str | None, default_country: str | None = None
) -> bool:
    """True when an email or phone belongs to an erased subject (CSV, API and manual creation refuse it)."""
    scope = scope_of(organization_id)
    condition = Q()
    conditions = []
    if email:
        conditions.append(Q(email_bidx__in=blind_index_candidates(scope, "email", normalize_email(email))))
    e164 = normalize_phone(phone, default_country) if phone else None
    if e164:
        conditions.append(Q(phone_bidx__in=blind_index_candidates(scope, "phone", e164)))
    if not conditions:
        return False
    condition = Q(*conditions, join_type="OR")
    return await ErasureTombstone.filter(Q(organization_id=organization_id), condition).exists()


@dataclass(frozen=True)
class Replayed:
    """What a replay of the ledger file did: tombstones put back, and the lines it could not read (numbered from 1),
    such as a last line a crash cut short mid-append."""

    added: int = 0
    unreadable: tuple[int, ...] = ()
    read: int = 0  # lines read as tombstones, whether or not the database already had them


def _tombstone_of(line: str) -> ErasureTombstone:
    """The tombstone one ledger line records (not saved); ValueError, KeyError or TypeError when it records none."""
    entry = json.loads(line)
    month = entry.get("leadCreatedMonth")
    return ErasureTombstone(
        id=uuid.UUID(entry["id"]),
        organization_id=uuid.UUID(entry["organizationId"]),
        meta_lead_bidx=entry.get("metaLeadBidx"),
        email_bidx=entry.get("emailBidx"),
        phone_bidx=entry.get("phoneBidx"),
        reason=TombstoneReason(entry["reason"]),
        request_id=uuid.UUID(entry["requestId"]) if entry.get("requestId") else None,
        erased_at=dt.datetime.fromisoformat(entry["erasedAt"]),
        lead_created_month=dt.date.fromisoformat(month) if month else None,
    )


async def replay(path: Path | None = None) -> Replayed:
    """Re-insert tombstones missing from the database (after a restore). A line that records no tombstone (a
    half-written last line, say) is skipped and reported; the others are replayed all the same."""
    source = path or _ledger_path()
    if not source.exists():
        return Replayed()
    added = read = 0
    unreadable: list[int] = []
    with source.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                tombstone = _tombstone_of(line)
            except (ValueError, KeyError, TypeError, AttributeError):
                unreadable.append(number)
                continue
            read += 1
            if await ErasureTombstone.filter(id=tombstone.id).exists():
                continue
            await tombstone.save()
            added += 1
    return Replayed(added, tuple(unreadable), read)
