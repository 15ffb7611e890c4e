"""The assessment: which recorded events of the incident's window fall in its scope, and whose data they touched.

It reads only the incident's organisation's audit trail, through the (organization_id, created_at) index, in
keyset batches; it counts only what the trail records (an event names its lead or user, or it is not counted
as touching one). A run recomputes everything and replaces the previous result in one transaction, so a re-run
after a crash or a second request gives the same answer.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from app.audit import services as audit
from app.audit.models import AuditEvent
from app.classification import DataCategory
from app.ids import pk_from
from app.incidents.models import SecurityIncident, SecurityIncidentLead, SecurityIncidentStatus
from app.incidents.services import IncidentScope
from app.jobs import Job, JobKind, handler, report_progress
from app.leads.lead_export import exported_lead_ids
from app.leads.models import Lead
from app.orm import Statement, insert_rows, select_rows

BATCH = 5_000


@dataclass(frozen=True)
class Rule:
    """What a recorded action discloses: the category of data, and whose (the target lead, the exported leads
    in `details.leadIds` or the export's LeadExportLeads rows it names, or the signed-in user)."""

    category: DataCategory
    subject: str  # "lead" | "leads" | "user"


# The recorded actions an assessment counts (SPEC §7.1): contact reads, exports, partner deliveries with
# contact fields, Conversions API sends, sign-ins. Writers of new such events use these names.
RULES: dict[str, Rule] = {
    "lead.contact_read": Rule(DataCategory.LEAD_CONTACT, "lead"),  # a request read a lead's contact fields
    "lead.exported": Rule(DataCategory.LEAD_CONTACT, "leads"),  # a lead list export; details.leadIds
    "leads.exported": Rule(DataCategory.LEAD_CONTACT, "leads"),
    "webhook.contact_delivered": Rule(DataCategory.LEAD_CONTACT, "lead"),  # contact fields sent to a partner
    "conversions.sent": Rule(DataCategory.LEAD_CONTACT, "lead"),  # a Conversions API event about a lead
    "auth.signed_in": Rule(DataCategory.ACCOUNT, "user"),  # a session was opened into the account
}
_IP = AuditEvent._meta.fields_map["ip_address"]
_DETAILS = AuditEvent._meta.fields_map["details"]


@dataclass
class Tally:
    records: int = 0
    leads: set[uuid.UUID] = field(default_factory=set)
    users: set[uuid.UUID] = field(default_factory=set)
    categories: dict[DataCategory, tuple[set[uuid.UUID], list[int]]] = field(default_factory=dict)

    def add(self, category: DataCategory, subjects: set[uuid.UUID], kind: str) -> None:
        self.records += 1
        (self.users if kind == "user" else self.leads).update(subjects)
        seen, records = self.categories.setdefault(category, (set(), [0]))
        seen.update(subjects)
        records[0] += 1

    def as_json(self) -> dict[str, Any]:
        return {
            "leads": len(self.leads),
            "users": len(self.users),
            "records": self.records,
            "categories": [
                {"category": c.value, "subjects": len(seen), "records": n[0]}
                for c, (seen, n) in sorted(self.categories.items(), key=lambda item: item[0].value)
            ],
        }


def _in_networks(raw_ip: Any, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    if raw_ip is None or not networks:
        return False
    try:
        address = ipaddress.ip_address(str(_IP.to_python_value(raw_ip)))
    except ValueError:
        return False
    return any(address.version == n.version and address in n for n in networks)


def _matches(row: dict[str, Any], scope: IncidentScope, networks: list[Any]) -> bool:
    return (
        row["actor_user_id"] in scope.user_ids
        or row["actor_token_id"] in scope.api_token_ids
        or row["actor_session_id"] in scope.session_ids
        or row["webhook_subscription_id"] in scope.webhook_subscription_ids
        or _in_networks(row["ip_address"], networks)
    )


async def _subjects(organization_id: uuid.UUID, row: dict[str, Any], rule: Rule) -> set[uuid.UUID]:
    if rule.subject == "user":
        return {row["actor_user_id"]} if row["actor_user_id"] is not None else set()
    found: set[uuid.UUID] = set()
    target = row["target_id"]
    if row["target_type"] == "Lead" and target is not None and (lead := pk_from(str(target), "Lead")) is not None:
        found.add(lead)
    if rule.subject == "leads" and row["details"] is not None:
        details = _DETAILS.to_python_value(row["details"]) or {}
        ids = details.get("leadIds") or []
        if isinstance(ids, dict):  # a lead-list export names its ids by reference (app.leads.lead_export)
            async for page in exported_lead_ids(organization_id, ids):
                found.update(page)
        else:
            found.update(pk for pk in (pk_from(str(i), "Lead") for i in ids if i is not None) if pk is not None)
    return found


def _batch_sql(
    organization_id: uuid.UUID,
    scope: IncidentScope,
    start: dt.datetime,
    end: dt.datetime,
    after: tuple[dt.datetime, uuid.UUID] | None,
) -> tuple[str, list[Any]]:
    """One organisation's window (the (organization_id, created_at) index), the counted actions, and the
    scope's actors; with IP networks in scope, every event carrying an address is a candidate (addresses are
    encrypted, so they are compared after decryption)."""
    st = Statement()  # parameters numbered in reading order (SQLite binds them by position)
    where = [
        f"organization_id = {st.param(organization_id)}",
        f"created_at >= {st.param(start)}",
        f"created_at <= {st.param(end)}",
        st.one_of("action", list(RULES)),
    ]
    actor = [
        st.one_of("actor_user_id", scope.user_ids),
        st.one_of("actor_token_id", scope.api_token_ids),
        st.one_of("actor_session_id", scope.session_ids),
        st.one_of("webhook_subscription_id", scope.webhook_subscription_ids),
    ]
    if scope.ip_addresses:
        actor.append("ip_address IS NOT NULL")
    where.append("(" + " OR ".join(actor) + ")")
    if after is not None:
        at, pk = after
        where.append(f"(created_at > {st.param(at)} OR (created_at = {st.param(at)} AND id > {st.param(pk)}))")
    columns = (
        "id, created_at, action, actor_user_id, actor_token_id, actor_session_id, webhook_subscription_id, "
        "target_type, target_id, ip_address, details"
    )
    sql = (
        f"SELECT {columns} FROM audit_event WHERE {' AND '.join(where)} "  # noqa: S608 (values bound)
        f"ORDER BY created_at, id LIMIT {BATCH}"
    )
    return sql, st.values


_COLUMNS = {
    name: AuditEvent._meta.fields_map[name]
    for name in ("id", "created_at", "actor_user_id", "actor_token_id", "actor_session_id", "webhook_subscription_id")
}

Progress = Callable[[int, int], Awaitable[None]]


async def tally(
    organization_id: uuid.UUID,
    scope: IncidentScope,
    start: dt.datetime,
    end: dt.datetime,
    progress: Progress | None = None,
) -> Tally:
    """Count the matching events of one organisation's window (no writes)."""
    result = Tally()
    networks = scope.networks()
    span = max(1.0, (end - start).total_seconds())
    after: tuple[dt.datetime, uuid.UUID] | None = None
    while True:
        sql, values = _batch_sql(organization_id, scope, start, end, after)
        rows = await select_rows(sql, values, _COLUMNS)
        for row in rows:
            rule = RULES.get(row["action"])
            if rule is None or not _matches(row, scope, networks):
                continue
            result.add(rule.category, await _subjects(organization_id, row, rule), rule.subject)
        if progress is not None:
            done = (rows[-1]["created_at"] - start).total_seconds() if len(rows) == BATCH else span
            await progress(int(done), int(span))
        if len(rows) < BATCH:
            return result
        after = (rows[-1]["created_at"], rows[-1]["id"])


async def assess(incident_id: uuid.UUID, progress: Progress | None = None) -> dict[str, Any]:
    """Assess one incident and store the result (idempotent: each run replaces the last)."""
    incident = await SecurityIncident.get(id=incident_id)
    org_id = incident.organization_id
    scope = IncidentScope.from_json(incident.scope)
    counted = await tally(org_id, scope, incident.window_start, incident.window_end, progress)
    lead_ids = sorted(counted.leads)
    existing: list[uuid.UUID] = []
    for i in range(0, len(lead_ids), BATCH):  # only leads still held (erased ones are counted, not listed)
        chunk = lead_ids[i : i + BATCH]
        existing.extend(await Lead.for_org(org_id).filter(id__in=chunk).values_list("id", flat=True))  # type: ignore[arg-type]
    affected = counted.as_json()
    now = dt.datetime.now(dt.UTC)
    async with in_transaction():
        await SecurityIncidentLead.filter(incident_id=incident.id).delete()
        await insert_rows(
            SecurityIncidentLead,
            [{"organization_id": org_id, "incident_id": incident.id, "lead_id": pk} for pk in sorted(existing)],
        )
        updates: dict[str, Any] = {
            "affected": affected,
            "affected_user_ids": [str(u) for u in sorted(counted.users)],
            "assessed_at": now,
        }
        changed = (
            await SecurityIncident.filter(id=incident.id)
            .exclude(status=SecurityIncidentStatus.CLOSED)
            .update(**updates)
        )
        if changed:
            await SecurityIncident.filter(id=incident.id, status=SecurityIncidentStatus.OPEN).update(
                status=SecurityIncidentStatus.ASSESSED
            )
    if changed:
        counts = {"leads": affected["leads"], "users": affected["users"], "records": affected["records"]}
        await audit.record_change("incident.assessed", incident, None, counts)
    return affected


@handler(JobKind.INCIDENT_ASSESSMENT)
async def run_assessment(job: Job) -> dict[str, Any]:
    """`Job.result` holds counts only (no ids, no personal data)."""

    async def progress(done: int, total: int) -> None:
        await report_progress(job, 5 + 85 * done // max(1, total))

    affected = await assess(uuid.UUID(job.payload["incident_id"]), progress)
    return {"leads": affected["leads"], "users": affected["users"], "records": affected["records"]}
