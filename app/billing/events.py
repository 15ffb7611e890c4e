"""Stripe events from the durable inbox, one `BILLING_EVENT` job each (SPEC §7.3).

Each event is applied once: its `evt_` id is claimed in the transaction that writes its effects, so a second
delivery (even with other bytes) changes nothing and a failed one can run again. Subscription events re-read
the subscription from Stripe; invoices come from the event's snapshot (STRIPE.md documents no single-invoice
read), and an invoice's status only moves forward, so late and out-of-order deliveries do no harm: a payment
failure tells the OWNERs only while the invoice is unpaid and its subscription still waits for the payment.
A second live subscription for an organisation that has one is canceled at Stripe at once (audited).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.accounts.models import Role
from app.billing.models import EVENT_ID_MAX, BillingAccount, Invoice, InvoiceStatus, StripeEvent
from app.billing.services import (
    account_for_stripe,
    cancel_surplus,
    is_surplus,
    mirror_subscription,
    subscription_reactivated,
)
from app.ids import pk_from
from app.integrations.meta import webhooks as inbox
from app.integrations.meta.models import WebhookEvent
from app.integrations.stripe.client import NotFound, StripeClient, StripeError
from app.jobs import JobKind, RetryLater
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.billing.events")

SUBSCRIPTION_EVENTS = frozenset(
    {"customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted"}
)
INVOICE_EVENTS = frozenset({"invoice.finalized", "invoice.paid", "invoice.payment_failed"})
# How far an invoice has come: an uncollectible one may still be paid or voided; paid and void are final.
_INVOICE_RANK = {
    InvoiceStatus.DRAFT: 0,
    InvoiceStatus.OPEN: 1,
    InvoiceStatus.UNCOLLECTIBLE: 2,
    InvoiceStatus.PAID: 3,
    InvoiceStatus.VOID: 3,
}
_INVOICE_FINAL = frozenset({InvoiceStatus.PAID, InvoiceStatus.VOID})
# Stripe statuses of a subscription waiting for a payment: what a payment failure still describes
_AWAITING_PAYMENT = frozenset({"past_due", "unpaid", "incomplete"})


def _from_unix(value: Any) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(int(value), dt.UTC) if isinstance(value, int | float) else None


def _older(status: InvoiceStatus, than: InvoiceStatus) -> bool:
    """A snapshot from before the stored one: an invoice's status only moves forward."""
    return status is not than and (than in _INVOICE_FINAL or _INVOICE_RANK[status] < _INVOICE_RANK[than])


def _subscription_of_invoice(invoice: dict[str, Any]) -> str | None:
    details = (invoice.get("parent") or {}).get("subscription_details") or {}
    return details.get("subscription") or invoice.get("subscription")


async def mirror_invoice(account: BillingAccount, invoice: dict[str, Any]) -> Invoice | None:
    """Upsert by the `in_` id from an event's snapshot; drafts are not mirrored (no number yet) and an older
    snapshot than the stored one changes nothing (events come in any order)."""
    status_text = str(invoice.get("status") or "draft").upper()
    if status_text not in InvoiceStatus.__members__ or status_text == "DRAFT":
        return None
    status = InvoiceStatus[status_text]
    values = {
        "number": invoice.get("number"),
        "currency": str(invoice.get("currency") or "eur").upper()[:3],
        "total": int(invoice.get("total") or 0),
        "amount_paid": int(invoice.get("amount_paid") or 0),
        "issued_at": _from_unix((invoice.get("status_transitions") or {}).get("finalized_at"))
        or _from_unix(invoice.get("created"))
        or dt.datetime.now(dt.UTC),
        "period_start": _from_unix(invoice.get("period_start")),
        "period_end": _from_unix(invoice.get("period_end")),
        "hosted_url": invoice.get("hosted_invoice_url"),
        "pdf_url": invoice.get("invoice_pdf"),
        "customer_name": invoice.get("customer_name"),
        "customer_email": invoice.get("customer_email"),
        "customer_address": invoice.get("customer_address"),
    }
    row = await Invoice.get_or_none(stripe_invoice_id=invoice["id"])
    if row is None:
        try:
            async with in_transaction():  # a savepoint when the caller's transaction wraps this
                return await Invoice.create(
                    organization_id=account.organization_id, stripe_invoice_id=invoice["id"], status=status, **values
                )
        except IntegrityError:  # another job mirrored it in between
            row = await Invoice.get(stripe_invoice_id=invoice["id"])
    if row.organization_id != account.organization_id:
        return None
    if _older(status, row.status):
        return row  # the row keeps the newer snapshot's figures too
    row.update_from_dict({"status": status, **values})
    await row.save()
    return row


