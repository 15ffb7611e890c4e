"""Public legal pages, no sign-in: `GET /.well-known/security.txt` (RFC 9116), the security policy it points
to, and `GET /legal/subprocessors` (the processors list: HTML, or JSON for `Accept: application/json`)."""

from __future__ import annotations

import datetime as dt
import html

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from app.html_route import HtmlRoute, prefers_json
from app.legal.processors import SUBPROCESSORS_PATH, public_list
from app.settings import Settings, get_settings

EXPIRES_AFTER = dt.timedelta(days=180)  # RFC 9116 §2.5.5: less than a year ahead; re-dated on every read
POLICY_PATH = "/legal/security-policy"

SECURITY_POLICY = """QuantixOne vulnerability disclosure policy
==========================================

Report a vulnerability to: {contact}

- Tell us what you found and how to reproduce it; we acknowledge reports within 3 working days.
- Test only with accounts and data of your own; never read, change or delete other people's data,
  and stop as soon as you reach personal data.
- Do not degrade the service for others (no denial of service, no spam, no social engineering).
- Give us reasonable time to fix the problem before you make it public.

Acting in good faith within these rules, you will not face legal action from us.
"""


async def security_txt(request: Request) -> PlainTextResponse:
    settings = get_settings()
    base = settings.base_url.rstrip("/")
    expires = (dt.datetime.now(dt.UTC) + EXPIRES_AFTER).replace(microsecond=0)
    lines = [
        f"Contact: {settings.security_contact}",
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: en",
        f"Canonical: {base}/.well-known/security.txt",
        f"Policy: {base}{POLICY_PATH}",
    ]
    return PlainTextResponse("\n".join(lines) + "\n", headers={"cache-control": "public, max-age=3600"})


async def security_policy(request: Request) -> PlainTextResponse:
    return PlainTextResponse(SECURITY_POLICY.format(contact=get_settings().security_contact))


async def subprocessors(request: Request) -> Response:
    document = await public_list()
    headers = {"cache-control": "public, max-age=300", "vary": "accept"}
    if prefers_json(request):
        return JSONResponse(document, headers=headers)
    esc = html.escape
    rows = "".join(
        "<tr>"
        f'<td><a href="{esc(p["url"])}" rel="noopener">{esc(p["name"])}</a></td>'
        f"<td>{esc(p['purpose'])}</td><td>{esc(', '.join(p['categories']))}</td><td>{esc(p['country'])}</td>"
        f"<td>{'Transfer; safeguard: ' + esc(p['safeguard']) if p['transfer'] else 'Within the data region'}</td>"
        "</tr>"
        for p in document["processors"]
    )
    updated = esc(document["updatedAt"] or "not yet recorded")
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Processors</title></head><body>'
        "<h1>Processors (sub-processors)</h1>"
        f"<p>Personal data is stored in: <strong>{esc(document['dataRegion'])}</strong>"
        f"{' (the European Economic Area)' if document['dataRegion'] == 'EU' else ''}. Last updated: {updated}.</p>"
        "<table><thead><tr><th>Processor</th><th>Purpose</th><th>Data categories</th><th>Country</th>"
        f"<th>Transfer</th></tr></thead><tbody>{rows}</tbody></table>"
        f"<p>Privacy contact: {esc(get_settings().privacy_contact)}</p></body></html>"
    )
    return HTMLResponse(page, headers=headers)


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/.well-known/security.txt", security_txt, methods=["GET"]),
        Route(POLICY_PATH, security_policy, methods=["GET"]),
        HtmlRoute(SUBPROCESSORS_PATH, subprocessors, methods=["GET"]),
    ]
