"""Pipelines with ordered stages, and deals moving through them.

A deal keeps its lead's ad attribution (campaign, ad set, ad) so an erasure, which detaches the lead and
blanks the deal's name, leaves the revenue counted where it came from.
"""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, Erase, classify, not_personal
from app.orm import TenantModel, Updated


class PipelineStageKind(enum.Enum):
    OPEN = "OPEN"
    WON = "WON"
    LOST = "LOST"


# A deal's status is the kind of the stage it stands in.
DealStatus = enum.Enum("DealStatus", [(k.name, k.value) for k in PipelineStageKind])


class Pipeline(TenantModel, Updated):
    name = not_personal(fields.CharField(max_length=200))
    is_default = fields.BooleanField(default=False, db_default=False)

    class Meta:
        table = "pipeline"
        indexes = (("organization", "is_default"),)


class PipelineStage(TenantModel):
    pipeline: Any = fields.ForeignKeyField("models.Pipeline", related_name="stages", on_delete=fields.CASCADE)
    name = not_personal(fields.CharField(max_length=200))
    position = fields.SmallIntField()
    kind = fields.CharEnumField(PipelineStageKind, max_length=8)
    probability = fields.SmallIntField()

    class Meta:
        table = "pipeline_stage"
        indexes = (("pipeline", "position"),)


class Deal(TenantModel, Updated):
    name = classify(
        fields.CharField(max_length=200, null=True), DataCategory.DEALS, export="Deal", erase=Erase.ANONYMIZE
    )
    lead: Any = fields.ForeignKeyField("models.Lead", null=True, on_delete=fields.SET_NULL, related_name="deals")
    pipeline: Any = fields.ForeignKeyField("models.Pipeline", related_name="deals", on_delete=fields.RESTRICT)
    stage: Any = fields.ForeignKeyField("models.PipelineStage", related_name="deals", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(DealStatus, max_length=8, default=DealStatus.OPEN)
    amount = fields.DecimalField(max_digits=18, decimal_places=4, null=True)
    currency = fields.CharField(max_length=3)
    expected_close_date = fields.DateField(null=True)
    owner: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    created_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    campaign: Any = fields.ForeignKeyField("models.Campaign", null=True, on_delete=fields.SET_NULL, related_name=False)
    ad_set: Any = fields.ForeignKeyField("models.AdSet", null=True, on_delete=fields.SET_NULL, related_name=False)
    ad: Any = fields.ForeignKeyField("models.Ad", null=True, on_delete=fields.SET_NULL, related_name=False)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "deal"
        indexes = (("organization", "created_at", "id"), ("organization", "lead"), ("stage",))
