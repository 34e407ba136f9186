"""Savings' speed, in one run:

    .venv/bin/python bench/savings.py [--deposits 2000] [--history 10000]

  deposits   deposits taken per second through the HTTP API of a real `palli-savings serve` process
             (PostgreSQL, one worker): 16 clients on 64 accounts, and 1 client on one account (each
             deposit waits for the account's row lock, so that is the per-account rate).
  passbook   GET the passbook's first page (50 rows) and GET the account, for an account with 10
             transactions and one with --history transactions (bulk-inserted), alternating: p50 / p99,
             and the long/short ratio. Neither read may grow with the history.

  interest   the interest job for a month on --interest-accounts accounts (each with an opening
             balance and four deposits in the month: five balance runs), set-based on PostgreSQL,
             in seconds and scaled to 1,000,000 accounts; beside it the account-by-account path
             (what SQLite runs) on --compare accounts of the same shape, per account. With
             --earlier-deposits N each account also has N weekly deposits before the month (the
             history a member builds in N weeks), which the job must not pay for.
The database is a fresh PostgreSQL database (dropped at the end) on --postgres-url.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.clock import business_today
from palli_common.testing.broker import free_port
from palli_common.testing.identity import InternalKeys

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
VS = "5a000000-0000-4000-8000-000000000002"  # seeded voluntary savings (no withdrawal limits matter here)
console = Console()


async def sql(url: str, statement: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def seed_savers(url: str, n: int) -> list[str]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(f"""
            INSERT INTO savers (member_id, branch_id, group_id, name_en, name_bn, status, aggregate_version, updated_at)
            SELECT gen_random_uuid(), md5('bench-branch')::uuid, gen_random_uuid(), 'Rahima', 'রহিমা', 'active', 1, now()
            FROM generate_series(1, {n}) RETURNING member_id""")
        return [str(r["member_id"]) for r in rows]
    finally:
        await conn.close()


async def deposit_many(c: httpx.AsyncClient, accounts: list[str], total: int, concurrency: int) -> float:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(accounts[i % len(accounts)])

    async def worker() -> None:
        while not queue.empty():
            account = queue.get_nowait()
            r = await c.post(f"/v1/savings/accounts/{account}/deposits", json={"amount": "10.00"})
            if r.status_code != 201:
                raise SystemExit(f"deposit failed: {r.status_code} {r.text}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


async def bulk_history(url: str, account_id: str, n: int) -> None:
    """`n` deposits of 1.00 in the account's passbook, its balance to match."""
    await sql(url, f"""
        INSERT INTO savings_transactions (id, account_id, kind, "on", amount, balance_after, channel, reference, created_by, created_at)
        SELECT gen_random_uuid(), '{account_id}', 'deposit', current_date, 100, 100 * g, 'cash', NULL, 'bench', now()
        FROM generate_series(1, {n}) g;
        UPDATE savings_accounts SET balance = 100 * {n}, version = version + {n} WHERE id = '{account_id}';
        ANALYZE savings_transactions""")