async def _mail_owners_payment_failed(account: BillingAccount) -> None:
    """Each OWNER gets a mail and a BILLING notification without amounts or card details: only where to fix it."""
    await notify(
        NotificationKind.BILLING,
        title="A payment failed",
        body="The payment for your organisation's QuantixOne subscription failed. Stripe will retry it; "
        "update the payment method in the billing portal (openBillingPortal) to keep full access.",
        organization_id=account.organization_id,
        roles={Role.OWNER},
        link="/graphql",
        mail=True,
        mail_kind="billing_payment_failed",
    )


async def apply_event(settings: Settings, event: dict[str, Any]) -> str:
    """Apply one Stripe event; returns what happened (for the job's result, no personal data).

    Stripe is read first (no transaction is held over a call); then the event id is claimed and the mirror
    written in one transaction; OWNERs are told once that committed. If telling them fails, the claim is
    released so the job's retry runs the event again."""
    event_id, kind = str(event.get("id") or ""), str(event.get("type") or "")
    if not event_id.startswith("evt_") or len(event_id) > EVENT_ID_MAX:
        return "ignored"
    if await StripeEvent.filter(event_id=event_id).exists():
        return "duplicate"
    obj = (event.get("data") or {}).get("object") or {}
    read = await _read_stripe(settings, kind, obj)
    async with in_transaction():
        try:
            async with in_transaction():  # a savepoint: a duplicate's refused insert leaves the rest usable
                await StripeEvent.create(event_id=event_id, type=kind[:100])
        except IntegrityError:
            return "duplicate"
        outcome, account, reactivated = await _apply(settings, kind, obj, read)
    try:
        if reactivated:
            await subscription_reactivated(account)
        if account is not None and outcome == "payment_failed":
            await _mail_owners_payment_failed(account)
        if account is not None and read is not None and read.get("object") == "subscription":
            if is_surplus(account, read):
                async with StripeClient(settings) as stripe:
                    if await cancel_surplus(stripe, account, str(read["id"])):
                        outcome = "duplicate_canceled"
    except BaseException:
        await StripeEvent.filter(event_id=event_id).delete()
        raise
    return outcome


def _subscription_named(kind: str, obj: dict[str, Any]) -> str | None:
    if kind == "checkout.session.completed":
        return str(obj["subscription"]) if obj.get("subscription") else None
    if kind in SUBSCRIPTION_EVENTS:
        return str(obj["id"])
    if kind in INVOICE_EVENTS:
        return _subscription_of_invoice(obj)
    return None


async def _read_stripe(settings: Settings, kind: str, obj: dict[str, Any]) -> dict[str, Any] | None:
    """What the event needs from Stripe now: the subscription it names, or the customer it updated."""
    sub_id = _subscription_named(kind, obj)
    if sub_id is None and (kind != "customer.updated" or await account_for_stripe(str(obj.get("id"))) is None):
        return None
    async with StripeClient(settings) as stripe:
        if sub_id is not None:
            return await stripe.subscription(sub_id)
        return await stripe.customer(str(obj["id"]))


