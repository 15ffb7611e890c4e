"""Usage and throttling: per-app, per-ad-account and business-use-case buckets, usage headers, limit errors."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from app.sandbox.meta.core import GraphError


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


@dataclasses.dataclass(eq=False, repr=False)
class _Throttled(GraphError):
    """A throttling error that still carries the usage headers of the call that tripped it."""

    headers: dict[str, str] = dataclasses.field(default_factory=dict)


class ThrottlingMixin:
    """Usage buckets per call scope; raises Meta's throttling errors past 100 %."""

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
        throttle: _Throttled | None = None
        if over_app:
            throttle = _Throttled(4, "(#4) Application request limit reached", is_transient=True)
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
                throttle = _Throttled(
                    17,
                    "(#17) User request limit reached",
                    subcode=2446079,
                    is_transient=True,
                    user_title="Ad Account Has Too Many API Calls",
                    user_msg="There have been too many calls from this ad-account. Please wait a bit and try again.",
                    headers=headers,
                )
            elif throttle is None and over_buc:
                code = BUC_CODES.get(buc_type, 80004)
                if key.startswith("page:") and buc_type == "pages":
                    code = 32
                throttle = _Throttled(
                    code,
                    f"(#{code}) There have been too many calls to this {buc_type} object. Wait a bit and try again.",
                    is_transient=True,
                    headers=headers,
                )
        if throttle is not None:
            raise throttle
        return headers
