"""`quantix worker` gives the CPU to the API first: under a burst, webhook receipts stay fast while the
durable inbox is processed later."""

from __future__ import annotations

import arq.worker
import pytest
from typer.testing import CliRunner

import app.logging
import workers.settings
from app.cli import cli
from app.settings import get_settings


@pytest.mark.skipif(not get_settings().redis_url, reason="`quantix worker` needs REDIS_URL")
def test_the_worker_lowers_its_priority_before_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(workers.settings.os, "nice", lambda n: calls.append(("nice", n)))
    monkeypatch.setattr(arq.worker, "run_worker", lambda values: calls.append("run"))
    monkeypatch.setattr(app.logging, "configure_logging", lambda level: None)  # the session's logging stays
    result = CliRunner().invoke(cli, ["worker"])
    assert result.exit_code == 0, result.output
    assert calls == [("nice", workers.settings.WORKER_NICENESS), "run"]
    assert workers.settings.WORKER_NICENESS > 0
