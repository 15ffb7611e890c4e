"""`GET /.well-known/quantix-receipt-key`: the JWK Set that verifies every erasure receipt ever issued."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from app.privacy.receipts import jwk_set
from app.settings import Settings


async def receipt_keys(request: Request) -> JSONResponse:
    return JSONResponse(
        await jwk_set(),
        media_type="application/json",
        headers={"cache-control": "public, max-age=300"},
    )


def routes(settings: Settings) -> list[BaseRoute]:
    return [Route("/.well-known/quantix-receipt-key", receipt_keys, methods=["GET"])]
