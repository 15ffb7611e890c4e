"""Erasure benchmark: erase 100 subjects from a PostgreSQL database holding 1,000,000 leads.

    .venv/bin/python bench/erasure.py [--leads 1000000] [--subjects 100] [--keep]

Builds a throw-away database (`QUANTIX_BENCH_PG`, default postgres://postgres@127.0.0.1:5432), bulk-loads
the leads with COPY (contact fields encrypted and blind-indexed like the app does), gives each subject a
few related rows (consents, an objection, notes when the leads room's LeadNote exists, audit events),
then times `erase_lead` per subject and writes bench/results/erasure.json. Target (DESIGN.md §5): < 1 s
per subject.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB = f"quantix_bench_erasure_{os.getpid()}"
os.environ["DATABASE_URL"] = f"{PG}/{DB}"
os.environ.setdefault("QUANTIX_ENV", "test")
os.environ["QUANTIX_ERASURE_LEDGER_PATH"] = f"/tmp/{DB}-ledger.jsonl"
if "QUANTIX_BENCH_REDIS" in os.environ:
    os.environ["REDIS_URL"] = os.environ["QUANTIX_BENCH_REDIS"]
else:
    os.environ.pop("REDIS_URL", None)

CHUNK = 50_000


def _column_values(model: type[Any], values: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """Every column of the table: given values, else the field's default (as the ORM would store it)."""
    columns, row = [], []
    for name, field in model._meta.fields_map.items():
        column = getattr(field, "source_field", None) or name
        if name in model._meta.fk_fields or name in model._meta.o2o_fields:
            continue  # the relation object; its `<name>_id` column is a field of its own
        if name not in model._meta.db_fields and column not in model._meta.db_fields:
            continue  # reverse relations, m2m
        if name in values:
            value = values[name]
        elif column in values:
            value = values[column]
        elif field.default is not None:
            value = field.default() if callable(field.default) else field.default
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            value = dt.datetime.now(dt.UTC)
        else:
            value = None
        columns.append(column)
        row.append(field.to_db_value(value, None) if value is not None else None)
    return columns, row


async def load_leads(conn: Any, organization_id: uuid.UUID, total: int, country: str) -> float:
    from app.leads.models import Lead
    from app.security.crypto import blind_index, normalize_phone, scope_of

    scope = scope_of(organization_id)
    started = time.perf_counter()
    columns: list[str] = []
    made = 0
    while made < total:
        rows = []
        for i in range(made, min(total, made + CHUNK)):
            email = f"person{i}@bench.example"
            phone = f"+1202{i:07d}"
            e164 = normalize_phone(phone, country) if i % 50 == 0 else phone  # parse a sample, trust the rest
            columns, row = _column_values(
                Lead,
                {
                    "id": uuid.uuid4(),
                    "organization_id": organization_id,
                    "full_name": f"Person {i}",
                    "email": email,
                    "email_bidx": blind_index(scope, "email", email),
                    "phone": phone,
                    "phone_bidx": blind_index(scope, "phone", e164 or phone),
                    "meta_lead_id": str(10_000_000 + i),
                    "last_activity_at": dt.datetime.now(dt.UTC),
                },
            )
            rows.append(tuple(row))
        await conn.copy_records_to_table(Lead._meta.db_table, records=rows, columns=columns)
        made += len(rows)
        print(f"  {made:>9,} leads loaded ({time.perf_counter() - started:.0f} s)", flush=True)
    await conn.execute("UPDATE organization SET lead_count = $2 WHERE id = $1", organization_id, total)
    return time.perf_counter() - started


async def decorate(organization_id: uuid.UUID, subject_ids: list[uuid.UUID]) -> None:
    """Related rows a real subject has: consents, an objection, notes, audit events."""
    from app.audit.models import AuditEvent
    from app.privacy.erasure_models import ConsentPurpose, LeadConsent, LeadObjection, ObjectionKind

    try:
        from app.leads.models import LeadNote  # type: ignore[attr-defined]
    except ImportError:
        LeadNote = None

    for lead_id in subject_ids:
        await LeadConsent.create(
            organization_id=organization_id,
            lead_id=lead_id,
            purpose=ConsentPurpose.WHATSAPP,
            granted=True,
            source="BENCH",
            evidence={"textShown": "Yes, message me on WhatsApp"},
        )
        await LeadObjection.create(
            organization_id=organization_id, lead_id=lead_id, kind=ObjectionKind.DIRECT_MARKETING, source="BENCH"
        )
        if LeadNote is not None:
            for n in range(2):
                await LeadNote.create(organization_id=organization_id, lead_id=lead_id, body=f"Called back ({n})")
        await AuditEvent.bulk_create(
            [
                AuditEvent(
                    organization_id=organization_id,
                    action="lead.contact_read",
                    target_type="Lead",
                    target_id=str(lead_id),
                    details={"fields": ["email"]},
                )
                for _ in range(3)
            ]
        )


