"""A WhatsApp broadcast to 10,000 leads at QUANTIX_WHATSAPP_MPS=200 against the Meta emulator.

    .venv/bin/python bench/broadcast.py [--recipients 10000] [--mps 200] [--workers 2]

Runs the product as deployed: PostgreSQL (a scratch database), Redis (its own namespace), `quantix worker`
processes (arq) and the Meta emulator (app/sandbox/meta) served by uvicorn in its own process at the number's
throughput (it answers 130429 above `--mps` in any 1-second window). The recipients are split over `--workers`
broadcasts that run at the same time in different worker processes, so the pace is shared across processes
(app.security.ratelimit.reserve_slot). Measured from the emulator's own timestamps of the messages it accepted:
the sustained rate (messages / (last - first)), the most messages in any 1-second window (accepted, and also
attempted: every request to the messages edge, 130429 answers included) and the recipients messaged more than
once. Writes bench/results/broadcast.json with the machine's load average.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
PG_ADMIN = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/2")


def max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


# --- the emulator process --------------------------------------------------------------------------------


def serve_emulator(port: int, mps: int) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Mount, Route

    from app.sandbox.meta import MetaEmulator
    from app.settings import get_settings

    settings = get_settings()
    emulator = MetaEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret, seed=True)
    emulator.whatsapp_mps = mps
    emulator.max_logged = 10_000_000

    async def stats(request: Request) -> JSONResponse:
        attempts = [r["at"] for r in emulator.requests if r["path"].endswith("/messages")]
        return JSONResponse(
            {
                "accepted_at": [m["at"] for m in emulator.sent_messages],
                "per_recipient": collections.Counter(m["wa_id"] for m in emulator.sent_messages),
                "attempted_at": attempts,
                "throttled": getattr(emulator, "throttled_sends", 0),
            }
        )

    app = Starlette(routes=[Route("/_bench/stats", stats), Mount("/", app=emulator.app)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# --- the run -------------------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a child process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def seed(recipients: int, broadcasts_n: int) -> list[uuid.UUID]:
    from app.accounts.models import Organization
    from app.leads.models import Lead, LeadStatus
    from app.leads.queries import LeadFilter
    from app.leads.services import name_indexes, phone_index
    from app.messaging import broadcasts, services
    from app.privacy.erasure_models import ConsentPurpose, LeadConsent
    from app.sandbox.meta import MetaEmulator
    from app.settings import get_settings

    del name_indexes
    settings = get_settings()
    org = await Organization.create(name="Bench Clinic", slug=f"bench-{uuid.uuid4().hex[:8]}", default_country="DE")
    local = MetaEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret, seed=True)
    await services.configure(
        org.id,
        phone_number_id=local.PHONE_NUMBER_ID,
        business_account_id=local.WABA_ID,
        access_token=local.system_user_token(),
    )
    statuses = [LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.LOST][:broadcasts_n]
    for start in range(0, recipients, 1000):
        leads = []
        for i in range(start, min(recipients, start + 1000)):
            phone = f"+49151{i:08d}"
            leads.append(
                Lead(
                    id=uuid.uuid4(),
                    organization_id=org.id,
                    full_name=f"Bench Lead {i}",
                    phone=phone,
                    phone_bidx=phone_index(org.id, phone),
                    status=statuses[i % len(statuses)],
                )
            )
        await Lead.bulk_create(leads)
        await LeadConsent.bulk_create(
            [
                LeadConsent(
                    organization_id=org.id,
                    lead_id=lead.id,
                    purpose=ConsentPurpose.WHATSAPP,
                    granted=True,
                    source="BENCH",
                )
                for lead in leads
            ]
        )
    made = []
    for status in statuses:
        flt = LeadFilter(status=status, given={"status"})
        b = await broadcasts.create_broadcast(
            org.id,
            name=f"Bench {status.value}",
            template=services.TemplateSpec("appointment_reminder", "en_US", ["Jane", "14:30"]),
            lead_filter=flt,
        )
        made.append(b.id)
    return made


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    import asyncpg
    import httpx
    from tortoise import Tortoise

    from app.db import ensure_baseline_data, init_orm
    from app.jobs import queue
    from app.messaging.broadcast_models import Broadcast, BroadcastStatus
    from app.settings import get_settings

    settings = get_settings()
    db = os.environ["DATABASE_URL"].rsplit("/", 1)[1]
    conn = await asyncpg.connect(f"{PG_ADMIN}/postgres")
    await conn.execute(f'CREATE DATABASE "{db}"')
    await conn.close()
    procs: list[subprocess.Popen[bytes]] = []
    result: dict[str, Any] = {}
    try:
        procs.append(
            subprocess.Popen(  # noqa: ASYNC220 (children that run for minutes)
                [PYTHON, __file__, "--serve-emulator", str(args.port), "--mps", str(args.mps)], env=os.environ.copy()
            )
        )
        await init_orm(settings)
        await Tortoise.generate_schemas(safe=True)
        await ensure_baseline_data()
        await queue.start_queue(settings, requeue=False)
        async with httpx.AsyncClient() as http:
            for _ in range(200):
                try:
                    await http.get(f"http://127.0.0.1:{args.port}/_bench/stats")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
        t0 = time.time()
        ids = await seed(args.recipients, args.workers)
        seeded_s = time.time() - t0
        load_before = os.getloadavg()
        started = time.time()
        for _ in range(args.workers):
            profile = ["-m", "cProfile", "-o", f"/tmp/broadcast-worker-{len(procs)}.prof"] if args.profile else []
            # `quantix worker`'s settings with one job at a time, so each broadcast runs in its own process.
            code = (
                "from arq.worker import run_worker; from app.main import load_extra_handlers; "
                "from app.settings import get_settings; from workers.settings import worker_settings; "
                "run_worker({**worker_settings(get_settings()), 'max_jobs': 1})"
            )
            procs.append(subprocess.Popen([PYTHON, *profile, "-c", code], env=os.environ.copy(), cwd=ROOT))  # noqa: ASYNC220
        while True:
            await asyncio.sleep(1.0)
            rows = await Broadcast.filter(id__in=ids)
            if all(
                r.status in (BroadcastStatus.COMPLETED, BroadcastStatus.FAILED, BroadcastStatus.CANCELLED) for r in rows
            ):
                break
            if time.time() - started > args.timeout:
                raise RuntimeError("the broadcasts did not finish in time")
        elapsed = time.time() - started
        cpu = {
            name: cpu_seconds(proc.pid)
            for name, proc in zip(["emulator", *[f"worker{i}" for i in range(args.workers)]], procs, strict=False)
        }
        load_after = os.getloadavg()
        async with httpx.AsyncClient(timeout=60) as http:
            stats = (await http.get(f"http://127.0.0.1:{args.port}/_bench/stats")).json()
        from app.messaging.broadcasts import counts_of

        counts = await counts_of(ids)
        accepted = sorted(stats["accepted_at"])
        span = accepted[-1] - accepted[0] if len(accepted) > 1 else 0.0
        rate = (len(accepted) - 1) / span if span else 0.0
        per_second = collections.Counter(int(t - accepted[0]) for t in accepted)
        result = {
            "recipients": args.recipients,
            "cap_mps": args.mps,
            "worker_processes": args.workers,
            "broadcasts": len(ids),
            "statuses": sorted({r.status.value for r in await Broadcast.filter(id__in=ids)}),
            "sent": sum(c.sent for c in counts.values()),
            "failed": sum(c.failed for c in counts.values()),
            "skipped": sum(sum(c.skipped.values()) for c in counts.values()),
            "messages_accepted_by_meta": len(accepted),
            "duplicates": sum(n - 1 for n in stats["per_recipient"].values() if n > 1),
            "recipients_messaged_more_than_once": sum(1 for n in stats["per_recipient"].values() if n > 1),
            "sustained_mps": round(rate, 2),
            "sustained_vs_cap": round(rate / args.mps, 4),
            "max_accepted_in_any_1s_window": max_in_window(accepted),
            "max_attempted_in_any_1s_window": max_in_window(stats["attempted_at"]),
            "throttled_130429": stats["throttled"],
            "min_full_second": min(per_second[s] for s in range(1, int(span))) if span >= 3 else None,
            "send_span_s": round(span, 2),
            "wall_s_from_worker_start": round(elapsed, 2),
            "seed_s": round(seeded_s, 2),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in load_after],
            "cpu_count": os.cpu_count(),
            "cpu_seconds": cpu,
            "cpu_ms_per_message": {k: round(1000 * v / max(1, len(accepted)), 2) for k, v in cpu.items()},
            "within_10_percent": rate >= 0.9 * args.mps,
            "never_above_cap": max_in_window(accepted) <= args.mps,
            "zero_duplicates": all(n == 1 for n in stats["per_recipient"].values()),
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        await queue.stop_queue()
        await Tortoise.close_connections()
        conn = await asyncpg.connect(f"{PG_ADMIN}/postgres")
        await conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        await conn.close()
        import redis.asyncio as redis

        client = redis.from_url(REDIS)
        keys = [k async for k in client.scan_iter(match=f"{os.environ['QUANTIX_REDIS_NAMESPACE']}*", count=1000)]
        if keys:
            await client.delete(*keys)
        await client.aclose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--mps", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2, help="worker processes = broadcasts at once")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--serve-emulator", type=int, default=None, metavar="PORT")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--profile", action="store_true", help="cProfile the workers into /tmp")
    args = parser.parse_args()
    if args.serve_emulator is not None:
        serve_emulator(args.serve_emulator, args.mps)
        return
    args.port = args.port or free_port()
    run = uuid.uuid4().hex[:8]
    os.environ.update(
        {
            "QUANTIX_ENV": "development",
            "DATABASE_URL": f"{PG_ADMIN}/quantix_bench_broadcast_{run}",
            "REDIS_URL": REDIS,
            "QUANTIX_REDIS_NAMESPACE": f"qxbench:{run}",
            "QUANTIX_WHATSAPP_MPS": str(args.mps),
            "QUANTIX_META_SANDBOX": "false",
            "QUANTIX_BILLING": "off",
            "META_GRAPH_URL": f"http://127.0.0.1:{args.port}",
            "META_DIALOG_URL": f"http://127.0.0.1:{args.port}",
            "QUANTIX_LOG_LEVEL": "WARNING",
            "QUANTIX_ERASURE_LEDGER_PATH": f"/tmp/quantix-bench-ledger-{run}.jsonl",
        }
    )
    result = asyncio.run(main_async(args))
    out = ROOT / "bench" / "results" / "broadcast.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
