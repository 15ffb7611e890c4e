"""Workflow actions other than WhatsApp templates: round-robin assignment, a task, a mail to members, a deal.

Each is automated processing (SPEC §7.2): the run checks the lead's AUTOMATED_DECISIONS objection first
(workflows.py) and records an explanation without personal data. Round robin turns come from one atomic
counter on the workflow row (UPDATE ... RETURNING), so processes running in parallel stay even.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise import connections

from app.accounts.models import Membership, Role, User
from app.deals import services as deals
from app.errors import DomainError, ErrorCode
from app.leads import services as leads
from app.leads.models import Lead
from app.mail.services import send_mail
from app.messaging.models import Workflow, WorkflowActionKind
from app.money import check_amount, check_currency
from app.notifications.models import LEAD_PLACEHOLDER, NotificationKind
from app.notifications.services import notify
from app.settings import get_settings
from app.tasks import services as tasks

MAX_MEMBERS = 50
MAX_DUE_MINUTES = 366 * 24 * 60


@dataclass
class Outcome:
    """What an action did: `reason` set means SKIPPED; `explanation` says it in words (no personal data)."""

    explanation: str
    reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _invalid(message: str, where: str = "action") -> DomainError:
    return DomainError(ErrorCode.INVALID_INPUT, message, where)


async def _members(organization_id: uuid.UUID, ids: list[str], where: str, least: Role = Role.VIEWER) -> list[str]:
    """Members of this organisation with at least the role `least`, in the given order, each once. Round robin
    and notices take any member (a run skips those who lack the role then: roles change after a workflow is
    saved); a task's named assignee must be able to take it now."""
    unique = list(dict.fromkeys(ids))
    if not unique or len(unique) > MAX_MEMBERS:
        raise _invalid(f"Name 1 to {MAX_MEMBERS} members.", where)
    found = {
        str(m.user_id): m.role
        for m in await Membership.for_org(organization_id).filter(user_id__in=[uuid.UUID(i) for i in unique])
    }
    missing = [i for i in unique if i not in found]
    if missing:
        raise DomainError(ErrorCode.NOT_FOUND, "No such member of this organisation.", where)
    if any(found[i] < least for i in unique):
        raise _invalid("Only members with the MEMBER role or higher take leads and tasks.", where)
    return unique


async def validate(organization_id: uuid.UUID, kind: WorkflowActionKind, config: dict[str, Any]) -> dict[str, Any]:
    """The stored settings of an action, checked (typed errors on `action`)."""
    if kind is WorkflowActionKind.ASSIGN_ROUND_ROBIN:
        ids = await _members(organization_id, config.get("member_ids") or [], "action.assignRoundRobin.memberIds")
        return {"member_ids": ids}
    if kind is WorkflowActionKind.CREATE_TASK:
        title = str(config.get("title") or "").strip()
        if not title or len(title) > 200:
            raise _invalid("A task title has 1 to 200 characters.", "action.createTask.title")
        minutes = int(config.get("due_in_minutes") or 0)
        if not 1 <= minutes <= MAX_DUE_MINUTES:
            raise _invalid(f"dueInMinutes is 1 to {MAX_DUE_MINUTES}.", "action.createTask.dueInMinutes")
        assignee, member = config.get("assignee"), config.get("member_id")
        if (assignee == "MEMBER") != (member is not None):
            raise _invalid("memberId is given exactly when assignee is MEMBER.", "action.createTask.memberId")
        if member is not None:
            await _members(organization_id, [member], "action.createTask.memberId", Role.MEMBER)
        return {"title": title, "due_in_minutes": minutes, "assignee": assignee, "member_id": member}
    if kind is WorkflowActionKind.NOTIFY_MEMBERS:
        ids = await _members(organization_id, config.get("member_ids") or [], "action.notifyMembers.memberIds")
        channels = list(dict.fromkeys(config.get("channels") or []))
        if not channels or not set(channels) <= {"EMAIL", "IN_APP"}:
            raise _invalid("Choose EMAIL, IN_APP or both.", "action.notifyMembers.channels")
        return {"member_ids": ids, "channels": channels}
    if kind is WorkflowActionKind.CREATE_DEAL:
        pipeline_id, stage_id = config.get("pipeline_id"), config.get("stage_id")
        if pipeline_id is not None:
            await deals.get_pipeline(organization_id, uuid.UUID(pipeline_id), "action.createDeal.pipelineId")
        if stage_id is not None:
            stage = await deals.get_stage(organization_id, uuid.UUID(stage_id), "action.createDeal.stageId")
            if pipeline_id is not None and str(stage.pipeline_id) != pipeline_id:
                raise _invalid("This stage belongs to another pipeline.", "action.createDeal.stageId")
        currency = config.get("currency")
        if currency is not None:
            currency = check_currency(currency, "action.createDeal.currency")
        amount = config.get("amount")
        if amount is not None:
            try:
                value = Decimal(str(amount))
            except InvalidOperation:
                raise _invalid("Give a decimal amount.", "action.createDeal.amount") from None
            check_amount(value, currency or "EUR", "action.createDeal.amount")
        return {"pipeline_id": pipeline_id, "stage_id": stage_id, "amount": amount, "currency": currency}
    raise _invalid("Unknown action.")


