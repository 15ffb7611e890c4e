"""Bulk update and list export over 100,000 leads in PostgreSQL (SPEC §7.5).

    .venv/bin/python bench/bulk_and_export.py [--leads 100000] [--small 10000]

Seeds a fresh PostgreSQL database (`QUANTIX_BENCH_PG`) with N leads as bench/leads_query.py does (encrypted
contact fields, blind indexes, a tag each, campaigns), then 5 custom fields (CUSTOM_FIELDS: two plain, three
personal of each personal category) and a value of each for every lead, checked and built by the product's own
`check_value`/`value_rows` and inserted with `insert_rows` (so personal values are sealed and blind-indexed
exactly as the API stores them; a MULTI_SELECT value is one row per option).

Then, each job in its own process, as `quantix worker` runs a job (`queue.run_job`):
- `bulkUpdateLeads` on every lead (filter: all; set status and add a tag) through the BULK_UPDATE job:
  wall time (target: under 60 s for 100,000) and the worker's peak memory;
- `exportLeads` CSV and XLSX of the oldest `--small` leads and of all N (every column, `custom.<key>` included,
  as `columns: null` gives): the worker's peak
  resident memory (VmHWM) above its floor (the interpreter, the app and the ORM, measured in the same process
  before the job). Targets: CSV flat (the largest at most 1.5x the smallest above the floor) and under 150 MB
  peak; XLSX under 250 MB peak.
Writes bench/results/bulk_and_export.json, with the machine's load average at start and end.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.leads_query import PG_ADMIN, REDIS_URL, seed  # noqa: E402

SEED_START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # bench.leads_query.seed: lead i created at + i * 17 s


# (key, type, personal category or None, options, value of lead i)
CUSTOM_FIELDS: tuple[tuple[str, str, str | None, list[str] | None, Any], ...] = (
    ("budget", "NUMBER", None, None, lambda i: 1000 + (i % 97) * 250),
    (
        "industry",
        "SELECT",
        None,
        ["retail", "health", "finance", "education"],
        lambda i: ("retail", "health", "finance", "education")[i % 4],
    ),
    ("linkedin", "URL", "LEAD_CONTACT", None, lambda i: f"https://www.linkedin.com/in/bench-lead-{i}"),
    (
        "interests",
        "MULTI_SELECT",
        "LEAD_ANSWERS",
        ["ads", "crm", "email", "sms"],
        lambda i: ["ads", "crm", "email", "sms"][: 1 + i % 3],
    ),
    ("call_notes", "TEXT", "LEAD_NOTES", None, lambda i: f"Called on day {i % 365}; prefers mornings. Lead {i}."),
)
VALUE_BATCH = 2_000


async def seed_custom_values() -> dict[str, int]:
    """The 5 custom fields (through `create_field`) and one value of each for every lead, as the product stores
    them; returns rows per value table."""
    from tortoise import Tortoise

    from app.accounts.models import Organization
    from app.classification import DataCategory
    from app.customfields.models import CustomFieldType
    from app.customfields.services import check_value, create_field, value_rows
    from app.db import init_orm
    from app.leads.models import Lead
    from app.orm import insert_rows

    await init_orm()
    try:
        org = await Organization.first()
        assert org is not None
        fields = []
        for key, kind, category, options, make in CUSTOM_FIELDS:
            field = await create_field(
                org.id,
                key=key,
                label=key.replace("_", " ").title(),
                field_type=CustomFieldType(kind),
                options=options,
                personal_data=category is not None,
                category=DataCategory(category) if category else None,
            )
            fields.append((field, make))
        ids = await Lead.for_org(org.id).order_by("created_at").values_list("id", flat=True)
        counts: dict[str, int] = {}
        columns = ("organization_id", "lead_id", "field_id", "position", "value", "value_bidx")
        for start in range(0, len(ids), VALUE_BATCH):
            by_model: dict[Any, list[dict[str, Any]]] = {}
            for i, lead_id in enumerate(ids[start : start + VALUE_BATCH], start):
                for field, make in fields:
                    for row in value_rows(field, lead_id, check_value(field, make(i), org.default_country)):
                        by_model.setdefault(type(row), []).append({c: getattr(row, c) for c in columns})
            for model, rows in by_model.items():
                await insert_rows(model, rows)
                counts[model._meta.db_table] = counts.get(model._meta.db_table, 0) + len(rows)
        return counts
    finally:
        await Tortoise.close_connections()


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


async def run_job_here(job_id: str) -> dict[str, Any]:
    """The worker side: initialise like `quantix worker`, note the floor, run the job, note the peak and time."""
    from tortoise import Tortoise

    from app.db import init_orm
    from app.jobs import Job, queue
    from app.settings import get_settings

    await init_orm()
    import app.main  # noqa: F401 - registers every job handler and listener, as `quantix worker` does

    await queue.start_queue(get_settings(), requeue=False)
    floor = peak_kib()
    profile = None
    if os.environ.get("QUANTIX_BENCH_PROFILE"):  # a cProfile of the job, printed to stderr
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    started = time.perf_counter()
    await queue.run_job(job_id)
    seconds = time.perf_counter() - started
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    peak = peak_kib()
    job = await Job.get(id=job_id)
    await queue.stop_queue()
    await Tortoise.close_connections()
    return {
        "floorKiB": floor,
        "peakKiB": peak,
        "aboveFloorKiB": peak - floor,
        "seconds": round(seconds, 2),
        "status": job.status.value,
        "result": job.result,
    }


async def queue_jobs(small: int) -> dict[str, str]:
    """Queue the bulk update (all leads) and the four exports; returns name -> job id."""
    from tortoise import Tortoise

    from app.accounts.models import Membership, Organization, Role
    from app.db import init_orm
    from app.jobs import queue
    from app.leads.bulk import BulkChange, start_bulk_update
    from app.leads.lead_export import start_lead_export
    from app.leads.models import LeadExportFormat, LeadStatus
    from app.leads.queries import LeadFilter
    from app.settings import get_settings

    await init_orm()
    await queue.start_queue(get_settings(), requeue=False)
    try:
        org = await Organization.first()
        assert org is not None
        owner = await Membership.get(organization_id=org.id, role=Role.OWNER)
        oldest = LeadFilter(created_before=SEED_START + dt.timedelta(seconds=17 * small), given={"created_before"})
        jobs: dict[str, str] = {}
        for name, fmt, flt in (
            (f"csv_{small}", LeadExportFormat.CSV, oldest),
            ("csv_all", LeadExportFormat.CSV, None),
            (f"xlsx_{small}", LeadExportFormat.XLSX, oldest),
            ("xlsx_all", LeadExportFormat.XLSX, None),
        ):
            _, job = await start_lead_export(org.id, fmt=fmt, flt=flt, columns=None, actor_id=owner.user_id)
            jobs[name] = str(job.id)
        job = await start_bulk_update(
            org.id,
            lead_ids=None,
            flt=LeadFilter(),
            change=BulkChange(status=LeadStatus.CONTACTED, add_tags=("bulk",)),
            actor_id=owner.user_id,
        )
        jobs["bulk_all"] = str(job.id)
        return jobs
    finally:
        await queue.stop_queue()
        await Tortoise.close_connections()


async def cleanup(database: str) -> None:
    import asyncpg
    import redis.asyncio as redis

    from app.settings import get_settings

    settings = get_settings()
    client = redis.from_url(settings.redis_url or "")
    try:
        keys = [k async for k in client.scan_iter(match=f"{settings.redis_namespace}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()
    admin = await asyncpg.connect(f"{PG_ADMIN}/postgres")
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await admin.close()


def run_child(job_id: str, env: dict[str, str]) -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, __file__, "--run-job", job_id], env=env, capture_output=True, text=True, check=True
    )
    sys.stderr.write(child.stderr)
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "bulk_and_export.json")
    parser.add_argument("--run-job", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_job:
        print(json.dumps(asyncio.run(run_job_here(args.run_job))))
        return 0

    database = f"quantix_bench_bulk_{os.getpid()}"
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG_ADMIN}/{database}",
        "REDIS_URL": REDIS_URL,
        "QUANTIX_REDIS_NAMESPACE": f"qxbench-bulk-{os.getpid()}",
        "QUANTIX_ENV": "test",
        "QUANTIX_ERASURE_LEDGER_PATH": f"/tmp/{database}-ledger.jsonl",
        "QUANTIX_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    load_before = os.getloadavg()
    out: dict[str, Any] = {
        "leads": args.leads,
        "customFields": [
            {"key": key, "type": kind, "personalCategory": category} for key, kind, category, _, _ in CUSTOM_FIELDS
        ],
        "loadAverageAtStart": [round(x, 2) for x in load_before],
        "cpus": os.cpu_count(),
    }
    try:
        print(f"seeding {args.leads:,} leads ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        asyncio.run(seed(database, args.leads))
        out["seedSeconds"] = round(time.perf_counter() - started, 1)
        print("seeding 5 custom values a lead ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        out["customValueRows"] = asyncio.run(seed_custom_values())
        out["customSeedSeconds"] = round(time.perf_counter() - started, 1)
        jobs = asyncio.run(queue_jobs(args.small))
        for name in (f"csv_{args.small}", "csv_all", f"xlsx_{args.small}", "xlsx_all", "bulk_all"):
            print(f"running {name} ...", file=sys.stderr, flush=True)
            out[name] = run_child(jobs[name], env)
            print(f"  {out[name]}", file=sys.stderr, flush=True)
    finally:
        asyncio.run(cleanup(database))
        Path(f"/tmp/{database}-ledger.jsonl").unlink(missing_ok=True)
    small, csv_small, csv_all = args.small, out[f"csv_{args.small}"], out["csv_all"]
    out["targets"] = {
        "bulkUnder60s": out["bulk_all"]["seconds"] < 60 and out["bulk_all"]["status"] == "SUCCEEDED",
        "csvFlat": csv_all["aboveFloorKiB"] <= 1.5 * max(csv_small["aboveFloorKiB"], 1024),
        "csvPeakUnder150MB": max(csv_small["peakKiB"], csv_all["peakKiB"]) < 150 * 1024,
        "xlsxPeakUnder250MB": max(out[f"xlsx_{small}"]["peakKiB"], out["xlsx_all"]["peakKiB"]) < 250 * 1024,
    }
    out["notes"] = (
        "Rows stream in pages of 1,000 (custom values read a page at a time) into sealed 256 KiB chunks (CSV) or "
        "XlsxWriter constant_memory (XLSX); each page's lead ids go to a lead_export_leads row as the page is "
        "written, and the one audit event references them (details.leadIds = {export, pages}), so nothing held "
        "in memory grows with N. Wall times depend on the machine's load (loadAverage*): other work shares its CPUs."
    )
    out["loadAverageAtEnd"] = [round(x, 2) for x in os.getloadavg()]
    out["measuredAt"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    out["run"] = uuid.uuid4().hex[:8]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out["targets"], indent=2))
    return 0 if all(out["targets"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
