"""Erasure benchmark: erase subjects among 1,000,000 leads, with Redis holding 0 and then 1,000,000 unrelated keys.

    .venv/bin/python bench/erasure.py [--leads 1000000] [--subjects 100] [--redis-keys 1000000] [--keep]

Runs the production path: PostgreSQL (`QUANTIX_BENCH_PG`, default postgres://postgres@127.0.0.1:5432) and
Redis (`QUANTIX_BENCH_REDIS`, default redis://127.0.0.1:6379/0, in a namespace of its own). Bulk-loads the
leads with COPY (contact fields encrypted and blind-indexed like the app does), gives each subject the related
rows a real one has (consents, an objection, notes, audit events) and the Redis keys a running system has for
it (sign-in failures from three networks, a privacy-request throttle: written by the product's own rate
limiter). Then, per subject, three groups of `--subjects`:
- baseline: the bare SQL deletes of the same rows (notes, consents, objection, the lead; audit events
  anonymised) in one transaction: what erasure cannot do with less;
- erase_lead with Redis holding only the subjects' keys;
- erase_lead after 1,000,000 unrelated keys (other people's throttles and their indexes) were added.
Erasure must cost what the subject has, not what Redis holds: the target is that the second group's median
exceeds the first's by less than one bare SQL erasure (the baseline's median), measured in the same run.
For contrast it also times one SCAN pass over the namespace, what the former erasure did per subject.
Every subject's keys are checked gone afterwards. Writes bench/results/erasure.json.
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
os.environ["REDIS_URL"] = os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/0")
os.environ["QUANTIX_REDIS_NAMESPACE"] = f"qxbench-erasure-{os.getpid()}"
UNRELATED_TTL = 3600  # the unrelated keys vanish on their own should the run be interrupted

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


async def erase_all(
    organization_id: uuid.UUID, lead_ids: list[uuid.UUID]
) -> tuple[list[float], list[float], dict[str, int]]:
    """Erase each subject; returns the whole erasure's times, the Redis part's times (the subject's keys
    found and deleted), and rows touched per category."""
    from app.privacy import erasure
    from app.tombstones.models import TombstoneReason

    redis_part: list[float] = []
    forget = erasure.forget_redis_keys

    async def timed_forget(tokens: set[str]) -> int:
        started = time.perf_counter()
        try:
            return await forget(tokens)
        finally:
            redis_part.append(time.perf_counter() - started)

    erasure.forget_redis_keys = timed_forget  # type: ignore[assignment]
    timings: list[float] = []
    categories: dict[str, int] = {}
    try:
        for lead_id in lead_ids:
            started = time.perf_counter()
            outcome = await erasure.erase_lead(organization_id, lead_id, reason=TombstoneReason.ERASURE)
            timings.append(time.perf_counter() - started)
            for c in outcome.categories:
                categories[c["category"]] = categories.get(c["category"], 0) + c["erased"] + c["anonymised"]
    finally:
        erasure.forget_redis_keys = forget  # type: ignore[assignment]
    return timings, redis_part, categories


async def subject_keys(organization_id: uuid.UUID, lead_ids: list[uuid.UUID]) -> list[tuple[Any, str]]:
    """Write the Redis keys a running system holds for each subject, through the product's rate limiter;
    returns (limit, subject) of each, to check they are gone after the erasure."""
    from app.accounts import lockout
    from app.accounts.services import email_key
    from app.leads.models import Lead
    from app.privacy.intake import SUBMIT_PER_EMAIL
    from app.security import ratelimit
    from app.security.crypto import blind_index, normalize_email, scope_of

    written: list[tuple[Any, str]] = []
    for lead in await Lead.filter(id__in=lead_ids):
        key = email_key(lead.email)
        for network in ("203.0.113.7", "198.51.100.23", "192.0.2.55"):
            await lockout.record_failure(key, network)
            written.append((lockout.IP_FAILURES, f"{key}:{ratelimit.hashed(network)}"))
        written.append((lockout.EMAIL_FAILURES, key))
        org_bidx = blind_index(scope_of(organization_id), "email", normalize_email(lead.email))
        await ratelimit.hit(SUBMIT_PER_EMAIL, org_bidx)
        written.append((SUBMIT_PER_EMAIL, org_bidx))
    return written


async def keys_left(written: list[tuple[Any, str]]) -> int:
    from app.security import ratelimit

    left = 0
    for limit, subject in written:
        left += 1 if (await ratelimit.peek(limit, subject))[0] else 0
    return left


async def add_unrelated_keys(client: Any, namespace: str, count: int) -> float:
    """Other people's throttles as the rate limiter writes them: half windows, half their subject indexes."""
    started = time.perf_counter()
    for first in range(0, count, 20_000):
        pipe = client.pipeline(transaction=False)
        for n in range(first, min(count, first + 20_000), 2):
            person = f"{n:016x}{os.urandom(8).hex()}"
            window = f"{namespace}:rl:login-email:{person}"
            pipe.set(window, 1, ex=UNRELATED_TTL)
            pipe.sadd(f"{namespace}:rl-by:{person}", window)
            pipe.expire(f"{namespace}:rl-by:{person}", UNRELATED_TTL)
        await pipe.execute()
    return time.perf_counter() - started


