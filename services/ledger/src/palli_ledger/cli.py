"""`palli-ledger migrate | serve | reconcile | reconcile-savings | reconcile-marketplace`."""

from __future__ import annotations

import typer

from palli_common.migrations import upgrade
from palli_common.money import format_poisha
from palli_ledger.settings import LedgerSettings

app = typer.Typer(help="Palli ledger service", no_args_is_help=True)


@app.command()
def migrate(revision: str = "head") -> None:
    """Apply database migrations (PostgreSQL or SQLite, from LEDGER_DATABASE_URL)."""
    settings = LedgerSettings()
    upgrade("palli_ledger", settings.database_url, revision)
    typer.echo(f"ledger: database at {revision}")


@app.command()
def serve(host: str = "127.0.0.1", port: int | None = None,
          workers: int | None = typer.Option(None, help="worker processes (default LEDGER_WORKERS, 1)")) -> None:
    """Run the API, the outbox relay and the posting consumer."""
    from palli_common.app import serve as run

    run("palli_ledger.main:create_app", LedgerSettings(), host=host, port=port, workers=workers)


@app.command()
def reconcile(
    branch_id: str | None = typer.Option(None, "--branch-id", help="Only this branch (a UUID)"),
    limit: int = typer.Option(50, min=1, max=1000, help="Differing loans to list, largest first"),
) -> None:
    """Compare the loan portfolio accounts with lending's outstanding principal; exit 1 on any difference."""
    from rich.console import Console

    from palli_ledger.service.reconciliation import reconcile_loans

    result = _run_as_operator(reconcile_loans, branch_id=_branch(branch_id), limit=limit)
    _print_reconciliation(result, Console())
    if not result.clean:
        raise typer.Exit(1)


@app.command("reconcile-savings")
def reconcile_savings_command(
    branch_id: str | None = typer.Option(None, "--branch-id", help="Only this branch (a UUID)"),
) -> None:
    """Compare the member-savings accounts (2110-2140) with savings' balances per branch and kind; exit 1 on any difference."""
    from rich.console import Console

    from palli_ledger.service.savings_reconciliation import reconcile_savings

    r = _run_as_operator(reconcile_savings, branch_id=_branch(branch_id))
    console = Console()
    console.print(f"[bold]Member savings reconciliation[/] ({f'branch {r.branch_id}' if r.branch_id else 'every branch'}) "
                  f"as of {r.as_of:%Y-%m-%d %H:%M:%S} UTC: {r.accounts_checked} accounts; ledger {format_poisha(r.ledger_total)}; "
                  f"savings {format_poisha(r.savings_total)}; difference {_difference(r.difference)}")
    kinds = _table("By branch and kind", "branch", "account", "kind", "accounts", "ledger", "savings", "difference")
    for t in r.by_kind:
        kinds.add_row(str(t.branch_id or "head office"), t.account_code, t.kind, str(t.accounts), format_poisha(t.ledger),
                      format_poisha(t.savings), _difference(t.difference))
    console.print(kinds)
    if not r.clean:
        raise typer.Exit(1)
    console.print("[bold green]the ledger agrees with savings[/]")


@app.command("reconcile-marketplace")
def reconcile_marketplace_command() -> None:
    """Compare producer payables (2310, every branch together) with the marketplace's balances; exit 1 on any difference."""
    from rich.console import Console

    from palli_ledger.service.marketplace_reconciliation import reconcile_marketplace

    r = _run_as_operator(reconcile_marketplace)
    console = Console()
    console.print(f"[bold]Producer payables reconciliation[/] (every branch) as of {r.as_of:%Y-%m-%d %H:%M:%S} UTC: "
                  f"{r.producers_checked} producers; ledger {format_poisha(r.ledger_total)}; marketplace "
                  f"{format_poisha(r.marketplace_total)}; difference {_difference(r.difference)}")
    branches = _table("2310 by branch (for information: raised at outlets' branches, paid at producers')", "branch", "ledger")
    for b in r.by_branch:
        branches.add_row(str(b.branch_id or "head office"), format_poisha(b.ledger))
    console.print(branches)
    if not r.clean:
        raise typer.Exit(1)
    console.print("[bold green]the ledger agrees with the marketplace[/]")


def _branch(branch_id: str | None):  # noqa: ANN202  (a uuid.UUID or None)
    import uuid

    try:
        return uuid.UUID(branch_id) if branch_id else None
    except ValueError:
        raise typer.BadParameter(f"{branch_id!r} is not a branch id (a UUID)", param_hint="--branch-id") from None


def _run_as_operator(reconcile, **options):  # noqa: ANN001, ANN003, ANN202
    """A reconciliation run as an admin of every branch, on the database LEDGER_DATABASE_URL names."""
    import asyncio

    from palli_common.db import Database
    from palli_common.identity import Identity

    settings = LedgerSettings()
    operator = Identity(subject="palli-ledger-cli", kind="staff", roles=frozenset({"admin"}), scopes=frozenset(), branch_ids=None)

    async def run():  # noqa: ANN202
        db = Database(settings.database_url, source=settings.service_name)
        try:
            return await reconcile(db, operator, **options)
        finally:
            await db.dispose()

    return asyncio.run(run())


def _difference(poisha: int) -> str:
    """A difference, in red unless it is nil."""
    return f"[bold red]{format_poisha(poisha)}[/]" if poisha else format_poisha(poisha)


def _table(title: str, *columns: str):  # noqa: ANN202
    """Ids fold onto a second line rather than being cut short on a narrow terminal; money aligns right."""
    from rich.table import Table

    table = Table(title=title)
    for name in columns:
        money = name in ("ledger", "lending", "savings", "difference", "loans", "accounts")
        table.add_column(name, justify="right" if money else "left", overflow="fold", no_wrap=money)
    return table


def _print_reconciliation(r, console) -> None:  # noqa: ANN001  (a Reconciliation, a rich Console)
    scope = f"branch {r.branch_id}" if r.branch_id else "every branch"
    console.print(f"[bold]Loan portfolio reconciliation[/] ({scope}) as of {r.as_of:%Y-%m-%d %H:%M:%S} UTC")
    console.print(
        f"loans checked {r.loans_checked}; ledger {format_poisha(r.ledger_total)}; lending {format_poisha(r.lending_total)}; "
        f"difference {_difference(r.difference)}; portfolio lines with no loan id {format_poisha(r.unattributed_ledger)}"
    )
    products = _table("By branch and product", "branch", "product", "loans", "ledger", "lending", "difference")
    for p in r.by_product:
        products.add_row(str(p.branch_id or "head office"), p.product_code or "(1310 itself)", str(p.loans), format_poisha(p.ledger),
                         format_poisha(p.lending), _difference(p.difference))
    console.print(products)
    if r.clean:
        console.print("[bold green]the ledger agrees with lending[/]")
        return
    counts = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in r.counts.items() if n)
    loans = _table(f"{r.differences_count} differing loans ({counts}); largest {len(r.differences)} shown",
                   "loan", "branch", "product", "status", "kind", "ledger", "lending", "difference")
    for d in r.differences:
        loans.add_row(d.loan_id, str(d.branch_id or ""), d.product_code or "", d.status or "", d.kind.replace("_", " "),
                      format_poisha(d.ledger), format_poisha(d.lending), _difference(d.difference))
    console.print(loans)


if __name__ == "__main__":
    app()