async def seed_interest_accounts(url: str, product: str, n: int, opened: date, month: date, earlier: int = 0) -> None:
    """`n` accounts opened on `opened`, `earlier` weekly deposits of 1.00 from then on (ending 45 days
    before `month`), posted to the day before `month`, then four deposits in it. The rows go in
    account by account (each account's moves in a lateral subquery), so every index takes them at
    its right edge, as it would take a day's rows."""
    opened -= timedelta(weeks=earlier)
    days = [month + timedelta(days=d) for d in (2, 9, 16, 23)]
    moves = ", ".join(f"('{d.isoformat()}'::date, {i + 1})" for i, d in enumerate(days))
    opening = f"a.balance - 20000 - 100 * {earlier}"
    await sql(url, f"""
        INSERT INTO savings_accounts (id, number, member_id, group_id, branch_id, product_id, kind, status, balance, on_hold, opened_on,
                                      interest_posted_to, interest_carry, version, created_by, created_at, updated_at)
        SELECT savings_uuid7(), 'B{product[-4:]}-' || g, gen_random_uuid(), gen_random_uuid(), md5('bench-branch')::uuid, '{product}',
               'voluntary', 'active', 100000 + (g % 97) * 1000 + 20000, 0, '{opened}', '{month - timedelta(days=1)}', 0, 1, 'bench',
               now(), now()
        FROM generate_series(1, {n}) g;
        INSERT INTO savings_transactions (id, account_id, kind, "on", amount, balance_after, channel, reference, created_by, created_at)
        SELECT savings_uuid7(), a.id, 'deposit', m."on", m.amount, m.balance_after, 'cash', NULL, 'bench', now()
        FROM savings_accounts a CROSS JOIN LATERAL (
          SELECT '{opened}'::date AS "on", {opening} AS amount, {opening} AS balance_after
          UNION ALL SELECT '{opened}'::date + 7 * k, 100, {opening} + 100 * k FROM generate_series(1, {earlier}) k
          UNION ALL SELECT v."on", 5000, a.balance - 20000 + 5000 * v.n FROM (VALUES {moves}) AS v("on", n)) m
        WHERE a.product_id = '{product}';
        ANALYZE savings_accounts; ANALYZE savings_transactions""")


