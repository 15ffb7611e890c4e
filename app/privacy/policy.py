"""Publishing privacy policy versions (which one is current lives in app/accounts/policy.py)."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import PolicyVersion, User


def next_version(existing: list[str]) -> str:
    """One more than the highest numeric version ("1" -> "2"); non-numeric versions are ignored."""
    numbers = [int(v) for v in existing if v.isdigit()]
    return str(max(numbers, default=0) + 1)


async def publish_policy(text: str, effective: dt.date, version: str | None = None) -> tuple[PolicyVersion, int]:
    """Install a new policy version and tell every user; each must accept it at their next sign-in
    once it is in effect (`must_accept_policy`). Returns (the version, users notified)."""
    from app.accounts.models import UserStatus
    from app.errors import DomainError, ErrorCode
    from app.notifications.models import NotificationKind
    from app.notifications.services import notify

    body = text.strip()
    if not body:
        raise DomainError(ErrorCode.INVALID_INPUT, "The policy text is empty.", field="text")
    existing = await PolicyVersion.all().values_list("version", flat=True)
    version = (version or next_version(list(existing))).strip()
    if version in existing:
        raise DomainError(ErrorCode.DUPLICATE, f"Policy version {version} already exists.", field="version")
    policy = await PolicyVersion.create(version=version, effective_date=effective, text=body)
    notified = 0
    last_id = None
    while True:  # in batches, so a large user base never sits in memory at once
        qs = User.filter(status=UserStatus.ACTIVE).order_by("id").limit(500)
        if last_id is not None:
            qs = qs.filter(id__gt=last_id)
        users = await qs.values_list("id", flat=True)
        if not users:
            break
        told = await notify(
            NotificationKind.POLICY_CHANGED,
            user_ids=list(users),
            title="We have updated our privacy policy",
            body=f"A new version of the QuantixOne privacy policy takes effect on {effective:%d %B %Y}. "
            "You will be asked to read and accept it the next time you sign in.",
            mail=True,
            mail_kind="privacy.policy_published",
        )
        notified += len(told)
        last_id = users[-1]
    return policy, notified
