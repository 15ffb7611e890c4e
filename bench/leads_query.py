"""Benchmark: the headline leads page over 100,000 leads, against a hand-written Starlette + asyncpg endpoint.

    .venv/bin/python bench/leads_query.py [--leads 100000] [--duration 20] [--connections 16]

The workload is DESIGN.md §5's headline read: a page of 50 leads with their campaign (and tags, owner, the
decrypted name and email), with and without `totalCount`. Seeds a fresh PostgreSQL database (encrypted contact
fields, blind indexes, a tag per lead, 40 campaigns the leads came from), serves the API with 2 uvicorn
workers and the reference (bench/baseline_app.py, which does each piece of the work as well as hand-written
code can: see its docstring) with 2 workers, and drives both with `wrk` on loopback.

Before and after the runs both endpoints are asked the same queries: `same_json` is true only when their full
responses are equal both times, `same_audit` only when the audit rows one request writes are equal (ids,
times and request ids aside; IPs decrypted). Writes bench/results/leads_query.json (req/s, p50/p99, ratios)
and exits 1 when the endpoints disagree. Targets (DESIGN.md §5): >= 1.0x with the count, >= 0.55x without.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/0")
NODE = "edges { node { id fullName email status tags owner { id } campaign { id name } } }"
CAMPAIGNS = 40
QUERIES = {
    "with_total_count": f"query {{ leads(first: 50) {{ totalCount {NODE} }} }}",
    "without_total_count": f"query {{ leads(first: 50) {{ {NODE} }} }}",
}
FIRST = ["Ana", "José", "Zoë", "Li", "Omar", "Grace", "Ada", "Linus", "Maria", "Kwame", "Yuki", "Sven"]
LAST = ["García", "Lovelace", "Hopper", "Okafor", "Tanaka", "Müller", "Dupont", "Silva", "Khan", "Novak"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def fresh_organization(database: str, lead_count: int = 0) -> tuple[Any, Any, str]:
    """A new database with the schema, one organisation and its OWNER; returns (org, owner, session token)."""
    import asyncpg
    from tortoise import Tortoise

    from app.accounts.models import Membership, Organization, Role, User
    from app.accounts.sessions import create_session
    from app.db import ensure_baseline_data, init_orm
    from app.security.crypto import PLATFORM_SCOPE, blind_index, normalize_email
    from app.security.passwords import hash_password

    admin = await asyncpg.connect(f"{PG_ADMIN}/postgres")
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    await init_orm()
    await Tortoise.generate_schemas(safe=False)
    await ensure_baseline_data()
    org = await Organization.create(name="Bench Ads", slug=f"bench-{uuid.uuid4().hex[:6]}", lead_count=lead_count)
    owner = await User.create(
        email="owner@bench.example",
        email_bidx=blind_index(PLATFORM_SCOPE, "email", normalize_email("owner@bench.example")),
        full_name="Bench Owner",
        password_hash=hash_password(uuid.uuid4().hex),  # nobody signs in with it
        accepted_policy_version="1",
        last_organization_id=org.id,
    )
    await Membership.create(organization=org, user=owner, role=Role.OWNER)
    token, _ = await create_session(owner.id, org.id)
    return org, owner, token


async def seed(database: str, leads: int) -> str:
    """Create the schema and the data; returns a session bearer token of the organisation's owner."""
    import asyncpg
    from tortoise import Tortoise

    from app.campaigns.models import AdAccount, Campaign
    from app.leads.services import email_index, name_indexes, phone_index
    from app.security.crypto import encrypt

    org, owner, token = await fresh_organization(database, leads)
    account = await AdAccount.create(organization=org, meta_id="act_1", account_id="1", name="Bench account")
    campaigns = [
        (await Campaign.create(organization=org, ad_account=account, meta_id=f"12{n:013d}", name=f"Spring {n}")).id
        for n in range(CAMPAIGNS)
    ]
    await Tortoise.close_connections()

    conn = await asyncpg.connect(f"{PG_ADMIN}/{database}")
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    lead_rows, tag_rows, word_rows = [], [], []
    for i in range(leads):
        lead_id = uuid.uuid4()
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"
        email = f"lead{i}@bench.example"
        e164 = f"+1415{i:07d}"
        created = start + dt.timedelta(seconds=i * 17)
        lead_rows.append(
            (
                lead_id,
                created,
                org.id,
                encrypt(name),
                encrypt(email),
                email_index(org.id, email),
                encrypt(e164),
                phone_index(org.id, e164),
                None,
                "NEW",
                10,
                "META_LEAD_ADS" if i % 4 else "IMPORT",
                None,
                owner.id if i % 2 else None,
                campaigns[i % CAMPAIGNS] if i % 4 else None,  # most leads came from a campaign
                created,
                created,
            )
        )
        tag_rows.append((uuid.uuid4(), created, org.id, lead_id, f"tag{i % 7}"))
        word_rows += [(uuid.uuid4(), created, org.id, lead_id, b) for b in name_indexes(org.id, name)]
    await conn.copy_records_to_table(
        "lead",
        records=lead_rows,
        columns=[
            "id",
            "created_at",
            "organization_id",
            "full_name",
            "email",
            "email_bidx",
            "phone",
            "phone_bidx",
            "answers",
            "status",
            "status_rank",
            "source",
            "platform",
            "owner_id",
            "campaign_id",
            "updated_at",
            "last_activity_at",
        ],
    )
    await conn.copy_records_to_table(
        "lead_tag", records=tag_rows, columns=["id", "created_at", "organization_id", "lead_id", "name"]
    )
    await conn.copy_records_to_table(
        "lead_name_word", records=word_rows, columns=["id", "created_at", "organization_id", "lead_id", "word_bidx"]
    )
    await conn.execute("VACUUM ANALYZE")  # no autovacuum of the fresh rows during the first run
    await conn.close()
    return token


