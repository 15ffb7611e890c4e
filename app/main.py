"""The composition root: the one module that imports every layer (app, schema, workers).

It assembles the ASGI app (Starlette routes and middleware around the GraphQL app from schema/), the
`quantix` CLI with every command group, the worker entry and the demo, and it lists the modules whose
import registers something: job handlers, drains and crons; event listeners; routes outside platforms call.
Every process starts here (`quantix ...`, uvicorn's factory, tests), so those registrations are always made.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
from collections.abc import AsyncIterator, Callable
from types import ModuleType

import httpx
import typer
import uvicorn
from arq.worker import run_worker
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from tortoise import Tortoise
from tortoise.contrib.starlette import RegisterTortoise

from app import demo, realtime
from app.assets import AssetError, fetch_graphiql_assets
from app.billing import events as billing_events
from app.cli import apply_migrations, console, load_settings_or_exit, run_with_orm, serve_banner
from app.conversions import jobs as conversions_jobs
from app.conversions import services as conversions_services
from app.db import ensure_baseline_data, tortoise_config
from app.graphiql import graphiql_routes
from app.http import RequestContextMiddleware, freeze_startup_heap, healthz, method_not_allowed, not_found, readyz
from app.incidents import cli as incidents_cli
from app.incidents import jobs as incident_jobs
from app.integrations.meta import cli as meta_cli
from app.integrations.meta import health as meta_health
from app.integrations.meta import leadgen as meta_leadgen
from app.integrations.meta import routes as meta_routes
from app.integrations.meta import sandbox as meta_sandbox
from app.integrations.meta import status_notices as meta_status_notices
from app.integrations.meta import sync_jobs as meta_sync_jobs
from app.integrations.stripe import routes as stripe_routes
from app.integrations.stripe import sandbox as stripe_sandbox
from app.jobs import queue
from app.leads import bulk as lead_bulk
from app.leads import cli as leads_cli
from app.leads import imports as lead_imports
from app.leads import lead_export
from app.legal import routes as legal_routes
from app.legal.processors import record_processor_list_at_startup
from app.logging import configure_logging
from app.mail import services as mail_services
from app.messaging import broadcasts as messaging_broadcasts
from app.messaging import media as messaging_media
from app.messaging import merging as messaging_merging
from app.messaging import opt_in as messaging_opt_in
from app.messaging import services as messaging_services
from app.messaging import templates as messaging_templates
from app.messaging import workflows
from app.metrics import metrics_endpoint, prepare_multiprocess_dir
from app.notifications import notices as security_notices
from app.privacy import cli as privacy_cli
from app.privacy import consent as privacy_consent
from app.privacy import jobs as privacy_jobs
from app.privacy import keys as privacy_keys
from app.privacy import keys_cli, retention
from app.privacy import merging as privacy_merging
from app.privacy import routes as privacy_routes
from app.privacy import status as privacy_status
from app.privacy.center import routes as privacy_center_routes
from app.scoring import services as scoring
from app.settings import Settings, get_settings
from app.tasks import services as task_services
from app.webhooks import services as webhook_services
from schema import build_schema
from schema.asgi import QuantixGraphQL
from workers.settings import worker_settings

# Importing these registers their job handlers, drains and cron jobs (app.jobs.queue's decorators).
JOB_MODULES: tuple[ModuleType, ...] = (
    mail_services,
    webhook_services,
    lead_imports,
    retention,
    privacy_keys,
    privacy_jobs,
    meta_sync_jobs,
    meta_leadgen,
    meta_health,
    meta_status_notices,
    messaging_services,
    workflows,
    billing_events,
    task_services,
    incident_jobs,
    messaging_media,
    conversions_jobs,
    messaging_templates,
    messaging_broadcasts,
    lead_bulk,
    lead_export,
)
# Importing these subscribes their listeners to domain events (app.events) and account security events.
LISTENER_MODULES: tuple[ModuleType, ...] = (
    realtime,
    webhook_services,
    workflows,
    scoring,
    messaging_opt_in,
    security_notices,
    privacy_consent,
    messaging_media,
    conversions_services,
    privacy_merging,
    messaging_merging,
    meta_status_notices,
)
# HTTP routes that outside platforms call (OAuth callback, webhooks, Meta callbacks, privacy pages, sandbox).
ROUTES: tuple[Callable[[Settings], list[BaseRoute]], ...] = (
    privacy_routes.routes,
    privacy_status.routes,
    meta_routes.routes,
    meta_sandbox.routes,
    stripe_routes.routes,
    stripe_sandbox.routes,
    legal_routes.routes,
    privacy_center_routes.routes,
    messaging_media.routes,
)
COMMAND_GROUPS: tuple[tuple[str, typer.Typer], ...] = (
    ("leads", leads_cli.app),
    ("keys", keys_cli.app),
    ("privacy", privacy_cli.app),
    ("demo", demo.app),
    ("meta", meta_cli.app),
    ("incidents", incidents_cli.app),
)


def load_extra_handlers(settings: Settings) -> None:
    """QUANTIX_EXTRA_HANDLER_MODULES: modules an operator names to register more job handlers (by import)."""
    for module in settings.extra_handler_modules:
        importlib.import_module(module)


# --- the ASGI app --------------------------------------------------------------------------------------


def _routes(settings: Settings, graphql_app: ASGIApp) -> list[BaseRoute]:
    routes: list[BaseRoute] = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/graphql", graphql_app),  # its view answers other methods: a JSON 405, Allow: GET, POST
        WebSocketRoute("/graphql", graphql_app),
    ]
    for outside in ROUTES:
        routes.extend(outside(settings))
    return routes


def create_app(settings: Settings | None = None, *, manage_orm: bool = True, crons: bool = True) -> Starlette:
    """The API: Starlette routes, middleware and the lifespan (ORM, job queue, outbound HTTP client).

    Without REDIS_URL the process runs the cron jobs itself, in every environment (SPEC §1); `crons=False` is
    for a test harness that runs them itself when a test wants them, so nothing else ticks under its tests."""
    settings = settings or get_settings()
    if settings.env != "test":
        configure_logging(settings.log_level)
    load_extra_handlers(settings)
    schema = build_schema(settings)
    graphql_app = QuantixGraphQL(
        schema,
        graphql_ide="graphiql" if settings.graphiql else None,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        multipart_uploads_enabled=True,
        allowed_origins=[settings.base_origin, *settings.cors_origins],
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        orm = RegisterTortoise(app, config=tortoise_config(settings), generate_schemas=False)
        async with contextlib.AsyncExitStack() as stack:
            if manage_orm:
                await stack.enter_async_context(orm)
                if settings.is_sqlite:  # embedded evaluation mode: the schema is built, not migrated
                    await Tortoise.generate_schemas(safe=True)
                await ensure_baseline_data()
            await queue.start_queue(settings, cron=crons)
            stack.push_async_callback(queue.stop_queue)
            if manage_orm:  # tell owners and admins when the processors list changed (once, any process)
                await record_processor_list_at_startup(settings)
            stack.push_async_callback(realtime.close_hub)  # live-event pub/sub connections of this process
            app.state.http = httpx.AsyncClient(timeout=httpx.Timeout(10.0), follow_redirects=False)
            stack.push_async_callback(app.state.http.aclose)
            if settings.env != "test":
                freeze_startup_heap()
            yield

    middleware = [
        Middleware(RequestContextMiddleware, settings=settings),
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["authorization", "content-type", "x-request-id"],
            expose_headers=["x-request-id", "retry-after"],
            max_age=600,
        ),
    ]
    app = Starlette(
        routes=[*_routes(settings, graphql_app), *graphiql_routes()],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.schema = schema
    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, method_not_allowed)
    return app


# --- the CLI -------------------------------------------------------------------------------------------

cli = typer.Typer(help="QuantixOne Core: the privacy-first CRM backend for Meta advertisers.", no_args_is_help=True)


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
    settings = load_settings_or_exit()
    if workers > 1 and not settings.redis_url:
        console.print(
            "[red]--workers above 1 needs REDIS_URL:[/red] in-process jobs and rate limits live in one process."
        )
        raise typer.Exit(code=2)
    if settings.env == "development" or settings.is_sqlite:
        console.print(run_with_orm(apply_migrations, settings))
        if settings.env == "development" and settings.meta_sandbox:
            console.print(run_with_orm(demo.seed_demo, settings))
    console.print(serve_banner(settings, host, port))
    prepare_multiprocess_dir(workers)  # several API processes add their counters up in /metrics
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,  # X-Forwarded-For is honoured only from QUANTIX_TRUSTED_PROXIES, by the app
        log_config=None,
        ws="websockets-sansio",
    )


def yield_cpu_to_api(niceness: int) -> None:
    """Lower the worker's CPU priority: on a shared machine the API's webhook receipt (what Meta times, < 1 s)
    wins over processing, which lags under a burst and catches up after it."""
    if niceness > 0 and hasattr(os, "nice"):
        os.nice(min(niceness, 19))


@cli.command()
def worker() -> None:
    """Run the arq worker (needs REDIS_URL)."""
    settings = load_settings_or_exit()
    configure_logging(settings.log_level)
    load_extra_handlers(settings)
    yield_cpu_to_api(settings.worker_nice)
    try:
        values = worker_settings(settings)
    except RuntimeError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(code=2) from None
    try:
        run_worker(values)  # type: ignore[arg-type]
    except asyncio.CancelledError:
        # SIGTERM cancels what was still running (a cron tick, a sweep, a job: arq runs a job again once its
        # in-progress key expires), and arq's close re-raises that cancellation: the stop itself was clean.
        console.print("Worker stopped.")


@cli.command()
def assets(force: bool = typer.Option(False, help="Fetch again even if present.")) -> None:
    """Fetch GraphiQL's browser bundles (npm registry, integrity-checked) into app/static/graphiql/."""
    try:
        written = fetch_graphiql_assets(force=force)
    except AssetError as exc:
        console.print(f"[yellow]GraphiQL assets not fetched:[/yellow] {exc}. The API works without them.")
        raise typer.Exit(code=1) from None
    console.print(f"GraphiQL assets: {', '.join(written)}" if written else "GraphiQL assets are in place.")


@cli.command("schema")
def export_schema() -> None:
    """Print the GraphQL schema (SDL); `make schema` writes it to schema.graphql."""
    typer.echo(build_schema().as_str())


for _name, _group in COMMAND_GROUPS:
    cli.add_typer(_group, name=_name)


def main() -> None:
    cli(prog_name="quantix")
