"""Benchmark: performanceReport at AD level over HTTP on a large ad account in PostgreSQL.

    .venv/bin/python bench/performance_report.py [--requests 40] [--scale 1.0]

Seeds a fresh PostgreSQL database with one ad account of 2,000 campaigns (one ad set each), 6,000 ads,
90 days of insights at campaign and ad level (540,000 ad-day rows), 100,000 attributed leads and 20,000 deals
(won, open and lost, some in another currency), brings the daily rows' running totals in step as the Meta sync
does after writing them (`running_totals_seconds`: what that adds to a sync of this account), then serves the
API (uvicorn, one process, in a thread of this one) and asks `performanceReport(level: AD)` over the 90 days,
one request at a time over loopback HTTP.
Every SQL statement the server sends during one request is counted (the ORM client's execute methods are
wrapped), as is the same request on a tenth of the data: the count must not grow with the rows. (The session's
last-seen touch, once a minute whatever the request, is counted apart as `session_touches`.)
The baseline, measured in the same run: the report's own two statements (as the server last sent them) sent
straight through asyncpg at once, `sql_floor_p50_ms`, the database's part of a request; `api_over_sql_floor` is
the API's p50 over it, which a slower or busier machine moves less than the raw latency.
Writes bench/results/performance_report.json (p50/p90 latency, statements, rows). Target: p50 < 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_ADMIN = os.environ.get("QUANTIX_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DAYS = 90
UNTIL = dt.date(2026, 9, 30)
SINCE = UNTIL - dt.timedelta(days=DAYS - 1)
REPORT = """query($input: PerformanceReportInput!) { performanceReport(input: $input) {
  campaign { id name } adSet { id name } ad { id name } spend { amount currency } metaLeads leads qualifiedLeads
  dealsWon revenue { amount } pipelineValue { amount } otherCurrencyDeals costPerLead { amount } roas } }"""

REFRESH_SECONDS: list[float] = []  # refresh_running_totals over the seeded days (what a full sync adds)

# Set-based seeding: every row comes from generate_series, so 700,000 rows take seconds, not minutes.
SEED_SQL = """
INSERT INTO "campaign" (id, created_at, updated_at, organization_id, ad_account_id, meta_id, name)
SELECT gen_random_uuid(), now(), now(), :org, :account, '12' || lpad(n::text, 13, '0'), 'Campaign ' || n
FROM generate_series(0, :campaigns - 1) n;
INSERT INTO "ad_set" (id, created_at, updated_at, organization_id, ad_account_id, campaign_id, meta_id, name)
SELECT gen_random_uuid(), now(), now(), c.organization_id, c.ad_account_id, c.id, '13' || substr(c.meta_id, 3),
  'Set of ' || c.name
FROM "campaign" c WHERE c.organization_id = :org;
INSERT INTO "ad" (id, created_at, updated_at, organization_id, ad_account_id, campaign_id, ad_set_id, meta_id, name)
SELECT gen_random_uuid(), now(), now(), s.organization_id, s.ad_account_id, s.campaign_id, s.id,
  '14' || substr(s.meta_id, 3) || k, 'Ad ' || k || ' of ' || s.name
FROM "ad_set" s CROSS JOIN generate_series(0, :ads_per_set - 1) k WHERE s.organization_id = :org;
INSERT INTO "ad_insight" (id, created_at, updated_at, organization_id, ad_account_id, campaign_id, ad_set_id, ad_id,
  date, impressions, clicks, spend, reach, leads, currency, spend_to_date, leads_to_date)
SELECT gen_random_uuid(), now(), now(), a.organization_id, a.ad_account_id, a.campaign_id, a.ad_set_id, a.id,
  :until::date - d, 1000 + d, 20 + d % 7, ((abs(hashtext(a.meta_id || d)) % 5000) / 100.0)::numeric(18, 4),
  800 + d, d % 3, 'EUR', 0, 0
