"""Erasures and holds sent at the same moment, as two admins' browsers (or one double click) would send them:
one erasure per lead, no request left behind by the callers who found the lead gone, no hold on an erased lead."""

from __future__ import annotations

import asyncio

import pytest

from app.accounts.models import Role
from app.leads.models import Lead
from app.privacy import erasure
from app.privacy.erasure_models import LegalHold
from schema.relay import to_global_id
from tests.privacy.erasure.helpers import make_lead
from tests.support import GraphQLClient, concurrent_writers, make_org, make_user, outcomes

DELETE = "mutation($i: DeleteLeadInput!) { deleteLead(input: $i) { deletedLeadId errors { code } } }"
FLAG_MINOR = "mutation($i: FlagMinorInput!) { flagMinor(input: $i) { leadErased errors { code } } }"
PLACE_HOLD = "mutation($i: PlaceLegalHoldInput!) { placeLegalHold(input: $i) { legalHold { id } errors { code } } }"
QUEUE = "{ privacyRequests(first: 100) { totalCount edges { node { type status } } } }"


pytestmark = concurrent_writers


async def _admin(client) -> tuple[GraphQLClient, object]:  # type: ignore[no-untyped-def]
    org = await make_org()
    _, token = await make_user(org, role=Role.ADMIN)
    return GraphQLClient(client, token), org


@pytest.mark.parametrize("mutation", ["deleteLead", "flagMinor"])
async def test_concurrent_erasures_of_one_lead_leave_one_completed_request(client, mutation: str) -> None:  # type: ignore[no-untyped-def]
    gql, org = await _admin(client)
    lead = await make_lead(org)
    query, key = (DELETE, "id") if mutation == "deleteLead" else (FLAG_MINOR, "leadId")
    bodies = await asyncio.gather(*(gql.data(query, {"i": {key: to_global_id("Lead", lead.id)}}) for _ in range(10)))
    assert outcomes(bodies, mutation) == {"OK": 1, "NOT_FOUND": 9}
    # The callers told NOT_FOUND erased nothing: the queue holds the one erasure, completed, nothing IN_PROGRESS
    # that would turn overdue in 30 days.
    queue = (await gql.data(QUEUE))["privacyRequests"]
    assert [e["node"] for e in queue["edges"]] == [{"type": "ERASURE", "status": "COMPLETED"}]


async def test_a_hold_placed_while_the_lead_is_being_erased_is_refused(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The hold arrives after the erasure looked for holds and before it commits: it waits for the erasure
    and finds the lead gone, instead of answering OK for a lead that is then erased."""
    gql, org = await _admin(client)
    lead = await make_lead(org)
    gid = to_global_id("Lead", lead.id)
    planned = asyncio.Event()
    apply = erasure._apply

    async def apply_while_a_hold_is_placed(plan):  # type: ignore[no-untyped-def]
        planned.set()
        await asyncio.sleep(0.3)  # time enough for the hold to be placed, if nothing makes it wait
        return await apply(plan)

    async def hold_once_planned() -> dict:  # type: ignore[type-arg]
        await planned.wait()
        return await gql.data(PLACE_HOLD, {"i": {"leadId": gid, "reason": "Litigation"}})

    monkeypatch.setattr(erasure, "_apply", apply_while_a_hold_is_placed)
    deleted, held = await asyncio.gather(gql.data(DELETE, {"i": {"id": gid}}), hold_once_planned())
    deleted, held = deleted["deleteLead"], held["placeLegalHold"]
    assert deleted["errors"] == [] and deleted["deletedLeadId"] == gid
    assert held == {"legalHold": None, "errors": [{"code": "NOT_FOUND"}]}
    assert not await Lead.filter(id=lead.id).exists()
    assert not await LegalHold.filter(lead_id=lead.id).exists()
