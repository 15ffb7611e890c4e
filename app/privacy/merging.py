"""What privacy requires of a merge of leads (SPEC §7.5): a legal hold on any of them refuses it, and per
consent purpose the most restrictive state wins while every ledger entry is kept."""

from __future__ import annotations

import uuid

from app.errors import DomainError, ErrorCode
from app.leads.merge import merge_step
from app.privacy.erasure_models import ConsentPurpose, LeadConsent, LegalHold


@merge_step
async def refuse_held(
    organization_id: uuid.UUID, primary_id: uuid.UUID, duplicate_ids: list[uuid.UUID], actor_id: uuid.UUID | None
) -> None:
    held = LegalHold.for_org(organization_id).filter(lead_id__in=[primary_id, *duplicate_ids], released_at__isnull=True)
    held_ids = set(await held.values_list("lead_id", flat=True))
    if held_ids:
        field = "primaryId" if primary_id in held_ids else "duplicateIds"  # the input naming the held lead
        raise DomainError(ErrorCode.INVALID_STATE, "A legal hold keeps one of these leads as it is.", field)


@merge_step
async def most_restrictive_consent(
    organization_id: uuid.UUID, primary_id: uuid.UUID, duplicate_ids: list[uuid.UUID], actor_id: uuid.UUID | None
) -> None:
    """Per purpose, the merged lead keeps a grant only if every merged lead's current state is a grant (a lead
    without an entry has not consented). Where the newest entry is a grant but another lead's state is not, a
    withdrawal is appended for the primary; the duplicates' entries then move to it unchanged."""
    people = [primary_id, *duplicate_ids]
    rows = await LeadConsent.for_org(organization_id).filter(lead_id__in=people).order_by("created_at", "id")
    current: dict[ConsentPurpose, dict[uuid.UUID, bool]] = {}
    newest: dict[ConsentPurpose, bool] = {}
    for row in rows:
        current.setdefault(row.purpose, {})[row.lead_id] = row.granted
        newest[row.purpose] = row.granted
    for purpose, states in current.items():
        if newest[purpose] and not all(states.get(p, False) for p in people):
            await LeadConsent.create(
                organization_id=organization_id,
                lead_id=primary_id,
                purpose=purpose,
                granted=False,
                source="merge",
                recorded_by_id=actor_id,
            )
