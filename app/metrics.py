"""Prometheus metrics: requests, latency, jobs, queue depth (and, as domains add them, more gauges).

`/metrics` answers with `QUANTIX_METRICS_TOKEN` as a bearer token, or from loopback when it is unset.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
from collections.abc import Awaitable, Callable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

registry = CollectorRegistry()
REQUESTS = Counter("quantix_http_requests_total", "HTTP requests", ["method", "route", "status"], registry=registry)
LATENCY = Histogram(
    "quantix_http_request_duration_seconds", "HTTP request latency", ["method", "route"], registry=registry
)
JOBS = Gauge("quantix_jobs", "Jobs by kind and status", ["kind", "status"], registry=registry)
QUEUE_DEPTH = Gauge("quantix_queue_depth", "Jobs waiting in the queue", registry=registry)

# Gauges refreshed from the database at scrape time, so every process reports the same truth.
Refresher = Callable[[], Awaitable[None]]
refreshers: list[Refresher] = []

_ID_SEGMENT = re.compile(r"/(exports|privacy/status)/[^/]+|/[0-9a-fA-F-]{16,}|/\d{3,}")


def _route_label(path: str) -> str:
    return _ID_SEGMENT.sub(lambda m: f"/{m.group(1)}/:token" if m.group(1) else "/:id", path)[:80]


def observe_request(method: str, path: str, status: int, seconds: float) -> None:
    route = _route_label(path)
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


async def _refresh_job_gauges() -> None:
    from tortoise.functions import Count

    from app.jobs import queue
    from app.jobs.models import Job

    JOBS.clear()
    rows = await Job.all().group_by("kind", "status").annotate(n=Count("id")).values("kind", "status", "n")
    for row in rows:
        kind, status = row["kind"], row["status"]
        JOBS.labels(getattr(kind, "value", kind), getattr(status, "value", status)).set(row["n"])
    try:
        QUEUE_DEPTH.set(await queue.queue_depth())
    except RuntimeError:
        QUEUE_DEPTH.set(0)


refreshers.append(_refresh_job_gauges)


def _allowed(request: Request) -> bool:
    token = request.app.state.settings.metrics_token
    if token:
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("testclient", "localhost")


async def metrics_endpoint(request: Request) -> Response:
    if not _allowed(request):
        return PlainTextResponse("Forbidden", status_code=403)
    for refresh in refreshers:
        await refresh()
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
