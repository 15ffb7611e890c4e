"""INCIDENTS retention (SPEC §7.7): 1095-3650 days, default 1825, counted from the incident's closing."""

from __future__ import annotations

import datetime as dt

from app.classification import DataCategory
from app.incidents.models import SecurityIncident
from app.privacy import retention
from tests.factories.incidents import _incident
from tests.leads.conftest import Team
from tests.support import GraphQLClient

RULES = "{ retentionRules { category days } }"
SET = """mutation($input: SetRetentionRuleInput!) {
  setRetentionRule(input: $input) { errors { field code } }
}"""


async def test_rule_bounds_and_sweep_from_closing(team: Team) -> None:
    gql: GraphQLClient = team.gql
    rules = {r["category"]: r["days"] for r in (await gql.data(RULES))["retentionRules"]}
    assert rules["INCIDENTS"] == 1825
    for days, errors in ((1094, ["INVALID_INPUT"]), (3651, ["INVALID_INPUT"]), (1095, [])):
        body = await gql.data(SET, {"input": {"category": "INCIDENTS", "days": days, "action": "DELETE"}})
        assert [e["code"] for e in body["setRetentionRule"]["errors"]] == errors

    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=2000)
    await _incident(team.org, team.owner)  # open, reported long ago: kept (the clock starts at closing)
    await _incident(team.org, team.owner)  # closed long ago: due
    await _incident(team.org, team.owner)  # closed recently: kept
    rows = list(await SecurityIncident.for_org(team.org.id).order_by("created_at"))
    await SecurityIncident.filter(id__in=[r.id for r in rows]).update(created_at=long_ago)
    await SecurityIncident.filter(id=rows[1].id).update(closed_at=long_ago, status="CLOSED")
    await SecurityIncident.filter(id=rows[2].id).update(closed_at=dt.datetime.now(dt.UTC), status="CLOSED")

    report = await retention.sweep(team.org.id)
    swept = {c["category"]: c["records"] for c in report["categories"]}
    assert swept[DataCategory.INCIDENTS.value] == 1
    left = {r.id for r in await SecurityIncident.for_org(team.org.id)}
    assert left == {rows[0].id, rows[2].id}
