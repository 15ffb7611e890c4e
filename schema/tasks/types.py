"""The Task type; `task_nodes` prefetches assignees and creators, the lead and deal load through the registry."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from app.tasks.models import Task, TaskStatus
from schema.accounts.types import UserType
from schema.context import Context
from schema.deals.types import DealType, related_field, user_nodes
from schema.relay import Node, from_row, register_node

if TYPE_CHECKING:
    from schema.leads.types import LeadType

LeadRef = Annotated["LeadType", strawberry.lazy("schema.leads.types")]
TaskStatusEnum = strawberry.enum(TaskStatus, name="TaskStatus")


@strawberry.type(name="Task", description="A to-do for a member, about a lead or a deal, maybe with a due time.")
class TaskType(Node):
    title: str
    notes: str | None
    due_at: dt.datetime | None = strawberry.field(description="The assignee is reminded once at this time.")
    status: TaskStatusEnum  # type: ignore[valid-type]
    assignee: UserType | None
    created_by: UserType | None
    completed_at: dt.datetime | None
    created_at: dt.datetime
    lead_pk: strawberry.Private[uuid.UUID | None] = None
    deal_pk: strawberry.Private[uuid.UUID | None] = None
    lead: LeadRef | None = related_field("Lead", "lead_pk", "The lead this task is about.")
    deal: DealType | None = related_field("Deal", "deal_pk", "The deal this task is about.")


async def task_nodes(tasks: list[Task]) -> list[TaskType]:
    users = await user_nodes(pk for t in tasks for pk in (t.assignee_id, t.created_by_id))
    return [
        from_row(
            TaskType,
            t,
            assignee=users.get(t.assignee_id),
            created_by=users.get(t.created_by_id),
            lead_pk=t.lead_id,
            deal_pk=t.deal_id,
        )
        for t in tasks
    ]


async def load_tasks(context: Context, pks: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    rows = list(await Task.for_org(context.organization_id).filter(id__in=pks))
    return {row.id: node for row, node in zip(rows, await task_nodes(rows), strict=True)}


register_node("Task", load_tasks, scope="leads:read")
