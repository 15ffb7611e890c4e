"""Node factories of the privacy-requests room."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.accounts.models import Organization, User
from schema.relay import to_global_id


async def privacy_request(org: Organization, user: User) -> str:
    """A signed-in user's own VERIFIED access request (visible to them and to the organisation's admins)."""
    from app.privacy.request_models import RequestChannel, RequestStatus, RequestType, SubjectKind
    from app.privacy.requests import new_request

    row = await new_request(
        organization_id=org.id,
        type=RequestType.ACCESS,
        subject_kind=SubjectKind.ACCOUNT,
        channel=RequestChannel.ACCOUNT,
        status=RequestStatus.VERIFIED,
        subject_user_id=user.id,
    )
    return to_global_id("PrivacyRequest", row.id)


NODE_FACTORIES: dict[str, Callable[[Organization, User], Awaitable[str]]] = {
    "PrivacyRequest": privacy_request,
}
