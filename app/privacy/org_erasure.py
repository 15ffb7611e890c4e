"""Erasing an organisation (`deleteOrganization`, SPEC §7.7): every row it owns is deleted as the data map
says, except what a legal obligation keeps (invoices: tax and accounting law); its Stripe customer is deleted.

The organisation row stays as a nameless shell only so the kept invoices still have an owner; nobody is a
member of it any more. The plan is computed from the data map like a lead's or an account's (an account
erasure that empties an organisation uses the same plan), and the outcome carries the same signed receipt.
"""

from __future__ import annotations

import uuid

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.accounts.models import Organization
from app.errors import DomainError, ErrorCode
from app.privacy.erasure import (
    ErasureOutcome,
    _apply,
    _finish,
    close_organization,
    delete_stripe_customers,
    plan_organization,
)
from app.privacy.holds import active_holds


async def erase_organization(organization_id: uuid.UUID, *, request_id: uuid.UUID | None = None) -> ErasureOutcome:
    """Delete the Stripe customer first (a refusal leaves everything for a retry), then the organisation's
    data in one transaction; the receipt lists the invoices under `kept`. A legal hold on any of its leads or
    members keeps everything, the customer included; the outcome says why."""
    if not await Organization.filter(id=organization_id).exists():
        raise DomainError(ErrorCode.NOT_FOUND, "No such organisation.", field="id")
    spare = Q(id=request_id) if request_id else None
    if not await active_holds(organization_id=organization_id):
        await delete_stripe_customers([organization_id])
    async with in_transaction():
        plan = await plan_organization(organization_id, spare=spare)
        if not plan.held:
            await _apply(plan)
            await close_organization(organization_id, request_id)
    return await _finish(plan, request_id)
