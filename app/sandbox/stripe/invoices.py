"""Invoices (STRIPE.md §7): drafted, finalized (number, links, frozen customer snapshot), paid or left open.

Subscription invoices are finalized at once (Stripe waits about an hour for renewals). The hosted invoice
page and its PDF are served under the emulator's public URL.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from app.sandbox.stripe import cards, wire
from app.sandbox.stripe.events import emit
from app.sandbox.stripe.pages import html, money
from app.sandbox.stripe.state import Call, State, retrieve

STATUSES = ("draft", "open", "paid", "uncollectible", "void")


def line(
    state: State,
    sub: dict[str, Any],
    item: dict[str, Any],
    amount: int,
    quantity: int,
    period: tuple[int, int],
    *,
    description: str,
    proration: bool = False,
) -> dict[str, Any]:
    """An `il_` line for one subscription item over `period`."""
    price = item["price"]
    return {
        "id": state.new_id("il_", 24),
        "object": "line_item",
        "amount": amount,
        "currency": price["currency"],
        "description": description,
        "quantity": quantity,
        "period": {"start": period[0], "end": period[1]},
        "pricing": {
            "type": "price_details",
            "price_details": {"price": price["id"], "product": price["product"]},
            "unit_amount_decimal": str(price["unit_amount"]),
        },
        "parent": {
            "type": "subscription_item_details",
            "subscription_item_details": {
                "subscription": sub["id"],
                "subscription_item": item["id"],
                "proration": proration,
            },
        },
        "livemode": False,
    }


def create(
    state: State, sub: dict[str, Any], reason: str, lines: list[dict[str, Any]], period: tuple[int, int]
) -> dict[str, Any]:
    """A draft invoice for `sub`; `invoice.created`."""
    subtotal = sum(li["amount"] for li in lines)
    due = max(subtotal, 0)
    invoice = {
        "id": state.new_id("in_", 24),
        "object": "invoice",
        "number": None,
        "status": "draft",
        "customer": sub["customer"],
        "currency": sub["currency"],
        "subtotal": subtotal,
        "total": subtotal,
        "amount_due": due,
        "amount_paid": 0,
        "amount_remaining": due,
        "attempt_count": 0,
        "attempted": False,
        "next_payment_attempt": None,
        "created": state.now(),
        "period_start": period[0],
        "period_end": period[1],
        "due_date": None,
        "billing_reason": reason,
        "collection_method": "charge_automatically",
        "hosted_invoice_url": None,
        "invoice_pdf": None,
        "customer_name": None,
        "customer_email": None,
        "customer_address": None,
        "customer_tax_ids": [],
        "parent": {
            "type": "subscription_details",
            "subscription_details": {"subscription": sub["id"], "metadata": dict(sub["metadata"])},
        },
        "lines": wire.list_object(lines, "/v1/invoices/upcoming/lines"),
        "status_transitions": {
            "finalized_at": None,
            "paid_at": None,
            "voided_at": None,
            "marked_uncollectible_at": None,
        },
        "livemode": False,
        "metadata": {},
        "_payment_method": sub["default_payment_method"],
    }
    invoice["lines"]["url"] = f"/v1/invoices/{invoice['id']}/lines"
    state.add(invoice)
    emit(state, "invoice.created", invoice)
    return invoice


def finalize(state: State, invoice: dict[str, Any]) -> None:
    """Number, links and the customer snapshot are set now and frozen; a zero invoice is paid at once."""
    customer = state.objects[invoice["customer"]]
    customer["_invoices"] = customer.get("_invoices", 0) + 1
    public = state.config.public_url.rstrip("/")
    tax_ids = state.all("tax_id", lambda t: t["customer"] == customer["id"])
    invoice.update(
        status="open",
        number=f"{customer['invoice_prefix']}-{customer['_invoices']:04d}",
        hosted_invoice_url=f"{public}/i/{invoice['id']}",
        invoice_pdf=f"{public}/i/{invoice['id']}/pdf",
        customer_name=customer["name"],
        customer_email=customer["email"],
        customer_address=dict(customer["address"]) if customer["address"] else None,
        customer_tax_ids=[{"type": t["type"], "value": t["value"]} for t in reversed(tax_ids)],
    )
    invoice["status_transitions"]["finalized_at"] = state.now()
    emit(state, "invoice.finalized", invoice)
    if invoice["amount_due"] == 0:
        _mark_paid(state, invoice)


def pay(state: State, invoice: dict[str, Any]) -> bool:
    """Charge the invoice's payment method: `invoice.paid` + `invoice.payment_succeeded`, or `payment_failed`."""
    if invoice["status"] == "paid":
        return True
    invoice["attempt_count"] += 1
    invoice["attempted"] = True
    error = cards.charge(state, invoice["_payment_method"], invoice["amount_due"])
    if error is None:
        _mark_paid(state, invoice)
        return True
    invoice["_last_error"] = error.message
    emit(state, "invoice.payment_failed", invoice)
    return False


