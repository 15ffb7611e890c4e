"""setLeadStatus sent several times at once (two members moving one lead): the status history stays a chain
that ends at the lead's status, each move starting where the one before it left the lead."""

from __future__ import annotations

import asyncio
import itertools

from tests.leads.conftest import Team, create_lead
from tests.support import concurrent_writers

SET_STATUS = "mutation($i: SetLeadStatusInput!) { setLeadStatus(input: $i) { lead { status } errors { code } } }"
HISTORY = "query($id: ID!) { lead(id: $id) { status statusHistory { fromStatus toStatus } } }"


pytestmark = concurrent_writers


async def test_concurrent_status_moves_keep_the_history_a_chain(team: Team) -> None:
    for round_ in range(3):
        lead = await create_lead(team.gql, fullName="Sam Race", email=f"sam{round_}@example.com")
        statuses = ["CONTACTED", "QUALIFIED", "LOST", "CONVERTED"] * 2
        bodies = await asyncio.gather(
            *(team.gql.data(SET_STATUS, {"i": {"id": lead["id"], "status": s}}) for s in statuses)
        )
        assert all(b["setLeadStatus"]["errors"] == [] for b in bodies)
        got = (await team.gql.data(HISTORY, {"id": lead["id"]}))["lead"]
        moves = [(h["fromStatus"], h["toStatus"]) for h in got["statusHistory"]]
        assert moves[0] == (None, "NEW")
        for (_, before), (after_from, after_to) in itertools.pairwise(moves):
            assert after_from == before and after_to != before, moves
        assert moves[-1][1] == got["status"], moves
