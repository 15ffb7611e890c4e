"""`GET /.well-known/security.txt` (RFC 9116) and the security policy it points to; public, no sign-in."""

from __future__ import annotations

import datetime as dt

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import BaseRoute, Route

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


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/.well-known/security.txt", security_txt, methods=["GET"]),
        Route(POLICY_PATH, security_policy, methods=["GET"]),
    ]
