"""`palli-members migrate | serve | demo-data`."""

from __future__ import annotations

import asyncio

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_members.settings import MembersSettings

app = typer.Typer(help="Palli members service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from MEMBERS_DATABASE_URL)."""
    settings = MembersSettings()
    upgrade("palli_members", settings.database_url, revision)
    typer.echo(f"members: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the consumers."""
    settings = MembersSettings()
    uvicorn.run(
        "palli_members.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )


@app.command("demo-data")
def demo_data(
    url: str = typer.Option("http://127.0.0.1:8000", help="the gateway's base URL"),
    token: str | None = typer.Option(
        None, "--token", envvar="PALLI_TOKEN", show_default=False,
        help="bearer token sent on every call (env PALLI_TOKEN); without it, signs in as --username",
    ),
    username: str = typer.Option("admin", envvar="ADMIN_USERNAME", help="an every-branch admin"),
    password: str = typer.Option("dev-only-admin-password", envvar="ADMIN_PASSWORD", help="(make up's development default)"),
) -> None:
    """Seed a branch, its field officer, two groups and their members through the gateway."""
    from palli_members.demo import seed, sign_in

    token = token or asyncio.run(sign_in(url, username, password))
    summary = asyncio.run(seed(url, token))
    typer.echo(summary)


if __name__ == "__main__":
    app()
