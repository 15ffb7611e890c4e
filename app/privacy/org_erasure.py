"""Erasing an organisation (`deleteOrganization`, SPEC §7.7): every row it owns is deleted as the data map
says, except what a legal obligation keeps (invoices: tax and accounting law); its Stripe customer is deleted.

The organisation row stays as a nameless shell only so the kept invoices still have an owner; nobody is a
member of it any more. The plan is computed from the data map like a lead's or an account's, and the outcome
carries the same signed receipt.
"""

from __future__ import annotations

import uuid
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.accounts.models import Organization, User
from app.audit import services as audit
from app.billing.services import delete_customer
from app.classification import Erase
from app.errors import DomainError, ErrorCode
from app.privacy.erasure import ErasureOutcome, ErasurePlan, TableStep, _categories_of, _entries_by_model, _finish
from app.privacy.erasure import _relations_to as relations_to
from app.settings import get_settings

ORGANIZATION = "ORGANIZATION"
DELETED_NAME = "Deleted organisation"


async def _plan_organization(organization_id: uuid.UUID, spare: dict[type[Any], Q]) -> ErasurePlan:
    """Each table holding the organisation's rows: kept under its legal basis, else deleted. `spare` leaves
    some rows alone (the request being carried out is its own evidence)."""
    by_model = _entries_by_model()
    steps: list[TableStep] = []
    for model, fk in relations_to(Organization):
        on_delete = str(getattr(fk.on_delete, "value", fk.on_delete)).upper()
        if on_delete != "CASCADE":
            continue  # rows that merely mention it (a user's last organisation) are detached below
        entries = by_model.get(model, [])
        where = Q(**{fk.source_field: organization_id})
        if model in spare:
            where &= ~spare[model]
        kept = [e for e in entries if e.classification.erase is Erase.KEEP and e.classification.legal_basis]
        if kept:
            reason = kept[0].classification.kept_reason
            steps.append(await TableStep.counted(model, Erase.KEEP, where, _categories_of(kept), reason=reason))
        else:
            steps.append(await TableStep.counted(model, Erase.DELETE, where, _categories_of(entries)))
    return ErasurePlan(ORGANIZATION, organization_id, organization_id, steps)


async def erase_organization(organization_id: uuid.UUID, *, request_id: uuid.UUID | None = None) -> ErasureOutcome:
    """Delete the Stripe customer first (a refusal leaves everything for a retry), then the organisation's
    data in one transaction; the receipt lists the invoices under `kept`."""
    from app.privacy.request_models import PrivacyRequest

    if not await Organization.filter(id=organization_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such organisation.", field="id")
    await delete_customer(get_settings(), organization_id)
    spare = {PrivacyRequest: Q(id=request_id)} if request_id else {}
    async with in_transaction():
        plan = await _plan_organization(organization_id, spare)
        for step in plan.steps:
            if step.action is Erase.DELETE and step.records:
                await step.model.filter(step.where).delete()
        await User.filter(last_organization_id=organization_id).update(last_organization_id=None)
        await Organization.filter(id=organization_id).update(
            name=DELETED_NAME, slug=f"deleted-{organization_id.hex[:16]}", lead_count=0
        )
        await audit.record(
            "organization.erased",
            target_type="Organization",
            target_id=organization_id,
            details={"requestId": str(request_id) if request_id else None},
        )
    return await _finish(plan, request_id)