FROM "ad" a CROSS JOIN generate_series(0, :days - 1) d WHERE a.organization_id = :org;
INSERT INTO "campaign_insight" (id, created_at, updated_at, organization_id, ad_account_id, campaign_id, date,
  impressions, clicks, spend, reach, leads, currency, spend_to_date, leads_to_date)
SELECT gen_random_uuid(), now(), now(), organization_id, ad_account_id, campaign_id, date, SUM(impressions),
  SUM(clicks), SUM(spend), SUM(reach), SUM(leads), 'EUR', 0, 0
FROM "ad_insight" WHERE organization_id = :org GROUP BY organization_id, ad_account_id, campaign_id, date;
"""
LEADS_SQL = """
INSERT INTO "lead" (id, created_at, updated_at, organization_id, full_name, status, status_rank, source,
  score_rank_desc, score_rank_asc, campaign_id, ad_set_id, ad_id, meta_created_time)
SELECT gen_random_uuid(), t, t, :org, :name, CASE WHEN n % 5 = 0 THEN 'QUALIFIED' ELSE 'NEW' END,
  CASE WHEN n % 5 = 0 THEN 30 ELSE 10 END, 'META_LEAD_ADS', -2000000000, 2000000000,
  a.campaign_id, a.ad_set_id, a.id, t
FROM generate_series(0, :leads - 1) n
JOIN LATERAL (SELECT :start::timestamptz + (n % (:days * 24)) * interval '1 hour' AS t) ts ON true
JOIN (SELECT row_number() OVER (ORDER BY meta_id) - 1 AS k, id, campaign_id, ad_set_id FROM "ad"
      WHERE organization_id = :org) a ON a.k = n % :ads;
INSERT INTO "deal" (id, created_at, updated_at, organization_id, lead_id, pipeline_id, stage_id, status, name,
  amount, currency, campaign_id, ad_set_id, ad_id, closed_at)
SELECT gen_random_uuid(), l.created_at, l.created_at, :org, l.id, :pipeline, s.id, s.kind, 'Deal',
  (100 + l.k % 900)::numeric(18, 4), CASE WHEN l.k % 10 = 0 THEN 'USD' ELSE 'EUR' END,
  l.campaign_id, l.ad_set_id, l.ad_id, CASE WHEN s.kind = 'OPEN' THEN NULL ELSE l.created_at END
FROM (SELECT row_number() OVER (ORDER BY id) - 1 AS k, * FROM "lead" WHERE organization_id = :org) l
JOIN (SELECT row_number() OVER (ORDER BY position) - 1 AS p, count(*) OVER () AS c, id, kind FROM "pipeline_stage"
      WHERE pipeline_id = :pipeline) s ON s.p = l.k % s.c
