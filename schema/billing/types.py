"""Billing types: plans, the organisation's subscription and usage, billing details and invoices."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.billing import services as billing
from app.billing.models import Invoice, InvoiceStatus, SubscriptionStatus
from app.billing.plans import Plan, PlanInterval
from app.integrations.stripe.client import amount_of
from app.settings import get_settings
from schema.campaigns.types import Money
from schema.context import ctx, forbidden
from schema.permissions import admins_only
from schema.relay import Node, from_global_id, from_row, register_node, rows_loader

PlanIntervalEnum = strawberry.enum(PlanInterval, name="PlanInterval")
BillingSubscriptionStatus = strawberry.enum(SubscriptionStatus, name="BillingSubscriptionStatus")
InvoiceStatusEnum = strawberry.enum(InvoiceStatus, name="InvoiceStatus")


@strawberry.type(name="Plan", description="What an organisation can subscribe to (from QUANTIX_PLANS_FILE).")
class PlanType:
    id: strawberry.ID
    name: str
    stripe_price_id: str
    seat_price: Money
    interval: PlanIntervalEnum  # type: ignore[valid-type]
    included_leads_per_month: int
    trial_days: int

    @classmethod
    def from_plan(cls, plan: Plan) -> PlanType:
        return from_row(
            cls, plan, id=strawberry.ID(plan.id), seat_price=Money(amount=plan.seat_price, currency=plan.currency)
        )


@strawberry.type(description="The card on file: only brand, last 4 digits and expiry ever reach us.")
class PaymentMethod:
    brand: str
    last4: str
    exp_month: int
    exp_year: int


@strawberry.type(description="The organisation's subscription, as Stripe last told us.")
class BillingSubscription:
    plan: PlanType
    status: BillingSubscriptionStatus  # type: ignore[valid-type]
    seats: int | None = strawberry.field(description="Paid seats; null = no cap (the trial before checkout).")
    seats_used: int = strawberry.field(description="Members of every role plus pending invitations.")
    current_period_end: dt.datetime | None = strawberry.field(description="End of the period, or of the trial.")
    cancel_at_period_end: bool
    read_only: bool = strawberry.field(description="True when the organisation is read-only for billing.")
    card: strawberry.Private[PaymentMethod | None] = None

    @strawberry.field(description="The card on file: OWNER and ADMIN sessions (FORBIDDEN for others).")
    def payment_method(self, info: Info) -> PaymentMethod | None:
        _billing_admin(info, "The card on file")
        return self.card

    @classmethod
    def from_view(cls, view: billing.SubscriptionView, used: int) -> BillingSubscription:
        card = view.card
        return from_row(
            cls,
            view,
            plan=PlanType.from_plan(view.plan),
            seats_used=used,
            read_only=view.inactive,
            card=PaymentMethod(brand=card[0], last4=card[1], exp_month=card[2], exp_year=card[3]) if card else None,
        )


@strawberry.type(description="Leads created this UTC calendar month against what the plan includes.")
class OrganizationUsage:
    leads_this_period: int
    included_leads: int


@strawberry.type
class BillingAddress:
    line1: str
    line2: str | None
    city: str
    postal_code: str
    state: str | None
    country: str


@strawberry.type
class TaxId:
    type: str
    value: str


@strawberry.type(description="Who invoices are addressed to (mirrored to the Stripe customer).")
class BillingDetails:
    email: str | None
    company_name: str | None
    address: BillingAddress | None
    tax_id: TaxId | None

    @classmethod
    def from_details(cls, details: billing.BillingDetails) -> BillingDetails:
        address = details.address
        return from_row(
            cls,
            details,
            address=BillingAddress(
                line1=address.get("line1") or "",
                line2=address.get("line2"),
                city=address.get("city") or "",
                postal_code=address.get("postal_code") or "",
                state=address.get("state"),
                country=address.get("country") or "",
            )
            if address
            else None,
            tax_id=TaxId(type=details.tax_id["type"], value=details.tax_id["value"]) if details.tax_id else None,
        )


def _money(minor: int, currency: str) -> Money:
    return Money(amount=amount_of(minor, currency), currency=currency)


@strawberry.type(name="Invoice", description="An invoice mirrored from Stripe (kept for tax and accounting law).")
class InvoiceType(Node):
    number: str | None
    status: InvoiceStatusEnum  # type: ignore[valid-type]
    total: Money
    amount_paid: Money
    issued_at: dt.datetime
    period_start: dt.datetime | None
    period_end: dt.datetime | None
    hosted_url: str | None
    pdf_url: str | None

    @classmethod
    def from_model(cls, invoice: Invoice) -> InvoiceType:
        return from_row(
            cls,
            invoice,
            total=_money(invoice.total, invoice.currency),
            amount_paid=_money(invoice.amount_paid, invoice.currency),
        )


def _own_org(info: Info, organization_global_id: str) -> uuid.UUID | None:
    """The organisation behind an `Organization` object, when it is the caller's (memberships list others).
    Billing is for sessions only (SPEC §7.7): a partner token gets FORBIDDEN."""
    if ctx(info).require_viewer().is_token:
        raise forbidden("Billing is read with a session, not an API token.")
    _, pk = from_global_id(organization_global_id)
    return pk if pk == ctx(info).organization_id else None


def _billing_admin(info: Info, what: str) -> None:
    viewer = ctx(info).require_viewer()
    if viewer.is_token or viewer.role is None or viewer.role < Role.ADMIN:
        raise forbidden(f"{what} needs a session of an ADMIN or OWNER.")


async def organization_subscription(root: Any, info: Info) -> BillingSubscription | None:
    org_id = _own_org(info, root.id)  # type: ignore[attr-defined]
    if org_id is None:
        return None
    view = await billing.subscription_view(get_settings(), org_id)
    return BillingSubscription.from_view(view, await billing.seats_used(org_id)) if view else None


async def organization_usage(root: Any, info: Info) -> OrganizationUsage | None:
    org_id = _own_org(info, root.id)  # type: ignore[attr-defined]
    if org_id is None:
        return None
    found = await billing.usage(get_settings(), org_id)
    return OrganizationUsage(leads_this_period=found.leads_this_period, included_leads=found.included_leads)


async def organization_billing_details(root: Any, info: Info) -> BillingDetails | None:
    org_id = _own_org(info, root.id)  # type: ignore[attr-defined]
    if org_id is None:
        return None
    _billing_admin(info, "Billing details")
    details = await billing.billing_details(org_id)
    return BillingDetails.from_details(details) if details else None


register_node("Invoice", admins_only(rows_loader(Invoice, InvoiceType.from_model)))
