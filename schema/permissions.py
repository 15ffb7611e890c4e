"""Permission classes: the one place that knows roles and scopes.

Every root field carries exactly one of `public()` or `allow(...)` in its extensions; a test walks the
schema and fails on a root field with neither, so forgetting a check is loud.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.types import Info

from app.accounts.auth import Viewer
from app.accounts.models import Role
from schema.context import Context, forbidden, unauthenticated

# Root fields a session that must still enrol in MFA may use (SPEC §6 MFA).
MFA_ENROLLMENT_FIELDS = frozenset(
    {"me", "beginMfaEnrollment", "confirmMfaEnrollment", "logOut", "privacyPolicy", "acceptPrivacyPolicy"}
)


class Public(BasePermission):
    """Anyone, signed in or not (sign-up, sign-in, public privacy intake)."""

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return True


class Allow(BasePermission):
    """A signed-in caller with at least `role`; a partner token also needs `scope` (or is refused)."""

    def __init__(
        self,
        role: Role | None = Role.VIEWER,
        scope: str | None = None,
        *,
        tokens: bool = True,
        organization: bool = True,
    ) -> None:
        self.role = role
        self.scope = scope
        self.tokens = tokens
        self.organization = organization

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        context: Context = info.context
        viewer = context.viewer
        if viewer is None:
            raise unauthenticated()
        check_viewer(viewer, info.field_name if info.path.prev is None else None, self)
        return True


def check_viewer(viewer: Viewer, root_field: str | None, rule: Allow) -> None:
    if viewer.retry_after:  # a GraphQLError, so callers that catch permission failures catch this too
        raise GraphQLError(
            "This API token is over its rate limit; slow down.",
            extensions={"code": "RATE_LIMITED", "retryAfter": viewer.retry_after},
        )
    if viewer.mfa_enrollment_required and root_field is not None and root_field not in MFA_ENROLLMENT_FIELDS:
        raise forbidden(
            "Your organisation requires two-factor authentication: enrol first.",
            reason="MFA_ENROLLMENT_REQUIRED",
        )
    if viewer.is_token:
        if not rule.tokens or (rule.scope is not None and rule.scope not in (viewer.scopes or frozenset())):
            raise forbidden("This API token does not have the scope for this operation.")
    if rule.organization and viewer.organization_id is None:
        raise forbidden("This session has no organisation.")
    if rule.role is not None and (viewer.role is None or viewer.role < rule.role):
        raise forbidden(f"This needs the {rule.role.name} role or higher.")


def public() -> list[PermissionExtension]:
    return [PermissionExtension(permissions=[Public()], use_directives=False)]


def allow(
    role: Role | None = Role.VIEWER,
    scope: str | None = None,
    *,
    tokens: bool = False,
    organization: bool = True,
) -> list[PermissionExtension]:
    """Guard a root field: `allow(Role.MEMBER, "leads:write")`.

    Partner tokens need `scope`; with `scope=None` they are refused unless `tokens=True` is explicit
    (then the field itself filters by scope, e.g. `node`).
    """
    return [
        PermissionExtension(
            permissions=[Allow(role, scope, tokens=tokens if scope is None else True, organization=organization)],
            use_directives=False,
        )
    ]


def signed_in(*, organization: bool = False) -> list[PermissionExtension]:
    """Any signed-in session (not a partner token), e.g. `me`, `logOut`, MFA enrolment."""
    return allow(None, None, tokens=False, organization=organization)
