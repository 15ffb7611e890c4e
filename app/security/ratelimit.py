"""Fixed-window rate limits in Redis (shared by every process), in memory without REDIS_URL.

Keys never hold personal data: callers pass blind indexes or ids (`login:ip:<ip-hash>`). Every key is also
listed under each part of its subject (`<ns>:rl-by:<part>`, a set that outlives the keys it lists), so the
keys of one email index or id are found by that part alone: erasure and lock lifting cost what the subject
has, never a SCAN over everything Redis holds.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass
from typing import Any

from app.errors import RateLimited
from app.settings import get_settings

_local: dict[str, tuple[int, float]] = {}
_local_by_part: dict[str, set[str]] = {}
_redis = None
MIN_PART = 8  # shorter subject parts (e.g. "unknown") name nobody


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
    _local_by_part.clear()


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


def _parts(subject: str) -> set[str]:
    return {part for part in subject.split(":") if len(part) >= MIN_PART}


def _index_key(part: str) -> str:
    return f"{get_settings().redis_namespace}:rl-by:{part}"


def _index(pipe: Any, key: str, subject: str, seconds: int) -> None:
    """List `key` under each part of its subject, in the caller's pipeline (no extra round trip). The set
    lives at least as long as the longest key it lists: a fresh set gets the window, a longer one extends it."""
    for part in _parts(subject):
        index = _index_key(part)
        pipe.sadd(index, key)
        pipe.expire(index, seconds, nx=True)
        pipe.expire(index, seconds, gt=True)


def _index_local(key: str, subject: str) -> None:
    for part in _parts(subject):
        _local_by_part.setdefault(part, set()).add(key)


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
        _index_local(key, subject)
        return count, max(1, int(reset_at - now))
    pipe = client.pipeline(transaction=False)
    pipe.incrby(key, cost)
    pipe.expire(key, limit.window_seconds, nx=True)
    pipe.ttl(key)
    _index(pipe, key, subject, limit.window_seconds)
    count, _, ttl, *_ = await pipe.execute()
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
        _index_local(key, subject)
    else:
        pipe = client.pipeline(transaction=False)
        pipe.set(key, value, ex=max(1, int(seconds)))
        _index(pipe, key, subject, max(1, int(seconds)))
        await pipe.execute()


async def clear_prefix(name: str, subject_prefix: str) -> None:
    """Forget every window of `name` whose subject starts with `subject_prefix` (e.g. all IPs of one email),
    found through the index of the prefix's first part."""
    prefix = _key(Limit(name, 0, 0), subject_prefix)
    first = subject_prefix.split(":")[0]
    await _forget([k for k in await _listed([first]) if k.startswith(prefix)], [])


async def _listed(parts: list[str]) -> set[str]:
    """Every key listed under one of `parts` (in Redis or in memory)."""
    parts = [p for p in parts if len(p) >= MIN_PART]
    client = await _client()
    if client is None:
        return {k for p in parts for k in _local_by_part.get(p, ())}
    if not parts:
        return set()
    pipe = client.pipeline(transaction=False)
    for part in parts:
        pipe.smembers(_index_key(part))
    return {k.decode() if isinstance(k, bytes) else k for members in await pipe.execute() for k in members}


def _subject_of(key: str) -> str:
    return key.removeprefix(f"{get_settings().redis_namespace}:rl:").partition(":")[2]


async def _forget(keys: list[str], parts: list[str]) -> int:
    """Delete `keys`, unlist them from the indexes of their other parts, and delete the indexes of `parts`;
    the number of keys that existed."""
    others = {(p, k) for k in keys for p in _parts(_subject_of(k)) if p not in parts}
    client = await _client()
    if client is None:
        removed = sum(1 for k in keys if _local.pop(k, None) is not None)
        for part, key in others:
            _local_by_part.get(part, set()).discard(key)
        for part in parts:
            _local_by_part.pop(part, None)
        return removed
    pipe = client.pipeline(transaction=False)
    if keys:
        pipe.delete(*keys)
    for part, key in others:
        pipe.srem(_index_key(part), key)
    for part in parts:
        pipe.delete(_index_key(part))
    results = await pipe.execute()
    return int(results[0]) if keys else 0


async def forget_subject(parts: set[str]) -> int:
    """Delete every key whose subject has one of `parts` (a person's blind indexes, keyed hashes, ids), and
    those parts' indexes: erasure. Costs one round trip to list them and one to delete."""
    wanted = sorted(p for p in parts if p and len(p) >= MIN_PART)
    return await _forget(sorted(await _listed(wanted)), wanted)


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


# --- pacing: evenly spaced slots shared by every process (GCRA) ------------------------------------------

_PACE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local hold = tonumber(ARGV[2])
if hold > 0 then
  if now + hold > tat then tat = now + hold end
  redis.call('SET', KEYS[1], string.format('%.6f', tat), 'PX', ARGV[3])
  return string.format('%.6f', 0)
end
redis.call('SET', KEYS[1], string.format('%.6f', tat + tonumber(ARGV[1])), 'PX', ARGV[3])
return string.format('%.6f', tat - now)
"""
_pace_local: dict[str, float] = {}
_scripts: dict[tuple[int, str], Any] = {}


def _script(client: Any, source: str) -> Any:
    """A Lua script sent once, then called by its SHA (EVALSHA, re-sent if Redis forgot it)."""
    key = (id(client), source)
    if key not in _scripts:
        _scripts[key] = client.register_script(source)
    return _scripts[key]


async def reserve_slot(name: str, subject: str, interval: float, *, hold: float = 0.0) -> float:
    """Reserve the next slot of a pace of one event per `interval` seconds, shared by every process (Redis
    time): returns the seconds to wait before using it. Slots are at least `interval` apart, so no window of
    length W holds more than W / interval + 1 of them. `hold=s` reserves nothing and pushes every later
    slot at least `s` seconds out (a back-off)."""
    key = _key(Limit(name, 0, 0), subject)
    client = await _client()
    if client is None:
        now = time.monotonic()
        tat = max(_pace_local.get(key, 0.0), now)
        if hold > 0:
            _pace_local[key] = max(tat, now + hold)
            return 0.0
        _pace_local[key] = tat + interval
        return tat - now
    ttl_ms = str(int((max(interval, hold) + 60) * 1000))
    wait = await _script(client, _PACE)(keys=[key], args=[repr(interval), repr(hold), ttl_ms])
    return max(0.0, float(wait))


_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return string.format('%.6f', tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000) + 1000)
return string.format('%.6f', 0)
"""
_window_local: dict[str, list[float]] = {}


async def take_in_window(name: str, subject: str, limit: int, window: float = 1.0) -> float:
    """Count one event in a sliding window shared by every process, if fewer than `limit` happened in the
    last `window` seconds (Redis time); else count nothing and return the seconds until one leaves it."""
    key = _key(Limit(name, limit, 0), subject)
    client = await _client()
    if client is None:
        now = time.monotonic()
        events = [t for t in _window_local.get(key, []) if t > now - window]
        if len(events) >= limit:
            _window_local[key] = events
            return max(0.0, events[0] + window - now)
        events.append(now)
        _window_local[key] = events
        return 0.0
    member = uuid.uuid4().hex  # one entry per event, even two in the same microsecond
    wait = await _script(client, _WINDOW)(keys=[key], args=[str(limit), repr(window), member])
    return max(0.0, float(wait))
