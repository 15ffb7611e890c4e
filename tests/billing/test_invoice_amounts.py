"""An invoice's amounts are Stripe's integers in the currency's smallest unit, shown in the currency itself."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from app.accounts.models import Role
from app.billing.models import Invoice, InvoiceStatus
from tests.billing.helpers import INVOICES
from tests.support import GraphQLClient, make_user


@pytest.mark.parametrize(
    ("currency", "total", "shown"),
    [
        ("EUR", 11305, "113.05"),
        ("JPY", 11305, "11305"),  # zero decimals
        ("KWD", 11310, "11.310"),  # three decimals (Stripe's last digit is 0)
        ("ISK", 11300, "113"),  # Stripe counts ISK in hundredths, though it has no decimals
    ],
)
async def test_invoice_amounts_follow_the_currency(
    client: httpx.AsyncClient, currency: str, total: int, shown: str
) -> None:
    user, token = await make_user(role=Role.OWNER)
    await Invoice.create(
        organization_id=user.last_organization_id,
        stripe_invoice_id=f"in_{currency}",
        status=InvoiceStatus.PAID,
        currency=currency,
        total=total,
        amount_paid=total,
        issued_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
    )
    [edge] = (await GraphQLClient(client, token).data(INVOICES))["invoices"]["edges"]
    assert edge["node"]["total"] == edge["node"]["amountPaid"] == {"amount": shown, "currency": currency}
