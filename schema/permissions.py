"""Permission classes: the one place that knows roles and scopes.

Every root field carries exactly one of `public()` or `allow(...)` in its extensions; a test walks the
schema and fails on a root field with neither, so forgetting a check is loud.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from graphql import GraphQLError, OperationType
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.types import Info

from app.accounts.auth import Viewer
from app.accounts.models import Role
from app.billing.services import is_read_only
from app.settings import get_settings
from schema.context import Context, forbidden, unauthenticated
from schema.relay import NodeLoader

# Root fields a session that must still enrol in MFA may use (SPEC §6 MFA).
MFA_ENROLLMENT_FIELDS = frozenset(
    {"me", "beginMfaEnrollment", "confirmMfaEnrollment", "logOut", "privacyPolicy", "acceptPrivacyPolicy"}
)

# Writes a read-only organisation (lapsed subscription, SPEC §7.3/§7.7) may still make: sign-in and out,
# account security, privacy rights, exports, erasure, leaving, revoking access, and billing itself.
READ_ONLY_ALLOWED = frozenset(
    {
        "signUp", "logIn", "logOut", "switchOrganization", "requestPasswordReset", "resetPassword",
        "changePassword", "revokeSession", "beginMfaEnrollment", "confirmMfaEnrollment", "disableMfa",
        "regenerateRecoveryCodes", "resetMemberMfa", "updateProfile", "acceptPrivacyPolicy", "setConsent",
        "objectToProcessing", "submitPrivacyRequest", "verifyPrivacyRequest",
        "verifyPrivacyRequestManually", "approvePrivacyRequest", "rejectPrivacyRequest", "extendPrivacyRequest",
        "cancelPrivacyRequest", "logPrivacyRequest", "requestAccountDeletion",
        "placeLegalHold", "releaseLegalHold", "requestMyDataExport", "exportLeads", "deleteLead", "flagMinor",
        "removeMember", "leaveOrganization", "revokeApiToken", "disconnectMeta", "markNotificationsRead",
        "startCheckout", "openBillingPortal", "changeSeats", "updateBillingDetails", "deleteOrganization",
    }
)  # fmt: skip

# Writes a read-only organisation may make with some inputs only: §7.7 allows "consent withdrawals" (a
# privacy right); recording a lead's consent grant is a CRM write like any other.
READ_ONLY_ALLOWED_WHEN: dict[str, Callable[[dict[str, Any]], bool]] = {
    "setLeadConsent": lambda arguments: getattr(arguments.get("input"), "granted", None) is False,
}


def allowed_while_read_only(root_field: str, arguments: dict[str, Any]) -> bool:
    """Whether a read-only organisation may make this write, given its arguments."""
    allowed = READ_ONLY_ALLOWED_WHEN.get(root_field)
    return root_field in READ_ONLY_ALLOWED or (allowed is not None and allowed(arguments))


class Public(BasePermission):
    """Anyone, signed in or not (sign-up, sign-in, public privacy intake)."""

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return True


class Allow(BasePermission):
    """A signed-in caller with at least `role`; a partner token also needs `scope`, every one of them when
    several are given (or is refused)."""

    def __init__(
        self,
        role: Role | None = Role.VIEWER,
        scope: str | tuple[str, ...] | None = None,
        *,
        tokens: bool = True,
        organization: bool = True,
    ) -> None:
        self.role = role
        self.scopes = frozenset((scope,) if isinstance(scope, str) else scope or ())
        self.tokens = tokens
        self.organization = organization

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool | Awaitable[bool]:
        context: Context = info.context
        viewer = context.viewer
        if viewer is None:
            raise unauthenticated()
        root_field = info.field_name if info.path.prev is None else None
        check_viewer(viewer, root_field, self)
        if (
            root_field is not None
            and viewer.organization_id is not None
            and info.operation.operation is OperationType.MUTATION
            and get_settings().billing_on
            and not allowed_while_read_only(root_field, kwargs)
        ):
            return check_subscription_active(context)  # mutations are async: the extension awaits it
        return True


async def check_subscription_active(context: Context) -> bool:
    """The read-only rule: a lapsed subscription refuses writes with reason SUBSCRIPTION_INACTIVE."""
    organization_id = context.organization_id
    if "read_only" not in context.cache:
        context.cache["read_only"] = await is_read_only(get_settings(), organization_id)
    if context.cache["read_only"]:
        raise forbidden(
            "This organisation's subscription is inactive: it is read-only until billing is sorted out.",
            reason="SUBSCRIPTION_INACTIVE",
        )
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
        if not rule.tokens or not rule.scopes <= (viewer.scopes or frozenset()):
            raise forbidden("This API token does not have the scope for this operation.")
    if rule.organization and viewer.organization_id is None:
        raise forbidden("This session has no organisation.")
    if rule.role is not None and (viewer.role is None or viewer.role < rule.role):
        raise forbidden(f"This needs the {rule.role.name} role or higher.")


def public() -> list[PermissionExtension]:
    return [PermissionExtension(permissions=[Public()], use_directives=False)]


def allow(
    role: Role | None = Role.VIEWER,
    scope: str | tuple[str, ...] | None = None,
    *,
    tokens: bool = False,
    organization: bool = True,
) -> list[PermissionExtension]:
    """Guard a root field: `allow(Role.MEMBER, "leads:write")`; reports: `allow(scope=("leads:read",
    "campaigns:read"))`.

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


def admins_only(loader: NodeLoader) -> NodeLoader:
    """The Node loader of a type only an ADMIN or the OWNER may read: to anyone else its ids look unknown."""

    async def load(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        role = context.require_viewer().role
        if role is None or role < Role.ADMIN:
            return {}
        return await loader(context, pks)

    return load
