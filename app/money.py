"""ISO 4217 currencies and their minor units: amounts are checked and rounded half-even to minor units."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from typing import NamedTuple

from app.errors import DomainError, ErrorCode

# Active ISO 4217 codes (list one, 2024); the exponent is 2 unless listed in MINOR_UNITS.
CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF
    CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD
    HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD
    MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
    PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
    TTD TWD TZS UAH UGX USD UYU UZS VES VED VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
    """.split()
)
MINOR_UNITS = {
    **dict.fromkeys(
        "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split(),
        0,
    ),
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),
}
MAX_AMOUNT = Decimal("1e13")


def check_currency(value: str, field: str = "currency") -> str:
    code = (value or "").strip().upper()
    if code not in CURRENCIES:
        raise DomainError(ErrorCode.INVALID_INPUT, "Use an ISO 4217 currency code, e.g. EUR.", field)
    return code


def minor_units(currency: str) -> int:
    return MINOR_UNITS.get(currency, 2)


_QUANTUM = {units: Decimal(1).scaleb(-units) for units in (0, 2, 3)}  # every value of MINOR_UNITS, and 2


def money_quantum(currency: str) -> Decimal:
    """The currency's minor unit as a quantum (0.01 for EUR), for rounding many amounts of one currency."""
    return _QUANTUM[minor_units(currency)]


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Half-even to the currency's minor units (the rounding of every amount we show)."""
    return amount.quantize(money_quantum(currency), rounding=ROUND_HALF_EVEN)


def from_minor(minor: int | str | Decimal, currency: str, units: int | None = None) -> Decimal:
    """An amount counted in the currency's minor unit (Meta's budgets, Stripe's amounts) as a decimal of the
    currency, rounded to its minor units: 5000 JPY is 5000, 1234 EUR is 12.34, 1234 KWD is 1.234. `units` is the
    exponent the source counts in where it differs from ISO 4217's. Raises ArithmeticError for no number."""
    exponent = minor_units(currency) if units is None else units
    return round_money(Decimal(minor).scaleb(-exponent), currency)


class Money(NamedTuple):
    """An amount and its ISO 4217 currency (a tuple: a report makes tens of thousands of them)."""

    amount: Decimal
    currency: str


def money_in(currency: str) -> Callable[[Decimal], Money]:
    """amount -> Money rounded half-even to the currency's minor units: made once for the many amounts of one
    currency (a report's), each tuple made directly rather than through NamedTuple's Python-level `__new__`."""
    quantum, new = money_quantum(currency), tuple.__new__

    def money(amount: Decimal) -> Money:
        return new(Money, (amount.quantize(quantum, ROUND_HALF_EVEN), currency))

    return money


def check_amount(amount: Decimal | None, currency: str, field: str = "amount") -> Decimal | None:
    if amount is None:
        return None
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        raise DomainError(ErrorCode.INVALID_INPUT, "An amount is zero or more (and below 10^13).", field)
    if amount != round_money(amount, currency):
        raise DomainError(
            ErrorCode.INVALID_INPUT, f"{currency} amounts have at most {minor_units(currency)} decimals.", field
        )
    return amount
