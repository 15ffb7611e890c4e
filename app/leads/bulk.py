"""Bulk updates of leads (SPEC §7.5, §7.7) as a `BULK_UPDATE` job with progress.

The target set (`leadIds` ≤ 10,000, or a filter evaluated when the job starts, ≤ 100,000 matches) and the
change are sealed on the job row; the queue carries only the job id. When the job starts it freezes the
matching ids (sealed too); each chunk is applied in one transaction together with the cursor saved in
`Job.result`, so a worker killed mid-job resumes after the last committed chunk and never applies a change
twice. Each changed lead is audited and announced like a single change.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from app.accounts.models import Organization
from app.audit import services as audit
from app.audit.models import AuditEvent
from app.customfields.models import CustomField
from app.customfields.services import check_values, lock_fields, value_index, value_model, value_rows
from app.errors import DomainError, ErrorCode
from app.events import EventType, emit_many
from app.jobs import Job, JobKind, enqueue, handler, report_progress
from app.leads import services
from app.leads.models import STATUS_RANK, Lead, LeadStatus, LeadStatusChange, LeadTag
from app.leads.queries import LeadFilter, LeadRow, filter_leads
from app.notifications.models import Notification
from app.notifications.services import announce
from app.orm import insert_rows

MAX_IDS = 10_000
MAX_MATCHES = 100_000
CHUNK = 1_000


@dataclass(frozen=True)
class BulkChange:
    """What to set on every lead (None / empty: leave as it is). `custom_values` are checked values by field
    key, as `check_values` stores them (no atoms: the value is cleared)."""

    status: LeadStatus | None = None
    owner_id: uuid.UUID | None = None
    unassign: bool = False
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    custom_values: tuple[tuple[str, tuple[Any, ...]], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value if self.status else None,
            "ownerId": str(self.owner_id) if self.owner_id else None,
            "unassign": self.unassign,
            "addTags": list(self.add_tags),
            "removeTags": list(self.remove_tags),
            "customFields": [{"key": key, "atoms": list(atoms)} for key, atoms in self.custom_values],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BulkChange:
        return cls(
            status=LeadStatus(data["status"]) if data.get("status") else None,
            owner_id=uuid.UUID(data["ownerId"]) if data.get("ownerId") else None,
            unassign=bool(data.get("unassign")),
            add_tags=tuple(data.get("addTags") or ()),
            remove_tags=tuple(data.get("removeTags") or ()),
            custom_values=tuple((c["key"], tuple(c["atoms"])) for c in data.get("customFields") or ()),
        )


async def matching_ids(organization_id: uuid.UUID, flt: LeadFilter, limit: int | None = None) -> list[uuid.UUID]:
    """The ids of the organisation's leads matching `flt`, oldest first (at most `limit` + 1 when given)."""
    selection = filter_leads(organization_id, await Organization.country_of(organization_id), flt)
    ids: list[uuid.UUID] = []
    after: tuple[Any, Any] | None = None
    while True:
        rows: list[LeadRow] = await selection.page("created_at", False, after, 5_000, columns=["id"])
        ids += [r.id for r in rows]
        if len(rows) < 5_000 or (limit is not None and len(ids) > limit):
            return ids
        after = (rows[-1].created_at, rows[-1].id)


async def check_change(organization_id: uuid.UUID, change: BulkChange, custom_fields: Any = None) -> BulkChange:
    """The change with its tags cleaned and `custom_fields` (`[{key, value}]`, null clears) checked against the
    fields' types (INVALID_INPUT on `customFields.<key>`, as on a single lead)."""
    if change.owner_id is not None and change.unassign:
        raise DomainError(ErrorCode.INVALID_INPUT, "Give an owner or unassign, not both.", "set.unassign")
    add = services.clean_tags(change.add_tags, "set.addTags")
    remove = services.clean_tags(change.remove_tags, "set.removeTags")
    await services._member_or_error(organization_id, change.owner_id, "set.ownerId")
    custom = tuple((field.key, atoms) for field, atoms in (await check_values(organization_id, custom_fields)).items)
    checked = BulkChange(change.status, change.owner_id, change.unassign, tuple(add), tuple(remove), custom)
    if checked == BulkChange():
        raise DomainError(ErrorCode.INVALID_INPUT, "Set at least one thing to change.", "set")
    return checked


