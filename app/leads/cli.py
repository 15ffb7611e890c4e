"""`quantix leads ...`: operator commands for leads (CSV import with a progress bar)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from app.cli import run_with_orm
from app.settings import Settings

app = typer.Typer(help="Leads: bulk import.", no_args_is_help=True)
console = Console(stderr=True)


@app.command("import")
def import_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="UTF-8 CSV file."),
    org: str = typer.Option(..., "--org", help="The organisation's slug."),
) -> None:
    """Import leads from a CSV (fullName,email,phone,status,tags,ownerEmail); bad rows are reported."""
    raw = file.read_bytes()

    async def run(settings: Settings) -> dict[str, Any]:
        from app.accounts.models import Organization
        from app.errors import DomainError
        from app.leads.imports import decode_csv, import_rows

        organization = await Organization.get_or_none(slug=org)
        if organization is None:
            console.print(f"[red]No organisation with slug {org!r}.[/red]")
            raise typer.Exit(code=1)
        try:
            text = decode_csv(raw)
        except DomainError as error:
            console.print(f"[red]{error.message}[/red]")
            raise typer.Exit(code=1) from None
        columns = (TextColumn("Importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=console) as bar:
            task = bar.add_task("import", total=None)

            async def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            return await import_rows(organization.id, text, progress=progress)

    result = run_with_orm(run)
    console.print(
        f"{result['created']} created, {result['skipped']} skipped "
        f"({result['duplicates']} duplicates) of {result['total']} rows."
    )
    if result["rows"]:
        table = Table("line", "code", "field", "message")
        for row in result["rows"]:
            table.add_row(str(row["line"]), row["code"], row["field"] or "", row["message"])
        console.print(table)
