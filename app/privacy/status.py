"""Public HTTP routes of privacy requests: the status page and export downloads.

Neither shows personal data: the status page names the request's type, status, dates and what was kept
and why, and while a mailed code can confirm the request, the form to enter it (the verification mail links
here); a download link is a signed token for one export. Unknown codes and tokens get 404.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from app.accounts.models import Organization
from app.accounts.organizations import privacy_contact_of
from app.html_route import HtmlRoute, prefers_json
from app.leads.lead_export import CONTENT_TYPES, download_name, open_lead_download
from app.privacy import intake
from app.privacy.center.messages import t
from app.privacy.center.pages import error_page, page
from app.privacy.export import open_download
from app.privacy.request_models import PrivacyRequest, RequestType
from app.privacy.requests import kept_of
from app.security.sealed import ExportGone
from app.settings import Settings

_CODE = re.compile(r"^[A-Za-z0-9]{24}$")
_NO_STORE = {"cache-control": "no-store", "x-robots-tag": "noindex"}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def status_document(request: PrivacyRequest, contact: str | None = None) -> dict[str, Any]:
    """What the public status page shows; a MINOR_REPORT shows only its status (kept_of is empty for it)."""
    return {
        "confirmationCode": request.confirmation_code,
        "type": request.type.value,
        "status": request.status.value,
        "receivedAt": _iso(request.received_at),
        "dueAt": _iso(request.due_at),
        "completedAt": _iso(request.completed_at),
        "kept": kept_of(request),
        "privacyContact": contact,
    }


def _code_form(found: PrivacyRequest, org: Organization | None) -> dict[str, Any]:
    """What the code form needs while a mailed code can confirm the request: it posts to the privacy center's
    verification (its CSRF, rate limits and attempt lock), the way the verification mail's link leads."""
    if org is None or not intake.awaits_code(found):
        return {}
    return {"org": org, "request_id": str(found.id)}


async def privacy_status(request: Request) -> Response:
    code = request.path_params["code"]
    found = await PrivacyRequest.get_or_none(confirmation_code=code) if _CODE.match(code) else None
    if found is None:
        if prefers_json(request):
            return JSONResponse({"error": "not found"}, status_code=404, headers=_NO_STORE)
        return page(request, "privacy_center_message.html", status=404, message=t("not_found"))
    org = await Organization.get_or_none(id=found.organization_id)
    doc = status_document(found, privacy_contact_of(org))
    if prefers_json(request):
        return JSONResponse(doc, headers=_NO_STORE)
    contact = doc.get("privacyContact")
    return page(
        request,
        "privacy_center_status.html",
        doc=doc,
        status_only=found.type is RequestType.MINOR_REPORT,
        contact=contact,
        contact_label=(contact or "").removeprefix("mailto:"),
        type_label=t(f"type.{doc['type']}"),
        **_code_form(found, org),
    )


async def download_export(request: Request) -> Response:
    """A privacy export's ZIP or, on the same path, a list export of leads (SPEC §7.7): CSV or XLSX."""
    token = request.path_params["token"]
    try:
        opened = await open_download(token)
        opened_leads = await open_lead_download(token) if opened is None else None
    except ExportGone:
        return PlainTextResponse("This download link has expired or has been used up.", status_code=410)
    if opened is not None:
        export, body = opened
        headers = {
            "content-length": str(export.size_bytes),
            "content-disposition": 'attachment; filename="quantix-data-export.zip"',
        }
        return await _attachment(request, body, "application/zip", headers)
    if opened_leads is None:
        return PlainTextResponse("Not found", status_code=404)
    lead_export, lead_body = opened_leads
    headers = {
        "content-length": str(lead_export.size_bytes),
        "content-disposition": f'attachment; filename="{download_name(lead_export)}"',
        "x-content-type-options": "nosniff",
    }
    return await _attachment(request, lead_body, CONTENT_TYPES[lead_export.format], headers)


async def _attachment(
    request: Request, body: AsyncGenerator[bytes], media_type: str, headers: dict[str, str]
) -> Response:
    """A download, never stored by a cache. A HEAD is not a download: nothing streamed, nothing counted."""
    headers = {**_NO_STORE, **headers}
    if request.method == "HEAD":
        await body.aclose()
        return Response(status_code=200, media_type=media_type, headers=headers)
    return StreamingResponse(body, media_type=media_type, headers=headers)


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        HtmlRoute("/privacy/status/{code}", privacy_status, methods=["GET"], error_page=error_page),
        Route("/exports/{token}", download_export, methods=["GET"]),
    ]
