"""Export memory benchmark: peak memory of the worker building an access export of 10,000 and 100,000 records.

    .venv/bin/python bench/export_memory.py [--sizes 10000 100000]

For each size, a fresh PostgreSQL database (`QUANTIX_BENCH_PG`) holds an organisation whose member has read
N leads: N `lead.contact_read` audit events with that member as actor (IP and details encrypted, as the API
writes them), which their access export must carry. The member asks for their data through the service behind
`requestMyDataExport` (JSON, then CSV); each EXPORT job then runs in a separate process, as `quantix worker`
runs a job (`queue.run_job`), which reports its peak resident memory (VmHWM) before the job (the floor: the
interpreter, the app and the ORM, measured in the same process) and after it. DESIGN.md §5 promises exports
stream with flat memory: the job's peak above the floor must not grow with N (target: the largest size's at
most 1.5x the smallest's while the records grow 10x). The lead-list export (`exportLeads`, a LEAD_EXPORT job,
CSV of every column) is measured the same way over N leads of the same organisation (encrypted contact fields);
bench/bulk_and_export.py measures it with XLSX too. Writes bench/results/export_memory.json.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
CHUNK = 5_000


def peak_kib() -> int:
    """This process's peak resident set (VmHWM), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


async def run_job_here(job_id: str) -> dict[str, int]:
    """The worker side: initialise like `quantix worker`, note the floor, run the job, note the peak."""
    from tortoise import Tortoise

    from app.db import init_orm
    from app.jobs import queue

    await init_orm()
    import app.main  # noqa: F401 - registers every job handler and listener, as `quantix worker` does

    floor = peak_kib()
    await queue.run_job(job_id)
    peak = peak_kib()
    await Tortoise.close_connections()
    return {"floorKiB": floor, "peakKiB": peak}


async def seed_and_request(records: int) -> list[str]:
    """The organisation, the member and their audit trail; returns the EXPORT job ids (JSON, CSV)."""
    from tortoise import Tortoise

    from app.accounts.models import Membership, Organization, Role, User
    from app.audit.models import AuditEvent
    from app.db import ensure_baseline_data, init_orm
    from app.jobs import queue
    from app.orm import insert_rows
    from app.privacy.processing import request_my_export
    from app.privacy.request_models import ExportFormat
    from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
    from app.security.passwords import hash_password
    from app.settings import get_settings

    await init_orm()
    await Tortoise.generate_schemas(safe=False)
    await ensure_baseline_data()
    await queue.start_queue(get_settings(), requeue=False)
    try:
        org = await Organization.create(name="Bench", slug=f"bench-{uuid.uuid4().hex[:6]}")
        email = "reader@bench.example"
        user = await User.create(
            email=email,
            email_bidx=blind_index(PLATFORM_SCOPE, "email", normalize_email(email)),
            full_name="Busy Reader",
            password_hash=hash_password(uuid.uuid4().hex),  # nobody signs in
            accepted_policy_version="1",
            last_organization_id=org.id,
        )
        await Membership.create(organization=org, user=user, role=Role.MEMBER)
        for first in range(0, records, CHUNK):
            rows = [
                {
                    "organization_id": org.id,
                    "actor_user_id": user.id,
                    "action": "lead.contact_read",
                    "target_type": "Lead",
                    "target_id": str(uuid.uuid4()),
                    "ip_address": f"198.51.100.{n % 250 + 1}",
                    "details": {"fields": ["fullName", "email"], "n": n},
                    "request_id": uuid.uuid4().hex,
                }
                for n in range(first, min(records, first + CHUNK))
            ]
            await insert_rows(AuditEvent, rows)
        jobs = []
        for fmt in (ExportFormat.JSON, ExportFormat.CSV):
            _, job = await request_my_export(user.id, org.id, fmt)
            jobs.append(str(job.id))
        jobs.append(await seed_lead_list_export(org.id, user.id, records))
        return jobs
    finally:
        await queue.stop_queue()
        await Tortoise.close_connections()


async def seed_lead_list_export(organization_id: uuid.UUID, user_id: uuid.UUID, records: int) -> str:
    """N leads (name, email and phone encrypted as the API writes them) and a CSV `exportLeads` of them all."""
    from app.leads.lead_export import start_lead_export
    from app.leads.models import Lead, LeadExportFormat
    from app.orm import insert_rows

    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for first in range(0, records, CHUNK):
        rows = [
            {
                "organization_id": organization_id,
                "full_name": f"Lead Person {n}",
                "email": f"lead{n}@bench.example",
                "phone": f"+1415{n:07d}",
                "created_at": start + dt.timedelta(seconds=n),
                "updated_at": start + dt.timedelta(seconds=n),
            }
            for n in range(first, min(records, first + CHUNK))
        ]
        await insert_rows(Lead, rows)
    _, job = await start_lead_export(
        organization_id, fmt=LeadExportFormat.CSV, flt=None, columns=None, actor_id=user_id
    )
    return str(job.id)


