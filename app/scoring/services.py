"""Lead scoring: rules an ADMIN sets, a score per lead kept in step with the lead, explained per rule.

A rule matches when every `when` field it gives matches; the score is the sum of the matching rules' points
and the explanation lists them (`rule` = 0-based position). Scoring is automated processing: a lead that
objected to automated decisions has no score. The score is stored on the lead (`score`, two sort keys with
unscored leads last in either direction) and recomputed when the lead, its deals or the rules change.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from app.campaigns.models import Campaign, LeadForm
from app.deals.models import Deal
from app.errors import DomainError, ErrorCode
from app.events import DomainEvent, EventType, batch_for, subscribe
from app.leads.models import Lead, LeadSource, LeadTag
from app.privacy.consent import objecting_leads
from app.privacy.erasure_models import ObjectionKind
from app.scoring.models import LeadScoringRules

MAX_RULES = 50
MAX_POINTS = 1_000_000
UNSCORED_DESC = -2_000_000_000  # sort keys of a lead without a score: last in either direction
UNSCORED_ASC = 2_000_000_000
BATCH = 500
WHEN_KEYS = ("source", "campaign_id", "form_id", "answer", "tag", "has_deal")
SCORED_FROM = ("id", "source", "campaign_id", "form_id", "answers", "score", "score_explanation")  # no contact


async def rules_of(organization_id: uuid.UUID) -> list[dict[str, Any]]:
    row = await LeadScoringRules.for_org(organization_id).first()
    return list(row.rules) if row else []


def check_rules(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(rules) > MAX_RULES:
        raise DomainError(ErrorCode.INVALID_INPUT, f"At most {MAX_RULES} rules.", "rules")
    out = []
    for rule in rules:
        points = int(rule.get("points", 0))
        if abs(points) > MAX_POINTS:
            raise DomainError(ErrorCode.INVALID_INPUT, f"Points are within ±{MAX_POINTS}.", "rules")
        when = {k: v for k, v in (rule.get("when") or {}).items() if k in WHEN_KEYS and v is not None}
        answer = when.get("answer")
        if answer is not None and not (str(answer.get("question", "")).strip() and "equals" in answer):
            raise DomainError(ErrorCode.INVALID_INPUT, "An answer condition names a question and a value.", "rules")
        if "source" in when:
            when["source"] = LeadSource(when["source"]).value
        out.append({"when": when, "points": points})
    return out


async def set_rules(organization_id: uuid.UUID, rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace the rules and rescore every lead of the organisation (in batches)."""
    checked = check_rules(rules)
    for model, key in ((Campaign, "campaign_id"), (LeadForm, "form_id")):
        wanted = {r["when"][key] for r in checked if key in r["when"]}
        if wanted and await model.for_org(organization_id).filter(id__in=list(wanted)).count() != len(wanted):
            raise DomainError(ErrorCode.NOT_FOUND, f"No such {model.__name__}.", "rules")
    await LeadScoringRules.update_or_create(organization_id=organization_id, defaults={"rules": checked})
    ids = list(await Lead.for_org(organization_id).values_list("id", flat=True))
    for start in range(0, len(ids), BATCH):
        await rescore(organization_id, ids[start : start + BATCH], checked)
    return checked


def _answer_matches(answers: Any, condition: dict[str, Any]) -> bool:
    question = str(condition.get("question", "")).strip().casefold()
    expected = str(condition.get("equals", "")).strip().casefold()
    for item in answers or ():
        if isinstance(item, dict) and str(item.get("question", "")).strip().casefold() == question:
            values = item.get("values") or []
            values = values if isinstance(values, list) else [values]
            if any(str(v).strip().casefold() == expected for v in values):
                return True
    return False


def _matches(when: dict[str, Any], lead: Lead, tags: set[str], has_deal: bool) -> bool:
    checks = {
        "source": lambda v: lead.source.value == v,
        "campaign_id": lambda v: str(lead.campaign_id) == str(v),
        "form_id": lambda v: str(lead.form_id) == str(v),
        "answer": lambda v: _answer_matches(lead.answers, v),
        "tag": lambda v: v in tags,
        "has_deal": lambda v: bool(v) == has_deal,
    }
    return all(checks[key](value) for key, value in when.items())