async def _next_turn(workflow: Workflow) -> int:
    """The workflow's next round-robin turn, counted by the database (even across processes)."""
    db = connections.get("default")
    sql = 'UPDATE "workflow" SET round_robin_turns = round_robin_turns + 1 WHERE id = {} RETURNING round_robin_turns'
    if db.capabilities.dialect == "postgres":
        rows = await db.execute_query_dict(sql.format("$1"), [workflow.id])
    else:
        rows = await db.execute_query_dict(sql.format("?"), [str(workflow.id)])
    return int(rows[0]["round_robin_turns"])


async def _eligible(organization_id: uuid.UUID, ids: list[str], least: Role = Role.MEMBER) -> list[uuid.UUID]:
    """Those still members with at least the role `least` (people who left or lack the role are skipped)."""
    rows = await Membership.for_org(organization_id).filter(user_id__in=[uuid.UUID(i) for i in ids])
    allowed = {str(m.user_id) for m in rows if m.role >= least}
    return [uuid.UUID(i) for i in ids if i in allowed]


async def run(workflow: Workflow, lead: Lead) -> Outcome:
    kind, config = workflow.action_kind, dict(workflow.action_config or {})
    org = workflow.organization_id
    if kind is WorkflowActionKind.ASSIGN_ROUND_ROBIN:
        if lead.owner_id is not None:
            return Outcome("The lead already had an owner; round robin assigns unowned leads only.", "LEAD_OWNED")
        members = await _eligible(org, config["member_ids"])
        if not members:
            return Outcome("None of the workflow's members can take leads any more.", "NO_ELIGIBLE_MEMBER")
        turn = await _next_turn(workflow)
        owner = members[(turn - 1) % len(members)]
        await leads.assign(org, lead.id, owner)
        return Outcome(f"Assigned by round robin to member {owner} (turn {turn}, {len(members)} eligible members).")
    if kind is WorkflowActionKind.CREATE_TASK:
        assignee = lead.owner_id if config["assignee"] == "LEAD_OWNER" else uuid.UUID(config["member_id"])
        if assignee is not None and not await _eligible(org, [str(assignee)]):
            assignee = None
        due = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=int(config["due_in_minutes"]))
        task = await tasks.create_task(
            org, title=config["title"], due_at=due, lead_id=lead.id, assignee_id=assignee, actor_id=None
        )
        who = f"member {assignee}" if assignee else "nobody (the lead has no owner)"
        return Outcome(f"Created a task due in {config['due_in_minutes']} minutes for {who}.", extra={"task": task})
    if kind is WorkflowActionKind.NOTIFY_MEMBERS:
        members = await _eligible(org, config["member_ids"], Role.VIEWER)  # the lead's name only where readable
        channels = set(config.get("channels") or ["EMAIL"])
        title, body = (
            "A lead matches a workflow",
            f"{LEAD_PLACEHOLDER} matched the workflow \u201c{workflow.name}\u201d.",
        )
        if "IN_APP" in channels:
            await notify(
                NotificationKind.LEAD_ASSIGNED,
                title=title,
                body=body,
                user_ids=[uuid.UUID(str(m)) for m in members],
                organization_id=org,
                link=f"/leads/{lead.id}",
                lead_id=lead.id,
                lead_name=lead.full_name or "A lead",
                mail="EMAIL" in channels,
                mail_kind="workflow_notice",
            )
        else:
            link = f"{get_settings().base_url.rstrip('/')}/leads/{lead.id}"
            for user in await User.filter(id__in=members):
                await send_mail(
                    user.email,
                    title,
                    f"A lead matched the workflow \u201c{workflow.name}\u201d.\n\nOpen it in QuantixOne: {link}\n",
                    kind="workflow_notice",
                    organization_id=org,
                )
        told = " and ".join(sorted(channels)).lower().replace("in_app", "in the app").replace("email", "by mail")
        return Outcome(f"Told {len(members)} members {told} (no contact details in mails).")
    if kind is WorkflowActionKind.CREATE_DEAL:
        deal = await deals.create_deal(
            org,
            lead_id=lead.id,
            name=workflow.name,
            pipeline_id=uuid.UUID(config["pipeline_id"]) if config.get("pipeline_id") else None,
            stage_id=uuid.UUID(config["stage_id"]) if config.get("stage_id") else None,
            amount=Decimal(str(config["amount"])) if config.get("amount") is not None else None,
            currency=config.get("currency"),
        )
        return Outcome(f"Created a deal in stage {deal.stage_id}.", extra={"deal": deal})
    raise ValueError(kind)
