"""An in-memory Meta emulator (Facebook Login dialog + Graph API + WhatsApp Cloud API) following META.md.

It powers the tests and the sandbox (`/sandbox/meta`). Everything is deterministic except random ids of
things created at run time (codes, message ids, fbtrace ids). The wire facts it follows:
- versions in the path are optional (`/v25.0/me` == `/me`); `access_token` from query, form or Bearer;
- only `id` is returned unless `fields` asks for more; insights numbers are strings;
- cursor paging with `next` only when more data, `previous` when the offset is > 0;
- `POST /` batches of at most 50 operations, bodies as JSON strings, per-operation usage headers;
- usage headers on every response and throttling errors once a bucket passes 100 %;
- error bodies `{"error": {message, type, code, error_subcode, fbtrace_id}}`.

Tokens are self-describing signed strings, so several processes (API and worker) sharing an app secret
accept each other's tokens; revocations and other state stay per process.

Knobs for tests: `fail_next(path_regex, code=, subcode=, http_status=, message=, times=, method=, is_transient=)`,
`reduce_data_next`, `null_batch_slots`, `batch_enabled`, `set_usage(bucket, percent)`, `revoke_token`,
`expire_token`, `expire_data_access`, `remove_app`, `change_password`, `deny_next_dialog`, `grant_only`,
`require_appsecret_proof`, `undeliverable`, `window_errors`, `next_report_outcome`, `advance(seconds)`.
Builders: `seed_default`, `add_user/page/ad_account/campaign/ad_set/ad/insight/lead_form/lead/waba/
phone_number/template`, `touch`, `open_window`, tokens via `user_token`, `system_user_token`, `app_token`.
Senders: `sign_webhook`, `webhook_headers`, `leadgen_webhook`, `leadgen_change`, `leadgen_webhook_batch`,
`whatsapp_status_webhook`, `whatsapp_inbound_message`, `signed_request`. Inspection: `requests`, `calls()`,
`sent_messages`, `subscribed_apps`, `app_subscriptions`.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

DEFAULT_APP_ID = "100000000000001"
DEFAULT_APP_SECRET = "dev-only-meta-app-secret"
MAX_BATCH = 50
DEFAULT_LIMIT = 25
LEAD_RETENTION_DAYS = 90
SHORT_LIVED = 2 * 3600
LONG_LIVED = 5_184_000
DATA_ACCESS = 90 * 86400
VERSION_RE = re.compile(r"^v\d+(\.\d+)?$")
ALL_SCOPES = (
    "ads_management",
    "ads_read",
    "business_management",
    "leads_retrieval",
    "pages_show_list",
    "pages_read_engagement",
    "pages_manage_metadata",
    "pages_manage_ads",
    "whatsapp_business_messaging",
    "whatsapp_business_management",
)
ALL_STATUSES = {"ACTIVE", "PAUSED", "DELETED", "ARCHIVED"}
HIDDEN_BY_DEFAULT = {"DELETED", "ARCHIVED"}


class GraphError(Exception):
    """An error the emulator answers with; mirrors Meta's error body."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        type: str = "OAuthException",
        http_status: int = 400,
        is_transient: bool | None = None,
        user_title: str | None = None,
        user_msg: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.subcode = subcode
        self.type = type
        self.http_status = http_status
        self.is_transient = is_transient
        self.user_title = user_title
        self.user_msg = user_msg

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.is_transient is not None:
            error["is_transient"] = self.is_transient
        if self.user_title:
            error["error_user_title"] = self.user_title
        if self.user_msg:
            error["error_user_msg"] = self.user_msg
        error["fbtrace_id"] = "A" + secrets.token_urlsafe(8).replace("-", "x").replace("_", "y")
        return {"error": error}


def _missing(object_id: str) -> GraphError:
    return GraphError(
        100,
        f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot be loaded due to "
        "missing permissions, or does not support this operation.",
        subcode=33,
        type="GraphMethodException",
    )


# --- tokens --------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Token:
    value: str
    kind: str  # USER | PAGE | APP | SYSTEM_USER
    app_id: str
    user_id: str | None
    scopes: list[str]
    issued_at: int
    expires_at: int  # 0 = never
    page_id: str | None = None
    declined: list[str] = dataclasses.field(default_factory=list)
    data_access_expires_at: int = 0
    valid: bool = True
    invalid_subcode: int | None = None  # 458 revoked, 460 password changed, 463 expired (explicit)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- small helpers ---------------------------------------------------------------------------------------


