"""Tasks: create, change, complete, delete, list by due bucket, and remind once per due time.

Reminders are at most once: a cron asks every minute for a TASK_REMINDER job per task that fell due, once
per (task, dueAt) (the job's dedupe key); the job claims the reminder with one conditional UPDATE before the
mail is queued, so a re-run after a killed worker finds it claimed and sends nothing. Mails carry a link
only, never the task's or the lead's text.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
import zoneinfo
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from app.accounts.models import User
from app.accounts.services import check_text
from app.deals import services as deal_services
from app.errors import DomainError, ErrorCode
from app.jobs import Job, JobKind, cron, enqueue, handler
from app.leads import services as lead_services
from app.notifications.models import NotificationKind
from app.notifications.services import notify
from app.tasks.models import Task, TaskStatus

MAX_NOTES = 10_000
REMINDER_BATCH = 500


class DueBucket(enum.Enum):
    OVERDUE = "OVERDUE"
    TODAY = "TODAY"
    UPCOMING = "UPCOMING"
    NONE = "NONE"


def _notes(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_NOTES:
        raise DomainError(ErrorCode.INVALID_INPUT, f"Use at most {MAX_NOTES} characters.", "notes")
    return value.strip()


def _due(value: dt.datetime | None) -> dt.datetime | None:
    """Any time, read as UTC without a zone: a task written down late is OVERDUE at once (and its assignee is
    reminded if it fell due within the last day, as the cron reminds any other)."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


async def get_task(organization_id: uuid.UUID, task_id: uuid.UUID | None, field: str = "id") -> Task:
    return await deal_services.own_row(Task, organization_id, task_id, field)


