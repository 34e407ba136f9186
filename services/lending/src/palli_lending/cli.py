"""`palli-lending migrate | serve | close-of-business`."""

from __future__ import annotations

import typer
import uvicorn

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
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the members-event consumer."""
    settings = LendingSettings()
    uvicorn.run(
        "palli_lending.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )


if __name__ == "__main__":
    app()
