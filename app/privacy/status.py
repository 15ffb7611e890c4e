"""Public HTTP routes of privacy requests: the status page and export downloads.

Neither shows personal data: the status page names the request's type, status, dates and what was kept
and why; a download link is a signed token for one export. Unknown codes and tokens get 404.
"""

from __future__ import annotations

import html
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from app.leads.lead_export import CONTENT_TYPES, LeadExportGone, download_name, open_lead_download
from app.privacy.export import ExportGone, open_download
from app.privacy.request_models import PrivacyRequest
from app.privacy.requests import kept_of
from app.settings import Settings

_CODE = re.compile(r"^[A-Za-z0-9]{24}$")
_NO_STORE = {"cache-control": "no-store", "x-robots-tag": "noindex"}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def status_document(request: PrivacyRequest) -> dict[str, Any]:
    return {
        "confirmationCode": request.confirmation_code,
        "type": request.type.value,
        "status": request.status.value,
        "receivedAt": _iso(request.received_at),
        "dueAt": _iso(request.due_at),
        "completedAt": _iso(request.completed_at),
        "kept": kept_of(request),
    }


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "").lower()
    if "application/json" not in accept:
        return False
    return "text/html" not in accept or accept.index("application/json") < accept.index("text/html")


_STATUS_WORDS = {
    "PENDING_VERIFICATION": "waiting for the email address to be confirmed",
    "VERIFIED": "confirmed, waiting to be handled",
    "SCHEDULED": "scheduled; it can still be cancelled",
    "IN_PROGRESS": "being handled",
    "COMPLETED": "completed",
    "REJECTED": "declined (the reason was sent by mail)",
    "CANCELLED": "cancelled",
}


def _html(doc: dict[str, Any]) -> str:
    e = html.escape
    rows = [
        ("Confirmation code", doc["confirmationCode"]),
        ("Request", doc["type"].replace("_", " ").title()),
        ("Status", f"{doc['status']}: {_STATUS_WORDS.get(doc['status'], '')}"),
        ("Received", doc["receivedAt"] or "-"),
        ("Due", doc["dueAt"] or "-"),
        ("Completed", doc["completedAt"] or "-"),
    ]
    table = "".join(f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows)
    kept = "".join(f"<li><strong>{e(k['category'])}</strong>: {e(k['reason'])}</li>" for k in doc["kept"])
    kept_html = f"<h2>What we kept, and why</h2><ul>{kept}</ul>" if kept else "<p>Nothing was kept.</p>"
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        "<title>Privacy request status</title></head><body>"
        f"<h1>Privacy request status</h1><table>{table}</table>{kept_html}</body></html>"
    )


async def privacy_status(request: Request) -> Response:
    code = request.path_params["code"]
    found = await PrivacyRequest.get_or_none(confirmation_code=code) if _CODE.match(code) else None
    if found is None:
        if _wants_json(request):
            return JSONResponse({"error": "not found"}, status_code=404, headers=_NO_STORE)
        return PlainTextResponse("Not found", status_code=404, headers=_NO_STORE)
    doc = status_document(found)
    if _wants_json(request):
        return JSONResponse(doc, headers=_NO_STORE)
    return HTMLResponse(_html(doc), headers=_NO_STORE)


async def download_export(request: Request) -> Response:
    try:
        opened = await open_download(request.path_params["token"])
    except ExportGone:
        return PlainTextResponse("This download link has expired or has been used up.", status_code=410)
    if opened is None:
        return await _download_lead_export(request)
    export, body = opened
    headers = {
        **_NO_STORE,
        "content-length": str(export.size_bytes),
        "content-disposition": 'attachment; filename="quantix-data-export.zip"',
    }
    if request.method == "HEAD":  # a HEAD is not a download: nothing streamed, nothing counted
        await body.aclose()
        return Response(status_code=200, media_type="application/zip", headers=headers)
    return StreamingResponse(body, media_type="application/zip", headers=headers)


async def _download_lead_export(request: Request) -> Response:
    """A list export of leads (SPEC §7.7) shares the path: CSV or XLSX, always as an attachment."""
    try:
        opened = await open_lead_download(request.path_params["token"])
    except LeadExportGone:
        return PlainTextResponse("This download link has expired or has been used up.", status_code=410)
    if opened is None:
        return PlainTextResponse("Not found", status_code=404)
    export, body = opened
    headers = {
        **_NO_STORE,
        "content-length": str(export.size_bytes),
        "content-disposition": f'attachment; filename="{download_name(export)}"',
        "x-content-type-options": "nosniff",
    }
    media_type = CONTENT_TYPES[export.format]
    if request.method == "HEAD":
        await body.aclose()
        return Response(status_code=200, media_type=media_type, headers=headers)
    return StreamingResponse(body, media_type=media_type, headers=headers)


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/privacy/status/{code}", privacy_status, methods=["GET"]),
        Route("/exports/{token}", download_export, methods=["GET"]),
    ]
