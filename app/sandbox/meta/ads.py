"""The ads catalogue: ad accounts, campaigns, ad sets and ads, and their list edges."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.sandbox.meta.core import iso


def _children_edge(kind: str, **match: str) -> Callable[..., Any]:
    """The list edge of a node's `kind` children, matched as `child_field="node_field"` (`campaign_id="id"`)."""

    def edge(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        children = self._children(kind, **{k: obj[field] for k, field in match.items()})
        return self._list(self._filtered(children, params), params, token, url)

    return edge


class AdsMixin:
    """Builders and list edges of the ads hierarchy."""

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

    @staticmethod
    def _delivery(
        created: float,
        *,
        status: str = "ACTIVE",
        effective_status: str | None = None,
        updated_time: float | None = None,
    ) -> dict[str, Any]:
        """The statuses and times Meta gives a campaign, an ad set and an ad alike; their builders take these
        keywords as `**delivery`."""
        updated = updated_time if updated_time is not None else created
        return {
            "status": status,
            "configured_status": status,
            "effective_status": effective_status or status,
            "created_time": iso(created),
            "updated_time": iso(updated),
            "_updated": updated,
        }

    def add_campaign(
        self,
        campaign_id: str,
        account_id: str,
        name: str,
        *,
        objective: str = "OUTCOME_LEADS",
        daily_budget: str | None = "5000",
        lifetime_budget: str | None = None,
        created_time: float | None = None,
        **delivery: Any,
    ) -> dict[str, Any]:
        created = created_time if created_time is not None else self.now() - 120 * 86400
        obj: dict[str, Any] = {
            "id": campaign_id,
            "account_id": account_id,
            "name": name,
            **self._delivery(created, **delivery),
            "objective": objective,
            "buying_type": "AUCTION",
            "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
            "start_time": iso(created),
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
        optimization_goal: str = "LEAD_GENERATION",
        **delivery: Any,
    ) -> dict[str, Any]:
        campaign = self.objects[campaign_id]
        created = self.now() - 100 * 86400
        return self._put(
            "adset",
            {
                "id": adset_id,
                "campaign_id": campaign_id,
                "account_id": campaign["account_id"],
                "name": name,
                **self._delivery(created, **delivery),
                "optimization_goal": optimization_goal,
                "billing_event": "IMPRESSIONS",
                "bid_strategy": "LOWEST_COST_WITHOUT_CAP",
                "start_time": iso(created),
            },
        )

    def add_ad(self, ad_id: str, adset_id: str, name: str, **delivery: Any) -> dict[str, Any]:
        adset = self.objects[adset_id]
        return self._put(
            "ad",
            {
                "id": ad_id,
                "adset_id": adset_id,
                "campaign_id": adset["campaign_id"],
                "account_id": adset["account_id"],
                "name": name,
                **self._delivery(self.now() - 100 * 86400, **delivery),
                "creative": {"id": f"{ad_id}9"},
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

    _edge_adaccount_campaigns = _children_edge("campaign", account_id="account_id")
    _edge_adaccount_adsets = _children_edge("adset", account_id="account_id")
    _edge_adaccount_ads = _children_edge("ad", account_id="account_id")
    _edge_campaign_adsets = _children_edge("adset", campaign_id="id")
    _edge_campaign_ads = _children_edge("ad", campaign_id="id")
    _edge_adset_ads = _children_edge("ad", adset_id="id")
