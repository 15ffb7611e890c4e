"""Graph API client (httpx): appsecret_proof, cursor paging by `next`, batches of 50, usage-header
throttling and Meta's error codes mapped to what the caller should do (META.md §2.4, §2.5, §5).

    async with GraphClient(settings, access_token=token) as graph:
        me = await graph.get("me", {"fields": "id,name"})
        async for campaign in graph.paginate("act_1/campaigns", {"fields": "id,name"}):
            ...

Exceptions: `MetaRetryable` (throttling, transient; `retry_after` seconds), `MetaExpired` (190/463),
`MetaRevoked` (190/458), `MetaReauthRequired` (other 190, 102, 493...), `MetaPermissionDenied` (10, 200-299)
and `MetaPermanent` (everything else). All derive from `MetaError`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import hmac
import json
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from app.errors import DomainError, ErrorCode
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.meta.graph")

MAX_BATCH = 50
THROTTLE_CODES = frozenset({4, 17, 32, 341, 613, 130429, 131056, *range(80000, 80015)})
TRANSIENT_CODES = frozenset({1, 2})
REDUCE_DATA_SUBCODES = frozenset({1504018, 1504038})  # a request timed out: ask for less (META.md §2.8, §5.2)
AUTH_SUBCODES_REAUTH = frozenset({459, 460, 464, 467, 492, 493})
PRESSURE_LIMIT = 90.0  # percent of any usage bucket at which we pause it (META.md §5.5)
MIN_PAUSE = 60.0
MAX_BACKOFF = 900.0


# --- errors ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False, repr=False)
class MetaError(Exception):
    """A failed Graph call, with Meta's error fields (never the token)."""

    message: str
    _: dataclasses.KW_ONLY
    code: int | None = None
    subcode: int | None = None
    type: str | None = None
    http_status: int | None = None
    fbtrace_id: str | None = None
    is_transient: bool = False
    user_title: str | None = None
    user_msg: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)  # str() and args stay the message alone, as for any exception

    def summary(self) -> str:
        """A short, data-free description for job errors and integration health."""
        sub = f"/{self.subcode}" if self.subcode else ""
        title = f" ({self.user_title})" if self.user_title and self.user_title != self.message else ""
        return f"Meta error {self.code}{sub}: {self.message}{title}"[:300]


class MetaRetryable(MetaError):
    """Throttled or transient: try again after `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: float = MIN_PAUSE, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class MetaPermanent(MetaError):
    """Retrying will not help (bad parameter, unknown object, policy block...)."""


class MetaPermissionDenied(MetaPermanent):
    """10 / 200-299: a permission is missing; the user must re-consent."""


class MetaAuthError(MetaError):
    """The token no longer works; the connection needs the user."""


class MetaReauthRequired(MetaAuthError):
    """190 (other subcodes), 102, 493...: the user must log in again."""


class MetaRevoked(MetaAuthError):
    """190/458: the user removed the app."""


class MetaExpired(MetaAuthError):
    """190/463: the token expired."""


def classify(error: dict[str, Any], *, http_status: int | None = None, retry_after: float | None = None) -> MetaError:
    """Map Meta's `error` object to the exception class the caller acts on (META.md §5.2, §5.5)."""
    code = _int(error.get("code"))
    subcode = _int(error.get("error_subcode"))
    message = str(error.get("message") or "Meta API error")
    fields = {
        "code": code,
        "subcode": subcode,
        "type": error.get("type"),
        "http_status": http_status,
        "fbtrace_id": error.get("fbtrace_id"),
        "is_transient": bool(error.get("is_transient")),
        "user_title": error.get("error_user_title"),
        "user_msg": error.get("error_user_msg"),
    }
    if code == 190:
        if subcode == 458:
            return MetaRevoked(message, **fields)
        if subcode == 463:
            return MetaExpired(message, **fields)
        return MetaReauthRequired(message, **fields)
    if code == 102 or subcode in AUTH_SUBCODES_REAUTH:
        return MetaReauthRequired(message, **fields)
    if code in THROTTLE_CODES:
        return MetaRetryable(message, retry_after=max(retry_after or 0.0, MIN_PAUSE), **fields)
    if subcode in REDUCE_DATA_SUBCODES:  # 100/1504018 too: "do not retry (except the timeout subcodes)", §5.5
        return MetaRetryable(message, retry_after=retry_after or 30.0, **fields)
    if code in TRANSIENT_CODES or fields["is_transient"] or ((http_status or 0) >= 500 and code not in (100, 368)):
        return MetaRetryable(message, retry_after=retry_after or 30.0, **fields)
    if code == 10 or (code is not None and 200 <= code <= 299):
        return MetaPermissionDenied(message, **fields)
    return MetaPermanent(message, **fields)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def is_reduce_data(exc: MetaError) -> bool:
    """Meta's "Please reduce the amount of data you're asking for" (code 1 or a timeout subcode)."""
    return (exc.code == 1 and "reduce the amount of data" in exc.message.lower()) or exc.subcode in REDUCE_DATA_SUBCODES