def iso(ts: float) -> str:
    """Meta's object timestamp format: `2026-07-01T09:12:44+0000`."""
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _split_fields(spec: str) -> list[str]:
    """Split `a,b{c,d},e.limit(5){f}` at top-level commas."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in spec:
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        if char == "," and depth == 0:
            if current.strip():
                parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _parse_field(item: str) -> tuple[str, str | None]:
    """`insights.date_preset(x){spend}` -> ("insights", "spend"); modifiers are ignored."""
    sub = None
    if "{" in item and item.endswith("}"):
        item, sub = item[: item.index("{")], item[item.index("{") + 1 : -1]
    name = item.split(".", 1)[0].strip()
    return name, sub


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    text = str(value).strip()
    if text.startswith("["):
        try:
            return [str(v) for v in json.loads(text)]
        except ValueError:
            return []
    return [v.strip() for v in text.split(",") if v.strip()]


def _num(value: Decimal | int | float) -> str:
    """Insights numbers are strings; integers without decimals, money with at most 2-6 decimals."""
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(value).normalize(), "f")
    return text


FIELDS: dict[str, set[str]] = {
    "user": {"id", "name", "email", "first_name", "last_name"},
    "page": {"id", "name", "category", "access_token", "tasks", "link"},
    "adaccount": {
        "id",
        "account_id",
        "name",
        "currency",
        "timezone_name",
        "timezone_offset_hours_utc",
        "account_status",
        "business",
        "amount_spent",
        "created_time",
        "disable_reason",
        "spend_cap",
    },
    "campaign": {
        "id",
        "name",
        "status",
        "configured_status",
        "effective_status",
        "objective",
        "daily_budget",
        "lifetime_budget",
        "start_time",
        "stop_time",
        "created_time",
        "updated_time",
        "account_id",
        "buying_type",
        "bid_strategy",
    },
    "adset": {
        "id",
        "name",
        "status",
        "configured_status",
        "effective_status",
        "campaign_id",
        "account_id",
        "daily_budget",
        "lifetime_budget",
        "start_time",
        "end_time",
        "optimization_goal",
        "billing_event",
        "bid_strategy",
        "created_time",
        "updated_time",
        "campaign",
    },
    "ad": {
        "id",
        "name",
        "status",
        "configured_status",
        "effective_status",
        "adset_id",
        "campaign_id",
        "account_id",
        "creative",
        "created_time",
        "updated_time",
        "adset",
        "campaign",
    },
    "leadgen_form": {
        "id",
        "name",
        "status",
        "locale",
        "leads_count",
        "expired_leads_count",
        "organic_leads_count",
        "created_time",
        "questions",
        "page",
        "privacy_policy_url",
        "legal_content",
    },
    "lead": {
        "id",
        "created_time",
        "ad_id",
        "ad_name",
        "adset_id",
        "adset_name",
        "campaign_id",
        "campaign_name",
        "form_id",
        "field_data",
        "is_organic",
        "platform",
        "partner_name",
        "custom_disclaimer_responses",
        "post",
        "retailer_item_id",
    },
    "waba": {"id", "name", "currency", "timezone_id", "message_template_namespace"},
    "phone_number": {
        "id",
        "display_phone_number",
        "verified_name",
        "quality_rating",
        "code_verification_status",
        "platform_type",
        "messaging_limit_tier",
    },
    "template": {"id", "name", "category", "language", "status", "components", "parameter_format"},
    "app": {"id", "name", "link", "category"},
    "report_run": {
        "id",
        "account_id",
        "async_status",
        "async_percent_completion",
        "date_start",
        "date_stop",
        "time_ref",
        "time_completed",
        "is_running",
        "error_code",
        "error_message",
        "error_subcode",
    },
}
NODE_TYPE = {
    "user": "User",
    "page": "Page",
    "adaccount": "AdAccount",
    "campaign": "Campaign",
    "adset": "AdSet",
    "ad": "Ad",
    "leadgen_form": "LeadgenForm",
    "lead": "UserLeadGenInfo",
    "waba": "WhatsAppBusinessAccount",
    "phone_number": "WhatsAppBusinessPhoneNumber",
    "template": "WhatsAppBusinessHSM",
    "app": "Application",
    "report_run": "AdReportRun",
}
INSIGHT_FIELDS = {
    "account_id",
    "account_name",
    "account_currency",
    "campaign_id",
    "campaign_name",
    "adset_id",
    "adset_name",
    "ad_id",
    "ad_name",
    "objective",
    "impressions",
    "clicks",
    "spend",
    "reach",
    "ctr",
    "cpc",
    "cpm",
    "frequency",
    "actions",
    "cost_per_action_type",
    "inline_link_clicks",
    "unique_clicks",
    "date_start",
    "date_stop",
}


@dataclasses.dataclass
class Fault:
    pattern: re.Pattern[str]
    code: int
    subcode: int | None
    http_status: int
    message: str
    times: int
    method: str | None
    is_transient: bool | None


@dataclasses.dataclass
class Bucket:
    """A usage counter: `count` calls over `capacity` per `window` seconds = percent used."""

    capacity: int
    window: float
    count: int = 0
    started: float = 0.0

    def percent(self, now: float) -> float:
        if now - self.started >= self.window:
            return 0.0
        return self.count * 100.0 / self.capacity

    def hit(self, now: float) -> None:
        if now - self.started >= self.window:
            self.started = now
            self.count = 0
        self.count += 1

    def regain_minutes(self, now: float) -> int:
        return max(1, int((self.window - (now - self.started)) // 60) + 1)


BUC_CODES = {
    "ads_insights": 80000,
    "pages": 80001,
    "instagram": 80002,
    "custom_audience": 80003,
    "ads_management": 80004,
    "leadgen": 80005,
    "messenger": 80006,
    "whatsapp_business_management": 80008,
}


class MetaEmulator:
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
        self.app = Starlette(
            routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST", "DELETE"])],
        )
        if seed:
            self.seed_default()

    # --- time ---------------------------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock (token expiry, windows, usage buckets)."""
        self.clock_offset += seconds

    def _new_id(self, prefix: str = "9") -> str:
        self._seq += 1
        return f"{prefix}{int(self.now() * 1000) % 10**12:012d}{self._seq:05d}"

    # --- state builders -----------------------------------------------------------------------------

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

    def add_page(self, page_id: str, name: str, *, user_id: str, tasks: Iterable[str], category: str = "Business"):
        self.user_pages.setdefault(user_id, {})[page_id] = list(tasks)
        return self._put(
            "page", {"id": page_id, "name": name, "category": category, "link": f"https://facebook.com/{page_id}"}
        )

    def add_ad_account(
        self,
        account_id: str,
        name: str,
        *,
        user_id: str,
        currency: str = "EUR",
        timezone_name: str = "Europe/Berlin",
        account_status: int = 1,
        business: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        self.user_ad_accounts.setdefault(user_id, []).append(f"act_{account_id}")
        return self._put(
            "adaccount",
            {
                "id": f"act_{account_id}",
                "account_id": account_id,
                "name": name,
                "currency": currency,
                "timezone_name": timezone_name,
                "timezone_offset_hours_utc": 1,
                "account_status": account_status,
                "business": business or {"id": "555000000000001", "name": "Acme GmbH"},
                "amount_spent": "0",
                "created_time": iso(self.now() - 400 * 86400),
                "disable_reason": 0 if account_status == 1 else 1,
                "spend_cap": "0",
            },
        )

    def _account_of(self, obj: dict[str, Any]) -> str | None:
        if obj["_type"] == "adaccount":
            return str(obj["account_id"])
        return obj.get("account_id")

    def add_campaign(
        self,
        campaign_id: str,
        account_id: str,
        name: str,
        *,
        status: str = "ACTIVE",
        effective_status: str | None = None,
        objective: str = "OUTCOME_LEADS",
        daily_budget: str | None = "5000",
        lifetime_budget: str | None = None,
        created_time: float | None = None,
        updated_time: float | None = None,
    ) -> dict[str, Any]:
        created = created_time if created_time is not None else self.now() - 120 * 86400
        obj: dict[str, Any] = {
            "id": campaign_id,
            "account_id": account_id,
            "name": name,
            "status": status,
            "configured_status": status,
            "effective_status": effective_status or status,
            "objective": objective,
            "buying_type": "AUCTION",
            "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
            "start_time": iso(created),
            "created_time": iso(created),
            "updated_time": iso(updated_time if updated_time is not None else created),
            "_updated": updated_time if updated_time is not None else created,
        }
        if daily_budget is not None:
            obj["daily_budget"] = daily_budget
        if lifetime_budget is not None:
            obj["lifetime_budget"] = lifetime_budget
        return self._put("campaign", obj)

    def add_ad_set(
        self,
        adset_id: str,
        campaign_id: str,
        name: str,
        *,
        status: str = "ACTIVE",
        effective_status: str | None = None,
        optimization_goal: str = "LEAD_GENERATION",
        updated_time: float | None = None,
    ) -> dict[str, Any]:
        campaign = self.objects[campaign_id]
        created = self.now() - 100 * 86400
        updated = updated_time if updated_time is not None else created
        return self._put(
            "adset",
            {
                "id": adset_id,
                "campaign_id": campaign_id,
                "account_id": campaign["account_id"],
                "name": name,
                "status": status,
                "configured_status": status,
                "effective_status": effective_status or status,
                "optimization_goal": optimization_goal,
                "billing_event": "IMPRESSIONS",
                "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
                "start_time": iso(created),
                "created_time": iso(created),
                "updated_time": iso(updated),
                "_updated": updated,
            },
        )

    def add_ad(
        self,
        ad_id: str,
        adset_id: str,
        name: str,
        *,
        status: str = "ACTIVE",
        effective_status: str | None = None,
        updated_time: float | None = None,
    ) -> dict[str, Any]:
        adset = self.objects[adset_id]
        created = self.now() - 100 * 86400
        updated = updated_time if updated_time is not None else created
        return self._put(
            "ad",
            {
                "id": ad_id,
                "adset_id": adset_id,
                "campaign_id": adset["campaign_id"],
                "account_id": adset["account_id"],
                "name": name,
                "status": status,
                "configured_status": status,
                "effective_status": effective_status or status,
                "creative": {"id": f"{ad_id}9"},
                "created_time": iso(created),
                "updated_time": iso(updated),
                "_updated": updated,
            },
        )

    def touch(self, object_id: str, **changes: Any) -> None:
        """Change an ad object and bump its `updated_time` (for incremental sync tests)."""
        obj = self.objects[object_id]
        obj.update(changes)
        if "status" in changes:
            obj["configured_status"] = changes["status"]
            obj.setdefault("effective_status", changes["status"])
            obj["effective_status"] = changes.get("effective_status", changes["status"])
        stamp = self.now()
        obj["_updated"] = stamp
        obj["updated_time"] = iso(stamp)

    def add_insight(
        self,
        ad_id: str,
        day: str | dt.date,
        *,
        impressions: int,
        clicks: int,
        spend: str | Decimal,
        reach: int | None = None,
        leads: int = 0,
    ) -> None:
        """One ad's delivery on one day; campaign/ad set/account rows are sums of these."""
        key = (ad_id, str(day))
        self.insights[key] = self.insights_by_day.setdefault(str(day), {})[ad_id] = {
            "impressions": impressions,
            "clicks": clicks,
            "spend": Decimal(str(spend)),
            "reach": reach if reach is not None else int(impressions * 0.7),
            "leads": leads,
        }

    def add_lead_form(
        self,
        form_id: str,
        page_id: str,
        name: str,
        questions: list[dict[str, Any]],
        *,
        status: str = "ACTIVE",
        locale: str = "en_US",
    ) -> dict[str, Any]:
        return self._put(
            "leadgen_form",
            {
                "id": form_id,
                "page_id": page_id,
                "page": {"id": page_id, "name": self.objects.get(page_id, {}).get("name", "")},
                "name": name,
                "status": status,
                "locale": locale,
                "questions": questions,
                "created_time": iso(self.now() - 200 * 86400),
                "privacy_policy_url": "https://example.com/privacy",
            },
        )

    def add_lead(
        self,
        form_id: str,
        field_data: dict[str, list[str]] | list[dict[str, Any]],
        *,
        leadgen_id: str | None = None,
        ad_id: str | None = None,
        created_time: float | None = None,
        platform: str = "fb",
        custom_disclaimer_responses: list[dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        """A submitted lead (organic when `ad_id` is None). Returns the lead object (its `id` is the leadgen id)."""
        leadgen_id = leadgen_id or self._new_id("13")
        if isinstance(field_data, dict):
            data = [{"name": k, "values": list(v)} for k, v in field_data.items()]
        else:
            data = field_data
        created = created_time if created_time is not None else self.now()
        obj: dict[str, Any] = {
            "id": leadgen_id,
            "form_id": form_id,
            "created_time": iso(created),
            "_created": created,
            "field_data": data,
            "is_organic": ad_id is None,
            "platform": platform,
        }
        if custom_disclaimer_responses is not None:
            obj["custom_disclaimer_responses"] = custom_disclaimer_responses
        if ad_id is not None:
            ad = self.objects[ad_id]
            adset = self.objects[ad["adset_id"]]
            campaign = self.objects[ad["campaign_id"]]
            obj.update(
                ad_id=ad_id,
                ad_name=ad["name"],
                adset_id=adset["id"],
                adset_name=adset["name"],
                campaign_id=campaign["id"],
                campaign_name=campaign["name"],
            )
        return self._put("lead", obj)

    def add_waba(self, waba_id: str, name: str, *, user_id: str | None = None) -> dict[str, Any]:
        return self._put(
            "waba",
            {"id": waba_id, "name": name, "currency": "EUR", "timezone_id": "1", "message_template_namespace": "ns1"},
        )

    def add_phone_number(self, phone_number_id: str, waba_id: str, display: str, verified_name: str):
        return self._put(
            "phone_number",
            {
                "id": phone_number_id,
                "waba_id": waba_id,
                "display_phone_number": display,
                "verified_name": verified_name,
                "quality_rating": "GREEN",
                "code_verification_status": "VERIFIED",
                "platform_type": "CLOUD_API",
                "messaging_limit_tier": "TIER_1K",
            },
        )

    def add_template(
        self,
        template_id: str,
        waba_id: str,
        name: str,
        *,
        category: str,
        language: str = "en_US",
        body: str,
        header: str | None = None,
        buttons: list[dict[str, Any]] | None = None,
        status: str = "APPROVED",
    ) -> dict[str, Any]:
        components: list[dict[str, Any]] = []
        if header is not None:
            components.append({"type": "HEADER", "format": "TEXT", "text": header})
        components.append({"type": "BODY", "text": body})
        if buttons:
            components.append({"type": "BUTTONS", "buttons": buttons})
        return self._put(
            "template",
            {
                "id": template_id,
                "waba_id": waba_id,
                "name": name,
                "category": category,
                "language": language,
                "status": status,
                "components": components,
                "parameter_format": "POSITIONAL",
            },
        )

    def open_window(self, phone_number_id: str, wa_id: str, at: float | None = None) -> None:
        """The customer wrote to the business: the 24 h customer service window (re)starts."""
        self.windows[(phone_number_id, re.sub(r"\D", "", wa_id))] = at if at is not None else self.now()

    # --- the default fixtures (META.md §8.3) ----------------------------------------------------------

    USER_ID = "10229999999000001"
    PAGE_ID = "230076207144371"
    PAGE_NO_ADVERTISE_ID = "230076207144372"
    AD_ACCOUNT_ID = "1234567890"
    DISABLED_AD_ACCOUNT_ID = "1234567891"
    CAMPAIGN_IDS = ("120210000000000001", "120210000000000002", "120210000000000003")
    ADSET_IDS = ("120210000000000040", "120210000000000041", "120210000000000043")
    AD_IDS = ("120210000000000042", "120210000000000044", "120210000000000045")
    FORM_ID = "129595594131704"
    FORM2_ID = "129595594131705"
    WABA_ID = "102290129340398"
    PHONE_NUMBER_ID = "106540352242922"
    DISPLAY_PHONE = "15550783881"

    def seed_default(self, *, days: int = 30) -> MetaEmulator:
        """1 user, 2 Pages (one without ADVERTISE), 2 ad accounts (status 1 and 2), 3 campaigns (ACTIVE,
        PAUSED, legacy objective) with ad sets, ads and `days` of daily insights, 2 lead forms with
        different question keys, leads spanning more than 90 days, 1 WABA with 1 number and 2 templates."""
        user = self.USER_ID
        self.add_user(user, "Dana Demo")
        self.add_page(
            self.PAGE_ID,
            "Acme Clinic",
            user_id=user,
            tasks=["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
            category="Medical Center",
        )
        self.add_page(self.PAGE_NO_ADVERTISE_ID, "Acme Blog", user_id=user, tasks=["ANALYZE", "CREATE_CONTENT"])
        self.add_ad_account(self.AD_ACCOUNT_ID, "Acme - Main", user_id=user)
        self.add_ad_account(self.DISABLED_AD_ACCOUNT_ID, "Acme - Old", user_id=user, currency="USD", account_status=2)
        acct = self.AD_ACCOUNT_ID
        c1, c2, c3 = self.CAMPAIGN_IDS
        self.add_campaign(c1, acct, "Lead gen Q3", status="ACTIVE", objective="OUTCOME_LEADS")
        self.add_campaign(c2, acct, "Awareness spring", status="PAUSED", objective="OUTCOME_AWARENESS")
        self.add_campaign(
            c3,
            acct,
            "Legacy lead ads",
            status="ACTIVE",
            objective="LEAD_GENERATION",
            daily_budget=None,
            lifetime_budget="150000",
        )
        s1, s2, s3 = self.ADSET_IDS
        self.add_ad_set(s1, c1, "Berlin 25-45")
        self.add_ad_set(s2, c2, "Germany broad", status="PAUSED", effective_status="CAMPAIGN_PAUSED")
        self.add_ad_set(s3, c3, "Legacy set")
        a1, a2, a3 = self.AD_IDS
        self.add_ad(a1, s1, "Ad - video A")
        self.add_ad(a2, s2, "Ad - image B", status="PAUSED", effective_status="CAMPAIGN_PAUSED")
        self.add_ad(a3, s3, "Ad - carousel C")
        today = dt.datetime.fromtimestamp(self.now(), dt.UTC).date()
        for n in range(1, days + 1):
            day = today - dt.timedelta(days=n)
            self.add_insight(
                a1,
                day,
                impressions=1000 + 10 * n,
                clicks=40 + n % 7,
                spend=f"{50 + n % 5}.25",
                reach=800 + 5 * n,
                leads=3 + n % 4,
            )
            if n > days // 2:  # paused for the last half of the window
                self.add_insight(a2, day, impressions=500 + n, clicks=5, spend="12.10", reach=450)
            self.add_insight(a3, day, impressions=300, clicks=9, spend="8.40", reach=250, leads=0 if n % 3 else 1)
        self.add_lead_form(
            self.FORM_ID,
            self.PAGE_ID,
            "Teeth whitening offer",
            [
                {"key": "full_name", "label": "Full name", "type": "FULL_NAME", "id": "q1"},
                {"key": "email", "label": "Email", "type": "EMAIL", "id": "q2"},
                {"key": "phone_number", "label": "Phone number", "type": "PHONE", "id": "q3"},
                {
                    "key": "which_treatment_are_you_interested_in?",
                    "label": "Which treatment are you interested in?",
                    "type": "CUSTOM",
                    "id": "q4",
                    "options": [
                        {"key": "teeth_whitening", "value": "Teeth whitening"},
                        {"key": "implants", "value": "Implants"},
                    ],
                },
            ],
        )
        self.add_lead_form(
            self.FORM2_ID,
            self.PAGE_ID,
            "Callback request (DE)",
            [
                {"key": "first_name", "label": "Vorname", "type": "FIRST_NAME", "id": "q5"},
                {"key": "last_name", "label": "Nachname", "type": "LAST_NAME", "id": "q6"},
                {"key": "phone_number_(eg.65xxxxxxxx)", "label": "Telefon", "type": "CUSTOM", "id": "q7"},
                {"key": "date_of_birth", "label": "Geburtsdatum", "type": "DATE_OF_BIRTH", "id": "q8"},
                {"key": "city", "label": "Stadt", "type": "CITY", "id": "q9"},
            ],
            locale="de_DE",
        )
        now = self.now()
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Jane Doe"],
                "email": ["jane@example.com"],
                "phone_number": ["+4915112345678"],
                "which_treatment_are_you_interested_in?": ["teeth_whitening"],
            },
            leadgen_id="130528934038370",
            ad_id=a1,
            created_time=now - 2 * 86400,
            custom_disclaimer_responses=[
                {"checkbox_key": "marketing_optin", "is_checked": "1"},
                {"checkbox_key": "whatsapp_optin", "is_checked": "1"},
            ],
        )
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Max Müller"],
                "email": ["max.mueller@example.de"],
                "phone_number": ["+49 30 1234567"],
                "which_treatment_are_you_interested_in?": ["implants"],
            },
            leadgen_id="130528934038371",
            ad_id=a3,
            created_time=now - 20 * 86400,
        )
        self.add_lead(
            self.FORM2_ID,
            {
                "first_name": ["Zoë"],
                "last_name": ["Ångström"],
                "phone_number_(eg.65xxxxxxxx)": ["015112345679"],
                "date_of_birth": ["1990-04-12"],
                "city": ["Köln"],
            },
            leadgen_id="130528934038372",
            created_time=now - 45 * 86400,
        )
        self.add_lead(
            self.FORM_ID,
            {
                "full_name": ["Old Lead"],
                "email": ["old@example.com"],
                "phone_number": ["+4915100000000"],
                "which_treatment_are_you_interested_in?": ["implants"],
            },
            leadgen_id="130528934038373",
            ad_id=a1,
            created_time=now - 120 * 86400,
        )
        self.add_waba(self.WABA_ID, "Acme WhatsApp")
        self.add_phone_number(self.PHONE_NUMBER_ID, self.WABA_ID, self.DISPLAY_PHONE, "Acme Clinic")
        self.add_template(
            "2001000000000001",
            self.WABA_ID,
            "appointment_reminder",
            category="UTILITY",
            language="en_US",
            body="Hi {{1}}, your appointment is on {{2}}.",
        )
        self.add_template(
            "2001000000000002",
            self.WABA_ID,
            "spring_offer",
            category="MARKETING",
            language="de",
            header="Frühlingsangebot",
            body="Hallo {{1}}, 20% auf Bleaching bis Ende April!",
            buttons=[{"type": "QUICK_REPLY", "text": "Stop promotions"}],
        )
        return self

    # --- tokens ---------------------------------------------------------------------------------------

    def issue_token(
        self,
        kind: str,
        *,
        user_id: str | None,
        scopes: Iterable[str],
        lifetime: int | None,
        page_id: str | None = None,
    ) -> str:
        """Mint a token (lifetime None = never expires). The string is self-describing and signed."""
        now = int(self.now())
        claims = {
            "k": kind,
            "u": user_id,
            "p": page_id,
            "s": sorted(set(scopes)),
            "i": now,
            "e": 0 if lifetime is None else now + lifetime,
            "n": secrets.token_hex(4),
        }
        blob = _b64(json.dumps(claims, separators=(",", ":")).encode())
        sig = _b64(hmac.new(self.app_secret.encode(), blob.encode(), hashlib.sha256).digest()[:12])
        value = f"EAA{kind[0]}{blob}.{sig}"
        self.tokens[value] = self._token_from_claims(value, claims)
        return value

    def _token_from_claims(self, value: str, claims: dict[str, Any]) -> Token:
        return Token(
            value=value,
            kind=claims["k"],
            app_id=self.app_id,
            user_id=claims["u"],
            page_id=claims.get("p"),
            scopes=list(claims["s"]),
            declined=list(self.user_declined.get(claims["u"] or "", [])),
            issued_at=claims["i"],
            expires_at=claims["e"],
            data_access_expires_at=claims["i"] + DATA_ACCESS,
        )

    def user_token(self, user_id: str | None = None, *, scopes: Iterable[str] | None = None, long_lived: bool = True):
        """A user access token for tests (default: the seeded user, all granted scopes, 60 days)."""
        user_id = user_id or self.USER_ID
        return self.issue_token(
            "USER",
            user_id=user_id,
            scopes=scopes if scopes is not None else self.user_scopes.get(user_id, ALL_SCOPES),
            lifetime=LONG_LIVED if long_lived else SHORT_LIVED,
        )

    def system_user_token(self, scopes: Iterable[str] = ALL_SCOPES) -> str:
        """A non-expiring system-user token (WhatsApp Cloud API style)."""
        return self.issue_token("SYSTEM_USER", user_id=self.USER_ID, scopes=scopes, lifetime=None)

    def app_token(self) -> str:
        return f"{self.app_id}|{self.app_secret}"

    def lookup_token(self, value: str) -> Token | None:
        if value == self.app_token():
            return Token(value, "APP", self.app_id, None, [], 0, 0)
        found = self.tokens.get(value)
        if found is not None:
            return found
        if value.startswith("EAA") and "." in value:
            blob, sig = value[4:].rsplit(".", 1)
            expected = _b64(hmac.new(self.app_secret.encode(), blob.encode(), hashlib.sha256).digest()[:12])
            if hmac.compare_digest(sig, expected):
                try:
                    claims = json.loads(_unb64(blob))
                except ValueError:
                    return None
                token = self._token_from_claims(value, claims)
                self.tokens[value] = token
                return token
        return None

    def revoke_token(self, value: str, subcode: int = 458) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.valid = False
            token.invalid_subcode = subcode

    def expire_token(self, value: str) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.expires_at = int(self.now()) - 1

    def expire_data_access(self, value: str) -> None:
        token = self.lookup_token(value)
        if token is not None:
            token.data_access_expires_at = int(self.now()) - 1

    def change_password(self, user_id: str | None = None) -> None:
        """The user changed their Facebook password: every token of theirs fails with 190/460."""
        self.remove_app(user_id, 460)

    def remove_app(self, user_id: str | None = None, subcode: int = 458) -> None:
        """The user removed the app (458) or changed their password (460): all their tokens die."""
        self.revoked_users[user_id or self.USER_ID] = subcode

    def _token_problem(self, token: Token) -> GraphError | None:
        now = self.now()
        if not token.valid or (token.user_id and token.user_id in self.revoked_users and token.kind != "APP"):
            sub = token.invalid_subcode or self.revoked_users.get(token.user_id or "", 458)
            text = {
                458: "Error validating access token: The user has not authorized application " + self.app_id + ".",
                460: "Error validating access token: The session has been invalidated because the user changed "
                "their password.",
                467: "Error validating access token: The user is logged out.",
            }.get(sub, "Error validating access token: The session is invalid.")
            return GraphError(190, text, subcode=sub, http_status=400)
        if token.expires_at and token.expires_at <= now:
            return GraphError(
                190,
                "Error validating access token: Session has expired on "
                + dt.datetime.fromtimestamp(token.expires_at, dt.UTC).strftime("%A, %d-%b-%y %H:%M:%S PST")
                + ".",
                subcode=463,
            )
        if token.data_access_expires_at and token.data_access_expires_at <= now and token.kind == "USER":
            return GraphError(
                190,
                "Error validating access token: The user has not engaged the app in longer than 90 days.",
                subcode=493,
            )
        return None

    # --- faults ---------------------------------------------------------------------------------------

    def fail_next(
        self,
        path_regex: str,
        *,
        code: int = 1,
        subcode: int | None = None,
        http_status: int | None = None,
        message: str | None = None,
        times: int = 1,
        method: str | None = None,
        is_transient: bool | None = None,
    ) -> None:
        """The next `times` requests whose path (no version, no leading slash) matches fail with this error."""
        status = http_status if http_status is not None else (500 if code in (1, 2) else 400)
        default = {
            1: "An unknown error occurred",
            2: "An unexpected error has occurred. Please retry your request later.",
            4: "(#4) Application request limit reached",
            10: "(#10) Application does not have permission for this action",
            17: "(#17) User request limit reached",
            32: "(#32) Page request limit reached",
            100: "(#100) Invalid parameter",
            200: "(#200) Permissions error",
            368: "(#368) The action attempted has been deemed abusive or is otherwise disallowed",
            613: "(#613) Calls to this api have exceeded the rate limit.",
            190: "Error validating access token",
        }.get(code, f"(#{code}) Error")
        self.faults.append(
            Fault(re.compile(path_regex), code, subcode, status, message or default, times, method, is_transient)
        )

    def reduce_data_next(self, path_regex: str, times: int = 1) -> None:
        """Meta's HTTP 500 "Please reduce the amount of data you're asking for" (code 1)."""
        self.fail_next(
            path_regex,
            code=1,
            http_status=500,
            times=times,
            message="Please reduce the amount of data you're asking for, then retry your request",
        )

    def deny_next_dialog(self) -> None:
        """The next person at the dialog presses Cancel (`error=access_denied`)."""
        self.deny_dialog_once = True

    def grant_only(self, scopes: Iterable[str] | None) -> None:
        """The dialog grants only these of the requested scopes (None: everything requested)."""
        self.grant_scopes = list(scopes) if scopes is not None else None

    def null_batch_slots(self, *indexes: int) -> None:
        """The next batch answers `null` at these positions (timed out before running)."""
        self.null_slots = set(indexes)

    def set_usage(self, bucket: str, percent: float) -> None:
        """Force a usage bucket (`app`, `act_<id>` or `buc:<type>:<id>`) to `percent` of its capacity."""
        kind = "app" if bucket == "app" else ("ad_account" if bucket.startswith("act_") else "buc")
        b = self.buckets.setdefault(bucket, Bucket(self.capacity[kind], self.usage_window))
        b.started = self.now()
        b.count = int(percent * b.capacity / 100)

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

    # --- HTTP -----------------------------------------------------------------------------------------

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

    # --- usage / throttling ---------------------------------------------------------------------------

    def _bucket(self, key: str) -> Bucket:
        kind = "app" if key == "app" else ("ad_account" if key.startswith("act_") else "buc")
        if key not in self.buckets:
            self.buckets[key] = Bucket(self.capacity[kind], self.usage_window, started=self.now())
        return self.buckets[key]

    def _usage_scope(self, segments: list[str], params: dict[str, Any]) -> list[tuple[str, str, str]]:
        """(bucket key, BUC type, business object id) for the object this call touches."""
        if not segments or segments[0] in ("oauth", "debug_token", "me"):
            return []
        obj = self.objects.get(segments[0])
        if obj is None:
            return []
        kind = obj["_type"]
        edge = segments[1] if len(segments) > 1 else ""
        if kind in ("adaccount", "campaign", "adset", "ad"):
            account = self._account_of(obj) or ""
            buc = "ads_insights" if edge == "insights" else "ads_management"
            return [(f"act_{account}", buc, account)]
        if kind in ("page", "leadgen_form", "lead"):
            page = (
                obj["id"]
                if kind == "page"
                else (obj.get("page_id") or self.objects.get(obj.get("form_id", ""), {}).get("page_id"))
            )
            buc = "pages" if kind == "page" and edge != "leadgen_forms" else "leadgen"
            return [(f"page:{page}", buc, str(page))]
        if kind in ("waba", "phone_number", "template"):
            waba = obj.get("waba_id") or obj["id"]
            return [(f"waba:{waba}", "whatsapp_business_management", str(waba))]
        return []

    def _usage_app(self, *, hit: bool = True) -> str:
        bucket = self._bucket("app")
        now = self.now()
        if hit:
            bucket.hit(now)
        pct = min(100, int(bucket.percent(now)))
        return json.dumps({"call_count": pct, "total_cputime": pct // 2, "total_time": pct // 2})

    def _usage(self, scope: list[tuple[str, str, str]]) -> dict[str, str]:
        """Count the call in every bucket it touches, answer the usage headers, throttle past 100 %."""
        now = self.now()
        app = self._bucket("app")
        over_app = app.percent(now) >= 100
        app.hit(now)
        headers = {"x-app-usage": self._usage_app(hit=False)}
        throttle: GraphError | None = None
        if over_app:
            throttle = GraphError(4, "(#4) Application request limit reached", is_transient=True)
        for key, buc_type, business_id in scope:
            bucket = self._bucket(key)
            buc_key = f"buc:{buc_type}:{business_id}"
            buc = self._bucket(buc_key)
            over_acc = bucket.percent(now) >= 100
            over_buc = buc.percent(now) >= 100
            bucket.hit(now)
            buc.hit(now)
            regain = buc.regain_minutes(now) if over_buc else (bucket.regain_minutes(now) if over_acc else 0)
            pct = round(min(100.0, buc.percent(now)), 2)
            headers["x-business-use-case-usage"] = json.dumps(
                {
                    business_id: [
                        {
                            "type": buc_type,
                            "call_count": int(pct),
                            "total_cputime": int(pct // 2),
                            "total_time": int(pct // 2),
                            "estimated_time_to_regain_access": regain,
                            "ads_api_access_tier": "standard_access",
                        }
                    ]
                }
            )
            if key.startswith("act_"):
                headers["x-ad-account-usage"] = json.dumps(
                    {
                        "acc_id_util_pct": round(min(100.0, bucket.percent(now)), 2),
                        "reset_time_duration": int(bucket.window - (now - bucket.started)) if over_acc else 0,
                        "ads_api_access_tier": "standard_access",
                    }
                )
                if buc_type == "ads_insights":
                    headers["x-fb-ads-insights-throttle"] = json.dumps(
                        {
                            "app_id_util_pct": int(min(100, app.percent(now))),
                            "acc_id_util_pct": pct,
                            "ads_api_access_tier": "standard_access",
                        }
                    )
            if throttle is None and over_acc:
                throttle = GraphError(
                    17,
                    "(#17) User request limit reached",
                    subcode=2446079,
                    is_transient=True,
                    user_title="Ad Account Has Too Many API Calls",
                    user_msg="There have been too many calls from this ad-account. Please wait a bit and try again.",
                )
            elif throttle is None and over_buc:
                code = BUC_CODES.get(buc_type, 80004)
                if key.startswith("page:") and buc_type == "pages":
                    code = 32
                throttle = GraphError(
                    code,
                    f"(#{code}) There have been too many calls to this {buc_type} object. Wait a bit and try again.",
                    is_transient=True,
                )
        if throttle is not None:
            raise _Throttled(throttle, headers)
        return headers

    # --- routing --------------------------------------------------------------------------------------

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

    def _authenticate(self, params: dict[str, Any], segments: list[str]) -> Token:
        value = params.get("access_token")
        if not value:
            raise GraphError(2500, "An active access token must be used to query information about the current user.")
        token = self.lookup_token(str(value))
        if token is None:
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        problem = self._token_problem(token)
        if problem is not None:
            raise problem
        if self.require_appsecret_proof and token.kind != "APP":
            proof = params.get("appsecret_proof")
            signed = str(value)
            if params.get("appsecret_time"):  # the time-bound variant (META.md §1.8)
                signed = f"{value}|{params['appsecret_time']}"
            expected = hmac.new(self.app_secret.encode(), signed.encode(), hashlib.sha256).hexdigest()
            if not proof or not hmac.compare_digest(str(proof), expected):
                raise GraphError(
                    100,
                    "Invalid appsecret_proof provided in the API argument"
                    if proof
                    else "API calls from the server require an appsecret_proof argument",
                    type="GraphMethodException",
                )
        return token

    def _require(self, token: Token, *any_of: str) -> None:
        if token.kind == "APP":
            return
        if not set(any_of) & set(token.scopes):
            names = " or ".join(any_of)
            raise GraphError(
                200, f"(#200) Requires {names} permission to manage the object", type="OAuthException", http_status=403
            )

    def _check_object_access(self, token: Token, obj: dict[str, Any]) -> None:
        kind = obj["_type"]
        if token.kind == "APP" and kind not in ("app", "user"):
            raise _missing(obj["id"])
        if kind == "user":
            if token.kind != "APP" and token.user_id != obj["id"]:
                raise _missing(obj["id"])
        elif kind in ("adaccount", "campaign", "adset", "ad"):
            self._require(token, "ads_read", "ads_management")
            account = "act_" + (self._account_of(obj) or "")
            if account not in self.user_ad_accounts.get(token.user_id or "", []):
                raise _missing(obj["id"])
        elif kind == "page":
            if obj["id"] not in self.user_pages.get(token.user_id or "", {}):
                raise _missing(obj["id"])
        elif kind in ("leadgen_form", "lead"):
            self._lead_access(token, obj)
        elif kind in ("waba", "phone_number", "template"):
            self._require(token, "whatsapp_business_management", "whatsapp_business_messaging")

    def _lead_access(self, token: Token, obj: dict[str, Any]) -> None:
        form = obj if obj["_type"] == "leadgen_form" else self.objects.get(obj["form_id"], {})
        page_id = form.get("page_id")
        tasks = self.user_pages.get(token.user_id or "", {}).get(page_id or "")
        if tasks is None or (token.kind == "PAGE" and token.page_id != page_id):
            raise _missing(obj["id"])
        if obj["_type"] == "lead" or form is not obj:
            self._require(token, "leads_retrieval")
            if "ADVERTISE" not in tasks:
                raise GraphError(
                    200, "(#200) The user must be an advertiser on the page in order to access leads.", http_status=403
                )
            if obj["_type"] == "lead" and obj["_created"] < self.now() - LEAD_RETENTION_DAYS * 86400:
                raise _missing(obj["id"])

    # --- field selection and paging -------------------------------------------------------------------

    def _select(self, obj: dict[str, Any], fields: str | None, token: Token, url: str) -> dict[str, Any]:
        kind = obj["_type"]
        allowed = FIELDS.get(kind, {"id"})
        out: dict[str, Any] = {}
        requested = _split_fields(fields) if fields else (["id", "name"] if kind in ("user", "app") else ["id"])
        for item in requested:
            name, sub = _parse_field(item)
            edge = getattr(self, f"_edge_{kind}_{name}", None)
            if name not in allowed and edge is not None:
                result = edge("GET", obj, token, {"fields": sub or "", "limit": "25"}, None, url, [])
                out[name] = result
                continue
            if name not in allowed:
                raise GraphError(
                    100, f"(#100) Tried accessing nonexisting field ({name}) on node type ({NODE_TYPE.get(kind, kind)})"
                )
            if name == "access_token" and kind == "page":
                if token.kind == "USER" and obj["id"] in self.user_pages.get(token.user_id or "", {}):
                    out[name] = self._page_token(token, obj["id"])
                continue
            if name == "tasks" and kind == "page":
                tasks = self.user_pages.get(token.user_id or "", {}).get(obj["id"])
                if tasks is not None:
                    out[name] = tasks
                continue
            if name in ("leads_count", "expired_leads_count", "organic_leads_count"):
                out[name] = self._lead_counts(obj["id"])[name]
                continue
            if name in ("adset", "campaign") and kind in ("adset", "ad"):
                ref = self.objects.get(obj[f"{name}_id"] if name != "campaign" else obj["campaign_id"])
                if ref is not None:
                    out[name] = self._select(ref, sub or "id", token, url)
                continue
            if name not in obj:
                continue
            value = obj[name]
            if isinstance(value, dict) and sub:
                keep = {_parse_field(s)[0] for s in _split_fields(sub)}
                value = {k: v for k, v in value.items() if k in keep}
            out[name] = value
        if "id" not in out:
            out["id"] = obj["id"]
        return out

    def _lead_counts(self, form_id: str) -> dict[str, int]:
        cutoff = self.now() - LEAD_RETENTION_DAYS * 86400
        leads = [o for o in self.objects.values() if o["_type"] == "lead" and o["form_id"] == form_id]
        return {
            "leads_count": len([o for o in leads if o["_created"] >= cutoff]),
            "expired_leads_count": len([o for o in leads if o["_created"] < cutoff]),
            "organic_leads_count": len([o for o in leads if o.get("is_organic") and o["_created"] >= cutoff]),
        }

    def _page(self, items: list[Any], params: dict[str, Any], url: str, *, default_limit: int = DEFAULT_LIMIT):
        """Cursor paging: opaque base64 offsets; `next` only when more data exists."""
        try:
            limit = int(params.get("limit") or default_limit)
        except ValueError as exc:
            raise GraphError(100, "(#100) param limit must be a number") from exc
        limit = max(1, min(limit, 5000))
        offset = 0
        if params.get("after"):
            offset = self._decode_cursor(params["after"]) + 1
        elif params.get("before"):
            offset = max(0, self._decode_cursor(params["before"]) - limit)
        chunk = items[offset : offset + limit]
        result: dict[str, Any] = {"data": chunk}
        if chunk:
            paging: dict[str, Any] = {
                "cursors": {"before": self._cursor(offset), "after": self._cursor(offset + len(chunk) - 1)}
            }
            if offset + len(chunk) < len(items):
                paging["next"] = _with_params(url, after=self._cursor(offset + len(chunk) - 1), before=None)
            if offset > 0:
                paging["previous"] = _with_params(url, before=self._cursor(offset), after=None)
            result["paging"] = paging
        elif offset:
            result["paging"] = {"previous": _with_params(url, before=self._cursor(offset), after=None)}
        if str(params.get("summary", "")).lower() == "true":
            result["summary"] = {"total_count": len(items)}
        return result

    @staticmethod
    def _cursor(offset: int) -> str:
        return base64.b64encode(f"offset:{offset}".encode()).decode()

    @staticmethod
    def _decode_cursor(value: str) -> int:
        try:
            text = base64.b64decode(value + "=" * (-len(value) % 4)).decode()
            if not text.startswith("offset:"):
                raise ValueError(text)
            return int(text[7:])
        except (ValueError, UnicodeDecodeError) as exc:
            raise GraphError(100, "(#100) Invalid cursor", type="GraphMethodException") from exc

    def _list(self, items: list[dict[str, Any]], params: dict[str, Any], token: Token, url: str) -> dict[str, Any]:
        page = self._page(items, params, url)
        page["data"] = [self._select(o, params.get("fields"), token, url) for o in page["data"]]
        return page

    # --- OAuth ----------------------------------------------------------------------------------------

    def _dialog(self, params: dict[str, Any]) -> Response:
        redirect_uri = params.get("redirect_uri")
        if params.get("client_id") != self.app_id or not redirect_uri:
            return JSONResponse(GraphError(191, "Invalid App ID or redirect_uri").body(), status_code=400)
        state = params.get("state", "")
        if self.deny_dialog or self.deny_dialog_once:
            self.deny_dialog_once = False
            query = {
                "error": "access_denied",
                "error_code": "200",
                "error_description": "Permissions error",
                "error_reason": "user_denied",
                "state": state,
            }
            return RedirectResponse(_with_params(redirect_uri, **query), status_code=302)
        requested = _as_list(params.get("scope")) or ["public_profile"]
        granted = [s for s in requested if self.grant_scopes is None or s in self.grant_scopes]
        declined = [s for s in requested if s not in granted]
        user_id = self.dialog_user_id or self.USER_ID
        if user_id not in self.user_scopes:
            self.add_user(user_id, "Dialog User")
        self.user_scopes[user_id] = granted
        self.user_declined[user_id] = declined
        self.revoked_users.pop(user_id, None)
        code = "AQ" + secrets.token_urlsafe(24)
        self.codes[code] = {
            "redirect_uri": redirect_uri,
            "user_id": user_id,
            "scopes": granted,
            "expires": self.now() + 600,
        }
        return RedirectResponse(_with_params(redirect_uri, code=code, state=state), status_code=302)

    def _check_client(self, params: dict[str, Any]) -> None:
        if params.get("client_id") != self.app_id:
            raise GraphError(101, "Error validating application. Invalid application ID.")
        if params.get("client_secret") != self.app_secret:
            raise GraphError(1, "Error validating client secret.")

    def _access_token(self, params: dict[str, Any]) -> dict[str, Any]:
        grant = params.get("grant_type")
        if grant == "fb_exchange_token":
            self._check_client(params)
            short = self.lookup_token(str(params.get("fb_exchange_token", "")))
            if short is None:
                raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
            problem = self._token_problem(short)
            if problem is not None:
                raise problem
            value = self.issue_token("USER", user_id=short.user_id, scopes=short.scopes, lifetime=LONG_LIVED)
            return {"access_token": value, "token_type": "bearer", "expires_in": LONG_LIVED - 56}
        if grant == "client_credentials":
            self._check_client(params)
            return {"access_token": self.app_token(), "token_type": "bearer"}
        code = params.get("code")
        if not code:
            raise GraphError(100, "Missing authorization code", type="OAuthException")
        self._check_client(params)
        entry = self.codes.get(str(code))
        if entry is None:
            raise GraphError(100, "This authorization code has been used.", subcode=36009)
        if entry["redirect_uri"] != params.get("redirect_uri"):
            raise GraphError(
                100,
                "Error validating verification code. Please make sure your redirect_uri is identical to the one "
                "you used in the OAuth dialog request",
                subcode=36008,
            )
        del self.codes[str(code)]  # single use, whatever happens next
        if entry["expires"] < self.now():
            raise GraphError(100, "This authorization code has expired.", subcode=36007)
        value = self.issue_token("USER", user_id=entry["user_id"], scopes=entry["scopes"], lifetime=SHORT_LIVED)
        return {"access_token": value, "token_type": "bearer", "expires_in": SHORT_LIVED - 24}

    def _debug_token(self, params: dict[str, Any]) -> dict[str, Any]:
        caller = self.lookup_token(str(params.get("access_token", "")))
        if caller is None or (caller.kind != "APP" and self._token_problem(caller) is not None):
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        target = self.lookup_token(str(params.get("input_token", "")))
        if target is None:
            return {
                "data": {
                    "error": {"code": 190, "message": "Invalid OAuth access token."},
                    "is_valid": False,
                    "scopes": [],
                }
            }
        data: dict[str, Any] = {
            "app_id": self.app_id,
            "type": target.kind,
            "application": self.app_name,
            "data_access_expires_at": target.data_access_expires_at,
            "expires_at": target.expires_at,
            "is_valid": True,
            "issued_at": target.issued_at,
            "scopes": list(target.scopes),
            "granular_scopes": [{"scope": s} for s in target.scopes],
        }
        if target.user_id:
            data["user_id"] = target.user_id
        if target.page_id:
            data["profile_id"] = target.page_id
        problem = self._token_problem(target) if target.kind != "APP" else None
        if problem is not None:
            data["is_valid"] = False
            data["error"] = {"code": problem.code, "message": problem.message, "subcode": problem.subcode}
        return {"data": data}

    def _page_token(self, user_token: Token, page_id: str) -> str:
        lifetime = (
            None if (user_token.expires_at == 0 or user_token.expires_at - user_token.issued_at > 86400) else 3600
        )
        return self.issue_token(
            "PAGE", user_id=user_token.user_id, scopes=user_token.scopes, lifetime=lifetime, page_id=page_id
        )

    # --- user edges -----------------------------------------------------------------------------------

    def _edge_user_permissions(self, method, obj, token, params, body, url, rest) -> Any:
        if token.kind != "APP" and token.user_id != obj["id"]:
            raise _missing(obj["id"])
        if method == "DELETE":
            if rest:
                perm = rest[0]
                self.user_scopes[obj["id"]] = [s for s in self.user_scopes.get(obj["id"], []) if s != perm]
                for t in self.tokens.values():
                    if t.user_id == obj["id"]:
                        t.scopes = [s for s in t.scopes if s != perm]
                self.user_declined.setdefault(obj["id"], [])
                if perm not in self.user_declined[obj["id"]]:
                    self.user_declined[obj["id"]].append(perm)
                return True  # META.md §1.1: one permission -> `true`
            self.remove_app(obj["id"], 458)
            for page_id in self.user_pages.get(obj["id"], {}):
                self.subscribed_apps.pop(page_id, None)
            return {"success": True}
        if method != "GET":
            raise GraphError(100, "(#100) Unsupported post request.", type="GraphMethodException")
        granted = token.scopes if token.kind != "APP" else self.user_scopes.get(obj["id"], [])
        rows = [{"permission": "public_profile", "status": "granted"}]
        rows += [{"permission": s, "status": "granted"} for s in granted if s != "public_profile"]
        rows += [{"permission": s, "status": "declined"} for s in self.user_declined.get(obj["id"], [])]
        return {"data": rows}

    def _edge_user_accounts(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        if "pages_show_list" not in token.scopes:
            return {"data": []}
        pages = [self.objects[p] for p in self.user_pages.get(obj["id"], {}) if p in self.objects]
        fields = params.get("fields") or "id,name,access_token,category,tasks"
        return self._list(pages, {**params, "fields": fields}, token, url)

    def _edge_user_adaccounts(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        self._require(token, "ads_read", "ads_management")
        accounts = [self.objects[a] for a in self.user_ad_accounts.get(obj["id"], []) if a in self.objects]
        return self._list(accounts, params, token, url)

    # --- ads edges ------------------------------------------------------------------------------------

    def _children(self, kind: str, **match: str) -> list[dict[str, Any]]:
        return [o for o in self.objects.values() if o["_type"] == kind and all(o.get(k) == v for k, v in match.items())]

    def _filtered(self, items: list[dict[str, Any]], params: dict[str, Any]) -> list[dict[str, Any]]:
        statuses = _as_list(params.get("effective_status"))
        rules: list[dict[str, Any]] = []
        if params.get("filtering"):
            try:
                rules = json.loads(params["filtering"])
                if not isinstance(rules, list):
                    raise ValueError
            except ValueError as exc:
                raise GraphError(100, "(#100) param filtering must be an array.") from exc
        status_rule = any(
            r.get("field")
            in ("effective_status", "campaign.effective_status", "adset.effective_status", "ad.effective_status")
            for r in rules
        )
        out = []
        for item in items:
            if statuses:
                if item.get("effective_status") not in statuses:
                    continue
            elif not status_rule and item.get("effective_status") in HIDDEN_BY_DEFAULT:
                continue
            if all(self._rule_ok(item, rule) for rule in rules):
                out.append(item)
        return sorted(out, key=lambda o: o["id"])

    @staticmethod
    def _rule_ok(item: dict[str, Any], rule: dict[str, Any]) -> bool:
        field = str(rule.get("field", "")).split(".")[-1]
        op = str(rule.get("operator", "EQUAL")).upper()
        value = rule.get("value")
        if field in ("updated_time", "created_time", "time_created", "time_updated"):
            stamp_key = "_updated" if field in ("updated_time", "time_updated") else "_created"
            current = item.get(stamp_key)
            if current is None and field == "created_time":
                current = item.get("_updated")
            if not isinstance(value, int | float) and not (isinstance(value, str) and value.isdigit()):
                return True  # ISO dates are silently ignored, as in production
            value = float(value)
        else:
            current = item.get(field)
        if current is None:
            return op in ("NOT_EQUAL", "NOT_IN")
        try:
            if op == "EQUAL":
                return str(current) == str(value)
            if op == "NOT_EQUAL":
                return str(current) != str(value)
            if op == "IN":
                return str(current) in [str(v) for v in value]
            if op == "NOT_IN":
                return str(current) not in [str(v) for v in value]
            if op == "CONTAIN":
                return str(value).lower() in str(current).lower()
            if op == "NOT_CONTAIN":
                return str(value).lower() not in str(current).lower()
            a, b = float(current), float(value)
            return {
                "GREATER_THAN": a > b,
                "GREATER_THAN_OR_EQUAL": a >= b,
                "LESS_THAN": a < b,
                "LESS_THAN_OR_EQUAL": a <= b,
            }[op]
        except (KeyError, TypeError, ValueError) as exc:
            raise GraphError(100, f"(#100) Filtering operator {op} is not supported for field {field}") from exc

    def _ads_edge(self, kind: str, match: dict[str, str], obj, token, params, url) -> Any:
        self._check_object_access(token, obj)
        return self._list(self._filtered(self._children(kind, **match), params), params, token, url)

    def _edge_adaccount_campaigns(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("campaign", {"account_id": obj["account_id"]}, obj, token, params, url)

    def _edge_adaccount_adsets(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("adset", {"account_id": obj["account_id"]}, obj, token, params, url)

    def _edge_adaccount_ads(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("ad", {"account_id": obj["account_id"]}, obj, token, params, url)

    def _edge_campaign_adsets(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("adset", {"campaign_id": obj["id"]}, obj, token, params, url)

    def _edge_campaign_ads(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("ad", {"campaign_id": obj["id"]}, obj, token, params, url)

    def _edge_adset_ads(self, method, obj, token, params, body, url, rest):
        return self._ads_edge("ad", {"adset_id": obj["id"]}, obj, token, params, url)

    def _edge_adaccount_insights(self, method, obj, token, params, body, url, rest):
        if method == "POST":
            return self._start_report(obj, token, params)
        return self._insights(obj, token, params, url)

    def _edge_campaign_insights(self, method, obj, token, params, body, url, rest):
        if method == "POST":
            return self._start_report(obj, token, params)
        return self._insights(obj, token, params, url)

    def _edge_adset_insights(self, method, obj, token, params, body, url, rest):
        if method == "POST":
            return self._start_report(obj, token, params)
        return self._insights(obj, token, params, url)

    def _edge_ad_insights(self, method, obj, token, params, body, url, rest):
        if method == "POST":
            return self._start_report(obj, token, params)
        return self._insights(obj, token, params, url)

    # --- asynchronous insights (report runs) -------------------------------------------------------------

    def _start_report(self, obj: dict[str, Any], token: Token, params: dict[str, Any]) -> dict[str, Any]:
        """`POST .../insights`: validate like a GET, then a report run walks Not Started -> Completed (or
        the outcome set with `next_report_outcome`) one step per poll."""
        self._check_object_access(token, obj)
        since, until = self._date_window(params)
        query = {k: v for k, v in params.items() if k not in ("access_token", "appsecret_proof")}
        self._insights(obj, token, {**query, "limit": "1"}, "https://graph.facebook.com/validate")
        run_id = self._new_id("62")
        outcome, self.next_report_outcome = self.next_report_outcome, "Job Completed"
        self._put(
            "report_run",
            {
                "id": run_id,
                "account_id": self._account_of(obj),
                "async_status": "Job Not Started",
                "async_percent_completion": 0,
                "date_start": since.isoformat(),
                "date_stop": until.isoformat(),
                "time_ref": int(self.now()),
                "is_running": True,
                "_source": obj["id"],
                "_params": query,
                "_outcome": outcome,
                "_polls": 0,
            },
        )
        return {"report_run_id": run_id}

    def _poll_report(self, run: dict[str, Any]) -> None:
        steps = [("Job Not Started", 0), ("Job Started", 0), ("Job Running", 45)]
        run["_polls"] += 1
        if run["_polls"] < len(steps):
            run["async_status"], run["async_percent_completion"] = steps[run["_polls"]]
            return
        run["async_status"] = run["_outcome"]
        run["is_running"] = False
        run["time_completed"] = int(self.now())
        if run["_outcome"] == "Job Completed":
            run["async_percent_completion"] = 100
        elif run["_outcome"] == "Job Failed":
            run.update(error_code=-2, error_subcode=2490547, error_message="Report Failed")

    def _edge_report_run_insights(self, method, obj, token, params, body, url, rest) -> Any:
        if obj["async_status"] != "Job Completed":
            raise GraphError(100, "(#100) The report is not ready yet", type="GraphMethodException")
        source = self.objects[obj["_source"]]
        fields = params.get("fields") or obj["_params"].get("fields") or "impressions,spend,date_start,date_stop"
        return self._insights(source, token, {**obj["_params"], **params, "fields": fields}, url)

    def _date_window(self, params: dict[str, Any]) -> tuple[dt.date, dt.date]:
        today = dt.datetime.fromtimestamp(self.now(), dt.UTC).date()
        if params.get("time_range"):
            try:
                rng = json.loads(params["time_range"])
                since = dt.date.fromisoformat(rng["since"])
                until = dt.date.fromisoformat(rng["until"])
            except (ValueError, KeyError, TypeError) as exc:
                raise GraphError(100, "(#100) time_range must be a JSON object with since and until") from exc
            if until < since:
                raise GraphError(100, "(#100) time_range: since must be before until")
            return since, until
        preset = params.get("date_preset") or "last_30d"
        days = {"last_3d": 3, "last_7d": 7, "last_14d": 14, "last_28d": 28, "last_30d": 30, "last_90d": 90}
        if preset in days:
            return today - dt.timedelta(days=days[preset]), today - dt.timedelta(days=1)
        if preset == "today":
            return today, today
        if preset == "yesterday":
            return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
        if preset == "this_month":
            return today.replace(day=1), today
        if preset == "last_month":
            end = today.replace(day=1) - dt.timedelta(days=1)
            return end.replace(day=1), end
        if preset in ("maximum", "data_maximum"):
            return today - dt.timedelta(days=37 * 30), today
        if preset == "lifetime":
            raise GraphError(100, "(#100) date_preset lifetime is not supported; use maximum")
        raise GraphError(100, f"(#100) date_preset must be one of the following values: {', '.join(days)}")

    def _insights(self, obj: dict[str, Any], token: Token, params: dict[str, Any], url: str) -> Any:
        self._check_object_access(token, obj)
        kind = obj["_type"]
        own_level = {"adaccount": "account", "campaign": "campaign", "adset": "adset", "ad": "ad"}[kind]
        level = params.get("level") or own_level
        order = ["account", "campaign", "adset", "ad"]
        if level not in order or order.index(level) < order.index(own_level):
            raise GraphError(100, f"(#100) param level must be one of {{{', '.join(order)}}}")
        since, until = self._date_window(params)
        increment = str(params.get("time_increment") or "all_days")
        fields = _split_fields(params.get("fields") or "impressions,spend,date_start,date_stop")
        for f in fields:
            if f not in INSIGHT_FIELDS:
                raise GraphError(100, f"(#100) {f} is not valid for fields param.")
        account = self.objects.get("act_" + (self._account_of(obj) or ""), {})
        groups: dict[tuple[str, str, str], dict[str, Any]] = {}
        days = [since + dt.timedelta(days=n) for n in range((until - since).days + 1)]
        if len(days) > len(self.insights_by_day):
            days = sorted(
                dt.date.fromisoformat(d) for d in self.insights_by_day if since.isoformat() <= d <= until.isoformat()
            )
        rows_in_range = [
            (ad_id, day, metrics)
            for day in days
            for ad_id, metrics in self.insights_by_day.get(day.isoformat(), {}).items()
        ]
        for ad_id, day, metrics in rows_in_range:
            ad = self.objects.get(ad_id)
            if ad is None or not self._ad_in(ad, obj):
                continue
            key_obj = {
                "account": ad["account_id"],
                "campaign": ad["campaign_id"],
                "adset": ad["adset_id"],
                "ad": ad["id"],
            }[level]
            bucket_start, bucket_end = _bucket_dates(day, since, until, increment)
            key = (key_obj, bucket_start.isoformat(), bucket_end.isoformat())
            agg = groups.setdefault(
                key, {"impressions": 0, "clicks": 0, "spend": Decimal("0"), "reach": 0, "leads": 0, "ad": ad}
            )
            for metric in ("impressions", "clicks", "spend", "reach", "leads"):
                agg[metric] += metrics[metric]
        rows = []
        for (_key, start, stop), agg in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            if agg["impressions"] == 0:
                continue  # rows with no delivery are omitted
            rows.append(self._insight_row(level, agg, start, stop, fields, account))
        return self._page(rows, params, url)

    @staticmethod
    def _ad_in(ad: dict[str, Any], obj: dict[str, Any]) -> bool:
        kind = obj["_type"]
        if kind == "adaccount":
            return bool(ad["account_id"] == obj["account_id"])
        if kind == "campaign":
            return bool(ad["campaign_id"] == obj["id"])
        if kind == "adset":
            return bool(ad["adset_id"] == obj["id"])
        return bool(ad["id"] == obj["id"])

    def _insight_row(
        self, level: str, agg: dict[str, Any], start: str, stop: str, fields: list[str], account: dict[str, Any]
    ) -> dict[str, Any]:
        ad = agg["ad"]
        campaign = self.objects.get(ad["campaign_id"], {})
        adset = self.objects.get(ad["adset_id"], {})
        imp, clicks, spend = agg["impressions"], agg["clicks"], agg["spend"]
        q6 = Decimal("0.000001")
        values: dict[str, Any] = {
            "account_id": ad["account_id"],
            "account_name": account.get("name", ""),
            "account_currency": account.get("currency", "USD"),
            "impressions": str(imp),
            "clicks": str(clicks),
            "spend": _num(spend),
            "reach": str(agg["reach"]),
            "inline_link_clicks": str(clicks),
            "unique_clicks": str(max(0, clicks - clicks // 10)),
            "date_start": start,
            "date_stop": stop,
            "objective": campaign.get("objective"),
        }
        if imp:
            values["ctr"] = str((Decimal(clicks) * 100 / imp).quantize(q6, ROUND_HALF_UP))
            values["cpm"] = str((spend * 1000 / imp).quantize(q6, ROUND_HALF_UP))
        if agg["reach"]:
            values["frequency"] = str((Decimal(imp) / agg["reach"]).quantize(q6, ROUND_HALF_UP))
        if clicks:
            values["cpc"] = str((spend / clicks).quantize(q6, ROUND_HALF_UP))
        actions = [{"action_type": "link_click", "value": str(clicks)}] if clicks else []
        if agg["leads"]:
            # Meta reports the same conversion under several aliases; consumers must not sum them.
            actions = [
                {"action_type": "lead", "value": str(agg["leads"])},
                {"action_type": "onsite_conversion.lead_grouped", "value": str(agg["leads"])},
                *actions,
            ]
            values["cost_per_action_type"] = [
                {"action_type": "lead", "value": str((spend / agg["leads"]).quantize(q6, ROUND_HALF_UP))}
            ]
        if actions:
            values["actions"] = actions
        if level in ("campaign", "adset", "ad"):
            values["campaign_id"], values["campaign_name"] = campaign.get("id"), campaign.get("name")
        if level in ("adset", "ad"):
            values["adset_id"], values["adset_name"] = adset.get("id"), adset.get("name")
        if level == "ad":
            values["ad_id"], values["ad_name"] = ad["id"], ad["name"]
        return {f: values[f] for f in fields if values.get(f) is not None}

    # --- pages, subscriptions, lead ads ---------------------------------------------------------------

    def _page_token_for(self, token: Token, page_id: str) -> None:
        if token.kind != "PAGE":
            raise GraphError(210, "(#210) A page access token is required to request this resource.", http_status=403)
        if token.page_id != page_id:
            raise GraphError(190, "Invalid OAuth access token for this page", subcode=None)

    def _edge_page_subscribed_apps(self, method, obj, token, params, body, url, rest) -> Any:
        self._page_token_for(token, obj["id"])
        if method == "GET":
            self._require(token, "pages_manage_metadata", "pages_show_list")
            fields = self.subscribed_apps.get(obj["id"])
            if fields is None:
                return {"data": []}
            return {
                "data": [
                    {
                        "category": "Business",
                        "link": "https://example.com",
                        "name": self.app_name,
                        "id": self.app_id,
                        "subscribed_fields": fields,
                    }
                ]
            }
        self._require(token, "pages_manage_metadata")
        if method == "DELETE":
            self.subscribed_apps.pop(obj["id"], None)
            return {"success": True}
        wanted = _as_list(params.get("subscribed_fields"))
        if not wanted:
            raise GraphError(100, "(#100) The parameter subscribed_fields is required.")
        known = {"leadgen", "leadgen_fat", "leadgen_update", "feed", "messages"}
        bad = [f for f in wanted if f not in known]
        if bad:
            raise GraphError(100, f"(#100) Param subscribed_fields[0] must be one of {sorted(known)}")
        self.subscribed_apps[obj["id"]] = sorted(set(self.subscribed_apps.get(obj["id"], [])) | set(wanted))
        return {"success": True}

    def _edge_app_subscriptions(self, method, obj, token, params, body, url, rest) -> Any:
        if token.kind != "APP":
            raise GraphError(15, "(#15) This method must be called with an app access_token.", http_status=403)
        if method == "GET":
            return {
                "data": [
                    {
                        "object": o,
                        "callback_url": s["callback_url"],
                        "active": True,
                        "fields": [{"name": f, "version": "v25.0"} for f in s["fields"]],
                    }
                    for o, s in self.app_subscriptions.items()
                ]
            }
        if method == "DELETE":
            self.app_subscriptions.pop(str(params.get("object", "")), None)
            return {"success": True}
        needed = [k for k in ("object", "callback_url", "verify_token") if not params.get(k)]
        if needed or not params.get("fields"):
            raise GraphError(100, f"(#100) The parameter {(needed or ['fields'])[0]} is required")
        self.app_subscriptions[str(params["object"])] = {
            "callback_url": params["callback_url"],
            "verify_token": params["verify_token"],
            "fields": _as_list(params["fields"]),
        }
        return {"success": True}

    def _edge_page_leadgen_forms(self, method, obj, token, params, body, url, rest) -> Any:
        self._page_token_for(token, obj["id"])
        forms = sorted(self._children("leadgen_form", page_id=obj["id"]), key=lambda f: f["id"])
        return self._list(forms, params, token, url)

    def _edge_leadgen_form_leads(self, method, obj, token, params, body, url, rest) -> Any:
        self._lead_access(token, {"_type": "lead", "form_id": obj["id"], "id": obj["id"], "_created": self.now()})
        cutoff = self.now() - LEAD_RETENTION_DAYS * 86400
        leads = [o for o in self._children("lead", form_id=obj["id"]) if o["_created"] >= cutoff]
        rules: list[dict[str, Any]] = []
        if params.get("filtering"):
            try:
                rules = json.loads(params["filtering"])
            except ValueError as exc:
                raise GraphError(100, "(#100) param filtering must be an array.") from exc
        leads = [o for o in leads if all(self._rule_ok(o, r) for r in rules)]
        leads.sort(key=lambda o: (-o["_created"], o["id"]))  # newest first, like Meta
        return self._list(leads, params, token, url)

    def _edge_ad_leads(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        self._require(token, "leads_retrieval")
        cutoff = self.now() - LEAD_RETENTION_DAYS * 86400
        leads = [o for o in self._children("lead", ad_id=obj["id"]) if o["_created"] >= cutoff]
        leads.sort(key=lambda o: (-o["_created"], o["id"]))
        return self._list(leads, params, token, url)

    # --- WhatsApp -------------------------------------------------------------------------------------

    def _edge_waba_message_templates(self, method, obj, token, params, body, url, rest) -> Any:
        self._require(token, "whatsapp_business_management")
        templates = sorted(self._children("template", waba_id=obj["id"]), key=lambda t: t["id"])
        if params.get("name"):
            templates = [t for t in templates if t["name"] == params["name"]]
        if params.get("status"):
            templates = [t for t in templates if t["status"] == params["status"]]
        return self._list(templates, params, token, url)

    def _edge_waba_phone_numbers(self, method, obj, token, params, body, url, rest) -> Any:
        self._require(token, "whatsapp_business_management", "whatsapp_business_messaging")
        return self._list(self._children("phone_number", waba_id=obj["id"]), params, token, url)

    def _edge_waba_subscribed_apps(self, method, obj, token, params, body, url, rest) -> Any:
        self._require(token, "whatsapp_business_management")
        key = f"waba:{obj['id']}"
        if method == "POST":
            self.subscribed_apps[key] = ["messages"]
            return {"success": True}
        if method == "DELETE":
            self.subscribed_apps.pop(key, None)
            return {"success": True}
        if key not in self.subscribed_apps:
            return {"data": []}
        return {"data": [{"whatsapp_business_api_data": {"id": self.app_id, "name": self.app_name}}]}

    def _edge_phone_number_messages(self, method, obj, token, params, body, url, rest) -> Any:
        if method != "POST":
            raise GraphError(100, "(#100) Unsupported get request.", type="GraphMethodException")
        self._require(token, "whatsapp_business_messaging")
        msg = body if isinstance(body, dict) else {k: _maybe_json(v) for k, v in params.items()}
        if msg.get("messaging_product") != "whatsapp":
            raise GraphError(100, "(#100) The parameter messaging_product is required.")
        to = str(msg.get("to") or "")
        if not to:
            raise GraphError(100, "(#100) The parameter to is required.")
        wa_id = re.sub(r"\D", "", to)
        kind = msg.get("type", "text")
        failure: int | None = None
        if wa_id in self.undeliverable:
            raise GraphError(
                131026,
                "Message undeliverable",
                type="OAuthException",
                user_msg="Unable to deliver the message to this recipient.",
            )
        if kind == "template":
            self._check_template(obj, msg.get("template") or {})
        elif kind in (
            "text",
            "image",
            "audio",
            "video",
            "document",
            "interactive",
            "location",
            "contacts",
            "sticker",
            "reaction",
        ):
            if kind == "text":
                text = (msg.get("text") or {}).get("body")
                if not text:
                    raise GraphError(100, "(#100) The parameter text['body'] is required.")
                if len(text) > 4096:
                    raise GraphError(100, "(#100) Param text['body'] must be at most 4096 characters long.")
            opened = self.windows.get((obj["id"], wa_id))
            if (opened is None or self.now() - opened > 86400) and self.window_errors == "webhook":
                failure = 131047  # accepted now, reported later as a `failed` status (as Cloud API often does)
            elif opened is None or self.now() - opened > 86400:
                raise GraphError(
                    131047,
                    "Re-engagement message",
                    user_msg="Message failed to send because more than 24 hours have passed since the customer "
                    "last replied to this number.",
                )
        else:
            raise GraphError(131051, "Unsupported message type")
        wamid = "wamid." + _b64(secrets.token_bytes(24))
        self.sent_messages.append(
            {
                "id": wamid,
                "phone_number_id": obj["id"],
                "to": to,
                "wa_id": wa_id,
                "type": kind,
                "payload": msg,
                "biz_opaque_callback_data": msg.get("biz_opaque_callback_data"),
                "at": self.now(),
                "failure": failure,
            }
        )
        message: dict[str, Any] = {"id": wamid}
        if kind == "template":
            message["message_status"] = "accepted"
        return {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": wa_id}], "messages": [message]}

    def _check_template(self, phone: dict[str, Any], spec: dict[str, Any]) -> None:
        name = spec.get("name")
        lang = (spec.get("language") or {}).get("code")
        found = [
            t
            for t in self._children("template", waba_id=phone["waba_id"])
            if t["name"] == name and t["language"] == lang and t["status"] == "APPROVED"
        ]
        if not found:
            raise GraphError(
                132001,
                "Template name does not exist in the translation",
                user_msg=f"template name ({name}) does not exist in {lang}",
            )
        template = found[0]
        given: dict[str, int] = {}
        for comp in spec.get("components") or []:
            ctype = str(comp.get("type", "")).lower()
            key = f"button:{comp.get('index')}" if ctype == "button" else ctype
            given[key] = len(comp.get("parameters") or [])
        for comp in template["components"]:
            ctype = comp["type"].lower()
            if ctype in ("header", "body"):
                expected = len(set(re.findall(r"\{\{\s*(\w+)\s*\}\}", comp.get("text", ""))))
                if given.get(ctype, 0) != expected:
                    raise GraphError(
                        132000,
                        "Number of parameters does not match the expected number of params",
                        user_msg=f"{ctype}: number of localizable_params ({given.get(ctype, 0)}) does not match "
                        f"the expected number of params ({expected})",
                    )

    # --- batch ----------------------------------------------------------------------------------------

    def _batch(self, params: dict[str, Any], url: str, version: str | None) -> Any:
        raw = params.get("batch")
        if raw is None:
            raise GraphError(100, "(#100) The parameter batch is required")
        try:
            ops = json.loads(raw) if isinstance(raw, str) else raw
            if not isinstance(ops, list):
                raise ValueError
        except ValueError as exc:
            raise GraphError(100, "(#100) param batch must be a JSON array") from exc
        if len(ops) > MAX_BATCH:
            raise GraphError(100, f"(#100) Too many requests in batch message. Maximum batch size is {MAX_BATCH}")
        include_headers = str(params.get("include_headers", "true")).lower() != "false"
        nulls, self.null_slots = self.null_slots, set()
        parts = urlsplit(url)
        base_path = parts.path.rstrip("/")
        results: list[Any] = []
        for index, op in enumerate(ops):
            if index in nulls:
                results.append(None)
                continue
            method = str(op.get("method", "GET")).upper()
            rel = str(op.get("relative_url", "")).lstrip("/")
            rel_parts = urlsplit(rel)
            segs = [s for s in rel_parts.path.split("/") if s]
            if segs and VERSION_RE.match(segs[0]):
                segs.pop(0)
            op_params = dict(parse_qsl(rel_parts.query, keep_blank_values=True))
            if op.get("body"):
                op_params.update(dict(parse_qsl(str(op["body"]), keep_blank_values=True)))
            op_params.setdefault("access_token", params.get("access_token"))
            if "appsecret_proof" in params:
                op_params.setdefault("appsecret_proof", params["appsecret_proof"])
            op_url = urlunsplit(
                (parts.scheme, parts.netloc, f"{base_path}/{rel_parts.path.lstrip('/')}", rel_parts.query, "")
            )
            status, payload, headers = self._call(method, segs, op_params, None, op_url, version, in_batch=True)
            entry: dict[str, Any] = {"code": status, "body": json.dumps(payload, separators=(",", ":"))}
            if include_headers:
                entry["headers"] = [{"name": "Content-Type", "value": "application/json; charset=UTF-8"}] + [
                    {"name": _header_case(k), "value": v} for k, v in headers.items()
                ]
            results.append(entry)
        return results

    # --- webhook senders (test helpers) ---------------------------------------------------------------

    def sign_webhook(self, body: bytes) -> str:
        """The `X-Hub-Signature-256` value Meta would send for these exact bytes."""
        return "sha256=" + hmac.new(self.app_secret.encode(), body, hashlib.sha256).hexdigest()

    def webhook_headers(self, body: bytes, *, bad_signature: bool = False) -> dict[str, str]:
        sig = self.sign_webhook(body)
        if bad_signature:
            sig = sig[:-4] + ("0000" if not sig.endswith("0000") else "1111")
        return {"content-type": "application/json", "x-hub-signature-256": sig}

    @staticmethod
    def _encode(payload: dict[str, Any]) -> bytes:
        # Meta serialises with escaped unicode (`\u00e4`), so the signed bytes are pure ASCII.
        return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")

    def leadgen_change(
        self,
        page_id: str,
        form_id: str,
        leadgen_id: str,
        *,
        ad_id: str | None = None,
        created_time: int | None = None,
        ids_as_numbers: bool = False,
    ) -> dict[str, Any]:
        def ident(value: str | None) -> Any:
            if value is None:
                return None
            return int(value) if ids_as_numbers else value

        value: dict[str, Any] = {
            "leadgen_id": ident(leadgen_id),
            "page_id": ident(page_id),
            "form_id": ident(form_id),
            "created_time": created_time if created_time is not None else int(self.now()),
        }
        if ad_id is not None:
            value["ad_id"] = ident(ad_id)
            value["adgroup_id"] = ident(ad_id)
        return {"field": "leadgen", "value": value}

    def leadgen_webhook(
        self,
        page_id: str,
        form_id: str,
        leadgen_id: str,
        ad_id: str | None = None,
        created_time: int | None = None,
        *,
        ids_as_numbers: bool = False,
        extra_changes: list[dict[str, Any]] | None = None,
    ) -> bytes:
        """A `page`/`leadgen` notification body (IDs only, like Meta's)."""
        change = self.leadgen_change(
            page_id, form_id, leadgen_id, ad_id=ad_id, created_time=created_time, ids_as_numbers=ids_as_numbers
        )
        return self._encode(
            {
                "object": "page",
                "entry": [{"id": page_id, "time": int(self.now()), "changes": [change, *(extra_changes or [])]}],
            }
        )

    def leadgen_webhook_batch(self, changes: list[dict[str, Any]]) -> bytes:
        """Several entries in one POST (one per change), as Meta batches them."""
        entries = [{"id": str(c["value"]["page_id"]), "time": int(self.now()), "changes": [c]} for c in changes]
        return self._encode({"object": "page", "entry": entries})

    def _wa_envelope(self, phone_number_id: str, value: dict[str, Any]) -> bytes:
        phone = self.objects.get(phone_number_id, {})
        waba_id = phone.get("waba_id", self.WABA_ID)
        value = {
            "messaging_product": "whatsapp",
            "metadata": {
                "display_phone_number": phone.get("display_phone_number", self.DISPLAY_PHONE),
                "phone_number_id": phone_number_id,
            },
            **value,
        }
        return self._encode(
            {
                "object": "whatsapp_business_account",
                "entry": [{"id": waba_id, "changes": [{"field": "messages", "value": value}]}],
            }
        )

    def whatsapp_status_webhook(
        self,
        message_id: str,
        status: str,
        *,
        recipient_id: str | None = None,
        phone_number_id: str | None = None,
        timestamp: int | None = None,
        errors: list[dict[str, Any]] | None = None,
        biz_opaque_callback_data: str | None = None,
    ) -> bytes:
        """A status notification (`sent`, `delivered`, `read`, `failed`) for a sent message."""
        sent = next((m for m in self.sent_messages if m["id"] == message_id), None)
        phone_number_id = phone_number_id or (sent["phone_number_id"] if sent else self.PHONE_NUMBER_ID)
        entry: dict[str, Any] = {
            "id": message_id,
            "status": status,
            "timestamp": str(timestamp if timestamp is not None else int(self.now())),
            "recipient_id": recipient_id or (sent["wa_id"] if sent else ""),
        }
        opaque = biz_opaque_callback_data or (sent or {}).get("biz_opaque_callback_data")
        if opaque:
            entry["biz_opaque_callback_data"] = opaque
        if status in ("sent", "delivered", "read"):
            entry["pricing"] = {"billable": True, "pricing_model": "PMP", "category": "utility"}
        if status == "failed" and errors is None and sent is not None and sent.get("failure") == 131047:
            errors = [
                {
                    "code": 131047,
                    "title": "Re-engagement message",
                    "message": "Re-engagement message",
                    "error_data": {
                        "details": "Message failed to send because more than 24 hours have passed since "
                        "the customer last replied to this number."
                    },
                }
            ]
        if status == "failed":
            entry["errors"] = errors or [
                {
                    "code": 131026,
                    "title": "Message undeliverable",
                    "message": "Message undeliverable",
                    "error_data": {"details": "Message Undeliverable."},
                }
            ]
        return self._wa_envelope(phone_number_id, {"statuses": [entry]})

    def whatsapp_inbound_message(
        self,
        wa_id: str,
        text: str | None = "Hello",
        *,
        button_payload: str | None = None,
        button_text: str | None = None,
        name: str = "Jane Doe",
        phone_number_id: str | None = None,
        timestamp: int | None = None,
        message_id: str | None = None,
        context_id: str | None = None,
    ) -> bytes:
        """An inbound message from `wa_id`; it also opens the 24 h window in the emulator."""
        phone_number_id = phone_number_id or self.PHONE_NUMBER_ID
        stamp = timestamp if timestamp is not None else int(self.now())
        digits = re.sub(r"\D", "", wa_id)
        message: dict[str, Any] = {
            "from": digits,
            "id": message_id or "wamid." + _b64(secrets.token_bytes(24)),
            "timestamp": str(stamp),
        }
        if button_payload is not None:
            message["type"] = "button"
            message["button"] = {"payload": button_payload, "text": button_text or button_payload}
        else:
            message["type"] = "text"
            message["text"] = {"body": text or ""}
        if context_id:
            message["context"] = {"from": self.DISPLAY_PHONE, "id": context_id}
        self.open_window(phone_number_id, digits, at=float(stamp))
        return self._wa_envelope(
            phone_number_id, {"contacts": [{"profile": {"name": name}, "wa_id": digits}], "messages": [message]}
        )

    def signed_request(
        self,
        payload: dict[str, Any],
        *,
        algorithm: str = "HMAC-SHA256",
        bad_signature: bool = False,
        padded: bool = False,
    ) -> str:
        """`b64url(hmac(payload_b64)).payload_b64` as Meta posts to deauthorize / data-deletion callbacks."""
        body = {"algorithm": algorithm, "issued_at": int(self.now()), **payload}
        if "algorithm" not in payload:
            body["algorithm"] = algorithm
        raw = json.dumps(body, separators=(",", ":")).encode()
        enc_payload = base64.urlsafe_b64encode(raw).decode()
        if not padded:
            enc_payload = enc_payload.rstrip("=")
        key = self.app_secret.encode() if not bad_signature else b"not-the-app-secret"
        sig = base64.urlsafe_b64encode(hmac.new(key, enc_payload.encode("ascii"), hashlib.sha256).digest()).decode()
        if not padded:
            sig = sig.rstrip("=")
        return f"{sig}.{enc_payload}"


class _Throttled(GraphError):
    """A throttling error that still carries the usage headers of the call that tripped it."""

    def __init__(self, error: GraphError, headers: dict[str, str]) -> None:
        super().__init__(
            error.code,
            error.message,
            subcode=error.subcode,
            http_status=error.http_status,
            is_transient=error.is_transient,
            user_title=error.user_title,
            user_msg=error.user_msg,
        )
        self.headers = headers


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _header_case(name: str) -> str:
    special = {
        "x-app-usage": "X-App-Usage",
        "x-ad-account-usage": "X-Ad-Account-Usage",
        "x-business-use-case-usage": "X-Business-Use-Case-Usage",
        "x-fb-ads-insights-throttle": "X-FB-Ads-Insights-Throttle",
    }
    return special.get(name, name)


def _with_params(url: str, **changes: Any) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in changes]
    query += [(k, str(v)) for k, v in changes.items() if v is not None]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def _bucket_dates(day: dt.date, since: dt.date, until: dt.date, increment: str) -> tuple[dt.date, dt.date]:
    if increment == "all_days":
        return since, until
    if increment == "monthly":
        start = max(since, day.replace(day=1))
        nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start, min(until, nxt - dt.timedelta(days=1))
    try:
        step = int(increment)
    except ValueError as exc:
        raise GraphError(100, "(#100) time_increment must be 1-90, monthly or all_days") from exc
    if not 1 <= step <= 90:
        raise GraphError(100, "(#100) time_increment must be 1-90, monthly or all_days")
    index = (day - since).days // step
    start = since + dt.timedelta(days=index * step)
    return start, min(until, start + dt.timedelta(days=step - 1))


__all__ = ["DEFAULT_APP_ID", "DEFAULT_APP_SECRET", "MAX_BATCH", "GraphError", "MetaEmulator", "Token", "iso"]
