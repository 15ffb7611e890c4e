"""Graph calls for a full sync of a large emulated ad account: batched, unbatched, and the minimum Meta allows.

    .venv/bin/python bench/meta_sync.py [--campaigns 2000] [--days 30]

Builds an emulated account with N campaigns, N ad sets, N ads and `days` of daily insights per ad, and runs the
real sync (GraphClient + app.integrations.meta.sync, SQLite in a temporary file) against the emulator (app.sandbox's
Meta, over ASGI), counting the HTTP requests Meta received:
- batched: the product as it runs, full then incremental (after a few edits);
- unbatched: the same sync for a second organisation with the emulator refusing batch requests, so every
  page is its own call (measured, not computed);
- minimum_with_batching: what Meta's paging rules allow at best, from the account's contents alone: every
  edge is read in pages of `limit` items (META.md: insights `limit=500`; the sync asks the same for objects),
  a batch carries at most 50 operations, and an edge's pages follow one another (each needs the previous
  page's cursor). So 1 call for the account list, then max(ceil(data pages / 50), pages of the longest object
  edge); daily insight rows (at campaign and at ad level, as the product reads them) can be split by day into
  independent streams.
Writes bench/results/meta_sync.json.
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


META_PAGE_LIMIT = 500  # items per page (META.md §2.5: insights `limit=500`)
META_BATCH_LIMIT = 50  # operations per batch (META.md §2.5)


def minimum_with_batching(campaigns: int, days: int) -> dict[str, int]:
    """The fewest HTTP calls Meta's paging rules allow for the account's contents (see the module docstring)."""
    object_edge_pages = max(1, math.ceil(campaigns / META_PAGE_LIMIT))  # campaigns, ad sets, ads: one edge each
    # One daily row per campaign and one per ad with delivery: the sync reads insights at both levels.
    insight_pages = 2 * max(1, math.ceil(campaigns * days / META_PAGE_LIMIT))
    data_pages = 3 * object_edge_pages + insight_pages
    return {
        "data_pages": data_pages,
        "longest_chain": object_edge_pages,
        "calls": 1 + max(math.ceil(data_pages / META_BATCH_LIMIT), object_edge_pages),
    }


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

    async def organization(name: str) -> Organization:
        org = await Organization.create(name=name, slug=f"bench-{name.lower()}-{int(time.time())}")
        await MetaConnection.create(
            organization=org,
            meta_user_id=emulator.USER_ID,
            meta_user_bidx="bench",
            access_token=emulator.user_token(),
            status=ConnectionStatus.CONNECTED,
        )
        return org

    async def run(label: str, org: Organization) -> dict[str, object]:
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

    batched_org, unbatched_org = await organization("Batched"), await organization("Unbatched")
    full = await run("full", batched_org)
    emulator.batch_enabled = False
    unbatched = await run("full, batch requests refused", unbatched_org)
    emulator.batch_enabled = True
    # an incremental run after a few changes
    emulator.advance(7200)
    for n in range(0, args.campaigns, 100):
        emulator.touch(f"12{n:013d}", name=f"Campaign {n:05d} (edited)")
    incremental = await run("incremental", batched_org)
    stored = {
        model.__name__: [await model.for_org(o.id).count() for o in (batched_org, unbatched_org)]
        for model in (Campaign, AdSet, Ad, Insight)
    }
    minimum = minimum_with_batching(args.campaigns, args.days)
    out = {
        "account": {"campaigns": args.campaigns, "ad_sets": args.campaigns, "ads": args.campaigns, "days": args.days},
        "page_size": sync.PAGE_SIZE,
        "full": full,
        "unbatched": unbatched,
        "incremental": incremental,
        "minimum_with_batching": minimum,
        "full_over_minimum": round(int(full["http_calls"]) / minimum["calls"], 2),
        "unbatched_over_full": round(int(unbatched["http_calls"]) / int(full["http_calls"]), 1),
        "first_run_window_days": sync.FIRST_RUN_DAYS,
        "stored_batched_vs_unbatched": stored,
    }
    path = ROOT / "bench" / "results" / "meta_sync.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
    await Tortoise.close_connections()
    os.unlink(_db.name)


if __name__ == "__main__":
    asyncio.run(main())