def score_of(
    rules: list[dict[str, Any]], lead: Lead, tags: set[str], has_deal: bool
) -> tuple[int, list[dict[str, int]]]:
    explanation = [
        {"rule": i, "points": rule["points"]}
        for i, rule in enumerate(rules)
        if _matches(rule["when"], lead, tags, has_deal)
    ]
    return sum(e["points"] for e in explanation), explanation


async def rescore(
    organization_id: uuid.UUID, lead_ids: list[uuid.UUID], rules: list[dict[str, Any]] | None = None
) -> None:
    """Recompute and store these leads' scores (null without rules or after an automated-decisions objection)."""
    if not lead_ids:
        return
    rules = rules if rules is not None else await rules_of(organization_id)
    leads = await Lead.for_org(organization_id).filter(id__in=lead_ids).only(*SCORED_FROM)
    objected = await objecting_leads(organization_id, lead_ids, ObjectionKind.AUTOMATED_DECISIONS)
    tags: dict[uuid.UUID, set[str]] = {}
    for lead_id, name in await LeadTag.filter(lead_id__in=lead_ids).values_list("lead_id", "name"):
        tags.setdefault(lead_id, set()).add(name)
    with_deals = set(await Deal.for_org(organization_id).filter(lead_id__in=lead_ids).values_list("lead_id", flat=True))
    # Leads given the same score and explanation are written together: one UPDATE per distinct outcome, not per
    # lead (a rule change rescoring 50,000 leads writes tens of statements, not 50,000).
    changed: dict[str, tuple[dict[str, Any], list[uuid.UUID]]] = {}
    for lead in leads:
        if not rules or lead.id in objected:
            values: dict[str, Any] = {"score": None, "score_explanation": None}
            values |= {"score_rank_desc": UNSCORED_DESC, "score_rank_asc": UNSCORED_ASC}
        else:
            score, explanation = score_of(rules, lead, tags.get(lead.id, set()), lead.id in with_deals)
            values = {
                "score": score,
                "score_explanation": explanation,
                "score_rank_desc": score,
                "score_rank_asc": score,
            }
        if (lead.score, lead.score_explanation) != (values["score"], values["score_explanation"]):
            outcome = json.dumps([values["score"], values["score_explanation"]])
            changed.setdefault(outcome, (values, []))[1].append(lead.id)
    for values, ids in changed.values():
        await Lead.filter(id__in=ids).update(**values)


@subscribe
async def on_change(event: DomainEvent) -> None:
    """A lead created, changed or merged into, or a deal of it created or deleted: its score follows."""
    if (
        event.type in (EventType.LEAD_CREATED, EventType.LEAD_UPDATED, EventType.LEAD_MERGED)
        and event.subject_id is not None
    ):
        lead_id: Any = event.subject_id
    elif event.type in (EventType.DEAL_CREATED, EventType.DEAL_DELETED) and event.data.get("lead_id"):
        lead_id = event.data["lead_id"][1]
    else:
        return
    if await LeadScoringRules.for_org(event.organization_id).exists():
        await rescore(event.organization_id, [lead_id])


@batch_for(on_change)
async def on_changes(events: list[DomainEvent]) -> None:
    """A bulk change: whether the organisation scores at all is read once, then its leads are rescored together."""
    by_org: dict[uuid.UUID, list[Any]] = {}
    for event in events:
        if event.type in (EventType.LEAD_CREATED, EventType.LEAD_UPDATED, EventType.LEAD_MERGED) and event.subject_id:
            by_org.setdefault(event.organization_id, []).append(event.subject_id)
        else:
            await on_change(event)
    for organization_id, lead_ids in by_org.items():
        if await LeadScoringRules.for_org(organization_id).exists():
            rules = await rules_of(organization_id)
            for start in range(0, len(lead_ids), 1_000):
                await rescore(organization_id, lead_ids[start : start + 1_000], rules)