async def scan_pass_ms(client: Any, namespace: str) -> float:
    """One SCAN over the namespace: what the former erasure paid for every subject."""
    started = time.perf_counter()
    async for _ in client.scan_iter(match=f"{namespace}:*", count=1000):
        pass
    return round((time.perf_counter() - started) * 1000, 1)


async def bare_sql_erasures(conn: Any, lead_ids: list[uuid.UUID]) -> list[float]:
    """The baseline: the same rows deleted (and audit events anonymised) with bare SQL, one transaction each."""
    timings = []
    for lead_id in lead_ids:
        started = time.perf_counter()
        async with conn.transaction():
            for table in ("lead_note", "lead_consent", "lead_objection"):
                await conn.execute(f'DELETE FROM "{table}" WHERE lead_id = $1', lead_id)  # noqa: S608 (fixed names)
            await conn.execute(
                "UPDATE audit_event SET ip_address = NULL, details = NULL "
                "WHERE target_type = 'Lead' AND target_id = $1",
                str(lead_id),
            )
            await conn.execute("DELETE FROM lead WHERE id = $1", lead_id)
        timings.append(time.perf_counter() - started)
    return timings


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
                "SELECT id FROM lead WHERE organization_id = $1 ORDER BY random() LIMIT $2", org.id, 3 * args.subjects
            )
        ]
        await decorate(org.id, subject_ids)
        await conn.execute("ANALYZE")
        groups = [subject_ids[i::3] for i in range(3)]  # baseline, erasure, erasure with a full Redis
        written = await subject_keys(org.id, groups[1] + groups[2])
        import redis.asyncio as redis

        client = redis.from_url(settings.redis_url or "")
        namespace = settings.redis_namespace
        print(f"Baseline: bare SQL deletes of {len(groups[0])} subjects ...", flush=True)
        bare = await bare_sql_erasures(conn, groups[0])
        scan_empty = await scan_pass_ms(client, namespace)
        print(f"Erasing {len(groups[1])} subjects, Redis holding only the subjects' keys ...", flush=True)
        empty, redis_empty, categories = await erase_all(org.id, groups[1])
        print(f"Adding {args.redis_keys:,} unrelated Redis keys ...", flush=True)
        unrelated_seconds = await add_unrelated_keys(client, namespace, args.redis_keys)
        held = await client.dbsize()
        scan_full = await scan_pass_ms(client, namespace)
        print(f"Erasing {len(groups[2])} subjects among them ...", flush=True)
        full, redis_full, more = await erase_all(org.id, groups[2])
        for name, count in more.items():
            categories[name] = categories.get(name, 0) + count
        left = await conn.fetchval("SELECT count(*) FROM lead WHERE id = ANY($1::uuid[])", subject_ids)
        redis_left = await keys_left(written)
        await conn.close()
        await queue.stop_queue()
        await Tortoise.close_connections()
        baseline, with_empty, with_full = summary(bare), summary(empty), summary(full)
        growth = round(with_full["p50"] - with_empty["p50"], 2)
        return {
            "benchmark": "erasure of one subject among N leads (PostgreSQL + Redis, the production path)",
            "leads": args.leads,
            "subjectsPerGroup": args.subjects,
            "subjectsLeft": left,
            "subjectRedisKeysWritten": len(written),
            "subjectRedisKeysLeft": redis_left,
            "loadSeconds": round(load_seconds, 1),
            "baselineBareSqlMs": baseline,
            "perSubjectMs": {"redisUnrelatedKeys0": with_empty, f"redisUnrelatedKeys{args.redis_keys}": with_full},
            "redisPartPerSubjectMs": {
                "redisUnrelatedKeys0": summary(redis_empty),
                f"redisUnrelatedKeys{args.redis_keys}": summary(redis_full),
            },
            "redisKeysInServerDuringSecondGroup": held,
            "unrelatedKeysLoadSeconds": round(unrelated_seconds, 1),
            "oneScanPassOverNamespaceMs": {
                "redisUnrelatedKeys0": scan_empty,
                f"redisUnrelatedKeys{args.redis_keys}": scan_full,
            },
            "p50GrowthMs": growth,
            "target": "p50 growth with the unrelated keys < the baseline's p50 (one bare SQL erasure); p95 < 1000 ms",
            "meetsTarget": growth < baseline["p50"] and with_full["p95"] < 1000 and redis_left == 0 and left == 0,
            "rowsTouchedPerCategory": categories,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "loadAverageAtEnd": [round(x, 2) for x in os.getloadavg()],
            "measuredAt": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    finally:
        await _drop_namespace()
        if not args.keep:
            admin = await asyncpg.connect(f"{PG}/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
            await admin.close()


async def _drop_namespace() -> None:
    """Leave nothing of this run in the shared Redis (UNLINK frees the memory in the background)."""
    import redis.asyncio as redis

    from app.settings import get_settings

    settings = get_settings()
    client = redis.from_url(settings.redis_url or "")
    try:
        batch = []
        async for key in client.scan_iter(match=f"{settings.redis_namespace}:*", count=5000):
            batch.append(key)
            if len(batch) >= 5000:
                await client.unlink(*batch)
                batch = []
        if batch:
            await client.unlink(*batch)
    finally:
        await client.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--subjects", type=int, default=100, help="subjects per group (three groups)")
    parser.add_argument("--redis-keys", type=int, default=1_000_000, help="unrelated Redis keys")
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
