"""The life of a subscription (STRIPE.md §6): creation with its first invoice, cancellation, and the
timeline the clock drives (`run_until`): trial reminders, renewal invoices charged off-session, `past_due`
after a failed charge, retries, then `canceled` or `unpaid` (knob `lapse_to`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from app.sandbox.stripe import invoices, wire
from app.sandbox.stripe.events import changes, emit, snapshot
from app.sandbox.stripe.state import State

DAY = 86400
TRIAL_WILL_END = 3 * DAY
LIVE = ("trialing", "active", "past_due")


def add_interval(timestamp: int, interval: str) -> int:
    """One month or year later in UTC, the day clamped to the month's length (Jan 31 -> Feb 28)."""
    moment = dt.datetime.fromtimestamp(timestamp, dt.UTC)
    if interval == "day":
        return timestamp + DAY
    if interval == "week":
        return timestamp + 7 * DAY
    months = 12 if interval == "year" else 1
    year, month = divmod(moment.month - 1 + months, 12)
    year += moment.year
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return int(moment.replace(year=year, month=month + 1, day=day).timestamp())


def create(
    state: State,
    customer: dict[str, Any],
    lines: list[tuple[dict[str, Any], int]],
    *,
    trial_days: int | None,
    payment_method: str | None,
    metadata: dict[str, str],
) -> dict[str, Any]:
    """A subscription with its first invoice (zero during a trial), as Checkout creates it."""
    now = state.now()
    trial_end = now + trial_days * DAY if trial_days else None
    interval = lines[0][0]["recurring"]["interval"]
    period_end = trial_end or add_interval(now, interval)
    sub = {
        "id": state.new_id("sub_", 24),
        "object": "subscription",
        "customer": customer["id"],
        "status": "trialing" if trial_end else "active",
        "currency": lines[0][0]["currency"],
        "cancel_at_period_end": False,
        "cancel_at": None,
        "canceled_at": None,
        "ended_at": None,
        "cancellation_details": {"comment": None, "feedback": None, "reason": None},
        "trial_start": now if trial_end else None,
        "trial_end": trial_end,
        "start_date": now,
        "billing_cycle_anchor": period_end if trial_end else now,
        "collection_method": "charge_automatically",
        "latest_invoice": None,
        "default_payment_method": payment_method,
        "metadata": metadata,
        "created": now,
        "livemode": False,
        "_pending": [],
        "_quantity_updates": [],
    }
    items = []
    for price, quantity in lines:
        item = {"id": state.new_id("si_"), "object": "subscription_item", "subscription": sub["id"]}
        item |= {"quantity": quantity, "price": dict(price), "created": now, "metadata": {}}
        item |= {"current_period_start": now, "current_period_end": period_end}
        items.append(state.add(item))
    sub["items"] = wire.list_object(items, f"/v1/subscription_items?subscription={sub['id']}")
    state.add(sub)
    emit(state, "customer.subscription.created", sub)
    reason = "subscription_create"
    invoice_lines = [item_line(state, sub, item, trial=bool(trial_end)) for item in items]
    bill(state, sub, reason, invoice_lines, (now, period_end))
    return sub


def item_line(state: State, sub: dict[str, Any], item: dict[str, Any], *, trial: bool = False) -> dict[str, Any]:
    price, quantity = item["price"], item["quantity"]
    period = (item["current_period_start"], item["current_period_end"])
    label = f"{quantity} x {price['nickname'] or price['id']}"
    amount = 0 if trial else price["unit_amount"] * quantity
    description = f"Trial period for {label}" if trial else label
    return invoices.line(state, sub, item, amount, quantity, period, description=description)


def bill(state: State, sub: dict[str, Any], reason: str, lines: list[dict[str, Any]], period: tuple[int, int]) -> bool:
    """Draft, finalize and charge an invoice for `sub`; True when it is paid."""
    invoice = invoices.create(state, sub, reason, lines, period)
    sub["latest_invoice"] = invoice["id"]
    invoices.finalize(state, invoice)
    return invoices.pay(state, invoice)


def current_period(sub: dict[str, Any]) -> tuple[int, int]:
    first = sub["items"]["data"][0]
    return first["current_period_start"], first["current_period_end"]


def cancel(state: State, sub: dict[str, Any], *, at: int | None = None, reason: str = "cancellation_requested") -> None:
    """Cancel now (or at `at`, a period end that has passed): terminal; `customer.subscription.deleted`."""
    moment = state.now() if at is None else at
    sub.update(status="canceled", canceled_at=sub["canceled_at"] or moment, ended_at=moment, cancel_at=None)
    sub["cancellation_details"]["reason"] = sub["cancellation_details"]["reason"] or reason
    emit(state, "customer.subscription.deleted", sub)


