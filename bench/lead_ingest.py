"""Lead ingestion benchmark: signed leadgen webhooks at a fixed rate against the API + worker.

    .venv/bin/python bench/lead_ingest.py --rate 100 --seconds 30 --api-workers 2 --workers 2

Runs the Meta emulator as a real HTTP server in this process (so the API and the workers, separate
processes, all talk to the same Meta), a fresh PostgreSQL database, `quantix serve` and `quantix worker`.
An organisation is connected through the real OAuth flow, then for each lead: the emulator gets the lead,
its webhook is signed and POSTed to `/webhooks/meta`. Latency is the stored lead's `created_at` (database
clock, same machine) minus the moment the webhook POST started. Results go to bench/results/lead_ingest.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/9")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_lead_id(index: int) -> str:
    return f"77{index:013d}"


def serve_emulator(port: int, app_id: str, app_secret: str, leads: int) -> None:
    """Emulator process: seeded, plus `leads` leads with predictable ids (the webhooks name them)."""
    import uvicorn

    from app.sandbox.meta import MetaEmulator

    emulator = MetaEmulator(app_id=app_id, app_secret=app_secret, seed=True)
    for index in range(leads):
        emulator.add_lead(
            emulator.FORM_ID,
            {
                "full_name": [f"Bench Lead {index}"],
                "email": [f"bench{index}@example.com"],
                "phone_number": [f"+49151{index:08d}"],
                "which_treatment_are_you_interested_in?": ["implants"],
            },
            leadgen_id=bench_lead_id(index),
            ad_id=emulator.AD_IDS[0],
        )
    uvicorn.run(emulator.app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


async def wait_http(url: str, timeout: float = 60.0, accept: tuple[int, ...] = (200,)) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            try:
                if (await http.get(url)).status_code in accept:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


async def connect_org(base_url: str) -> uuid.UUID:
    """A Demo-like organisation connected through the real flow (in this process, against the emulator)."""
    from urllib.parse import parse_qsl, urlsplit

    import httpx

    from app.accounts.models import Membership, Organization, Role, User
    from app.integrations.meta import connection, oauth
    from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
    from app.security.passwords import hash_password

    org = await Organization.create(name="Bench", slug=f"bench-{secrets.token_hex(4)}")
    email = f"bench-{secrets.token_hex(4)}@example.com"
    user = await User.create(
        email=email,
        email_bidx=blind_index(PLATFORM_SCOPE, "email", normalize_email(email)),
        full_name="Bench Owner",
        password_hash=hash_password(secrets.token_urlsafe(16)),
        accepted_policy_version="1",
        last_organization_id=org.id,
    )
    await Membership.create(organization=org, user=user, role=Role.OWNER)
    url = await oauth.start_connection(org.id, user.id, f"{base_url}/")
    from app.integrations.meta.transport import meta_transport
    from app.settings import get_settings

    async with httpx.AsyncClient(transport=meta_transport(get_settings())) as browser:
        dialog = await browser.get(url)
    outcome = await oauth.handle_callback(dict(parse_qsl(urlsplit(dialog.headers["location"]).query)))
    grant = dict(parse_qsl(urlsplit(outcome.redirect).query))["grant"]
    await connection.complete_connection(org.id, user.id, grant)
    from app.sandbox.meta import MetaEmulator

    await connection.select_assets(org.id, [f"act_{MetaEmulator.AD_ACCOUNT_ID}"], [MetaEmulator.PAGE_ID])
    return org.id


async def fire(
    emulator: Any, api: str, rate: float, seconds: float, concurrency: int
) -> tuple[dict[str, float], list[float], float]:
    """POST one signed webhook every 1/rate s; returns send times per lead id, response times, elapsed."""
    import httpx

    total = int(rate * seconds)
    sent: dict[str, float] = {}
    response_times: list[float] = []
    errors = 0
    retries = [0]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=api, limits=limits, timeout=30.0) as http:

        async def one(index: int) -> None:
            nonlocal errors
            leadgen_id = bench_lead_id(index)
            body = emulator.leadgen_webhook(
                emulator.PAGE_ID, emulator.FORM_ID, leadgen_id, ad_id=emulator.AD_IDS[0], created_time=int(time.time())
            )
            started = time.time()
            sent[leadgen_id] = started
            for attempt in range(4):  # Meta re-delivers when a POST fails; so does the bench
                try:
                    response = await http.post("/webhooks/meta", content=body, headers=emulator.webhook_headers(body))
                except httpx.HTTPError:
                    retries[0] += 1
                    await asyncio.sleep(0.5 * (attempt + 1))
                    continue
                response_times.append(time.time() - started)
                if response.status_code != 200:
                    errors += 1
                return
            errors += 1

        tasks = []
        t0 = time.monotonic()
        for i in range(total):
            delay = t0 + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(i)))
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - t0
    if errors or retries[0]:
        print(f"{errors} webhook POSTs failed, {retries[0]} re-sent after a connection error", file=sys.stderr)
    return sent, response_times, elapsed


async def collect(org_id: uuid.UUID, sent: dict[str, float], timeout: float) -> dict[str, float]:
    from app.leads.models import Lead

    stored: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while len(stored) < len(sent) and time.monotonic() < deadline:
        rows = await Lead.filter(organization_id=org_id, meta_lead_id__isnull=False).values_list(
            "meta_lead_id", "created_at"
        )
        for meta_lead_id, created_at in rows:
            if meta_lead_id in sent:
                stored[meta_lead_id] = created_at.timestamp()
        await asyncio.sleep(0.5)
    return stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=100.0, help="webhooks per second")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--api-workers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="`quantix worker` processes")
    parser.add_argument("--concurrency", type=int, default=64, help="open HTTP connections to the API")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "lead_ingest.json"))
    parser.add_argument("--serve-emulator", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--leads", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_emulator is not None:
        sys.path.insert(0, str(ROOT))
        from app.settings import get_settings

        settings = get_settings()
        serve_emulator(args.serve_emulator, settings.meta_app_id, settings.meta_app_secret, args.leads)
        return

    db = f"quantix_bench_{secrets.token_hex(4)}"
    emu_port, api_port = free_port(), free_port()
    env = {
        **os.environ,
        "QUANTIX_ENV": "test",  # no migrate-on-serve, no demo seeding; the schema is built below
        "DATABASE_URL": f"{PG_ADMIN}/{db}",
        "REDIS_URL": REDIS,
        "QUANTIX_REDIS_NAMESPACE": f"qxbench:{db}",
        "QUANTIX_BASE_URL": f"http://127.0.0.1:{api_port}",
        "META_GRAPH_URL": f"http://127.0.0.1:{emu_port}",
        "META_DIALOG_URL": f"http://127.0.0.1:{emu_port}",
        "QUANTIX_META_SANDBOX": "false",
        "QUANTIX_ERASURE_LEDGER_PATH": f"/tmp/{db}-ledger.jsonl",
        "QUANTIX_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    from app.settings import get_settings

    settings = get_settings()
    from app.sandbox.meta import MetaEmulator

    emulator = MetaEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret)  # signs only
    total = int(args.rate * args.seconds)
    emu_proc = subprocess.Popen(
        [sys.executable, __file__, "--serve-emulator", str(emu_port), "--leads", str(total)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c", f'CREATE DATABASE "{db}"'], check=True)
    quantix = str(ROOT / ".venv" / "bin" / "quantix")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        asyncio.run(build_schema())
        procs.append(
            subprocess.Popen(
                [quantix, "serve", "--port", str(api_port), "--workers", str(args.api_workers)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        for _ in range(args.workers):
            procs.append(
                subprocess.Popen([quantix, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            )
        result = asyncio.run(run(args, env, emulator))
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        emu_proc.terminate()
        emu_proc.wait(timeout=15)
        subprocess.run(
            ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'],
            check=False,
        )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


async def inbox_breakdown() -> dict[str, Any]:
    """Where the time goes: receipt (the inbox row) to processed by a drain, and the drained batches' sizes
    (a batch's events are marked processed by one statement, so they share their `processed_at`)."""
    from collections import Counter

    from app.integrations.meta.models import WebhookEvent

    rows = await WebhookEvent.filter(object="page", processed_at__isnull=False).values_list(
        "created_at", "processed_at"
    )
    waits = [(processed - created).total_seconds() for created, processed in rows]
    sizes = list(Counter(processed for _, processed in rows).values())
    return {
        "events": len(rows),
        "receipt_to_processed_p50": round(percentile(waits, 50) * 1000, 1),
        "receipt_to_processed_p99": round(percentile(waits, 99) * 1000, 1),
        "batches": len(sizes),
        "batch_size_mean": round(statistics.fmean(sizes), 1) if sizes else None,
        "batch_size_max": max(sizes) if sizes else None,
    }


async def build_schema() -> None:
    from tortoise import Tortoise

    from app.db import ensure_baseline_data, init_orm

    await init_orm()
    try:
        await Tortoise.generate_schemas(safe=True)
        await ensure_baseline_data()
    finally:
        await Tortoise.close_connections()


async def run(args: argparse.Namespace, env: dict[str, str], emulator: Any) -> dict[str, Any]:
    from tortoise import Tortoise

    import app.main  # noqa: F401  (registers the job handlers)
    from app.db import init_orm
    from app.jobs import queue
    from app.settings import get_settings

    api = env["QUANTIX_BASE_URL"]
    await init_orm()
    try:
        await queue.start_queue(get_settings(), requeue=False)
        await wait_http(f"{api}/healthz")
        await wait_http(f"{env['META_GRAPH_URL']}/v25.0/me", accept=(200, 400))  # the emulator answers
        org_id = await connect_org(api)
        await asyncio.sleep(3)  # let the first sync settle so it does not skew the first seconds
        sent, response_times, elapsed = await fire(emulator, api, args.rate, args.seconds, args.concurrency)
        stored = await collect(org_id, sent, timeout=120)
        breakdown = await inbox_breakdown()
        await queue.stop_queue()
    finally:
        await Tortoise.close_connections()
    latencies = [stored[k] - sent[k] for k in stored]
    first_send = min(sent.values())
    last_store = max(stored.values()) if stored else first_send
    return {
        "benchmark": "lead_ingest",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "setup": {
            "rate_per_s": args.rate,
            "seconds": args.seconds,
            "api_processes": args.api_workers,
            "worker_processes": args.workers,
            "database": "postgresql",
            "queue": "redis (arq)",
            "ingest": "inbox drain: events claimed in batches, leads fetched with Graph batch requests",
            "meta": "emulator over HTTP (same machine)",
        },
        "webhooks_sent": len(sent),
        "leads_stored": len(stored),
        "send_rate_per_s": round(len(sent) / elapsed, 1),
        "sustained_store_rate_per_s": round(len(stored) / max(0.001, last_store - first_send), 1),
        "webhook_response_ms": {
            "p50": round(percentile(response_times, 50) * 1000, 1),
            "p99": round(percentile(response_times, 99) * 1000, 1),
        },
        "inbox_ms": breakdown,
        "webhook_to_stored_lead_ms": {
            "p50": round(percentile(latencies, 50) * 1000, 1),
            "p99": round(percentile(latencies, 99) * 1000, 1),
            "max": round(max(latencies) * 1000, 1) if latencies else None,
            "mean": round(statistics.fmean(latencies) * 1000, 1) if latencies else None,
        },
    }


if __name__ == "__main__":
    main()