async def time_interest(url: str, product: str, end: date, set_based: bool) -> float:
    from palli_common.db import Database
    from palli_savings.service import interest

    db = Database(url, source="savings")
    try:
        started = time.perf_counter()
        result = await interest._post_period(db, "bench", "monthly", [uuid.UUID(product)], end, 50_000, set_based=set_based)
        seconds = time.perf_counter() - started
        if not result.accounts or result.credited_accounts != result.accounts:
            raise SystemExit(f"interest posted {result.credited_accounts} of {result.accounts} accounts")
        return seconds
    finally:
        await db.dispose()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def main(args: argparse.Namespace) -> None:
    name = f"palli_bench_savings_{secrets.token_hex(4)}"
    server = args.postgres_url
    raw = f"{server.rsplit('/', 1)[0]}/{name}"
    url = raw.replace("postgresql://", "postgresql+asyncpg://", 1)
    await sql(server, f'CREATE DATABASE "{name}"')
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-bench-")))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAVINGS_")}
    env.update({"PALLI_ENV": "development", "LOG_LEVEL": "WARNING", "SAVINGS_RELAY_ENABLED": "false", "SAVINGS_CONSUMERS_ENABLED": "false",
                "INTERNAL_JWKS": str(keys.jwks_path), "SAVINGS_DATABASE_URL": url})
    proc = None
    try:
        done = subprocess.run([str(BIN / "palli-savings"), "migrate"], env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stdout + done.stderr)
        log = (ROOT / ".data").resolve()
        log.mkdir(exist_ok=True)
        proc = subprocess.Popen([str(BIN / "palli-savings"), "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=(log / "bench-savings.log").open("w"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        members = await seed_savers(raw, 66)
        officer = {"Authorization": f"Bearer {keys.token(roles=['field_officer'], subject='bench-officer', lifetime=3600)}"}
        async with httpx.AsyncClient(base_url=base, headers=officer, limits=httpx.Limits(max_connections=32), timeout=60) as c:
            accounts = []
            for m in members:
                r = await c.post("/v1/savings/accounts", json={"member_id": m, "product_id": VS})
                r.raise_for_status()
                accounts.append(r.json()["id"])
            short, long_, spread = accounts[0], accounts[1], accounts[2:]
            await deposit_many(c, spread, 200, 16)  # warm up
            across = await deposit_many(c, spread, args.deposits, 16)
            one = await deposit_many(c, [short], 500, 1)
            await sql(raw, f"DELETE FROM savings_transactions WHERE account_id = '{short}' AND id NOT IN "
                           f"(SELECT id FROM savings_transactions WHERE account_id = '{short}' ORDER BY id LIMIT 10)")
            await bulk_history(raw, long_, args.history)
            latency: dict[str, list[float]] = {}
            for _ in range(200):
                for label, account in (("10", short), (f"{args.history:,}", long_)):
                    for what, path in (("passbook page", f"/v1/savings/accounts/{account}/transactions"), ("account", f"/v1/savings/accounts/{account}")):
                        started = time.perf_counter()
                        r = await c.get(path)
                        latency.setdefault(f"{what}, {label} transactions", []).append(time.perf_counter() - started)
                        r.raise_for_status()
        proc.terminate()
        proc.wait(timeout=10)
        proc = None
        # interest: two products of the same terms, one per path, so neither sees the other's rows
        month = business_today().replace(day=1) - timedelta(days=1)
        month = month.replace(day=1)
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        opened = month - timedelta(days=45)
        products = []
        for code in ("BENCH-SET", "BENCH-ONE"):
            await sql(raw, f"""
                INSERT INTO savings_products SELECT gen_random_uuid(), '{code}', '{code}', '{code}', 'voluntary', 6.00, 'daily_balance', 365,
                  'monthly', 0, 0, 0, 0, NULL, false, true, 1, now(), now();
                INSERT INTO savings_product_rates SELECT id, '2000-01-01', 6.00, 'bench', now() FROM savings_products WHERE code = '{code}'""")
            conn = await asyncpg.connect(raw)
            products.append(str(await conn.fetchval("SELECT id FROM savings_products WHERE code = $1", code)))
            await conn.close()
        seeding = time.perf_counter()
        await seed_interest_accounts(raw, products[0], args.interest_accounts, opened, month, args.earlier_deposits)
        await seed_interest_accounts(raw, products[1], args.compare, opened, month, args.earlier_deposits)
        # as a month of autovacuum leaves them: without this, autovacuum's first pass over the
        # 6,000,000 fresh rows ran beside the job on the same two cores
        for statement in ("VACUUM ANALYZE savings_accounts", "VACUUM ANALYZE savings_transactions", "CHECKPOINT"):
            await sql(raw, statement)  # one at a time: VACUUM refuses a multi-statement string
        seeded = time.perf_counter() - seeding
        set_seconds = await time_interest(url, products[0], end, set_based=True)
        one_seconds = await time_interest(url, products[1], end, set_based=False)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        await sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    table = Table(title="Savings, one run (PostgreSQL, 2 cores shared by client and server)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    table.add_row("deposits / s through the API (16 clients, 64 accounts)", f"{across:,.0f}")
    table.add_row("deposits / s on one account (1 client)", f"{one:,.0f}")
    for label, values in latency.items():
        table.add_row(f"GET {label}: p50 / p99 ms", f"{pct(values, 0.5):.2f} / {pct(values, 0.99):.2f}")
    for what in ("passbook page", "account"):
        ratio = pct(latency[f"{what}, {args.history:,} transactions"], 0.5) / pct(latency[f"{what}, 10 transactions"], 0.5)
        table.add_row(f"{what}: {args.history:,} / 10 transactions (p50)", f"{ratio:.2f}x")
    table.add_row(f"interest posting, set-based: {args.interest_accounts:,} accounts, {args.earlier_deposits} earlier deposits each "
                  f"(seeded in {seeded:.0f} s)", f"{set_seconds:.1f} s")
    table.add_row("interest posting, seconds per 1,000,000 accounts (set-based)", f"{set_seconds * 1_000_000 / args.interest_accounts:.1f}")
    per_set = set_seconds / args.interest_accounts
    per_one = one_seconds / args.compare
    table.add_row(f"account-by-account path: {args.compare:,} accounts", f"{one_seconds:.1f} s")
    table.add_row("time per account: account-by-account / set-based", f"{per_one / per_set:.1f}x")
    console.print(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deposits", type=int, default=2000)
    parser.add_argument("--history", type=int, default=10_000)
    parser.add_argument("--interest-accounts", type=int, default=1_000_000)
    parser.add_argument("--earlier-deposits", type=int, default=0, help="weekly deposits per interest account before the month")
    parser.add_argument("--compare", type=int, default=5_000, help="accounts for the account-by-account path")
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
