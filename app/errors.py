"""DomainError and the error codes of SPEC.md §3 and §6."""

from __future__ import annotations

import enum

from starlette.responses import JSONResponse, Response


class ErrorCode(enum.Enum):
    INVALID_INPUT = "INVALID_INPUT"
    NOT_FOUND = "NOT_FOUND"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    PASSWORD_TOO_WEAK = "PASSWORD_TOO_WEAK"
    AGE_RESTRICTED = "AGE_RESTRICTED"
    POLICY_NOT_ACCEPTED = "POLICY_NOT_ACCEPTED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    MFA_REQUIRED = "MFA_REQUIRED"
    INVALID_OTP = "INVALID_OTP"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"
    DUPLICATE = "DUPLICATE"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    OBJECTION_RECORDED = "OBJECTION_RECORDED"
    INTEGRATION_NOT_CONNECTED = "INTEGRATION_NOT_CONNECTED"
    META_ERROR = "META_ERROR"
    INVALID_STATE = "INVALID_STATE"
    ALREADY_DONE = "ALREADY_DONE"
    SUBJECT_ERASED = "SUBJECT_ERASED"
    RATE_LIMITED = "RATE_LIMITED"
    FORBIDDEN = "FORBIDDEN"


class DomainError(Exception):
    """A failure the caller can act on; the schema turns it into a payload `UserError`."""

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        field: str | None = None,
        **details: object,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.details = details

    def __repr__(self) -> str:
        return f"DomainError({self.code.value}, field={self.field!r})"


class AccessDenied(Exception):
    """Authentication or permission failure: a GraphQL error with `extensions.code`, not a payload error."""

    def __init__(self, code: str, message: str, **extensions: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.extensions = extensions


class RateLimited(AccessDenied):
    def __init__(self, retry_after: int, message: str = "Too many requests; try again later.") -> None:
        super().__init__("RATE_LIMITED", message, retryAfter=max(1, int(retry_after)))
        self.retry_after = max(1, int(retry_after))


def _unreachable(exc: BaseException) -> bool:
    import socket

    import asyncpg
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
    from tortoise.exceptions import DBConnectionError

    if type(exc) is OSError or isinstance(exc, ConnectionError | TimeoutError | socket.gaierror):
        return True  # refused, reset, unreachable host (a bare OSError: asyncpg's "Multiple exceptions")
    if isinstance(exc, asyncpg.exceptions.InterfaceError):
        return "closed" in str(exc)  # "pool is closed", "connection is closed"
    return isinstance(
        exc,
        DBConnectionError
        | asyncpg.exceptions.PostgresConnectionError
        | asyncpg.exceptions.CannotConnectNowError
        | asyncpg.exceptions.TooManyConnectionsError
        | RedisConnectionError
        | RedisTimeoutError,
    )


def dependency_unavailable(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) says the database or Redis could not be reached: the request
    was fine, a service it needs is down (503), unlike a bug (500)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if _unreachable(current):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def error_response(status: int, code: str, message: str, request_id: str | None) -> Response:
    """The one shape of an error outside GraphQL execution: GraphQL over HTTP's `{"errors": [...]}`."""
    extensions = {"code": code, **({"requestId": request_id} if request_id else {})}
    return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status_code=status)
