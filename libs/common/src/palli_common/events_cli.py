"""Ops commands for the event backbone: `palli-events parked <topic>.dlq` lists dead-lettered
events with their errors; `palli-events replay <topic>.dlq` sends them back to their topic."""

from __future__ import annotations

import asyncio

import typer
from rich.console import Console
from rich.table import Table

from palli_common.consumer import replay_parked
from palli_common.settings import ServiceSettings

app = typer.Typer(help="Palli event backbone operations", no_args_is_help=True)
console = Console()


def _show(rows: list[dict[str, str]], title: str) -> None:
    table = Table(title=title)
    for col in ("event_id", "type", "consumer", "original", "failed_at", "error"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(row.get(c) or "" for c in ("event_id", "type", "consumer", "original", "failed_at", "error")))
    console.print(table)


@app.command()
def parked(dlq_topic: str, consumer: str | None = typer.Option(None, help="only this consumer group's events")) -> None:
    """List events parked on a dead-letter topic (reads only; replays nothing)."""
    rows = asyncio.run(replay_parked(ServiceSettings(), dlq_topic, consumer_name=consumer, dry_run=True))
    _show(rows, f"{len(rows)} parked on {dlq_topic}")


@app.command()
def replay(dlq_topic: str, consumer: str | None = typer.Option(None, help="only this consumer group's events")) -> None:
    """Send parked events back to their original topic once the cause is fixed. Idempotent
    consumers skip events they already applied, so replaying is safe."""
    rows = asyncio.run(replay_parked(ServiceSettings(), dlq_topic, consumer_name=consumer))
    _show(rows, f"replayed {len(rows)} from {dlq_topic}")


if __name__ == "__main__":
    app()
