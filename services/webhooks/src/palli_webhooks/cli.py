"""`palli-webhooks migrate | serve | deliver`."""

from __future__ import annotations

import asyncio

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_webhooks.settings import WebhooksSettings

app = typer.Typer(help="Palli webhooks service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from WEBHOOKS_DATABASE_URL)."""
    settings = WebhooksSettings()
    upgrade("palli_webhooks", settings.database_url, revision)
    typer.echo(f"webhooks: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the consumers (lending, members, savings, marketplace) and the delivery worker."""
    settings = WebhooksSettings()
    uvicorn.run(
        "palli_webhooks.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )


@app.command()
def deliver() -> None:
    """One pass of the delivery worker: send every delivery due now, record each outcome, and exit
    (beside running services it is safe on PostgreSQL: claims skip rows another worker holds)."""
    from palli_common.db import Database
    from palli_webhooks.adapters.secrets import SecretBox
    from palli_webhooks.service.delivery import deliver_once, make_http

    settings = WebhooksSettings()

    async def run() -> int:
        db, http = Database(settings.database_url, source="webhooks"), make_http(settings)
        try:
            return await deliver_once(db, http, settings, SecretBox(settings.secret_key.get_secret_value()))
        finally:
            await http.aclose()
            await db.dispose()

    typer.echo(f"webhooks: {asyncio.run(run())} deliveries attempted")


if __name__ == "__main__":
    app()
