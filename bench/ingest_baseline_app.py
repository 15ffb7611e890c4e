"""The hand-written reference for bench/lead_ingest.py: the least a Lead Ads receiver can do.

`POST /webhooks/meta`: verify `X-Hub-Signature-256` over the raw body, store the raw event (one INSERT), answer
200; then, in the same process after the answer, fetch each lead with one Graph call (the Page token) and
store its JSON (one INSERT). No encryption, dedupe, attribution, consent or queue: what is left is the floor
the product's ingestion is compared with. Rows carry `clock_timestamp()` at insert (the database clock).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import AsyncIterator

import asyncpg
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

DSN = os.environ.get("QUANTIX_BENCH_DSN", "")
SECRET = os.environ.get("META_APP_SECRET", "").encode()
GRAPH = os.environ.get("META_GRAPH_URL", "").rstrip("/") + "/v25.0"
PAGE_TOKEN = os.environ.get("QUANTIX_BENCH_PAGE_TOKEN", "")
SCHEMA = (  # created by the bench before the app starts
    "CREATE TABLE baseline_event (id bigserial PRIMARY KEY, body text NOT NULL, "
    "received_at timestamptz NOT NULL DEFAULT clock_timestamp());"
    "CREATE TABLE baseline_lead (meta_lead_id text PRIMARY KEY, body text NOT NULL, "
    "stored_at timestamptz NOT NULL DEFAULT clock_timestamp())"
)


async def fetch_and_store(app: Starlette, leadgen_ids: list[str]) -> None:
    for leadgen_id in leadgen_ids:
        response = await app.state.graph.get(f"{GRAPH}/{leadgen_id}", params={"access_token": PAGE_TOKEN})
        if response.status_code == 200:
            await app.state.pool.execute(
                "INSERT INTO baseline_lead (meta_lead_id, body) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                leadgen_id,
                response.text,
            )


async def receive(request: Request) -> Response:
    raw = await request.body()
    expected = "sha256=" + hmac.new(SECRET, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-hub-signature-256", "")):
        return Response(status_code=401)
    await request.app.state.pool.execute("INSERT INTO baseline_event (body) VALUES ($1)", raw.decode())
    ids = [
        change["value"]["leadgen_id"]
        for entry in json.loads(raw).get("entry", [])
        for change in entry.get("changes", [])
        if change.get("field") == "leadgen"
    ]
    task = asyncio.create_task(fetch_and_store(request.app, ids))
    request.app.state.tasks.add(task)
    task.add_done_callback(request.app.state.tasks.discard)
    return Response(status_code=200)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    app.state.pool = await asyncpg.create_pool(DSN, min_size=1, max_size=10)
    app.state.graph = httpx.AsyncClient(timeout=30)
    app.state.tasks = set()
    yield
    await app.state.graph.aclose()
    await app.state.pool.close()


app = Starlette(routes=[Route("/webhooks/meta", receive, methods=["POST"])], lifespan=lifespan)