async def cleanup(database: str) -> None:
    import redis.asyncio as redis

    from app.jobs.queue import arq_queue_name
    from app.settings import get_settings

    settings = get_settings()
    client = redis.from_url(settings.redis_url or "")
    try:
        ids = [j.decode() for j in await client.zrange(arq_queue_name(settings), 0, -1)]
        keys = [f"arq:job:{i}" for i in ids] + [
            k async for k in client.scan_iter(match=f"{settings.redis_namespace}:*")
        ]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()
    await admin_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


async def admin_sql(statement: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(f"{PG}/postgres")
    try:
        await admin.execute(statement)
    finally:
        await admin.close()


def measure(records: int) -> dict[str, Any]:

    database = f"quantix_bench_export_{os.getpid()}_{records}"
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{database}",
        "REDIS_URL": os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/0"),
        "QUANTIX_REDIS_NAMESPACE": f"qxbench-export-{os.getpid()}-{records}",
        "QUANTIX_ENV": "test",
        "QUANTIX_ERASURE_LEDGER_PATH": f"/tmp/{database}-ledger.jsonl",
        "QUANTIX_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)

    asyncio.run(admin_sql(f'CREATE DATABASE "{database}"'))
    try:
        print(f"{records:,} records: seeding ...", file=sys.stderr, flush=True)
        jobs = asyncio.run(seed_and_request(records))
        result: dict[str, Any] = {"records": records}
        for fmt, job_id in zip(("json", "csv", "leadListCsv"), jobs, strict=True):
            child = subprocess.run(
                [sys.executable, __file__, "--run-job", job_id],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            memory = json.loads(child.stdout.strip().splitlines()[-1])
            memory["jobPeakAboveFloorKiB"] = memory["peakKiB"] - memory["floorKiB"]
            result[fmt] = memory
            print(f"  {fmt}: {memory}", file=sys.stderr, flush=True)
        result["exportsCompleted"] = asyncio.run(_completed())
        return result
    finally:
        asyncio.run(cleanup(database))
        Path(f"/tmp/{database}-ledger.jsonl").unlink(missing_ok=True)


async def _completed() -> int:
    from tortoise import Tortoise

    from app.db import init_orm
    from app.leads.models import LeadExport, LeadExportStatus
    from app.privacy.request_models import ExportFile

    await init_orm()
    try:
        return await ExportFile.all().count() + await LeadExport.filter(status=LeadExportStatus.READY).count()
    finally:
        await Tortoise.close_connections()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "export_memory.json")
    parser.add_argument("--run-job", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--one-size", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_job:
        print(json.dumps(asyncio.run(run_job_here(args.run_job))))
        return 0
    if args.one_size:
        print(json.dumps(measure(args.one_size)))
        return 0
    runs = []
    for size in sorted(args.sizes):  # a process per size: the settings (database, namespace) are read once
        out = subprocess.run([sys.executable, __file__, "--one-size", str(size)], capture_output=True, text=True)
        sys.stderr.write(out.stderr)
        out.check_returncode()
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    growth = {
        fmt: round(runs[-1][fmt]["jobPeakAboveFloorKiB"] / max(1, runs[0][fmt]["jobPeakAboveFloorKiB"]), 2)
        for fmt in ("json", "csv", "leadListCsv")
    }
    report = {
        "benchmark": "peak RSS of the worker process running an access export (EXPORT job), by records exported",
        "exported": "a member's audit trail: one lead.contact_read event per lead read (encrypted IP, details)",
        "leadListExport": "leadListCsv: exportLeads (LEAD_EXPORT job, CSV, every column) of N leads",
        "runs": runs,
        "jobPeakGrowthLargestOverSmallest": growth,
        "recordsGrowth": round(runs[-1]["records"] / runs[0]["records"], 1),
        "target": "job peak above the floor grows at most 1.5x from the smallest to the largest size",
        "meetsTarget": all(g <= 1.5 for g in growth.values()) and all(r["exportsCompleted"] == 3 for r in runs),
        "cpus": os.cpu_count(),
        "measuredAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0 if report["meetsTarget"] else 1


if __name__ == "__main__":
    sys.exit(main())
