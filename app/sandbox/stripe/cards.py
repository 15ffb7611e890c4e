"""Test cards (STRIPE.md §11): what entering a card does, and what charging it later does.

`4242 4242 4242 4242` pays; `4000 0000 0000 0002` is declined; `4000 0000 0000 9995` has insufficient funds;
`4000 0000 0000 0341` attaches but every charge fails (renewals go `past_due`); `4000 0025 0000 3155` needs
3-D Secure, which the Checkout page stands in for, so it pays. Other numbers are refused as in test mode.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from app.sandbox.stripe.errors import StripeError, card_error
from app.sandbox.stripe.state import State

SUCCESS = "4242424242424242"
DECLINED = "4000000000000002"
INSUFFICIENT_FUNDS = "4000000000009995"
FAILS_LATER = "4000000000000341"
THREE_D_SECURE = "4000002500003155"
TEST_CARDS = {SUCCESS, DECLINED, INSUFFICIENT_FUNDS, FAILS_LATER, THREE_D_SECURE}
DECLINED_MESSAGE = "Your card was declined."


def _luhn(number: str) -> bool:
    total = 0
    for i, digit in enumerate(int(d) for d in reversed(number)):
        if i % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def add_card(state: State, number: str, exp: str, cvc: str, customer_id: str | None) -> dict[str, Any]:
    """A `pm_` PaymentMethod for the entered card, or the card error Checkout shows the buyer."""
    digits = re.sub(r"[\s-]", "", number)
    if not re.fullmatch(r"\d{13,19}", digits) or not _luhn(digits):
        raise card_error("incorrect_number", "Your card number is incorrect.", param="number")
    match = re.fullmatch(r"\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*", exp)
    if not match or not 1 <= int(match.group(1)) <= 12:
        raise card_error("invalid_expiry_month", "Your card's expiration date is incomplete.", param="exp_month")
    month, year = int(match.group(1)), int(match.group(2))
    year = year + 2000 if year < 100 else year
    today = dt.datetime.fromtimestamp(state.now(), dt.UTC)
    if (year, month) < (today.year, today.month):
        raise card_error("expired_card", "Your card has expired.", param="exp_month", decline_code="expired_card")
    if not re.fullmatch(r"\d{3,4}", cvc.strip()):
        raise card_error("incorrect_cvc", "Your card's security code is incomplete.", param="cvc")
    if digits not in TEST_CARDS:
        message = "Your card was declined. Your request was in test mode, but used a non test card. For a list of "
        raise card_error("card_declined", message + "valid test cards, visit: https://stripe.com/docs/testing.")
    if digits == DECLINED:
        raise card_error("card_declined", DECLINED_MESSAGE, decline_code="generic_decline")
    if digits == INSUFFICIENT_FUNDS:
        raise card_error("card_declined", "Your card has insufficient funds.", decline_code="insufficient_funds")
    card = {
        "brand": "visa",
        "display_brand": "visa",
        "last4": digits[-4:],
        "exp_month": month,
        "exp_year": year,
        "funding": "credit",
        "country": "US",
        "fingerprint": hashlib.sha256(digits.encode()).hexdigest()[:16],
    }
    pm = {"id": state.new_id("pm_", 24), "object": "payment_method", "type": "card", "card": card}
    pm |= {"customer": customer_id, "billing_details": {"email": None, "name": None}, "created": state.now()}
    pm |= {"livemode": False, "metadata": {}, "_number": digits}
    return state.add(pm)


def charge(state: State, payment_method_id: str | None, amount: int) -> StripeError | None:
    """None when the charge goes through; else the card error the payment attempt records."""
    if amount <= 0:
        return None
    pm = state.get(payment_method_id, "payment_method")
    if pm is None:
        message = "This customer has no attached payment source or default payment method."
        return StripeError(402, message, type="card_error", code="missing")
    if pm["_number"] == FAILS_LATER:
        return card_error("card_declined", DECLINED_MESSAGE, decline_code="generic_decline")
    return None
