"""UserError payloads, the mutation decorator, and the extension that codes, masks and logs errors."""

from __future__ import annotations

import functools
import logging
import sys
import typing
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.utils.str_converters import to_camel_case, to_snake_case
from tortoise.exceptions import ValidationError

from app.errors import AccessDenied, DomainError, RateLimited, dependency_unavailable
from app.errors import ErrorCode as DomainErrorCode
from app.request_context import current_request
from schema.limits import input_problem

log = logging.getLogger("quantix.graphql")

ErrorCode = strawberry.enum(DomainErrorCode, name="ErrorCode", description="Why a mutation did not apply.")


@strawberry.type(description="A reason the mutation did not apply, naming the input field at fault.")
class UserError:
    field: str | None
    code: ErrorCode  # type: ignore[valid-type]
    message: str

    @classmethod
    def from_domain(cls, error: DomainError) -> UserError:
        return cls(field=error.field, code=error.code, message=error.message)


def payload_type(
    name: str, /, *, description: str | None = None, former: dict[str, str] | None = None, **results: Any
) -> Any:
    """A mutation payload type: each named result nullable and None by default, then `errors`.

    Most payloads differ only in the name and type of what they return; one definition keeps them alike.
    A result is a type (a class or a `strawberry.lazy` annotation) or `(type, description)` where the result
    says what it holds (a secret shown once, a row as it was before its delete); `deleted_id=strawberry.ID`
    is the usual result of a delete. `former` maps a field's first name to the result it still shows (a
    payload renamed to SPEC's `<entity>`), so a resolver sets the value once.
    """
    return _payload(name, sys._getframe(1).f_globals["__name__"], description, former or {}, results)


def entity_payloads(entity: str, node_type: Any, what: str) -> tuple[Any, Any, Any]:
    """`Create<entity>Payload`, `Update<entity>Payload` and `Delete<entity>Payload` (the entity as it was, and
    `deletedId`), each naming the entity after its type (SPEC §6): the three differ in name alone for every
    entity a team creates, edits and deletes."""
    module = sys._getframe(1).f_globals["__name__"]
    field = to_snake_case(entity)
    return (
        _payload(f"Create{entity}Payload", module, None, {}, {field: node_type}),
        _payload(f"Update{entity}Payload", module, None, {}, {field: node_type}),
        _payload(
            f"Delete{entity}Payload",
            module,
            None,
            {},
            {field: (node_type, f"The {what} as it was."), "deleted_id": strawberry.ID},
        ),
    )


def _payload(name: str, module: str, description: str | None, former: dict[str, str], results: dict[str, Any]) -> Any:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__annotations__": annotations, "__module__": module}
    for field, result in results.items():
        hint, text = result if isinstance(result, tuple) else (result, None)
        annotations[field] = typing.Optional[hint]  # noqa: UP045
        namespace[field] = strawberry.field(default=None, description=text)
    for old, field in former.items():
        hint = results[field][0] if isinstance(results[field], tuple) else results[field]
        namespace[old] = strawberry.field(
            resolver=_reads(field, hint),
            description=f"The same as `{to_camel_case(field)}`, under its first name.",
        )
    annotations["errors"] = list[UserError]
    namespace["errors"] = strawberry.field(default_factory=list)
    return strawberry.type(type(name, (), namespace), description=description)


def _reads(field: str, hint: Any) -> Any:
    def read(root: Any) -> Any:
        return getattr(root, field)

    read.__annotations__ = {"root": Any, "return": typing.Optional[hint]}  # noqa: UP045
    return read


P = ParamSpec("P")
R = TypeVar("R")