# --- usage headers --------------------------------------------------------------------------------------


@dataclasses.dataclass
class Usage:
    """What the last response's usage headers said: the highest percentage and any regain time."""

    pressure: float = 0.0
    regain_seconds: float = 0.0
    buckets: dict[str, float] = dataclasses.field(default_factory=dict)
    regain: dict[str, float] = dataclasses.field(default_factory=dict)


def parse_usage(headers: Iterator[tuple[str, str]] | httpx.Headers | dict[str, str]) -> Usage:
    """Read X-App-Usage, X-Ad-Account-Usage, X-Business-Use-Case-Usage and X-FB-Ads-Insights-Throttle."""
    items = headers.items() if hasattr(headers, "items") else headers
    usage = Usage()
    for name, value in items:
        lname = name.lower()
        if lname not in (
            "x-app-usage",
            "x-page-usage",
            "x-ad-account-usage",
            "x-business-use-case-usage",
            "x-fb-ads-insights-throttle",
        ):
            continue
        try:
            data = json.loads(value)
        except (TypeError, ValueError):
            continue
        if lname == "x-business-use-case-usage" and isinstance(data, dict):
            for business_id, entries in data.items():
                for entry in entries if isinstance(entries, list) else [entries]:
                    if not isinstance(entry, dict):
                        continue
                    pct = _max_pct(entry, ("call_count", "total_cputime", "total_time"))
                    usage.buckets[f"buc:{business_id}"] = max(usage.buckets.get(f"buc:{business_id}", 0.0), pct)
                    usage.pressure = max(usage.pressure, pct)
                    seconds = _float(entry.get("estimated_time_to_regain_access")) * 60
                    usage.regain[f"buc:{business_id}"] = max(usage.regain.get(f"buc:{business_id}", 0.0), seconds)
                    usage.regain_seconds = max(usage.regain_seconds, seconds)
        elif isinstance(data, dict):
            keys = ("call_count", "total_cputime", "total_time", "acc_id_util_pct", "app_id_util_pct")
            pct = _max_pct(data, keys)
            usage.buckets[lname] = pct
            usage.pressure = max(usage.pressure, pct)
    return usage


def _float(value: Any) -> float:
    try:
        return float(value or 0)
    except (TypeError, ValueError):
        return 0.0


def _max_pct(entry: dict[str, Any], keys: tuple[str, ...]) -> float:
    return max([_float(entry.get(k)) for k in keys] or [0.0])


class Throttle:
    """Process-wide pause per app (the usage headers are app-wide or per business object)."""

    def __init__(self) -> None:
        self.paused_until: dict[str, float] = {}

    def remaining(self, key: str, now: float) -> float:
        return max(0.0, self.paused_until.get(key, 0.0) - now)

    def pause(self, key: str, seconds: float, now: float) -> None:
        self.paused_until[key] = max(self.paused_until.get(key, 0.0), now + seconds)

    def clear(self) -> None:
        self.paused_until.clear()


