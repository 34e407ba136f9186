"""`palli-gateway migrate | serve | keys rotate | permissions`."""

from __future__ import annotations

import asyncio

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_gateway.settings import GatewaySettings

app = typer.Typer(help="Palli gateway", no_args_is_help=True)
keys = typer.Typer(help="Token signing keys", no_args_is_help=True)
app.add_typer(keys, name="keys")


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from GATEWAY_DATABASE_URL)."""
    settings = GatewaySettings()
    upgrade("palli_gateway", settings.database_url, revision)
    typer.echo(f"gateway: database at {revision}")


@app.command()
def serve(host: str | None = None, port: int | None = None, workers: int = 1) -> None:
    """Run the gateway (GATEWAY_HOST, GATEWAY_PORT; 127.0.0.1:8000 by default)."""
    settings = GatewaySettings()
    uvicorn.run(
        "palli_gateway.main:create_app", factory=True, host=host or settings.host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
        proxy_headers=bool(settings.trusted_proxies), forwarded_allow_ips=settings.trusted_proxies or None,
    )


@keys.command("rotate")
def rotate_keys() -> None:
    """Start signing with a new key. Old keys stay published until the tokens they signed expire;
    running gateways pick the new key up within a minute, services on the first token that uses it."""
    from palli_common.db import Database
    from palli_gateway.auth.keys import rotate

    settings = GatewaySettings()

    async def run() -> str:
        db = Database(settings.database_url, source="gateway")
        try:
            return await rotate(db, settings.key_secret.get_secret_value())
        finally:
            await db.dispose()

    typer.echo(f"signing with new key {asyncio.run(run())}")


@app.command()
def permissions() -> None:
    """Print the permission table (Markdown), as the README shows it."""
    from palli_gateway.permissions import markdown_table

    typer.echo(markdown_table())


if __name__ == "__main__":
    app()
