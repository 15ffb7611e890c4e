"""Customers, tax IDs and payment methods (STRIPE.md §3, §8, §10)."""

from __future__ import annotations

import re
import secrets
import string
from typing import Any

from app.sandbox.stripe import lifecycle, wire
from app.sandbox.stripe.errors import StripeError, invalid
from app.sandbox.stripe.events import changes, emit, snapshot
from app.sandbox.stripe.state import Call, State, retrieve

ADDRESS = ("line1", "line2", "city", "postal_code", "state", "country")
EU = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"
TAX_ID_FORMATS = {
    "eu_vat": re.compile(rf"^({EU})[0-9A-Z]{{2,13}}$"),
    "gb_vat": re.compile(r"^GB\d{9}(\d{3})?$"),
    "ch_vat": re.compile(r"^CHE-?\d{3}\.?\d{3}\.?\d{3} ?(MWST|TVA|IVA)$"),
    "in_gst": re.compile(r"^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$"),
    "us_ein": re.compile(r"^\d{2}-?\d{7}$"),
}
CHECKED_ASYNC = {"eu_vat", "gb_vat"}  # verified later (VIES, HMRC): `pending` until then
FIELDS = (
    "email",
    "name",
    "description",
    "phone",
    "address",
    "preferred_locales",
    "metadata",
    "tax_exempt",
    "invoice_settings",
)


