"""The customer portal (STRIPE.md §5): `POST /v1/billing_portal/sessions` and the page its `url` opens.

The page lists the customer's subscriptions and invoices and lets them cancel at period end, renew, or
replace the card (which retries open invoices, so a `past_due` subscription can recover). A link expires
five minutes after creation unless opened; an opened session lasts an hour.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from app.sandbox.stripe import cards, checkout, lifecycle, wire
from app.sandbox.stripe.errors import StripeError, invalid
from app.sandbox.stripe.events import changes, emit, snapshot
from app.sandbox.stripe.pages import html, money
from app.sandbox.stripe.state import Call, State

CONFIGURATION = "bpc_quantix_default"
UNOPENED_TTL = 300
OPENED_TTL = 3600
FLOWS = ("payment_method_update", "subscription_cancel", "subscription_update", "subscription_update_confirm")
NOT_CONFIGURED = (
    "You can't create a portal session in test mode until you save your customer portal settings in test mode "
    "at https://dashboard.stripe.com/test/settings/billing/portal."
)


def create_session(call: Call) -> dict[str, Any]:
    state, params = call.state, call.params
    wire.only(params, ("customer", "return_url", "configuration", "flow_data", "locale"))
    if not state.knobs.portal_configured:
        raise invalid(NOT_CONFIGURED)
    customer_id = str(wire.text(params.get("customer"), "customer", required=True))
    customer = state.require(customer_id, "customer", "customer")
    return_url = checkout._url(params.get("return_url"), "return_url")
    configuration = wire.text(params.get("configuration"), "configuration") or CONFIGURATION
    if configuration != CONFIGURATION:
        raise wire.no_such("billing portal configuration", configuration, param="configuration")
    flow = params.get("flow_data")
    if flow is not None:
        if not isinstance(flow, dict):
            raise invalid("Invalid object", param="flow_data")
        wire.choice(flow.get("type"), "flow_data[type]", FLOWS)
    session_id = state.new_id("bps_", 24)
    session = {
        "id": session_id,
        "object": "billing_portal.session",
        "customer": customer["id"],
        "return_url": return_url,
        "url": f"{state.config.public_url.rstrip('/')}/p/session/{session_id}",
        "created": state.now(),
        "livemode": False,
        "configuration": configuration,
        "locale": wire.text(params.get("locale"), "locale"),
        "flow": flow,
        "on_behalf_of": None,
        "_opened": None,
    }
    return state.add(session)


ROUTES = [("POST", "/v1/billing_portal/sessions", create_session)]


def _session(state: State, session_id: str) -> dict[str, Any] | None:
    session = state.get(session_id, "billing_portal.session")
    if session is None:
        return None
    now = state.now()
    opened = session["_opened"]
    if (opened is None and now > session["created"] + UNOPENED_TTL) or (opened and now > opened + OPENED_TTL):
        return None
    session["_opened"] = opened or now
    customer = state.get(session["customer"], "customer")
    return session if customer is not None and not customer.get("deleted") else None


def _day(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d")


def _body(state: State, session: dict[str, Any], error: str | None) -> str:
    action = escape(session["url"])
    parts = [f'<p role="alert">{escape(error)}</p>' if error else ""]
    for sub in state.all("subscription", lambda s: s["customer"] == session["customer"]):
        item = sub["items"]["data"][0]
        ends = "Cancels" if sub["cancel_at_period_end"] else "Renews"
        toggle = "renew" if sub["cancel_at_period_end"] else "cancel"
        parts.append(
            f"<section><h2>{escape(item['price']['nickname'] or item['price']['id'])}</h2>"
            f"<p>Status {escape(sub['status'])}; {item['quantity']} seats; "
            f"{ends} on {_day(item['current_period_end'])}</p>"
        )
        if sub["status"] not in ("canceled", "incomplete_expired"):
            parts.append(
                f'<form method="post" action="{action}/{toggle}"><input type="hidden" name="subscription" '
                f'value="{escape(sub["id"])}"><button type="submit">{toggle.title()} plan</button></form>'
            )
        parts.append("</section>")
    parts.append(
        f'<form method="post" action="{action}/card"><h2>Payment method</h2>'
        '<label>Card number <input name="card_number" inputmode="numeric"></label>'
        '<label>Expiry (MM/YY) <input name="card_expiry"></label><label>CVC <input name="card_cvc"></label>'
        '<button type="submit">Replace card</button></form><h2>Invoices</h2><ul>'
    )
    for invoice in state.all("invoice", lambda i: i["customer"] == session["customer"] and i["number"]):
        parts.append(
            f'<li><a href="{escape(invoice["hosted_invoice_url"])}">{escape(invoice["number"])}</a> '
            f"{escape(invoice['status'])} {money(invoice['total'], invoice['currency'])}</li>"
        )
    parts.append("</ul>")
    if session["return_url"]:
        parts.append(f'<p><a href="{escape(session["return_url"])}">Return</a></p>')
    return "".join(parts)


def _gone() -> Response:
    return html("Session expired", "<p>This portal link has expired. Open the portal again from the app.</p>", 410)


async def page(request: Request) -> Response:
    state: State = request.app.state.stripe
    session = _session(state, request.path_params["id"])
    return html("Billing", _body(state, session, None)) if session else _gone()


async def act(request: Request) -> Response:
    """`cancel` / `renew` (cancel at period end, or undo) and `card` (replace the card and settle)."""
    state: State = request.app.state.stripe
    session = _session(state, request.path_params["id"])
    if session is None:
        return _gone()
    form = await request.form()
    action = request.path_params["action"]
    if action in ("cancel", "renew"):
        sub = state.get(str(form.get("subscription") or ""), "subscription")
        if sub is None or sub["customer"] != session["customer"] or sub["status"] in ("canceled", "incomplete_expired"):
            return html("Billing", _body(state, session, "No such subscription."), 404)
        before = snapshot(sub)
        lifecycle.schedule_cancel(state, sub, action == "cancel")
        lifecycle.updated(state, sub, before)
    elif action == "card":
        try:
            _replace_card(state, session, form)
        except StripeError as error:
            return html("Billing", _body(state, session, error.message), error.status)
    else:
        return html("Not found", "<p>Unknown action.</p>", 404)
    return RedirectResponse(session["url"], status_code=303)


def _replace_card(state: State, session: dict[str, Any], form: Any) -> None:
    customer = state.objects[session["customer"]]
    value = lambda name: str(form.get(name) or "")  # noqa: E731
    pm = cards.add_card(state, value("card_number"), value("card_expiry"), value("card_cvc"), customer["id"])
    before = snapshot(customer)
    customer["invoice_settings"]["default_payment_method"] = pm["id"]
    emit(state, "customer.updated", customer, changes(before, customer))
    for sub in state.all("subscription", lambda s: s["customer"] == customer["id"]):
        if sub["status"] in ("canceled", "incomplete_expired"):
            continue
        sub_before = snapshot(sub)
        sub["default_payment_method"] = pm["id"]
        for invoice in state.all(
            "invoice",
            lambda i, s=sub: i["status"] == "open" and i["parent"]["subscription_details"]["subscription"] == s["id"],
        ):
            invoice["_payment_method"] = pm["id"]
        lifecycle.updated(state, sub, sub_before)
        lifecycle.settle(state, sub)
