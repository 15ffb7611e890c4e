"""Cross-process pub/sub for live events: Redis channels keyed by organisation or user, in-process without Redis.

A lead change emitted in any process (an API process, a worker ingesting Meta leads) reaches every open
`leadEvents` subscription of that organisation in every API process; a notification written anywhere reaches
its recipient's `notificationEvents`; a revoked session or token reaches every subscription open on it, which
closes. Messages carry ids only (kind, ids, time); subscribers load what they show. Delivery is at-most-once
with no replay: a subscriber that is not listening, or falls behind by more than its buffer, misses events.
Each topic has its own hub (one pattern subscription per process).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import functools
import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from app.events import DomainEvent, EventType, batch_for, subscribe
from app.ids import camel_case
from app.settings import Settings, get_settings

log = logging.getLogger("quantix.realtime")

BUFFER = 256  # events a slow subscriber may lag behind before it starts missing them
RECONNECT_DELAY = 1.0

LEAD_EVENT_KINDS = {
    EventType.LEAD_CREATED: "CREATED",
    EventType.LEAD_UPDATED: "UPDATED",
    EventType.LEAD_ERASED: "ERASED",
    EventType.LEAD_MERGED: "UPDATED",  # the primary changed; each removed duplicate gets its own MERGED
}


class Message(Protocol):
    @property
    def key(self) -> uuid.UUID: ...

    def encode(self) -> str: ...


M = TypeVar("M", bound=Message)


class WireMessage:
    """A dataclass sent between processes as compact JSON: camelCase keys in field order, ids as strings,
    times in ISO 8601, a None left out; read back by the fields' types."""

    def encode(self) -> str:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if value is not None:
                out[camel_case(f.name)] = value.isoformat() if isinstance(value, dt.datetime) else str(value)
        return json.dumps(out, separators=(",", ":"))

    @classmethod
    def decode(cls: type[W], raw: str | bytes) -> W:
        data = json.loads(raw)
        values: dict[str, Any] = {}
        for name, (read, optional) in _readers(cls).items():
            given = data.get(camel_case(name)) if optional else data[camel_case(name)]
            values[name] = read(given) if given is not None else None
        return cls(**values)


W = TypeVar("W", bound=WireMessage)
_READ = {"str": str, "uuid.UUID": uuid.UUID, "dt.datetime": dt.datetime.fromisoformat}


@functools.cache
def _readers(cls: type[WireMessage]) -> dict[str, tuple[Callable[[Any], Any], bool]]:
    """Per field: how its JSON value is read, and whether it may be left out (`X | None`)."""
    readers = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        kind, _, none = str(f.type).partition(" | ")
        readers[f.name] = (_READ[kind], none == "None")
    return readers


@dataclass(frozen=True)
class LeadEventMessage(WireMessage):
    """What travels between processes: ids and a time, never contact details."""

    kind: str  # CREATED | UPDATED | ERASED | MERGED
    organization_id: uuid.UUID
    lead_id: uuid.UUID
    occurred_at: dt.datetime
    merged_into_id: uuid.UUID | None = None  # MERGED: the lead it now lives on

    @property
    def key(self) -> uuid.UUID:
        return self.organization_id


@dataclass(frozen=True)
class NotificationEventMessage(WireMessage):
    """A notification was written for a user: its id and time only (the subscriber loads and checks it)."""

    user_id: uuid.UUID
    notification_id: uuid.UUID
    occurred_at: dt.datetime

    @property
    def key(self) -> uuid.UUID:
        return self.user_id


@dataclass(frozen=True)
class RevocationMessage(WireMessage):
    """A user's credential stopped holding: one session, one API token, or (`organization_id` alone) all of
    theirs on that organisation (they left or were removed). The user's open subscriptions using it close."""

    user_id: uuid.UUID
    occurred_at: dt.datetime
    session_id: uuid.UUID | None = None
    token_id: uuid.UUID | None = None
    organization_id: uuid.UUID | None = None

    @property
    def key(self) -> uuid.UUID:
        return self.user_id

    def ends(self, session_id: uuid.UUID | None, token_id: uuid.UUID | None, organization_id: uuid.UUID | None) -> bool:
        """Whether a connection authenticated by this session or token, on this organisation, must close."""
        if self.session_id is not None:
            return self.session_id == session_id
        if self.token_id is not None:
            return self.token_id == token_id
        return self.organization_id is not None and self.organization_id == organization_id


