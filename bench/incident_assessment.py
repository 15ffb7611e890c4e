"""Incident assessment benchmark: one incident assessed among 1,000,000 audit events of 100 organisations.

    .venv/bin/python bench/incident_assessment.py [--events 1000000] [--orgs 100] [--days 7] [--keep]

PostgreSQL (`QUANTIX_BENCH_PG`, default postgres://postgres@127.0.0.1:5432), a database of its own. Bulk-loads
the audit trail with COPY, as the app writes it (IP addresses encrypted; a pool of sealed addresses per
organisation, so loading does not spend its time in AES): contact reads, sign-ins, exports, partner deliveries
and unrelated actions, spread over `--days` days, by each organisation's users, sessions and API tokens from its
own addresses. One organisation's trail also holds a leaked API token's reads and reads from an attacker's
/24 network; the other organisations' trails use the same network too (an assessment must not see them).

It reports one incident in that organisation, scoped to the token and the network over the last 24 hours, and
times `assess()` (the INCIDENT_ASSESSMENT job's work: the scan, the counts, the affected-lead list written). The
target: under 10 s, and counts equal to the bench's own brute-force count (every event of the organisation read
back, addresses decrypted, the scope applied in plain Python). It also records the batch statement's plan, which
must use the (organization_id, created_at) index. Writes bench/results/incident_assessment.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import ipaddress
import json
import os
import platform
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB = f"quantix_bench_incident_{os.getpid()}"
os.environ["DATABASE_URL"] = f"{PG}/{DB}"
os.environ.setdefault("QUANTIX_ENV", "test")
os.environ.pop("REDIS_URL", None)

CHUNK = 50_000
ATTACKER_NET = "203.0.113.0/24"
COLUMNS = [
    "id",
    "created_at",
    "organization_id",
    "actor_user_id",
    "actor_token_id",
    "actor_session_id",
    "webhook_subscription_id",
    "action",
    "target_type",
    "target_id",
    "subject_bidx",
    "ip_address",
    "details",
    "request_id",
]
OTHER_ACTIONS = ["lead.updated", "lead.created", "retention.rule_set", "member.invited", "webhook.created"]


class Org:
    """One organisation's actors and addresses (sealed once each)."""

    def __init__(self, org_id: uuid.UUID, rng: random.Random, encrypt: Any, leads: list[uuid.UUID]) -> None:
        self.id = org_id
        self.users = [uuid.uuid4() for _ in range(10)]
        self.tokens = [uuid.uuid4() for _ in range(3)]
        self.sessions = [uuid.uuid4() for _ in range(20)]
        self.hooks = [uuid.uuid4() for _ in range(2)]
        self.leads = leads
        plain = [f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}" for _ in range(30)]
        plain += [f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65535):x}" for _ in range(5)]
        attacker = [f"203.0.113.{rng.randrange(1, 255)}" for _ in range(5)]
        self.ips = [(ip, encrypt(ip)) for ip in plain]
        self.attacker_ips = [(ip, encrypt(ip)) for ip in attacker]


def make_event(org: Org, rng: random.Random, at: dt.datetime, leaked_token: uuid.UUID | None) -> tuple[Any, ...]:
    roll = rng.random()
    user = rng.choice(org.users)
    token = session = hook = None
    sealed = rng.choice(org.ips)[1]
    if leaked_token is not None and roll < 0.03:  # the leaked token, from anywhere
        token = leaked_token
        user = org.users[0]
    elif roll < 0.05:  # the attacker's network, through a member's session
        session = rng.choice(org.sessions)
        sealed = rng.choice(org.attacker_ips)[1]
    elif roll < 0.25:
        token = rng.choice(org.tokens)
    else:
        session = rng.choice(org.sessions)
    kind = rng.random()
    target_type = target_id = details = None
    if kind < 0.6:
        action, target_type, target_id = "lead.contact_read", "Lead", str(rng.choice(org.leads))
    elif kind < 0.65:
        action = "auth.signed_in"
        target_type, target_id = "Session", str(session or rng.choice(org.sessions))
        token = None
        session = session or uuid.UUID(target_id)
    elif kind < 0.67:
        action = "lead.exported"
        details = {"leadIds": [str(x) for x in rng.sample(org.leads, 5)]}
    elif kind < 0.72:
        action, target_type, target_id = "webhook.contact_delivered", "Lead", str(rng.choice(org.leads))
        hook, token, session, user = rng.choice(org.hooks), None, None, None
        sealed = None
    elif kind < 0.75:  # a Conversions API send a member's stage move queued (a worker sends it: no IP)
        action, target_type, target_id = "conversions.sent", "Lead", str(rng.choice(org.leads))
        sealed = None
    else:
        action = rng.choice(OTHER_ACTIONS)
    return (
        uuid.uuid4(),
        at,
        org.id,
        user,
        token,
        session,
        hook,
        action,
        target_type,
        target_id,
        None,
        sealed,
        details,
        None,
    )


