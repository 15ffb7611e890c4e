"""Facts about the current request (id, client IP, actor) that services and logs may read."""

from __future__ import annotations

import contextvars
import uuid
from dataclasses import dataclass, replace

# Who acts, as the audit trail stores it (and rows that carry an actor to it later, e.g. Conversions API events).
ACTOR_COLUMNS = ("actor_user_id", "actor_token_id", "actor_session_id")


@dataclass(frozen=True)
class RequestInfo:
    request_id: str | None = None
    client_ip: str | None = None
    user_agent: str | None = None
    user_id: uuid.UUID | None = None
    token_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None

    def actor_columns(self) -> dict[str, uuid.UUID | None]:
        return dict(zip(ACTOR_COLUMNS, (self.user_id, self.token_id, self.session_id), strict=True))


_current: contextvars.ContextVar[RequestInfo] = contextvars.ContextVar(
    "quantix_request",
    default=RequestInfo(),  # noqa: B039 - frozen, immutable
)


def current_request() -> RequestInfo:
    return _current.get()


def set_request(info: RequestInfo) -> contextvars.Token[RequestInfo]:
    return _current.set(info)


def reset_request(token: contextvars.Token[RequestInfo]) -> None:
    _current.reset(token)


def bind_actor(
    user_id: uuid.UUID | None, token_id: uuid.UUID | None = None, session_id: uuid.UUID | None = None
) -> None:
    """Record who is acting once authentication has resolved the bearer token."""
    _current.set(replace(_current.get(), user_id=user_id, token_id=token_id, session_id=session_id))
