"""Prometheus metrics: requests, latency, jobs, queue depth, and gauges other domains add with `db_gauge`.

`/metrics` aggregates every process:
- request counters and latency histograms live in each API process; with several processes they are
  shared through prometheus_client's multiprocess mode (`PROMETHEUS_MULTIPROC_DIR`, which
  `prepare_multiprocess_dir` sets up for `quantix serve --workers N`);
- gauges (jobs by kind and status, queue depth, ...) are read from the database and the queue at scrape
  time, so whichever process answers reports the same truth.

`/metrics` answers with `QUANTIX_METRICS_TOKEN` as a bearer token, or, when no token is set, only to a
client on loopback (the client IP after trusted proxies, so a local reverse proxy does not open it up).
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import re
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from app.request_context import current_request

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

registry = CollectorRegistry()
REQUESTS = Counter("quantix_http_requests_total", "HTTP requests", ["method", "route", "status"], registry=registry)
LATENCY = Histogram(
    "quantix_http_request_duration_seconds", "HTTP request latency", ["method", "route"], registry=registry
)

_ID_SEGMENT = re.compile(r"/(exports|media|privacy/status)/[^/]+|/[0-9a-fA-F-]{16,}|/\d{3,}")


def _route_label(path: str) -> str:
    """Ids and tokens in paths become placeholders: labels stay few and never carry a secret."""
    return _ID_SEGMENT.sub(lambda m: f"/{m.group(1)}/:token" if m.group(1) else "/:id", path)[:80]


def observe_request(method: str, path: str, status: int, seconds: float) -> None:
    route = _route_label(path)
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


# --- gauges read at scrape time ------------------------------------------------------------------------

Samples = dict[tuple[str, ...], float]


@dataclass
class DbGauge:
    name: str
    documentation: str
    labels: tuple[str, ...]
    fetch: Callable[[], Awaitable[Samples]]
    samples: Samples | None = None


_gauges: dict[str, DbGauge] = {}

# The older way, still supported: a Gauge on `registry` plus an async refresher that sets it at scrape time.
Refresher = Callable[[], Awaitable[None]]
refreshers: list[Refresher] = []


def db_gauge(name: str, documentation: str, labels: Iterable[str], fetch: Callable[[], Awaitable[Samples]]) -> None:
    """Declare a gauge computed at scrape time: `fetch()` returns {label values: value}.

    E.g. `db_gauge("quantix_privacy_requests_overdue", "...", [], count_overdue)` with `count_overdue`
    returning `{(): 3}`. Read from the database, so every process reports the same value.
    """
    _gauges[name] = DbGauge(name, documentation, tuple(labels), fetch)


def count_gauge(name: str, documentation: str, count: Callable[[], Awaitable[int]]) -> None:
    """A `db_gauge` without labels whose value is a count, e.g. of the rows past a deadline."""

    async def fetch() -> Samples:
        return {(): float(await count())}

    db_gauge(name, documentation, [], fetch)


class _DbGaugeCollector(Collector):
    def collect(self) -> Iterator[Metric]:
        for gauge in _gauges.values():
            if gauge.samples is None:
                continue
            family = GaugeMetricFamily(gauge.name, gauge.documentation, labels=list(gauge.labels))
            for values, value in sorted(gauge.samples.items()):
                family.add_metric(list(values), value)
            yield family


async def refresh_gauges() -> None:
    for refresh in list(refreshers):
        await refresh()
    for gauge in _gauges.values():
        try:
            gauge.samples = await gauge.fetch()
        except Exception:  # a gauge that cannot be read is left out rather than failing the scrape
            gauge.samples = None


async def _jobs_by_kind_and_status() -> Samples:
    """Every kind and status, zeros included, so a series never disappears between scrapes."""
    from tortoise.functions import Count

    from app.jobs.models import Job, JobKind, JobStatus

    samples: Samples = {(k.value, s.value): 0.0 for k in JobKind for s in JobStatus}
    rows = await Job.all().group_by("kind", "status").annotate(n=Count("id")).values("kind", "status", "n")
    for row in rows:
        kind, status = row["kind"], row["status"]
        samples[(getattr(kind, "value", kind), getattr(status, "value", status))] = float(row["n"])
    return samples


async def _queue_depth() -> Samples:
    from app.jobs import queue

    return {(): float(await queue.queue_depth())}


db_gauge("quantix_jobs", "Jobs by kind and status", ["kind", "status"], _jobs_by_kind_and_status)
db_gauge("quantix_queue_depth", "Jobs waiting in the queue (arq queue, or in-process tasks)", [], _queue_depth)


# --- exposition ----------------------------------------------------------------------------------------


def prepare_multiprocess_dir(workers: int) -> str | None:
    """Before `quantix serve` starts several API processes: share counters through a fresh directory.

    Uses `PROMETHEUS_MULTIPROC_DIR` when set (wiping files of earlier runs), else a new temporary directory
    when `workers > 1`. Must run before the API processes start; they inherit the variable.
    """
    path = os.environ.get(MULTIPROC_ENV)
    if not path:
        if workers <= 1:
            return None
        path = tempfile.mkdtemp(prefix="quantix-metrics-")
        os.environ[MULTIPROC_ENV] = path
    directory = Path(path)
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()
    return path


def scrape_registry() -> CollectorRegistry:
    """What `/metrics` shows: this process's counters, or every process's in multiprocess mode.

    Gauges always come from this process: they were just refreshed from the database, so they are the
    same whichever process answers (in multiprocess mode their per-process files are ignored).
    """
    scraped = CollectorRegistry()
    if os.environ.get(MULTIPROC_ENV):
        scraped.register(_Only(MultiProcessCollector(None), gauges=False))
        scraped.register(_Only(registry, gauges=True))
    else:
        scraped.register(_Only(registry))
    scraped.register(_DbGaugeCollector())
    return scraped


class _Only(Collector):
    """The families of `source`; only gauges (True), only the rest (False), or all (None)."""

    def __init__(self, source: Any, gauges: bool | None = None) -> None:
        self.source = source
        self.gauges = gauges

    def collect(self) -> Iterator[Metric]:
        for family in self.source.collect():
            if self.gauges is None or (family.type == "gauge") == self.gauges:
                yield family


def _allowed(request: Request) -> bool:
    token = request.app.state.settings.metrics_token
    if token:
        given = request.headers.get("authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())
    host = current_request().client_ip or (request.client.host if request.client else "")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def metrics_endpoint(request: Request) -> Response:
    if not _allowed(request):
        return PlainTextResponse("Forbidden: /metrics needs QUANTIX_METRICS_TOKEN or a loopback client", 403)
    await refresh_gauges()
    return Response(generate_latest(scrape_registry()), media_type=CONTENT_TYPE_LATEST)