THROTTLE = Throttle()


def appsecret_proof(app_secret: str, access_token: str) -> str:
    """hex(HMAC-SHA256(key=app secret, msg=the exact token string)) (META.md §1.8)."""
    return hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()


# --- the client -----------------------------------------------------------------------------------------


@dataclasses.dataclass
class BatchRequest:
    """One operation of a batch: `relative_url` is relative to the version root (`act_1/campaigns?...`)."""

    relative_url: str
    method: str = "GET"
    body: dict[str, Any] | None = None
    name: str | None = None

    def to_wire(self) -> dict[str, Any]:
        op: dict[str, Any] = {"method": self.method, "relative_url": self.relative_url}
        if self.body:
            op["body"] = urlencode({k: _wire_value(v) for k, v in self.body.items()})
        if self.name:
            op["name"] = self.name
        return op


def _wire_value(value: Any) -> str:
    if isinstance(value, list | dict):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class GraphClient:
    """One access token's view of the Graph API. Cheap to create; use as an async context manager."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        access_token: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retries: int = 3,
        retry_base: float = 0.5,
        max_inline_wait: float = 5.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        timeout: float = 30.0,
    ) -> None:
        from app.integrations.meta.transport import meta_transport

        self.settings = settings or get_settings()
        self.access_token = access_token
        self.app_secret = self.settings.meta_app_secret
        self.throttle_prefix = self.settings.meta_app_id
        # X-App-Usage counts per caller (user or app token); business-object buckets are shared by everyone.
        caller = hashlib.sha256((access_token or "app").encode()).hexdigest()[:12]
        self._app_bucket = f"{self.throttle_prefix}:app:{caller}"
        self.base_url = f"{self.settings.meta_graph_url.rstrip('/')}/{self.settings.meta_graph_version}"
        self.max_retries = max_retries
        self.retry_base = retry_base
        self.max_inline_wait = max_inline_wait
        self.sleep = sleep
        self.calls = 0  # HTTP requests made (a batch is one)
        self.last_usage = Usage()
        self._http = httpx.AsyncClient(
            transport=transport or meta_transport(self.settings),
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
        )

    async def __aenter__(self) -> GraphClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- low level ------------------------------------------------------------------------------------

    def _auth(self, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        """The token and its appsecret_proof on every call, an app token given as `access_token` included
        (META.md §1.8: with "Require App Secret" on, a call without the proof fails)."""
        out = {k: _wire_value(v) for k, v in params.items() if v is not None}
        token = token if token is not None else out.get("access_token") or self.access_token
        if token:
            out["access_token"] = token
            out["appsecret_proof"] = appsecret_proof(self.app_secret, token)
        return out

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def _keys(self, subject: str | None) -> list[str]:
        keys = [self._app_bucket]
        if subject:
            keys.append(f"{self.throttle_prefix}:obj:{subject}")
        return keys

    async def _gate(self, subject: str | None) -> None:
        """Honour pauses set by usage headers (the app's, and the object's business bucket): short
        waits inline, longer ones become MetaRetryable so the job is rescheduled instead of spinning."""
        now = time.monotonic()
        remaining = max(THROTTLE.remaining(k, now) for k in self._keys(subject))
        if remaining <= 0:
            return
        if remaining <= self.max_inline_wait:
            await self.sleep(remaining)
            return
        raise MetaRetryable("Meta usage limit reached; pausing calls", retry_after=remaining, code=4)

    def _observe(self, headers: httpx.Headers | list[tuple[str, str]], subject: str | None) -> Usage:
        usage = parse_usage(headers if isinstance(headers, httpx.Headers) else iter(headers))
        self.last_usage = usage
        now = time.monotonic()
        for bucket, pct in usage.buckets.items():
            regain = usage.regain.get(bucket, 0.0)
            if regain <= 0 and pct < PRESSURE_LIMIT:
                continue
            pause = max(regain, MIN_PAUSE)
            if bucket in ("x-app-usage", "x-page-usage"):
                key = self._app_bucket
            elif bucket.startswith("buc:"):
                key = f"{self.throttle_prefix}:obj:{bucket[4:]}"
            elif subject:
                key = f"{self.throttle_prefix}:obj:{subject}"
            else:
                key = self._app_bucket
            THROTTLE.pause(key, pause, now)
            log.warning("meta usage high, pausing", extra={"bucket": bucket, "pressure": pct, "pause_s": pause})
        return usage

    async def request(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None = None,
        *,
        data: dict[str, Any] | None = None,
        json_body: Any = None,
        token: str | None = None,
        auth: bool = True,
    ) -> Any:
        """One call with transient retries (1, 2, is_transient, 5xx: up to `max_retries`, exponential
        backoff with jitter). Throttling is never retried inline: it raises MetaRetryable."""
        attempt = 0
        subject = _subject(path)
        while True:
            await self._gate(subject)
            try:
                return await self._once(method, path, params, data=data, json_body=json_body, token=token, auth=auth)
            except MetaRetryable as exc:
                throttled = exc.code in THROTTLE_CODES
                if throttled or attempt >= self.max_retries or is_reduce_data(exc):
                    raise
                delay = min(MAX_BACKOFF, self.retry_base * (2**attempt)) * (0.5 + random.random() / 2)
                attempt += 1
                await self.sleep(delay)

    async def _once(
        self,
        method: str,
        path: str,
        params: dict[str, Any] | None,
        *,
        data: dict[str, Any] | None,
        json_body: Any,
        token: str | None,
        auth: bool,
    ) -> Any:
        if "?" in path and not path.startswith(("http://", "https://")):
            # `act_1/ads?fields=...` (e.g. a batch relative_url read on its own): httpx would drop that query
            path, _, inline = path.partition("?")
            params = {**dict(parse_qsl(inline, keep_blank_values=True)), **(params or {})}
        url = self.url(path)
        query = dict(params or {})
        if url.startswith(("http://", "https://")) and path.startswith(("http://", "https://")):
            # A `paging.next` URL: followed verbatim; the token and proof are added only when missing.
            parts = urlsplit(url)
            existing = dict(parse_qsl(parts.query, keep_blank_values=True))
            extra = {k: v for k, v in (self._auth({}, token) if auth else {}).items() if k not in existing}
            if extra:
                url = urlunsplit(parts._replace(query=urlencode([*parse_qsl(parts.query), *extra.items()])))
            query = {}
        elif auth and data is None and json_body is None:
            query = self._auth(query, token)
        else:
            query = {k: _wire_value(v) for k, v in query.items() if v is not None}
        headers: dict[str, str] = {}
        form: dict[str, str] | None = None
        if data is not None:
            form = self._auth(data, token) if auth else {k: _wire_value(v) for k, v in data.items()}
            if "appsecret_proof" in form:  # body-only proofs are sometimes ignored (META.md §1.8)
                query["appsecret_proof"] = form["appsecret_proof"]
        elif json_body is not None and auth:
            chosen = token if token is not None else self.access_token
            if chosen:
                headers["Authorization"] = f"Bearer {chosen}"
                query["appsecret_proof"] = appsecret_proof(self.app_secret, chosen)
        self.calls += 1
        try:
            response = await self._http.request(
                method, url, params=query or None, data=form, json=json_body, headers=headers
            )
        except httpx.TransportError as exc:
            raise MetaRetryable(f"Meta unreachable: {type(exc).__name__}", retry_after=30.0, code=None) from exc
        usage = self._observe(response.headers, _subject(path))
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if response.status_code >= 400 or (isinstance(payload, dict) and "error" in payload):
            error = payload.get("error") if isinstance(payload, dict) else None
            if not isinstance(error, dict):
                error = {"message": f"HTTP {response.status_code}", "code": 2 if response.status_code >= 500 else None}
            raise classify(error, http_status=response.status_code, retry_after=usage.regain_seconds or None)
        return payload

    # --- verbs ----------------------------------------------------------------------------------------

    async def get(self, path: str, params: dict[str, Any] | None = None, *, token: str | None = None) -> Any:
        return await self.request("GET", path, params, token=token)

    async def post(
        self,
        path: str,
        data: dict[str, Any] | None = None,
        *,
        json: Any = None,
        token: str | None = None,
    ) -> Any:
        """Form-encoded POST (Graph) or, with `json=`, a JSON body with a Bearer token (WhatsApp)."""
        if json is not None:
            return await self.request("POST", path, None, json_body=json, token=token)
        return await self.request("POST", path, data=data or {}, token=token)

    async def delete(self, path: str, params: dict[str, Any] | None = None, *, token: str | None = None) -> Any:
        return await self.request("DELETE", path, params, token=token)

    async def paginate(
        self, path: str, params: dict[str, Any] | None = None, *, token: str | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        """Every item of an edge, following `paging.next` exactly until it is absent. When Meta asks to
        "reduce the amount of data", the page size is halved and the same page asked again."""
        page_url: str = path
        page_params: dict[str, Any] | None = dict(params or {})
        while True:
            try:
                body = await self.request("GET", page_url, page_params, token=token)
            except MetaRetryable as exc:
                if not is_reduce_data(exc):
                    raise
                smaller = halve_limit(page_url, page_params)
                if smaller == (page_url, page_params):
                    raise  # already one item per page: shrinking cannot help, let the job back off
                page_url, page_params = smaller
                continue
            for item in body.get("data", []) if isinstance(body, dict) else []:
                yield item
            nxt = (body.get("paging") or {}).get("next") if isinstance(body, dict) else None
            if not nxt:
                return
            page_url, page_params = nxt, None

    async def batch(
        self,
        requests: list[BatchRequest | dict[str, Any]],
        *,
        token: str | None = None,
        raise_errors: bool = True,
        subject: str | None = None,
    ) -> list[Any]:
        """Run operations in batches of at most 50 (one HTTP call each). Returns each operation's decoded
        body in order; a failed operation raises its mapped exception (or, with `raise_errors=False`, the
        exception object takes its place). `null` slots (timed out) are re-sent. `subject`: the object whose
        usage bucket the operations spend when their paths do not name it (a Page, for its leads)."""
        ops = [r if isinstance(r, BatchRequest) else BatchRequest(**r) for r in requests]
        results: list[Any] = [None] * len(ops)
        pending = list(range(len(ops)))
        rounds = 0
        while pending:
            rounds += 1
            next_pending: list[int] = []
            for start in range(0, len(pending), MAX_BATCH):
                chunk = pending[start : start + MAX_BATCH]
                for named in {subject, *(_subject(ops[i].relative_url) for i in chunk)} - {None}:
                    await self._gate(named)  # the batch's own path names no object: honour each operation's
                answer = await self.request(
                    "POST",
                    "",
                    data={"batch": [ops[i].to_wire() for i in chunk], "include_headers": "true"},
                    token=token,
                )
                if not isinstance(answer, list) or len(answer) != len(chunk):
                    raise MetaRetryable("malformed batch answer", retry_after=30.0, code=2)
                for index, entry in zip(chunk, answer, strict=True):
                    if entry is None:
                        next_pending.append(index)
                        continue
                    results[index] = self._batch_entry(entry)
            if next_pending and rounds > self.max_retries:
                raise MetaRetryable("batch operations timed out", retry_after=30.0, code=2)
            if next_pending:
                await self.sleep(min(MAX_BACKOFF, self.retry_base * (2 ** (rounds - 1))))
            pending = next_pending
        if raise_errors:
            for item in results:
                if isinstance(item, MetaError):
                    raise item
        return results

    def _batch_entry(self, entry: dict[str, Any]) -> Any:
        headers = [(h.get("name", ""), h.get("value", "")) for h in entry.get("headers") or [] if isinstance(h, dict)]
        usage = self._observe(headers, None) if headers else Usage()
        try:
            body = json.loads(entry.get("body") or "null")
        except ValueError:
            body = None
        status = int(entry.get("code") or 200)
        if status >= 400 or (isinstance(body, dict) and "error" in body):
            error = body.get("error") if isinstance(body, dict) else None
            if not isinstance(error, dict):
                error = {"message": f"HTTP {status}", "code": 2 if status >= 500 else None}
            return classify(error, http_status=status, retry_after=usage.regain_seconds or None)
        return body


def _subject(path: str) -> str | None:
    """The business object a call is about (ad account id without `act_`, Page, WABA...) for throttling."""
    if path.startswith(("http://", "https://")):
        path = urlsplit(path).path
        segments = [s for s in path.split("/") if s]
        while segments and not segments[0][:1].isdigit() and not segments[0].startswith("act_"):
            segments.pop(0)
    else:
        segments = [s for s in path.split("?")[0].split("/") if s]
    if not segments:
        return None
    head = segments[0]
    head = head[4:] if head.startswith("act_") else head
    return head if head.isdigit() else None


def halve_limit(url: str, params: dict[str, Any] | None) -> tuple[str, dict[str, Any] | None]:
    if params is not None:
        current = _int(params.get("limit")) or 25
        return url, ({**params, "limit": current // 2} if current > 1 else params)
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    current = _int(query.get("limit")) or 25
    if current <= 1:
        return url, None
    query["limit"] = str(current // 2)
    return urlunsplit(parts._replace(query=urlencode(query))), None


def relative_url(next_url: str, version: str, base_path: str = "") -> str:
    """A `paging.next` URL as a batch `relative_url` (the part after `/{version}/`, or after the Graph
    root's path when the URL carries no version), token and proof removed."""
    parts = urlsplit(next_url)
    path = parts.path
    found = _VERSION_IN_PATH.search(path)
    if found is not None:
        path = path[found.end() :]
    else:
        base = base_path.rstrip("/")
        if base and (path == base or path.startswith(base + "/")):
            path = path[len(base) :]
        path = path.lstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in ("access_token", "appsecret_proof")
    ]
    return f"{path}?{urlencode(query)}" if query else path