def payload(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Turn a DomainError raised by a mutation's service call into `errors` of its payload type.

    Payload types accept `errors=[...]`; every other field defaults to None. Extra DomainError details
    named like payload fields (e.g. `duplicate`) are passed through when the resolver converted them.
    """
    hints = typing.get_type_hints(fn)
    payload_type = hints["return"]

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if (problem := input_problem(kwargs.get("input"))) is not None:
            field, message = problem
            return payload_type(errors=[UserError(field=field, code=DomainErrorCode.INVALID_INPUT, message=message)])
        try:
            return await fn(*args, **kwargs)
        except DomainError as error:
            fields = {f.name for f in payload_type.__strawberry_definition__.fields}
            extra = {k: v for k, v in error.details.items() if k in fields}
            return payload_type(errors=[UserError.from_domain(error)], **extra)

    return wrapper


def _code_of(error: GraphQLError) -> str | None:
    original = error.original_error
    if isinstance(original, AccessDenied):
        return original.code
    if isinstance(original, DomainError):
        return original.code.value
    if isinstance(original, GraphQLError):
        return (original.extensions or {}).get("code")
    if original is None:
        return (error.extensions or {}).get("code")
    return None


def code_request_errors(errors: list[GraphQLError]) -> None:
    """Errors of the request itself (syntax, validation, a variable of the wrong type) are INVALID_INPUT, so
    every error a client sees has a code. Strawberry reports parse errors outside the operation hook, hence
    this runs on every error list rather than in ErrorProcessing."""
    for error in errors:
        if (error.original_error is None or isinstance(error.original_error, GraphQLError)) and _code_of(error) is None:
            error.extensions = {**(error.extensions or {}), "code": "INVALID_INPUT"}


class ErrorProcessing(SchemaExtension):
    """Give expected failures their `extensions.code`; mask everything else with a request id."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not getattr(result, "errors", None):
            return
        result.errors = [self._process(e) for e in result.errors]

    def _process(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, AccessDenied):
            if isinstance(original, RateLimited):
                self._retry_after(original.retry_after)
            return GraphQLError(
                original.message,
                nodes=error.nodes,
                path=error.path,
                extensions={"code": original.code, **original.extensions},
            )
        if isinstance(original, DomainError):
            return GraphQLError(
                original.message, nodes=error.nodes, path=error.path, extensions={"code": original.code.value}
            )
        if isinstance(original, ValidationError):
            # A value the database refuses (too long, out of range) came from the client: bad input, not a
            # crash. The ORM's message quotes the value, so it is not passed on.
            log.warning("input refused by the ORM", extra={"path": list(error.path or []), "exc": "ValidationError"})
            return GraphQLError(
                "A value in the request is too long or malformed.",
                nodes=error.nodes,
                path=error.path,
                extensions={"code": "INVALID_INPUT"},
            )
        if original is None or isinstance(original, GraphQLError):
            code = _code_of(error)
            if code == "RATE_LIMITED":
                self._retry_after(int((error.extensions or {}).get("retryAfter", 1)))
            return error  # validation errors and deliberate GraphQLErrors are safe to show
        request_id = current_request().request_id
        if dependency_unavailable(original):
            log.warning("a dependency is unavailable", extra={"exc": type(original).__name__})
            self._status(503)
            return GraphQLError(
                "A service is unavailable; try again.",
                nodes=error.nodes,
                path=error.path,
                extensions={"code": "SERVICE_UNAVAILABLE", "requestId": request_id},
            )
        log.error(
            "unexpected error in resolver",
            exc_info=(type(original), original, original.__traceback__),
            extra={"path": list(error.path or []), "request_id": request_id},
        )
        return GraphQLError(
            "Internal error. Quote the request id when you report it.",
            nodes=error.nodes,
            path=error.path,
            extensions={"code": "INTERNAL_ERROR", "requestId": request_id},
        )

    def _response(self) -> object | None:
        response = getattr(self.execution_context.context, "response", None)
        return response if response is not None and hasattr(response, "headers") else None

    def _retry_after(self, seconds: int) -> None:
        if (response := self._response()) is not None:
            response.headers["Retry-After"] = str(seconds)  # type: ignore[attr-defined]

    def _status(self, status: int) -> None:
        if (response := self._response()) is not None:
            response.status_code = status  # type: ignore[attr-defined]


def payload_mutation(extensions: list[Any], description: str) -> Callable[[Callable[P, Awaitable[R]]], Any]:
    """`@strawberry.mutation(extensions=..., description=...)` over `@payload`, the pair every mutation with a
    payload type stacks: one decorator naming only the access rule and the description."""

    def decorate(fn: Callable[P, Awaitable[R]]) -> Any:
        return strawberry.mutation(extensions=extensions, description=description)(payload(fn))

    return decorate