WHERE l.k < :deals;
"""


async def seed(database: str, scale: float) -> tuple[str, str]:
    """Create the schema and the data; returns (session bearer token, the ad account's global id)."""
    import asyncpg
    from tortoise import Tortoise

    from app.campaigns.delivery import refresh_running_totals
    from app.campaigns.models import AdAccount, AdInsight, Insight
    from app.db import init_orm
    from app.deals.services import default_pipeline
    from app.security.crypto import encrypt
    from bench.leads_query import fresh_organization
    from schema.relay import to_global_id

    org, _, token = await fresh_organization(database)
    account = await AdAccount.create(
        organization=org, meta_id="act_1", account_id="1", name="Bench", currency="EUR", timezone_name="Europe/Berlin"
    )
    pipeline = await default_pipeline(org.id)
    name = encrypt("Bench lead")
    await Tortoise.close_connections()

    campaigns, leads, deals = int(2000 * scale), int(100_000 * scale), int(20_000 * scale)
    conn = await asyncpg.connect(f"{PG_ADMIN}/{database}")
    try:
        given: dict[str, Any] = {
            "org": org.id,
            "account": account.id,
            "campaigns": campaigns,
            "ads_per_set": 3,
            "until": UNTIL,
            "days": DAYS,
            "name": name,
            "leads": leads,
            "start": dt.datetime.combine(SINCE, dt.time(), tzinfo=dt.UTC),
            "pipeline": pipeline.id,
            "deals": deals,
        }
        for statement in SEED_SQL.split(";\n"):
            await _execute(conn, statement, given)
        given["ads"] = await conn.fetchval('SELECT count(*) FROM "ad" WHERE organization_id = $1', org.id)
        for statement in LEADS_SQL.split(";\n"):
            await _execute(conn, statement, given)
    finally:
        await conn.close()
    await init_orm()  # the running totals, as the Meta sync leaves them after writing these days
    started = time.monotonic()
    for model in (Insight, AdInsight):
        await refresh_running_totals(model, org.id, account.id)
    REFRESH_SECONDS.append(round(time.monotonic() - started, 2))
    await Tortoise.close_connections()
    conn = await asyncpg.connect(f"{PG_ADMIN}/{database}")
    try:
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return token, to_global_id("AdAccount", account.id)


async def _execute(conn: Any, statement: str, given: dict[str, Any]) -> None:
    """Run one statement with its `:name` placeholders as asyncpg's numbered parameters."""
    import re

    if not statement.strip():
        return
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return f"${names.index(match.group(1)) + 1}"

    sql = re.sub(r"(?<!:):(\w+)", number, statement)
    await conn.execute(sql, *(given[n] for n in names))


async def _drop(database: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(f"{PG_ADMIN}/postgres")
    await conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    await conn.close()


class Counter:
    """Counts the statements the server's ORM client sends (every execute method of its class); the session's
    last-seen touch (at most once a minute per session, whatever the request) is counted apart."""

    def __init__(self) -> None:
        self.count = 0
        self.touches = 0

    def install(self) -> None:
        from tortoise.backends.asyncpg.client import AsyncpgDBClient

        for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
            original = getattr(AsyncpgDBClient, name)

            def wrapped(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
                if len(args) > 1 and str(args[1]).lstrip().upper().startswith('UPDATE "SESSION"'):
                    self.touches += 1
                else:
                    self.count += 1
                return _original(*args, **kwargs)

            setattr(AsyncpgDBClient, name, wrapped)


class ReportStatements:
    """Keeps the SQL of the report's own statements (the last request's), as the server sends them."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, list[Any]]] = []

    def install(self) -> None:
        import app.deals.queries as queries

        original = queries.select_records

        async def recorded(sql: str, values: list[Any]) -> Any:
            self.sent = [*self.sent[-1:], (sql, list(values))]
            return await original(sql, values)

        queries.select_records = recorded  # type: ignore[assignment]


async def sql_floor(database: str, statements: list[tuple[str, list[Any]]], runs: int) -> float:
    """p50 ms of the report's statements sent straight through asyncpg, at once on two connections as the API
    sends them: the database's part of a request, the floor under the API's latency, in the same run."""
    import asyncpg

    connections = [await asyncpg.connect(f"{PG_ADMIN}/{database}", server_settings={"jit": "off"}) for _ in statements]
    try:
        timings = []
        for n in range(runs + 3):
            started = time.perf_counter()
            await asyncio.gather(
                *(c.fetch(sql, *values) for c, (sql, values) in zip(connections, statements, strict=True))
            )
            if n >= 3:
                timings.append((time.perf_counter() - started) * 1000)
        return round(statistics.median(timings), 1)
    finally:
        for connection in connections:
            await connection.close()


def serve(port: int) -> tuple[Any, threading.Thread]:
    """uvicorn with the app, in a thread with its own event loop (stop: should_exit, then join)."""
    import uvicorn

    from app.main import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.1)
    return server, thread


def measure(port: int, token: str, account: str, requests: int, counter: Counter) -> dict[str, Any]:
    import httpx

    variables = {
        "input": {"adAccountId": account, "since": SINCE.isoformat(), "until": UNTIL.isoformat(), "level": "AD"}
    }
    headers = {"authorization": f"Bearer {token}"}
    timings: list[float] = []
    statements: set[int] = set()
    touches_before = counter.touches
    rows = 0
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=120) as http:
        for n in range(requests + 3):  # three warm-up requests
            before = counter.count
            started = time.perf_counter()
            response = http.post("/graphql", json={"query": REPORT, "variables": variables})
            took = (time.perf_counter() - started) * 1000
            body = response.json()
            if response.status_code != 200 or "errors" in body:
                raise RuntimeError(f"the report failed: {response.status_code} {str(body)[:500]}")
            statements.add(counter.count - before)
            rows = len(body["data"]["performanceReport"])
            if n >= 3:
                timings.append(took)
    timings.sort()
    return {
        "requests": requests,
        "rows": rows,
        "latency_p50_ms": round(statistics.median(timings), 1),
        "latency_p90_ms": round(timings[int(0.9 * (len(timings) - 1))], 1),
        "latency_min_ms": round(timings[0], 1),
        "sql_statements_per_request": sorted(statements),
        "session_touches": counter.touches - touches_before,
    }


def run(scale: float, requests: int) -> dict[str, Any]:
    """One data size in this process: seed, serve, measure, drop."""
    import socket

    database = f"quantix_bench_report_{os.getpid()}"
    os.environ["DATABASE_URL"] = f"{PG_ADMIN}/{database}"
    counter = Counter()
    counter.install()
    statements = ReportStatements()
    statements.install()
    print(f"seeding {database} (scale {scale}) ...", file=sys.stderr)
    started = time.monotonic()
    try:
        token, account = asyncio.run(seed(database, scale))
        seeded = round(time.monotonic() - started, 1)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        server, thread = serve(port)
        try:
            result = measure(port, token, account, requests, counter)
        finally:
            server.should_exit = True
            thread.join(timeout=60)
        floor = asyncio.run(sql_floor(database, statements.sent, requests))
        result |= {"sql_floor_p50_ms": floor, "api_over_sql_floor": round(result["latency_p50_ms"] / floor, 2)}
    finally:
        if os.environ.get("QUANTIX_BENCH_KEEP_DB"):
            print(f"kept {database} (QUANTIX_BENCH_KEEP_DB)", file=sys.stderr)
        else:
            asyncio.run(_drop(database))
    return {"scale": scale, "seed_seconds": seeded, "running_totals_seconds": REFRESH_SECONDS[0], **result}


def _child(scale: float, requests: int) -> dict[str, Any]:
    """Each data size in its own process: settings and the ORM are per process."""
    out = subprocess.run(
        [sys.executable, __file__, "--scale", str(scale), "--requests", str(requests), "--one"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        raise RuntimeError(f"the run at scale {scale} failed")
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 2,000 campaigns, 100,000 leads")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "performance_report.json")
    args = parser.parse_args()
    os.environ.update(
        {
            "QUANTIX_ENV": "development",
            "QUANTIX_META_SANDBOX": "false",
            "QUANTIX_REDIS_NAMESPACE": f"qxbench:{os.getpid()}",
            "REDIS_URL": os.environ.get("QUANTIX_BENCH_REDIS", "redis://127.0.0.1:6379/0"),
            "QUANTIX_LOG_LEVEL": "WARNING",
        }
    )
    if args.one:
        print(json.dumps(run(args.scale, args.requests)))
        return 0
    small = _child(args.scale / 10, max(5, args.requests // 4))
    full = _child(args.scale, args.requests)
    report = {
        "benchmark": "performanceReport(level: AD) over 90 days, one request at a time over loopback HTTP, "
        "uvicorn (one process)",
        "data": {
            "campaigns": int(2000 * args.scale),
            "ad_sets": int(2000 * args.scale),
            "ads": int(6000 * args.scale),
            "leads": int(100_000 * args.scale),
            "deals": int(20_000 * args.scale),
            "insight_days": DAYS,
        },
        "target_p50_ms": 300,
        "full": full,
        "tenth": small,
        "constant_statements": small["sql_statements_per_request"] == full["sql_statements_per_request"],
        "cpus": os.cpu_count(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "measured_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2), file=sys.stderr)
    return 0 if report["constant_statements"] else 1


if __name__ == "__main__":
    sys.exit(main())
