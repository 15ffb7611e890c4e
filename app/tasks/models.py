"""Tasks: a to-do about a lead or deal for one member, with a due time and one reminder per due time."""

from __future__ import annotations

import enum
from typing import Any

from tortoise import fields

from app.classification import DataCategory, classify
from app.orm import TenantModel, Updated


class TaskStatus(enum.Enum):
    OPEN = "OPEN"
    DONE = "DONE"


class Task(TenantModel, Updated):
    title = classify(fields.CharField(max_length=200), DataCategory.TASKS, export="Task", correctable=True)
    notes = classify(fields.TextField(null=True), DataCategory.TASKS, export="Task notes", correctable=True)
    due_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(TaskStatus, max_length=8, default=TaskStatus.OPEN)
    lead: Any = fields.ForeignKeyField("models.Lead", null=True, on_delete=fields.CASCADE, related_name="tasks")
    deal: Any = fields.ForeignKeyField("models.Deal", null=True, on_delete=fields.SET_NULL, related_name="tasks")
    assignee: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    created_by: Any = fields.ForeignKeyField("models.User", null=True, on_delete=fields.SET_NULL, related_name=False)
    completed_at = fields.DatetimeField(null=True)
    # The dueAt value whose reminder was claimed: one reminder per value, never two (set before sending).
    reminded_for = fields.DatetimeField(null=True)

    class Meta:
        table = "task"
        indexes = (("organization", "assignee", "status", "due_at"), ("status", "due_at"), ("lead",))
