"""`quantix`: serve, worker, migrate, and the operator commands each domain adds."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from app.settings import Settings, SettingsError, get_settings

cli = typer.Typer(help="QuantixOne Core: the privacy-first CRM backend for Meta advertisers.", no_args_is_help=True)
console = Console(stderr=True, soft_wrap=True)  # whole lines: a printed login or URL is never split
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# (group name, module with a Typer `app`). Each domain with operator commands adds its line.
COMMAND_GROUPS: list[tuple[str, str]] = [
    ("leads", "app.leads.cli"),
    ("keys", "app.privacy.keys_cli"),
    ("privacy", "app.privacy.cli"),
    ("demo", "app.demo"),
    ("meta", "app.integrations.meta.cli"),
]

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
        from tortoise import Tortoise

        from app.db import init_orm
        from app.jobs import queue

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
    from tortoise import Tortoise

    from app.db import ensure_baseline_data, tortoise_config

    if settings.is_sqlite:
        await Tortoise.generate_schemas(safe=True)
        await ensure_baseline_data()
        return (
            "SQLite schema is ready. SQLite is for evaluation: a schema change needs a fresh file "
            f"({settings.database_url.removeprefix('sqlite://')})."
        )
    from aerich import Command

    command = Command(tortoise_config=tortoise_config(settings, with_aerich=True), location=str(MIGRATIONS_DIR))
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    await ensure_baseline_data()
    return f"Applied {len(applied)} migration(s)." if applied else "The database is up to date."


@cli.command()
def migrate() -> None:
    """Apply the database migrations (PostgreSQL) or build the schema (SQLite)."""
    console.print(run_with_orm(apply_migrations))


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to bind."),
    port: int = typer.Option(8000, help="Port to bind."),
    workers: int = typer.Option(1, help="API processes (more than 1 needs REDIS_URL)."),
) -> None:
    """Run the API (uvicorn). In development it migrates first, and seeds the sandbox demo once."""
    import uvicorn

    settings = load_settings_or_exit()
    if workers > 1 and not settings.redis_url:
        console.print(
            "[red]--workers above 1 needs REDIS_URL:[/red] in-process jobs and rate limits live in one process."
        )
        raise typer.Exit(code=2)
    if settings.env == "development" or settings.is_sqlite:
        console.print(run_with_orm(apply_migrations, settings))
        if settings.env == "development" and settings.meta_sandbox:
            seed = _optional("app.demo", "ensure_demo")
            if seed is not None:
                console.print(run_with_orm(seed, settings))
    local = host in ("0.0.0.0", "::", "127.0.0.1")  # noqa: S104 - naming, not binding
    listen = f"http://{'localhost' if local else host}:{port}"
    public = "" if settings.base_origin == listen else f" (public URL {settings.base_url}/graphql)"
    console.print(f"GraphiQL: {listen}/graphql{public}")
    from app.metrics import prepare_multiprocess_dir

    prepare_multiprocess_dir(workers)  # several API processes add their counters up in /metrics
    uvicorn.run(
        "app.http:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,  # X-Forwarded-For is honoured only from QUANTIX_TRUSTED_PROXIES, by the app
        log_config=None,
        ws="websockets-sansio",
    )


@cli.command()
def worker() -> None:
    """Run the arq worker (needs REDIS_URL)."""
    from arq.worker import run_worker

    from app.logging import configure_logging
    from workers.settings import worker_settings

    settings = load_settings_or_exit()
    configure_logging(settings.log_level)
    try:
        values = worker_settings(settings)
    except RuntimeError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=2) from None
    run_worker(values)  # type: ignore[arg-type]


@cli.command()
def assets(force: bool = typer.Option(False, help="Fetch again even if present.")) -> None:
    """Fetch GraphiQL's browser bundles (npm registry, integrity-checked) into app/static/graphiql/."""
    from app.assets import AssetError, fetch_graphiql_assets

    try:
        written = fetch_graphiql_assets(force=force)
    except AssetError as exc:
        console.print(f"[yellow]GraphiQL assets not fetched:[/yellow] {exc}. The API works without them.")
        raise typer.Exit(code=1) from None
    console.print(f"GraphiQL assets: {', '.join(written)}" if written else "GraphiQL assets are in place.")


@cli.command("schema")
def export_schema() -> None:
    """Print the GraphQL schema (SDL); `make schema` writes it to schema.graphql."""
    from schema import build_schema

    typer.echo(build_schema().as_str())


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _register_groups() -> None:
    for group, module in COMMAND_GROUPS:
        cli.add_typer(importlib.import_module(module).app, name=group)


def main() -> None:
    _register_groups()
    cli(prog_name="quantix")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
