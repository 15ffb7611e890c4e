"""What the CLI prints stays copyable: a long line (the demo login, a URL) is never split by the console."""

from __future__ import annotations

import pytest

from app.cli import console


@pytest.mark.sqlite
def test_a_long_line_is_printed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Demo organisation ready: sign in as demo@quantix.local with password demo-4d97278773f5d20a"
    monkeypatch.setattr(console, "width", 40)
    with console.capture() as captured:
        console.print(line)
    assert captured.get().rstrip("\n") == line
