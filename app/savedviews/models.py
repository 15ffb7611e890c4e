"""A saved view: a named lead filter, order and column set, private to its creator or shared."""

from __future__ import annotations

from typing import Any

from tortoise import fields

from app.classification import not_personal
from app.orm import TenantModel, Updated


class SavedView(TenantModel, Updated):
    name = not_personal(fields.CharField(max_length=200))  # the team's wording, not data about a person
    created_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    shared = fields.BooleanField(default=False)
    # The lead filter as given (no `search`, no equality on a personal custom field: never personal data).
    filter_json: Any = not_personal(fields.JSONField(null=True, source_field="filter"))
    order_by: Any = not_personal(fields.JSONField(null=True))  # {field, direction}
    columns: Any = not_personal(fields.JSONField(null=True))  # names of app.leads.columns
    version = fields.IntField(default=1)  # bumped on each edit: the view's cursors are bound to it

    class Meta:
        table = "saved_view"
        indexes = (("organization", "shared"),)
