"""Lead ingestion benchmark: signed leadgen webhooks at a fixed rate, then a burst, against the API + workers,
and the same webhooks into a minimal hand-written receiver.

    .venv/bin/python bench/lead_ingest.py --rate 100 --seconds 30 --api-workers 2 --workers 2

Runs the Meta emulator as a real HTTP server, a fresh PostgreSQL database, `quantix serve` and `quantix worker`.
An organisation is connected through the real OAuth flow, then three phases:
1. steady: `--rate` webhooks/s for `--seconds`; latency of a lead runs from the start of its webhook POST to
   the commit of its row (a deferred trigger records `clock_timestamp()` at commit: the database clock, same
   machine); a lead not stored within `--window` seconds after the last webhook counts as a failure. The
   sustainable rate is what the steady phase stored per second (at most the offered rate).
2. burst: `--burst-factor` (3) x the sustainable rate for `--burst-seconds`: the acknowledgement (the webhook's
   200, what Meta holds us to) must stay under 1 s at p99 while processing lags; then every lead must be
   stored (catch-up time: from the burst's last webhook to the last commit).
3. baseline: the steady phase's webhooks into bench/ingest_baseline_app.py (2 processes, verify + one INSERT
   + 200, then one Graph call and one INSERT per lead), measured the same way.
Results go to bench/results/lead_ingest.json.
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


async def _post_raw(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """One HTTP/1.1 POST on a kept-alive connection; returns the status code once the whole response is read."""
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


async def fire(
    emulator: Any, api: str, rate: float, seconds: float, concurrency: int, first: int = 0
) -> tuple[dict[str, float], list[float], float, int]:
    """POST one signed webhook every 1/rate s for leads `first`, `first + 1`, ...; returns send times per lead
    id, response times, elapsed seconds and the number of webhooks that never got a 200.

    The sender plays Meta, which is not on this machine, so it must not be what is measured: requests are
    built and signed as bytes before the clock starts, and `concurrency` kept-alive connections write them
    with plain asyncio streams (a few microseconds each; an HTTP client library cost ~1 ms of CPU per POST
    and, at 300/s, became the busiest process on the machine, its own lag reported as the API's
    acknowledgement time). A webhook's time starts at its scheduled send time, so a connection shortage or
    a slow server counts against the product (no coordinated omission)."""
    from urllib.parse import urlsplit

    target = urlsplit(api)
    host, port = target.hostname or "127.0.0.1", target.port or 80
    total = int(rate * seconds)
    prepared: list[tuple[str, bytes]] = []
    for index in range(total):
        leadgen_id = bench_lead_id(first + index)
        body = emulator.leadgen_webhook(
            emulator.PAGE_ID, emulator.FORM_ID, leadgen_id, ad_id=emulator.AD_IDS[0], created_time=int(time.time())
        )
        headers = {**emulator.webhook_headers(body), "Content-Length": str(len(body)), "Host": f"{host}:{port}"}
        head = "POST /webhooks/meta HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        prepared.append((leadgen_id, head.encode() + body))
    sent: dict[str, float] = {}
    response_times: list[float] = []
    errors = 0
    retries = 0
    due: asyncio.Queue[int | None] = asyncio.Queue()

    async def connection() -> None:
        nonlocal errors, retries
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while (index := await due.get()) is not None:
                leadgen_id, request = prepared[index]
                for attempt in range(4):  # Meta re-delivers when a POST fails; so does the bench
                    try:
                        status = await _post_raw(reader, writer, request)
                    except (OSError, asyncio.IncompleteReadError, ValueError):
                        retries += 1
                        writer.close()
                        await asyncio.sleep(0.5 * (attempt + 1))
                        reader, writer = await asyncio.open_connection(host, port)
                        continue
                    response_times.append(time.time() - sent[leadgen_id])
                    if status != 200:
                        errors += 1
                    break
                else:
                    errors += 1
        finally:
            writer.close()

    workers = [asyncio.create_task(connection()) for _ in range(concurrency)]
    t0 = time.monotonic()
    for i in range(total):
        delay = t0 + i / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        sent[prepared[i][0]] = time.time()
        due.put_nowait(i)
    for _ in workers:
        due.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.monotonic() - t0
    if errors or retries:
        print(f"{errors} webhook POSTs failed, {retries} re-sent after a connection error", file=sys.stderr)
    return sent, response_times, elapsed, errors


COMMIT_CLOCK = """
CREATE TABLE bench_commit (meta_lead_id text PRIMARY KEY, committed_at timestamptz NOT NULL);
CREATE FUNCTION bench_commit_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bench_commit VALUES (NEW.meta_lead_id, clock_timestamp()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER bench_commit_at AFTER INSERT ON lead DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.meta_lead_id IS NOT NULL) EXECUTE FUNCTION bench_commit_at();
"""
PRODUCT_STORED = "SELECT meta_lead_id, extract(epoch FROM committed_at)::float8 AS at FROM bench_commit"
BASELINE_STORED = "SELECT meta_lead_id, extract(epoch FROM stored_at)::float8 AS at FROM baseline_lead"


async def collect(url: str, query: str, sent: dict[str, float], timeout: float) -> dict[str, float]:
    """Commit times of the sent leads, waiting until all are stored or `timeout` seconds have passed."""
    import asyncpg

    stored: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    conn = await asyncpg.connect(url)
    try:
        while len(stored) < len(sent) and time.monotonic() < deadline:
            stored = {r["meta_lead_id"]: r["at"] for r in await conn.fetch(query) if r["meta_lead_id"] in sent}
            if len(stored) < len(sent):
                await asyncio.sleep(0.5)
    finally:
        await conn.close()
    return stored


def phase(
    sent: dict[str, float], stored: dict[str, float], response_times: list[float], elapsed: float, errors: int
) -> dict[str, Any]:
    """One phase's figures; leads not stored count as failures (never left out of the latencies' story)."""
    latencies = [stored[k] - sent[k] for k in stored]
    first_send = min(sent.values())
    last_store = max(stored.values()) if stored else first_send
    return {
        "webhooks_offered": len(sent),
        "send_rate_per_s": round(len(sent) / elapsed, 1),
        "webhooks_not_acknowledged": errors,
        "leads_stored": len(stored),
        "leads_failed": len(sent) - len(stored),
        "store_rate_per_s": round(len(stored) / max(0.001, last_store - first_send), 1),
        "ack_ms": {
            "p50": round(percentile(response_times, 50) * 1000, 1),
            "p99": round(percentile(response_times, 99) * 1000, 1),
            "max": round(max(response_times) * 1000, 1) if response_times else None,
        },
        "webhook_to_commit_ms": {
            "p50": round(percentile(latencies, 50) * 1000, 1),
            "p99": round(percentile(latencies, 99) * 1000, 1),
            "max": round(max(latencies) * 1000, 1) if latencies else None,
        },
        "last_commit_after_last_webhook_s": round(last_store - max(sent.values()), 2) if stored else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=100.0, help="webhooks per second")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--api-workers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="`quantix worker` processes")
    parser.add_argument("--concurrency", type=int, default=64, help="open HTTP connections to the API")
    parser.add_argument("--window", type=float, default=60.0, help="seconds after the last webhook to store")
    parser.add_argument("--burst-factor", type=float, default=3.0, help="burst rate / sustainable rate")
    parser.add_argument("--burst-seconds", type=float, default=20.0)
    parser.add_argument("--catch-up", type=float, default=300.0, help="seconds allowed to store the burst")
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
    total = int(args.rate * args.seconds) + int(args.burst_factor * args.rate * args.burst_seconds) + 1
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
        asyncio.run(build_schema(dsn(db)))
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
        result = asyncio.run(run(args, env, emulator, db))
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


def dsn(db: str) -> str:
    return f"{PG_ADMIN.replace('postgres://', 'postgresql://')}/{db}"


async def build_schema(url: str) -> None:
    """The product's tables, the commit clock on `lead`, and the baseline receiver's two tables."""
    import asyncpg
    from tortoise import Tortoise

    from app.db import ensure_baseline_data, init_orm
    from bench.ingest_baseline_app import SCHEMA

    await init_orm()
    try:
        await Tortoise.generate_schemas(safe=True)
        await ensure_baseline_data()
    finally:
        await Tortoise.close_connections()
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(COMMIT_CLOCK)
        await conn.execute(SCHEMA)
    finally:
        await conn.close()


async def page_token(org_id: uuid.UUID) -> str:
    from app.integrations.meta.models import Page

    page = await Page.filter(organization_id=org_id, selected=True).first()
    if page is None or not page.access_token:
        raise RuntimeError("the connected organisation has no selected Page with a token")
    return str(page.access_token)


def start_baseline(api_workers: int, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "bench.ingest_baseline_app:app", "--port", str(port)]
    command += ["--workers", str(api_workers), "--no-access-log", "--log-level", "warning"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, port


async def baseline_phase(
    args: argparse.Namespace, env: dict[str, str], emulator: Any, db: str, token: str
) -> dict[str, Any]:
    """The steady phase's webhooks into the hand-written receiver (its own processes, as many as the API's)."""
    extra = {"QUANTIX_BENCH_DSN": dsn(db), "QUANTIX_BENCH_PAGE_TOKEN": token, "META_APP_SECRET": emulator.app_secret}
    proc, port = start_baseline(args.api_workers, {**env, **extra})
    try:
        await wait_http(f"http://127.0.0.1:{port}/webhooks/meta", accept=(405,))
        sent, acks, elapsed, errors = await fire(
            emulator, f"http://127.0.0.1:{port}", args.rate, args.seconds, args.concurrency
        )
        stored = await collect(dsn(db), BASELINE_STORED, sent, args.window)
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    return phase(sent, stored, acks, elapsed, errors)


async def run(args: argparse.Namespace, env: dict[str, str], emulator: Any, db: str) -> dict[str, Any]:
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
        token = await page_token(org_id)
        await asyncio.sleep(3)  # let the first sync settle so it does not skew the first seconds
        print(f"steady: {args.rate}/s for {args.seconds} s ...", file=sys.stderr)
        sent, acks, elapsed, errors = await fire(emulator, api, args.rate, args.seconds, args.concurrency)
        steady = phase(sent, await collect(dsn(db), PRODUCT_STORED, sent, args.window), acks, elapsed, errors)
        breakdown = await inbox_breakdown()
        sustainable = min(args.rate, steady["store_rate_per_s"]) if steady["leads_failed"] == 0 else 0.0
        burst_rate = round(args.burst_factor * (sustainable or steady["store_rate_per_s"]), 1)
        print(f"burst: {burst_rate}/s for {args.burst_seconds} s ...", file=sys.stderr)
        sent, acks, elapsed, errors = await fire(
            emulator, api, burst_rate, args.burst_seconds, args.concurrency, first=len(sent)
        )
        burst = phase(sent, await collect(dsn(db), PRODUCT_STORED, sent, args.catch_up), acks, elapsed, errors)
        burst["offered_rate_per_s"] = burst_rate
        await queue.stop_queue()
    finally:
        await Tortoise.close_connections()
    print("baseline receiver ...", file=sys.stderr)
    baseline = await baseline_phase(args, env, emulator, db, token)
    return {
        "benchmark": "lead_ingest",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "setup": {
            "rate_per_s": args.rate,
            "seconds": args.seconds,
            "api_processes": args.api_workers,
            "worker_processes": args.workers,
            "database": "postgresql",
            "queue": "redis (arq)",
            "ingest": "inbox drain: events claimed in batches, leads fetched with Graph batch requests",
            "meta": "emulator over HTTP (same machine)",
            "latency_ends": "commit of the lead row (deferred trigger, clock_timestamp())",
            "window_s": args.window,
        },
        "steady": steady,
        "steady_inbox_ms": breakdown,
        "sustainable_rate_per_s": sustainable,
        "burst": burst,
        "baseline_receiver_steady": baseline,
        "targets": {
            "steady_webhook_to_commit_p99_ms": 1000,
            "burst_ack_p99_ms": 1000,
            "burst_leads_failed": 0,
        },
        "meets_targets": {
            "steady": steady["leads_failed"] == 0 and steady["webhook_to_commit_ms"]["p99"] < 1000,
            "burst_ack": burst["ack_ms"]["p99"] < 1000 and burst["webhooks_not_acknowledged"] == 0,
            "burst_all_stored": burst["leads_failed"] == 0,
        },
    }


if __name__ == "__main__":
    main()
