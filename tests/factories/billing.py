"""Node factories for billing: an invoice mirrored from Stripe."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from app.billing.models import Invoice, InvoiceStatus
from schema.relay import to_global_id


async def make_invoice(org: Organization, **fields: object) -> Invoice:
    values: dict[str, object] = {
        "stripe_invoice_id": f"in_{uuid.uuid4().hex[:14]}",
        "number": "QX-0001",
        "status": InvoiceStatus.PAID,
        "currency": "EUR",
        "total": 5700,
        "amount_paid": 5700,
        "issued_at": dt.datetime.now(dt.UTC),
        "customer_name": "Acme GmbH",
        "customer_email": "billing@acme.example",
    }
    values.update(fields)
    return await Invoice.create(organization=org, **values)


async def _invoice(org: Organization, user: User) -> str:
    return to_global_id("Invoice", (await make_invoice(org)).id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {"Invoice": _invoice}
