"""Account erasure: what goes with the user, what stays (their organisation's leads), and who must wait."""

from __future__ import annotations

import pytest

from app.accounts.models import ApiToken, Membership, RecoveryCode, Role, Session, User
from app.audit import services as audit
from app.audit.models import AuditEvent
from app.errors import DomainError, ErrorCode
from app.leads.models import Lead
from app.mail.services import send_mail
from app.privacy.erasure import erase_user, preview_erasure
from app.privacy.erasure_models import UsageEvent
from app.privacy.holds import HOLD_REASON, place_legal_hold
from schema.relay import to_global_id
from tests.privacy.erasure.helpers import make_lead
from tests.support import GraphQLClient, make_org, make_user

PREVIEW = """
query($input: ErasurePreviewInput!) {
  erasurePreview(input: $input) { subjectKind held categories { category erased anonymised } deleted { table records } }
}"""

pytestmark = pytest.mark.sqlite


async def test_account_erasure_removes_the_account_and_keeps_the_organisations_leads(client) -> None:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, admin = await make_user(org, role=Role.OWNER)
    user, _ = await make_user(org, role=Role.MEMBER, email="leaving@example.com")
    await ApiToken.create(
        organization=org, created_by=user, name="zap", token_hash="h" * 64, token_hint="qx_abcd", scopes=[]
    )
    await RecoveryCode.create(user=user, code_hash="c" * 64)
    await UsageEvent.create(user=user, organization_id=org.id, name="page_view", path="/x")
    await send_mail("leaving@example.com", "Hello", "Welcome aboard", kind="welcome", organization_id=org.id)
    await audit.record("auth.signed_in", organization_id=org.id, actor_user_id=user.id, details={"ua": "x"})
    owned = await make_lead(org, owner=user)

    preview = (await GraphQLClient(client, admin).data(PREVIEW, {"input": {"userId": to_global_id("User", user.id)}}))[
        "erasurePreview"
    ]
    assert preview["subjectKind"] == "ACCOUNT"
    deleted = {d["table"]: d["records"] for d in preview["deleted"]}
    assert deleted["user_account"] == 1 and deleted["session"] == 1 and deleted["api_token"] == 1
    assert deleted["membership"] == 1 and deleted["outbox_mail"] == 1 and deleted["usage_event"] == 1
    assert "lead" not in deleted

    plan = await preview_erasure(org.id, user_id=user.id)
    outcome = await erase_user(user.id)
    assert outcome.categories == plan.categories()
    assert not await User.filter(id=user.id).exists()
    for model in (Session, ApiToken, RecoveryCode, Membership, UsageEvent):
        assert not await model.filter(
            **({"user_id": user.id} if model is not ApiToken else {"created_by_id": user.id})
        ).exists()
    lead = await Lead.get(id=owned.id)
    assert lead.owner_id is None
    event = await AuditEvent.get(action="auth.signed_in")
    assert event.actor_user_id is None and event.details is None


async def test_sole_owner_with_members_must_hand_over_first() -> None:
    org = await make_org()
    owner, _ = await make_user(org, role=Role.OWNER)
    await make_user(org, role=Role.MEMBER)
    with pytest.raises(DomainError) as raised:
        await erase_user(owner.id)
    assert raised.value.code is ErrorCode.INVALID_STATE
    assert await User.filter(id=owner.id).exists()


async def test_a_held_account_is_kept() -> None:
    org = await make_org()
    _, _ = await make_user(org, role=Role.OWNER)
    user, _ = await make_user(org, role=Role.MEMBER)
    await place_legal_hold(org.id, user_id=user.id, reason="Employment dispute")
    outcome = await erase_user(user.id)
    assert outcome.erased is False and outcome.categories == []
    assert {"category": "ACCOUNT", "reason": HOLD_REASON, "records": 1} in outcome.kept
    assert await User.filter(id=user.id).exists()
