"""What every `quantix` command shares: the console, settings refusals, the ORM for one task, migrations.

The commands themselves are assembled in app.main (the composition root); each domain's command group
imports these helpers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer
from aerich import Command
from rich.console import Console
from tortoise import Tortoise

from app.db import ensure_baseline_data, init_orm, tortoise_config
from app.jobs import queue
from app.settings import Settings, SettingsError, get_settings

console = Console(stderr=True, soft_wrap=True)  # whole lines: a printed login or URL is never split
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

T = TypeVar("T")


def load_settings_or_exit() -> Settings:
    try:
        return get_settings()
    except SettingsError as exc:
        console.print(f"[red]Configuration refused:[/red] {exc}")
        raise typer.Exit(code=2) from None


def run_with_orm(fn: Callable[[Settings], Awaitable[T]], settings: Settings | None = None) -> T:
    """Run an async operator task with the ORM (and the in-process job queue) up."""
    settings = settings or load_settings_or_exit()

    async def main() -> T:
        # aerich's own model is registered too on PostgreSQL: migrations run inside this ORM context.
        await init_orm(settings, with_aerich=not settings.is_sqlite)
        try:
            await queue.start_queue(settings, requeue=False)
            try:
                return await fn(settings)
            finally:
                await queue.stop_queue()
        finally:
            await Tortoise.close_connections()

    return asyncio.run(main())


async def apply_migrations(settings: Settings) -> str:
    """PostgreSQL: aerich upgrade. SQLite: build the schema (evaluation only)."""
    if settings.is_sqlite:
        await Tortoise.generate_schemas(safe=True)
        await ensure_baseline_data()
        return (
            "SQLite schema is ready. SQLite is for evaluation: a schema change needs a fresh file "
            f"({settings.database_url.removeprefix('sqlite://')})."
        )
    command = Command(tortoise_config=tortoise_config(settings, with_aerich=True), location=str(MIGRATIONS_DIR))
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    await ensure_baseline_data()
    return f"Applied {len(applied)} migration(s)." if applied else "The database is up to date."


def serve_banner(settings: Settings, host: str, port: int) -> str:
    """Where the API listens; GraphiQL is named only where it is served and can introspect."""
    local = host in ("0.0.0.0", "::", "127.0.0.1")  # noqa: S104 - naming, not binding
    listen = f"http://{'localhost' if local else host}:{port}"
    public = (
        ""
        if settings.base_origin == listen
        else f" (links for a browser name {settings.base_url}: set QUANTIX_BASE_URL to change it)"
    )
    label = "GraphiQL" if settings.graphiql and settings.graphql_introspection else "GraphQL API"
    return f"{label}: {listen}/graphql{public}"
