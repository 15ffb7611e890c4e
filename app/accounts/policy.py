"""Which privacy policy version is in force, and whether a user has accepted it.

Sign-up and policy acceptance need this, so it sits with the PolicyVersion model in accounts, below privacy
(which publishes new versions, app/privacy/policy.py).
"""

from __future__ import annotations

import datetime as dt

from app.accounts.models import PolicyVersion, User


async def current_policy(today: dt.date | None = None) -> PolicyVersion:
    """The newest version already in effect (the first migration guarantees one exists)."""
    today = today or dt.datetime.now(dt.UTC).date()
    policy = await PolicyVersion.filter(effective_date__lte=today).order_by("-effective_date", "-created_at").first()
    if policy is None:
        policy = await PolicyVersion.all().order_by("effective_date").first()
    assert policy is not None, "the baseline policy is installed by the first migration"
    return policy


async def must_accept_policy(user: User) -> bool:
    return user.accepted_policy_version != (await current_policy()).version
