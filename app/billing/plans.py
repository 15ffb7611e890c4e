"""Plans, read once from the TOML file `QUANTIX_PLANS_FILE` (a default with two plans ships in app/data)."""

from __future__ import annotations

import enum
import functools
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.settings import Settings


class PlanInterval(enum.Enum):
    MONTH = "MONTH"
    YEAR = "YEAR"


@dataclass(frozen=True)
class Plan:
    id: str
    name: str
    stripe_price_id: str
    seat_price: Decimal
    currency: str
    interval: PlanInterval
    included_leads_per_month: int
    trial_days: int
    default: bool = False


class PlansFileError(ValueError):
    """The plans file cannot be used; the message says which entry and why."""


def parse_plans(text: str) -> tuple[Plan, ...]:
    """Plans from TOML text; exactly one is the default, ids are unique."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlansFileError(f"not valid TOML: {exc}") from None
    plans: list[Plan] = []
    for index, entry in enumerate(data.get("plans") or []):
        where = f"plans[{index}]"
        try:
            interval = PlanInterval(str(entry["interval"]).upper())
            plan = Plan(
                id=str(entry["id"]),
                name=str(entry["name"]),
                stripe_price_id=str(entry["stripe_price_id"]),
                seat_price=Decimal(str(entry["seat_price"])),
                currency=str(entry.get("currency", "EUR")).upper(),
                interval=interval,
                included_leads_per_month=int(entry["included_leads_per_month"]),
                trial_days=int(entry.get("trial_days", 14)),
                default=bool(entry.get("default", False)),
            )
        except KeyError as exc:
            raise PlansFileError(f"{where} lacks {exc.args[0]}") from None
        except (ValueError, InvalidOperation) as exc:
            raise PlansFileError(f"{where}: {exc}") from None
        if plan.seat_price < 0 or plan.trial_days < 0 or plan.included_leads_per_month < 0:
            raise PlansFileError(f"{where}: prices, trial days and included leads cannot be negative")
        plans.append(plan)
    if not plans:
        raise PlansFileError("no [[plans]] entries")
    if len({p.id for p in plans}) != len(plans):
        raise PlansFileError("plan ids must be unique")
    if sum(p.default for p in plans) != 1:
        raise PlansFileError("exactly one plan must have default = true")
    return tuple(plans)


@functools.lru_cache(maxsize=4)
def _load(path: str) -> tuple[Plan, ...]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise PlansFileError(f"cannot read {path}: {exc.strerror}") from None
    return parse_plans(text)


def plans(settings: Settings) -> tuple[Plan, ...]:
    return _load(settings.plans_file)


def default_plan(settings: Settings) -> Plan:
    return next(p for p in plans(settings) if p.default)


def find_plan(settings: Settings, plan_id: str) -> Plan | None:
    return next((p for p in plans(settings) if p.id == plan_id), None)


def plan_for_price(settings: Settings, price_id: str | None) -> Plan | None:
    return next((p for p in plans(settings) if p.stripe_price_id == price_id), None)