async def start_bulk_update(
    organization_id: uuid.UUID,
    *,
    lead_ids: Sequence[uuid.UUID | None] | None,
    flt: LeadFilter | None,
    change: BulkChange,
    actor_id: uuid.UUID | None,
    custom_fields: Any = None,
) -> Job:
    """Check the request and queue the job. `leadIds | filter`: exactly one (INVALID_INPUT)."""
    if (lead_ids is None) == (flt is None):
        raise DomainError(ErrorCode.INVALID_INPUT, "Give either leadIds or a filter.", "leadIds")
    sealed: dict[str, Any] = {}
    if lead_ids is not None:
        if not lead_ids:
            raise DomainError(ErrorCode.INVALID_INPUT, "Name at least one lead.", "leadIds")
        if len(lead_ids) > MAX_IDS:
            raise DomainError(ErrorCode.INVALID_INPUT, f"At most {MAX_IDS} ids; use a filter.", "leadIds")
        wanted = list(dict.fromkeys(i for i in lead_ids if i is not None))
        known = await Lead.for_org(organization_id).filter(id__in=wanted).count()
        if None in lead_ids or known != len(wanted):
            raise DomainError(ErrorCode.NOT_FOUND, "No such lead.", "leadIds")
        sealed["leadIds"] = [str(i) for i in wanted]
    else:
        assert flt is not None
        if len(await matching_ids(organization_id, flt, MAX_MATCHES)) > MAX_MATCHES:
            raise DomainError(ErrorCode.INVALID_INPUT, f"More than {MAX_MATCHES} leads match.", "filter")
        sealed["filter"] = flt.to_json()
    change = await check_change(organization_id, change, custom_fields)
    sealed["set"] = change.to_json()  # sealed: personal custom values never reach the queue or the row in clear
    return await enqueue(
        JobKind.BULK_UPDATE,
        {"actor_id": str(actor_id) if actor_id else None},
        organization_id=organization_id,
        created_by_id=actor_id,
        sealed=sealed,
    )


async def _apply_chunk(
    organization_id: uuid.UUID, ids: list[uuid.UUID], change: BulkChange, actor_id: uuid.UUID | None
) -> tuple[list[uuid.UUID], list[Notification]]:
    """Apply the change to these leads (in the caller's transaction); returns the leads that changed and the
    notifications written, to announce once the chunk commits."""
    # Only the columns the change reads (no contact field is decrypted but the names of leads given to a new
    # owner, for their notifications), rows locked until the chunk commits.
    rows = (
        await Lead.for_org(organization_id)
        .select_for_update()
        .filter(id__in=ids)
        .values_list("id", "status", "owner_id")
    )
    leads = [
        _Target(row[0], LeadStatus(row[1]) if not isinstance(row[1], LeadStatus) else row[1], row[2]) for row in rows
    ]
    changed: set[uuid.UUID] = set()
    told: list[Notification] = []
    now = services._now()
    if change.status is not None:
        moving = [lead for lead in leads if lead.status is not change.status]
        if moving:
            await Lead.filter(id__in=[lead.id for lead in moving]).update(
                status=change.status, status_rank=STATUS_RANK[change.status.value]
            )
            await insert_rows(
                LeadStatusChange,
                [
                    {
                        "organization_id": organization_id,
                        "lead_id": lead.id,
                        "from_status": lead.status,
                        "to_status": change.status,
                        "changed_by_id": actor_id,
                    }
                    for lead in moving
                ],
            )
            # A member's move answers the lead, as setLeadStatus does (speed to lead, SPEC §7.4, §7.7).
            await services.mark_many_responded(organization_id, [lead.id for lead in moving], actor_id, now)
            changed |= {lead.id for lead in moving}
    if change.owner_id is not None or change.unassign:
        target = None if change.unassign else change.owner_id
        moving = [lead for lead in leads if lead.owner_id != target]
        if moving:
            await Lead.filter(id__in=[lead.id for lead in moving]).update(owner_id=target)
            changed |= {lead.id for lead in moving}
            if target is not None and target != actor_id:  # each new owner is told, as by assignLead
                names = (
                    await Lead.for_org(organization_id)
                    .filter(id__in=[m.id for m in moving])
                    .values_list("id", "full_name")
                )
                told = await services.tell_new_owners(
                    organization_id, [(lead_id, name, target) for lead_id, name in names], actor_id
                )
    if change.remove_tags:
        tagged = LeadTag.filter(lead_id__in=ids, name__in=list(change.remove_tags))
        changed |= set(await tagged.values_list("lead_id", flat=True))
        await tagged.delete()
    if change.add_tags:
        have = set(await LeadTag.filter(lead_id__in=ids, name__in=list(change.add_tags)).values_list("lead_id", "name"))
        missing = [(lead.id, tag) for lead in leads for tag in change.add_tags if (lead.id, tag) not in have]
        if missing:
            await insert_rows(
                LeadTag, [{"organization_id": organization_id, "lead_id": lid, "name": tag} for lid, tag in missing]
            )
            changed |= {lid for lid, _ in missing}
    if change.custom_values:
        changed |= await _set_custom_values(organization_id, [lead.id for lead in leads], change.custom_values)
    if changed:
        await Lead.filter(id__in=list(changed)).update(last_activity_at=now, updated_at=now)
        # The same details for every lead of the chunk: sealed once (a sealed value is stored as it is).
        details = AuditEvent._meta.fields_map["details"].to_db_value({"set": change.to_json()}, AuditEvent)
        await audit.record_many(
            {
                "action": "lead.bulk_updated",
                "organization_id": organization_id,
                "actor_user_id": actor_id,
                "target_type": "Lead",
                "target_id": lead_id,
                "details": details,
            }
            for lead_id in sorted(changed)
        )
    return [lead.id for lead in leads if lead.id in changed], told


