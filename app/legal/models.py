"""The processors lists users were told about: one row per change, numbered, so each change is told once."""

from __future__ import annotations

from tortoise import fields

from app.classification import not_personal
from app.orm import BaseModel


class ProcessorListVersion(BaseModel):
    """A version of the processors list. `seq` is unique: of two processes recording the same change at
    once, only one insert succeeds, and only that one notifies."""

    seq = fields.IntField(unique=True)
    content_hash = not_personal(fields.CharField(max_length=64))
    data_region = not_personal(fields.CharField(max_length=8))
    processors = not_personal(fields.JSONField())  # names, countries and terms of companies, no people

    class Meta:
        table = "processor_list_version"
