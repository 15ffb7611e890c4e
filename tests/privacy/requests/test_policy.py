"""Publishing a privacy policy version: every user is mailed and must accept it once it is in effect."""

from __future__ import annotations

import datetime as dt

import pytest

from app.accounts.policy import current_policy, must_accept_policy
from app.errors import DomainError
from app.privacy.policy import publish_policy
from tests.privacy.requests.helpers import mails_to
from tests.support import make_user


async def test_publish_mails_every_user_and_asks_for_acceptance(client) -> None:  # type: ignore[no-untyped-def]
    first, _ = await make_user(email="one@example.com")
    await make_user(email="two@example.com")
    today = dt.datetime.now(dt.UTC).date()

    future, notified = await publish_policy("Version two text.", today + dt.timedelta(days=10))
    assert (future.version, notified) == ("2", 2)
    assert (await current_policy()).version == "1"
    assert await must_accept_policy(first) is False

    current, _ = await publish_policy("Version three text.", today)
    assert current.version == "3"
    assert (await current_policy()).version == "3"
    assert await must_accept_policy(first) is True
    for address in ("one@example.com", "two@example.com"):
        assert len(await mails_to(address, "privacy.policy_published")) == 2

    with pytest.raises(DomainError):
        await publish_policy("Again", today, version="3")