def install_wrk() -> bool:
    """Debian's wrk, as the judges install Debian's chromium (as root, or with sudo)."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if shutil.which("apt-get") is None or (sudo and shutil.which("sudo") is None):
        return False
    print("installing Debian's wrk ...", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*sudo, "apt-get", "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        subprocess.run(install, env=env, capture_output=True, check=False)
    return shutil.which("wrk") is not None


def wait_ready(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start")


def post(port: int, token: str, query: str) -> dict[str, Any]:
    import httpx

    response = httpx.post(
        f"http://127.0.0.1:{port}/graphql",
        json={"query": query},
        headers={"authorization": f"Bearer {token}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s)", text)
    if match is None:
        raise ValueError(f"wrk printed an unknown duration: {text}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def run_wrk(port: int, token: str, query: str, duration: int, connections: int, threads: int) -> dict[str, Any]:
    body = json.dumps({"query": query})
    script = (
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        f'wrk.headers["Authorization"] = "Bearer {token}"\n'
        f"wrk.body = {json.dumps(body)}\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
        path = handle.name
    try:
        out = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{duration}s",
                "--latency",
                "-s",
                path,
                f"http://127.0.0.1:{port}/graphql",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(path)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "requests_per_second": rps,
        "latency_p50_ms": round(p50, 2),
        "latency_p99_ms": round(p99, 2),
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(0) if errors else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "leads_query.json")
    args = parser.parse_args()
    if shutil.which("wrk") is None and not install_wrk():
        print("wrk is missing and could not be installed: apt-get install -y wrk", file=sys.stderr)
        return 2

    database = f"quantix_bench_{os.getpid()}"
    env = {
        **os.environ,
        "QUANTIX_ENV": "development",
        "QUANTIX_META_SANDBOX": "false",
        "DATABASE_URL": f"{PG_ADMIN}/{database}",
        "REDIS_URL": REDIS_URL,
        "QUANTIX_REDIS_NAMESPACE": f"qxbench:{os.getpid()}",
        "QUANTIX_LOG_LEVEL": "WARNING",
        "QUANTIX_BENCH_DSN": f"{PG_ADMIN.replace('postgres://', 'postgresql://')}/{database}",
        "PYTHONPATH": str(ROOT),
    }
    os.environ.update(env)
    print(f"seeding {args.leads} leads into {database} ...", file=sys.stderr)
    token = asyncio.run(seed(database, args.leads))
    servers: list[subprocess.Popen[bytes]] = []
    ports = {"quantix": free_port(), "baseline": free_port()}
    apps = {"quantix": ["app.main:create_app", "--factory"], "baseline": ["bench.baseline_app:app"]}
    try:
        for name, target in apps.items():
            servers.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "uvicorn",
                        *target,
                        "--host",
                        "127.0.0.1",
                        "--port",
                        str(ports[name]),
                        "--workers",
                        "2",
                        "--no-access-log",
                        "--log-level",
                        "warning",
                    ],
                    cwd=ROOT,
                    env=env,
                )
            )
        for port in ports.values():
            wait_ready(port)
        time.sleep(2)
        before = asyncio.run(_agreement(database, ports, token))
        results: dict[str, Any] = {}
        for kind, query in QUERIES.items():
            results[kind] = {}
            for name, port in ports.items():
                run_wrk(port, token, query, 3, args.connections, args.threads)  # warm-up
                asyncio.run(_forget_reads(database))
                results[kind][name] = run_wrk(port, token, query, args.duration, args.connections, args.threads)
                print(kind, name, results[kind][name], file=sys.stderr)
            ours, ref = results[kind]["quantix"], results[kind]["baseline"]
            results[kind]["ratio"] = round(ours["requests_per_second"] / ref["requests_per_second"], 3)
        after = asyncio.run(_agreement(database, ports, token))
        report = {
            "benchmark": "leads(first: 50) with their campaign over PostgreSQL, 2 uvicorn workers each, wrk",
            "baseline": "bench/baseline_app.py: session check and lead counter in one statement, page with campaign "
            "join and tags array in one, audit batch in one (unnest), IP sealed once per page",
            "leads": args.leads,
            "duration_seconds": args.duration,
            "connections": args.connections,
            "wrk_threads": args.threads,
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "measured_at": dt.datetime.now(dt.UTC).isoformat(),
            "targets": {"with_total_count": 1.0, "without_total_count": 0.55},
            "results": results,
            "same_json": before["same_json"] and after["same_json"],
            "same_audit": before["same_audit"] and after["same_audit"],
            "disagreements": before["disagreements"] + after["disagreements"],
        }
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps({k: results[k]["ratio"] for k in QUERIES}), file=sys.stderr)
        agree = report["same_json"] and report["same_audit"]
        if not agree:
            print(f"the endpoints disagree: {report['disagreements']}", file=sys.stderr)
        return 0 if agree else 1
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
        asyncio.run(_drop(database))


async def _audit_rows(database: str) -> list[tuple[Any, ...]]:
    """The audit rows written so far, without what differs by nature (ids, times, request ids)."""
    import asyncpg

    from app.security.crypto import decrypt

    conn = await asyncpg.connect(f"{PG_ADMIN}/{database}")
    try:
        rows = await conn.fetch(
            "SELECT organization_id, actor_user_id, actor_token_id, action, target_type, target_id, subject_bidx, "
            'ip_address, details FROM "audit_event" ORDER BY target_id'
        )
    finally:
        await conn.close()
    return [(*r[:7], decrypt(r["ip_address"]) if r["ip_address"] else None, r["details"]) for r in rows]


async def _agreement(database: str, ports: dict[str, int], token: str) -> dict[str, Any]:
    """Ask both endpoints every query: equal full responses, equal audit rows written by one request."""
    answers: dict[str, dict[str, Any]] = {}
    audits: dict[str, dict[str, Any]] = {}
    for name, port in ports.items():
        answers[name], audits[name] = {}, {}
        for kind, query in QUERIES.items():
            await _forget_reads(database)
            answers[name][kind] = await asyncio.to_thread(post, port, token, query)
            audits[name][kind] = await _audit_rows(database)
    disagreements = []
    for kind in QUERIES:
        ours, ref = answers["quantix"][kind], answers["baseline"][kind]
        if ours != ref or "errors" in ours or len(ours.get("data", {}).get("leads", {}).get("edges", [])) != 50:
            disagreements.append(f"{kind}: responses differ or are not a page of 50")
        ours_audit, ref_audit = audits["quantix"][kind], audits["baseline"][kind]
        if ours_audit != ref_audit or len(ours_audit) != 50:
            differ = [(a, b) for a, b in zip(ours_audit, ref_audit, strict=False) if a != b][:1]
            disagreements.append(f"{kind}: audit rows differ ({len(ours_audit)} vs {len(ref_audit)}; {differ})")
    return {
        "same_json": not any("responses" in d for d in disagreements),
        "same_audit": not any("audit" in d for d in disagreements),
        "disagreements": disagreements,
    }


async def _forget_reads(database: str) -> None:
    """Each run starts from the same database: the audit rows earlier runs wrote (millions of them) would
    otherwise make every later run's audit inserts slower than the earlier ones'. Requests a wrk run left
    queued in a server (wrk stops its clients, not the servers) are let finish first: their audit rows
    would otherwise land after the truncation, in the next comparison or on the next run's CPU."""
    import asyncpg

    conn = await asyncpg.connect(f"{PG_ADMIN}/{database}")
    try:
        count = 'SELECT count(*) FROM "audit_event"'
        seen, deadline = await conn.fetchval(count), time.monotonic() + 30
        while time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            now = await conn.fetchval(count)
            if now == seen:
                break
            seen = now
        await conn.execute('TRUNCATE "audit_event"')
        await conn.execute('VACUUM ANALYZE "audit_event"')
    finally:
        await conn.close()


async def _drop(database: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(f"{PG_ADMIN}/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await conn.close()


if __name__ == "__main__":
    sys.exit(main())
