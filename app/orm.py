"""Base models: UUID keys, timestamps, and the one way to reach tenant rows (`for_org`)."""

from __future__ import annotations

import uuid
from typing import Any, Self

from tortoise import fields
from tortoise.models import Model
from tortoise.queryset import QuerySet


class BaseModel(Model):
    id = fields.UUIDField(primary_key=True, default=uuid.uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        abstract = True


class TenantModel(BaseModel):
    """A row owned by one organisation. Reach it through `for_org` so an unscoped query stands out."""

    organization: Any = fields.ForeignKeyField("models.Organization", on_delete=fields.CASCADE)

    class Meta:
        abstract = True

    @classmethod
    def for_org(cls, organization_id: uuid.UUID | str) -> QuerySet[Self]:
        return cls.filter(organization_id=organization_id)
