"""Subscription endpoints (STRIPE.md §6): read and list, seats as item quantity with prorations
(`create_prorations`, `always_invoice`, `none`; 200 quantity updates an hour), cancel at period end, trial
end, and immediate cancellation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.sandbox.stripe import invoices, wire
from app.sandbox.stripe.errors import invalid, rate_limited
from app.sandbox.stripe.events import snapshot
from app.sandbox.stripe.lifecycle import bill, cancel, current_period, run_until, schedule_cancel, updated
from app.sandbox.stripe.state import Call, State, retrieve

QUANTITY_UPDATES_PER_HOUR = 200
PRORATIONS = ("create_prorations", "always_invoice", "none")
STATUSES = ("active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "trialing", "paused")


def _change_item(
    state: State,
    sub: dict[str, Any],
    item: dict[str, Any],
    quantity: int | None,
    price: dict[str, Any] | None,
    behavior: str,
    param: str,
) -> list[dict[str, Any]]:
    """New quantity or price for one item; returns the proration lines (none during a trial)."""
    new_price = price or item["price"]
    new_quantity = item["quantity"] if quantity is None else quantity
    if new_price["recurring"]["interval"] != item["price"]["recurring"]["interval"]:
        raise invalid("The emulator changes prices within the same billing interval only.", param=param)
    if new_quantity == item["quantity"] and new_price["id"] == item["price"]["id"]:
        return []
    if quantity is not None and quantity != item["quantity"]:
        hour_ago = state.now() - 3600
        sub["_quantity_updates"] = [t for t in sub["_quantity_updates"] if t > hour_ago]
        if len(sub["_quantity_updates"]) >= QUANTITY_UPDATES_PER_HOUR:
            raise rate_limited()
        sub["_quantity_updates"].append(state.now())
    lines = []
    start, end = current_period(sub)
    now = state.now()
    if sub["status"] != "trialing" and behavior != "none" and end > now:
        share = (end - now) / max(end - start, 1)
        when = dt.datetime.fromtimestamp(now, dt.UTC).strftime("%d %b %Y")
        old_amount = round(item["price"]["unit_amount"] * item["quantity"] * share)
        new_amount = round(new_price["unit_amount"] * new_quantity * share)
        old_label = f"{item['quantity']} x {item['price']['nickname'] or item['price']['id']}"
        new_label = f"{new_quantity} x {new_price['nickname'] or new_price['id']}"
        lines.append(
            invoices.line(
                state,
                sub,
                item,
                -old_amount,
                item["quantity"],
                (now, end),
                description=f"Unused time on {old_label} after {when}",
                proration=True,
            )
        )
        item_after = {**item, "price": new_price}
        lines.append(
            invoices.line(
                state,
                sub,
                item_after,
                new_amount,
                new_quantity,
                (now, end),
                description=f"Remaining time on {new_label} after {when}",
                proration=True,
            )
        )
    item.update(quantity=new_quantity, price=dict(new_price))
    return lines


def _apply_prorations(state: State, sub: dict[str, Any], lines: list[dict[str, Any]], behavior: str) -> None:
    if not lines:
        return
    if behavior == "always_invoice":
        pending, sub["_pending"] = sub["_pending"], []
        bill(state, sub, "subscription_update", [*pending, *lines], (state.now(), current_period(sub)[1]))
    else:
        sub["_pending"].extend(lines)


def _live(call: Call, object_id: str) -> dict[str, Any]:
    sub = call.state.require(object_id, "subscription")
    if sub["status"] in ("canceled", "incomplete_expired"):
        message = "A canceled subscription can only update its cancellation_details and metadata."
        raise invalid(message)
    return sub


def list_subscriptions(call: Call) -> dict[str, Any]:
    """`GET /v1/subscriptions`: `customer`, `price`, `status` (default: all but canceled; `all`), `created`."""
    params = call.params
    wire.only(params, ("customer", "price", "status", "created", "limit", "starting_after", "ending_before"))
    customer = wire.text(params.get("customer"), "customer")
    price = wire.text(params.get("price"), "price")
    status = wire.choice(params.get("status"), "status", (*STATUSES, "ended", "all"))
    created = wire.created_filter(params)

    def keep(sub: dict[str, Any]) -> bool:
        if status is None and sub["status"] in ("canceled", "incomplete_expired"):
            return False
        if status == "ended" and sub["status"] not in ("canceled", "incomplete_expired"):
            return False
        if status not in (None, "all", "ended") and sub["status"] != status:
            return False
        prices = {item["price"]["id"] for item in sub["items"]["data"]}
        return (customer in (None, sub["customer"])) and (price is None or price in prices) and created(sub)

    return wire.page(call.state.all("subscription", keep), params, "/v1/subscriptions", "subscription")


def _details(call: Call, sub: dict[str, Any]) -> dict[str, Any]:
    value = call.params.get("cancellation_details")
    if value is None:
        return sub["cancellation_details"]
    if not isinstance(value, dict):
        raise invalid("Invalid object", param="cancellation_details")
    wire.only(value, ("comment", "feedback"), ("cancellation_details",))
    feedbacks = (
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    )
    comment = wire.text(value.get("comment"), "cancellation_details[comment]", max_len=500)
    feedback = wire.choice(value.get("feedback"), "cancellation_details[feedback]", feedbacks)
    return {**sub["cancellation_details"], "comment": comment, "feedback": feedback}


def _item_changes(call: Call, sub: dict[str, Any], entries: list[Any]) -> list[tuple[Any, ...]]:
    """Validated `items[i][id|quantity|price]` before anything changes."""
    found = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise invalid("Invalid object", param=wire.label("items", i))
        wire.only(entry, ("id", "quantity", "price"), ("items", i))
        item_id = wire.text(entry.get("id"), wire.label("items", i, "id"))
        if item_id is None:
            raise invalid("The emulator updates existing items only: pass items[i][id].", param=f"items[{i}][id]")
        item = next((it for it in sub["items"]["data"] if it["id"] == item_id), None)
        if item is None:
            raise wire.no_such("subscription item", item_id, param=f"items[{i}][id]")
        quantity = wire.integer(entry.get("quantity"), f"items[{i}][quantity]", low=0)
        price_id = wire.text(entry.get("price"), f"items[{i}][price]")
        price = call.state.require(price_id, "price", f"items[{i}][price]") if price_id else None
        found.append((item, quantity, price, f"items[{i}][price]"))
    return found


def update_subscription(call: Call) -> dict[str, Any]:
    """`POST /v1/subscriptions/{id}`: seats, prorations, cancel at period end (and undo), trial end, metadata."""
    state, params = call.state, call.params
    wire.only(
        params,
        (
            "items",
            "proration_behavior",
            "cancel_at_period_end",
            "metadata",
            "default_payment_method",
            "trial_end",
            "cancellation_details",
        ),
    )
    sub = state.require(call.path["id"], "subscription")
    if set(params) - {"metadata", "cancellation_details", "expand"}:
        sub = _live(call, call.path["id"])
    behavior = wire.choice(
        params.get("proration_behavior"), "proration_behavior", PRORATIONS, default="create_prorations"
    )
    item_changes = _item_changes(call, sub, wire.array(params.get("items"), "items"))
    cancel_flag = wire.boolean(params.get("cancel_at_period_end"), "cancel_at_period_end")
    metadata = wire.metadata(params.get("metadata"), sub["metadata"])
    details = _details(call, sub)
    pm_id = wire.text(params.get("default_payment_method"), "default_payment_method")
    if pm_id and state.require(pm_id, "payment_method", "default_payment_method")["customer"] != sub["customer"]:
        raise invalid("The payment method must be attached to the customer.", param="default_payment_method")
    now = state.now()
    trial_end = None
    if params.get("trial_end") not in (None, ""):
        if sub["status"] != "trialing":
            raise invalid("Only a trialing subscription can change its trial end.", param="trial_end")
        trial_end = now if params["trial_end"] == "now" else wire.integer(params["trial_end"], "trial_end", low=now + 1)
    before = snapshot(sub)
    lines: list[dict[str, Any]] = []
    for item, quantity, price, param in item_changes:
        lines += _change_item(state, sub, item, quantity, price, behavior, param)
    _apply_prorations(state, sub, lines, behavior)
    if cancel_flag is not None:
        schedule_cancel(state, sub, cancel_flag)
    sub.update(metadata=metadata, cancellation_details=details)
    if pm_id:
        sub["default_payment_method"] = pm_id
    if trial_end is not None:
        sub.update(trial_end=trial_end, billing_cycle_anchor=trial_end)
        for item in sub["items"]["data"]:
            item["current_period_end"] = trial_end
    updated(state, sub, before)
    if trial_end == now:
        run_until(state, now)
    return sub


def update_item(call: Call) -> dict[str, Any]:
    """`POST /v1/subscription_items/{id}`: `quantity`, `price`, `proration_behavior`, `metadata`."""
    state, params = call.state, call.params
    wire.only(params, ("quantity", "price", "proration_behavior", "metadata"))
    item = state.require(call.path["id"], "subscription_item")
    sub = _live(call, item["subscription"])
    behavior = wire.choice(
        params.get("proration_behavior"), "proration_behavior", PRORATIONS, default="create_prorations"
    )
    quantity = wire.integer(params.get("quantity"), "quantity", low=0)
    price_id = wire.text(params.get("price"), "price")
    price = state.require(price_id, "price", "price") if price_id else None
    metadata = wire.metadata(params.get("metadata"), item["metadata"])
    before = snapshot(sub)
    lines = _change_item(state, sub, item, quantity, price, behavior, "price")
    _apply_prorations(state, sub, lines, behavior)
    item["metadata"] = metadata
    updated(state, sub, before)
    return item


def delete_subscription(call: Call) -> dict[str, Any]:
    """`DELETE /v1/subscriptions/{id}`: cancel now; `prorate` credits unused time, `invoice_now` bills it."""
    state, params = call.state, call.params
    wire.only(params, ("invoice_now", "prorate", "cancellation_details"))
    sub = _live(call, call.path["id"])
    invoice_now = wire.boolean(params.get("invoice_now"), "invoice_now")
    prorate = wire.boolean(params.get("prorate"), "prorate")
    sub["cancellation_details"] = _details(call, sub)
    start, end = current_period(sub)
    now = state.now()
    if prorate and sub["status"] != "trialing" and end > now:
        share = (end - now) / max(end - start, 1)
        for item in sub["items"]["data"]:
            amount = -round(item["price"]["unit_amount"] * item["quantity"] * share)
            label = f"Unused time on {item['quantity']} x {item['price']['nickname'] or item['price']['id']}"
            sub["_pending"].append(
                invoices.line(state, sub, item, amount, item["quantity"], (now, end), description=label, proration=True)
            )
    cancel(state, sub)
    if invoice_now and sub["_pending"]:
        pending, sub["_pending"] = sub["_pending"], []
        bill(state, sub, "subscription_update", pending, (start, now))
    return sub


ROUTES = [
    ("GET", "/v1/subscriptions", list_subscriptions),
    ("GET", "/v1/subscriptions/{id}", retrieve("subscription")),
    ("POST", "/v1/subscriptions/{id}", update_subscription),
    ("DELETE", "/v1/subscriptions/{id}", delete_subscription),
    ("GET", "/v1/subscription_items/{id}", retrieve("subscription_item")),
    ("POST", "/v1/subscription_items/{id}", update_item),
]