async def _apply(
    settings: Settings, kind: str, obj: dict[str, Any], read: dict[str, Any] | None
) -> tuple[str, BillingAccount | None, bool]:
    """The event's writes: (outcome, the account it concerned, whether the organisation stopped being
    read-only)."""
    if kind == "checkout.session.completed":
        # our sessions carry metadata.org_id; client_reference_id (the organisation's global id) always names it
        org_id = (obj.get("metadata") or {}).get("org_id") or pk_from(
            str(obj.get("client_reference_id") or ""), "Organization"
        )
        account = await account_for_stripe(obj.get("customer"), None, str(org_id) if org_id else None)
        if account is None or read is None:
            return "ignored", None, False
        mirrored, reactivated = await mirror_subscription(settings, read, account)
        return "subscribed", mirrored, reactivated
    if kind in SUBSCRIPTION_EVENTS:
        assert read is not None
        mirrored, reactivated = await mirror_subscription(settings, read)
        return ("synced" if mirrored is not None else "unknown"), mirrored, reactivated
    if kind in INVOICE_EVENTS:
        account = await account_for_stripe(obj.get("customer"), _subscription_of_invoice(obj))
        reactivated = False
        if read is not None:
            mirrored, reactivated = await mirror_subscription(settings, read)
            account = mirrored or account
        if account is None or not str(obj.get("id") or "").startswith("in_"):
            return "ignored", None, False
        row = await mirror_invoice(account, obj)
        if kind == "invoice.payment_failed" and _failure_stands(account, row, read):
            return "payment_failed", account, reactivated
        return "invoice", account, reactivated
    if kind == "customer.updated" and read is not None:
        account = await account_for_stripe(str(obj.get("id")))
        if account is not None:
            await _mirror_customer(account, read)
            return "customer", account, False
    return "ignored", None, False


def _failure_stands(account: BillingAccount, row: Invoice | None, sub: dict[str, Any] | None) -> bool:
    """A payment failure worth telling the OWNERs: the invoice is still unpaid as we hold it (a late failure of
    an invoice paid since changes nothing), and its subscription, read now, is the organisation's own and
    still waits for a payment (not active again, not ended)."""
    if row is None or row.status not in (InvoiceStatus.OPEN, InvoiceStatus.UNCOLLECTIBLE):
        return False
    if sub is None:
        return True
    return sub.get("id") == account.stripe_subscription_id and str(sub.get("status")) in _AWAITING_PAYMENT


async def _mirror_customer(account: BillingAccount, customer: dict[str, Any]) -> None:
    """Details changed in the portal come back to us (deleted customers change nothing)."""
    if customer.get("deleted"):
        return
    account.billing_email = customer.get("email") or account.billing_email
    account.company_name = customer.get("name") or account.company_name
    address = customer.get("address")
    if isinstance(address, dict) and address.get("line1"):
        account.address = {k: address.get(k) for k in ("line1", "line2", "city", "postal_code", "state", "country")}
    await account.save()


async def recover_undelivered(settings: Settings) -> int:
    """Take in the events whose webhook never reached us (e.g. sent while the API was not listening) through
    the same durable inbox as `POST /webhooks/stripe`; returns how many were new to the inbox."""
    async with StripeClient(settings) as stripe:
        missed = await stripe.undelivered_events()
    stored = 0
    for event in missed:
        if await inbox.receive(json.dumps(event).encode()) is not None:
            stored += 1
    return stored


async def organization_of(event: dict[str, Any]) -> uuid.UUID | None:
    """The organisation whose Stripe customer the event is about, when we know the customer: its job is shown
    to that organisation's ADMINs (SPEC §7.7)."""
    obj = (event.get("data") or {}).get("object") or {}
    customer = obj.get("id") if obj.get("object") == "customer" else obj.get("customer")
    if not isinstance(customer, str) or not customer:
        return None
    account = await BillingAccount.get_or_none(stripe_customer_id=customer)
    return account.organization_id if account is not None else None


@inbox.webhook_job("event", JobKind.BILLING_EVENT, organization=organization_of)
async def process_billing_event(row: WebhookEvent, body: dict[str, Any]) -> dict[str, Any] | None:
    try:
        outcome = await apply_event(get_settings(), body)
    except NotFound:
        await inbox.mark_failed(row, "the object is gone at Stripe")
        return {"outcome": "gone"}
    except StripeError as exc:
        await inbox.note_attempt(row, f"stripe {exc.status}: {exc.type}")
        raise RetryLater(30.0, "Stripe could not be read") from None
    await inbox.mark_processed(row)
    return {"outcome": outcome, "type": str(body.get("type"))[:100]}