def _address(value: Any, current: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return current
    if value == "":
        return None
    if not isinstance(value, dict):
        raise invalid("Invalid object", param="address")
    wire.only(value, ADDRESS, ("address",))
    address = dict(current or dict.fromkeys(ADDRESS))
    for key in ADDRESS:
        if key in value:
            address[key] = wire.text(value[key], f"address[{key}]", max_len=200)
    country = address["country"]
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise invalid("Country must be a two-letter ISO code.", param="address[country]")
    return address


def _apply(call: Call, customer: dict[str, Any]) -> None:
    """Validate every field first, then write them: a refused request changes nothing."""
    params = call.params
    values: dict[str, Any] = {}
    for name in ("email", "name", "description", "phone"):
        if name in params:
            values[name] = wire.text(params[name], name, max_len=512)
    values["address"] = _address(params.get("address"), customer["address"])
    if "preferred_locales" in params:
        locales = wire.array(params["preferred_locales"], "preferred_locales")
        values["preferred_locales"] = [wire.text(v, "preferred_locales", max_len=20) for v in locales]
    values["metadata"] = wire.metadata(params.get("metadata"), customer["metadata"])
    values["tax_exempt"] = wire.choice(
        params.get("tax_exempt"), "tax_exempt", ("none", "exempt", "reverse"), default=customer["tax_exempt"]
    )
    settings = params.get("invoice_settings")
    if settings is not None:
        if not isinstance(settings, dict):
            raise invalid("Invalid object", param="invoice_settings")
        wire.only(settings, ("default_payment_method",), ("invoice_settings",))
        param = "invoice_settings[default_payment_method]"
        pm_id = wire.text(settings.get("default_payment_method"), param)
        if pm_id and call.state.require(pm_id, "payment_method", param)["customer"] != customer["id"]:
            raise invalid("The payment method must be attached to this customer.", param=param)
        values["invoice_settings"] = {**customer["invoice_settings"], "default_payment_method": pm_id}
    customer.update(values)


def new_customer(state: State, email: str | None = None, name: str | None = None) -> dict[str, Any]:
    prefix = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return {
        "id": state.new_id("cus_"),
        "object": "customer",
        "email": email,
        "name": name,
        "description": None,
        "phone": None,
        "address": None,
        "balance": 0,
        "currency": None,
        "delinquent": False,
        "preferred_locales": [],
        "tax_exempt": "none",
        "invoice_prefix": prefix,
        "test_clock": None,
        "created": state.now(),
        "invoice_settings": {"default_payment_method": None, "custom_fields": None, "footer": None},
        "metadata": {},
        "livemode": False,
    }


def create_customer(call: Call) -> dict[str, Any]:
    """`POST /v1/customers`, with `tax_id_data[i][type|value]` added in the same call."""
    state = call.state
    wire.only(call.params, (*FIELDS, "tax_id_data"))
    customer = new_customer(state)
    tax_ids = []
    for i, entry in enumerate(wire.array(call.params.get("tax_id_data"), "tax_id_data")):
        if not isinstance(entry, dict):
            raise invalid("Invalid object", param=f"tax_id_data[{i}]")
        wire.only(entry, ("type", "value"), ("tax_id_data", i))
        tax_ids.append(_tax_id_values(entry, f"tax_id_data[{i}]"))
    _apply(call, customer)
    state.add(customer)
    emit(state, "customer.created", customer)
    for type_, value in tax_ids:
        add_tax_id(state, customer, type_, value)
    return customer


def update_customer(call: Call) -> dict[str, Any]:
    state = call.state
    wire.only(call.params, FIELDS)
    customer = state.require(call.path["id"], "customer")
    before = snapshot(customer)
    _apply(call, customer)
    if previous := changes(before, customer):
        emit(state, "customer.updated", customer, previous)
    return customer


def get_customer(call: Call) -> dict[str, Any]:
    """A deleted customer is still found, as `{"id", "object", "deleted": true}`."""
    wire.only(call.params, ())
    customer = call.state.get(call.path["id"], "customer")
    if customer is None:
        raise wire.no_such("customer", call.path["id"])
    return customer


def list_customers(call: Call) -> dict[str, Any]:
    params = call.params
    wire.only(params, ("email", "created", "limit", "starting_after", "ending_before"))
    email = wire.text(params.get("email"), "email")
    created = wire.created_filter(params)

    def keep(c: dict[str, Any]) -> bool:
        return not c.get("deleted") and email in (None, c["email"]) and created(c)

    return wire.page(call.state.all("customer", keep), params, "/v1/customers", "customer")


def delete_customer(call: Call) -> dict[str, Any]:
    """Permanent: cancels its subscriptions now, removes its cards (its subscriptions name none any more) and tax
    ids; `customer.deleted`."""
    state = call.state
    wire.only(call.params, ())
    customer = state.require(call.path["id"], "customer")
    for sub in state.all("subscription", lambda s: s["customer"] == customer["id"]):
        if sub["status"] not in ("canceled", "incomplete_expired"):
            lifecycle.cancel(state, sub)
    for obj in list(state.objects.values()):
        if obj["object"] in ("payment_method", "tax_id") and obj.get("customer") == customer["id"]:
            del state.objects[obj["id"]]
    for sub in state.all("subscription", lambda s: s["customer"] == customer["id"]):
        sub["default_payment_method"] = None  # its card is gone (STRIPE.md §10: "removes stored card details")
    emit(state, "customer.deleted", customer)
    seq, created = customer["_seq"], customer["created"]
    customer.clear()
    customer.update(id=call.path["id"], object="customer", deleted=True, _seq=seq, _created=created)
    return customer


# -- tax ids ---------------------------------------------------------------------------------------------


def _tax_id_values(params: dict[str, Any], prefix: str = "") -> tuple[str, str]:
    type_param, value_param = (f"{prefix}[type]", f"{prefix}[value]") if prefix else ("type", "value")
    type_ = wire.text(params.get("type"), type_param, required=True)
    if type_ not in TAX_ID_FORMATS:
        raise invalid(f"Invalid value for type: must be one of {', '.join(TAX_ID_FORMATS)}", param=type_param)
    value = str(wire.text(params.get("value"), value_param, required=True)).replace(" ", "").upper()
    if type_ == "ch_vat":
        value = str(params["value"]).strip().upper()
    if not TAX_ID_FORMATS[str(type_)].match(value):
        raise StripeError(400, f"Invalid value for {type_}.", code="tax_id_invalid", param=value_param)
    return str(type_), value


def add_tax_id(state: State, customer: dict[str, Any], type_: str, value: str) -> dict[str, Any]:
    country = {
        "eu_vat": value[:2].replace("EL", "GR").replace("XI", "GB"),
        "gb_vat": "GB",
        "ch_vat": "CH",
        "in_gst": "IN",
        "us_ein": "US",
    }[type_]
    status = "pending" if type_ in CHECKED_ASYNC else "unavailable"
    tax_id = {
        "id": state.new_id("txi_", 24),
        "object": "tax_id",
        "country": country,
        "customer": customer["id"],
        "type": type_,
        "value": value,
        "created": state.now(),
        "livemode": False,
        "verification": {"status": status, "verified_name": None, "verified_address": None},
    }
    return state.add(tax_id)


def create_tax_id(call: Call) -> dict[str, Any]:
    wire.only(call.params, ("type", "value"))
    customer = call.state.require(call.path["id"], "customer")
    type_, value = _tax_id_values(call.params)
    return add_tax_id(call.state, customer, type_, value)


def _tax_id(call: Call) -> dict[str, Any]:
    customer = call.state.require(call.path["id"], "customer")
    tax_id = call.state.get(call.path["txi"], "tax_id")
    if tax_id is None or tax_id["customer"] != customer["id"]:
        raise wire.no_such("tax_id", call.path["txi"])
    return tax_id


def get_tax_id(call: Call) -> dict[str, Any]:
    wire.only(call.params, ())
    return _tax_id(call)


def list_tax_ids(call: Call) -> dict[str, Any]:
    wire.only(call.params, ("limit", "starting_after", "ending_before"))
    customer = call.state.require(call.path["id"], "customer")
    found = call.state.all("tax_id", lambda t: t["customer"] == customer["id"])
    return wire.page(found, call.params, f"/v1/customers/{customer['id']}/tax_ids", "tax_id")


def delete_tax_id(call: Call) -> dict[str, Any]:
    wire.only(call.params, ())
    tax_id = _tax_id(call)
    del call.state.objects[tax_id["id"]]
    return {"id": tax_id["id"], "object": "tax_id", "deleted": True}


def verify_tax_id(state: State, tax_id: dict[str, Any], status: str, name: str | None = None) -> None:
    """The asynchronous VIES answer: `customer.tax_id.updated` with the previous verification."""
    before = snapshot(tax_id)
    tax_id["verification"] = {"status": status, "verified_name": name, "verified_address": None}
    emit(state, "customer.tax_id.updated", tax_id, changes(before, tax_id))


ROUTES = [
    ("GET", "/v1/customers", list_customers),
    ("POST", "/v1/customers", create_customer),
    ("GET", "/v1/customers/{id}", get_customer),
    ("POST", "/v1/customers/{id}", update_customer),
    ("DELETE", "/v1/customers/{id}", delete_customer),
    ("GET", "/v1/customers/{id}/tax_ids", list_tax_ids),
    ("POST", "/v1/customers/{id}/tax_ids", create_tax_id),
    ("GET", "/v1/customers/{id}/tax_ids/{txi}", get_tax_id),
    ("DELETE", "/v1/customers/{id}/tax_ids/{txi}", delete_tax_id),
    ("GET", "/v1/payment_methods/{id}", retrieve("payment_method")),
]