def _mark_paid(state: State, invoice: dict[str, Any]) -> None:
    invoice.update(status="paid", amount_paid=invoice["amount_due"], amount_remaining=0, next_payment_attempt=None)
    invoice["status_transitions"]["paid_at"] = state.now()
    emit(state, "invoice.paid", invoice)
    emit(state, "invoice.payment_succeeded", invoice)


def list_invoices(call: Call) -> dict[str, Any]:
    """`GET /v1/invoices`: filters `customer`, `status`, `subscription`, `created`; paged newest first."""
    params = call.params
    wire.only(params, ("customer", "status", "subscription", "created", "limit", "starting_after", "ending_before"))
    customer = wire.text(params.get("customer"), "customer")
    status = wire.choice(params.get("status"), "status", STATUSES)
    subscription = wire.text(params.get("subscription"), "subscription")
    created = wire.created_filter(params)

    def keep(invoice: dict[str, Any]) -> bool:
        sub = invoice["parent"]["subscription_details"]["subscription"]
        return (
            (customer is None or invoice["customer"] == customer)
            and (status is None or invoice["status"] == status)
            and (subscription is None or sub == subscription)
            and created(invoice)
        )

    return wire.page(call.state.all("invoice", keep), params, "/v1/invoices", "invoice")


ROUTES = [
    ("GET", "/v1/invoices", list_invoices),
    ("GET", "/v1/invoices/{id}", retrieve("invoice")),
]


def _finalized(state: State, invoice_id: str) -> dict[str, Any] | None:
    invoice = state.get(invoice_id, "invoice")
    return invoice if invoice is not None and invoice["number"] else None


def _day(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d")


async def hosted_page(request: Request) -> Response:
    """The hosted invoice page a customer opens from `hosted_invoice_url`."""
    state: State = request.app.state.stripe
    invoice = _finalized(state, request.path_params["id"])
    if invoice is None:
        return html("Invoice not found", "<p>This invoice does not exist.</p>", 404)
    rows = "".join(
        f"<tr><td>{escape(li['description'])}</td><td>{li['quantity']}</td>"
        f"<td>{money(li['amount'], li['currency'])}</td></tr>"
        for li in invoice["lines"]["data"]
    )
    body = (
        f"<p>Invoice {escape(invoice['number'])}, {escape(invoice['status'])}, issued {_day(invoice['created'])}</p>"
        f"<p>Billed to {escape(invoice['customer_name'] or invoice['customer_email'] or '')}</p>"
        f"<table><tr><th>Description</th><th>Qty</th><th>Amount</th></tr>{rows}</table>"
        f"<p>Total {money(invoice['total'], invoice['currency'])}; amount due "
        f"{money(invoice['amount_remaining'], invoice['currency'])}</p>"
        f'<p><a href="{escape(invoice["invoice_pdf"])}">Download PDF</a></p>'
    )
    return html(f"Invoice {invoice['number']}", body)


async def pdf(request: Request) -> Response:
    """A one-page PDF with the invoice's number, status and total."""
    state: State = request.app.state.stripe
    invoice = _finalized(state, request.path_params["id"])
    if invoice is None:
        return Response("Not found", status_code=404, media_type="text/plain")
    texts = [
        f"Invoice {invoice['number']} ({invoice['status']})",
        f"Issued {_day(invoice['created'])} to {invoice['customer_name'] or invoice['customer_email'] or ''}",
        f"Total {money(invoice['total'], invoice['currency'])}",
    ]
    return Response(_pdf(texts), media_type="application/pdf")


def _pdf(texts: list[str]) -> bytes:
    def literal(text: str) -> str:
        plain = text.encode("latin-1", "replace").decode("latin-1")
        return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(f"({literal(t)}) '" for t in texts) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
