"""`still_authorized` lets subscriptions notice log-out, revocation, removal and role changes."""

from __future__ import annotations

import pytest

from app.accounts.auth import authenticate, still_authorized
from app.accounts.models import Membership, Role, Session
from app.accounts.sessions import revoke_sessions
from tests.support import make_org, make_user

pytestmark = pytest.mark.sqlite


async def test_session_viewer_is_dropped_on_revocation_and_role_change(app) -> None:
    org = await make_org()
    user, token = await make_user(org, role=Role.MEMBER)
    viewer = await authenticate(token)
    assert await still_authorized(viewer)
    await Membership.filter(user_id=user.id).update(role=Role.VIEWER)
    assert not await still_authorized(viewer)
    viewer = await authenticate(token)
    assert await still_authorized(viewer)
    await revoke_sessions(user.id)
    assert not await still_authorized(viewer)
    assert await Session.filter(user_id=user.id, revoked_at__isnull=False).count() == 1
