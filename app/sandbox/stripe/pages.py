"""The few HTML pages a buyer sees (Checkout, portal, hosted invoice): plain markup, no scripts or styles."""

from __future__ import annotations

from html import escape

from starlette.responses import HTMLResponse


def html(title: str, body: str, status: int = 200) -> HTMLResponse:
    """`body` is trusted markup built with `escape` by the caller."""
    document = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{escape(title)}</title></head>'
        f"<body><header><p>Stripe sandbox (test mode)</p><h1>{escape(title)}</h1></header>{body}</body></html>"
    )
    return HTMLResponse(document, status_code=status)


def money(amount: int, currency: str) -> str:
    return f"{amount / 100:,.2f} {currency.upper()}"
