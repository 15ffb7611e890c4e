"""record_disclosure: the one function every outbox calls when a payload carrying a lead's data left.

A bottom module (it imports only models): Conversions API uploads, partner webhook deliveries and WhatsApp
sends call it without an import cycle; privacy export and erasure receipts read the rows it writes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError

from app.disclosures.models import Disclosure

# Recipients, as the ledger and the erasure receipt name them.
META_CONVERSIONS = "Meta Conversions API"
WHATSAPP = "WhatsApp (Meta)"


def webhook_recipient(url: str) -> str:
    """A partner webhook recipient: its host (the path may hold a secret)."""
    from urllib.parse import urlsplit

    return f"Partner webhook {urlsplit(url).hostname or url}"[:200]


async def record_disclosure(
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    recipient: str,
    categories: Iterable[str],
    reference: str | None = None,
    *,
    occurred_at: dt.datetime | None = None,
) -> Disclosure | None:
    """Note that `categories` of the lead's data went to `recipient` (`reference`: the batch, message or
    delivery id, never the data itself)."""
    try:
        return await Disclosure.create(
            organization_id=organization_id,
            lead_id=lead_id,
            recipient=recipient[:200],
            categories=sorted(set(categories)),
            reference=str(reference)[:200] if reference else None,
            occurred_at=occurred_at or dt.datetime.now(dt.UTC),
        )
    except IntegrityError:  # the lead was erased meanwhile: its ledger went with it
        return None


async def record_disclosures(
    organization_id: uuid.UUID,
    lead_ids: Sequence[uuid.UUID],
    recipient: str,
    categories: Iterable[str],
    reference: str | None = None,
) -> int:
    """The same disclosure for many leads (one Conversions API batch): one insert."""
    now = dt.datetime.now(dt.UTC)
    cats = sorted(set(categories))
    rows = [
        Disclosure(
            organization_id=organization_id,
            lead_id=lead_id,
            recipient=recipient[:200],
            categories=cats,
            reference=reference,
            occurred_at=now,
        )
        for lead_id in dict.fromkeys(lead_ids)
    ]
    if rows:
        await Disclosure.bulk_create(rows, batch_size=1000)
    return len(rows)


@dataclass(frozen=True)
class RecipientSummary:
    recipient: str
    count: int
    first_at: dt.datetime
    last_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "recipient": self.recipient,
            "count": self.count,
            "firstAt": self.first_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "lastAt": self.last_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        }


async def summary_by_recipient(organization_id: uuid.UUID, lead_ids: Sequence[uuid.UUID]) -> list[RecipientSummary]:
    """Per recipient, how many sends and when first and last: what an erasure receipt shows."""
    if not lead_ids:
        return []
    rows = (
        await Disclosure.for_org(organization_id).filter(lead_id__in=list(lead_ids)).values("recipient", "occurred_at")
    )
    grouped: dict[str, list[dt.datetime]] = {}
    for row in rows:
        grouped.setdefault(row["recipient"], []).append(row["occurred_at"])
    return [
        RecipientSummary(recipient, len(times), min(times), max(times)) for recipient, times in sorted(grouped.items())
    ]