async def load(conn: Any, orgs: list[Org], total: int, days: int, leaked: uuid.UUID, rng: random.Random) -> float:
    from app.audit.models import AuditEvent

    details_field = AuditEvent._meta.fields_map["details"]
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    span = days * 86_400
    made = 0
    target = orgs[0]
    while made < total:
        rows = []
        for _ in range(min(CHUNK, total - made)):
            org = rng.choice(orgs)
            at = now - dt.timedelta(seconds=rng.random() * span)
            row = list(make_event(org, rng, at, leaked if org is target else None))
            if row[12] is not None:
                row[12] = details_field.to_db_value(row[12], None)
            rows.append(tuple(row))
        await conn.copy_records_to_table("audit_event", records=rows, columns=COLUMNS)
        made += len(rows)
        print(f"  {made:>9,} audit events loaded ({time.perf_counter() - started:.0f} s)", flush=True)
    return time.perf_counter() - started


async def brute_force(conn: Any, org_id: uuid.UUID, token: uuid.UUID, start: dt.datetime, end: dt.datetime) -> dict:
    """Every event of the organisation, read back and decided in Python: the reference count."""
    from app.audit.models import AuditEvent

    ip_field = AuditEvent._meta.fields_map["ip_address"]
    details_field = AuditEvent._meta.fields_map["details"]
    network = ipaddress.ip_network(ATTACKER_NET)
    counted = {"lead.contact_read", "lead.exported", "webhook.contact_delivered", "conversions.sent", "auth.signed_in"}
    leads: set[str] = set()
    users: set[str] = set()
    per: dict[str, tuple[set[str], list[int]]] = {}
    records = 0
    for row in await conn.fetch("SELECT * FROM audit_event WHERE organization_id = $1", org_id):
        if not (start <= row["created_at"] <= end) or row["action"] not in counted:
            continue
        ip = ip_field.to_python_value(row["ip_address"]) if row["ip_address"] else None
        in_net = ip is not None and ipaddress.ip_address(ip).version == 4 and ipaddress.ip_address(ip) in network
        if row["actor_token_id"] != token and not in_net:
            continue
        records += 1
        if row["action"] == "auth.signed_in":
            category, subjects = "ACCOUNT", {str(row["actor_user_id"])}
            users |= subjects
        else:
            category = "LEAD_CONTACT"
            if row["action"] == "lead.exported":
                subjects = set(details_field.to_python_value(row["details"])["leadIds"])
            else:
                subjects = {row["target_id"]}
            leads |= subjects
        seen, n = per.setdefault(category, (set(), [0]))
        seen |= subjects
        n[0] += 1
    return {
        "leads": len(leads),
        "users": len(users),
        "records": records,
        "categories": [{"category": c, "subjects": len(s), "records": n[0]} for c, (s, n) in sorted(per.items())],
    }


