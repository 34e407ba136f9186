"""`palli-savings migrate | post-interest | daily-run | serve`."""

from __future__ import annotations

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_savings.settings import SavingsSettings

app = typer.Typer(help="Palli savings service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from SAVINGS_DATABASE_URL)."""
    settings = SavingsSettings()
    upgrade("palli_savings", settings.database_url, revision)
    typer.echo(f"savings: database at {revision}")


@app.command("post-interest")
def post_interest(
    day: str | None = typer.Option(None, "--date", help="Post periods that ended by this day, YYYY-MM-DD (default: yesterday in Dhaka)"),
    chunk: int = typer.Option(50_000, min=1, help="Accounts per transaction"),
) -> None:
    """Post interest for every period that has ended; running it again for the same day posts nothing twice."""
    import asyncio
    import time
    from datetime import date

    from palli_common.db import Database
    from palli_common.errors import ValidationFailed
    from palli_common.money import format_poisha
    from palli_savings.service.interest import post_interest as run_job

    try:
        through = date.fromisoformat(day) if day else None
    except ValueError:
        raise typer.BadParameter(f"{day!r} is not a date YYYY-MM-DD", param_hint="--date") from None
    settings = SavingsSettings()

    async def run():  # noqa: ANN202
        db = Database(settings.database_url, source=settings.service_name)
        try:
            return await run_job(db, "job:post-interest", through, chunk=chunk)
        finally:
            await db.dispose()

    started = time.perf_counter()
    try:
        result = asyncio.run(run())
    except ValidationFailed as exc:
        raise typer.BadParameter(exc.detail, param_hint="--date") from None
    for p in result.periods:
        typer.echo(f"{p.posting_period} period ending {p.period_end}: {p.accounts} accounts, {p.credited_accounts} credited, "
                   f"{format_poisha(p.amount)} taka")
    typer.echo(f"interest posted through {result.through} in {time.perf_counter() - started:.2f} s"
               + ("" if result.periods else " (nothing was due)"))


@app.command("daily-run")
def daily_run(
    day: str | None = typer.Option(None, "--date", help="The day to run for, YYYY-MM-DD (default: today in Dhaka)"),
) -> None:
    """Suspend or close DPS behind on installments, mature the terms due, mark idle accounts inactive or dormant; safe to repeat."""
    import asyncio
    from datetime import date

    from palli_common.db import Database
    from palli_common.errors import ValidationFailed
    from palli_savings.service.daily import run_day

    try:
        on = date.fromisoformat(day) if day else None
    except ValueError:
        raise typer.BadParameter(f"{day!r} is not a date YYYY-MM-DD", param_hint="--date") from None
    settings = SavingsSettings()

    async def run():  # noqa: ANN202
        db = Database(settings.database_url, source=settings.service_name)
        try:
            return await run_day(db, on)
        finally:
            await db.dispose()

    try:
        result = asyncio.run(run())
    except ValidationFailed as exc:
        raise typer.BadParameter(exc.detail, param_hint="--date") from None
    typer.echo(f"savings day {result.on}: {len(result.suspended)} DPS suspended, {len(result.closed)} closed for missed "
               f"installments, {len(result.matured)} terms matured ({len(result.renewed)} renewed, {len(result.awaiting_payout)} "
               f"awaiting payout), {len(result.inactive)} accounts inactive, {len(result.dormant)} dormant")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the members-event consumer."""
    settings = SavingsSettings()
    uvicorn.run(
        "palli_savings.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )
