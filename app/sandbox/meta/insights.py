"""Insights: daily per-ad delivery, summed per level and window, synchronous reads and asynchronous report runs."""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.sandbox.meta.core import (
    GraphError,
    Token,
    _num,
    _split_fields,
)

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


class InsightsMixin:
    """Builders and edges of insights and report runs."""

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

    def _edge_insights(self, method, obj, token, params, body, url, rest):
        """`/insights` of an ad account, a campaign, an ad set or an ad: GET reads, POST starts a report run."""
        if method == "POST":
            return self._start_report(obj, token, params)
        return self._insights(obj, token, params, url)

    _edge_adaccount_insights = _edge_campaign_insights = _edge_adset_insights = _edge_ad_insights = _edge_insights

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
