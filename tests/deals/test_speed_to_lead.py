"""Speed to lead over GraphQL: Lead.firstResponseAt counts a member's first action, never automation;
leadResponseStats gives nearest-rank median and p90, overall and per owner."""

from __future__ import annotations

import datetime as dt

from app.accounts.models import Role
from app.deals.queries import nearest_rank
from app.leads import services as leads
from app.leads.merge import merge_leads
from app.leads.models import Lead, LeadStatus
from schema.relay import pk_of, to_global_id
from tests.deals.conftest import Team, create_deal, create_lead
from tests.support import error_codes

FIRST = "query($id: ID!) { lead(id: $id) { firstResponseAt } }"
NOTE = "mutation($input: AddLeadNoteInput!) { addLeadNote(input: $input) { lead { firstResponseAt } errors { code } } }"
STATUS = "mutation($input: SetLeadStatusInput!) { setLeadStatus(input: $input) { lead { firstResponseAt } } }"
STATS = """
query($input: LeadResponseStatsInput!) {
  leadResponseStats(input: $input) {
    leads answered medianSecondsToFirstResponse p90SecondsToFirstResponse
    byOwner { owner { id } leads answered medianSecondsToFirstResponse }
  }
}
"""


async def _first(team: Team, gid: str) -> str | None:
    return (await team.gql.data(FIRST, {"id": gid}))["lead"]["firstResponseAt"]


async def test_the_first_member_action_sets_first_response_once_and_automation_never(team: Team) -> None:
    _, member = await team.member(Role.MEMBER)
    noted = await create_lead(team.gql, fullName="Nia Note", email="nia@example.com")
    assert await _first(team, noted["id"]) is None
    answered = await member.data(NOTE, {"input": {"leadId": noted["id"], "body": "Called, no answer"}})
    first = await _first(team, noted["id"])
    assert first is not None and answered["addLeadNote"]["lead"]["firstResponseAt"] == first  # the payload shows it
    await member.data(NOTE, {"input": {"leadId": noted["id"], "body": "Called again"}})
    assert await _first(team, noted["id"]) == first

    automated = await create_lead(team.gql, fullName="Otto Auto", email="otto@example.com")
    await leads.set_status(team.org.id, pk_of(automated["id"], "Lead"), LeadStatus.CONTACTED)  # no actor: automation
    assert await _first(team, automated["id"]) is None

    moved = await create_lead(team.gql, fullName="Sam Status", email="sam@example.com")
    payload = await member.data(STATUS, {"input": {"id": moved["id"], "status": "CONTACTED"}})
    assert payload["setLeadStatus"]["lead"]["firstResponseAt"] == await _first(team, moved["id"]) is not None

    dealt = await create_lead(team.gql, fullName="Pia Deal", email="pia@example.com")
    await create_deal(team, leadId=dealt["id"], name="First contact deal")
    assert await _first(team, dealt["id"]) is not None


async def test_response_stats_use_nearest_rank_overall_and_per_owner(team: Team) -> None:
    member, _ = await team.member(Role.MEMBER)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2)
    answered = {team.owner.id: [60, 600, 3600], member.id: [120, 300]}
    for owner_id, delays in answered.items():
        for i, seconds in enumerate(delays):
            lead = await leads.create_lead(
                team.org.id, full_name="Stat", email=f"s{seconds}-{i}@example.com", owner_id=owner_id
            )
            await Lead.filter(id=lead.id).update(created_at=now, first_response_at=now + dt.timedelta(seconds=seconds))
    quiet = await leads.create_lead(team.org.id, full_name="Unanswered", email="quiet@example.com", owner_id=member.id)
    await leads.create_lead(team.org.id, full_name="Unowned", email="nobody@example.com")
    # A stored lead flagged as a duplicate (as Lead Ads and imports flag them) but never merged counts like any
    # other (SPEC §7.4 "stored leads"); a merged one is gone.
    flagged = await leads.create_lead(team.org.id, full_name="Twin", email="twin@example.com", owner_id=member.id)
    await Lead.filter(id=flagged.id).update(
        duplicate_of_id=quiet.id, created_at=now, first_response_at=now + dt.timedelta(seconds=30)
    )
    merged = await leads.create_lead(team.org.id, full_name="Twin", email="twin2@example.com", owner_id=member.id)
    await Lead.filter(id=merged.id).update(duplicate_of_id=quiet.id)
    await merge_leads(team.org.id, quiet.id, [merged.id])

    today = dt.datetime.now(dt.UTC).date()
    rng = {"since": (today - dt.timedelta(days=1)).isoformat(), "until": (today + dt.timedelta(days=1)).isoformat()}
    stats = (await team.gql.data(STATS, {"input": rng}))["leadResponseStats"]
    assert (stats["leads"], stats["answered"]) == (8, 6)
    assert stats["medianSecondsToFirstResponse"] == 120  # 30 60 [120] 300 600 3600
    assert stats["p90SecondsToFirstResponse"] == 3600
    by_owner = {(o["owner"] or {}).get("id"): o for o in stats["byOwner"]}
    assert by_owner[to_global_id("User", team.owner.id)]["medianSecondsToFirstResponse"] == 600
    mine = by_owner[to_global_id("User", member.id)]
    assert (mine["leads"], mine["answered"], mine["medianSecondsToFirstResponse"]) == (4, 3, 120)  # 30 [120] 300
    assert by_owner[None] == {"owner": None, "leads": 1, "answered": 0, "medianSecondsToFirstResponse": None}

    backwards = await team.gql(STATS, {"input": {"since": rng["until"], "until": rng["since"]}})
    assert error_codes(backwards) == ["INVALID_INPUT"]


def test_nearest_rank() -> None:
    assert nearest_rank([], 0.5) is None
    assert nearest_rank([7], 0.9) == 7
    assert nearest_rank([4, 1, 3, 2], 0.5) == 2  # rank ceil(0.5 * 4) = 2
    assert nearest_rank(list(range(1, 11)), 0.9) == 9
    assert nearest_rank(list(range(1, 12)), 0.9) == 10  # rank ceil(9.9) = 10
