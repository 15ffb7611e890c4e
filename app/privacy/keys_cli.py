"""`quantix keys`: rotate the encryption keyring's data (blind-index keys are never touched)."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from app.cli import console, run_with_orm
from app.settings import Settings

app = typer.Typer(help="Encryption keys: re-encrypt stored data under the first key of QUANTIX_ENCRYPTION_KEYS.")


@app.command()
def rotate(
    background: bool = typer.Option(False, help="Queue a KEY_ROTATION job instead of running here."),
) -> None:
    """Re-encrypt every value not under the first key (resumable); drop the old key when 0 rows are left."""
    from app.privacy.keys import enqueue_rotation
    from app.privacy.keys import rotate as run_rotation

    if background:

        async def queue(_: Settings) -> str:
            job = await enqueue_rotation()
            return f"KEY_ROTATION job {job.id} queued."

        console.print(run_with_orm(queue))
        return

    async def main(_: Settings) -> dict[str, int]:
        with Progress(
            TextColumn("Re-encrypting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
        ) as bar:
            task = bar.add_task("rotate", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = await run_rotation(progress)
        return report.as_dict()

    report = run_with_orm(main)
    console.print(
        f"Rotated {report['rotated']} value(s); {report['skipped']} changed meanwhile; "
        f"{report['unreadable']} unreadable with this keyring. Rows left: {report['rowsLeft']}."
    )
    typer.echo(f"rows left: {report['rowsLeft']}")
    if report["rowsLeft"]:
        raise typer.Exit(code=1)


@app.command()
def status() -> None:
    """Values per column still under an older key."""
    from app.privacy.keys import rows_left

    async def main(_: Settings) -> dict[str, int]:
        return await rows_left()

    left = run_with_orm(main)
    for label, count in left.items():
        if count:
            typer.echo(f"{label}: {count}")
    typer.echo(f"rows left: {sum(left.values())}")
