"""Fixed-window rate limits in Redis (shared by every process), in memory without REDIS_URL.

Keys never hold personal data: callers pass blind indexes or ids (`login:ip:<ip-hash>`).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from app.errors import RateLimited
from app.settings import get_settings

_local: dict[str, tuple[int, float]] = {}
_redis = None


@dataclass(frozen=True)
class Limit:
    name: str
    limit: int
    window_seconds: int


def hashed(value: str) -> str:
    """A short keyed digest for identifiers such as IPs, so Redis keys reveal nothing."""
    secret = get_settings().secret_key.encode()
    return hashlib.blake2b(value.encode(), key=secret[:64], digest_size=12).hexdigest()


def reset_local() -> None:
    _local.clear()


async def _client():  # type: ignore[no-untyped-def]
    global _redis
    settings = get_settings()
    if not settings.redis_url:
        return None
    if _redis is None:
        import redis.asyncio as redis

        _redis = redis.from_url(settings.redis_url)
    return _redis


def _key(limit: Limit, subject: str) -> str:
    return f"{get_settings().redis_namespace}:rl:{limit.name}:{subject}"


async def hit(limit: Limit, subject: str, cost: int = 1) -> tuple[int, int]:
    """Count one use; return (uses in the current window, seconds until the window resets)."""
    key = _key(limit, subject)
    client = await _client()
    if client is None:
        now = time.monotonic()
        count, reset_at = _local.get(key, (0, now + limit.window_seconds))
        if reset_at <= now:
            count, reset_at = 0, now + limit.window_seconds
        count += cost
        _local[key] = (count, reset_at)
        return count, max(1, int(reset_at - now))
    pipe = client.pipeline()
    pipe.incrby(key, cost)
    pipe.expire(key, limit.window_seconds, nx=True)
    pipe.ttl(key)
    count, _, ttl = await pipe.execute()
    return int(count), max(1, int(ttl))


async def peek(limit: Limit, subject: str) -> tuple[int, int]:
    key = _key(limit, subject)
    client = await _client()
    if client is None:
        now = time.monotonic()
        count, reset_at = _local.get(key, (0, now))
        return (count, max(1, int(reset_at - now))) if reset_at > now else (0, 0)
    pipe = client.pipeline()
    pipe.get(key)
    pipe.ttl(key)
    count, ttl = await pipe.execute()
    return int(count or 0), max(0, int(ttl))


async def clear(limit: Limit, subject: str) -> None:
    key = _key(limit, subject)
    client = await _client()
    if client is None:
        _local.pop(key, None)
    else:
        await client.delete(key)


async def set_window(name: str, subject: str, seconds: int, value: int = 1) -> None:
    """Start a window of `seconds` holding `value` (e.g. a lock): `peek` then reports its time left."""
    key = _key(Limit(name, value, seconds), subject)
    client = await _client()
    if client is None:
        _local[key] = (value, time.monotonic() + seconds)
    else:
        await client.set(key, value, ex=max(1, int(seconds)))


async def clear_prefix(name: str, subject_prefix: str) -> None:
    """Forget every window of `name` whose subject starts with `subject_prefix` (e.g. all IPs of one email)."""
    prefix = _key(Limit(name, 0, 0), subject_prefix)
    client = await _client()
    if client is None:
        for key in [k for k in _local if k.startswith(prefix)]:
            _local.pop(key, None)
        return
    keys = [k async for k in client.scan_iter(match=prefix.replace("*", "\\*") + "*", count=500)]
    if keys:
        await client.delete(*keys)


async def enforce(limit: Limit, subject: str) -> None:
    """Count one use and raise RateLimited once the window's allowance is spent."""
    count, retry_after = await hit(limit, subject)
    if count > limit.limit:
        raise RateLimited(retry_after)


async def close() -> None:
    global _redis
    if _redis is not None:
        await _redis.aclose()
        _redis = None