async def create_task(
    organization_id: uuid.UUID,
    *,
    title: str,
    notes: str | None = None,
    due_at: dt.datetime | None = None,
    lead_id: uuid.UUID | None = None,
    deal_id: uuid.UUID | None = None,
    assignee_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> Task:
    """A task for `assignee_id` (default: the caller); a deal's task is also about the deal's lead."""
    text = check_text(title, "title")
    lead = await lead_services.get_lead(organization_id, lead_id, "leadId") if lead_id is not None else None
    deal = await deal_services.get_deal(organization_id, deal_id, "dealId") if deal_id is not None else None
    if deal is not None and lead is not None and deal.lead_id != lead.id:
        raise DomainError(ErrorCode.INVALID_INPUT, "This deal is about another lead.", "dealId")
    task = await Task.create(
        organization_id=organization_id,
        title=text,
        notes=_notes(notes),
        due_at=_due(due_at),
        lead_id=lead.id if lead else (deal.lead_id if deal else None),
        deal_id=deal.id if deal else None,
        assignee_id=await deal_services.check_member(organization_id, assignee_id or actor_id, "assigneeId"),
        created_by_id=actor_id,
    )
    return task


async def update_task(
    organization_id: uuid.UUID,
    task_id: uuid.UUID | None,
    *,
    title: str | None = None,
    notes: str | None = None,
    due_at: dt.datetime | None = None,
    assignee_id: uuid.UUID | None = None,
) -> Task:
    """Fields left out stay; a new due time gets its own reminder when it comes."""
    task = await get_task(organization_id, task_id)
    if title is not None:
        task.title = check_text(title, "title")
    if notes is not None:
        task.notes = _notes(notes)
    if due_at is not None:
        task.due_at = _due(due_at)
    if assignee_id is not None:
        task.assignee_id = await deal_services.check_member(organization_id, assignee_id, "assigneeId")
    # Only the edited columns: a completion or a reminder claimed since the read is not written back.
    await task.save(update_fields=["title", "notes", "due_at", "assignee_id", "updated_at"])
    return task


async def complete_task(
    organization_id: uuid.UUID, task_id: uuid.UUID | None, *, actor_id: uuid.UUID | None = None
) -> Task:
    task = await get_task(organization_id, task_id)
    at = dt.datetime.now(dt.UTC)
    # Conditional: of callers completing one task at once, only the one whose update finds it OPEN did it.
    done = await Task.filter(id=task.id, status=TaskStatus.OPEN).update(
        status=TaskStatus.DONE, completed_at=at, updated_at=at
    )
    if not done:
        raise DomainError(ErrorCode.ALREADY_DONE, "This task is already done.", "id")
    task.status, task.completed_at, task.updated_at = TaskStatus.DONE, at, at
    if task.lead_id is not None:
        await lead_services.mark_responded(organization_id, task.lead_id, actor_id)
    return task


async def delete_task(organization_id: uuid.UUID, task_id: uuid.UUID | None) -> Task:
    task = await get_task(organization_id, task_id)
    await task.delete()
    return task


async def start_of_tomorrow(user_id: uuid.UUID, now: dt.datetime) -> dt.datetime:
    """The end of "today" in the user's time zone, as a UTC instant."""
    name = await User.filter(id=user_id).first().values_list("time_zone", flat=True)
    zone = zoneinfo.ZoneInfo(str(name or "UTC"))
    tomorrow = now.astimezone(zone).date() + dt.timedelta(days=1)
    return dt.datetime.combine(tomorrow, dt.time(), tzinfo=zone).astimezone(dt.UTC)


async def tasks_query(
    organization_id: uuid.UUID,
    *,
    viewer_id: uuid.UUID,
    assignee_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    status: TaskStatus | None = None,
    due: DueBucket | None = None,
) -> QuerySet[Task]:
    """Tasks matching the filter; `due` splits OPEN tasks, TODAY counted in the caller's time zone."""
    given = {"assignee_id": assignee_id, "lead_id": lead_id, "status": status}
    qs = Task.for_org(organization_id).filter(**{name: value for name, value in given.items() if value is not None})
    if due is not None:
        now = dt.datetime.now(dt.UTC)
        qs = qs.filter(status=TaskStatus.OPEN)
        if due is DueBucket.NONE:
            qs = qs.filter(due_at__isnull=True)
        elif due is DueBucket.OVERDUE:
            qs = qs.filter(due_at__lt=now)
        else:
            boundary = await start_of_tomorrow(viewer_id, now)
            qs = qs.filter(
                Q(due_at__gte=now, due_at__lt=boundary) if due is DueBucket.TODAY else Q(due_at__gte=boundary)
            )
    return qs


# --- reminders -------------------------------------------------------------------------------------------


async def _schedule_reminder(task: Task) -> None:
    """One TASK_REMINDER job per (task, dueAt): its dedupe key names both."""
    assert task.due_at is not None
    due_at = task.due_at.astimezone(dt.UTC).isoformat()
    await enqueue(
        JobKind.TASK_REMINDER,
        {"task_id": str(task.id), "due_at": due_at},
        organization_id=task.organization_id,
        dedupe_key=f"task-reminder:{task.id}:{due_at}",
    )


async def send_reminder(task_id: uuid.UUID, due_at: dt.datetime) -> bool:
    """Claim, then mail: True when this call sent the reminder for that due time."""
    claimed = await Task.filter(
        Q(reminded_for__isnull=True) | ~Q(reminded_for=due_at),
        id=task_id,
        due_at=due_at,
        status=TaskStatus.OPEN,
        assignee_id__isnull=False,
        due_at__lte=dt.datetime.now(dt.UTC),
    ).update(reminded_for=due_at)
    if not claimed:
        return False
    task = await Task.get(id=task_id)
    assignee = await User.get_or_none(id=task.assignee_id)
    if assignee is None:
        return False
    await notify(
        NotificationKind.TASK_DUE,
        title="A task is due",
        body="One of your tasks is due now.",
        user_ids=[assignee.id],
        organization_id=task.organization_id,
        link=f"/tasks/{task.id}",
        mail=True,
        mail_kind="task_reminder",
    )
    return True


@handler(JobKind.TASK_REMINDER)
async def run_reminder(job: Job) -> dict[str, Any]:
    sent = await send_reminder(uuid.UUID(job.payload["task_id"]), dt.datetime.fromisoformat(job.payload["due_at"]))
    return {"sent": sent}


@cron("task-reminders")
async def remind_due_tasks(now: dt.datetime | None = None) -> int:
    """Every minute: a reminder job for each task that fell due in the last day and was not reminded for
    that due time yet. Returns how many jobs it asked for (an existing job for the same due time counts)."""
    now = now or dt.datetime.now(dt.UTC)
    due = await Task.filter(
        status=TaskStatus.OPEN, due_at__lte=now, due_at__gt=now - dt.timedelta(days=1), assignee_id__isnull=False
    ).limit(REMINDER_BATCH)
    pending = [task for task in due if task.reminded_for != task.due_at]
    for task in pending:
        await _schedule_reminder(task)
    return len(pending)
