"""Checkout Sessions in subscription mode (STRIPE.md §4) and the hosted page that "pays" with a test card.

Completing a session creates the customer (unless given), the card, the subscription (trialing or active)
and its first invoice, then `checkout.session.completed`. The page lives at `{public_url}/c/pay/{id}`.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from app.sandbox.stripe import cards, customers, lifecycle, wire
from app.sandbox.stripe.errors import StripeError, invalid, missing_param
from app.sandbox.stripe.events import emit
from app.sandbox.stripe.pages import html, money
from app.sandbox.stripe.state import Call, State

DEFAULT_TTL = 24 * 3600
MIN_TTL = 30 * 60
PARAMS = (
    "mode",
    "customer",
    "customer_email",
    "line_items",
    "success_url",
    "cancel_url",
    "client_reference_id",
    "subscription_data",
    "payment_method_collection",
    "expires_at",
    "metadata",
    "ui_mode",
    "locale",
)


def _url(value: Any, param: str, *, required: bool = False) -> str | None:
    url = wire.text(value, param, required=required, max_len=5000)
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise invalid("Not a valid URL", param=param, code="url_invalid")
    return url


def _line_items(state: State, value: Any) -> list[tuple[dict[str, Any], int]]:
    entries = wire.array(value, "line_items")
    if not entries:
        raise missing_param("line_items")
    lines = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise invalid("Invalid object", param=f"line_items[{i}]")
        wire.only(entry, ("price", "quantity"), ("line_items", i))
        price_id = str(wire.text(entry.get("price"), f"line_items[{i}][price]", required=True))
        price = state.require(price_id, "price", f"line_items[{i}][price]")
        quantity = wire.integer(entry.get("quantity"), f"line_items[{i}][quantity]", required=True, low=1, high=999999)
        lines.append((price, int(quantity or 1)))
    if len({p["recurring"]["interval"] for p, _ in lines}) > 1:
        message = "All prices on a subscription must have the same `recurring.interval` and `interval_count`."
        raise invalid(message, param="line_items")
    return lines


def create_session(call: Call) -> dict[str, Any]:
    """`POST /v1/checkout/sessions`: validated as Stripe does; the `url` opens the emulator's page."""
    state, params = call.state, call.params
    wire.only(params, PARAMS)
    mode = wire.text(params.get("mode"), "mode", required=True)
    if mode != "subscription":
        raise invalid("The Stripe emulator supports mode=subscription only.", param="mode")
    ui_mode = wire.choice(params.get("ui_mode"), "ui_mode", ("hosted_page", "hosted"), default="hosted_page")
    customer_id = wire.text(params.get("customer"), "customer")
    email = wire.text(params.get("customer_email"), "customer_email", max_len=512)
    if customer_id and email:
        raise invalid("You may only specify one of these parameters: customer, customer_email.", param="customer_email")
    customer = state.require(customer_id, "customer", "customer") if customer_id else None
    lines = _line_items(state, params.get("line_items"))
    success_url = _url(params.get("success_url"), "success_url", required=True)
    cancel_url = _url(params.get("cancel_url"), "cancel_url")
    reference = wire.text(params.get("client_reference_id"), "client_reference_id", max_len=200)
    sub_data = params.get("subscription_data") or {}
    if not isinstance(sub_data, dict):
        raise invalid("Invalid object", param="subscription_data")
    wire.only(sub_data, ("trial_period_days", "metadata", "description"), ("subscription_data",))
    trial_days = wire.integer(
        sub_data.get("trial_period_days"), "subscription_data[trial_period_days]", low=1, high=730
    )
    sub_metadata = wire.metadata(sub_data.get("metadata"), param="subscription_data[metadata]")
    collection = wire.choice(
        params.get("payment_method_collection"),
        "payment_method_collection",
        ("always", "if_required"),
        default="always",
    )
    now = state.now()
    expires_at = wire.integer(params.get("expires_at"), "expires_at") or now + DEFAULT_TTL
    if not now + MIN_TTL <= expires_at <= now + DEFAULT_TTL:
        message = "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation."
        raise invalid(message, param="expires_at")
    metadata = wire.metadata(params.get("metadata"))
    locale = wire.text(params.get("locale"), "locale", max_len=10)
    amount = sum(price["unit_amount"] * quantity for price, quantity in lines)
    session_id = state.new_id("cs_test_", 58)
    session = {
        "id": session_id,
        "object": "checkout.session",
        "mode": mode,
        "status": "open",
        "payment_status": "unpaid",
        "url": f"{state.config.public_url.rstrip('/')}/c/pay/{session_id}",
        "expires_at": expires_at,
        "customer": customer["id"] if customer else None,
        "customer_email": email or (customer or {}).get("email"),
        "customer_details": None,
        "subscription": None,
        "invoice": None,
        "client_reference_id": reference,
        "success_url": success_url,
        "cancel_url": cancel_url,
        "ui_mode": ui_mode,
        "locale": locale,
        "payment_method_collection": collection,
        "currency": lines[0][0]["currency"],
        "amount_subtotal": amount,
        "amount_total": amount,
        "metadata": metadata,
        "created": now,
        "livemode": False,
        "_lines": lines,
        "_trial_days": trial_days,
        "_sub_metadata": sub_metadata,
    }
    return state.add(session)