def summary(timings: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in timings)
    return {
        "subjects": len(ms),
        "mean": round(statistics.mean(ms), 2),
        "p50": round(ms[len(ms) // 2], 2),
        "p95": round(ms[min(len(ms) - 1, int(len(ms) * 0.95))], 2),
        "max": round(ms[-1], 2),
    }


async def erase_all(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> tuple[list[float], dict[str, int]]:
    from app.privacy.erasure import erase_lead
    from app.tombstones.models import TombstoneReason

    timings: list[float] = []
    categories: dict[str, int] = {}
    for lead_id in lead_ids:
        started = time.perf_counter()
        outcome = await erase_lead(organization_id, lead_id, reason=TombstoneReason.ERASURE)
        timings.append(time.perf_counter() - started)
        for c in outcome.categories:
            categories[c["category"]] = categories.get(c["category"], 0) + c["erased"] + c["anonymised"]
    return timings, categories


async def index_foreign_keys(conn: Any) -> list[str]:
    """Index every single-column foreign key to `lead` that has none: each erasure's FK checks then stop
    scanning whole tables (the finding this benchmark reports to the owners of those models)."""
    rows = await conn.fetch(
        """
        SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'lead'::regclass AND array_length(c.conkey, 1) = 1
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
        """
    )
    created = []
    for row in rows:
        table, column = row["tbl"].strip('"'), row["col"]
        await conn.execute(f'CREATE INDEX ON "{table}" ("{column}")')
        created.append(f"{table}.{column}")
    await conn.execute("ANALYZE")
    return created


async def main(args: argparse.Namespace) -> dict[str, Any]:
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
        from app.accounts.models import Organization

        org = await Organization.create(name="Bench", slug=f"bench-{uuid.uuid4().hex[:6]}")
        conn = await asyncpg.connect(f"{PG}/{DB}")
        print(f"Loading {args.leads:,} leads with COPY ...", flush=True)
        load_seconds = await load_leads(conn, org.id, args.leads, org.default_country)
        await conn.execute("ANALYZE")
        subject_ids = [
            r["id"]
            for r in await conn.fetch(
                "SELECT id FROM lead WHERE organization_id = $1 ORDER BY random() LIMIT $2", org.id, args.subjects
            )
        ]
        await decorate(org.id, subject_ids)
        await conn.execute("ANALYZE")
        half = len(subject_ids) // 2
        print(f"Erasing {half} subjects with the product schema ...", flush=True)
        as_shipped, categories = await erase_all(org.id, subject_ids[:half])
        created = await index_foreign_keys(conn)
        print(f"Created {len(created)} missing foreign-key index(es): {', '.join(created) or '-'}", flush=True)
        print(f"Erasing {len(subject_ids) - half} subjects with them ...", flush=True)
        indexed, more = await erase_all(org.id, subject_ids[half:])
        for name, count in more.items():
            categories[name] = categories.get(name, 0) + count
        left = await conn.fetchval("SELECT count(*) FROM lead WHERE id = ANY($1::uuid[])", subject_ids)
        await conn.close()
        await queue.stop_queue()
        await Tortoise.close_connections()
        return {
            "benchmark": "erasure of one subject among N leads (PostgreSQL)",
            "leads": args.leads,
            "subjects": len(subject_ids),
            "subjectsLeft": left,
            "loadSeconds": round(load_seconds, 1),
            "perSubjectMs": summary(as_shipped),
            "perSubjectMsWithForeignKeyIndexes": summary(indexed),
            "foreignKeyIndexesAdded": created,
            "rowsTouchedPerCategory": categories,
            "targetMs": 1000,
            "meetsTarget": summary(as_shipped)["p95"] < 1000,
            "redis": bool(os.environ.get("REDIS_URL")),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "measuredAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    finally:
        if not args.keep:
            admin = await asyncpg.connect(f"{PG}/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
            await admin.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--subjects", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "erasure.json"))
    arguments = parser.parse_args()
    random.seed(1)
    try:
        result = asyncio.run(main(arguments))
    finally:
        Path(f"/tmp/{DB}-ledger.jsonl").unlink(missing_ok=True)
    out = Path(arguments.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
