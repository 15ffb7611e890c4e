"""Usage events: kept only when the user consented to ANALYTICS, never under Global Privacy Control
(`Sec-GPC: 1`); and the organisation's usage report over consented events (SPEC §7.2)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from ua_parser import parse as parse_user_agent

from app.errors import DomainError, ErrorCode
from app.privacy.consent import has_user_consent
from app.privacy.erasure_models import ConsentPurpose, UsageEvent
from app.text import MAX_URL

MAX_NAME = 200  # a name (SPEC §6 "names 200")
MAX_REPORT_DAYS = 366


@dataclass(frozen=True)
class Device:
    browser: str
    os: str
    device_type: str  # desktop, mobile, tablet, bot or other

    @property
    def key(self) -> str:
        return f"{self.browser} / {self.os} / {self.device_type}"


@functools.lru_cache(maxsize=2048)
def device_of(user_agent: str | None) -> Device:
    """Browser, OS and kind of device of a User-Agent, by ua-parser (uap-core rules, maintained upstream).

    ua-parser names the device family (iPhone, iPad, Spider, ...); the kind follows from it and the
    conventional Mobile/Tablet tokens.
    """
    text = user_agent or ""
    parsed = parse_user_agent(text)
    browser = parsed.user_agent.family if parsed.user_agent else "Other"
    system = parsed.os.family if parsed.os else "Other"
    family = parsed.device.family if parsed.device else "Other"
    if not text:
        kind = "other"
    elif family == "Spider" or "bot" in text.lower():
        kind = "bot"
    elif family == "iPad" or "Tablet" in text or (system == "Android" and "Mobile" not in text):
        kind = "tablet"
    elif "Mobile" in text or family in ("iPhone", "iPod") or system in ("iOS", "Android"):
        kind = "mobile"
    elif system in ("Windows", "Mac OS X", "Linux", "Ubuntu", "Chrome OS", "Fedora", "FreeBSD"):
        kind = "desktop"
    else:
        kind = "other"
    return Device(browser=browser, os=system, device_type=kind)


def page_address(url: str | None) -> str | None:
    """A page's address as usage analytics keep it: without query string and fragment, which carry what was
    searched or filtered (an email, a name, a token), and without user info before the host."""
    address = (url or "").split("#", 1)[0].split("?", 1)[0]
    try:
        parts = urlsplit(address)
    except ValueError:  # an unclosed [IPv6] host: nothing more to take apart
        return address or None
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) or None


def _host(address: str) -> str:
    try:
        return urlsplit(address).netloc
    except ValueError:
        return ""


async def record_usage_event(
    user_id: uuid.UUID,
    organization_id: uuid.UUID | None,
    *,
    name: str,
    path: str | None,
    referrer: str | None,
    session_id: uuid.UUID | None = None,
    user_agent: str | None = None,
    global_privacy_control: bool = False,
) -> UsageEvent | None:
    """The stored event, or None when nothing is kept: no ANALYTICS consent, or the browser sent
    `Sec-GPC: 1` (whatever the consent says). Path and referrer are kept as `page_address` gives them."""
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME:
        raise DomainError(ErrorCode.INVALID_INPUT, f"`name` must be 1-{MAX_NAME} characters.", field="name")
    for field, value in (("path", path), ("referrer", referrer)):
        if value is not None and len(value) > MAX_URL:  # a referrer is a URL, a page path at most one
            raise DomainError(ErrorCode.INVALID_INPUT, f"`{field}` is too long.", field=field)
    if global_privacy_control:
        return None
    if not await has_user_consent(user_id, ConsentPurpose.ANALYTICS):
        return None
    return await UsageEvent.create(
        user_id=user_id,
        organization_id=organization_id,
        name=name,
        path=page_address(path),
        referrer=page_address(referrer),
        session_id=session_id,
        device=device_of(user_agent).key if user_agent else None,
    )


class UsageGroup(enum.Enum):
    PAGE = "PAGE"
    REFERRER = "REFERRER"
    DAY = "DAY"
    DEVICE = "DEVICE"


@dataclass(frozen=True)
class UsageRow:
    key: str
    events: int
    users: int
    sessions: int


def _key(event: UsageEvent, group: UsageGroup) -> str:
    # page_address again: rows stored before it was applied on recording may still carry a query string
    if group is UsageGroup.PAGE:
        return page_address(event.path) or "(none)"
    if group is UsageGroup.REFERRER:
        address = page_address(event.referrer)
        if address is None:
            return "(direct)"
        return _host(address) or address[:200]
    if group is UsageGroup.DAY:
        return event.created_at.astimezone(dt.UTC).date().isoformat()
    return event.device or "(unknown)"


async def usage_report(
    organization_id: uuid.UUID, since: dt.datetime, until: dt.datetime, group: UsageGroup
) -> list[UsageRow]:
    """Events, distinct users and distinct sessions per key, over [since, until) — only events of users
    whose ANALYTICS consent still stands (a withdrawal takes them out of reports at once)."""
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.UTC)
    if until <= since:
        raise DomainError(ErrorCode.INVALID_INPUT, "`until` must be after `since`.", field="until")
    if until - since > dt.timedelta(days=MAX_REPORT_DAYS):
        raise DomainError(ErrorCode.INVALID_INPUT, f"A report covers {MAX_REPORT_DAYS} days at most.", field="since")
    events = await UsageEvent.filter(organization_id=organization_id, created_at__gte=since, created_at__lt=until)
    consenting: dict[uuid.UUID, bool] = {}
    for user_id in {e.user_id for e in events}:
        consenting[user_id] = await has_user_consent(user_id, ConsentPurpose.ANALYTICS)
    counts: dict[str, list[int]] = {}
    users: dict[str, set[uuid.UUID]] = {}
    sessions: dict[str, set[uuid.UUID]] = {}
    for event in events:
        if not consenting.get(event.user_id):
            continue
        key = _key(event, group)
        counts.setdefault(key, [0])[0] += 1
        users.setdefault(key, set()).add(event.user_id)
        if event.session_id is not None:
            sessions.setdefault(key, set()).add(event.session_id)
    rows = [UsageRow(key, n[0], len(users[key]), len(sessions.get(key, ()))) for key, n in counts.items()]
    return sorted(rows, key=lambda r: (-r.events, r.key))
