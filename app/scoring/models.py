"""An organisation's lead scoring rules: one ordered list (rule numbers are positions in it)."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from app.classification import not_personal
from app.orm import TenantModel, Updated


class LeadScoringRules(TenantModel, Updated):
    # [{"when": {source, campaign_id, form_id, answer: {question, equals}, tag, has_deal}, "points": int}]:
    # the team's criteria (a form question and an expected answer), not data about a person.
    rules: Any = not_personal(fields.JSONField(default=list))

    class Meta:
        table = "lead_scoring_rules"
        unique_together = (("organization",),)
