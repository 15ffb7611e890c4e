"""`quantix privacy ...`: operator commands of the privacy engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from app.cli import console, run_with_orm

UNREADABLE_LISTED = 20  # line numbers of unreadable ledger lines shown; the rest are counted

app = typer.Typer(help="Privacy: policy versions, erasure ledger.", no_args_is_help=True)


@app.command("publish-policy")
def publish_policy_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="The policy text (UTF-8)."),
    effective: str = typer.Option(..., "--effective", help="Date it takes effect, YYYY-MM-DD."),
    version: str | None = typer.Option(None, "--version", help="Version name (default: the next number)."),
) -> None:
    """Publish a new privacy policy version; every user is mailed and must accept it at next sign-in."""
    from app.errors import DomainError
    from app.privacy.policy import publish_policy

    try:
        effective_date = dt.date.fromisoformat(effective)
    except ValueError:
        console.print("[red]--effective must be a date like 2026-12-31[/red]")
        raise typer.Exit(code=2) from None
    text = file.read_text(encoding="utf-8")

    async def run(settings: object) -> tuple[str, int]:
        from app.jobs import queue

        policy, notified = await publish_policy(text, effective_date, version)
        backend = queue.backend()
        if isinstance(backend, queue.InProcessBackend):
            await backend.drain(timeout=300)  # without Redis the mails go out before the process ends
        return policy.version, notified

    try:
        published, notified = run_with_orm(run)
    except DomainError as exc:
        console.print(f"[red]{exc.message}[/red]")
        raise typer.Exit(code=1) from None
    typer.echo(
        f"Published privacy policy version {published}, effective {effective_date}; {notified} user(s) notified."
    )


@app.command("replay-erasures")
def replay_erasures_command(
    source: Path | None = typer.Option(
        None, "--from", exists=True, dir_okay=False, readable=True, help="Ledger file (default: the configured one)."
    ),
) -> None:
    """Re-apply the erasure ledger after a database restore (idempotent): erased people stay erased. A line that
    records no tombstone (a crash mid-append leaves a half-written last line) is reported and skipped; the command
    fails (exit 1) only when the file has lines and none of them could be read."""
    from app.privacy.erasure import replay_and_erase
    from app.tombstones.ledger import Replayed

    async def run(settings: object) -> tuple[Replayed, int]:
        return await replay_and_erase(source)

    replayed, erased = run_with_orm(run)
    if replayed.unreadable:
        shown = ", ".join(str(n) for n in replayed.unreadable[:UNREADABLE_LISTED])
        left = len(replayed.unreadable) - UNREADABLE_LISTED
        more = f" and {left} more" if left > 0 else ""
        typer.echo(
            f"Skipped line(s) {shown}{more} of the ledger: they record no erasure (cut short or damaged).", err=True
        )
    typer.echo(
        f"Replayed the erasure ledger: {replayed.added} tombstone(s) restored, {erased} restored lead(s) erased again."
    )
    if replayed.unreadable and not replayed.read:
        raise typer.Exit(code=1)