async def _set_custom_values(
    organization_id: uuid.UUID, ids: list[uuid.UUID], values: tuple[tuple[str, tuple[Any, ...]], ...]
) -> set[uuid.UUID]:
    """Give these leads the values (a field deleted since the job was queued is passed over); returns the leads
    whose value was different. Values are compared by their keyed index, never decrypted."""
    named = (
        await CustomField.for_org(organization_id).filter(key__in=[k for k, _ in values]).values_list("id", flat=True)
    )
    # Held FOR SHARE until the chunk commits: a field deleted or made personal meanwhile waits for these values
    # (and moves them to its sealed table), never finds them written to the table it just left.
    fields = {f.key: f for f in (await lock_fields(organization_id, named)).values()}  # type: ignore[arg-type]
    changed: set[uuid.UUID] = set()
    for key, atoms in values:
        field = fields.get(key)
        if field is None:
            continue
        model = value_model(field)
        stored = model.filter(organization_id=organization_id, lead_id__in=ids, field_id=field.id)
        held: dict[uuid.UUID, list[tuple[int, str]]] = {}
        for lead_id, position, index in await stored.values_list("lead_id", "position", "value_bidx"):
            held.setdefault(lead_id, []).append((position, index))
        wanted = [value_index(field, atom) for atom in atoms]
        moving = [i for i in ids if [index for _, index in sorted(held.get(i, []))] != wanted]
        if not moving:
            continue
        await model.filter(organization_id=organization_id, lead_id__in=moving, field_id=field.id).delete()
        if atoms:
            await model.bulk_create([row for i in moving for row in value_rows(field, i, atoms)], batch_size=1000)
        changed.update(moving)
    return changed


@dataclass(frozen=True)
class _Target:
    id: uuid.UUID
    status: LeadStatus
    owner_id: uuid.UUID | None


@handler(JobKind.BULK_UPDATE)
async def run_bulk_update(job: Job) -> dict[str, Any]:
    """Freeze the targets at the first start, then apply chunk by chunk from the saved cursor."""
    organization_id = job.organization_id
    sealed = dict(job.sealed or {})
    if organization_id is None or "set" not in sealed:
        return {"total": 0, "done": 0, "changed": 0}
    actor = job.payload.get("actor_id")
    actor_id = uuid.UUID(actor) if actor else None
    change = BulkChange.from_json(sealed["set"])
    if "targets" not in sealed:
        if "leadIds" in sealed:
            ids = [uuid.UUID(i) for i in sealed["leadIds"]]
        else:
            ids = await matching_ids(organization_id, LeadFilter.from_json(sealed["filter"]), MAX_MATCHES)
            if len(ids) > MAX_MATCHES:
                raise DomainError(ErrorCode.INVALID_INPUT, f"More than {MAX_MATCHES} leads match.", "filter")
        # Frozen, 16 bytes a lead: a re-run works on the same leads in the same order.
        sealed["targets"] = base64.b64encode(b"".join(i.bytes for i in ids)).decode("ascii")
        job.sealed = sealed
        job.result = {"total": len(ids), "done": 0, "changed": 0}
        await job.save(update_fields=["sealed", "result", "updated_at"])
        del ids
    targets = base64.b64decode(sealed["targets"])
    total = len(targets) // 16
    state = dict(job.result or {"total": total, "done": 0, "changed": 0})
    for start in range(int(state.get("done", 0)), total, CHUNK):
        chunk = [uuid.UUID(bytes=targets[i * 16 : i * 16 + 16]) for i in range(start, min(total, start + CHUNK))]
        async with in_transaction():
            changed, told = await _apply_chunk(organization_id, chunk, change, actor_id)
            state = {"total": total, "done": start + len(chunk), "changed": int(state["changed"]) + len(changed)}
            await Job.filter(id=job.id).update(result=state)  # the cursor commits with the chunk
        await emit_many(EventType.LEAD_UPDATED, organization_id, changed)
        await announce(told)
        await report_progress(job, min(99, state["done"] * 100 // max(total, 1)))
    return state
