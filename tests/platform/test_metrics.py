"""/metrics: Prometheus text with requests, latency, jobs and queue depth; loopback or token only."""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.jobs import Job, JobKind, JobStatus
from app.main import create_app
from app.settings import get_settings

ROOT = Path(__file__).resolve().parents[2]
QUANTIX = str(Path(sys.executable).with_name("quantix"))


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text format (labels in any order), or None."""
    for line in text.splitlines():
        match = re.match(rf"^{re.escape(name)}(?:\{{(.*)\}})? (\S+)$", line)
        if not match:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1) or ""))
        if found == labels:
            return float(match.group(2))
    return None


@pytest.mark.sqlite
async def test_metrics_count_requests_latency_jobs_and_queue_depth(client: httpx.AsyncClient) -> None:
    before = (await client.get("/metrics")).text
    healthz_before = sample(before, "quantix_http_requests_total", method="GET", route="/healthz", status="200") or 0
    for _ in range(3):
        await client.get("/healthz")
    await Job.create(kind=JobKind.MAINTENANCE)
    await Job.create(kind=JobKind.MAINTENANCE)
    await Job.create(kind=JobKind.MAIL, status=JobStatus.FAILED)
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    text = response.text
    assert sample(text, "quantix_http_requests_total", method="GET", route="/healthz", status="200") == (
        healthz_before + 3
    )
    assert (sample(text, "quantix_http_request_duration_seconds_count", method="GET", route="/healthz") or 0) >= 3
    assert sample(text, "quantix_jobs", kind="MAINTENANCE", status="QUEUED") == 2
    assert sample(text, "quantix_jobs", kind="MAIL", status="FAILED") == 1
    assert sample(text, "quantix_jobs", kind="EXPORT", status="RUNNING") == 0  # every series, zeros too
    assert sample(text, "quantix_queue_depth") is not None


@pytest.mark.sqlite
async def test_tokens_and_ids_in_paths_never_become_labels(client: httpx.AsyncClient) -> None:
    await client.get("/exports/secret-export-token-123")
    await client.get("/privacy/status/ABCDEFGHIJKLMNOPQRSTUVWX")
    await client.get("/graphql/0b4e7c3a-6f6e-4b8e-9d7b-1c2d3e4f5a6b")
    text = (await client.get("/metrics")).text
    assert "secret-export-token-123" not in text and "ABCDEFGHIJKLMNOPQRSTUVWX" not in text
    assert "0b4e7c3a" not in text
    assert 'route="/exports/:token"' in text and 'route="/privacy/status/:token"' in text


async def _get_metrics(app: object, peer: str, **headers: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(peer, 40000))  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        return await http.get("/metrics", headers=headers)


@pytest.mark.sqlite
async def test_without_a_token_only_loopback_may_scrape(app: object) -> None:
    assert (await _get_metrics(app, "127.0.0.1")).status_code == 200
    assert (await _get_metrics(app, "::1")).status_code == 200
    assert (await _get_metrics(app, "203.0.113.9")).status_code == 403
    # A reverse proxy on the same host forwards a remote client: still refused.
    forwarded = await _get_metrics(app, "127.0.0.1", **{"x-forwarded-for": "203.0.113.9"})
    assert forwarded.status_code == 403


@pytest.mark.sqlite
async def test_with_a_token_the_token_is_required_from_anywhere() -> None:
    app = create_app(dataclasses.replace(get_settings(), metrics_token="scrape-me-please"), manage_orm=False)
    assert (await _get_metrics(app, "127.0.0.1")).status_code == 403
    assert (await _get_metrics(app, "203.0.113.9", authorization="Bearer wrong")).status_code == 403
    ok = await _get_metrics(app, "203.0.113.9", authorization="Bearer scrape-me-please")
    assert ok.status_code == 200 and "quantix_http_requests_total" in ok.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(not get_settings().redis_url, reason="several API processes need Redis")
@pytest.mark.slow
def test_metrics_aggregate_every_api_process(tmp_path: Path) -> None:
    """Two uvicorn workers: whichever answers /metrics counts the requests both of them served."""
    port = _free_port()
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)},
        "DATABASE_URL": f"sqlite://{tmp_path}/serve.db",
        "QUANTIX_ENV": "development",
        "QUANTIX_META_SANDBOX": "false",
        "QUANTIX_LOG_LEVEL": "WARNING",
        "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
    }
    server = subprocess.Popen(
        [QUANTIX, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60  # a loaded machine starts two processes slowly
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        served = 1  # the readiness probe above
        pids: set[str] = set()
        deadline = time.monotonic() + 60
        # A new connection each time; keep going until both workers have served some (the second may
        # still be starting on a busy machine, and the kernel may hand one worker every connection for a while).
        while (len(pids) < 2 or served < 20) and time.monotonic() < deadline:
            assert httpx.get(f"{base}/healthz", timeout=15).status_code == 200
            served += 1
            pids = {p.name.split("_")[-1] for p in metrics_dir.glob("counter_*.db")}
        assert len(pids) == 2, f"expected two API processes to have counted, saw {pids}"
        for _ in range(4):  # ask several times: every answer has the same total
            text = httpx.get(f"{base}/metrics", timeout=15).text
            total = sample(text, "quantix_http_requests_total", method="GET", route="/healthz", status="200")
            assert total == served
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)
        if server.stderr is not None:
            server.stderr.close()


@pytest.mark.sqlite
async def test_gauges_other_domains_refresh_at_scrape_time(client: httpx.AsyncClient) -> None:
    """Both ways of adding a gauge work: `db_gauge(...)`, and a Gauge on `registry` with a refresher."""
    from prometheus_client import Gauge

    from app import metrics

    async def fetch() -> dict[tuple[str, ...], float]:
        return {("a",): 1.0, ("b",): 2.0}

    probe = Gauge("quantix_probe_refreshed", "test", registry=metrics.registry)

    async def refresh() -> None:
        probe.set(7)

    metrics.db_gauge("quantix_probe_db", "test", ["kind"], fetch)
    metrics.refreshers.append(refresh)
    try:
        text = (await client.get("/metrics")).text
    finally:
        metrics.refreshers.remove(refresh)
        metrics._gauges.pop("quantix_probe_db")
        metrics.registry.unregister(probe)
    assert sample(text, "quantix_probe_db", kind="b") == 2.0
    assert sample(text, "quantix_probe_refreshed") == 7.0


@pytest.mark.sqlite
def test_serve_with_several_processes_gets_a_fresh_shared_metrics_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.metrics import MULTIPROC_ENV, prepare_multiprocess_dir

    monkeypatch.setenv(MULTIPROC_ENV, "")  # so teardown restores "unset", whatever the function sets
    monkeypatch.delenv(MULTIPROC_ENV)
    assert prepare_multiprocess_dir(1) is None  # one process: nothing to share
    path = Path(str(prepare_multiprocess_dir(2)))
    assert os.environ[MULTIPROC_ENV] == str(path) and path.is_dir()
    monkeypatch.setenv(MULTIPROC_ENV, str(tmp_path / "given"))
    (tmp_path / "given").mkdir()
    (tmp_path / "given" / "counter_123.db").write_bytes(b"stale")
    assert prepare_multiprocess_dir(2) == str(tmp_path / "given")
    assert not list((tmp_path / "given").glob("*.db"))  # counts of an earlier run are wiped
    path.rmdir()
