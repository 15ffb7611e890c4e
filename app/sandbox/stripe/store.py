"""The emulator's state in a JSON file, for the development sandbox: a restarted server (or a second process,
such as a worker) finds the customers, subscriptions and invoices that the product's database still names.

Before each request the state is read again if another process wrote the file since; after it the state is
written back (to a temporary file, then renamed). Tests keep their emulators in memory, with no file.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from app.sandbox.stripe.state import Saved, State

VERSION = 1


def dump(state: State) -> dict[str, Any]:
    """Everything a restart must keep: the objects, the clock's offset, pending deliveries, idempotent results."""
    return {
        "version": VERSION,
        "offset": state.offset,
        "objects": sorted(state.objects.values(), key=lambda o: o["_seq"]),
        "deliveries": state.deliveries,
        "saved": {key: dataclasses.asdict(saved) for key, saved in state.saved.items()},
    }


def restore(state: State, data: dict[str, Any]) -> None:
    """Replace the state with `data` (from `dump`); a subscription's items are again the item objects."""
    objects = {obj["id"]: obj for obj in data["objects"]}
    for sub in (o for o in objects.values() if o["object"] == "subscription"):
        sub["items"]["data"] = [objects[item["id"]] for item in sub["items"]["data"]]
    state.objects.clear()
    state.objects.update(objects)
    state.offset = int(data["offset"])
    state.deliveries[:] = data["deliveries"]
    state.saved.clear()
    for key, saved in data["saved"].items():
        method, path, pairs = saved["fingerprint"]
        fingerprint = (method, path, tuple(tuple(pair) for pair in pairs))  # JSON made the tuples lists
        state.saved[key] = Saved(**{**saved, "fingerprint": fingerprint})
    state._seq = itertools.count(max((o["_seq"] for o in objects.values()), default=-1) + 1)


class StateFile:
    """Where one emulator keeps its state; `seen` is the file's stamp as last read or written here."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: tuple[int, int] | None = None

    def _stamp(self) -> tuple[int, int] | None:
        try:
            found = self.path.stat()
        except FileNotFoundError:
            return None
        return found.st_mtime_ns, found.st_size

    def load(self, state: State) -> None:
        """Read the file if it changed since this process last read or wrote it (or never saw it)."""
        stamp = self._stamp()
        if stamp is None or stamp == self.seen:
            return
        data = json.loads(self.path.read_text(encoding="utf-8"))
        if data.get("version") == VERSION:
            restore(state, data)
        self.seen = stamp

    def save(self, state: State) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(dump(state), separators=(",", ":")), encoding="utf-8")
        partial.replace(self.path)
        self.seen = self._stamp()


class Persisted:
    """ASGI middleware: the state is read before each HTTP request (when another process changed the file)
    and written after it, background webhook deliveries included."""

    def __init__(self, app: ASGIApp, state: State, file: StateFile) -> None:
        self.app = app
        self.state = state
        self.file = file

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.file.load(self.state)
        try:
            await self.app(scope, receive, send)
        finally:
            self.file.save(self.state)
