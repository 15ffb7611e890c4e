"""Demo data for the sandbox (STRIPE.md §12): one customer with an EU VAT id and subscriptions that are
`trialing`, `active`, `past_due` and `canceled`, built by living through 35 days of their history."""

from __future__ import annotations

from typing import Any

from app.sandbox.stripe import cards, customers, lifecycle
from app.sandbox.stripe.app import StripeEmulator

HISTORY = 35 * 86400


def seed(emulator: StripeEmulator) -> dict[str, Any]:
    """Returns the customer; its subscriptions are listed with `GET /v1/subscriptions?customer=...&status=all`."""
    state = emulator.state
    now = state.now()
    state.offset -= HISTORY
    customer = customers.new_customer(state, email="billing@acme.example", name="Acme GmbH")
    customer["address"] = {
        "line1": "Hauptstr. 1",
        "line2": None,
        "city": "Berlin",
        "postal_code": "10115",
        "state": None,
        "country": "DE",
    }
    customer["metadata"] = {"org_id": "org_demo"}
    state.add(customer)
    customers.add_tax_id(state, customer, "eu_vat", "DE123456789")
    paying = cards.add_card(state, cards.SUCCESS, "12/34", "123", customer["id"])
    failing = cards.add_card(state, cards.FAILS_LATER, "12/34", "123", customer["id"])
    customer["invoice_settings"]["default_payment_method"] = paying["id"]
    monthly = state.require("price_seat_monthly", "price")

    def subscribe(quantity: int, trial_days: int | None, card: dict[str, Any]) -> dict[str, Any]:
        return lifecycle.create(
            state,
            customer,
            [(monthly, quantity)],
            trial_days=trial_days,
            payment_method=card["id"],
            metadata={"org_id": "org_demo"},
        )

    subscribe(3, 45, paying)
    subscribe(5, None, paying)
    past_due = subscribe(2, None, paying)
    past_due["default_payment_method"] = failing["id"]
    lifecycle.cancel(state, subscribe(1, None, paying))
    lifecycle.run_until(state, now)
    return customer