def schedule_cancel(state: State, sub: dict[str, Any], cancelling: bool) -> None:
    """Cancel at the period end (`cancel_at`, `canceled_at` set), or undo it."""
    sub.update(cancel_at_period_end=cancelling, cancel_at=current_period(sub)[1] if cancelling else None)
    sub["canceled_at"] = state.now() if cancelling else None


def updated(state: State, sub: dict[str, Any], before: dict[str, Any]) -> None:
    """`customer.subscription.updated` with `previous_attributes`, when anything changed."""
    previous = changes(before, sub)
    if previous:
        emit(state, "customer.subscription.updated", sub, previous)


# -- the timeline ---------------------------------------------------------------------------------------


def _next_due(state: State, sub: dict[str, Any]) -> int | None:
    if sub["status"] not in LIVE:
        return None
    moments = [current_period(sub)[1]]
    if sub["status"] == "trialing" and not sub.get("_trial_will_end_sent"):
        moments.append(max(sub["trial_end"] - TRIAL_WILL_END, sub["trial_start"]))
    if sub["status"] == "past_due" and sub.get("_retries"):
        moments.append(sub["_retries"][0])
    return min(moments)


def run_until(state: State, target: int) -> None:
    """Move the clock to `target`, handling every due renewal, reminder and retry at its own moment."""
    while True:
        dues = [(due, sub["_seq"], sub) for sub in state.all("subscription") if (due := _next_due(state, sub))]
        dues = [d for d in dues if d[0] <= target]
        if not dues:
            break
        due, _, sub = min(dues, key=lambda d: (d[0], d[1]))
        state.offset += max(due - state.now(), 0)
        _step(state, sub)
    state.offset += max(target - state.now(), 0)


def _step(state: State, sub: dict[str, Any]) -> None:
    now = state.now()
    end = current_period(sub)[1]
    if sub["status"] == "trialing" and not sub.get("_trial_will_end_sent") and now < end:
        sub["_trial_will_end_sent"] = True
        emit(state, "customer.subscription.trial_will_end", sub)
        return
    if sub["status"] == "past_due" and sub.get("_retries") and sub["_retries"][0] <= now and now < end:
        _retry(state, sub)
        return
    if sub["cancel_at_period_end"]:
        cancel(state, sub, at=end)
        return
    _renew(state, sub, end)


def _renew(state: State, sub: dict[str, Any], start: int) -> None:
    """A new period from `start`: the renewal invoice with pending prorations, charged off-session."""
    before = snapshot(sub)
    interval = sub["items"]["data"][0]["price"]["recurring"]["interval"]
    end = add_interval(start, interval)
    for item in sub["items"]["data"]:
        item.update(current_period_start=start, current_period_end=end)
    lines = [*sub["_pending"], *(item_line(state, sub, item) for item in sub["items"]["data"])]
    sub["_pending"] = []
    if sub["status"] == "trialing":
        sub["status"] = "active"
    paid = bill(state, sub, "subscription_cycle", lines, (start, end))
    if paid and sub["status"] == "past_due":
        sub["status"], sub["_retries"] = "active", []
    elif not paid and sub["status"] != "past_due":
        sub["status"] = "past_due"
        sub["_retries"] = [state.now() + days * DAY for days in state.knobs.retry_days]
        state.objects[sub["latest_invoice"]]["next_payment_attempt"] = sub["_retries"][0]
    updated(state, sub, before)


def _retry(state: State, sub: dict[str, Any]) -> None:
    """Smart Retries stand-in: charge the open invoices again; the last failure lapses the subscription."""
    sub["_retries"].pop(0)
    if settle(state, sub):
        return
    for invoice in _open_invoices(state, sub):
        invoice["next_payment_attempt"] = sub["_retries"][0] if sub["_retries"] else None
    if sub["_retries"]:
        return
    if state.knobs.lapse_to == "canceled":
        cancel(state, sub, reason="payment_failed")
    else:
        before = snapshot(sub)
        sub["status"] = "unpaid"
        updated(state, sub, before)


def _open_invoices(state: State, sub: dict[str, Any]) -> list[dict[str, Any]]:
    return state.all(
        "invoice", lambda i: i["status"] == "open" and i["parent"]["subscription_details"]["subscription"] == sub["id"]
    )


def settle(state: State, sub: dict[str, Any]) -> bool:
    """Charge every open invoice of `sub`; when all are paid a lapsed subscription is active again."""
    paid = all([invoices.pay(state, invoice) for invoice in reversed(_open_invoices(state, sub))])
    if paid and sub["status"] in ("past_due", "unpaid"):
        before = snapshot(sub)
        sub["status"], sub["_retries"] = "active", []
        updated(state, sub, before)
    return paid
