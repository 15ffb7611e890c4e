"""WhatsApp Cloud API: business accounts, numbers, templates, sends with the 24 h window, status/inbound webhooks."""

from __future__ import annotations

import re
import secrets
from typing import Any

from app.sandbox.meta.core import (
    GraphError,
    _b64,
    _maybe_json,
)


class WhatsAppMixin:
    """Builders, edges and webhook senders of the WhatsApp Cloud API."""

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
