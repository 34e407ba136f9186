"""`palli-lending migrate | serve | close-of-business`."""

from __future__ import annotations

import typer

from palli_common.migrations import upgrade
from palli_lending.settings import LendingSettings

app = typer.Typer(help="Palli lending service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from LENDING_DATABASE_URL)."""
    settings = LendingSettings()
    upgrade("palli_lending", settings.database_url, revision)
    typer.echo(f"lending: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None,
          workers: int | None = typer.Option(None, help="worker processes (default LENDING_WORKERS, 1)")) -> None:
    """Run the API, the outbox relay and the members-event consumer."""
    from palli_common.app import serve as run

    run("palli_lending.main:create_app", LendingSettings(), host=host, port=port, workers=workers)


@app.command("close-of-business")
def close_of_business(
    day: str | None = typer.Option(None, "--date", help="Business date YYYY-MM-DD (default: today in Dhaka)"),
    batch_size: int = typer.Option(5000, min=1, help="Loans per transaction"),
) -> None:
    """Close a business day: overdue amounts, days past due, classification; events for changes."""
    import asyncio
    from datetime import date

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from palli_common.db import Database
    from palli_common.errors import ValidationFailed
    from palli_lending.service.close_of_business import close_business_day
    from palli_lending.service.common import business_today

    try:
        business_day = date.fromisoformat(day) if day else business_today()
    except ValueError:
        raise typer.BadParameter(f"{day!r} is not a date YYYY-MM-DD", param_hint="--date") from None
    settings = LendingSettings()
    console = Console()

    async def run():  # noqa: ANN202
        db = Database(settings.database_url, source=settings.service_name)
        columns = (TextColumn("[bold]close of business {task.fields[day]}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        try:
            with Progress(*columns, console=console, transient=False) as bar:
                task = bar.add_task("loans", total=None, day=business_day)
                return await close_business_day(
                    db, business_day, batch_size=batch_size, progress=lambda done, total: bar.update(task, completed=done, total=total),
                )
        finally:
            await db.dispose()

    try:
        result = asyncio.run(run())
    except ValidationFailed as exc:
        raise typer.BadParameter(exc.detail, param_hint="--date") from None
    console.print(
        f"closed {result.day}: {result.loans} active loans, {result.updated} updated, {result.newly_overdue} newly overdue, "
        f"{result.classification_changes} classification changes, {result.events} events in {result.seconds:.2f} s"
    )


if __name__ == "__main__":
    app()