@dataclass(frozen=True)
class Topic(Generic[M]):
    """One kind of live event: its channel name and how its messages are read back."""

    name: str
    decode: Callable[[str | bytes], M]


LEAD_EVENTS: Topic[LeadEventMessage] = Topic("lead-events", LeadEventMessage.decode)
NOTIFICATION_EVENTS: Topic[NotificationEventMessage] = Topic("notification-events", NotificationEventMessage.decode)
REVOCATIONS: Topic[RevocationMessage] = Topic("revocations", RevocationMessage.decode)


def channel_prefix(settings: Settings, topic: Topic[Any] = LEAD_EVENTS) -> str:
    return f"{settings.redis_namespace}:{topic.name}:"


def channel_for(settings: Settings, key: uuid.UUID, topic: Topic[Any] = LEAD_EVENTS) -> str:
    """The channel of one organisation's lead events (or one user's events of another topic)."""
    return f"{channel_prefix(settings, topic)}{key}"


class Hub(Generic[M]):
    """One per process, event loop and topic: fans messages of each key (organisation, user) out to local
    subscriber queues.

    With Redis it holds one pattern subscription over every key's channel, started with the first local
    subscriber; without Redis, publishing hands messages straight to local queues.
    """

    def __init__(self, settings: Settings, topic: Topic[M]) -> None:
        self.settings = settings
        self.topic = topic
        self.key = (settings.redis_url, settings.redis_namespace)
        self.loop = asyncio.get_running_loop()
        self.queues: dict[uuid.UUID, set[asyncio.Queue[M]]] = {}
        self._redis: Any = None
        self._reader: asyncio.Task[None] | None = None
        self._ready: asyncio.Event = asyncio.Event()

    # --- publishing ---------------------------------------------------------------------------------

    async def publish(self, message: M) -> None:
        if not self.settings.redis_url:
            self.dispatch(message)
            return
        client = await self._client()
        await client.publish(channel_for(self.settings, message.key, self.topic), message.encode())

    async def publish_many(self, messages: list[M]) -> None:
        """Many messages in one round trip (a pipeline), in order."""
        if not self.settings.redis_url:
            for message in messages:
                self.dispatch(message)
            return
        client = await self._client()
        async with client.pipeline(transaction=False) as pipe:
            for message in messages:
                pipe.publish(channel_for(self.settings, message.key, self.topic), message.encode())
            await pipe.execute()

    async def _client(self) -> Any:
        if self._redis is None:
            import redis.asyncio as redis

            self._redis = redis.from_url(self.settings.redis_url)
        return self._redis

    # --- local fan-out ------------------------------------------------------------------------------

    def dispatch(self, message: M) -> None:
        for queue in list(self.queues.get(message.key, ())):
            try:
                queue.put_nowait(message)
            except asyncio.QueueFull:
                log.warning("a live subscriber fell behind; event dropped")

    @contextlib.asynccontextmanager
    async def listen(self, key: uuid.UUID) -> AsyncIterator[asyncio.Queue[M]]:
        """A queue receiving this key's (organisation's, user's) events while the context is open."""
        queue: asyncio.Queue[M] = asyncio.Queue(maxsize=BUFFER)
        self.queues.setdefault(key, set()).add(queue)
        try:
            if self.settings.redis_url:
                self._ensure_reader()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._ready.wait(), timeout=5)
            yield queue
        finally:
            listeners = self.queues.get(key)
            if listeners is not None:
                listeners.discard(queue)
                if not listeners:
                    del self.queues[key]

    def _ensure_reader(self) -> None:
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read_forever())

    async def _read_forever(self) -> None:
        import redis.asyncio as redis

        prefix = channel_prefix(self.settings, self.topic)
        while True:
            client = redis.from_url(self.settings.redis_url)
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(f"{prefix}*")
                self._ready.set()
                while True:
                    item = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if item is None or item.get("type") != "pmessage":
                        continue
                    try:
                        self.dispatch(self.topic.decode(item["data"]))
                    except (ValueError, KeyError, TypeError):
                        log.warning("malformed live event ignored")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._ready.clear()
                log.warning("live event subscription lost; reconnecting", extra={"error": type(exc).__name__})
                await asyncio.sleep(RECONNECT_DELAY)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                with contextlib.suppress(Exception):
                    await client.aclose()

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
            self._reader = None
        if self._redis is not None:
            with contextlib.suppress(Exception):
                await self._redis.aclose()
            self._redis = None