async def plan(conn: Any, org_id: uuid.UUID, token: uuid.UUID, start: dt.datetime, end: dt.datetime) -> str:
    from app.incidents import assessment
    from app.incidents.services import IncidentScope

    scope = IncidentScope(api_token_ids=(token,), ip_addresses=(ATTACKER_NET,))
    sql, values = assessment._batch_sql(org_id, scope, start, end, None)
    rows = await conn.fetch(f"EXPLAIN {sql}", *values)
    return "\n".join(r[0] for r in rows)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    import asyncpg
    from tortoise import Tortoise

    import app.main  # noqa: F401  (registers the job handlers)
    from app.db import init_orm
    from app.jobs import queue
    from app.settings import get_settings

    admin = await asyncpg.connect(f"{PG}/postgres")
    await admin.execute(f'CREATE DATABASE "{DB}"')
    await admin.close()
    try:
        settings = get_settings()
        await init_orm(settings)
        await Tortoise.generate_schemas(safe=False)
        await queue.start_queue(settings, requeue=False)
        from app.accounts.models import ApiToken, Membership, Organization, Role, User
        from app.incidents.assessment import assess
        from app.incidents.models import SecurityIncident, SecurityIncidentKind, SecurityIncidentLead
        from app.incidents.services import ScopeInput, report_incident
        from app.leads.models import Lead
        from app.security.crypto import encrypt

        rng = random.Random(7)
        conn = await asyncpg.connect(f"{PG}/{DB}")
        organizations = [
            await Organization.create(name=f"Bench {i}", slug=f"bench-{i}-{uuid.uuid4().hex[:6]}")
            for i in range(args.orgs)
        ]
        first = organizations[0]
        owner = await User.create(
            email="owner@bench.example",
            email_bidx="b" * 64,
            full_name="Owner",
            password_hash="x",  # noqa: S106 (no one signs in)
            accepted_policy_version="1",
        )
        await Membership.create(organization_id=first.id, user_id=owner.id, role=Role.OWNER)
        token = await ApiToken.create(
            organization_id=first.id,
            created_by_id=owner.id,
            name="leaked",
            token_hash="0" * 64,
            token_hint="qx_0",  # noqa: S106 (a bench row)
        )
        lead_ids = [uuid.uuid4() for _ in range(2_000)]
        await Lead.bulk_create(
            [Lead(id=pk, organization_id=first.id, full_name=f"Lead {i}") for i, pk in enumerate(lead_ids)],
            batch_size=1000,
        )
        orgs = [Org(first.id, rng, encrypt, lead_ids)]
        orgs += [Org(o.id, rng, encrypt, [uuid.uuid4() for _ in range(2_000)]) for o in organizations[1:]]
        print(f"Loading {args.events:,} audit events of {args.orgs} organisations with COPY ...", flush=True)
        load_seconds = await load(conn, orgs, args.events, args.days, token.id, rng)
        await conn.execute("ANALYZE")

        now = dt.datetime.now(dt.UTC)
        start, end = now - dt.timedelta(hours=24), now
        incident = await report_incident(
            first.id,
            title="Leaked token",
            description="",
            kind=SecurityIncidentKind.CREDENTIAL_LEAK,
            detected_at=now,
            window_start=start,
            window_end=end,
            scope=ScopeInput(api_token_ids=[token.id], ip_addresses=[ATTACKER_NET]),
            reported_by_id=owner.id,
        )
        explained = await plan(conn, first.id, token.id, start, end)
        print("Assessing ...", flush=True)
        started = time.perf_counter()
        affected = await assess(incident.id)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = await assess(incident.id)  # a re-run (after a crash, or asked twice)
        rerun_seconds = time.perf_counter() - started
        print("Brute-force count ...", flush=True)
        started = time.perf_counter()
        expected = await brute_force(conn, first.id, token.id, start, end)
        brute_seconds = time.perf_counter() - started
        listed = await SecurityIncidentLead.filter(incident_id=incident.id).count()
        org_events = await conn.fetchval("SELECT count(*) FROM audit_event WHERE organization_id = $1", first.id)
        await SecurityIncident.filter(id=incident.id).delete()
        await conn.close()
        await queue.stop_queue()
        await Tortoise.close_connections()
        uses_index = "idx_audit_event_organiz" in explained or "audit_event_organization_id_created_at" in explained
        return {
            "benchmark": "incident assessment: one incident among N audit events of M organisations (PostgreSQL)",
            "events": args.events,
            "organizations": args.orgs,
            "days": args.days,
            "eventsOfTheOrganization": org_events,
            "scope": {"apiTokens": 1, "ipNetworks": [ATTACKER_NET], "windowHours": 24},
            "loadSeconds": round(load_seconds, 1),
            "assessmentSeconds": round(seconds, 3),
            "rerunSeconds": round(rerun_seconds, 3),
            "bruteForceSeconds": round(brute_seconds, 3),
            "affected": affected,
            "bruteForce": expected,
            "countsEqual": affected == expected and again == affected,
            "affectedLeadsListed": listed,
            "plan": explained.splitlines(),
            "planUsesOrgCreatedAtIndex": uses_index,
            "target": "assessment < 10 s, counts equal to the brute-force count, the scan on an index",
            "meetsTarget": seconds < 10 and affected == expected and uses_index,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "loadAverageAtEnd": [round(x, 2) for x in os.getloadavg()],
            "measuredAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    finally:
        if not args.keep:
            admin = await asyncpg.connect(f"{PG}/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
            await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    args = parser.parse_args()
    load_before = [round(x, 2) for x in os.getloadavg()]
    result = asyncio.run(run(args))
    result["loadAverageAtStart"] = load_before
    out = ROOT / "bench" / "results" / "incident_assessment.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "plan"}, indent=2))
    print(f"written: {out}")


if __name__ == "__main__":
    main()
