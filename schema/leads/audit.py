"""Reads of lead contact fields are audited: marked while a request builds its leads, written in one INSERT
when the operation ends."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

from strawberry.extensions import SchemaExtension

from app.audit.services import record_many

CACHE_KEY = "lead_contact_reads"
ACTION = "lead.contact_read"


def mark_contact_reads(context: Any, leads: Iterable[Any]) -> None:
    """Remember that this request read the contact fields of `leads` (lead id -> organisation id)."""
    cache = getattr(context, "cache", None)
    if cache is None:
        return
    reads: dict[uuid.UUID, uuid.UUID] = cache.setdefault(CACHE_KEY, {})
    for lead in leads:
        reads[lead.id] = lead.organization_id


async def flush_contact_reads(context: Any) -> None:
    """Write the marked reads as audit events (one INSERT); subscriptions call it per event they send."""
    cache = getattr(context, "cache", None)
    reads = cache.pop(CACHE_KEY, None) if cache is not None else None
    if not reads:
        return
    orgs = set(reads.values())
    if len(orgs) == 1:  # a request reads one organisation's leads: its id is written once for the batch
        await record_many(
            ({"target_id": lead_id} for lead_id in reads),
            action=ACTION,
            target_type="Lead",
            organization_id=orgs.pop(),
        )
        return
    await record_many(
        {"action": ACTION, "organization_id": org_id, "target_type": "Lead", "target_id": lead_id}
        for lead_id, org_id in reads.items()
    )


class LeadReadAudit(SchemaExtension):
    """Flushes the contact reads of the operation once it has executed."""

    async def on_execute(self) -> AsyncIterator[None]:
        yield
        await flush_contact_reads(self.execution_context.context)
