"""What every area of the emulator shares: Graph error bodies, tokens, the field catalogue, small wire helpers."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import re
import secrets
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


@dataclasses.dataclass(eq=False, repr=False)
class GraphError(Exception):
    """An error the emulator answers with; mirrors Meta's error body."""

    code: int
    message: str
    _: dataclasses.KW_ONLY
    subcode: int | None = None
    type: str = "OAuthException"
    http_status: int = 400
    is_transient: bool | None = None
    user_title: str | None = None
    user_msg: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)  # str() and args stay the message alone, as for any exception

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
    "template": {"id", "name", "category", "language", "status", "components", "parameter_format", "rejected_reason"},
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
    "dataset": "AdsPixel",
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
