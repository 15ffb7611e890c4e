"""The assembly: one MetaEmulator from the area mixins, its clock and object store, the HTTP entry and routing.

Every request goes `_endpoint` -> `_call` (usage, injected faults, logging) -> `_route`, which resolves the
node and dispatches `/{node}/{edge}` to the `_edge_<type>_<edge>` method some area mixin defines.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.sandbox.meta.ads import AdsMixin
from app.sandbox.meta.conversions import ConversionsMixin
from app.sandbox.meta.core import (
    ALL_SCOPES,
    DEFAULT_APP_ID,
    DEFAULT_APP_SECRET,
    NODE_TYPE,
    VERSION_RE,
    Fault,
    GraphError,
    Token,
    _missing,
)
from app.sandbox.meta.insights import InsightsMixin
from app.sandbox.meta.leadads import LeadAdsMixin
from app.sandbox.meta.media import MediaMixin
from app.sandbox.meta.paging import PagingMixin
from app.sandbox.meta.seed import SeedMixin
from app.sandbox.meta.templates import TemplatesMixin
from app.sandbox.meta.throttling import Bucket, ThrottlingMixin, _Throttled
from app.sandbox.meta.tokens import TokensMixin
from app.sandbox.meta.whatsapp import WhatsAppMixin


class MetaEmulator(
    ConversionsMixin,
    SeedMixin,
    TokensMixin,
    PagingMixin,
    AdsMixin,
    InsightsMixin,
    LeadAdsMixin,
    TemplatesMixin,
    WhatsAppMixin,
    ThrottlingMixin,
    MediaMixin,
):
    """The whole fake Meta. Create it, `seed_default()` (or build state with the `add_*` methods), serve `.app`."""

    def __init__(
        self,
        *,
        app_id: str = DEFAULT_APP_ID,
        app_secret: str = DEFAULT_APP_SECRET,
        app_name: str = "QuantixOne",
        require_appsecret_proof: bool = False,
        seed: bool = False,
    ) -> None:
        self.app_id = app_id
        self.app_secret = app_secret
        self.app_name = app_name
        self.require_appsecret_proof = require_appsecret_proof
        self.clock_offset = 0.0
        self.objects: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, Token] = {}
        self.revoked_users: dict[str, int] = {}  # user id -> subcode once the app was removed / password changed
        self.codes: dict[str, dict[str, Any]] = {}
        self.user_pages: dict[str, dict[str, list[str]]] = {}  # user -> page -> tasks
        self.user_ad_accounts: dict[str, list[str]] = {}
        self.user_scopes: dict[str, list[str]] = {}  # what the user granted the app (permissions edge)
        self.user_declined: dict[str, list[str]] = {}
        self.insights: dict[tuple[str, str], dict[str, Any]] = {}  # (ad id, YYYY-MM-DD) -> metrics
        self.insights_by_day: dict[str, dict[str, dict[str, Any]]] = {}  # YYYY-MM-DD -> ad id -> metrics
        self.subscribed_apps: dict[str, list[str]] = {}  # page -> subscribed fields
        self.app_subscriptions: dict[str, dict[str, Any]] = {}  # object -> subscription
        self.sent_messages: list[dict[str, Any]] = []
        self.windows: dict[tuple[str, str], float] = {}  # (phone number id, wa_id) -> last inbound time
        self.undeliverable: set[str] = set()
        self.window_errors = "sync"  # "webhook": free-form sends outside the 24 h window fail later, by status
        self.requests: list[dict[str, Any]] = []
        self.max_logged = 20_000
        self.faults: list[Fault] = []
        self.null_slots: set[int] = set()
        self.batch_enabled = True  # False: `POST /` is refused like an unsupported request
        self.next_report_outcome = "Job Completed"  # or "Job Failed" / "Job Skipped" for the next report run
        self.dialog_user_id: str | None = None
        self.deny_dialog_once = False
        self.deny_dialog = False
        self.grant_scopes: list[str] | None = None  # None = grant everything requested
        self.buckets: dict[str, Bucket] = {}
        self.capacity = {"app": 100_000, "ad_account": 100_000, "buc": 100_000}
        self.usage_window = 3600.0
        self._seq = 0
        self._capi_state()
        self.app = Starlette(
            routes=[
                Route("/_sandbox/templates/review", self.review_endpoint, methods=["POST"]),
                Route("/{path:path}", self._endpoint, methods=["GET", "POST", "DELETE"]),
            ],
        )
        if seed:
            self.seed_default()

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock (token expiry, windows, usage buckets)."""
        self.clock_offset += seconds

    def _new_id(self, prefix: str = "9") -> str:
        self._seq += 1
        return f"{prefix}{int(self.now() * 1000) % 10**12:012d}{self._seq:05d}"

    def _put(self, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj["_type"] = kind
        self.objects[str(obj["id"])] = obj
        return obj

    def add_user(self, user_id: str, name: str, *, scopes: Iterable[str] = ALL_SCOPES) -> dict[str, Any]:
        self.user_scopes[user_id] = list(scopes)
        self.user_declined.setdefault(user_id, [])
        self.user_pages.setdefault(user_id, {})
        self.user_ad_accounts.setdefault(user_id, [])
        if self.dialog_user_id is None:
            self.dialog_user_id = user_id
        return self._put("user", {"id": user_id, "name": name, "email": f"user{user_id}@example.com"})

    def _take_fault(self, method: str, path: str) -> GraphError | None:
        for fault in self.faults:
            if fault.method and fault.method.upper() != method:
                continue
            if fault.pattern.search(path):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return GraphError(
                    fault.code,
                    fault.message,
                    subcode=fault.subcode,
                    http_status=fault.http_status,
                    is_transient=fault.is_transient if fault.is_transient is not None else (fault.code in (1, 2)),
                )
        return None

    async def _endpoint(self, request: Request) -> Response:
        raw_path = request.path_params.get("path", "")
        query = dict(request.query_params)
        form: dict[str, Any] = {}
        body_json: Any = None
        if request.method in ("POST", "DELETE"):
            raw = await request.body()
            ctype = request.headers.get("content-type", "")
            if "application/json" in ctype and raw:
                try:
                    body_json = json.loads(raw)
                except ValueError:
                    body_json = None
                if isinstance(body_json, dict):
                    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in body_json.items()}
            elif raw:
                form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        auth = request.headers.get("authorization", "")
        bearer = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        segments = [s for s in raw_path.split("/") if s]
        version = None
        if segments and VERSION_RE.match(segments[0]):
            version = segments.pop(0)
        params = {**form, **query}
        if bearer and "access_token" not in params:
            params["access_token"] = bearer
        url = str(request.url)
        if segments[:2] == ["whatsapp_business", "attachments"] and request.method == "GET":
            self._log(request.method, "/".join(segments), version, params, body_json, 200)
            return self._media_download(query, bearer)
        if segments[:2] == ["dialog", "oauth"]:
            self._log(request.method, "/".join(segments), version, params, body_json, 302)
            return self._dialog(params)
        status, payload, headers = self._call(request.method, segments, params, body_json, url, version)
        return JSONResponse(payload, status_code=status, headers=headers)

    def _log(
        self,
        method: str,
        path: str,
        version: str | None,
        params: dict[str, Any],
        body_json: Any,
        status: int,
        error: dict[str, Any] | None = None,
    ) -> None:
        if len(self.requests) >= self.max_logged:
            del self.requests[: self.max_logged // 2]  # the sandbox runs for days: keep the log bounded
        self.requests.append(
            {
                "method": method,
                "path": path,
                "version": version,
                "params": dict(params),
                "json": body_json,
                "token": params.get("access_token"),
                "appsecret_proof": params.get("appsecret_proof"),
                "status": status,
                "error": error,
                "at": self.now(),
            }
        )

    def calls(self, path_regex: str = "", method: str | None = None) -> list[dict[str, Any]]:
        """Logged requests whose path matches (batch operations are logged one by one, with `batch: True`)."""
        pattern = re.compile(path_regex)
        return [r for r in self.requests if pattern.search(r["path"]) and (method is None or r["method"] == method)]

    def _call(
        self,
        method: str,
        segments: list[str],
        params: dict[str, Any],
        body_json: Any,
        url: str,
        version: str | None,
        *,
        in_batch: bool = False,
    ) -> tuple[int, Any, dict[str, str]]:
        path = "/".join(segments)
        headers: dict[str, str] = {}
        try:
            if not segments and method == "POST" and not in_batch:
                headers = {"x-app-usage": self._usage_app(hit=False)}
                batch_fault = self._take_fault(method, "")
                if batch_fault is not None:
                    raise batch_fault
                if not self.batch_enabled:
                    raise GraphError(100, "(#100) Unsupported post request.", type="GraphMethodException")
                status, payload = 200, self._batch(params, url, version)
                self._log(method, "", version, params, body_json, 200)
                return status, payload, {"x-app-usage": self._usage_app(hit=False)}
            fault = self._take_fault(method, path)
            scope_keys = self._usage_scope(segments, params)
            headers = self._usage(scope_keys)
            if fault is not None:
                raise fault
            payload = self._route(method, segments, params, body_json, url)
            self._log(method, path, version, params, body_json, 200)
            if in_batch:
                self.requests[-1]["batch"] = True
            return 200, payload, headers
        except GraphError as err:
            if isinstance(err, _Throttled):
                headers = err.headers
            body = err.body()
            self._log(method, path, version, params, body_json, err.http_status, body["error"])
            if in_batch:
                self.requests[-1]["batch"] = True
            return err.http_status, body, headers

    def _route(self, method: str, segments: list[str], params: dict[str, Any], body_json: Any, url: str) -> Any:
        head = segments[0] if segments else ""
        if head == "oauth" and segments[1:2] == ["access_token"]:
            return self._access_token(params)
        if head == "debug_token":
            return self._debug_token(params)
        token = self._authenticate(params, segments)
        if head == "me":
            if token.user_id is None and token.kind != "PAGE":
                raise GraphError(
                    2500, "An active access token must be used to query information about the current user."
                )
            segments = [token.page_id if token.kind == "PAGE" and token.page_id else str(token.user_id), *segments[1:]]
            head = segments[0]
        obj = self.objects.get(head)
        if head == self.app_id:
            obj = {
                "id": self.app_id,
                "_type": "app",
                "name": self.app_name,
                "link": "https://example.com",
                "category": "Business",
            }
        if obj is None:
            raise _missing(head)
        kind = obj["_type"]
        if len(segments) == 1:
            if method == "GET" and kind == "media":
                return self._media_node(obj, token, url)
            if method == "GET" and kind == "report_run":
                self._poll_report(obj)
                fields = (
                    params.get("fields")
                    or "id,account_id,async_status,async_percent_completion,date_start,date_stop,time_ref,is_running"
                )
                return self._select(obj, fields, token, url)
            if method == "GET":
                self._check_object_access(token, obj)
                return self._select(obj, params.get("fields"), token, url)
            raise GraphError(100, f"(#100) Unsupported {method.lower()} request.", type="GraphMethodException")
        edge = segments[1]
        handler = getattr(self, f"_edge_{kind}_{edge}", None)
        if handler is None:
            raise GraphError(
                100,
                f"(#100) Tried accessing nonexisting field ({edge}) on node type ({NODE_TYPE.get(kind, kind)})",
            )
        return handler(method, obj, token, params, body_json, url, segments[2:])
