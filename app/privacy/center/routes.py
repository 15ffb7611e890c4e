"""`/privacy/{slug}`: the organisation's privacy center — server-rendered, no JavaScript, no sign-in.

The request form goes through the same service as `submitPrivacyRequest` (same answer whether or not data
exists, same rate limits, a mailed code), with channel WEB; then a code form; then the status page.
Every form carries a CSRF token (csrf.py); a post without a valid one gets 403 and stores nothing.
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from app.accounts.models import Organization, PolicyVersion
from app.accounts.organizations import privacy_contact_of
from app.accounts.policy import current_policy
from app.errors import DomainError, ErrorCode, RateLimited
from app.html_route import HtmlRoute
from app.legal.processors import public_list
from app.privacy import intake
from app.privacy.center import csrf
from app.privacy.center.messages import t
from app.privacy.center.pages import APP_DIR, error_page, page
from app.privacy.erasure_models import ObjectionKind
from app.privacy.request_models import IntakeChannel, RequestType
from app.privacy.requests import MAX_SLUG
from app.settings import Settings
from app.text import unstorable

MAX_FORM_BYTES = 64 * 1024
STATIC_CSS = APP_DIR / "static" / "privacy-center.css"
TYPES = [kind.value for kind in RequestType]
FIELD_ERRORS = {
    "email": "center.error.email",
    "phone": "center.error.phone",
    "details": "center.error.details",
    "objectionKind": "center.error.objection_kind",
}
OBJECTION_KINDS = [k.value for k in ObjectionKind]


def _message(request: Request, key: str, status: int) -> HTMLResponse:
    return page(request, "privacy_center_message.html", status=status, message=t(key))


async def _org(request: Request) -> Organization | None:
    slug = request.path_params["slug"]
    if len(slug) > MAX_SLUG or unstorable(slug):
        return None
    return await Organization.get_or_none(slug=slug)


def _contact(org: Organization) -> tuple[str, str]:
    contact = privacy_contact_of(org)
    label = contact.removeprefix("mailto:")
    return contact, label


async def _read_form(request: Request) -> dict[str, str] | Response:
    """The posted form (url-encoded, 64 KiB at most), or the response refusing it (403 / 413 / 415)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        return _message(request, "too_large", 413)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return _message(request, "too_large", 413)
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return _message(request, "forbidden", 415)
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return _message(request, "forbidden", 400)
    form = {key: values[0] for key, values in parsed.items()}
    if not csrf.valid(request.cookies.get(csrf.COOKIE), form.get(csrf.FIELD)):
        return _message(request, "forbidden", 403)
    return form


async def _index_context(org: Organization) -> dict[str, Any]:
    contact, label = _contact(org)
    listed = await public_list()
    return {
        "org": org,
        "contact": contact,
        "contact_label": label,
        "policy": await current_policy(),
        "region": listed["dataRegion"],
        "processors": listed["processors"],
        "types": TYPES,
        "objection_kinds": OBJECTION_KINDS,
    }


async def center(request: Request) -> Response:
    org = await _org(request)
    if org is None:
        return _message(request, "not_found", 404)
    return page(request, "privacy_center_index.html", **await _index_context(org))


async def policy(request: Request) -> Response:
    org = await _org(request)
    if org is None:
        return _message(request, "not_found", 404)
    if org.privacy_policy_url:
        return RedirectResponse(str(org.privacy_policy_url), status_code=302)
    current = await current_policy()
    wanted = request.query_params.get("version")
    shown = current
    if wanted and wanted != current.version:
        found = await PolicyVersion.get_or_none(version=wanted[:32], effective_date__lte=current.effective_date)
        if found is None:
            return _message(request, "not_found", 404)
        shown = found
    earlier = (
        await PolicyVersion.filter(effective_date__lte=current.effective_date)
        .exclude(version=current.version)
        .order_by("-effective_date", "-created_at")
    )
    return page(request, "privacy_center_policy.html", org=org, policy=shown, earlier=earlier)


async def _posted(request: Request) -> tuple[Organization, dict[str, str]] | Response:
    """The organisation of the path and the form posted to it, or the response to give instead."""
    org = await _org(request)
    if org is None:
        return _message(request, "not_found", 404)
    form = await _read_form(request)
    if isinstance(form, Response):
        return form
    return org, form


def _enum(value: str, enum_type: Any) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        return None


async def submit(request: Request) -> Response:
    posted = await _posted(request)
    if isinstance(posted, Response):
        return posted
    org, form = posted
    request_type = _enum(form.get("type", ""), RequestType)
    kind = _enum(form.get("objection_kind", ""), ObjectionKind) if form.get("objection_kind") else None
    errors: list[str] = []
    status = 400
    if request_type is None:
        errors.append(t("center.form.type"))
    else:
        try:
            created = await intake.submit(
                org.slug,
                request_type,
                form.get("email", ""),
                form.get("phone") or None,
                form.get("details") or None,
                objection_kind=kind,
                channel=IntakeChannel.WEB,
            )
        except RateLimited:
            errors.append(t("center.error.rate_limited"))
            status = 429
        except DomainError as error:
            errors.append(t(FIELD_ERRORS.get(error.field or "", "center.error.generic")))
        else:
            return page(request, "privacy_center_code.html", org=org, request_id=str(created.id))
    context = await _index_context(org)
    return page(request, "privacy_center_index.html", status=status, errors=errors, form=form, **context)


async def verify(request: Request) -> Response:
    posted = await _posted(request)
    if isinstance(posted, Response):
        return posted
    org, form = posted
    raw_id = form.get("request_id", "")
    try:
        request_id: uuid.UUID | None = uuid.UUID(raw_id)
    except ValueError:
        request_id = None
    status = 400
    try:
        # A request of another organisation is as unknown as a wrong code: same message.
        verified = await intake.verify(request_id, form.get("code", ""), organization_id=org.id)
    except RateLimited:
        message, status = t("center.error.rate_limited"), 429
    except DomainError as error:
        message = t("center.error.invalid_state") if error.code is ErrorCode.INVALID_STATE else t("center.code.wrong")
    else:
        return RedirectResponse(f"/privacy/status/{verified.confirmation_code}", status_code=303)
    return page(request, "privacy_center_code.html", status=status, org=org, request_id=raw_id[:64], errors=[message])


async def stylesheet(request: Request) -> Response:
    return FileResponse(STATIC_CSS, media_type="text/css", headers={"cache-control": "public, max-age=3600"})


def routes(settings: Settings) -> list[BaseRoute]:
    return [
        Route("/privacy/static/privacy-center.css", stylesheet, methods=["GET"]),
        HtmlRoute("/privacy/{slug}", center, methods=["GET"], error_page=error_page),
        HtmlRoute("/privacy/{slug}/policy", policy, methods=["GET"], error_page=error_page),
        HtmlRoute("/privacy/{slug}/request", submit, methods=["POST"], error_page=error_page),
        HtmlRoute("/privacy/{slug}/verify", verify, methods=["POST"], error_page=error_page),
    ]
