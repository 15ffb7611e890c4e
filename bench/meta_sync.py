"""Graph calls for a full sync of a large emulated ad account, against the minimum with batching.

    .venv/bin/python bench/meta_sync.py [--campaigns 2000] [--days 30]

Builds an emulated account with N campaigns, N ad sets, N ads and `days` of daily insights per ad, runs the
real sync (GraphClient + app.integrations.meta.sync, SQLite in a temporary file) twice (full, then incremental) and
writes bench/results/meta_sync.json with:
- http_calls: HTTP requests Meta received (a batch is one);
- operations: Graph operations (batch entries and single calls) Meta ran;
- unbatched_calls: what the same reads cost one page at a time (one stream per edge, no batch);
- lower_bound_with_batching: 1 (account list) + max(ceil(operations / 50), longest chain of dependent pages).
The first run reads the 37 months Meta keeps: one insights stream per day for the last 31 days, one per month
before (empty months cost one operation each, packed into the spare room of batches).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_db = tempfile.NamedTemporaryFile(prefix="quantix-bench-", suffix=".db", delete=False)
os.environ.update(
    {"DATABASE_URL": f"sqlite://{_db.name}", "QUANTIX_ENV": "development", "QUANTIX_META_SANDBOX": "false"}
)
os.environ.pop("REDIS_URL", None)

from tortoise import Tortoise  # noqa: E402

from app.accounts.models import Organization  # noqa: E402
from app.campaigns.models import Ad, AdSet, Campaign, Insight  # noqa: E402
from app.db import init_orm  # noqa: E402
from app.integrations.meta import sync  # noqa: E402
from app.integrations.meta.models import ConnectionStatus, MetaConnection  # noqa: E402
from app.integrations.meta.transport import set_meta_transport  # noqa: E402
from app.sandbox.meta import MetaEmulator  # noqa: E402
from app.settings import get_settings  # noqa: E402


def build(emulator: MetaEmulator, campaigns: int, days: int) -> None:
    user = emulator.USER_ID
    emulator.add_user(user, "Bench User")
    account = "9000000001"
    emulator.add_ad_account(account, "Large account", user_id=user)
    today = dt.datetime.fromtimestamp(emulator.now(), dt.UTC).date()
    statuses = ["ACTIVE", "ACTIVE", "PAUSED", "ARCHIVED"]
    for n in range(campaigns):
        cid, sid, aid = f"12{n:013d}", f"13{n:013d}", f"14{n:013d}"
        status = statuses[n % len(statuses)]
        emulator.add_campaign(cid, account, f"Campaign {n:05d}", status=status)
        emulator.add_ad_set(sid, cid, f"Ad set {n:05d}", status=status)
        emulator.add_ad(aid, sid, f"Ad {n:05d}", status=status)
        for d in range(1, days + 1):
            emulator.add_insight(
                aid,
                today - dt.timedelta(days=d),
                impressions=100 + n % 50 + d,
                clicks=3 + n % 5,
                spend=f"{1 + n % 9}.{d % 10}0",
                reach=80,
                leads=n % 3,
            )


def unbatched_calls(campaigns: int, days: int, page: int) -> int:
    """The same reads one page per HTTP call: the account list, the account, three object edges, and the
    daily campaign rows in one stream (`time_increment=1`; rows exist only for days with delivery)."""
    return 1 + 1 + 3 * math.ceil(campaigns / page) + math.ceil(campaigns * days / page)


def lower_bound(operations: int, depth: int) -> int:
    """The account list, then at least ceil(ops / 50) batches and at least one batch per dependent page."""
    return 1 + max(math.ceil((operations - 1) / 50), depth)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=2000)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    settings = get_settings()
    emulator = MetaEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret)
    build(emulator, args.campaigns, args.days)
    set_meta_transport(__import__("httpx").ASGITransport(app=emulator.app))
    await init_orm(settings)
    await Tortoise.generate_schemas(safe=True)
    org = await Organization.create(name="Bench", slug=f"bench-{int(time.time())}")
    await MetaConnection.create(
        organization=org,
        meta_user_id=emulator.USER_ID,
        meta_user_bidx="bench",
        access_token=emulator.user_token(),
        status=ConnectionStatus.CONNECTED,
    )

    async def run(label: str) -> dict[str, object]:
        emulator.requests.clear()
        started = time.perf_counter()
        result = await sync.sync_organization(org.id)
        seconds = time.perf_counter() - started
        report = result["synced"][0]
        http = len([r for r in emulator.requests if not r.get("batch")])
        ops = len([r for r in emulator.requests if r["path"] != ""])
        return {
            "run": label,
            "http_calls": http,
            "operations": ops,
            "rounds": report["rounds"],
            "campaigns": report["campaigns"],
            "ad_sets": report["ad_sets"],
            "ads": report["ads"],
            "insight_rows": report["insight_rows"],
            "seconds": round(seconds, 2),
        }

    full = await run("full")
    depth = math.ceil(args.campaigns / sync.PAGE_SIZE)  # pages of the deepest stream (an edge, one day)
    # an incremental run after a few changes
    emulator.advance(7200)
    for n in range(0, args.campaigns, 100):
        emulator.touch(f"12{n:013d}", name=f"Campaign {n:05d} (edited)")
    incremental = await run("incremental")
    stored = {
        "campaigns": await Campaign.all().count(),
        "ad_sets": await AdSet.all().count(),
        "ads": await Ad.all().count(),
        "insights": await Insight.all().count(),
    }
    out = {
        "account": {"campaigns": args.campaigns, "ad_sets": args.campaigns, "ads": args.campaigns, "days": args.days},
        "page_size": sync.PAGE_SIZE,
        "full": full,
        "incremental": incremental,
        "unbatched_calls": unbatched_calls(args.campaigns, args.days, sync.PAGE_SIZE),
        "lower_bound_with_batching": lower_bound(int(full["operations"]), depth),
        "first_run_window_days": sync.FIRST_RUN_DAYS,
        "stored": stored,
    }
    path = ROOT / "bench" / "results" / "meta_sync.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
    await Tortoise.close_connections()
    os.unlink(_db.name)


if __name__ == "__main__":
    asyncio.run(main())
