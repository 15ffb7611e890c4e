"""Meta's data-deletion callback opens one META_USER request that deletes tokens and Meta data, keeps leads."""

from __future__ import annotations

import pytest

from app.campaigns.models import AdAccount, Campaign, LeadForm
from app.integrations.meta.models import MetaConnection, Page
from app.leads.models import Lead
from app.privacy.request_models import PrivacyRequest, RequestStatus, SubjectKind
from app.privacy.requests import open_meta_data_deletion
from app.security.crypto import PLATFORM_SCOPE, blind_index
from tests.support import make_org

pytestmark = pytest.mark.sqlite


async def _connect(org, meta_user_id: str) -> Campaign:  # type: ignore[no-untyped-def]
    await MetaConnection.create(
        organization=org,
        meta_user_id=meta_user_id,
        meta_user_bidx=blind_index(PLATFORM_SCOPE, "meta_user", meta_user_id),
        meta_user_name="Grace Hopper",
        access_token="EAAB-secret-token",
    )
    await Page.create(organization=org, meta_id="p1", name="Page", access_token="page-token")
    account = await AdAccount.create(organization=org, meta_id="act_1", account_id="1")
    await LeadForm.create(organization=org, meta_id="f1")
    return await Campaign.create(organization=org, meta_id="c1", ad_account=account)


async def test_deletes_meta_data_in_every_connected_org_and_keeps_leads(client) -> None:  # type: ignore[no-untyped-def]
    orgs = [await make_org(), await make_org()]
    for org in orgs:
        campaign = await _connect(org, "10001")
        await Lead.create(organization=org, full_name="Lead Person", campaign=campaign)
    other = await make_org()
    await _connect(other, "20002")

    code, url = await open_meta_data_deletion("10001")

    assert len(code) == 24 and code.isalnum()
    assert url == f"http://testserver/privacy/status/{code}"
    requests = await PrivacyRequest.all()
    assert len(requests) == 1
    request = requests[0]
    assert request.subject_kind is SubjectKind.META_USER and request.status is RequestStatus.COMPLETED
    for org in orgs:
        assert await MetaConnection.for_org(org.id).count() == 0
        assert await Page.for_org(org.id).count() == 0
        assert await Campaign.for_org(org.id).count() == 0
        assert await LeadForm.for_org(org.id).count() == 0
        assert await Lead.for_org(org.id).count() == 1
    assert await MetaConnection.for_org(other.id).count() == 1
    assert request.outcome["kept"][0]["category"] == "LEAD_CONTACT"


async def test_unknown_meta_user_completes_at_once(client) -> None:  # type: ignore[no-untyped-def]
    code, _ = await open_meta_data_deletion("99999")
    request = await PrivacyRequest.get(confirmation_code=code)
    assert request.status is RequestStatus.COMPLETED
    assert request.outcome["noDataHeld"] is True


async def test_meta_deletion_outcome_carries_a_verifiable_receipt(client) -> None:  # type: ignore[no-untyped-def]
    import json

    from app.privacy.receipts import verify_receipt

    await _connect(await make_org(), "40004")
    code, _ = await open_meta_data_deletion("40004")
    outcome = (await PrivacyRequest.get(confirmation_code=code)).outcome
    keys = (await client.get("/.well-known/quantix-receipt-key")).json()["keys"]
    jwk = next(k for k in keys if k["kid"] == outcome["receipt"]["keyId"])
    assert verify_receipt(outcome["receipt"], jwk)
    payload = json.loads(outcome["receipt"]["payload"])
    assert payload["subjectKind"] == "META_USER"
    assert payload["categories"][0]["category"] == "META_ADS_DATA"
