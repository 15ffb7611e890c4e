"""Facebook Login, server-side code flow (SPEC §6 "Meta connection", META.md §1).

start -> Meta dialog -> callback (state checked, code exchanged with GET, long-lived token, /me,
/me/permissions) -> a single-use PendingGrant -> `completeMetaConnection` by the same user and organisation.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from app.errors import DomainError, ErrorCode
from app.integrations.meta.calls import Graph, MetaError
from app.integrations.meta.models import OAuthState, PendingGrant
from app.integrations.meta.signatures import SignatureError, read_state, sign_state
from app.jobs import cron
from app.settings import Settings, get_settings
from app.text import MAX_URL

log = logging.getLogger("quantix.meta.oauth")

SCOPES = (
    "ads_management",
    "ads_read",
    "business_management",
    "leads_retrieval",
    "pages_show_list",
    "pages_read_engagement",
    "pages_manage_metadata",
    "pages_manage_ads",
)
REQUIRED_SCOPES = frozenset(SCOPES)
STATE_LIFETIME = dt.timedelta(minutes=10)
GRANT_LIFETIME = dt.timedelta(minutes=10)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def redirect_allowed(settings: Settings, redirect_uri: str) -> bool:
    """On QUANTIX_BASE_URL's origin or one of QUANTIX_CORS_ORIGINS."""
    origin = _origin(redirect_uri.strip())
    if origin is None or len(redirect_uri) > MAX_URL:
        return False
    allowed = {settings.base_origin.lower(), *(o.rstrip("/").lower() for o in settings.cors_origins)}
    return origin in allowed


def authorize_url(settings: Settings, state: str) -> str:
    query = urlencode(
        {
            "client_id": settings.meta_app_id,
            "redirect_uri": settings.meta_redirect_uri,
            "state": state,
            "scope": ",".join(SCOPES),
            "response_type": "code",
        }
    )
    return f"{settings.meta_dialog_url.rstrip('/')}/{settings.meta_graph_version}/dialog/oauth?{query}"


async def start_connection(organization_id: uuid.UUID, user_id: uuid.UUID, redirect_uri: str) -> str:
    settings = get_settings()
    if not redirect_allowed(settings, redirect_uri):
        raise DomainError(
            ErrorCode.INVALID_INPUT,
            "redirectUri must be on this service's origin or an allowed CORS origin.",
            field="redirectUri",
        )
    expires = _now() + STATE_LIFETIME
    row = await OAuthState.create(
        organization_id=organization_id, user_id=user_id, redirect_uri=redirect_uri.strip(), expires_at=expires
    )
    return authorize_url(settings, sign_state(settings.secret_key, row.id, int(expires.timestamp())))


REDIRECT_PARAMS = frozenset({"meta", "grant", "reason"})  # what the callback tells the redirectUri


def with_query(url: str, **params: str) -> str:
    """The redirectUri with the callback's outcome: any of our parameters it already carried are replaced (one
    `meta`, never a stale `reason` beside a grant); its other parameters and its fragment are kept."""
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in REDIRECT_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode([*kept, *params.items()]), parts.fragment))


class BadState(Exception):
    """Missing, forged, expired or already used: answered with 400 and no redirect."""


@dataclass(frozen=True)
class CallbackOutcome:
    redirect: str


async def consume_state(state: str | None) -> OAuthState:
    settings = get_settings()
    try:
        claims = read_state(settings.secret_key, state)
    except SignatureError as exc:
        raise BadState(str(exc)) from None
    row = await OAuthState.get_or_none(id=claims.nonce)
    if row is None or row.used_at is not None or row.expires_at <= _now():
        raise BadState("state is unknown, used or expired")
    claimed = await OAuthState.filter(id=row.id, used_at__isnull=True).update(used_at=_now())
    if claimed != 1:
        raise BadState("state was used")
    return row


async def handle_callback(params: dict[str, str]) -> CallbackOutcome:
    """The browser's return from Meta. Raises BadState; otherwise says where to send the browser."""
    row = await consume_state(params.get("state"))
    if params.get("error") or params.get("error_reason"):
        reason = "access_denied" if params.get("error") in ("access_denied", None) else "exchange_failed"
        return CallbackOutcome(with_query(row.redirect_uri, meta="error", reason=reason))
    code = params.get("code")
    if not code:
        return CallbackOutcome(with_query(row.redirect_uri, meta="error", reason="exchange_failed"))
    try:
        grant = await _exchange(row, code)
    except MetaError as exc:
        log.warning("Meta code exchange failed", extra={"meta_code": exc.code, "meta_subcode": exc.subcode})
        return CallbackOutcome(with_query(row.redirect_uri, meta="error", reason="exchange_failed"))
    except _MissingPermissions:
        return CallbackOutcome(with_query(row.redirect_uri, meta="error", reason="missing_permissions"))
    return CallbackOutcome(with_query(row.redirect_uri, meta="pending", grant=str(grant.id)))


