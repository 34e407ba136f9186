"""Marketplace: point-of-sale sales through the API, and a settlement run over 100,000 sales, in
one run on a fresh PostgreSQL database:

    .venv/bin/python bench/marketplace.py [--sales 2000] [--tills 16] [--settle-sales 100000] [--producers 2000]

  sales       --sales sales posted by --tills tills at once, each sale two units of one of the same
              three products at one outlet (every till contends for the same stock rows and the
              same producers' balances), beside the same sales from one till, and beside every sale
              posted again (a tablet syncing twice: nothing changes): sales/s side by side
  settlement  --settle-sales sales of --producers producers' goods (bulk-inserted with their
              entries and balances, as the till would leave them), then one settlement run paying
              every producer into her savings: seconds, payouts, and sales settled per second
The service runs as `palli-marketplace serve` against the database; the database is dropped at the end.
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
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
from rich.console import Console
from rich.table import Table

from palli_common.testing.broker import free_port
from palli_common.testing.identity import InternalKeys

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
console = Console()


async def sql(url: str, statement: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


async def seed_members(url: str, n: int, tag: str) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in range(n)]
    conn = await asyncpg.connect(url)
    try:
        branch = uuid.uuid4()
        await conn.executemany(
            "INSERT INTO market_member_copies (member_id, branch_id, name_en, name_bn, status, aggregate_version, updated_at) "
            "VALUES ($1, $2, $3, 'উৎপাদক', 'active', 1, now())", [(uuid.UUID(i), branch, f"Producer {tag} {k}") for k, i in enumerate(ids)])
    finally:
        await conn.close()
    return ids


async def seed_sales(url: str, outlet_id: str, product_id: str, lot_id: str, sales: int, producers: int) -> None:
    """`sales` sales of one unit (1,050.00: 50.00 VAT, 100.00 commission, 900.00 hers) spread over
    the bench producers, with the entries and balances the till leaves: what a settlement run reads."""
    await sql(url, f"""
        CREATE TEMP TABLE bench_p AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM market_producers WHERE name LIKE 'Producer settle %';
        CREATE TEMP TABLE bench_s AS SELECT gen_random_uuid() AS id, g, (SELECT id FROM bench_p WHERE n = g % {producers}) AS producer_id
            FROM generate_series(1, {sales}) g;
        INSERT INTO market_sales (id, outlet_id, client_id, sold_at, channel, reference, order_id, total, vat, commission, producer_share,
                                  owned_sales, owned_cost, refunded, created_by, created_at)
            SELECT id, '{outlet_id}', 'seed-' || g, now(), 'cash', NULL, NULL, 105000, 5000, 10000, 90000, 0, 0, 0, 'bench', now() FROM bench_s;
        INSERT INTO market_sale_lines (id, sale_id, product_id, lot_id, producer_id, mode, quantity, returned, unit_price, line_total, vat_rate, vat,
                                       commission_percent, commission, producer_share, owned_sales, owned_cost)
            SELECT gen_random_uuid(), id, '{product_id}', '{lot_id}', producer_id, 'consignment', 1, 0, 105000, 105000, 5.00, 5000, 10.00, 10000,
                   90000, 0, 0 FROM bench_s;
        INSERT INTO market_producer_entries (id, producer_id, kind, amount, units, reference, "on", payout_id, created_at)
            SELECT gen_random_uuid(), producer_id, 'sale', 90000, 1, 'sale ' || id, current_date, NULL, now() FROM bench_s;
        UPDATE market_producers p SET balance = balance + t.owed, balance_version = balance_version + t.sales
            FROM (SELECT producer_id, sum(90000) AS owed, count(*) AS sales FROM bench_s GROUP BY producer_id) t WHERE p.id = t.producer_id;
        UPDATE market_producers SET payout_channel = 'savings', payout_savings_account_id = gen_random_uuid() WHERE name LIKE 'Producer settle %';
        ANALYZE;""")


async def post_sales(c: httpx.AsyncClient, path: str, bodies: list[dict], tills: int) -> tuple[float, list[int]]:
    queue = list(enumerate(bodies))
    codes = [0] * len(bodies)

    async def till() -> None:
        while queue:
            i, body = queue.pop()
            r = await c.post(path, json=body)
            codes[i] = r.status_code
            if r.status_code not in (200, 201):
                raise SystemExit(f"sale {i}: {r.status_code} {r.text[:300]}")

    started = time.perf_counter()
    await asyncio.gather(*(till() for _ in range(tills)))
    return len(bodies) / (time.perf_counter() - started), codes


def sale(product_id: str, tag: str, i: int) -> dict:
    return {"client_id": f"{tag}-{i}", "sold_at": datetime.now(UTC).isoformat(), "channel": "cash",
            "lines": [{"product_id": product_id, "quantity": 2}]}


async def main(args: argparse.Namespace) -> None:
    name = f"palli_bench_marketplace_{secrets.token_hex(4)}"
    server = args.postgres_url
    raw = f"{server.rsplit('/', 1)[0]}/{name}"
    url = raw.replace("postgresql://", "postgresql+asyncpg://", 1)
    await sql(server, f'CREATE DATABASE "{name}"')
    keys = InternalKeys(Path(tempfile.mkdtemp(prefix="palli-bench-")))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARKETPLACE_")}
    env.update({"PALLI_ENV": "development", "LOG_LEVEL": "WARNING", "MARKETPLACE_RELAY_ENABLED": "false",
                "MARKETPLACE_CONSUMERS_ENABLED": "false", "INTERNAL_JWKS": str(keys.jwks_path), "MARKETPLACE_DATABASE_URL": url})
    proc = None
    try:
        done = subprocess.run([str(BIN / "palli-marketplace"), "migrate"], env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stdout + done.stderr)
        log = (ROOT / ".data").resolve()
        log.mkdir(exist_ok=True)
        proc = subprocess.Popen([str(BIN / "palli-marketplace"), "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=(log / "bench-marketplace.log").open("w"), stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        admin = {"Authorization": f"Bearer {keys.token(roles=['admin'], subject='bench-admin', lifetime=3600)}"}
        async with httpx.AsyncClient(base_url=base, headers=admin, limits=httpx.Limits(max_connections=32), timeout=120) as c:
            async def post(path: str, body: dict) -> dict:
                r = await c.post(path, json=body)
                if r.status_code not in (200, 201):
                    raise SystemExit(f"{path}: {r.status_code} {r.text[:300]}")
                return r.json()

            outlet = await post("/v1/marketplace/outlets", {"code": "PB-BENCH", "name": "Palli Bipani bench", "name_bn": "পল্লী বিপণি",
                                                            "district": "Tangail", "upazila": "Mirzapur"})
            products, lots = [], []
            for k, member in enumerate(await seed_members(raw, 3, "till")):
                producer = await post("/v1/marketplace/producers", {"member_id": member})
                item = await post("/v1/marketplace/products", {
                    "producer_id": producer["id"], "code": f"NK-{k}", "name": "Nakshi kantha", "name_bn": "নকশী কাঁথা", "category": "textile",
                    "unit": "piece", "producer_price": "800.00", "retail_price": "1050.00"})
                lot = await post("/v1/marketplace/lots", {"product_id": item["id"], "outlet_id": outlet["id"], "mode": "consignment",
                                                          "quantity": 1_000_000})
                await post(f"/v1/marketplace/lots/{lot['id']}/quality-check", {"accepted": 1_000_000})
                products.append(item["id"])
                lots.append(lot["id"])
            path = f"/v1/marketplace/outlets/{outlet['id']}/sales"
            await post_sales(c, path, [sale(products[i % 3], "warm", i) for i in range(100)], args.tills)
            many = [sale(products[i % 3], "tills", i) for i in range(args.sales)]
            many_rate, _ = await post_sales(c, path, many, args.tills)
            one_rate, _ = await post_sales(c, path, [sale(products[i % 3], "one", i) for i in range(args.sales // 4)], 1)
            again_rate, again = await post_sales(c, path, many, args.tills)
            if set(again) != {200}:
                raise SystemExit(f"a repeated sale was not a replay: {sorted(set(again))}")
            left = sum(s["quantity"] for s in (await c.get(f"/v1/marketplace/outlets/{outlet['id']}/stock")).json())
            sold = 2 * (100 + args.sales + args.sales // 4)
            if left != 3_000_000 - sold:
                raise SystemExit(f"stock: {left} left after {sold} units sold of 3,000,000")

            for member in await seed_members(raw, args.producers, "settle"):
                await post("/v1/marketplace/producers", {"member_id": member})
            await seed_sales(raw, outlet["id"], products[0], lots[0], args.settle_sales, args.producers)
            started = time.perf_counter()
            run = await post("/v1/marketplace/settlement-runs", {"minimum": "1.00"})
            settle_seconds = time.perf_counter() - started
            conn = await asyncpg.connect(raw)
            try:
                settled = await conn.fetchval("SELECT count(*) FROM market_producer_entries WHERE kind = 'sale' AND payout_id IS NOT NULL")
                # the three till producers chose no payout destination: the run skips them, as it should
                owed = await conn.fetchval("SELECT count(*) FROM market_producers WHERE balance <> 0 AND payout_channel IS NOT NULL")
                events = await conn.fetchval("SELECT count(*) FROM outbox WHERE event_type = 'marketplace.payout.paid'")
            finally:
                await conn.close()
            if owed or run["skipped"] != 3 or events != run["payouts"] or settled < args.settle_sales:
                raise SystemExit(f"settlement: {owed} producers still owed, {run['skipped']} skipped, {events} events for {run['payouts']} payouts, {settled} sales settled")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
        await sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    table = Table(title="Marketplace, one run (PostgreSQL, 2 cores shared by client and server)")
    table.add_column("measure")
    table.add_column("result", justify="right")
    table.add_row(f"sales / s, {args.tills} tills on the same 3 products ({args.sales} sales of 2 units)", f"{many_rate:,.0f}")
    table.add_row("sales / s, 1 till", f"{one_rate:,.0f}")
    table.add_row(f"{args.tills} tills / 1 till", f"{many_rate / one_rate:.2f}x")
    table.add_row(f"sales / s posted again by {args.tills} tills (replays: nothing changes)", f"{again_rate:,.0f}")
    table.add_row(f"settlement run: {settled:,} sales of {args.producers:,} producers, seconds", f"{settle_seconds:.1f}")
    table.add_row("settlement: payouts / sales settled per second", f"{run['payouts']:,} / {settled / settle_seconds:,.0f}")
    console.print(table)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--tills", type=int, default=16)
    parser.add_argument("--settle-sales", type=int, default=100_000)
    parser.add_argument("--producers", type=int, default=2000)
    parser.add_argument("--postgres-url", default=os.environ.get("PALLI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    asyncio.run(main(parser.parse_args()))
