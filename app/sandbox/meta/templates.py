"""WhatsApp templates and send pacing (META-2 §14, §15): template submission and review, status and category
webhooks, per-number throughput (130429), the pair rate limit (131056) and per-user marketing limits (131049).

Review is a test/sandbox hook: `approve_template`, `reject_template`, `recategorize_template` change the
template and return the signed-ready webhook body Meta would send. Sends are counted per recipient
(`messages_per_recipient`) so duplicate checks need no log parsing.
"""

from __future__ import annotations

import collections
import json
import re
import secrets
from typing import Any

from app.sandbox.meta.core import GraphError, _maybe_json

NAME_RE = re.compile(r"^[a-z0-9_]{1,512}$")
CATEGORIES = ("MARKETING", "UTILITY", "AUTHENTICATION")
CREATES_PER_HOUR = 100
PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class TemplatesMixin:
    """Template creation/deletion, review hooks, and pacing rules layered over the WhatsApp send edge."""

    # Knobs (plain attributes so the sandbox and tests can set them):
    whatsapp_mps: int = 80  # accepted messages per second per number (META-2 §15.1); more -> 130429
    pair_interval: float | None = None  # seconds between messages to one user (131056); None = not enforced
    marketing_limited: set[str]  # wa_ids whose per-user marketing limit is reached (131049)
    marketing_limit_errors: str = "webhook"  # "webhook": accepted, then a failed status; "sync": refused now

    def _pacing_state(self) -> None:
        if not hasattr(self, "_accepted"):
            self._accepted: dict[str, collections.deque[float]] = {}
            self._last_to: dict[tuple[str, str], float] = {}
            self._template_creates: dict[str, collections.deque[float]] = {}
            self.throttled_sends = 0  # 130429 answers given
            if not hasattr(self, "marketing_limited"):
                self.marketing_limited = set()

    # --- templates --------------------------------------------------------------------------------------

    def _edge_waba_message_templates(self, method, obj, token, params, body, url, rest) -> Any:
        if method == "GET":
            return super()._edge_waba_message_templates(method, obj, token, params, body, url, rest)  # type: ignore[misc]
        self._require(token, "whatsapp_business_management")  # type: ignore[attr-defined]
        if method == "DELETE":
            name = params.get("name")
            found = [
                t
                for t in self._children("template", waba_id=obj["id"])  # type: ignore[attr-defined]
                if t["name"] == name and params.get("hsm_id") in (None, "", t["id"])
            ]
            if not name or not found:
                raise GraphError(100, "(#100) Invalid parameter", user_title="Template not found")
            for t in found:
                self.objects.pop(t["id"], None)  # type: ignore[attr-defined]
            return {"success": True}
        return self._create_template(
            obj, body if isinstance(body, dict) else {k: _maybe_json(v) for k, v in params.items()}
        )

    def _create_template(self, waba: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        self._pacing_state()
        now = self.now()  # type: ignore[attr-defined]
        creates = self._template_creates.setdefault(waba["id"], collections.deque())
        while creates and now - creates[0] >= 3600:
            creates.popleft()
        if len(creates) >= CREATES_PER_HOUR:
            raise GraphError(
                80008, "(#80008) There have been too many calls to this WhatsApp Business account.", is_transient=True
            )
        name = str(spec.get("name") or "")
        language = str(spec.get("language") or "")
        category = str(spec.get("category") or "").upper()
        if not NAME_RE.match(name):
            raise GraphError(
                100,
                "(#100) Invalid parameter",
                user_title="Invalid template name",
                user_msg="Template names may only hold lowercase letters, digits and underscores.",
            )
        if category not in CATEGORIES:
            raise GraphError(100, "(#100) Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}")
        if not language:
            raise GraphError(100, "(#100) The parameter language is required.")
        components = spec.get("components") or []
        if isinstance(components, str):
            components = _maybe_json(components)
        body = next((c for c in components if str(c.get("type", "")).upper() == "BODY"), None)
        if body is None or not str(body.get("text") or "").strip():
            raise GraphError(100, "(#100) Invalid parameter", user_title="Body missing")
        text = str(body["text"])
        if len(text) > 1024:
            raise GraphError(100, "(#100) Invalid parameter", user_title="Body too long")
        wanted = len(set(PLACEHOLDER.findall(text)))
        examples = ((body.get("example") or {}).get("body_text") or [[]])[0]
        if wanted and len(examples) < wanted:
            raise GraphError(
                100,
                "(#100) Invalid parameter",
                user_title="Missing examples",
                user_msg="Every body parameter needs an example value.",
            )
        footer = next((c for c in components if str(c.get("type", "")).upper() == "FOOTER"), None)
        if footer is not None and len(str(footer.get("text") or "")) > 60:
            raise GraphError(100, "(#100) Invalid parameter", user_title="Footer too long")
        if any(t["name"] == name and t["language"] == language for t in self._children("template", waba_id=waba["id"])):  # type: ignore[attr-defined]
            raise GraphError(
                100, "(#100) Invalid parameter", subcode=2388024, user_title="Content in this language already exists"
            )
        creates.append(now)
        template_id = str(10**15 + secrets.randbelow(9 * 10**15))
        self._put(
            "template",
            {  # type: ignore[attr-defined]
                "id": template_id,
                "waba_id": waba["id"],
                "name": name,
                "category": category,
                "language": language,
                "status": "PENDING",
                "components": components,
                "parameter_format": "POSITIONAL",
            },
        )
        return {"id": template_id, "status": "PENDING", "category": category}

    def find_template(self, name: str, language: str, waba_id: str | None = None) -> dict[str, Any]:
        waba_id = waba_id or self.WABA_ID  # type: ignore[attr-defined]
        for t in self._children("template", waba_id=waba_id):  # type: ignore[attr-defined]
            if t["name"] == name and t["language"] == language:
                return t
        raise KeyError(f"no template {name}/{language}")

    def _template_envelope(self, template: dict[str, Any], field: str, value: dict[str, Any]) -> bytes:
        value = {
            "message_template_id": int(template["id"]),  # a JSON number here (a string in the create answer)
            "message_template_name": template["name"],
            "message_template_language": template["language"],
            **value,
        }
        return self._encode(
            {  # type: ignore[attr-defined]
                "object": "whatsapp_business_account",
                "entry": [
                    {
                        "id": template["waba_id"],
                        "time": int(self.now()),  # type: ignore[attr-defined]
                        "changes": [{"field": field, "value": value}],
                    }
                ],
            }
        )

    def template_status_webhook(
        self, name: str, language: str, event: str, *, reason: str | None = "NONE", recommendation: str | None = None
    ) -> bytes:
        """Set the template's status to `event` and return the `message_template_status_update` body."""
        template = self.find_template(name, language)
        template["status"] = event
        value: dict[str, Any] = {"event": event, "reason": reason, "message_template_category": template["category"]}
        if event == "REJECTED":
            template["rejected_reason"] = reason
            value["rejection_info"] = {"reason": reason, "recommendation": recommendation or "Review the template."}
        return self._template_envelope(template, "message_template_status_update", value)

    def approve_template(self, name: str, language: str) -> bytes:
        return self.template_status_webhook(name, language, "APPROVED")

    def reject_template(self, name: str, language: str, reason: str = "INVALID_FORMAT") -> bytes:
        return self.template_status_webhook(name, language, "REJECTED", reason=reason)

    def recategorize_template(self, name: str, language: str, new_category: str, *, impending: bool = False) -> bytes:
        """Meta's re-classification: the completed change (`previous_category`) or a notice of one to come."""
        template = self.find_template(name, language)
        if impending:
            value = {
                "correct_category": new_category,
                "new_category": template["category"],  # Meta's reference: the current category, in a notice
                "category_update_timestamp": int(self.now()) + 86400,
            }  # type: ignore[attr-defined]
        else:
            value = {"previous_category": template["category"], "new_category": new_category}
            template["category"] = new_category
        return self._template_envelope(template, "template_category_update", value)

    # --- pacing -------------------------------------------------------------------------------------------

    def _edge_phone_number_messages(self, method, obj, token, params, body, url, rest) -> Any:
        self._pacing_state()
        if method != "POST":
            return super()._edge_phone_number_messages(method, obj, token, params, body, url, rest)  # type: ignore[misc]
        now = self.now()  # type: ignore[attr-defined]
        window = self._accepted.setdefault(obj["id"], collections.deque())
        while window and now - window[0] >= 1.0:
            window.popleft()
        if len(window) >= self.whatsapp_mps:
            self.throttled_sends += 1
            raise GraphError(
                130429,
                "(#130429) Rate limit hit",
                user_title="Rate limit hit",
                user_msg="Cloud API message throughput has been reached.",
            )
        msg = body if isinstance(body, dict) else {k: _maybe_json(v) for k, v in params.items()}
        wa_id = re.sub(r"\D", "", str(msg.get("to") or ""))
        if self.pair_interval is not None:
            last = self._last_to.get((obj["id"], wa_id))
            if last is not None and now - last < self.pair_interval:
                raise GraphError(131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit")
        marketing = self._is_marketing(obj, msg)
        if marketing and wa_id in self.marketing_limited and self.marketing_limit_errors == "sync":
            raise GraphError(131049, "This message was not delivered to maintain healthy ecosystem engagement.")
        answer = super()._edge_phone_number_messages(method, obj, token, params, body, url, rest)  # type: ignore[misc]
        window.append(now)
        self._last_to[(obj["id"], wa_id)] = now
        if marketing and wa_id in self.marketing_limited:
            self.sent_messages[-1]["failure"] = 131049  # type: ignore[attr-defined]
        return answer

    def _is_marketing(self, phone: dict[str, Any], msg: dict[str, Any]) -> bool:
        if msg.get("type") != "template":
            return False
        spec = msg.get("template") or {}
        lang = (spec.get("language") or {}).get("code")
        return any(
            t["name"] == spec.get("name") and t["language"] == lang and t["category"] == "MARKETING"
            for t in self._children("template", waba_id=phone["waba_id"])
        )  # type: ignore[attr-defined]

    def whatsapp_status_webhook(self, message_id: str, status: str, **kw: Any) -> bytes:
        sent = next((m for m in self.sent_messages if m["id"] == message_id), None)  # type: ignore[attr-defined]
        if status == "failed" and kw.get("errors") is None and sent is not None and sent.get("failure") == 131049:
            kw["errors"] = [
                {
                    "code": 131049,
                    "title": "This message was not delivered to maintain healthy ecosystem engagement.",
                    "message": "Per-user marketing limit",
                    "error_data": {"details": "Per-user marketing limit reached."},
                }
            ]
        return super().whatsapp_status_webhook(message_id, status, **kw)  # type: ignore[misc]

    # --- the sandbox's review desk -----------------------------------------------------------------------

    webhook_sink: Any = None  # set by whoever serves the sandbox: an async callable taking a webhook body

    async def review_endpoint(self, request: Any) -> Any:
        """`POST /_sandbox/templates/review` {name, language, event | category, reason}: decide a template
        as Meta's reviewers would and deliver the webhook to `webhook_sink` (the sandbox's own app)."""
        from starlette.responses import JSONResponse

        try:
            spec = await request.json()
            name, language = str(spec["name"]), str(spec["language"])
        except (KeyError, ValueError, TypeError):
            return JSONResponse({"error": "give name, language and event (or category) of a template"}, 400)
        try:
            self.find_template(name, language)
        except KeyError:
            message = f"no template {name!r} in {language!r}: create it first (createWhatsAppTemplate)"
            return JSONResponse({"error": message}, 404)
        try:
            if spec.get("category"):
                body = self.recategorize_template(name, language, str(spec["category"]).upper())
            else:
                event = str(spec.get("event") or "APPROVED").upper()
                body = self.template_status_webhook(
                    name,
                    language,
                    event,
                    reason=spec.get("reason") or ("INVALID_FORMAT" if event == "REJECTED" else "NONE"),
                )
        except (KeyError, ValueError, TypeError):
            return JSONResponse({"error": "give name, language and event (or category) of a template"}, 400)
        if self.webhook_sink is not None:
            await self.webhook_sink(body)
        return JSONResponse({"delivered": self.webhook_sink is not None, "webhook": json.loads(body)})

    def messages_per_recipient(self, phone_number_id: str | None = None) -> collections.Counter[str]:
        """How many messages each wa_id was sent (accepted sends only)."""
        return collections.Counter(
            m["wa_id"]
            for m in self.sent_messages  # type: ignore[attr-defined]
            if phone_number_id is None or m["phone_number_id"] == phone_number_id
        )

    def max_per_second(self, phone_number_id: str | None = None) -> int:
        """The most messages accepted in any 1-second window (emulator timestamps)."""
        times = sorted(
            m["at"]
            for m in self.sent_messages  # type: ignore[attr-defined]
            if phone_number_id is None or m["phone_number_id"] == phone_number_id
        )
        best, start = 0, 0
        for end, t in enumerate(times):
            while t - times[start] >= 1.0:
                start += 1
            best = max(best, end - start + 1)
        return best
