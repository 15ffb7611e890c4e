"""Stripe events from the durable inbox, one `BILLING_EVENT` job each (SPEC §7.3).

Each event is applied once (its `evt_` id is recorded); subscription and invoice events re-read the object
from Stripe, so duplicates and out-of-order deliveries leave the mirror as Stripe has it now.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from tortoise.exceptions import IntegrityError

from app.accounts.models import Role
from app.billing.models import BillingAccount, Invoice, InvoiceStatus, StripeEvent
from app.billing.services import account_for_stripe, sync_subscription
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
_INVOICE_ORDER = list(InvoiceStatus)


def _from_unix(value: Any) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(int(value), dt.UTC) if isinstance(value, int | float) else None


def _subscription_of_invoice(invoice: dict[str, Any]) -> str | None:
    details = (invoice.get("parent") or {}).get("subscription_details") or {}
    return details.get("subscription") or invoice.get("subscription")


async def mirror_invoice(account: BillingAccount, invoice: dict[str, Any]) -> Invoice | None:
    """Upsert by the `in_` id; drafts are not mirrored (no number yet) and a status never moves back."""
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
            return await Invoice.create(
                organization_id=account.organization_id, stripe_invoice_id=invoice["id"], status=status, **values
            )
        except IntegrityError:  # another job mirrored it in between
            row = await Invoice.get(stripe_invoice_id=invoice["id"])
    if row.organization_id != account.organization_id:
        return None
    if _INVOICE_ORDER.index(status) < _INVOICE_ORDER.index(row.status):
        status = row.status  # an older snapshot: the status only moves forward
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
    """Apply one Stripe event; returns what happened (for the job's result, no personal data)."""
    event_id, kind = str(event.get("id") or ""), str(event.get("type") or "")
    if not event_id.startswith("evt_"):
        return "ignored"
    if await StripeEvent.filter(event_id=event_id).exists():
        return "duplicate"
    obj = (event.get("data") or {}).get("object") or {}
    outcome = "ignored"
    async with StripeClient(settings) as stripe:
        if kind == "checkout.session.completed":
            account = await account_for_stripe(obj.get("customer"), None, (obj.get("metadata") or {}).get("org_id"))
            if account is not None and obj.get("subscription"):
                await sync_subscription(settings, stripe, str(obj["subscription"]))
                outcome = "subscribed"
        elif kind in SUBSCRIPTION_EVENTS:
            outcome = "synced" if await sync_subscription(settings, stripe, str(obj["id"])) else "unknown"
        elif kind in INVOICE_EVENTS:
            invoice = await stripe.invoice(str(obj["id"]))
            sub_id = _subscription_of_invoice(invoice)
            account = await account_for_stripe(invoice.get("customer"), sub_id)
            if sub_id:
                account = await sync_subscription(settings, stripe, sub_id) or account
            if account is not None:
                await mirror_invoice(account, invoice)
                outcome = "invoice"
                if kind == "invoice.payment_failed":
                    await _mail_owners_payment_failed(account)
        elif kind == "customer.updated":
            account = await account_for_stripe(str(obj.get("id")))
            if account is not None:
                await _mirror_customer(account, await stripe.customer(str(obj["id"])))
                outcome = "customer"
    try:
        await StripeEvent.create(event_id=event_id, type=kind[:100])
    except IntegrityError:
        return "duplicate"
    return outcome


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


@inbox.webhook_job("event", JobKind.BILLING_EVENT)
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
