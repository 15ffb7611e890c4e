"""`GET /.well-known/quantix-receipt-key`: the JWK Set that verifies every erasure receipt ever issued.
`POST /meta/data-deletion`: Meta's Data Deletion callback, which opens a privacy request."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.integrations.meta.callbacks import BadSignedRequest
from app.integrations.meta.routes import refused, signed_request_field
from app.privacy.receipts import jwk_set
from app.privacy.requests import meta_data_deletion
from app.settings import Settings


async def receipt_keys(request: Request) -> JSONResponse:
    return JSONResponse(
        await jwk_set(),
        media_type="application/json",
        headers={"cache-control": "public, max-age=300"},
    )


async def data_deletion(request: Request) -> Response:
    try:
        answer = await meta_data_deletion(await signed_request_field(request))
    except BadSignedRequest:
        return refused(400, "BAD_REQUEST", "The signed_request is missing, malformed or wrongly signed.")
    if answer is None:
        return JSONResponse({"success": True, "ignored": True})
    return JSONResponse({"url": answer.url, "confirmation_code": answer.confirmation_code})


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/.well-known/quantix-receipt-key", receipt_keys, methods=["GET"]),
        Route("/meta/data-deletion", data_deletion, methods=["POST"]),
    ]