class _MissingPermissions(Exception):
    pass


async def _exchange(row: OAuthState, code: str) -> PendingGrant:
    settings = get_settings()
    async with Graph(settings) as graph:
        short = await graph.get(
            "oauth/access_token",
            client_id=settings.meta_app_id,
            redirect_uri=settings.meta_redirect_uri,
            client_secret=settings.meta_app_secret,
            code=code,
        )
        short_token = _token_of(short)
        long = await graph.get(
            "oauth/access_token",
            grant_type="fb_exchange_token",
            client_id=settings.meta_app_id,
            client_secret=settings.meta_app_secret,
            fb_exchange_token=short_token,
        )
        token = _token_of(long)
        expires_in = long.get("expires_in") if isinstance(long, dict) else None
        if expires_in is None:
            expires_in = await _expires_in_from_debug(graph, settings, token)
        me = await graph.get("me", token=token, fields="id,name")
        permissions = await graph.get("me/permissions", token=token)
    granted, declined = split_permissions(permissions)
    if not REQUIRED_SCOPES <= set(granted):
        raise _MissingPermissions()
    meta_user_id = str(me.get("id") or "") if isinstance(me, dict) else ""
    if not meta_user_id:
        raise MetaError("Meta did not say who the user is")
    return await PendingGrant.create(
        organization_id=row.organization_id,
        user_id=row.user_id,
        access_token=token,
        token_expires_at=_expiry(expires_in),
        meta_user_id=meta_user_id,
        meta_user_name=str(me.get("name")) if me.get("name") else None,
        granted_scopes=sorted(granted),
        declined_scopes=sorted(declined),
        expires_at=_now() + GRANT_LIFETIME,
    )


async def _expires_in_from_debug(graph: Graph, settings: Settings, token: str) -> int | None:
    """Meta may omit `expires_in`; debug_token (with the app token) says when the token expires (0 = never)."""
    try:
        body = await graph.get(
            "debug_token", input_token=token, access_token=f"{settings.meta_app_id}|{settings.meta_app_secret}"
        )
    except MetaError:
        return None
    data = body.get("data") if isinstance(body, dict) else None
    try:
        expires_at = int((data or {}).get("expires_at") or 0)
    except (TypeError, ValueError):
        return None
    return max(1, expires_at - int(time.time())) if expires_at else None


def _token_of(body: object) -> str:
    token = body.get("access_token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        raise MetaError("Meta answered without an access token")
    return token


def _expiry(expires_in: object) -> dt.datetime | None:
    try:
        seconds = int(expires_in)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return dt.datetime.fromtimestamp(time.time() + seconds, dt.UTC) if seconds > 0 else None


def split_permissions(body: object) -> tuple[list[str], list[str]]:
    """`/me/permissions` -> (granted, declined/expired)."""
    granted: list[str] = []
    declined: list[str] = []
    for item in (body.get("data") if isinstance(body, dict) else None) or []:
        if not isinstance(item, dict) or not item.get("permission"):
            continue
        (granted if item.get("status") == "granted" else declined).append(str(item["permission"]))
    return granted, declined


# One answer for every grant that is not this user's to complete, so none tells another user's grant exists.
GRANT_REFUSED = "This grant is unknown, expired or not yours."


async def take_grant(organization_id: uuid.UUID, user_id: uuid.UUID, grant: str) -> PendingGrant:
    """The pending grant if it belongs to this user and organisation and is still fresh (not yet used)."""
    try:
        grant_id = uuid.UUID(str(grant).strip())
    except ValueError:
        raise DomainError(ErrorCode.INVALID_STATE, GRANT_REFUSED, field="grant") from None
    row = await PendingGrant.get_or_none(id=grant_id)
    if (
        row is None
        or row.organization_id != organization_id
        or row.user_id != user_id
        or row.used_at is not None
        or row.expires_at <= _now()
    ):
        raise DomainError(ErrorCode.INVALID_STATE, GRANT_REFUSED, field="grant")
    return row


async def mark_grant_used(row: PendingGrant) -> None:
    claimed = await PendingGrant.filter(id=row.id, used_at__isnull=True).update(used_at=_now(), access_token=None)
    if claimed != 1:
        raise DomainError(ErrorCode.INVALID_STATE, "This grant was already used.", field="grant")


async def purge_stale() -> None:
    """States and grants are short-lived; nothing about them is worth keeping."""
    cutoff = _now() - dt.timedelta(hours=1)
    await OAuthState.filter(expires_at__lt=cutoff).delete()
    await PendingGrant.filter(expires_at__lt=cutoff).delete()


@cron("meta_oauth_purge", minute=23)
async def _purge_cron() -> None:
    await purge_stale()
