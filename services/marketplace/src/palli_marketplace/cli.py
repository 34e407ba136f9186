"""`palli-marketplace migrate | expire-orders | serve`."""

from __future__ import annotations

import typer
import uvicorn

from palli_common.migrations import upgrade
from palli_marketplace.settings import MarketplaceSettings

app = typer.Typer(help="Palli marketplace service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from MARKETPLACE_DATABASE_URL)."""
    settings = MarketplaceSettings()
    upgrade("palli_marketplace", settings.database_url, revision)
    typer.echo(f"marketplace: database at {revision}")


@app.command("expire-orders")
def expire_orders() -> None:
    """Release the units of orders still reserved past their hold (status expired); run it every few minutes, safe to repeat."""
    import asyncio

    from palli_common.db import Database
    from palli_marketplace.service.common import now
    from palli_marketplace.service.orders import expire_holds

    settings = MarketplaceSettings()

    async def run() -> int:
        db = Database(settings.database_url, source=settings.service_name)
        try:
            return await expire_holds(db, now())
        finally:
            await db.dispose()

    typer.echo(f"marketplace: {asyncio.run(run())} orders expired")


@app.command()
def settle(minimum: str | None = None) -> None:
    """Pay every producer owed at least MINIMUM taka (default MARKETPLACE_SETTLEMENT_MINIMUM) the way she chose: the scheduled run."""
    import asyncio

    from palli_common.db import Database
    from palli_common.identity import acting_for
    from palli_common.money import format_poisha, to_poisha
    from palli_marketplace.service.payouts import settle as pay_everyone

    settings = MarketplaceSettings()
    floor = to_poisha(minimum) if minimum is not None else settings.settlement_minimum

    async def run():  # noqa: ANN202
        db = Database(settings.database_url, source=settings.service_name)
        try:
            return await pay_everyone(db, acting_for("marketplace-settlement"), floor)
        finally:
            await db.dispose()

    done = asyncio.run(run())
    typer.echo(f"marketplace: {done.payouts} payouts, {format_poisha(done.total)} taka; {done.skipped} owed with no payout destination")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None, workers: int = 1) -> None:
    """Run the API, the outbox relay and the members-event consumer."""
    settings = MarketplaceSettings()
    uvicorn.run(
        "palli_marketplace.main:create_app", factory=True, host=host, port=port or settings.port, workers=workers,
        log_config=None, access_log=False,
    )
