"""Conversions API upload of 100,000 stage changes: HTTP calls Meta receives and events sent twice.

    .venv/bin/python bench/conversions.py [--leads 50000] [--stages 2]

Builds `leads` Lead Ads leads (SQLite in a temporary file) with `stages` pending stage events each (the rows the
lead/deal listeners write; inserted in bulk here so the run measures the upload, not 100,000 status mutations),
then runs the real upload (app.conversions.services.upload_pending -> GraphClient) against the Meta emulator over
ASGI. The first request is throttled once (Meta code 17), so the run also shows a retry losing and duplicating
nothing. Counted by the emulator: HTTP calls to `/{dataset}/events`, events accepted, events received twice.
Target: calls <= ceil(events / 1000) + 1 and no event sent twice. Writes bench/results/conversions.json.
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
    {
        "DATABASE_URL": f"sqlite://{_db.name}",
        "QUANTIX_ENV": "development",
        "QUANTIX_META_SANDBOX": "false",
        "QUANTIX_BILLING": "off",
    }
)
os.environ.pop("REDIS_URL", None)

import httpx  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from app.accounts.models import Organization  # noqa: E402
from app.conversions.models import ConversionEvent, ConversionEventStatus, ConversionsConfig  # noqa: E402
from app.conversions.services import upload_pending  # noqa: E402
from app.db import init_orm  # noqa: E402
from app.integrations.meta.conversions import MAX_EVENTS_PER_REQUEST  # noqa: E402
from app.integrations.meta.models import ConnectionStatus, MetaConnection  # noqa: E402
from app.integrations.meta.transport import set_meta_transport  # noqa: E402
from app.leads.models import Lead, LeadSource, LeadStatus  # noqa: E402
from app.sandbox.meta.testing import FaultInjectingEmulator  # noqa: E402
from app.settings import get_settings  # noqa: E402

STAGE_NAMES = ["Lead", "Contacted", "Marketing Qualified Lead", "Converted"]


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--leads", type=int, default=50_000)
    parser.add_argument("--stages", type=int, default=2)
    args = parser.parse_args()
    settings = get_settings()
    emulator = FaultInjectingEmulator(app_id=settings.meta_app_id, app_secret=settings.meta_app_secret, seed=True)
    set_meta_transport(httpx.ASGITransport(app=emulator.app))
    await init_orm(settings)
    await Tortoise.generate_schemas(safe=True)

    org = await Organization.create(name="Bench", slug=f"bench-capi-{int(time.time())}")
    await MetaConnection.create(
        organization=org,
        meta_user_id=emulator.USER_ID,
        meta_user_bidx="bench",
        access_token=emulator.user_token(),
        status=ConnectionStatus.CONNECTED,
    )
    await ConversionsConfig.create(
        organization=org,
        dataset_id=emulator.DATASET_ID,
        stage_events=[{"leadStatus": s.value, "eventName": n} for s, n in zip(LeadStatus, STAGE_NAMES, strict=False)],
    )
    built = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    leadgen_ids = [f"1400000{n:09d}" for n in range(args.leads)]
    emulator.register_leads(leadgen_ids)
    leads = [
        Lead(
            organization_id=org.id,
            full_name=f"Lead {n}",
            email=f"lead{n}@example.com",
            phone=f"+4915{n:09d}",
            source=LeadSource.META_LEAD_ADS,
            meta_lead_id=leadgen_ids[n],
            meta_created_time=now - dt.timedelta(hours=2),
        )
        for n in range(args.leads)
    ]
    await Lead.bulk_create(leads, batch_size=2000)
    ids = {row[1]: row[0] for row in await Lead.for_org(org.id).values_list("id", "meta_lead_id")}
    events = [
        ConversionEvent(
            organization_id=org.id,
            lead_id=ids[leadgen],
            event_name=STAGE_NAMES[s],
            event_time=now - dt.timedelta(hours=1) + dt.timedelta(seconds=s),
        )
        for leadgen in leadgen_ids
        for s in range(args.stages)
    ]
    await ConversionEvent.bulk_create(events, batch_size=5000)
    total = len(events)
    build_seconds = time.perf_counter() - built

    emulator.throttle_conversions(1)
    started = time.perf_counter()
    first = await upload_pending(org.id)
    retry_at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=(first.retry_in or 0) + 1)
    second = await upload_pending(org.id, now=retry_at)
    seconds = time.perf_counter() - started

    calls = len(emulator.calls(r"^\d+/events$", "POST"))
    accepted = len(emulator.capi_events)
    duplicates = len(emulator.capi_duplicates)
    unique_ids = len({(r["event"]["event_name"], r["event"]["event_id"]) for r in emulator.capi_events})
    limit = math.ceil(total / MAX_EVENTS_PER_REQUEST) + 1
    still_pending = await ConversionEvent.for_org(org.id).filter(status=ConversionEventStatus.PENDING).count()
    out = {
        "leads": args.leads,
        "stage_changes": total,
        "batch_size": MAX_EVENTS_PER_REQUEST,
        "http_calls": calls,
        "http_calls_limit": limit,
        "throttled_calls": 1,
        "events_accepted": accepted,
        "events_sent_twice": duplicates,
        "distinct_event_ids": unique_ids,
        "still_pending": still_pending,
        "first_run": first.as_dict() | {"retry_in_s": first.retry_in},
        "retry_run": second.as_dict(),
        "upload_seconds": round(seconds, 2),
        "build_seconds": round(build_seconds, 2),
        "ok": calls <= limit and duplicates == 0 and accepted == total and still_pending == 0,
    }
    path = ROOT / "bench" / "results" / "conversions.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))
    await Tortoise.close_connections()
    os.unlink(_db.name)


if __name__ == "__main__":
    asyncio.run(main())