_hubs: dict[str, Hub[Any]] = {}
_closing: set[asyncio.Task[None]] = set()


def hub(topic: Topic[Any] = LEAD_EVENTS) -> Hub[Any]:
    """This process's hub of a topic for the running event loop (recreated if the loop or settings changed)."""
    settings = get_settings()
    loop = asyncio.get_running_loop()
    current = _hubs.get(topic.name)
    if current is not None and current.loop is loop and current.key == (settings.redis_url, settings.redis_namespace):
        return current
    if current is not None and current.loop is loop:
        task = loop.create_task(current.close())
        _closing.add(task)
        task.add_done_callback(_closing.discard)
    fresh: Hub[Any] = Hub(settings, topic)
    _hubs[topic.name] = fresh
    return fresh


async def close_hub() -> None:
    """Close every topic's hub of this process."""
    while _hubs:
        _, each = _hubs.popitem()
        await each.close()


async def publish_lead_event(
    kind: str,
    organization_id: uuid.UUID,
    lead_id: uuid.UUID,
    occurred_at: dt.datetime | None = None,
    merged_into_id: uuid.UUID | None = None,
) -> None:
    message = LeadEventMessage(kind, organization_id, lead_id, occurred_at or dt.datetime.now(dt.UTC), merged_into_id)
    await hub().publish(message)


@subscribe
async def on_domain_event(event: DomainEvent) -> None:
    """Lead events go live; other event types are for partner webhooks only."""
    kind = LEAD_EVENT_KINDS.get(event.type)
    if kind is None or event.subject_id is None:
        return
    await publish_lead_event(kind, event.organization_id, event.subject_id, event.occurred_at)
    if event.type is EventType.LEAD_MERGED:
        for merged_id in event.data.get("merged_ids", ()):
            await publish_lead_event("MERGED", event.organization_id, merged_id, event.occurred_at, event.subject_id)


@batch_for(on_domain_event)
async def on_domain_events(events: list[DomainEvent]) -> None:
    """A bulk change: its lead events go live in pipelined batches."""
    messages = [
        LeadEventMessage(LEAD_EVENT_KINDS[e.type], e.organization_id, e.subject_id, e.occurred_at)
        for e in events
        if e.type in LEAD_EVENT_KINDS and e.subject_id is not None and e.type is not EventType.LEAD_MERGED
    ]
    for start in range(0, len(messages), 1_000):
        await hub().publish_many(messages[start : start + 1_000])
    for event in events:
        if event.type is EventType.LEAD_MERGED:
            await on_domain_event(event)


async def publish_notification_event(
    user_id: uuid.UUID, notification_id: uuid.UUID, occurred_at: dt.datetime | None = None
) -> None:
    message = NotificationEventMessage(user_id, notification_id, occurred_at or dt.datetime.now(dt.UTC))
    await hub(NOTIFICATION_EVENTS).publish(message)


async def publish_revocation(
    user_id: uuid.UUID,
    *,
    session_ids: Iterable[uuid.UUID] = (),
    token_ids: Iterable[uuid.UUID] = (),
    organization_id: uuid.UUID | None = None,
) -> None:
    """Announce to the user's open subscriptions, in every API process, that these credentials no longer hold
    (sessions, API tokens, or with `organization_id` everything of the user's there), so they close at once.
    Never fails the revocation: a lost announcement leaves the subscriptions' periodic re-check to close them."""
    now = dt.datetime.now(dt.UTC)
    messages = [RevocationMessage(user_id, now, session_id=session_id) for session_id in session_ids]
    messages += [RevocationMessage(user_id, now, token_id=token_id) for token_id in token_ids]
    if organization_id is not None:
        messages.append(RevocationMessage(user_id, now, organization_id=organization_id))
    if not messages:
        return
    try:
        await hub(REVOCATIONS).publish_many(messages)
    except Exception as exc:
        log.warning("a revocation was not announced to live subscriptions", extra={"error": type(exc).__name__})