def _current(state: State, session: dict[str, Any]) -> dict[str, Any]:
    """Sessions past `expires_at` turn `expired` when next seen: no URL, `checkout.session.expired`."""
    if session["status"] == "open" and state.now() >= session["expires_at"]:
        expire(state, session)
    return session


def expire(state: State, session: dict[str, Any]) -> None:
    session.update(status="expired", url=None)
    emit(state, "checkout.session.expired", session)


def get_session(call: Call) -> dict[str, Any]:
    wire.only(call.params, ())
    return _current(call.state, call.state.require(call.path["id"], "checkout.session"))


def expire_session(call: Call) -> dict[str, Any]:
    """`POST /v1/checkout/sessions/{id}/expire`: only an open session can be expired."""
    wire.only(call.params, ())
    session = _current(call.state, call.state.require(call.path["id"], "checkout.session"))
    if session["status"] != "open":
        raise invalid(
            f'Only Checkout Sessions with a status in ["open"] can be expired. This session has a '
            f'status of "{session["status"]}".'
        )
    expire(call.state, session)
    return session


def complete(
    state: State,
    session: dict[str, Any],
    *,
    card: str | None,
    exp: str = "12/34",
    cvc: str = "123",
    email: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """The buyer pays: card checked and charged (unless a trial), then customer, subscription, invoice, events.

    Raises the `card_error` the page shows, leaving the session open.
    """
    _current(state, session)
    if session["status"] != "open":
        raise invalid("This Checkout Session is no longer active.")
    trial = session["_trial_days"]
    if card is None and not (trial and session["payment_method_collection"] == "if_required"):
        raise StripeError(402, "A card is required.", type="card_error", code="incomplete_number", param="number")
    customer = state.get(session["customer"], "customer")
    email = (customer or {}).get("email") or email or session["customer_email"]
    if customer is None and not email:
        raise invalid("An email address is required.", param="email")
    pm = cards.add_card(state, card, exp, cvc, None) if card else None
    error = cards.charge(state, pm["id"] if pm else None, 0 if trial else session["amount_total"])
    if error is not None:
        if pm:
            del state.objects[pm["id"]]
        raise error
    if customer is None:
        customer = state.add(customers.new_customer(state, email=email, name=name))
        emit(state, "customer.created", customer)
    if pm:
        pm["customer"] = customer["id"]
        pm["billing_details"] = {"email": email, "name": name or customer["name"]}
        customer["invoice_settings"]["default_payment_method"] = pm["id"]
    sub = lifecycle.create(
        state,
        customer,
        session["_lines"],
        trial_days=trial,
        payment_method=pm["id"] if pm else None,
        metadata=dict(session["_sub_metadata"]),
    )
    session.update(status="complete", url=None, customer=customer["id"], subscription=sub["id"])
    session["payment_status"] = "no_payment_required" if trial else "paid"
    session["customer_details"] = {"email": email, "name": name or customer["name"]}
    emit(state, "checkout.session.completed", session)
    return session


ROUTES = [
    ("POST", "/v1/checkout/sessions", create_session),
    ("GET", "/v1/checkout/sessions/{id}", get_session),
    ("POST", "/v1/checkout/sessions/{id}/expire", expire_session),
]


# -- the hosted page -------------------------------------------------------------------------------------


def _form(session: dict[str, Any], customer: dict[str, Any] | None, error: str | None) -> str:
    lines = "".join(
        f"<li>{quantity} x {escape(price['nickname'] or price['id'])}: "
        f"{money(price['unit_amount'] * quantity, price['currency'])} per {price['recurring']['interval']}</li>"
        for price, quantity in session["_lines"]
    )
    trial = session["_trial_days"]
    email = (customer or {}).get("email") or session["customer_email"] or ""
    locked = " readonly" if email else ""
    cancel = f'<p><a href="{escape(session["cancel_url"])}">Cancel and go back</a></p>' if session["cancel_url"] else ""
    return (
        f"<ul>{lines}</ul>"
        + (f"<p>{trial}-day free trial: nothing is charged today.</p>" if trial else "")
        + (f'<p role="alert">{escape(error)}</p>' if error else "")
        + f'<form method="post" action="{escape(session["url"])}">'
        f'<label>Email <input name="email" type="email" value="{escape(email)}"{locked} required></label>'
        '<label>Name on card <input name="name"></label>'
        f'<label>Card number <input name="card_number" inputmode="numeric" value="{cards.SUCCESS}"></label>'
        '<label>Expiry (MM/YY) <input name="card_expiry" value="12/34"></label>'
        '<label>CVC <input name="card_cvc" value="123"></label>'
        "<p>Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined; "
        "4000 0000 0000 9995 has insufficient funds; 4000 0000 0000 0341 pays now and fails at renewal.</p>"
        '<button type="submit">Subscribe</button></form>' + cancel
    )


def _open_session(request: Request) -> tuple[State, dict[str, Any] | Response]:
    """The page's session while open; else the page saying it is unknown (404) or closed (410)."""
    state: State = request.app.state.stripe
    session = state.get(request.path_params["id"], "checkout.session")
    if session is None:
        return state, html("Not found", "<p>No such Checkout Session.</p>", 404)
    if _current(state, session)["status"] != "open":
        closed = "completed" if session["status"] == "complete" else "expired"
        return state, html("Checkout closed", f"<p>This Checkout Session has {closed}.</p>", 410)
    return state, session


async def page(request: Request) -> Response:
    state, session = _open_session(request)
    if isinstance(session, Response):
        return session
    customer = state.get(session["customer"], "customer")
    return html("Subscribe", _form(session, customer, None))


async def pay(request: Request) -> Response:
    """The form post: a success redirects to `success_url` (`{CHECKOUT_SESSION_ID}` filled in)."""
    state, session = _open_session(request)
    if isinstance(session, Response):
        return session
    form = await request.form()
    field = lambda name: str(form.get(name) or "").strip() or None  # noqa: E731
    try:
        complete(
            state,
            session,
            card=field("card_number"),
            exp=field("card_expiry") or "",
            cvc=field("card_cvc") or "",
            email=field("email"),
            name=field("name"),
        )
    except StripeError as error:
        customer = state.get(session["customer"], "customer")
        return html("Subscribe", _form(session, customer, error.message), error.status)
    target = str(session["success_url"]).replace("{CHECKOUT_SESSION_ID}", session["id"])
    return RedirectResponse(target, status_code=303)
