"""Lead Ads: Pages, lead forms and leads, page/app webhook subscriptions, signed leadgen notifications and
signed_request callbacks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any

from app.sandbox.meta.core import (
    LEAD_RETENTION_DAYS,
    GraphError,
    Token,
    _as_list,
    _missing,
    iso,
)


class LeadAdsMixin:
    """Builders, edges and webhook senders of Lead Ads."""

    def add_page(self, page_id: str, name: str, *, user_id: str, tasks: Iterable[str], category: str = "Business"):
        self.user_pages.setdefault(user_id, {})[page_id] = list(tasks)
        return self._put(
            "page", {"id": page_id, "name": name, "category": category, "link": f"https://facebook.com/{page_id}"}
        )

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
        if leadgen_id is None:  # Lead Ads ids have 15-17 digits (META-2 §11.3): 16 here
            self._seq += 1
            leadgen_id = f"13{int(self.now() * 1000) % 10**9:09d}{self._seq % 10**5:05d}"
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

    def leadgen_webhook(self, page_id: str, form_id: str, leadgen_id: str, **change: Any) -> bytes:
        """A `page`/`leadgen` notification body (IDs only, like Meta's) of one `leadgen_change(..., **change)`."""
        return self.leadgen_webhook_batch([self.leadgen_change(page_id, form_id, leadgen_id, **change)])

    def leadgen_webhook_batch(self, changes: list[dict[str, Any]]) -> bytes:
        """Several entries in one POST (one per change), as Meta batches them."""
        entries = [{"id": str(c["value"]["page_id"]), "time": int(self.now()), "changes": [c]} for c in changes]
        return self._encode({"object": "page", "entry": entries})

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
