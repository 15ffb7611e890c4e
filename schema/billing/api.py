"""Billing queries and mutations (SPEC §7.3, §7.7): sessions only; OWNER buys and changes, ADMIN reads."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.billing import services as billing
from app.billing.models import Invoice
from app.billing.plans import plans
from app.settings import get_settings
from schema.billing.types import BillingDetails, BillingSubscription, InvoiceType, PlanType
from schema.context import ctx
from schema.errors import payload_mutation, payload_type
from schema.permissions import allow
from schema.relay import Connection, PageArgs, connection_field, paginate, to_global_id


@strawberry.input
class StartCheckoutInput:
    plan_id: strawberry.ID
    seats: int | None = strawberry.field(default=None, description="Default: members plus pending invitations.")
    success_url: str
    cancel_url: str


StartCheckoutPayload = payload_type("StartCheckoutPayload", url=(str, "Stripe Checkout: send the browser there."))


@strawberry.input
class OpenBillingPortalInput:
    return_url: str


OpenBillingPortalPayload = payload_type(
    "OpenBillingPortalPayload", url=(str, "Short-lived: open it now, never store it.")
)


@strawberry.input
class ChangeSeatsInput:
    seats: int


ChangeSeatsPayload = payload_type(
    "ChangeSeatsPayload", billing_subscription=BillingSubscription, former={"subscription": "billing_subscription"}
)


@strawberry.input
class BillingAddressInput:
    line1: str
    line2: str | None = None
    city: str
    postal_code: str
    state: str | None = None
    country: str = strawberry.field(description="ISO 3166-1 alpha-2.")


@strawberry.input
class TaxIdInput:
    type: str = strawberry.field(description="Stripe's tax id type, e.g. eu_vat.")
    value: str


@strawberry.input
class UpdateBillingDetailsInput:
    email: str
    company_name: str
    address: BillingAddressInput
    tax_id: TaxIdInput | None = None


UpdateBillingDetailsPayload = payload_type("UpdateBillingDetailsPayload", billing_details=BillingDetails)


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(Role.VIEWER), description="The plans on offer.")
    def plans(self) -> list[PlanType]:
        return [PlanType.from_plan(p) for p in plans(get_settings())]

    @connection_field(allow(Role.ADMIN), "Invoices from Stripe, newest first.")
    async def invoices(self, info: Info, *, page: PageArgs) -> Connection[InvoiceType]:
        qs = Invoice.for_org(ctx(info).organization_id)
        return await paginate(qs, page, InvoiceType.from_model, order_field="issued_at")


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.OWNER), "Subscribe through Stripe Checkout.")
    async def start_checkout(self, info: Info, input: StartCheckoutInput) -> StartCheckoutPayload:
        org_id = ctx(info).organization_id
        url = await billing.start_checkout(
            get_settings(),
            org_id,
            plan_id=str(input.plan_id),
            seats=input.seats,
            success_url=input.success_url,
            cancel_url=input.cancel_url,
            reference=to_global_id("Organization", org_id),
        )
        return StartCheckoutPayload(url=url)

    @payload_mutation(allow(Role.OWNER), "Stripe's billing portal for this organisation.")
    async def open_billing_portal(self, info: Info, input: OpenBillingPortalInput) -> OpenBillingPortalPayload:
        url = await billing.open_billing_portal(get_settings(), ctx(info).organization_id, input.return_url)
        return OpenBillingPortalPayload(url=url)

    @payload_mutation(allow(Role.OWNER), "Paid seats, prorated and invoiced now.")
    async def change_seats(self, info: Info, input: ChangeSeatsInput) -> ChangeSeatsPayload:
        org_id = ctx(info).organization_id
        view = await billing.change_seats(get_settings(), org_id, input.seats)
        used = await billing.seats_used(org_id)
        return ChangeSeatsPayload(billing_subscription=BillingSubscription.from_view(view, used))

    @payload_mutation(allow(Role.OWNER), "Who invoices go to; mirrored to Stripe.")
    async def update_billing_details(self, info: Info, input: UpdateBillingDetailsInput) -> UpdateBillingDetailsPayload:
        address = input.address
        details = await billing.update_billing_details(
            get_settings(),
            ctx(info).organization_id,
            email=input.email,
            company_name=input.company_name,
            address={
                "line1": address.line1,
                "line2": address.line2,
                "city": address.city,
                "postal_code": address.postal_code,
                "state": address.state,
                "country": address.country,
            },
            tax_id={"type": input.tax_id.type, "value": input.tax_id.value} if input.tax_id else None,
        )
        return UpdateBillingDetailsPayload(billing_details=BillingDetails.from_details(details))
