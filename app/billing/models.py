"""Billing state per organisation, its billing details, the invoices mirror and processed Stripe events.

Card numbers never reach us: Checkout collects them; only brand, last 4 digits and expiry are kept.
Billing details and that card are `BILLING` (encrypted, exported, erased with the organisation; the details
are correctable here, the card in Stripe's portal); invoices are `INVOICES`, kept under a legal obligation
(tax and accounting law) when an erasure runs.
"""

from __future__ import annotations

import enum

from tortoise import fields

from app.classification import DataCategory, Erase, LegalBasis, classify, not_personal
from app.orm import BaseModel, TenantModel, Updated
from app.security.fields import EncryptedJSONField, EncryptedTextField

INVOICE_KEPT_REASON = "tax and accounting law"


class SubscriptionStatus(enum.Enum):
    TRIALING = "TRIALING"
    ACTIVE = "ACTIVE"
    PAST_DUE = "PAST_DUE"
    CANCELED = "CANCELED"
    UNPAID = "UNPAID"
    INCOMPLETE = "INCOMPLETE"


class InvoiceStatus(enum.Enum):
    """Stripe's invoice statuses; the mirror never moves one back (app.billing.events)."""

    DRAFT = "DRAFT"
    OPEN = "OPEN"
    PAID = "PAID"
    UNCOLLECTIBLE = "UNCOLLECTIBLE"
    VOID = "VOID"


class BillingAccount(TenantModel, Updated):
    """One per organisation once billing touched it: the Stripe customer, the subscription mirror and the
    billing details. Before any checkout there is no row and the organisation trials the default plan."""

    stripe_customer_id = fields.CharField(max_length=64, null=True, unique=True)
    stripe_subscription_id = fields.CharField(max_length=64, null=True, unique=True)
    plan_id = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(SubscriptionStatus, max_length=16, null=True)
    seats = fields.IntField(null=True)
    current_period_end = fields.DatetimeField(null=True)
    cancel_at_period_end = fields.BooleanField(default=False, db_default=False)
    past_due_since = fields.DatetimeField(null=True)
    # the card on file as Stripe describes it: {brand, last4, exp_month, exp_year}, nothing more (SPEC §7.3)
    card = EncryptedJSONField(DataCategory.BILLING, export="Payment card (brand, last 4 digits, expiry)", null=True)
    billing_email = EncryptedTextField(DataCategory.BILLING, export="Billing email", correctable=True, null=True)
    company_name = EncryptedTextField(DataCategory.BILLING, export="Company name", correctable=True, null=True)
    address = EncryptedJSONField(DataCategory.BILLING, export="Billing address", correctable=True, null=True)
    tax_id = EncryptedJSONField(DataCategory.BILLING, export="Tax id", correctable=True, null=True)
    synced_at = fields.DatetimeField(null=True)
    # the organisation's latest Checkout Session: a new checkout expires it, so two can never both be paid
    checkout_session_id = fields.CharField(max_length=255, null=True)

    class Meta:
        table = "billing_account"
        unique_together = (("organization",),)


def _kept_for_tax(kind: type[EncryptedTextField], export: str) -> EncryptedTextField:
    """A snapshot frozen on the invoice: kept through erasures under the legal obligation to keep invoices."""
    return kind(
        DataCategory.INVOICES,
        export=export,
        erase=Erase.KEEP,
        kept_reason=INVOICE_KEPT_REASON,
        legal_basis=LegalBasis.LEGAL_OBLIGATION,
        null=True,
    )


class Invoice(TenantModel, Updated):
    """A mirror of a Stripe invoice (keyed by its `in_` id): what the tax authorities may ask to see."""

    stripe_invoice_id = fields.CharField(max_length=64, unique=True)
    number = not_personal(fields.CharField(max_length=64, null=True))
    status = fields.CharEnumField(InvoiceStatus, max_length=16)
    currency = fields.CharField(max_length=3)
    total = fields.BigIntField(default=0)  # minor units, as Stripe sends them
    amount_paid = fields.BigIntField(default=0)
    issued_at = fields.DatetimeField()
    period_start = fields.DatetimeField(null=True)
    period_end = fields.DatetimeField(null=True)
    hosted_url = not_personal(fields.CharField(max_length=1000, null=True))
    pdf_url = not_personal(fields.CharField(max_length=1000, null=True))
    customer_name = _kept_for_tax(EncryptedTextField, "Invoice addressee")
    customer_email = _kept_for_tax(EncryptedTextField, "Invoice email")
    customer_address = _kept_for_tax(EncryptedJSONField, "Invoice address")

    class Meta:
        table = "billing_invoice"
        indexes = (("organization", "issued_at"),)


EVENT_ID_MAX = 64  # an event with a longer id is ignored (Stripe's own ids are far shorter)


class StripeEvent(BaseModel):
    """Stripe event ids already applied: a replayed or re-delivered event changes nothing."""

    event_id = fields.CharField(max_length=EVENT_ID_MAX, unique=True)
    type = classify(fields.CharField(max_length=100), None)

    class Meta:
        table = "billing_stripe_event"
