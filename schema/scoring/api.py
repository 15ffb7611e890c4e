"""leadScoringRules (reads; tokens: leads:read) and setLeadScoringRules (ADMIN; settings, so sessions only as
SPEC §7.7 says): thin over app.scoring.services."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.scoring import services
from schema.context import ctx
from schema.errors import payload_mutation, payload_type
from schema.leads.types import LeadSourceEnum
from schema.permissions import allow
from schema.relay import pk_or_not_found, to_global_id


@strawberry.type(name="LeadScoringAnswer")
class LeadScoringAnswerType:
    question: str
    equals: str


@strawberry.type(name="LeadScoringWhen", description="Every field given must match.")
class LeadScoringWhenType:
    source: LeadSourceEnum | None  # type: ignore[valid-type]
    campaign_id: strawberry.ID | None
    form_id: strawberry.ID | None
    answer: LeadScoringAnswerType | None
    tag: str | None
    has_deal: bool | None


@strawberry.type(name="LeadScoringRule")
class LeadScoringRuleType:
    when: LeadScoringWhenType
    points: int

    @classmethod
    def from_stored(cls, rule: dict[str, Any]) -> LeadScoringRuleType:
        w = rule["when"]
        answer = w.get("answer")
        return cls(
            when=LeadScoringWhenType(
                source=services.LeadSource(w["source"]) if w.get("source") else None,
                campaign_id=to_global_id("Campaign", w["campaign_id"]) if w.get("campaign_id") else None,
                form_id=to_global_id("LeadForm", w["form_id"]) if w.get("form_id") else None,
                answer=LeadScoringAnswerType(question=answer["question"], equals=str(answer["equals"]))
                if answer
                else None,
                tag=w.get("tag"),
                has_deal=w.get("has_deal"),
            ),
            points=rule["points"],
        )


@strawberry.input(name="LeadScoringAnswerInput")
class LeadScoringAnswerInput:
    question: str
    equals: str


@strawberry.input(name="LeadScoringWhenInput", description="Every field given must match; none given: every lead.")
class LeadScoringWhenInput:
    source: LeadSourceEnum | None = None  # type: ignore[valid-type]
    campaign_id: strawberry.ID | None = None
    form_id: strawberry.ID | None = None
    answer: LeadScoringAnswerInput | None = None
    tag: str | None = None
    has_deal: bool | None = None


@strawberry.input(name="LeadScoringRuleInput")
class LeadScoringRuleInput:
    when: LeadScoringWhenInput
    points: int


@strawberry.input
class SetLeadScoringRulesInput:
    rules: list[LeadScoringRuleInput] = strawberry.field(description="The whole ordered list, at most 50.")


SetLeadScoringRulesPayload = payload_type("SetLeadScoringRulesPayload", lead_scoring_rules=list[LeadScoringRuleType])


def _stored(rule: LeadScoringRuleInput) -> dict[str, Any]:
    w = rule.when
    ids = {"campaign_id": (w.campaign_id, "Campaign"), "form_id": (w.form_id, "LeadForm")}
    when: dict[str, Any] = {
        name: str(pk_or_not_found(value, type_name, "rules")) for name, (value, type_name) in ids.items() if value
    }
    when |= {
        "source": w.source.value if w.source else None,
        "answer": {"question": w.answer.question, "equals": w.answer.equals} if w.answer else None,
        "tag": w.tag,
        "has_deal": w.has_deal,
    }
    return {"when": when, "points": rule.points}


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(scope="leads:read"), description="The scoring rules, in order.")
    async def lead_scoring_rules(self, info: Info) -> list[LeadScoringRuleType]:
        return [LeadScoringRuleType.from_stored(r) for r in await services.rules_of(ctx(info).organization_id)]


@strawberry.type
class Mutation:
    @payload_mutation(allow(Role.ADMIN), "Replace the scoring rules; every lead is rescored.")
    async def set_lead_scoring_rules(self, info: Info, input: SetLeadScoringRulesInput) -> SetLeadScoringRulesPayload:
        rules = await services.set_rules(ctx(info).organization_id, [_stored(r) for r in input.rules])
        return SetLeadScoringRulesPayload(lead_scoring_rules=[LeadScoringRuleType.from_stored(r) for r in rules])
