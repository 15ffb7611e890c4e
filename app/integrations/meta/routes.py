"""HTTP endpoints Meta and the browser call: OAuth callback, webhooks, deauthorize (data deletion: privacy)."""

from __future__ import annotations

import hmac
import html
import logging

from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from app.errors import error_response
from app.integrations.meta import callbacks, oauth, webhooks
from app.integrations.meta.signatures import verify_hub_signature
from app.request_context import current_request
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.meta.routes")


def _page(title: str, text: str, status: int) -> HTMLResponse:
    body = (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(text)}</p></body></html>"
    )
    return HTMLResponse(body, status_code=status, headers={"cache-control": "no-store"})


def refused(status: int, code: str, message: str) -> Response:
    """Meta's calls are refused like every other request: `{"errors": [...]}` with the request id."""
    return error_response(status, code, message, current_request().request_id)


async def oauth_callback(request: Request) -> Response:
    params = {k: v for k, v in request.query_params.items()}
    try:
        outcome = await oauth.handle_callback(params)
    except oauth.BadState:
        return _page(
            "This Meta sign-in link is not valid",
            "The link is missing, forged, expired or was already used. Start connecting Meta again from the app.",
            400,
        )
    return RedirectResponse(outcome.redirect, status_code=302, headers={"cache-control": "no-store"})


async def webhook_handshake(request: Request) -> Response:
    settings = get_settings()
    q = request.query_params
    mode = q.get("hub.mode") or q.get("hub_mode")
    token = q.get("hub.verify_token") or q.get("hub_verify_token")
    challenge = q.get("hub.challenge") or q.get("hub_challenge")
    if (
        mode == "subscribe"
        and token is not None
        and challenge is not None
        and hmac.compare_digest(token.encode(), settings.meta_webhook_verify_token.encode())
    ):
        return PlainTextResponse(challenge)
    return refused(403, "FORBIDDEN", "The verify token or the subscription mode is wrong.")


async def read_limited(request: Request, limit: int) -> bytes | None:
    """The raw body, or None when it exceeds `limit` bytes (nothing beyond the limit is buffered)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def webhook_event(request: Request) -> Response:
    settings = get_settings()
    try:
        raw = await read_limited(request, webhooks.MAX_BODY_BYTES)
    except ClientDisconnect:
        return refused(400, "BAD_REQUEST", "The body ended early.")
    if raw is None:
        return refused(413, "PAYLOAD_TOO_LARGE", f"The body is over {webhooks.MAX_BODY_BYTES} bytes.")
    if not verify_hub_signature(settings.meta_app_secret, raw, request.headers.get("x-hub-signature-256")):
        return refused(401, "UNAUTHENTICATED", "X-Hub-Signature-256 is missing or does not match the body.")
    try:
        await webhooks.receive(raw)
    except webhooks.InvalidWebhookBody:
        return refused(400, "BAD_REQUEST", "The body is not a Meta webhook event.")
    return PlainTextResponse("EVENT_RECEIVED")


async def webhook(request: Request) -> Response:
    """Meta's webhook endpoint, one route so that a 405 lists every method it takes: GET (and HEAD) is the
    subscription handshake, POST an event."""
    if request.method == "POST":
        return await webhook_event(request)
    return await webhook_handshake(request)


async def signed_request_field(request: Request) -> str | None:
    """The `signed_request` form field Meta posts to its callbacks (None when absent or not a form)."""
    try:
        form = await request.form()
    except Exception:
        return None
    value = form.get("signed_request")
    return value if isinstance(value, str) else None


async def deauthorize(request: Request) -> Response:
    try:
        await callbacks.deauthorize(await signed_request_field(request))
    except callbacks.BadSignedRequest:
        return refused(400, "BAD_REQUEST", "The signed_request is missing, malformed or wrongly signed.")
    return JSONResponse({"success": True})


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/integrations/meta/callback", oauth_callback, methods=["GET"]),
        Route("/webhooks/meta", webhook, methods=["GET", "POST"]),
        Route("/meta/deauthorize", deauthorize, methods=["POST"]),
    ]