_VERSION_IN_PATH = re.compile(r"/v\d+(?:\.\d+)?/")


def connection_status_for(exc: MetaAuthError) -> str:
    """The `ConnectionStatus` value an auth error puts the organisation's Meta connection in (SPEC §6)."""
    if isinstance(exc, MetaRevoked):
        return "REVOKED"
    if isinstance(exc, MetaExpired):
        return "EXPIRED"
    return "NEEDS_REAUTH"


def refused(exc: MetaError) -> DomainError:
    """Meta said no to a call a user made: `META_ERROR` with Meta's data-free summary and code."""
    return DomainError(ErrorCode.META_ERROR, f"Meta refused the request: {exc.summary()}", meta_code=exc.code)


def retry_later(exc: MetaRetryable) -> Exception:
    """The job-queue exception for a throttled/transient Meta failure."""
    from app.jobs import RetryLater

    return RetryLater(max(1.0, exc.retry_after), exc.summary())


__all__ = [
    "MAX_BATCH",
    "THROTTLE",
    "BatchRequest",
    "GraphClient",
    "MetaAuthError",
    "MetaError",
    "MetaExpired",
    "MetaPermanent",
    "MetaPermissionDenied",
    "MetaReauthRequired",
    "MetaRetryable",
    "MetaRevoked",
    "Usage",
    "appsecret_proof",
    "classify",
    "connection_status_for",
    "halve_limit",
    "is_reduce_data",
    "parse_usage",
    "relative_url",
    "retry_later",
]
