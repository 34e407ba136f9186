"""`palli-savings migrate | serve`."""

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


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the members-event consumer."""
    settings = SavingsSettings()
    uvicorn.run(
        "palli_savings.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )
