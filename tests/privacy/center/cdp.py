"""A minimal Chrome DevTools Protocol driver for headless Chromium (Debian's `chromium`), for the privacy
center's browser test: open a page, type into fields, click, read the DOM. No Node, no Playwright download."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from typing import Any

import httpx
import websockets

_LISTENING = re.compile(rb"DevTools listening on (ws://127\.0\.0\.1:(\d+)/\S+)")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Page:
    """One tab: commands by id, events by name."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.events: dict[str, asyncio.Queue[dict[str, Any]]] = {}
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for raw in self.ws:
            message = json.loads(raw)
            if "id" in message and message["id"] in self.pending:
                future = self.pending.pop(message["id"])
                if "error" in message:
                    future.set_exception(RuntimeError(str(message["error"])))
                else:
                    future.set_result(message.get("result", {}))
            elif "method" in message:
                self.events.setdefault(message["method"], asyncio.Queue()).put_nowait(message.get("params", {}))

    async def send(self, method: str, **params: Any) -> Any:
        ident = next(self.ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[ident] = future
        await self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        return await asyncio.wait_for(future, 30)

    async def event(self, name: str) -> dict[str, Any]:
        return await asyncio.wait_for(self.events.setdefault(name, asyncio.Queue()).get(), 30)

    def _drain(self, name: str) -> None:
        queue = self.events.setdefault(name, asyncio.Queue())
        while not queue.empty():
            queue.get_nowait()

    async def goto(self, url: str) -> None:
        self._drain("Page.loadEventFired")
        await self.send("Page.navigate", url=url)
        await self.event("Page.loadEventFired")

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    async def type_into(self, selector: str, text: str) -> None:
        """Focus the field as a user would (its label's target) and type the text."""
        await self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        await self.send("Input.insertText", text=text)

    async def click_and_wait(self, selector: str) -> None:
        """Click (a real mouse event at the element's centre) and wait for the next page to load."""
        box = await self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView();"
            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        self._drain("Page.loadEventFired")
        for kind in ("mousePressed", "mouseReleased"):
            await self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)
        await self.event("Page.loadEventFired")

    async def press_tab(self) -> str:
        """Press Tab; returns the id (or tag and href) of the element that now has the focus."""
        for kind in ("rawKeyDown", "keyUp"):
            await self.send(
                "Input.dispatchKeyEvent",
                type=kind,
                key="Tab",
                code="Tab",
                windowsVirtualKeyCode=9,
                nativeVirtualKeyCode=9,
            )
        return await self.evaluate(
            "(() => { const e = document.activeElement;"
            " return e.id || (e.tagName + ' ' + (e.getAttribute('href') || e.type || '')); })()"
        )

    async def text(self) -> str:
        return await self.evaluate("document.body.innerText")


@contextlib.asynccontextmanager
async def browser_page() -> AsyncIterator[Page]:
    """Headless Chromium with one page, torn down afterwards (the process we started, by its handle)."""
    path = chromium_path()
    assert path is not None
    with tempfile.TemporaryDirectory(prefix="qx-chromium-") as profile:
        process = await asyncio.create_subprocess_exec(
            path,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-extensions",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stderr is not None
            port = None
            for _ in range(200):
                line = await asyncio.wait_for(process.stderr.readline(), 60)
                found = _LISTENING.search(line)
                if found:
                    port = int(found.group(2))
                    break
                if not line:
                    break
            assert port is not None, "chromium did not open its DevTools port"
            async with httpx.AsyncClient() as http:
                target = (await http.put(f"http://127.0.0.1:{port}/json/new?about:blank")).json()
            async with websockets.connect(target["webSocketDebuggerUrl"], max_size=None) as ws:
                page = Page(ws)
                await page.send("Page.enable")
                await page.send("Runtime.enable")
                try:
                    yield page
                finally:
                    page.reader.cancel()
        finally:
            if process.returncode is None:
                process.terminate()
                try:
                    await asyncio.wait_for(process.wait(), 10)
                except TimeoutError:
                    process.kill()
                    await process.wait()
