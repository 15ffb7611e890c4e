"""One row per send of a lead's data to a recipient (Conversions API, a partner webhook, WhatsApp).

Category DISCLOSURES, kept as long as the lead: the rows go with the lead (CASCADE), after the erasure
receipt has counted them per recipient.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields

from app.classification import DataCategory, classify
from app.orm import TenantModel


class Disclosure(TenantModel):
    lead: Any = fields.ForeignKeyField("models.Lead", related_name="disclosures", on_delete=fields.CASCADE)
    recipient = classify(fields.CharField(max_length=200), DataCategory.DISCLOSURES, export="Recipient")
    occurred_at = classify(fields.DatetimeField(), DataCategory.DISCLOSURES, export="Sent at")
    categories = classify(fields.JSONField(default=list), DataCategory.DISCLOSURES, export="Data categories")
    reference = classify(fields.CharField(max_length=200, null=True), DataCategory.DISCLOSURES, export="Reference")

    class Meta:
        table = "disclosure"
        indexes = (("lead", "occurred_at"),)
