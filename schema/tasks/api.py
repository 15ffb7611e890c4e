"""Tasks: MEMBER writes, VIEWER reads (leads:write / leads:read for tokens); thin over app.tasks.services."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.types import Info

from app.accounts.models import Role
from app.tasks import services
from app.tasks.models import Task, TaskStatus
from schema.context import Context, ctx, org_and_actor
from schema.errors import entity_payloads, payload_mutation, payload_type
from schema.permissions import allow
from schema.relay import (
    Connection,
    PageArgs,
    connection_field,
    filter_pk,
    id_input,
    paginate,
    pk_or_not_found,
)
from schema.tasks.types import TaskStatusEnum, TaskType, task_nodes

READ = allow(scope="leads:read")
WRITE = allow(Role.MEMBER, "leads:write")

DueBucketEnum = strawberry.enum(
    services.DueBucket,
    name="TaskDue",
    description="OPEN tasks by due time: OVERDUE (past), TODAY (later today in your time zone), UPCOMING, NONE.",
)


@strawberry.input
class CreateTaskInput:
    title: str
    notes: str | None = None
    due_at: dt.datetime | None = strawberry.field(
        default=None, description="Reminded once when it comes; a past time makes the task OVERDUE."
    )
    lead_id: strawberry.ID | None = None
    deal_id: strawberry.ID | None = None
    assignee_id: strawberry.ID | None = strawberry.field(default=None, description="Default: you.")


@strawberry.input(description="Fields left out stay as they are.")
class UpdateTaskInput:
    id: strawberry.ID
    title: str | None = None
    notes: str | None = None
    due_at: dt.datetime | None = None
    assignee_id: strawberry.ID | None = None


CompleteTaskInput = id_input("CompleteTaskInput")
DeleteTaskInput = id_input("DeleteTaskInput")
CreateTaskPayload, UpdateTaskPayload, DeleteTaskPayload = entity_payloads("Task", TaskType, "task")
CompleteTaskPayload = payload_type("CompleteTaskPayload", task=TaskType)


@strawberry.input
class TaskFilter:
    assignee_id: strawberry.ID | None = None
    lead_id: strawberry.ID | None = None
    status: TaskStatusEnum | None = None  # type: ignore[valid-type]
    due: DueBucketEnum | None = None  # type: ignore[valid-type]


async def _node(task: Task) -> TaskType:
    return (await task_nodes([task]))[0]


async def tasks_connection(context: Context, given: TaskFilter | None, page: PageArgs) -> Connection[TaskType]:
    given = given or TaskFilter()
    assignee_pk, no_assignee = filter_pk(given.assignee_id, "User")
    lead_pk, no_lead = filter_pk(given.lead_id, "Lead")
    qs = await services.tasks_query(
        context.organization_id,
        viewer_id=context.require_viewer().user_id,
        assignee_id=assignee_pk,
        lead_id=lead_pk,
        status=TaskStatus(given.status.value) if given.status is not None else None,
        due=services.DueBucket(given.due.value) if given.due is not None else None,
    )
    if no_assignee or no_lead:
        qs = qs.filter(id__isnull=True)
    key = [given.assignee_id, given.lead_id, given.status, given.due]
    return await paginate(qs, page, task_nodes, filter_key=key)


@strawberry.type
class Query:
    @connection_field(READ, "Your organisation's tasks, newest first.")
    async def tasks(self, info: Info, filter: TaskFilter | None = None, *, page: PageArgs) -> Connection[TaskType]:
        return await tasks_connection(ctx(info), filter, page)


@strawberry.type
class Mutation:
    @payload_mutation(WRITE, "A task for you or a member, maybe about a lead or deal.")
    async def create_task(self, info: Info, input: CreateTaskInput) -> CreateTaskPayload:
        org_id, actor_id = org_and_actor(info)
        task = await services.create_task(
            org_id,
            title=input.title,
            notes=input.notes,
            due_at=input.due_at,
            lead_id=pk_or_not_found(input.lead_id, "Lead", "leadId"),
            deal_id=pk_or_not_found(input.deal_id, "Deal", "dealId"),
            assignee_id=pk_or_not_found(input.assignee_id, "User", "assigneeId"),
            actor_id=actor_id,
        )
        return CreateTaskPayload(task=await _node(task))

    @payload_mutation(WRITE, "Change a task's title, notes, due time or assignee.")
    async def update_task(self, info: Info, input: UpdateTaskInput) -> UpdateTaskPayload:
        task = await services.update_task(
            ctx(info).organization_id,
            pk_or_not_found(input.id, "Task", "id"),
            title=input.title,
            notes=input.notes,
            due_at=input.due_at,
            assignee_id=pk_or_not_found(input.assignee_id, "User", "assigneeId"),
        )
        return UpdateTaskPayload(task=await _node(task))

    @payload_mutation(WRITE, "Mark a task done.")
    async def complete_task(self, info: Info, input: CompleteTaskInput) -> CompleteTaskPayload:
        org_id, actor_id = org_and_actor(info)
        task = await services.complete_task(org_id, pk_or_not_found(input.id, "Task", "id"), actor_id=actor_id)
        return CompleteTaskPayload(task=await _node(task))

    @payload_mutation(WRITE, "Delete a task.")
    async def delete_task(self, info: Info, input: DeleteTaskInput) -> DeleteTaskPayload:
        org_id = ctx(info).organization_id
        task = await services.get_task(org_id, pk_or_not_found(input.id, "Task", "id"))
        shown = await _node(task)
        await services.delete_task(org_id, task.id)
        return DeleteTaskPayload(task=shown, deleted_id=input.id)
