"""`palli-ledger migrate | serve`."""

from __future__ import annotations

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_ledger.settings import LedgerSettings

app = typer.Typer(help="Palli ledger service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from LEDGER_DATABASE_URL)."""
    settings = LedgerSettings()
    upgrade("palli_ledger", settings.database_url, revision)
    typer.echo(f"ledger: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the posting consumer."""
    settings = LedgerSettings()
    uvicorn.run(
        "palli_ledger.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )


if __name__ == "__main__":
    app()
