"""`POST /webhooks/stripe`: signature over the raw body (400 and nothing stored when wrong or stale), the
event stored durably in the webhook inbox before the 200, processed as a `BILLING_EVENT` job."""

from __future__ import annotations

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.integrations.meta import webhooks as inbox
from app.integrations.meta.routes import read_limited
from app.integrations.stripe.signatures import verify_stripe_signature
from app.settings import Settings, get_settings

MAX_BODY_BYTES = 1024 * 1024


async def stripe_webhook(request: Request) -> Response:
    settings = get_settings()
    if not settings.billing_on:
        return JSONResponse({"error": "billing is off"}, status_code=404)
    try:
        raw = await read_limited(request, MAX_BODY_BYTES)
    except ClientDisconnect:
        return JSONResponse({"error": "incomplete body"}, status_code=400)
    if raw is None:
        return JSONResponse({"error": "body too large"}, status_code=413)
    if not verify_stripe_signature(settings.stripe_webhook_secret, raw, request.headers.get("stripe-signature")):
        return JSONResponse({"error": "invalid signature"}, status_code=400)
    try:
        await inbox.receive(raw)
    except inbox.InvalidWebhookBody:
        return JSONResponse({"error": "not an event"}, status_code=400)
    return JSONResponse({"received": True})


def routes(settings: Settings) -> list[BaseRoute]:
    return [Route("/webhooks/stripe", stripe_webhook, methods=["POST"])]
