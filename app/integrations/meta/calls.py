"""The few Graph calls the connect flow, webhooks and callbacks make, over one place.

Kept deliberately small: version from settings, `appsecret_proof` on every token call, `paging.next`
followed verbatim, and Meta's error body mapped to the GraphClient error classes.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator
from typing import Any

import httpx

from app.integrations.meta.transport import meta_transport
from app.settings import Settings, get_settings


class MetaError(Exception):
    def __init__(self, message: str, code: int | None = None, subcode: int | None = None, status: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.subcode = subcode
        self.status = status
        self.retry_after: float = 60.0


class MetaRetryable(MetaError):
    """Throttled or a transient server error: try again later."""


class MetaReauthRequired(MetaError):
    """The token no longer works (190 other than 458/463, 102, 493): the user must reconnect."""


class MetaRevoked(MetaReauthRequired):
    """The user removed the app (190/458)."""


class MetaExpired(MetaReauthRequired):
    """The token expired (190/463)."""


class MetaPermanent(MetaError):
    """Bad request, missing object or permission: retrying will not help."""


RETRYABLE_CODES = {1, 2, 4, 17, 32, 341, 613, 80000, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014}


def error_from_body(body: Any, status: int) -> MetaError:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        cls = MetaRetryable if status >= 500 or status == 429 else MetaPermanent
        return cls(f"Meta answered HTTP {status}", status=status)
    code = _int(error.get("code"))
    subcode = _int(error.get("error_subcode"))
    message = str(error.get("message") or "Meta error")[:300]
    cls: type[MetaError]
    if code == 190 and subcode == 458:
        cls = MetaRevoked
    elif code == 190 and subcode == 463:
        cls = MetaExpired
    elif code in (190, 102) or subcode == 493:
        cls = MetaReauthRequired
    elif code in RETRYABLE_CODES or error.get("is_transient") or status >= 500:
        cls = MetaRetryable
    else:
        cls = MetaPermanent
    result = cls(message, code, subcode, status)
    throttle = error.get("error_data") if isinstance(error.get("error_data"), dict) else {}
    minutes = _int((throttle or {}).get("estimated_time_to_regain_access"))
    if minutes:
        result.retry_after = float(minutes * 60)
    return result


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def appsecret_proof(app_secret: str, token: str) -> str:
    return hmac.new(app_secret.encode(), token.encode(), hashlib.sha256).hexdigest()


class Graph:
    """An httpx client bound to the Graph base URL and version; use as an async context manager."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.base = f"{self.settings.meta_graph_url.rstrip('/')}/{self.settings.meta_graph_version}"
        self.http = httpx.AsyncClient(
            transport=meta_transport(self.settings), timeout=httpx.Timeout(20.0), follow_redirects=False
        )

    async def __aenter__(self) -> Graph:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.aclose()

    def _params(self, token: str | None, params: dict[str, Any] | None) -> dict[str, Any]:
        out = {k: v for k, v in (params or {}).items() if v is not None}
        if token:
            out["access_token"] = token
            out["appsecret_proof"] = appsecret_proof(self.settings.meta_app_secret, token)
        return out

    async def request(
        self, method: str, path: str, *, token: str | None = None, params: dict[str, Any] | None = None
    ) -> Any:
        url = path if path.startswith("http") else f"{self.base}/{path.lstrip('/')}"
        try:
            response = await self.http.request(method, url, params=self._params(token, params))
        except httpx.HTTPError as exc:
            raise MetaRetryable(f"Meta unreachable: {type(exc).__name__}") from exc
        return self._decode(response)

    @staticmethod
    def _decode(response: httpx.Response) -> Any:
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400 or (isinstance(body, dict) and "error" in body):
            raise error_from_body(body, response.status_code)
        if body is None:
            raise MetaRetryable("Meta answered with a body that is not JSON", status=response.status_code)
        return body

    async def get(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.request("GET", path, token=token, params=params)

    async def post(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.request("POST", path, token=token, params=params)

    async def delete(self, path: str, *, token: str | None = None, **params: Any) -> Any:
        return await self.request("DELETE", path, token=token, params=params)

    async def paginate(
        self, path: str, *, token: str | None = None, max_pages: int = 200, **params: Any
    ) -> AsyncIterator[dict[str, Any]]:
        """Every item of an edge, following `paging.next` verbatim until it is absent."""
        body = await self.get(path, token=token, **params)
        pages = 1
        while True:
            for item in body.get("data") or []:
                yield item
            next_url = (body.get("paging") or {}).get("next")
            if not next_url or pages >= max_pages:
                return
            body = await self._next(next_url, token)
            pages += 1

    async def _next(self, url: str, token: str | None) -> Any:
        """`next` is followed verbatim (it carries every parameter); the proof is added if it lacks one."""
        parsed = httpx.URL(url)
        if token and "appsecret_proof" not in parsed.params:
            token_in_url = parsed.params.get("access_token") or token
            parsed = parsed.copy_merge_params(self._params(token_in_url, None))
        try:
            response = await self.http.get(parsed)
        except httpx.HTTPError as exc:
            raise MetaRetryable(f"Meta unreachable: {type(exc).__name__}") from exc
        return self._decode(response)
