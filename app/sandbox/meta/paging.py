"""Field selection, cursor paging, status filtering and batch requests (META.md §1: `fields`, `paging`, `POST /`)."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from app.sandbox.meta.core import (
    DEFAULT_LIMIT,
    FIELDS,
    HIDDEN_BY_DEFAULT,
    LEAD_RETENTION_DAYS,
    MAX_BATCH,
    NODE_TYPE,
    VERSION_RE,
    GraphError,
    Token,
    _as_list,
    _header_case,
    _parse_field,
    _split_fields,
    _with_params,
)


class PagingMixin:
    """How any node or list is shaped on the wire: selected fields, cursors, filters, batches."""

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
