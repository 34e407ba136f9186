"""`palli-notifications migrate | serve`."""

from __future__ import annotations

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_notifications.settings import NotificationsSettings

app = typer.Typer(help="Palli notifications service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from NOTIFICATIONS_DATABASE_URL)."""
    settings = NotificationsSettings()
    upgrade("palli_notifications", settings.database_url, revision)
    typer.echo(f"notifications: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay, the members and lending consumers and the SMS dispatcher."""
    settings = NotificationsSettings()
    uvicorn.run(
        "palli_notifications.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )


if __name__ == "__main__":
    app()
