"""`quantix incidents open|assess|notify|close`: operators handle incidents across organisations."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from app.cli import run_with_orm
from app.ids import pk_from
from app.settings import Settings

app = typer.Typer(help="Security incidents: open, assess, notify, close (across organisations).", no_args_is_help=True)
console = Console(stderr=True)


def _uuid(value: str, type_name: str) -> uuid.UUID:
    """An id as the API shows it (global id) or a raw UUID."""
    pk = pk_from(value, type_name)
    if pk is not None:
        return pk
    console.print(f"[red]{value!r} is not a {type_name} id.[/red]")
    raise typer.Exit(code=2)


def _when(value: str | None, default: dt.datetime) -> dt.datetime:
    if value is None:
        return default
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        console.print(f"[red]{value!r} is not an ISO 8601 time.[/red]")
        raise typer.Exit(code=2) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


async def _organizations(slug: str | None, every: bool) -> list[Any]:
    from app.accounts.models import Organization

    if every == (slug is not None):
        console.print("[red]Give exactly one of --org SLUG or --all.[/red]")
        raise typer.Exit(code=2)
    if every:
        return list(await Organization.all().order_by("created_at"))
    org = await Organization.get_or_none(slug=slug)
    if org is None:
        console.print(f"[red]No organisation with slug {slug!r}.[/red]")
        raise typer.Exit(code=1)
    return [org]


def _fail(error: Any) -> None:
    console.print(f"[red]{error.code.value}[/red] {error.field or ''}: {error.message}")
    raise typer.Exit(code=1)


@app.command("open")
def open_command(
    title: str = typer.Option(..., help="A short title."),
    kind: str = typer.Option("OTHER", help="UNAUTHORIZED_ACCESS, ACCOUNT_TAKEOVER, CREDENTIAL_LEAK, DATA_LEAK, ..."),
    window_start: str = typer.Option(..., help="ISO 8601: when the exposure began."),
    window_end: str = typer.Option(None, help="ISO 8601 (default: now)."),
    detected_at: str = typer.Option(None, help="ISO 8601 (default: now); the 72 hours run from here."),
    description: str = typer.Option("", help="What happened."),
    org: str = typer.Option(None, "--org", help="The organisation's slug."),
    every: bool = typer.Option(False, "--all", help="Open one incident in every organisation."),
    ip: list[str] = typer.Option([], "--ip", help="An address or CIDR network (repeatable)."),
    user: list[str] = typer.Option([], "--user", help="A user id (repeatable; with --org only)."),
    token: list[str] = typer.Option([], "--token", help="An API token id (repeatable; with --org only)."),
    session: list[str] = typer.Option([], "--session", help="A session id (repeatable; with --org only)."),
    webhook: list[str] = typer.Option([], "--webhook", help="A webhook subscription id (repeatable; --org only)."),
) -> None:
    """Open an incident in one organisation, or one per organisation with --all (scope: --ip networks)."""
    from app.errors import DomainError
    from app.incidents.models import SecurityIncidentKind
    from app.incidents.services import ScopeInput, report_incident

    if every and (user or token or session or webhook):
        console.print("[red]Ids belong to one organisation: use --org with --user/--token/--session/--webhook.[/red]")
        raise typer.Exit(code=2)
    try:
        incident_kind = SecurityIncidentKind(kind)
    except ValueError:
        console.print(f"[red]Unknown kind {kind!r}.[/red]")
        raise typer.Exit(code=2) from None
    now = dt.datetime.now(dt.UTC)
    scope = ScopeInput(
        user_ids=[_uuid(v, "User") for v in user],
        api_token_ids=[_uuid(v, "ApiToken") for v in token],
        session_ids=[_uuid(v, "Session") for v in session],
        ip_addresses=list(ip),
        webhook_subscription_ids=[_uuid(v, "WebhookSubscription") for v in webhook],
    )

    async def run(_: Settings) -> list[str]:
        opened: list[str] = []
        for organization in await _organizations(org, every):
            try:
                incident = await report_incident(
                    organization.id,
                    title=title,
                    description=description,
                    kind=incident_kind,
                    detected_at=_when(detected_at, now),
                    window_start=_when(window_start, now),
                    window_end=_when(window_end, now),
                    scope=scope,
                    reported_by_id=None,
                )
            except DomainError as error:
                _fail(error)
            opened.append(f"{organization.slug}\t{incident.id}")
        return opened

    for line in run_with_orm(run):
        typer.echo(line)


@app.command("assess")
def assess_command(
    incident: str = typer.Option(None, "--id", help="The incident's id (with --org)."),
    org: str = typer.Option(None, "--org", help="The organisation's slug."),
    every: bool = typer.Option(False, "--all", help="Every OPEN incident of every organisation."),
) -> None:
    """Assess here, with a progress bar (the same work as the INCIDENT_ASSESSMENT job)."""
    from app.errors import DomainError
    from app.incidents.assessment import assess
    from app.incidents.models import SecurityIncident, SecurityIncidentStatus
    from app.incidents.services import get_incident

    async def run(_: Settings) -> list[str]:
        targets: list[Any] = []
        for organization in await _organizations(org, every):
            if incident is not None:
                try:
                    targets.append(await get_incident(organization.id, _uuid(incident, "SecurityIncident")))
                except DomainError as error:
                    _fail(error)
            else:
                targets.extend(
                    await SecurityIncident.for_org(organization.id).filter(status=SecurityIncidentStatus.OPEN)
                )
        lines: list[str] = []
        columns = (TextColumn("Assessing {task.description}"), BarColumn(), TimeRemainingColumn())
        with Progress(*columns, console=console) as bar:
            for target in targets:
                task = bar.add_task(str(target.id)[:8], total=None)

                async def progress(done: int, total: int, task: Any = task) -> None:
                    bar.update(task, completed=done, total=total)

                affected = await assess(target.id, progress)
                lines.append(
                    f"{target.id}\tleads={affected['leads']}\tusers={affected['users']}\trecords={affected['records']}"
                )
        return lines

    for line in run_with_orm(run):
        typer.echo(line)


@app.command("notify")
def notify_command(
    incident: str = typer.Option(..., "--id", help="The incident's id."),
    org: str = typer.Option(..., "--org", help="The organisation's slug."),
    audience: str = typer.Option(..., help="AFFECTED_USERS or ORGANIZATION_MEMBERS."),
    message: str = typer.Option(..., help="Plain words (no full IP address, token or secret)."),
) -> None:
    """Notify an audience (in-app notification and mail); a later notice to the same audience is an update."""
    from app.errors import DomainError
    from app.incidents.models import SecurityIncidentNoticeAudience
    from app.incidents.services import notify_incident

    try:
        who = SecurityIncidentNoticeAudience(audience)
    except ValueError:
        console.print(f"[red]Unknown audience {audience!r}.[/red]")
        raise typer.Exit(code=2) from None

    async def run(_: Settings) -> str:
        [organization] = await _organizations(org, False)
        try:
            await notify_incident(organization.id, _uuid(incident, "SecurityIncident"), who, message, actor_id=None)
        except DomainError as error:
            _fail(error)
        return f"{who.value} notified."

    typer.echo(run_with_orm(run))


@app.command("close")
def close_command(
    incident: str = typer.Option(..., "--id", help="The incident's id."),
    org: str = typer.Option(..., "--org", help="The organisation's slug."),
    summary: str = typer.Option(..., help="What was found and done."),
    reason: str = typer.Option(None, help="Why the regulator was not notified (required if it was not)."),
) -> None:
    """Close an incident."""
    from app.errors import DomainError
    from app.incidents.services import close_incident

    async def run(_: Settings) -> str:
        [organization] = await _organizations(org, False)
        try:
            await close_incident(
                organization.id,
                _uuid(incident, "SecurityIncident"),
                summary=summary,
                not_required_reason=reason,
                actor_id=None,
            )
        except DomainError as error:
            _fail(error)
        return "Closed."

    typer.echo(run_with_orm(run))
