"""Processors (sub-processors) and transfers: the public list, and telling owners and admins when it changes.

The list comes from QUANTIX_PROCESSORS_FILE (parsed and checked by app.settings through app.processors).
`record_processor_list` runs at start-up; when the list's content hash differs from the last recorded one,
every OWNER and ADMIN gets one mail and a PROCESSORS_CHANGED notification in each of their organisations.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

from tortoise.exceptions import IntegrityError

from app.legal.models import ProcessorListVersion
from app.processors import BUILT_IN_KEYS, ProcessorEntry, content_hash, is_transfer
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.legal")
SUBPROCESSORS_PATH = "/legal/subprocessors"


def processor_document(p: ProcessorEntry, region: str) -> dict[str, Any]:
    return {**p.as_dict(), "transfer": is_transfer(p, region)}


def processors_by_key(settings: Settings | None = None) -> dict[str, ProcessorEntry]:
    settings = settings or get_settings()
    return {p.key: p for p in settings.processors}


def active_processors(settings: Settings | None = None) -> dict[str, ProcessorEntry]:
    """The processors this configuration really sends data to: the built-in ones it uses (stripe only with
    billing on, mail only with SMTP_URL) and every other processor the file lists."""
    settings = settings or get_settings()
    used = set(settings.used_processors)
    return {p.key: p for p in settings.processors if p.key in used or p.key not in BUILT_IN_KEYS}


async def last_version() -> ProcessorListVersion | None:
    return await ProcessorListVersion.all().order_by("-seq").first()


async def updated_at(settings: Settings | None = None) -> dt.datetime | None:
    """When the current list was first recorded (None before the first start-up recorded it)."""
    settings = settings or get_settings()
    last = await last_version()
    if last is not None and last.content_hash == content_hash(settings.processors, settings.data_region):
        return last.created_at
    return None


async def public_list(settings: Settings | None = None) -> dict[str, Any]:
    """`{updatedAt, dataRegion, processors}`: what GET /legal/subprocessors answers with."""
    settings = settings or get_settings()
    when = await updated_at(settings)
    return {
        "updatedAt": when.isoformat() if when else None,
        "dataRegion": settings.data_region,
        "processors": [processor_document(p, settings.data_region) for p in settings.processors],
    }


async def record_processor_list(settings: Settings | None = None) -> bool:
    """Record the current list if it changed; tell owners and admins (once) unless it is the first record.

    Idempotent across processes: the version number is unique, so a concurrent start-up that recorded the
    same change first makes this one a no-op. Returns whether this call told anyone.
    """
    settings = settings or get_settings()
    digest = content_hash(settings.processors, settings.data_region)
    last = await last_version()
    if last is not None and last.content_hash == digest:
        return False
    try:
        await ProcessorListVersion.create(
            seq=(last.seq + 1) if last else 1,
            content_hash=digest,
            data_region=settings.data_region,
            processors=[processor_document(p, settings.data_region) for p in settings.processors],
        )
    except IntegrityError:
        return False  # another process recorded this change a moment ago and tells the users
    if last is None:
        return False  # the first list of a new installation: nothing changed for anyone
    await notify_processors_changed(settings)
    return True


async def record_processor_list_at_startup(settings: Settings) -> None:
    """Start-up must not fail because recording or telling failed: log it and serve."""
    try:
        await record_processor_list(settings)
    except Exception:
        log.exception("could not record the processors list")


async def notify_processors_changed(settings: Settings) -> int:
    """Each OWNER and ADMIN: a notification in every organisation they administer, one mail in all."""
    from app.accounts.models import Membership, Role, UserStatus
    from app.notifications.models import NotificationKind
    from app.notifications.services import notify

    link = f"{settings.base_url.rstrip('/')}{SUBPROCESSORS_PATH}"
    rows = await Membership.filter(role__in=[Role.OWNER, Role.ADMIN], user__status=UserStatus.ACTIVE).values_list(
        "organization_id", "user_id"
    )
    by_org: dict[uuid.UUID, list[uuid.UUID]] = {}
    for org_id, user_id in sorted(rows, key=lambda r: (str(r[0]), str(r[1]))):
        by_org.setdefault(org_id, []).append(user_id)
    mailed: set[uuid.UUID] = set()
    told = 0
    for org_id, user_ids in by_org.items():
        fresh = [u for u in user_ids if u not in mailed]
        seen = [u for u in user_ids if u in mailed]
        for audience, mail in ((fresh, True), (seen, False)):
            if not audience:
                continue
            written = await notify(
                NotificationKind.PROCESSORS_CHANGED,
                organization_id=org_id,
                user_ids=audience,
                roles={Role.OWNER, Role.ADMIN},
                title="Our list of processors has changed",
                body="QuantixOne has updated the list of processors (sub-processors) that receive personal data "
                f"on its behalf, and where they process it (data region: {settings.data_region}). "
                "Review the current list and any transfers with their safeguards.",
                link=link,
                mail=mail,
                mail_kind="legal.processors_changed",
            )
            told += len(written)
        mailed.update(fresh)
    log.info("processors list changed", extra={"notified": told})
    return told
