"""The one Meta purge: disconnect, consent withdrawal, deauthorize and data deletion leave no Meta-derived row
(whatever the data map marks as shared by Meta, pending grants included) and touch no other organisation."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import pytest

from app.accounts.models import Organization, Role, User
from app.classification import DataSource, models_from
from app.integrations.meta.models import ConnectionStatus, FormReconciliation, MetaConnection, Page, PendingGrant
from app.integrations.meta.purge import meta_derived_models
from app.leads.models import Lead, LeadNameWord, LeadTag
from app.security.crypto import PLATFORM_SCOPE, blind_index
from tests.factories.meta_emulator import make_ad, make_ad_set, make_campaign, make_insight, make_lead_form
from tests.fakes.meta import FakeMeta
from tests.integrations.meta_integration.flow import connect, drain, grant_for
from tests.support import GraphQLClient, make_user

DISCONNECT = """mutation { disconnectMeta(input: {purgeLeads: false}) { disconnected errors { code message } } }"""
WITHDRAW = """mutation { setConsent(input: {purpose: META_INTEGRATION, granted: false}) {
  metaDisconnected errors { field code } } }"""
OTHER_META_USER = "10229999999000777"


async def _pending_grant(org: Organization, user: User, meta_user_id: str) -> PendingGrant:
    return await PendingGrant.create(
        organization=org,
        user=user,
        access_token="EAAB-pending-token",
        meta_user_id=meta_user_id,
        meta_user_name="Pending Person",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10),
    )


async def _reconciliation(org: Organization) -> None:
    await FormReconciliation.create(
        organization=org, form_meta_id="77", meta_count=3, checked_at=dt.datetime.now(dt.UTC)
    )


async def _other_org(meta: FakeMeta) -> Organization:
    """Another organisation with one row of every Meta-derived kind, and a grant of the purged Meta user."""
    user, _ = await make_user(role=Role.OWNER)
    org = (await user.memberships.all().prefetch_related("organization"))[0].organization
    await MetaConnection.create(
        organization=org,
        meta_user_id=OTHER_META_USER,
        meta_user_bidx=blind_index(PLATFORM_SCOPE, "meta_user", OTHER_META_USER),
        meta_user_name="Other Person",
        access_token="EAAB-other-token",
    )
    await Page.create(organization=org, meta_id="4455", name="Other page", access_token="page-token")
    campaign = await make_campaign(org)
    await make_insight(org, campaign, dt.date.today(), impressions=10, clicks=1, spend="1.00")
    await make_ad(org, await make_ad_set(org, campaign))
    await make_lead_form(org)
    await _reconciliation(org)
    await _pending_grant(org, user, OTHER_META_USER)
    await _pending_grant(org, user, meta.USER_ID)  # the purged Meta user began connecting this one too
    return org


async def _counts(organization_id: uuid.UUID) -> dict[str, int]:
    """Rows per table the data map marks as shared by Meta (read from the map, not from the purge)."""
    return {m.__name__: await m.for_org(organization_id).count() for m in models_from(DataSource.META)}


async def _disconnect(client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta) -> None:
    data = await gql.data(DISCONNECT)
    assert data["disconnectMeta"] == {"disconnected": True, "errors": []}


async def _withdraw_consent(client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta) -> None:
    data = await gql.data(WITHDRAW)
    assert data["setConsent"] == {"metaDisconnected": True, "errors": []}


async def _deauthorize(client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta) -> None:
    form = {"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    assert (await client.post("/meta/deauthorize", data=form)).status_code == 200


async def _data_deletion(client: httpx.AsyncClient, gql: GraphQLClient, meta: FakeMeta) -> None:
    form = {"signed_request": meta.signed_request({"user_id": meta.USER_ID})}
    assert (await client.post("/meta/data-deletion", data=form)).status_code == 200


PATHS: dict[str, Any] = {
    "disconnect": _disconnect,
    "consent": _withdraw_consent,
    "deauthorize": _deauthorize,
    "data-deletion": _data_deletion,
}


def test_the_data_map_names_every_meta_table_and_the_purge_deletes_children_first() -> None:
    names = [m.__name__ for m in meta_derived_models()]
    expected = {"MetaConnection", "PendingGrant", "Page", "AdAccount", "Campaign", "AdSet", "Ad", "Insight"}
    assert expected | {"LeadForm", "FormReconciliation"} <= {m.__name__ for m in models_from(DataSource.META)}
    assert sorted(names) == sorted(m.__name__ for m in models_from(DataSource.META))
    assert names.index("Insight") < names.index("Campaign") < names.index("AdAccount")
    assert names.index("Ad") < names.index("AdSet") < names.index("Campaign")


@pytest.mark.parametrize("path", PATHS)
async def test_no_meta_derived_row_survives(client: httpx.AsyncClient, meta: FakeMeta, path: str) -> None:
    user, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    await drain()  # the first sync: campaigns, ad sets, ads, insights, lead forms
    org = (await user.memberships.all().prefetch_related("organization"))[0].organization
    await _reconciliation(org)
    await grant_for(client, gql, meta)  # a second connect left pending: a token and the Meta user's name
    await meta.deliver_lead(client, {"full_name": ["Kept Lead"], "email": ["kept@example.com"]})
    await drain()
    other = await _other_org(meta)
    before = await _counts(org.id)
    assert all(before.values()), before  # every kind the data map lists is there to be purged
    others_before = await _counts(other.id)

    await PATHS[path](client, gql, meta)

    after = await _counts(org.id)
    if path == "deauthorize":  # the connection stays to say REVOKED, without token or name
        assert after.pop("MetaConnection") == 1
        row = await MetaConnection.for_org(org.id).get()
        assert row.status is ConnectionStatus.REVOKED and row.access_token is None and row.meta_user_name is None
    else:
        assert after.pop("MetaConnection") == 0
    assert set(after.values()) == {0}, after
    assert await Lead.for_org(org.id).count() == 1  # leads are the organisation's own

    others_after = await _counts(other.id)
    grants_of_purged_user = [g for g in await PendingGrant.for_org(other.id) if g.meta_user_id == meta.USER_ID]
    if path in ("deauthorize", "data-deletion"):  # Meta's callbacks speak for the Meta user everywhere
        assert grants_of_purged_user == []
        others_before["PendingGrant"] -= 1
    else:
        assert len(grants_of_purged_user) == 1
    assert others_after == others_before


PURGE = """mutation { disconnectMeta(input: {purgeLeads: true}) { disconnected errors { code message } } }"""
LEADS = "{ leads(first: 50) { totalCount edges { node { id fullName source tags } } } }"
SEARCH = "query($q: String!) { leads(first: 50, filter: {search: $q}) { edges { node { fullName } } } }"
PLACE_HOLD = """mutation($lead: ID!) { placeLegalHold(input: {leadId: $lead, reason: "Litigation 7"}) {
  legalHold { id } errors { code } } }"""
HOLDS = "{ legalHolds { reason active leadId } }"
CREATE_LEAD = """mutation { createLead(input: {fullName: "Manual Mo", email: "mo@example.com"}) {
  errors { code } } }"""
TAG = """mutation($ids: [ID!]!) { tagLeads(input: {leadIds: $ids, add: ["ads"]}) { errors { code } } }"""
DISCONNECTED = '{ auditEvents(filter: {action: "meta.disconnected"}) { edges { node { details } } } }'


async def test_purging_the_leads_skips_those_under_a_legal_hold_and_says_so(
    client: httpx.AsyncClient, meta: FakeMeta
) -> None:
    """SPEC §4 Legal hold: erasure and retention skip held rows and report them. A Meta lead under a hold stays
    with its hold, its tags and its search words; the others go with theirs; the disconnect's audit event
    counts the lead kept and why (disconnectMeta's payload has no place for it)."""
    user, token = await make_user(role=Role.OWNER)
    gql = GraphQLClient(client, token)
    await connect(client, gql, meta)
    for name in ("Held Hannah", "Gone Gary", "Gone Greta"):
        await meta.deliver_lead(client, {"full_name": [name], "email": [f"{name.split()[1].lower()}@example.com"]})
    await drain()
    org = (await user.memberships.all().prefetch_related("organization"))[0].organization
    assert (await gql.data(CREATE_LEAD))["createLead"]["errors"] == []
    leads = {n["node"]["fullName"]: n["node"] for n in (await gql.data(LEADS))["leads"]["edges"]}
    assert {n["source"] for n in leads.values()} == {"META_LEAD_ADS", "MANUAL"}
    held = leads["Held Hannah"]["id"]
    assert (await gql.data(TAG, {"ids": [n["id"] for n in leads.values()]}))["tagLeads"]["errors"] == []
    assert (await gql.data(PLACE_HOLD, {"lead": held}))["placeLegalHold"]["errors"] == []

    assert (await gql.data(PURGE))["disconnectMeta"] == {"disconnected": True, "errors": []}

    after = (await gql.data(LEADS))["leads"]
    assert after["totalCount"] == 2
    assert {n["node"]["fullName"]: n["node"]["tags"] for n in after["edges"]} == {
        "Held Hannah": ["ads"],
        "Manual Mo": ["ads"],
    }
    assert (await gql.data(HOLDS))["legalHolds"] == [{"reason": "Litigation 7", "active": True, "leadId": held}]
    hits = (await gql.data(SEARCH, {"q": "Hannah"}))["leads"]["edges"]
    assert [h["node"]["fullName"] for h in hits] == ["Held Hannah"]
    remaining = set(await Lead.for_org(org.id).values_list("id", flat=True))
    for model in (LeadNameWord, LeadTag):  # what the erased leads' erasure removes went with them
        assert set(await model.filter(organization_id=org.id).values_list("lead_id", flat=True)) == remaining
    [event] = [e["node"]["details"] for e in (await gql.data(DISCONNECTED))["auditEvents"]["edges"]]
    assert event["purgeLeads"] is True and event["deleted"]["Lead"] == 2
    assert (event["held"], event["heldReason"]) == ({"Lead": 1}, "LEGAL_HOLD")
